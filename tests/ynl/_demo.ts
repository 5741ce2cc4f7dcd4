// Generated from tests/ynl/fixture.yaml (this repository) by scripts/ynl/gen.ts (npm run gen): do not edit.
/**
 * The demo netlink family (netlink-raw, protocol 31), generated from its YNL spec.
 *
 * A family for the generator's tests.
 *
 * @module
 */
import type { Message } from "../../src/codec/message.ts";
import type { MessageWriter } from "../../src/codec/writer.ts";
import { AttrView, StructView } from "../../src/ynl/view.ts";
import {
  checkLength,
  checkRange,
  putSignedBE,
  putSint,
  putUint,
  putZeroed,
  utf8Length,
} from "../../src/ynl/encode.ts";
import { bytesToText, textToBytes } from "../../src/ynl/hints.ts";
import { decodeValues, sideBySide } from "../../src/ynl/json.ts";
import type { FamilySchema } from "../../src/ynl/schema.ts";
import {
  type ClientOptions,
  connect,
  type DoOptions,
  type Dump,
  FamilyClient,
  type Notification,
} from "../../src/ynl/client.ts";
import type { WaitOptions } from "../../src/socket/options.ts";

export const DEMO_MAX = 16;

/** Colours. */
export const Color = {
  red: 0,
  green: 1,
  /** Not after green. */
  blue: 5,
} as const;

/**
 * Flags of perm.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const Perm = {
  read: 0x1,
  write: 0x2,
  exec: 0x4,
} as const;

/** The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTONUM)`). */
export const PROTONUM = 31;

/** Multicast group numbers, by name (for `join()`). */
export const McastGroups = {
  events: 3,
} as const;

/** Message types (`nlmsg_type`) of the requests, by operation. */
export const Requests = {
  get: 16,
  set: 18,
} as const;

/** Message types (`nlmsg_type`) of the replies, notifications and events, by operation. */
export const Replies = {
  get: 17,
  changed: 19,
} as const;

/** Fields of struct demo-hdr, for requests (absent fields are 0). */
export interface DemoHdrFields {
  /** shade: u8; enum color. */
  shade?: number;
  /** port: u16; big-endian. */
  port?: number;
  /** index: s32. */
  index?: number;
  /** mac: binary[6]. */
  mac?: Uint8Array;
}

/**
 * The fixed header.
 *
 * A view of the struct, read and written in place (16 bytes).
 */
export class DemoHdr extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 16;
  constructor() {
    super(16);
  }
  /** shade: u8; enum color. */
  get shade(): number {
    return this.$dv.getUint8(this.$o + 0);
  }
  set shade(v: number) {
    this.$dv.setUint8(this.$o + 0, v);
  }
  /** port: u16; big-endian. */
  get port(): number {
    return this.$dv.getUint16(this.$o + 2, false);
  }
  set port(v: number) {
    this.$dv.setUint16(this.$o + 2, v, false);
  }
  /** index: s32. */
  get index(): number {
    return this.$dv.getInt32(this.$o + 4, true);
  }
  set index(v: number) {
    this.$dv.setInt32(this.$o + 4, v, true);
  }
  /** mac: binary[6]. */
  get mac(): Uint8Array {
    return this.$bytes(8, 6);
  }
  set mac(v: Uint8Array) {
    this.$setBytes(8, 6, v);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: DemoHdrFields): void {
    if (v.shade !== undefined) dv.setUint8(at + 0, v.shade);
    if (v.port !== undefined) dv.setUint16(at + 2, v.port, false);
    if (v.index !== undefined) dv.setInt32(at + 4, v.index, true);
    if (v.mac !== undefined) {
      new Uint8Array(dv.buffer, dv.byteOffset + at + 8, 6).set(v.mac.subarray(0, 6));
    }
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): DemoHdrFields {
    return {
      shade: this.shade,
      port: this.port,
      index: this.index,
      mac: this.mac.slice(),
    };
  }
}

/** Fields of struct pair, for requests (absent fields are 0). */
export interface PairFields {
  /** a: u32. */
  a?: number;
  /** b: s32. */
  b?: number;
}

/**
 * struct pair
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class Pair extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** a: u32. */
  get a(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set a(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** b: s32. */
  get b(): number {
    return this.$dv.getInt32(this.$o + 4, true);
  }
  set b(v: number) {
    this.$dv.setInt32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: PairFields): void {
    if (v.a !== undefined) dv.setUint32(at + 0, v.a, true);
    if (v.b !== undefined) dv.setInt32(at + 4, v.b, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): PairFields {
    return {
      a: this.a,
      b: this.b,
    };
  }
}

/** Attribute type numbers of main-attrs. */
export const MainAttrs = {
  u8: 1,
  u16: 2,
  u32: 3,
  u64: 4,
  s8: 5,
  s16: 6,
  s32: 7,
  s64: 8,
  uint: 9,
  sint: 10,
  name: 11,
  blob: 12,
  addr: 13,
  pair: 14,
  enabled: 15,
  inner: 16,
  tag: 17,
  targets: 18,
  items: 19,
  port: 20,
  color: 21,
  perms: 22,
  bits: 23,
  pad: 24,
  reserved: 25,
  kind: 26,
  data: 27,
  percent: 28,
  policy: 29,
  big: 40,
} as const;

/** The attributes of main-attrs as a plain object (requests, `toObject()`). */
export interface MainAttrsValues {
  /** u8: u8 (type 1). */
  u8?: number;
  /** u16: u16 (type 2). */
  u16?: number;
  /** u32: u32 (type 3). */
  u32?: number;
  /** u64: u64 (type 4). */
  u64?: bigint | number;
  /** s8: s8 (type 5). */
  s8?: number;
  /** s16: s16 (type 6). */
  s16?: number;
  /** s32: s32 (type 7). */
  s32?: number;
  /** s64: s64 (type 8). */
  s64?: bigint | number;
  /** uint: uint (type 9). */
  uint?: bigint | number;
  /** sint: sint (type 10). */
  sint?: bigint | number;
  /** name: string (type 11). */
  name?: string;
  /** blob: binary (type 12). */
  blob?: Uint8Array;
  /** addr: binary; display hint ipv4 (type 13). */
  addr?: Uint8Array | string;
  /** pair: binary (type 14). */
  pair?: PairFields;
  /** enabled: flag (type 15). */
  enabled?: boolean;
  /** inner: nest (type 16). */
  inner?: InnerAttrsValues;
  /** tag: u32, multi-attr (type 17). */
  tag?: (number)[];
  /** targets: indexed-array; display hint ipv4; big-endian (type 18). */
  targets?: (number)[];
  /** items: indexed-array (type 19). */
  items?: (InnerAttrsValues)[];
  /** port: u16; big-endian (type 20). */
  port?: number;
  /** color: u32; enum color (type 21). */
  color?: number;
  /** perms: u32; flags perm (type 22). */
  perms?: number;
  /** bits: bitfield32 (type 23). */
  bits?: { value: number; selector: number };
  /** kind: string (type 26). */
  kind?: string;
  /** data: sub-message (type 27). */
  data?: AlphaAttrsValues | { pair?: PairFields } | AlphaAttrsValues & { pair?: PairFields };
  /** percent: u8 (type 28). */
  percent?: number;
  /** policy: nest-type-value (type 29). */
  policy?: Record<string, unknown>[];
  /** big: s32; big-endian (type 40). */
  big?: number;
}

/**
 * The main-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class MainAttrsView extends AttrView {
  #c14?: Pair;
  #c16?: InnerAttrsView;
  #c19?: InnerAttrsView;
  #c29?: InnerAttrsView;
  #s27_0?: AlphaAttrsView;
  #s27_1?: Pair;
  #s27_2?: AlphaAttrsWithPair;
  constructor() {
    super(40);
  }
  /** u8: u8 (type 1). */
  get u8(): number | undefined {
    return this.$u8(1);
  }
  /** u16: u16 (type 2). */
  get u16(): number | undefined {
    return this.$u16(2);
  }
  /** u32: u32 (type 3). */
  get u32(): number | undefined {
    return this.$u32(3);
  }
  /** u64: u64 (type 4). */
  get u64(): bigint | undefined {
    return this.$u64(4);
  }
  /** s8: s8 (type 5). */
  get s8(): number | undefined {
    return this.$s8(5);
  }
  /** s16: s16 (type 6). */
  get s16(): number | undefined {
    return this.$s16(6);
  }
  /** s32: s32 (type 7). */
  get s32(): number | undefined {
    return this.$s32(7);
  }
  /** s64: s64 (type 8). */
  get s64(): bigint | undefined {
    return this.$s64(8);
  }
  /** uint: uint (type 9). */
  get uint(): bigint | undefined {
    return this.$auto(9, false);
  }
  /** sint: sint (type 10). */
  get sint(): bigint | undefined {
    return this.$auto(10, true);
  }
  /** name: string (type 11). */
  get name(): string | undefined {
    return this.$str(11);
  }
  /** blob: binary (type 12). */
  get blob(): Uint8Array | undefined {
    return this.$bin(12);
  }
  /** addr: binary; display hint ipv4 (type 13). */
  get addr(): Uint8Array | undefined {
    return this.$bin(13);
  }
  /** addr as text (display hint ipv4), or `undefined`. */
  get addrText(): string | undefined {
    const v = this.$bin(13);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** pair: binary (type 14). */
  get pair(): Pair | undefined {
    return this.$struct(14, this.#c14 ??= new Pair());
  }
  /** enabled: flag (type 15). */
  get enabled(): boolean {
    return this.$flag(15);
  }
  /** inner: nest (type 16). */
  get inner(): InnerAttrsView | undefined {
    return this.$nest(16, this.#c16 ??= new InnerAttrsView());
  }
  /** tag: u32, multi-attr (type 17). */
  get tag(): IterableIterator<number> {
    return this.#each17();
  }
  *#each17(): Generator<number, void, undefined> {
    for (const at of this.$each(17)) yield this.$scalarAt(at, "u32") as number;
  }
  /** targets: indexed-array; display hint ipv4; big-endian (type 18). */
  get targets(): IterableIterator<number> | undefined {
    return this.has(18) ? this.#items18() : undefined;
  }
  *#items18(): Generator<number, void, undefined> {
    for (const at of this.$items(18)) yield this.$scalarAt(at, "u32", true) as number;
  }
  /** items: indexed-array (type 19). */
  get items(): IterableIterator<InnerAttrsView> | undefined {
    return this.has(19) ? this.#items19() : undefined;
  }
  *#items19(): Generator<InnerAttrsView, void, undefined> {
    for (const at of this.$items(19)) yield this.$nestAt(at, this.#c19 ??= new InnerAttrsView());
  }
  /** port: u16; big-endian (type 20). */
  get port(): number | undefined {
    return this.$u16(20, true);
  }
  /** color: u32; enum color (type 21). */
  get color(): number | undefined {
    return this.$u32(21);
  }
  /** perms: u32; flags perm (type 22). */
  get perms(): number | undefined {
    return this.$u32(22);
  }
  /** bits: bitfield32 (type 23). */
  get bits(): { value: number; selector: number } | undefined {
    return this.$bitfield32(23);
  }
  /** kind: string (type 26). */
  get kind(): string | undefined {
    return this.$str(26);
  }
  /** data: sub-message (type 27). */
  get data(): AlphaAttrsView | Pair | AlphaAttrsWithPair | undefined {
    if (!this.has(27)) return undefined;
    switch (this.kind) {
      case "alpha":
        return this.$nest(27, this.#s27_0 ??= new AlphaAttrsView());
      case "beta":
        return this.$struct(27, this.#s27_1 ??= new Pair());
      case "gamma":
        return this.$nest(27, this.#s27_2 ??= new AlphaAttrsWithPair(), 8);
    }
    return undefined;
  }
  /** percent: u8 (type 28). */
  get percent(): number | undefined {
    return this.$u8(28);
  }
  /** policy: nest-type-value (type 29). */
  get policy():
    | IterableIterator<{ policyId: number; attrId: number; attrs: InnerAttrsView }>
    | undefined {
    return this.has(29) ? this.#levels29() : undefined;
  }
  *#levels29(): Generator<
    { policyId: number; attrId: number; attrs: InnerAttrsView },
    void,
    undefined
  > {
    for (const a0 of this.$items(29)) {
      const t0 = this.$typeAt(a0);
      for (const a1 of this.$itemsAt(a0)) {
        const t1 = this.$typeAt(a1);
        yield {
          policyId: t0,
          attrId: t1,
          attrs: this.$nestAt(a1, this.#c29 ??= new InnerAttrsView()),
        };
      }
    }
  }
  /** big: s32; big-endian (type 40). */
  get big(): number | undefined {
    return this.$s32(40, true);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): MainAttrsValues {
    return decodeValues(schema, "main-attrs", this, false) as MainAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "main-attrs", this, true);
  }
}

/**
 * Writes the attributes of main-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeMainAttrs(w: MessageWriter, v: MainAttrsValues): void {
  if (v.u8 !== undefined) w.putU8(1, v.u8);
  if (v.u16 !== undefined) w.putU16(2, v.u16);
  if (v.u32 !== undefined) w.putU32(3, v.u32);
  if (v.u64 !== undefined) w.putU64(4, BigInt(v.u64));
  if (v.s8 !== undefined) w.putS8(5, v.s8);
  if (v.s16 !== undefined) w.putS16(6, v.s16);
  if (v.s32 !== undefined) w.putS32(7, v.s32);
  if (v.s64 !== undefined) w.putS64(8, BigInt(v.s64));
  if (v.uint !== undefined) putUint(w, 9, v.uint);
  if (v.sint !== undefined) putSint(w, 10, v.sint);
  if (v.name !== undefined) {
    (checkLength("name", utf8Length(v.name), undefined, 7), w.putString(11, v.name));
  }
  if (v.blob !== undefined) w.putBytes(12, v.blob);
  if (v.addr !== undefined) {
    w.putBytes(13, typeof v.addr === "string" ? textToBytes("ipv4", v.addr) : v.addr);
  }
  if (v.pair !== undefined) Pair.write(w.view, putZeroed(w, 14, Pair.SIZE), v.pair);
  if (v.enabled) w.putFlag(15);
  if (v.inner !== undefined) {
    const n = w.nestStart(16);
    writeInnerAttrs(w, v.inner);
    w.nestEnd(n);
  }
  if (v.tag !== undefined) { for (const x of v.tag) w.putU32(17, x); }
  if (v.targets !== undefined) {
    const n = w.nestStart(18);
    v.targets.forEach((y, i) => {
      w.putU32BE(i, y);
    });
    w.nestEnd(n);
  }
  if (v.items !== undefined) {
    const n = w.nestStart(19);
    v.items.forEach((y, i) => {
      const m = w.nestStart(i);
      writeInnerAttrs(w, y);
      w.nestEnd(m);
    });
    w.nestEnd(n);
  }
  if (v.port !== undefined) w.putU16BE(20, v.port);
  if (v.color !== undefined) w.putU32(21, v.color);
  if (v.perms !== undefined) w.putU32(22, v.perms);
  if (v.bits !== undefined) {
    const at = putZeroed(w, 23, 8);
    w.view.setUint32(at, v.bits.value, true);
    w.view.setUint32(at + 4, v.bits.selector, true);
  }
  if (v.kind !== undefined) w.putString(26, v.kind);
  if (v.data !== undefined) {
    const sel = v.kind;
    switch (sel) {
      case "alpha": {
        const n = w.nestStart(27);
        writeAlphaAttrs(w, v.data as AlphaAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "beta": {
        const n = w.nestStart(27);
        Pair.write(w.view, w.reserve(Pair.SIZE), (v.data as { pair?: PairFields }).pair ?? {});
        w.nestEnd(n);
        break;
      }
      case "gamma": {
        const n = w.nestStart(27);
        Pair.write(w.view, w.reserve(Pair.SIZE), (v.data as { pair?: PairFields }).pair ?? {});
        writeAlphaAttrs(w, v.data as AlphaAttrsValues);
        w.nestEnd(n);
        break;
      }
      default:
        throw new TypeError(
          `data: no format for kind ${JSON.stringify(sel)}; the spec has: alpha, beta, gamma`,
        );
    }
  }
  if (v.percent !== undefined) w.putU8(28, checkRange("percent", v.percent, 1, 100));
  if (v.policy !== undefined) {
    throw new TypeError("policy (nest-type-value) cannot be encoded: only the kernel sends it");
  }
  if (v.big !== undefined) putSignedBE(w, 40, 4, v.big);
}

/** Attribute type numbers of inner-attrs. */
export const InnerAttrs = {
  x: 1,
  y: 2,
} as const;

/** The attributes of inner-attrs as a plain object (requests, `toObject()`). */
export interface InnerAttrsValues {
  /** x: u32 (type 1). */
  x?: number;
  /** y: string (type 2). */
  y?: string;
}

/**
 * The inner-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class InnerAttrsView extends AttrView {
  constructor() {
    super(2);
  }
  /** x: u32 (type 1). */
  get x(): number | undefined {
    return this.$u32(1);
  }
  /** y: string (type 2). */
  get y(): string | undefined {
    return this.$str(2);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): InnerAttrsValues {
    return decodeValues(schema, "inner-attrs", this, false) as InnerAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "inner-attrs", this, true);
  }
}

/**
 * Writes the attributes of inner-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeInnerAttrs(w: MessageWriter, v: InnerAttrsValues): void {
  if (v.x !== undefined) w.putU32(1, v.x);
  if (v.y !== undefined) w.putString(2, v.y);
}

/** Attribute type numbers of alpha-attrs. */
export const AlphaAttrs = {
  level: 1,
} as const;

/** The attributes of alpha-attrs as a plain object (requests, `toObject()`). */
export interface AlphaAttrsValues {
  /** level: u16 (type 1). */
  level?: number;
}

/**
 * The alpha-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class AlphaAttrsView extends AttrView {
  constructor() {
    super(1);
  }
  /** level: u16 (type 1). */
  get level(): number | undefined {
    return this.$u16(1);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): AlphaAttrsValues {
    return decodeValues(schema, "alpha-attrs", this, false) as AlphaAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "alpha-attrs", this, true);
  }
}

/**
 * Writes the attributes of alpha-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeAlphaAttrs(w: MessageWriter, v: AlphaAttrsValues): void {
  if (v.level !== undefined) w.putU16(1, v.level);
}

/** The alpha-attrs attributes after a fixed header `pair`, read in place. */
export class AlphaAttrsWithPair extends AlphaAttrsView {
  /** The fixed header, read and written in place. */
  readonly pair = new Pair();
  /** Points the view at a header then attributes in `buffer[start, end)`. @returns This view. */
  override reset(buffer: Uint8Array, start: number, end: number, view?: DataView): this {
    const dv = view ?? new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this.pair.reset(dv, start - 8, end - start + 8);
    return super.reset(buffer, start, end, dv);
  }
  /** The header and attributes as a plain object the caller owns. @returns A new object. */
  override toObject(): AlphaAttrsValues & { pair: PairFields } {
    return { pair: this.pair.toObject(), ...super.toObject() };
  }
  /** Header fields and attributes side by side, with the spec's names. @returns A new object. */
  override toJSON(): Record<string, unknown> {
    return sideBySide(decodeValues(schema, "pair", this.pair, true), super.toJSON());
  }
}

/** A message of demo read in place: its fixed header `demoHdr` and the main-attrs attributes. */
export class MainMessage extends MainAttrsView {
  /** The fixed header, read and written in place. */
  readonly demoHdr = new DemoHdr();
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    this.demoHdr.reset(m.view, at, m.payloadLength);
    const start = at + 16;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The header and attributes as a plain object the caller owns. @returns A new object. */
  override toObject(): MainAttrsValues & { demoHdr: DemoHdrFields } {
    return { demoHdr: this.demoHdr.toObject(), ...super.toObject() };
  }
  /** Header fields and attributes side by side, with the spec's names. @returns A new object. */
  override toJSON(): Record<string, unknown> {
    return sideBySide(decodeValues(schema, "demo-hdr", this.demoHdr, true), super.toJSON());
  }
}

/** The request of get (do): Gets a thing. */
export type GetRequest = Pick<MainAttrsValues, "kind" | "port" | "u32" | "name" | "inner"> & {
  demoHdr?: DemoHdrFields;
};

/**
 * Writes a get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type `nlmsg_type`; default 16.
 * @returns The message's length.
 */
export function encodeGet(w: MessageWriter, req: GetRequest, flags = 0x1, type = 16): number {
  w.begin(type, flags);
  const at = w.reserve(16);
  const h = req.demoHdr;
  if (h !== undefined) {
    const dv = w.view;
    if (h.shade !== undefined) dv.setUint8(at + 0, h.shade);
    if (h.port !== undefined) dv.setUint16(at + 2, h.port, false);
    if (h.index !== undefined) dv.setInt32(at + 4, h.index, true);
    if (h.mac !== undefined) {
      new Uint8Array(dv.buffer, dv.byteOffset + at + 8, 6).set(h.mac.subarray(0, 6));
    }
  }
  const v = req;
  if (v.u32 !== undefined) w.putU32(3, v.u32);
  if (v.name !== undefined) {
    (checkLength("name", utf8Length(v.name), undefined, 7), w.putString(11, v.name));
  }
  if (v.inner !== undefined) {
    const n = w.nestStart(16);
    writeInnerAttrs(w, v.inner);
    w.nestEnd(n);
  }
  if (v.port !== undefined) w.putU16BE(20, v.port);
  if (v.kind !== undefined) w.putString(26, v.kind);
  return w.end();
}

/** The request of get (dump): Gets a thing. */
export type GetDumpRequest = { demoHdr?: DemoHdrFields };

/**
 * Writes a get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type `nlmsg_type`; default 16.
 * @returns The message's length.
 */
export function encodeGetDump(
  w: MessageWriter,
  req: GetDumpRequest,
  flags = 0x301,
  type = 16,
): number {
  w.begin(type, flags);
  const at = w.reserve(16);
  const h = req.demoHdr;
  if (h !== undefined) {
    const dv = w.view;
    if (h.shade !== undefined) dv.setUint8(at + 0, h.shade);
    if (h.port !== undefined) dv.setUint16(at + 2, h.port, false);
    if (h.index !== undefined) dv.setInt32(at + 4, h.index, true);
    if (h.mac !== undefined) {
      new Uint8Array(dv.buffer, dv.byteOffset + at + 8, 6).set(h.mac.subarray(0, 6));
    }
  }
  return w.end();
}

/** The request of set (do): Sets a thing. */
export type SetRequest =
  & Pick<
    MainAttrsValues,
    | "u8"
    | "u16"
    | "u32"
    | "u64"
    | "s8"
    | "s16"
    | "s32"
    | "s64"
    | "uint"
    | "sint"
    | "name"
    | "blob"
    | "addr"
    | "pair"
    | "enabled"
    | "inner"
    | "tag"
    | "targets"
    | "items"
    | "port"
    | "color"
    | "perms"
    | "bits"
    | "kind"
    | "data"
    | "percent"
    | "big"
  >
  & { demoHdr?: DemoHdrFields };

/**
 * Writes a set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 18.
 * @returns The message's length.
 */
export function encodeSet(w: MessageWriter, req: SetRequest, flags = 0x5, type = 18): number {
  w.begin(type, flags);
  const at = w.reserve(16);
  const h = req.demoHdr;
  if (h !== undefined) {
    const dv = w.view;
    if (h.shade !== undefined) dv.setUint8(at + 0, h.shade);
    if (h.port !== undefined) dv.setUint16(at + 2, h.port, false);
    if (h.index !== undefined) dv.setInt32(at + 4, h.index, true);
    if (h.mac !== undefined) {
      new Uint8Array(dv.buffer, dv.byteOffset + at + 8, 6).set(h.mac.subarray(0, 6));
    }
  }
  const v = req;
  if (v.u8 !== undefined) w.putU8(1, v.u8);
  if (v.u16 !== undefined) w.putU16(2, v.u16);
  if (v.u32 !== undefined) w.putU32(3, v.u32);
  if (v.u64 !== undefined) w.putU64(4, BigInt(v.u64));
  if (v.s8 !== undefined) w.putS8(5, v.s8);
  if (v.s16 !== undefined) w.putS16(6, v.s16);
  if (v.s32 !== undefined) w.putS32(7, v.s32);
  if (v.s64 !== undefined) w.putS64(8, BigInt(v.s64));
  if (v.uint !== undefined) putUint(w, 9, v.uint);
  if (v.sint !== undefined) putSint(w, 10, v.sint);
  if (v.name !== undefined) {
    (checkLength("name", utf8Length(v.name), undefined, 7), w.putString(11, v.name));
  }
  if (v.blob !== undefined) w.putBytes(12, v.blob);
  if (v.addr !== undefined) {
    w.putBytes(13, typeof v.addr === "string" ? textToBytes("ipv4", v.addr) : v.addr);
  }
  if (v.pair !== undefined) Pair.write(w.view, putZeroed(w, 14, Pair.SIZE), v.pair);
  if (v.enabled) w.putFlag(15);
  if (v.inner !== undefined) {
    const n = w.nestStart(16);
    writeInnerAttrs(w, v.inner);
    w.nestEnd(n);
  }
  if (v.tag !== undefined) { for (const x of v.tag) w.putU32(17, x); }
  if (v.targets !== undefined) {
    const n = w.nestStart(18);
    v.targets.forEach((y, i) => {
      w.putU32BE(i, y);
    });
    w.nestEnd(n);
  }
  if (v.items !== undefined) {
    const n = w.nestStart(19);
    v.items.forEach((y, i) => {
      const m = w.nestStart(i);
      writeInnerAttrs(w, y);
      w.nestEnd(m);
    });
    w.nestEnd(n);
  }
  if (v.port !== undefined) w.putU16BE(20, v.port);
  if (v.color !== undefined) w.putU32(21, v.color);
  if (v.perms !== undefined) w.putU32(22, v.perms);
  if (v.bits !== undefined) {
    const at = putZeroed(w, 23, 8);
    w.view.setUint32(at, v.bits.value, true);
    w.view.setUint32(at + 4, v.bits.selector, true);
  }
  if (v.kind !== undefined) w.putString(26, v.kind);
  if (v.data !== undefined) {
    const sel = v.kind;
    switch (sel) {
      case "alpha": {
        const n = w.nestStart(27);
        writeAlphaAttrs(w, v.data as AlphaAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "beta": {
        const n = w.nestStart(27);
        Pair.write(w.view, w.reserve(Pair.SIZE), (v.data as { pair?: PairFields }).pair ?? {});
        w.nestEnd(n);
        break;
      }
      case "gamma": {
        const n = w.nestStart(27);
        Pair.write(w.view, w.reserve(Pair.SIZE), (v.data as { pair?: PairFields }).pair ?? {});
        writeAlphaAttrs(w, v.data as AlphaAttrsValues);
        w.nestEnd(n);
        break;
      }
      default:
        throw new TypeError(
          `data: no format for kind ${JSON.stringify(sel)}; the spec has: alpha, beta, gamma`,
        );
    }
  }
  if (v.percent !== undefined) w.putU8(28, checkRange("percent", v.percent, 1, 100));
  if (v.big !== undefined) putSignedBE(w, 40, 4, v.big);
  return w.end();
}

/**
 * A client of the demo family: one method per operation, over one socket.
 *
 * A family for the generator's tests.
 *
 * Replies are views valid until the client receives again; call
 * `toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.
 *
 * @example
 * ```ts
 * import { DemoClient } from "./demo.ts";
 * using client = DemoClient.open();
 * ```
 */
export class DemoClient extends FamilyClient {
  #MainMessage = new MainMessage();

  /**
   * Opens a socket for the family.
   *
   * @param options Socket options, or an open socket to use.
   * @returns The client.
   * @throws {KernelError} When the kernel refuses.
   */
  static open(options: ClientOptions = {}): DemoClient {
    return new DemoClient(connect(schema, options));
  }
  /**
   * Gets a thing..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  get(req: GetRequest = {}, options: DoOptions = {}): MainMessage {
    return this.$do(encodeGet, req, 16, options, this.#MainMessage);
  }
  /**
   * Gets a thing., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getAsync(req: GetRequest = {}, options: DoOptions = {}): Promise<MainMessage> {
    return this.$doAsync(encodeGet, req, 16, options, new MainMessage());
  }
  /**
   * Gets a thing (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  getDump(req: GetDumpRequest = {}, options: WaitOptions = {}): Dump<MainMessage> {
    return this.$dump(encodeGetDump, req, 16, this.#MainMessage, options);
  }
  /**
   * Sets a thing..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  set(req: SetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeSet, req, 18, options);
  }
  /**
   * Sets a thing., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  setAsync(req: SetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeSet, req, 18, options);
  }
  /**
   * Joins a multicast group of the family by name.
   *
   * @param group `"events"`.
   * @throws {RangeError} When the family has no such group.
   */
  subscribe(group: "events"): void {
    this.$subscribe(group);
  }
  /**
   * The notifications of the joined groups, each a view valid until the next one.
   *
   * @param options `signal` and `timeout` of the waits.
   * @returns An async iterator of notifications.
   */
  notifications(
    options: WaitOptions = {},
  ): AsyncIterableIterator<Notification<"get" | "set" | "changed", MainMessage>> {
    return this.$notifications(options, (name) => {
      switch (name) {
        case "get":
        case "set":
        case "changed":
          return this.#MainMessage;
      }
      return undefined;
    }) as AsyncIterableIterator<Notification<"get" | "set" | "changed", MainMessage>>;
  }
}

export { AttrView, StructView } from "../../src/ynl/view.ts";
export { FamilyClient } from "../../src/ynl/client.ts";
export type { ClientOptions, DoOptions, Dump, Notification } from "../../src/ynl/client.ts";
export type { FamilySchema } from "../../src/ynl/schema.ts";
export type { Message } from "../../src/codec/message.ts";
export type { MessageWriter } from "../../src/codec/writer.ts";
export type { WaitOptions } from "../../src/socket/options.ts";

/** The demo family as data: names, numbers and types, for the JSON codec. */
export const schema: FamilySchema = {
  "name": "demo",
  "protocol": "netlink-raw",
  "protonum": 31,
  "version": 1,
  "enums": {
    "color": {
      "kind": "enum",
      "entries": {
        "red": 0,
        "green": 1,
        "blue": 5,
      },
    },
    "perm": {
      "kind": "flags",
      "entries": {
        "read": 1,
        "write": 2,
        "exec": 4,
      },
    },
  },
  "structs": {
    "demo-hdr": {
      "size": 16,
      "members": [
        {
          "name": "shade",
          "key": "shade",
          "type": "u8",
          "offset": 0,
          "size": 1,
          "enum": "color",
        },
        {
          "name": "pad1",
          "key": "pad1",
          "type": "pad",
          "offset": 1,
          "size": 1,
        },
        {
          "name": "port",
          "key": "port",
          "type": "u16",
          "offset": 2,
          "size": 2,
          "bigEndian": true,
        },
        {
          "name": "index",
          "key": "index",
          "type": "s32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "mac",
          "key": "mac",
          "type": "binary",
          "offset": 8,
          "size": 6,
          "hint": "mac",
        },
        {
          "name": "pad2",
          "key": "pad2",
          "type": "pad",
          "offset": 14,
          "size": 2,
        },
      ],
    },
    "pair": {
      "size": 8,
      "members": [
        {
          "name": "a",
          "key": "a",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "b",
          "key": "b",
          "type": "s32",
          "offset": 4,
          "size": 4,
        },
      ],
    },
  },
  "attrSets": {
    "main-attrs": {
      "attrs": [
        {
          "name": "u8",
          "key": "u8",
          "value": 1,
          "type": "u8",
        },
        {
          "name": "u16",
          "key": "u16",
          "value": 2,
          "type": "u16",
        },
        {
          "name": "u32",
          "key": "u32",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "u64",
          "key": "u64",
          "value": 4,
          "type": "u64",
        },
        {
          "name": "s8",
          "key": "s8",
          "value": 5,
          "type": "s8",
        },
        {
          "name": "s16",
          "key": "s16",
          "value": 6,
          "type": "s16",
        },
        {
          "name": "s32",
          "key": "s32",
          "value": 7,
          "type": "s32",
        },
        {
          "name": "s64",
          "key": "s64",
          "value": 8,
          "type": "s64",
        },
        {
          "name": "uint",
          "key": "uint",
          "value": 9,
          "type": "uint",
        },
        {
          "name": "sint",
          "key": "sint",
          "value": 10,
          "type": "sint",
        },
        {
          "name": "name",
          "key": "name",
          "value": 11,
          "type": "string",
        },
        {
          "name": "blob",
          "key": "blob",
          "value": 12,
          "type": "binary",
        },
        {
          "name": "addr",
          "key": "addr",
          "value": 13,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "pair",
          "key": "pair",
          "value": 14,
          "type": "binary",
          "struct": "pair",
        },
        {
          "name": "enabled",
          "key": "enabled",
          "value": 15,
          "type": "flag",
        },
        {
          "name": "inner",
          "key": "inner",
          "value": 16,
          "type": "nest",
          "nested": "inner-attrs",
        },
        {
          "name": "tag",
          "key": "tag",
          "value": 17,
          "type": "u32",
          "multi": true,
        },
        {
          "name": "targets",
          "key": "targets",
          "value": 18,
          "type": "indexed-array",
          "bigEndian": true,
          "hint": "ipv4",
          "subType": "u32",
        },
        {
          "name": "items",
          "key": "items",
          "value": 19,
          "type": "indexed-array",
          "nested": "inner-attrs",
          "subType": "nest",
        },
        {
          "name": "port",
          "key": "port",
          "value": 20,
          "type": "u16",
          "bigEndian": true,
        },
        {
          "name": "color",
          "key": "color",
          "value": 21,
          "type": "u32",
          "enum": "color",
        },
        {
          "name": "perms",
          "key": "perms",
          "value": 22,
          "type": "u32",
          "enum": "perm",
          "asFlags": true,
        },
        {
          "name": "bits",
          "key": "bits",
          "value": 23,
          "type": "bitfield32",
        },
        {
          "name": "pad",
          "key": "pad",
          "value": 24,
          "type": "pad",
        },
        {
          "name": "reserved",
          "key": "reserved",
          "value": 25,
          "type": "unused",
        },
        {
          "name": "kind",
          "key": "kind",
          "value": 26,
          "type": "string",
        },
        {
          "name": "data",
          "key": "data",
          "value": 27,
          "type": "sub-message",
          "subMessage": "data-msg",
          "selector": "kind",
        },
        {
          "name": "percent",
          "key": "percent",
          "value": 28,
          "type": "u8",
        },
        {
          "name": "policy",
          "key": "policy",
          "value": 29,
          "type": "nest-type-value",
          "nested": "inner-attrs",
          "typeValue": [
            "policy-id",
            "attr-id",
          ],
        },
        {
          "name": "big",
          "key": "big",
          "value": 40,
          "type": "s32",
          "bigEndian": true,
        },
      ],
    },
    "inner-attrs": {
      "attrs": [
        {
          "name": "x",
          "key": "x",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "y",
          "key": "y",
          "value": 2,
          "type": "string",
        },
      ],
    },
    "alpha-attrs": {
      "attrs": [
        {
          "name": "level",
          "key": "level",
          "value": 1,
          "type": "u16",
        },
      ],
    },
  },
  "subMessages": {
    "data-msg": {
      "alpha": {
        "attrSet": "alpha-attrs",
      },
      "beta": {
        "fixedHeader": "pair",
      },
      "gamma": {
        "fixedHeader": "pair",
        "attrSet": "alpha-attrs",
      },
    },
  },
  "ops": [
    {
      "name": "get",
      "attrSet": "main-attrs",
      "fixedHeader": "demo-hdr",
      "do": {
        "request": {
          "value": 16,
          "attrs": [
            "kind",
            "port",
            "u32",
            "name",
            "inner",
          ],
        },
        "reply": {
          "value": 17,
          "attrs": [
            "u32",
            "name",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 16,
          "attrs": [],
        },
        "reply": {
          "value": 17,
          "attrs": [],
        },
      },
    },
    {
      "name": "set",
      "attrSet": "main-attrs",
      "fixedHeader": "demo-hdr",
      "do": {
        "request": {
          "value": 18,
          "attrs": [
            "u8",
            "u16",
            "u32",
            "u64",
            "s8",
            "s16",
            "s32",
            "s64",
            "uint",
            "sint",
            "name",
            "blob",
            "addr",
            "pair",
            "enabled",
            "inner",
            "tag",
            "targets",
            "items",
            "port",
            "color",
            "perms",
            "bits",
            "kind",
            "data",
            "percent",
            "big",
          ],
        },
      },
    },
    {
      "name": "changed",
      "attrSet": "main-attrs",
      "fixedHeader": "demo-hdr",
      "mcgrp": "events",
      "notify": {
        "value": 19,
        "shapeOf": "get",
      },
    },
  ],
  "mcastGroups": {
    "events": 3,
  },
};
