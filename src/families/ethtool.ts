// Generated from Documentation/netlink/specs/ethtool.yaml (Linux 6.12) by scripts/ynl/gen.ts (npm run gen): do not edit.
/**
 * The ethtool netlink family (genetlink-legacy), generated from its YNL spec.
 *
 * Partial family for Ethtool Netlink.
 *
 * @module
 */
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import { AttrView } from "../ynl/view.ts";
import { putUint } from "../ynl/encode.ts";
import { decodeValues } from "../ynl/json.ts";
import type { FamilySchema } from "../ynl/schema.ts";
import {
  type ClientOptions,
  connect,
  type DoOptions,
  type Dump,
  FamilyClient,
  type Notification,
} from "../ynl/client.ts";
import type { WaitOptions } from "../socket/options.ts";

/** Values of udp-tunnel-type. */
export const UdpTunnelType = {
  vxlan: 0,
  geneve: 1,
  vxlanGpe: 2,
} as const;

/** Values of stringset. */
export const StringsetEnum = {} as const;

/**
 * Flags of header-flags.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const HeaderFlags = {
  compactBitsets: 0x1,
  omitReply: 0x2,
  stats: 0x4,
} as const;

/** Values of module-fw-flash-status. */
export const ModuleFwFlashStatus = {
  started: 0,
  inProgress: 1,
  completed: 2,
  error: 3,
} as const;

/** Values of c33-pse-ext-state. */
export const C33PseExtState = {
  none: 0,
  errorCondition: 1,
  mrMpsValid: 2,
  mrPseEnable: 3,
  optionDetectTed: 4,
  optionVportLim: 5,
  ovldDetected: 6,
  powerNotAvailable: 7,
  shortDetected: 8,
} as const;

/** Values of phy-upstream-type. */
export const PhyUpstreamType = {
  mac: 0,
  phy: 1,
} as const;

/** Commands (`genlmsghdr.cmd`) of the requests, by operation. */
export const Requests = {
  strsetGet: 1,
  linkinfoGet: 2,
  linkinfoSet: 3,
  linkmodesGet: 4,
  linkmodesSet: 5,
  linkstateGet: 6,
  debugGet: 7,
  debugSet: 8,
  wolGet: 9,
  wolSet: 10,
  featuresGet: 11,
  featuresSet: 12,
  privflagsGet: 13,
  privflagsSet: 14,
  ringsGet: 15,
  ringsSet: 16,
  channelsGet: 17,
  channelsSet: 18,
  coalesceGet: 19,
  coalesceSet: 20,
  pauseGet: 21,
  pauseSet: 22,
  eeeGet: 23,
  eeeSet: 24,
  tsinfoGet: 25,
  cableTestAct: 26,
  cableTestTdrAct: 27,
  tunnelInfoGet: 28,
  fecGet: 29,
  fecSet: 30,
  moduleEepromGet: 31,
  statsGet: 32,
  phcVclocksGet: 33,
  moduleGet: 34,
  moduleSet: 35,
  pseGet: 36,
  pseSet: 37,
  rssGet: 38,
  plcaGetCfg: 39,
  plcaSetCfg: 40,
  plcaGetStatus: 41,
  mmGet: 42,
  mmSet: 43,
  moduleFwFlashAct: 44,
  phyGet: 45,
} as const;

/** Commands (`genlmsghdr.cmd`) of the replies, notifications and events, by operation. */
export const Replies = {
  strsetGet: 1,
  linkinfoGet: 2,
  linkinfoNtf: 3,
  linkmodesGet: 4,
  linkmodesNtf: 5,
  linkstateGet: 6,
  debugGet: 7,
  debugNtf: 8,
  wolGet: 9,
  wolNtf: 10,
  featuresGet: 11,
  featuresSet: 12,
  featuresNtf: 13,
  privflagsGet: 14,
  privflagsNtf: 15,
  ringsGet: 16,
  ringsNtf: 17,
  channelsGet: 18,
  channelsNtf: 19,
  coalesceGet: 20,
  coalesceNtf: 21,
  pauseGet: 22,
  pauseNtf: 23,
  eeeGet: 24,
  eeeNtf: 25,
  tsinfoGet: 26,
  cableTestNtf: 27,
  cableTestTdrNtf: 28,
  tunnelInfoGet: 29,
  fecGet: 30,
  fecNtf: 31,
  moduleEepromGet: 32,
  statsGet: 33,
  phcVclocksGet: 34,
  moduleGet: 35,
  moduleNtf: 36,
  pseGet: 37,
  rssGet: 38,
  plcaGetCfg: 39,
  plcaGetStatus: 40,
  plcaNtf: 41,
  mmGet: 42,
  mmNtf: 43,
  moduleFwFlashNtf: 44,
  phyGet: 45,
} as const;

/** Attribute type numbers of header. */
export const Header = {
  devIndex: 1,
  devName: 2,
  flags: 3,
  phyIndex: 4,
} as const;

/** The attributes of header as a plain object (requests, `toObject()`). */
export interface HeaderValues {
  /** dev-index: u32 (type 1). */
  devIndex?: number;
  /** dev-name: string (type 2). */
  devName?: string;
  /** flags: u32; enum header-flags (type 3). */
  flags?: number;
  /** phy-index: u32 (type 4). */
  phyIndex?: number;
}

/**
 * The header attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class HeaderView extends AttrView {
  constructor() {
    super(4);
  }
  /** dev-index: u32 (type 1). */
  get devIndex(): number | undefined {
    return this.$u32(1);
  }
  /** dev-name: string (type 2). */
  get devName(): string | undefined {
    return this.$str(2);
  }
  /** flags: u32; enum header-flags (type 3). */
  get flags(): number | undefined {
    return this.$u32(3);
  }
  /** phy-index: u32 (type 4). */
  get phyIndex(): number | undefined {
    return this.$u32(4);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): HeaderValues {
    return decodeValues(schema, "header", this, false) as HeaderValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "header", this, true);
  }
}

/**
 * Writes the attributes of header present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeHeader(w: MessageWriter, v: HeaderValues): void {
  if (v.devIndex !== undefined) w.putU32(1, v.devIndex);
  if (v.devName !== undefined) w.putString(2, v.devName);
  if (v.flags !== undefined) w.putU32(3, v.flags);
  if (v.phyIndex !== undefined) w.putU32(4, v.phyIndex);
}

/** Attribute type numbers of bitset-bit. */
export const BitsetBit = {
  index: 1,
  name: 2,
  value: 3,
} as const;

/** The attributes of bitset-bit as a plain object (requests, `toObject()`). */
export interface BitsetBitValues {
  /** index: u32 (type 1). */
  index?: number;
  /** name: string (type 2). */
  name?: string;
  /** value: flag (type 3). */
  value?: boolean;
}

/**
 * The bitset-bit attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class BitsetBitView extends AttrView {
  constructor() {
    super(3);
  }
  /** index: u32 (type 1). */
  get index(): number | undefined {
    return this.$u32(1);
  }
  /** name: string (type 2). */
  get name(): string | undefined {
    return this.$str(2);
  }
  /** value: flag (type 3). */
  get value(): boolean {
    return this.$flag(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): BitsetBitValues {
    return decodeValues(schema, "bitset-bit", this, false) as BitsetBitValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "bitset-bit", this, true);
  }
}

/**
 * Writes the attributes of bitset-bit present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeBitsetBit(w: MessageWriter, v: BitsetBitValues): void {
  if (v.index !== undefined) w.putU32(1, v.index);
  if (v.name !== undefined) w.putString(2, v.name);
  if (v.value) w.putFlag(3);
}

/** Attribute type numbers of bitset-bits. */
export const BitsetBits = {
  bit: 1,
} as const;

/** The attributes of bitset-bits as a plain object (requests, `toObject()`). */
export interface BitsetBitsValues {
  /** bit: nest, multi-attr (type 1). */
  bit?: (BitsetBitValues)[];
}

/**
 * The bitset-bits attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class BitsetBitsView extends AttrView {
  #c1?: BitsetBitView;
  constructor() {
    super(1);
  }
  /** bit: nest, multi-attr (type 1). */
  get bit(): IterableIterator<BitsetBitView> {
    return this.#each1();
  }
  *#each1(): Generator<BitsetBitView, void, undefined> {
    for (const at of this.$each(1)) yield this.$nestAt(at, this.#c1 ??= new BitsetBitView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): BitsetBitsValues {
    return decodeValues(schema, "bitset-bits", this, false) as BitsetBitsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "bitset-bits", this, true);
  }
}

/**
 * Writes the attributes of bitset-bits present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeBitsetBits(w: MessageWriter, v: BitsetBitsValues): void {
  if (v.bit !== undefined) {
    for (const x of v.bit) {
      const n = w.nestStart(1);
      writeBitsetBit(w, x);
      w.nestEnd(n);
    }
  }
}

/** Attribute type numbers of bitset. */
export const Bitset = {
  nomask: 1,
  sizeAttr: 2,
  bits: 3,
  value: 4,
  mask: 5,
} as const;

/** The attributes of bitset as a plain object (requests, `toObject()`). */
export interface BitsetValues {
  /** nomask: flag (type 1). */
  nomask?: boolean;
  /** size: u32 (type 2). */
  sizeAttr?: number;
  /** bits: nest (type 3). */
  bits?: BitsetBitsValues;
  /** value: binary (type 4). */
  value?: Uint8Array;
  /** mask: binary (type 5). */
  mask?: Uint8Array;
}

/**
 * The bitset attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class BitsetView extends AttrView {
  #c3?: BitsetBitsView;
  constructor() {
    super(5);
  }
  /** nomask: flag (type 1). */
  get nomask(): boolean {
    return this.$flag(1);
  }
  /** size: u32 (type 2). */
  get sizeAttr(): number | undefined {
    return this.$u32(2);
  }
  /** bits: nest (type 3). */
  get bits(): BitsetBitsView | undefined {
    return this.$nest(3, this.#c3 ??= new BitsetBitsView());
  }
  /** value: binary (type 4). */
  get value(): Uint8Array | undefined {
    return this.$bin(4);
  }
  /** mask: binary (type 5). */
  get mask(): Uint8Array | undefined {
    return this.$bin(5);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): BitsetValues {
    return decodeValues(schema, "bitset", this, false) as BitsetValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "bitset", this, true);
  }
}

/**
 * Writes the attributes of bitset present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeBitset(w: MessageWriter, v: BitsetValues): void {
  if (v.nomask) w.putFlag(1);
  if (v.sizeAttr !== undefined) w.putU32(2, v.sizeAttr);
  if (v.bits !== undefined) {
    const n = w.nestStart(3);
    writeBitsetBits(w, v.bits);
    w.nestEnd(n);
  }
  if (v.value !== undefined) w.putBytes(4, v.value);
  if (v.mask !== undefined) w.putBytes(5, v.mask);
}

/** Attribute type numbers of string. */
export const String = {
  index: 1,
  value: 2,
} as const;

/** The attributes of string as a plain object (requests, `toObject()`). */
export interface StringValues {
  /** index: u32 (type 1). */
  index?: number;
  /** value: string (type 2). */
  value?: string;
}

/**
 * The string attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class StringView extends AttrView {
  constructor() {
    super(2);
  }
  /** index: u32 (type 1). */
  get index(): number | undefined {
    return this.$u32(1);
  }
  /** value: string (type 2). */
  get value(): string | undefined {
    return this.$str(2);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): StringValues {
    return decodeValues(schema, "string", this, false) as StringValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "string", this, true);
  }
}

/**
 * Writes the attributes of string present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeString(w: MessageWriter, v: StringValues): void {
  if (v.index !== undefined) w.putU32(1, v.index);
  if (v.value !== undefined) w.putString(2, v.value);
}

/** Attribute type numbers of strings. */
export const Strings = {
  string: 1,
} as const;

/** The attributes of strings as a plain object (requests, `toObject()`). */
export interface StringsValues {
  /** string: nest, multi-attr (type 1). */
  string?: (StringValues)[];
}

/**
 * The strings attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class StringsView extends AttrView {
  #c1?: StringView;
  constructor() {
    super(1);
  }
  /** string: nest, multi-attr (type 1). */
  get string(): IterableIterator<StringView> {
    return this.#each1();
  }
  *#each1(): Generator<StringView, void, undefined> {
    for (const at of this.$each(1)) yield this.$nestAt(at, this.#c1 ??= new StringView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): StringsValues {
    return decodeValues(schema, "strings", this, false) as StringsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "strings", this, true);
  }
}

/**
 * Writes the attributes of strings present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeStrings(w: MessageWriter, v: StringsValues): void {
  if (v.string !== undefined) {
    for (const x of v.string) {
      const n = w.nestStart(1);
      writeString(w, x);
      w.nestEnd(n);
    }
  }
}

/** Attribute type numbers of stringset. */
export const Stringset = {
  id: 1,
  count: 2,
  strings: 3,
} as const;

/** The attributes of stringset as a plain object (requests, `toObject()`). */
export interface StringsetValues {
  /** id: u32 (type 1). */
  id?: number;
  /** count: u32 (type 2). */
  count?: number;
  /** strings: nest, multi-attr (type 3). */
  strings?: (StringsValues)[];
}

/**
 * The stringset attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class StringsetView extends AttrView {
  #c3?: StringsView;
  constructor() {
    super(3);
  }
  /** id: u32 (type 1). */
  get id(): number | undefined {
    return this.$u32(1);
  }
  /** count: u32 (type 2). */
  get count(): number | undefined {
    return this.$u32(2);
  }
  /** strings: nest, multi-attr (type 3). */
  get strings(): IterableIterator<StringsView> {
    return this.#each3();
  }
  *#each3(): Generator<StringsView, void, undefined> {
    for (const at of this.$each(3)) yield this.$nestAt(at, this.#c3 ??= new StringsView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): StringsetValues {
    return decodeValues(schema, "stringset", this, false) as StringsetValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "stringset", this, true);
  }
}

/**
 * Writes the attributes of stringset present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeStringset(w: MessageWriter, v: StringsetValues): void {
  if (v.id !== undefined) w.putU32(1, v.id);
  if (v.count !== undefined) w.putU32(2, v.count);
  if (v.strings !== undefined) {
    for (const x of v.strings) {
      const n = w.nestStart(3);
      writeStrings(w, x);
      w.nestEnd(n);
    }
  }
}

/** Attribute type numbers of stringsets. */
export const Stringsets = {
  stringset: 1,
} as const;

/** The attributes of stringsets as a plain object (requests, `toObject()`). */
export interface StringsetsValues {
  /** stringset: nest, multi-attr (type 1). */
  stringset?: (StringsetValues)[];
}

/**
 * The stringsets attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class StringsetsView extends AttrView {
  #c1?: StringsetView;
  constructor() {
    super(1);
  }
  /** stringset: nest, multi-attr (type 1). */
  get stringset(): IterableIterator<StringsetView> {
    return this.#each1();
  }
  *#each1(): Generator<StringsetView, void, undefined> {
    for (const at of this.$each(1)) yield this.$nestAt(at, this.#c1 ??= new StringsetView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): StringsetsValues {
    return decodeValues(schema, "stringsets", this, false) as StringsetsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "stringsets", this, true);
  }
}

/**
 * Writes the attributes of stringsets present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeStringsets(w: MessageWriter, v: StringsetsValues): void {
  if (v.stringset !== undefined) {
    for (const x of v.stringset) {
      const n = w.nestStart(1);
      writeStringset(w, x);
      w.nestEnd(n);
    }
  }
}

/** Attribute type numbers of strset. */
export const Strset = {
  header: 1,
  stringsets: 2,
  countsOnly: 3,
} as const;

/** The attributes of strset as a plain object (requests, `toObject()`). */
export interface StrsetValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** stringsets: nest (type 2). */
  stringsets?: StringsetsValues;
  /** counts-only: flag (type 3). */
  countsOnly?: boolean;
}

/**
 * The strset attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class StrsetView extends AttrView {
  #c1?: HeaderView;
  #c2?: StringsetsView;
  constructor() {
    super(3);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** stringsets: nest (type 2). */
  get stringsets(): StringsetsView | undefined {
    return this.$nest(2, this.#c2 ??= new StringsetsView());
  }
  /** counts-only: flag (type 3). */
  get countsOnly(): boolean {
    return this.$flag(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): StrsetValues {
    return decodeValues(schema, "strset", this, false) as StrsetValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "strset", this, true);
  }
}

/**
 * Writes the attributes of strset present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeStrset(w: MessageWriter, v: StrsetValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.stringsets !== undefined) {
    const n = w.nestStart(2);
    writeStringsets(w, v.stringsets);
    w.nestEnd(n);
  }
  if (v.countsOnly) w.putFlag(3);
}

/** Attribute type numbers of privflags. */
export const Privflags = {
  header: 1,
  flags: 2,
} as const;

/** The attributes of privflags as a plain object (requests, `toObject()`). */
export interface PrivflagsValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** flags: nest (type 2). */
  flags?: BitsetValues;
}

/**
 * The privflags attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PrivflagsView extends AttrView {
  #c1?: HeaderView;
  #c2?: BitsetView;
  constructor() {
    super(2);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** flags: nest (type 2). */
  get flags(): BitsetView | undefined {
    return this.$nest(2, this.#c2 ??= new BitsetView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PrivflagsValues {
    return decodeValues(schema, "privflags", this, false) as PrivflagsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "privflags", this, true);
  }
}

/**
 * Writes the attributes of privflags present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePrivflags(w: MessageWriter, v: PrivflagsValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.flags !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.flags);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of rings. */
export const Rings = {
  header: 1,
  rxMax: 2,
  rxMiniMax: 3,
  rxJumboMax: 4,
  txMax: 5,
  rx: 6,
  rxMini: 7,
  rxJumbo: 8,
  tx: 9,
  rxBufLen: 10,
  tcpDataSplit: 11,
  cqeSize: 12,
  txPush: 13,
  rxPush: 14,
  txPushBufLen: 15,
  txPushBufLenMax: 16,
} as const;

/** The attributes of rings as a plain object (requests, `toObject()`). */
export interface RingsValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** rx-max: u32 (type 2). */
  rxMax?: number;
  /** rx-mini-max: u32 (type 3). */
  rxMiniMax?: number;
  /** rx-jumbo-max: u32 (type 4). */
  rxJumboMax?: number;
  /** tx-max: u32 (type 5). */
  txMax?: number;
  /** rx: u32 (type 6). */
  rx?: number;
  /** rx-mini: u32 (type 7). */
  rxMini?: number;
  /** rx-jumbo: u32 (type 8). */
  rxJumbo?: number;
  /** tx: u32 (type 9). */
  tx?: number;
  /** rx-buf-len: u32 (type 10). */
  rxBufLen?: number;
  /** tcp-data-split: u8 (type 11). */
  tcpDataSplit?: number;
  /** cqe-size: u32 (type 12). */
  cqeSize?: number;
  /** tx-push: u8 (type 13). */
  txPush?: number;
  /** rx-push: u8 (type 14). */
  rxPush?: number;
  /** tx-push-buf-len: u32 (type 15). */
  txPushBufLen?: number;
  /** tx-push-buf-len-max: u32 (type 16). */
  txPushBufLenMax?: number;
}

/**
 * The rings attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class RingsView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(16);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** rx-max: u32 (type 2). */
  get rxMax(): number | undefined {
    return this.$u32(2);
  }
  /** rx-mini-max: u32 (type 3). */
  get rxMiniMax(): number | undefined {
    return this.$u32(3);
  }
  /** rx-jumbo-max: u32 (type 4). */
  get rxJumboMax(): number | undefined {
    return this.$u32(4);
  }
  /** tx-max: u32 (type 5). */
  get txMax(): number | undefined {
    return this.$u32(5);
  }
  /** rx: u32 (type 6). */
  get rx(): number | undefined {
    return this.$u32(6);
  }
  /** rx-mini: u32 (type 7). */
  get rxMini(): number | undefined {
    return this.$u32(7);
  }
  /** rx-jumbo: u32 (type 8). */
  get rxJumbo(): number | undefined {
    return this.$u32(8);
  }
  /** tx: u32 (type 9). */
  get tx(): number | undefined {
    return this.$u32(9);
  }
  /** rx-buf-len: u32 (type 10). */
  get rxBufLen(): number | undefined {
    return this.$u32(10);
  }
  /** tcp-data-split: u8 (type 11). */
  get tcpDataSplit(): number | undefined {
    return this.$u8(11);
  }
  /** cqe-size: u32 (type 12). */
  get cqeSize(): number | undefined {
    return this.$u32(12);
  }
  /** tx-push: u8 (type 13). */
  get txPush(): number | undefined {
    return this.$u8(13);
  }
  /** rx-push: u8 (type 14). */
  get rxPush(): number | undefined {
    return this.$u8(14);
  }
  /** tx-push-buf-len: u32 (type 15). */
  get txPushBufLen(): number | undefined {
    return this.$u32(15);
  }
  /** tx-push-buf-len-max: u32 (type 16). */
  get txPushBufLenMax(): number | undefined {
    return this.$u32(16);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): RingsValues {
    return decodeValues(schema, "rings", this, false) as RingsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "rings", this, true);
  }
}

/**
 * Writes the attributes of rings present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeRings(w: MessageWriter, v: RingsValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.rxMax !== undefined) w.putU32(2, v.rxMax);
  if (v.rxMiniMax !== undefined) w.putU32(3, v.rxMiniMax);
  if (v.rxJumboMax !== undefined) w.putU32(4, v.rxJumboMax);
  if (v.txMax !== undefined) w.putU32(5, v.txMax);
  if (v.rx !== undefined) w.putU32(6, v.rx);
  if (v.rxMini !== undefined) w.putU32(7, v.rxMini);
  if (v.rxJumbo !== undefined) w.putU32(8, v.rxJumbo);
  if (v.tx !== undefined) w.putU32(9, v.tx);
  if (v.rxBufLen !== undefined) w.putU32(10, v.rxBufLen);
  if (v.tcpDataSplit !== undefined) w.putU8(11, v.tcpDataSplit);
  if (v.cqeSize !== undefined) w.putU32(12, v.cqeSize);
  if (v.txPush !== undefined) w.putU8(13, v.txPush);
  if (v.rxPush !== undefined) w.putU8(14, v.rxPush);
  if (v.txPushBufLen !== undefined) w.putU32(15, v.txPushBufLen);
  if (v.txPushBufLenMax !== undefined) w.putU32(16, v.txPushBufLenMax);
}

/** Attribute type numbers of mm-stat. */
export const MmStat = {
  pad: 1,
  reassemblyErrors: 2,
  smdErrors: 3,
  reassemblyOk: 4,
  rxFragCount: 5,
  txFragCount: 6,
  holdCount: 7,
} as const;

/** The attributes of mm-stat as a plain object (requests, `toObject()`). */
export interface MmStatValues {
  /** reassembly-errors: u64 (type 2). */
  reassemblyErrors?: bigint | number;
  /** smd-errors: u64 (type 3). */
  smdErrors?: bigint | number;
  /** reassembly-ok: u64 (type 4). */
  reassemblyOk?: bigint | number;
  /** rx-frag-count: u64 (type 5). */
  rxFragCount?: bigint | number;
  /** tx-frag-count: u64 (type 6). */
  txFragCount?: bigint | number;
  /** hold-count: u64 (type 7). */
  holdCount?: bigint | number;
}

/**
 * The mm-stat attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class MmStatView extends AttrView {
  constructor() {
    super(7);
  }
  /** reassembly-errors: u64 (type 2). */
  get reassemblyErrors(): bigint | undefined {
    return this.$u64(2);
  }
  /** smd-errors: u64 (type 3). */
  get smdErrors(): bigint | undefined {
    return this.$u64(3);
  }
  /** reassembly-ok: u64 (type 4). */
  get reassemblyOk(): bigint | undefined {
    return this.$u64(4);
  }
  /** rx-frag-count: u64 (type 5). */
  get rxFragCount(): bigint | undefined {
    return this.$u64(5);
  }
  /** tx-frag-count: u64 (type 6). */
  get txFragCount(): bigint | undefined {
    return this.$u64(6);
  }
  /** hold-count: u64 (type 7). */
  get holdCount(): bigint | undefined {
    return this.$u64(7);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): MmStatValues {
    return decodeValues(schema, "mm-stat", this, false) as MmStatValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "mm-stat", this, true);
  }
}

/**
 * Writes the attributes of mm-stat present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeMmStat(w: MessageWriter, v: MmStatValues): void {
  if (v.reassemblyErrors !== undefined) w.putU64(2, BigInt(v.reassemblyErrors));
  if (v.smdErrors !== undefined) w.putU64(3, BigInt(v.smdErrors));
  if (v.reassemblyOk !== undefined) w.putU64(4, BigInt(v.reassemblyOk));
  if (v.rxFragCount !== undefined) w.putU64(5, BigInt(v.rxFragCount));
  if (v.txFragCount !== undefined) w.putU64(6, BigInt(v.txFragCount));
  if (v.holdCount !== undefined) w.putU64(7, BigInt(v.holdCount));
}

/** Attribute type numbers of mm. */
export const Mm = {
  header: 1,
  pmacEnabled: 2,
  txEnabled: 3,
  txActive: 4,
  txMinFragSize: 5,
  rxMinFragSize: 6,
  verifyEnabled: 7,
  verifyStatus: 8,
  verifyTime: 9,
  maxVerifyTime: 10,
  stats: 11,
} as const;

/** The attributes of mm as a plain object (requests, `toObject()`). */
export interface MmValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** pmac-enabled: u8 (type 2). */
  pmacEnabled?: number;
  /** tx-enabled: u8 (type 3). */
  txEnabled?: number;
  /** tx-active: u8 (type 4). */
  txActive?: number;
  /** tx-min-frag-size: u32 (type 5). */
  txMinFragSize?: number;
  /** rx-min-frag-size: u32 (type 6). */
  rxMinFragSize?: number;
  /** verify-enabled: u8 (type 7). */
  verifyEnabled?: number;
  /** verify-status: u8 (type 8). */
  verifyStatus?: number;
  /** verify-time: u32 (type 9). */
  verifyTime?: number;
  /** max-verify-time: u32 (type 10). */
  maxVerifyTime?: number;
  /** stats: nest (type 11). */
  stats?: MmStatValues;
}

/**
 * The mm attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class MmView extends AttrView {
  #c1?: HeaderView;
  #c11?: MmStatView;
  constructor() {
    super(11);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** pmac-enabled: u8 (type 2). */
  get pmacEnabled(): number | undefined {
    return this.$u8(2);
  }
  /** tx-enabled: u8 (type 3). */
  get txEnabled(): number | undefined {
    return this.$u8(3);
  }
  /** tx-active: u8 (type 4). */
  get txActive(): number | undefined {
    return this.$u8(4);
  }
  /** tx-min-frag-size: u32 (type 5). */
  get txMinFragSize(): number | undefined {
    return this.$u32(5);
  }
  /** rx-min-frag-size: u32 (type 6). */
  get rxMinFragSize(): number | undefined {
    return this.$u32(6);
  }
  /** verify-enabled: u8 (type 7). */
  get verifyEnabled(): number | undefined {
    return this.$u8(7);
  }
  /** verify-status: u8 (type 8). */
  get verifyStatus(): number | undefined {
    return this.$u8(8);
  }
  /** verify-time: u32 (type 9). */
  get verifyTime(): number | undefined {
    return this.$u32(9);
  }
  /** max-verify-time: u32 (type 10). */
  get maxVerifyTime(): number | undefined {
    return this.$u32(10);
  }
  /** stats: nest (type 11). */
  get stats(): MmStatView | undefined {
    return this.$nest(11, this.#c11 ??= new MmStatView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): MmValues {
    return decodeValues(schema, "mm", this, false) as MmValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "mm", this, true);
  }
}

/**
 * Writes the attributes of mm present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeMm(w: MessageWriter, v: MmValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.pmacEnabled !== undefined) w.putU8(2, v.pmacEnabled);
  if (v.txEnabled !== undefined) w.putU8(3, v.txEnabled);
  if (v.txActive !== undefined) w.putU8(4, v.txActive);
  if (v.txMinFragSize !== undefined) w.putU32(5, v.txMinFragSize);
  if (v.rxMinFragSize !== undefined) w.putU32(6, v.rxMinFragSize);
  if (v.verifyEnabled !== undefined) w.putU8(7, v.verifyEnabled);
  if (v.verifyStatus !== undefined) w.putU8(8, v.verifyStatus);
  if (v.verifyTime !== undefined) w.putU32(9, v.verifyTime);
  if (v.maxVerifyTime !== undefined) w.putU32(10, v.maxVerifyTime);
  if (v.stats !== undefined) {
    const n = w.nestStart(11);
    writeMmStat(w, v.stats);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of linkinfo. */
export const Linkinfo = {
  header: 1,
  port: 2,
  phyaddr: 3,
  tpMdix: 4,
  tpMdixCtrl: 5,
  transceiver: 6,
} as const;

/** The attributes of linkinfo as a plain object (requests, `toObject()`). */
export interface LinkinfoValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** port: u8 (type 2). */
  port?: number;
  /** phyaddr: u8 (type 3). */
  phyaddr?: number;
  /** tp-mdix: u8 (type 4). */
  tpMdix?: number;
  /** tp-mdix-ctrl: u8 (type 5). */
  tpMdixCtrl?: number;
  /** transceiver: u8 (type 6). */
  transceiver?: number;
}

/**
 * The linkinfo attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(6);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** port: u8 (type 2). */
  get port(): number | undefined {
    return this.$u8(2);
  }
  /** phyaddr: u8 (type 3). */
  get phyaddr(): number | undefined {
    return this.$u8(3);
  }
  /** tp-mdix: u8 (type 4). */
  get tpMdix(): number | undefined {
    return this.$u8(4);
  }
  /** tp-mdix-ctrl: u8 (type 5). */
  get tpMdixCtrl(): number | undefined {
    return this.$u8(5);
  }
  /** transceiver: u8 (type 6). */
  get transceiver(): number | undefined {
    return this.$u8(6);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoValues {
    return decodeValues(schema, "linkinfo", this, false) as LinkinfoValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo", this, true);
  }
}

/**
 * Writes the attributes of linkinfo present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfo(w: MessageWriter, v: LinkinfoValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.port !== undefined) w.putU8(2, v.port);
  if (v.phyaddr !== undefined) w.putU8(3, v.phyaddr);
  if (v.tpMdix !== undefined) w.putU8(4, v.tpMdix);
  if (v.tpMdixCtrl !== undefined) w.putU8(5, v.tpMdixCtrl);
  if (v.transceiver !== undefined) w.putU8(6, v.transceiver);
}

/** Attribute type numbers of linkmodes. */
export const Linkmodes = {
  header: 1,
  autoneg: 2,
  ours: 3,
  peer: 4,
  speed: 5,
  duplex: 6,
  masterSlaveCfg: 7,
  masterSlaveState: 8,
  lanes: 9,
  rateMatching: 10,
} as const;

/** The attributes of linkmodes as a plain object (requests, `toObject()`). */
export interface LinkmodesValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** autoneg: u8 (type 2). */
  autoneg?: number;
  /** ours: nest (type 3). */
  ours?: BitsetValues;
  /** peer: nest (type 4). */
  peer?: BitsetValues;
  /** speed: u32 (type 5). */
  speed?: number;
  /** duplex: u8 (type 6). */
  duplex?: number;
  /** master-slave-cfg: u8 (type 7). */
  masterSlaveCfg?: number;
  /** master-slave-state: u8 (type 8). */
  masterSlaveState?: number;
  /** lanes: u32 (type 9). */
  lanes?: number;
  /** rate-matching: u8 (type 10). */
  rateMatching?: number;
}

/**
 * The linkmodes attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkmodesView extends AttrView {
  #c1?: HeaderView;
  #c3?: BitsetView;
  #c4?: BitsetView;
  constructor() {
    super(10);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** autoneg: u8 (type 2). */
  get autoneg(): number | undefined {
    return this.$u8(2);
  }
  /** ours: nest (type 3). */
  get ours(): BitsetView | undefined {
    return this.$nest(3, this.#c3 ??= new BitsetView());
  }
  /** peer: nest (type 4). */
  get peer(): BitsetView | undefined {
    return this.$nest(4, this.#c4 ??= new BitsetView());
  }
  /** speed: u32 (type 5). */
  get speed(): number | undefined {
    return this.$u32(5);
  }
  /** duplex: u8 (type 6). */
  get duplex(): number | undefined {
    return this.$u8(6);
  }
  /** master-slave-cfg: u8 (type 7). */
  get masterSlaveCfg(): number | undefined {
    return this.$u8(7);
  }
  /** master-slave-state: u8 (type 8). */
  get masterSlaveState(): number | undefined {
    return this.$u8(8);
  }
  /** lanes: u32 (type 9). */
  get lanes(): number | undefined {
    return this.$u32(9);
  }
  /** rate-matching: u8 (type 10). */
  get rateMatching(): number | undefined {
    return this.$u8(10);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkmodesValues {
    return decodeValues(schema, "linkmodes", this, false) as LinkmodesValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkmodes", this, true);
  }
}

/**
 * Writes the attributes of linkmodes present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkmodes(w: MessageWriter, v: LinkmodesValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.autoneg !== undefined) w.putU8(2, v.autoneg);
  if (v.ours !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.ours);
    w.nestEnd(n);
  }
  if (v.peer !== undefined) {
    const n = w.nestStart(4);
    writeBitset(w, v.peer);
    w.nestEnd(n);
  }
  if (v.speed !== undefined) w.putU32(5, v.speed);
  if (v.duplex !== undefined) w.putU8(6, v.duplex);
  if (v.masterSlaveCfg !== undefined) w.putU8(7, v.masterSlaveCfg);
  if (v.masterSlaveState !== undefined) w.putU8(8, v.masterSlaveState);
  if (v.lanes !== undefined) w.putU32(9, v.lanes);
  if (v.rateMatching !== undefined) w.putU8(10, v.rateMatching);
}

/** Attribute type numbers of linkstate. */
export const Linkstate = {
  header: 1,
  link: 2,
  sqi: 3,
  sqiMax: 4,
  extState: 5,
  extSubstate: 6,
  extDownCnt: 7,
} as const;

/** The attributes of linkstate as a plain object (requests, `toObject()`). */
export interface LinkstateValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** link: u8 (type 2). */
  link?: number;
  /** sqi: u32 (type 3). */
  sqi?: number;
  /** sqi-max: u32 (type 4). */
  sqiMax?: number;
  /** ext-state: u8 (type 5). */
  extState?: number;
  /** ext-substate: u8 (type 6). */
  extSubstate?: number;
  /** ext-down-cnt: u32 (type 7). */
  extDownCnt?: number;
}

/**
 * The linkstate attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkstateView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(7);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** link: u8 (type 2). */
  get link(): number | undefined {
    return this.$u8(2);
  }
  /** sqi: u32 (type 3). */
  get sqi(): number | undefined {
    return this.$u32(3);
  }
  /** sqi-max: u32 (type 4). */
  get sqiMax(): number | undefined {
    return this.$u32(4);
  }
  /** ext-state: u8 (type 5). */
  get extState(): number | undefined {
    return this.$u8(5);
  }
  /** ext-substate: u8 (type 6). */
  get extSubstate(): number | undefined {
    return this.$u8(6);
  }
  /** ext-down-cnt: u32 (type 7). */
  get extDownCnt(): number | undefined {
    return this.$u32(7);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkstateValues {
    return decodeValues(schema, "linkstate", this, false) as LinkstateValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkstate", this, true);
  }
}

/**
 * Writes the attributes of linkstate present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkstate(w: MessageWriter, v: LinkstateValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.link !== undefined) w.putU8(2, v.link);
  if (v.sqi !== undefined) w.putU32(3, v.sqi);
  if (v.sqiMax !== undefined) w.putU32(4, v.sqiMax);
  if (v.extState !== undefined) w.putU8(5, v.extState);
  if (v.extSubstate !== undefined) w.putU8(6, v.extSubstate);
  if (v.extDownCnt !== undefined) w.putU32(7, v.extDownCnt);
}

/** Attribute type numbers of debug. */
export const Debug = {
  header: 1,
  msgmask: 2,
} as const;

/** The attributes of debug as a plain object (requests, `toObject()`). */
export interface DebugValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** msgmask: nest (type 2). */
  msgmask?: BitsetValues;
}

/**
 * The debug attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class DebugView extends AttrView {
  #c1?: HeaderView;
  #c2?: BitsetView;
  constructor() {
    super(2);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** msgmask: nest (type 2). */
  get msgmask(): BitsetView | undefined {
    return this.$nest(2, this.#c2 ??= new BitsetView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): DebugValues {
    return decodeValues(schema, "debug", this, false) as DebugValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "debug", this, true);
  }
}

/**
 * Writes the attributes of debug present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeDebug(w: MessageWriter, v: DebugValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.msgmask !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.msgmask);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of wol. */
export const Wol = {
  header: 1,
  modes: 2,
  sopass: 3,
} as const;

/** The attributes of wol as a plain object (requests, `toObject()`). */
export interface WolValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** modes: nest (type 2). */
  modes?: BitsetValues;
  /** sopass: binary (type 3). */
  sopass?: Uint8Array;
}

/**
 * The wol attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class WolView extends AttrView {
  #c1?: HeaderView;
  #c2?: BitsetView;
  constructor() {
    super(3);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** modes: nest (type 2). */
  get modes(): BitsetView | undefined {
    return this.$nest(2, this.#c2 ??= new BitsetView());
  }
  /** sopass: binary (type 3). */
  get sopass(): Uint8Array | undefined {
    return this.$bin(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): WolValues {
    return decodeValues(schema, "wol", this, false) as WolValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "wol", this, true);
  }
}

/**
 * Writes the attributes of wol present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeWol(w: MessageWriter, v: WolValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.modes !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.modes);
    w.nestEnd(n);
  }
  if (v.sopass !== undefined) w.putBytes(3, v.sopass);
}

/** Attribute type numbers of features. */
export const Features = {
  header: 1,
  hw: 2,
  wanted: 3,
  active: 4,
  nochange: 5,
} as const;

/** The attributes of features as a plain object (requests, `toObject()`). */
export interface FeaturesValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** hw: nest (type 2). */
  hw?: BitsetValues;
  /** wanted: nest (type 3). */
  wanted?: BitsetValues;
  /** active: nest (type 4). */
  active?: BitsetValues;
  /** nochange: nest (type 5). */
  nochange?: BitsetValues;
}

/**
 * The features attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class FeaturesView extends AttrView {
  #c1?: HeaderView;
  #c2?: BitsetView;
  #c3?: BitsetView;
  #c4?: BitsetView;
  #c5?: BitsetView;
  constructor() {
    super(5);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** hw: nest (type 2). */
  get hw(): BitsetView | undefined {
    return this.$nest(2, this.#c2 ??= new BitsetView());
  }
  /** wanted: nest (type 3). */
  get wanted(): BitsetView | undefined {
    return this.$nest(3, this.#c3 ??= new BitsetView());
  }
  /** active: nest (type 4). */
  get active(): BitsetView | undefined {
    return this.$nest(4, this.#c4 ??= new BitsetView());
  }
  /** nochange: nest (type 5). */
  get nochange(): BitsetView | undefined {
    return this.$nest(5, this.#c5 ??= new BitsetView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): FeaturesValues {
    return decodeValues(schema, "features", this, false) as FeaturesValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "features", this, true);
  }
}

/**
 * Writes the attributes of features present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeFeatures(w: MessageWriter, v: FeaturesValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.hw !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.hw);
    w.nestEnd(n);
  }
  if (v.wanted !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.wanted);
    w.nestEnd(n);
  }
  if (v.active !== undefined) {
    const n = w.nestStart(4);
    writeBitset(w, v.active);
    w.nestEnd(n);
  }
  if (v.nochange !== undefined) {
    const n = w.nestStart(5);
    writeBitset(w, v.nochange);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of channels. */
export const Channels = {
  header: 1,
  rxMax: 2,
  txMax: 3,
  otherMax: 4,
  combinedMax: 5,
  rxCount: 6,
  txCount: 7,
  otherCount: 8,
  combinedCount: 9,
} as const;

/** The attributes of channels as a plain object (requests, `toObject()`). */
export interface ChannelsValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** rx-max: u32 (type 2). */
  rxMax?: number;
  /** tx-max: u32 (type 3). */
  txMax?: number;
  /** other-max: u32 (type 4). */
  otherMax?: number;
  /** combined-max: u32 (type 5). */
  combinedMax?: number;
  /** rx-count: u32 (type 6). */
  rxCount?: number;
  /** tx-count: u32 (type 7). */
  txCount?: number;
  /** other-count: u32 (type 8). */
  otherCount?: number;
  /** combined-count: u32 (type 9). */
  combinedCount?: number;
}

/**
 * The channels attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class ChannelsView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(9);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** rx-max: u32 (type 2). */
  get rxMax(): number | undefined {
    return this.$u32(2);
  }
  /** tx-max: u32 (type 3). */
  get txMax(): number | undefined {
    return this.$u32(3);
  }
  /** other-max: u32 (type 4). */
  get otherMax(): number | undefined {
    return this.$u32(4);
  }
  /** combined-max: u32 (type 5). */
  get combinedMax(): number | undefined {
    return this.$u32(5);
  }
  /** rx-count: u32 (type 6). */
  get rxCount(): number | undefined {
    return this.$u32(6);
  }
  /** tx-count: u32 (type 7). */
  get txCount(): number | undefined {
    return this.$u32(7);
  }
  /** other-count: u32 (type 8). */
  get otherCount(): number | undefined {
    return this.$u32(8);
  }
  /** combined-count: u32 (type 9). */
  get combinedCount(): number | undefined {
    return this.$u32(9);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): ChannelsValues {
    return decodeValues(schema, "channels", this, false) as ChannelsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "channels", this, true);
  }
}

/**
 * Writes the attributes of channels present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeChannels(w: MessageWriter, v: ChannelsValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.rxMax !== undefined) w.putU32(2, v.rxMax);
  if (v.txMax !== undefined) w.putU32(3, v.txMax);
  if (v.otherMax !== undefined) w.putU32(4, v.otherMax);
  if (v.combinedMax !== undefined) w.putU32(5, v.combinedMax);
  if (v.rxCount !== undefined) w.putU32(6, v.rxCount);
  if (v.txCount !== undefined) w.putU32(7, v.txCount);
  if (v.otherCount !== undefined) w.putU32(8, v.otherCount);
  if (v.combinedCount !== undefined) w.putU32(9, v.combinedCount);
}

/** Attribute type numbers of irq-moderation. */
export const IrqModeration = {
  usec: 1,
  pkts: 2,
  comps: 3,
} as const;

/** The attributes of irq-moderation as a plain object (requests, `toObject()`). */
export interface IrqModerationValues {
  /** usec: u32 (type 1). */
  usec?: number;
  /** pkts: u32 (type 2). */
  pkts?: number;
  /** comps: u32 (type 3). */
  comps?: number;
}

/**
 * The irq-moderation attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class IrqModerationView extends AttrView {
  constructor() {
    super(3);
  }
  /** usec: u32 (type 1). */
  get usec(): number | undefined {
    return this.$u32(1);
  }
  /** pkts: u32 (type 2). */
  get pkts(): number | undefined {
    return this.$u32(2);
  }
  /** comps: u32 (type 3). */
  get comps(): number | undefined {
    return this.$u32(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): IrqModerationValues {
    return decodeValues(schema, "irq-moderation", this, false) as IrqModerationValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "irq-moderation", this, true);
  }
}

/**
 * Writes the attributes of irq-moderation present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeIrqModeration(w: MessageWriter, v: IrqModerationValues): void {
  if (v.usec !== undefined) w.putU32(1, v.usec);
  if (v.pkts !== undefined) w.putU32(2, v.pkts);
  if (v.comps !== undefined) w.putU32(3, v.comps);
}

/** Attribute type numbers of profile. */
export const Profile = {
  irqModeration: 1,
} as const;

/** The attributes of profile as a plain object (requests, `toObject()`). */
export interface ProfileValues {
  /** irq-moderation: nest, multi-attr (type 1). */
  irqModeration?: (IrqModerationValues)[];
}

/**
 * The profile attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class ProfileView extends AttrView {
  #c1?: IrqModerationView;
  constructor() {
    super(1);
  }
  /** irq-moderation: nest, multi-attr (type 1). */
  get irqModeration(): IterableIterator<IrqModerationView> {
    return this.#each1();
  }
  *#each1(): Generator<IrqModerationView, void, undefined> {
    for (const at of this.$each(1)) yield this.$nestAt(at, this.#c1 ??= new IrqModerationView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): ProfileValues {
    return decodeValues(schema, "profile", this, false) as ProfileValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "profile", this, true);
  }
}

/**
 * Writes the attributes of profile present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeProfile(w: MessageWriter, v: ProfileValues): void {
  if (v.irqModeration !== undefined) {
    for (const x of v.irqModeration) {
      const n = w.nestStart(1);
      writeIrqModeration(w, x);
      w.nestEnd(n);
    }
  }
}

/** Attribute type numbers of coalesce. */
export const Coalesce = {
  header: 1,
  rxUsecs: 2,
  rxMaxFrames: 3,
  rxUsecsIrq: 4,
  rxMaxFramesIrq: 5,
  txUsecs: 6,
  txMaxFrames: 7,
  txUsecsIrq: 8,
  txMaxFramesIrq: 9,
  statsBlockUsecs: 10,
  useAdaptiveRx: 11,
  useAdaptiveTx: 12,
  pktRateLow: 13,
  rxUsecsLow: 14,
  rxMaxFramesLow: 15,
  txUsecsLow: 16,
  txMaxFramesLow: 17,
  pktRateHigh: 18,
  rxUsecsHigh: 19,
  rxMaxFramesHigh: 20,
  txUsecsHigh: 21,
  txMaxFramesHigh: 22,
  rateSampleInterval: 23,
  useCqeModeTx: 24,
  useCqeModeRx: 25,
  txAggrMaxBytes: 26,
  txAggrMaxFrames: 27,
  txAggrTimeUsecs: 28,
  rxProfile: 29,
  txProfile: 30,
} as const;

/** The attributes of coalesce as a plain object (requests, `toObject()`). */
export interface CoalesceValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** rx-usecs: u32 (type 2). */
  rxUsecs?: number;
  /** rx-max-frames: u32 (type 3). */
  rxMaxFrames?: number;
  /** rx-usecs-irq: u32 (type 4). */
  rxUsecsIrq?: number;
  /** rx-max-frames-irq: u32 (type 5). */
  rxMaxFramesIrq?: number;
  /** tx-usecs: u32 (type 6). */
  txUsecs?: number;
  /** tx-max-frames: u32 (type 7). */
  txMaxFrames?: number;
  /** tx-usecs-irq: u32 (type 8). */
  txUsecsIrq?: number;
  /** tx-max-frames-irq: u32 (type 9). */
  txMaxFramesIrq?: number;
  /** stats-block-usecs: u32 (type 10). */
  statsBlockUsecs?: number;
  /** use-adaptive-rx: u8 (type 11). */
  useAdaptiveRx?: number;
  /** use-adaptive-tx: u8 (type 12). */
  useAdaptiveTx?: number;
  /** pkt-rate-low: u32 (type 13). */
  pktRateLow?: number;
  /** rx-usecs-low: u32 (type 14). */
  rxUsecsLow?: number;
  /** rx-max-frames-low: u32 (type 15). */
  rxMaxFramesLow?: number;
  /** tx-usecs-low: u32 (type 16). */
  txUsecsLow?: number;
  /** tx-max-frames-low: u32 (type 17). */
  txMaxFramesLow?: number;
  /** pkt-rate-high: u32 (type 18). */
  pktRateHigh?: number;
  /** rx-usecs-high: u32 (type 19). */
  rxUsecsHigh?: number;
  /** rx-max-frames-high: u32 (type 20). */
  rxMaxFramesHigh?: number;
  /** tx-usecs-high: u32 (type 21). */
  txUsecsHigh?: number;
  /** tx-max-frames-high: u32 (type 22). */
  txMaxFramesHigh?: number;
  /** rate-sample-interval: u32 (type 23). */
  rateSampleInterval?: number;
  /** use-cqe-mode-tx: u8 (type 24). */
  useCqeModeTx?: number;
  /** use-cqe-mode-rx: u8 (type 25). */
  useCqeModeRx?: number;
  /** tx-aggr-max-bytes: u32 (type 26). */
  txAggrMaxBytes?: number;
  /** tx-aggr-max-frames: u32 (type 27). */
  txAggrMaxFrames?: number;
  /** tx-aggr-time-usecs: u32 (type 28). */
  txAggrTimeUsecs?: number;
  /** rx-profile: nest (type 29). */
  rxProfile?: ProfileValues;
  /** tx-profile: nest (type 30). */
  txProfile?: ProfileValues;
}

/**
 * The coalesce attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CoalesceView extends AttrView {
  #c1?: HeaderView;
  #c29?: ProfileView;
  #c30?: ProfileView;
  constructor() {
    super(30);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** rx-usecs: u32 (type 2). */
  get rxUsecs(): number | undefined {
    return this.$u32(2);
  }
  /** rx-max-frames: u32 (type 3). */
  get rxMaxFrames(): number | undefined {
    return this.$u32(3);
  }
  /** rx-usecs-irq: u32 (type 4). */
  get rxUsecsIrq(): number | undefined {
    return this.$u32(4);
  }
  /** rx-max-frames-irq: u32 (type 5). */
  get rxMaxFramesIrq(): number | undefined {
    return this.$u32(5);
  }
  /** tx-usecs: u32 (type 6). */
  get txUsecs(): number | undefined {
    return this.$u32(6);
  }
  /** tx-max-frames: u32 (type 7). */
  get txMaxFrames(): number | undefined {
    return this.$u32(7);
  }
  /** tx-usecs-irq: u32 (type 8). */
  get txUsecsIrq(): number | undefined {
    return this.$u32(8);
  }
  /** tx-max-frames-irq: u32 (type 9). */
  get txMaxFramesIrq(): number | undefined {
    return this.$u32(9);
  }
  /** stats-block-usecs: u32 (type 10). */
  get statsBlockUsecs(): number | undefined {
    return this.$u32(10);
  }
  /** use-adaptive-rx: u8 (type 11). */
  get useAdaptiveRx(): number | undefined {
    return this.$u8(11);
  }
  /** use-adaptive-tx: u8 (type 12). */
  get useAdaptiveTx(): number | undefined {
    return this.$u8(12);
  }
  /** pkt-rate-low: u32 (type 13). */
  get pktRateLow(): number | undefined {
    return this.$u32(13);
  }
  /** rx-usecs-low: u32 (type 14). */
  get rxUsecsLow(): number | undefined {
    return this.$u32(14);
  }
  /** rx-max-frames-low: u32 (type 15). */
  get rxMaxFramesLow(): number | undefined {
    return this.$u32(15);
  }
  /** tx-usecs-low: u32 (type 16). */
  get txUsecsLow(): number | undefined {
    return this.$u32(16);
  }
  /** tx-max-frames-low: u32 (type 17). */
  get txMaxFramesLow(): number | undefined {
    return this.$u32(17);
  }
  /** pkt-rate-high: u32 (type 18). */
  get pktRateHigh(): number | undefined {
    return this.$u32(18);
  }
  /** rx-usecs-high: u32 (type 19). */
  get rxUsecsHigh(): number | undefined {
    return this.$u32(19);
  }
  /** rx-max-frames-high: u32 (type 20). */
  get rxMaxFramesHigh(): number | undefined {
    return this.$u32(20);
  }
  /** tx-usecs-high: u32 (type 21). */
  get txUsecsHigh(): number | undefined {
    return this.$u32(21);
  }
  /** tx-max-frames-high: u32 (type 22). */
  get txMaxFramesHigh(): number | undefined {
    return this.$u32(22);
  }
  /** rate-sample-interval: u32 (type 23). */
  get rateSampleInterval(): number | undefined {
    return this.$u32(23);
  }
  /** use-cqe-mode-tx: u8 (type 24). */
  get useCqeModeTx(): number | undefined {
    return this.$u8(24);
  }
  /** use-cqe-mode-rx: u8 (type 25). */
  get useCqeModeRx(): number | undefined {
    return this.$u8(25);
  }
  /** tx-aggr-max-bytes: u32 (type 26). */
  get txAggrMaxBytes(): number | undefined {
    return this.$u32(26);
  }
  /** tx-aggr-max-frames: u32 (type 27). */
  get txAggrMaxFrames(): number | undefined {
    return this.$u32(27);
  }
  /** tx-aggr-time-usecs: u32 (type 28). */
  get txAggrTimeUsecs(): number | undefined {
    return this.$u32(28);
  }
  /** rx-profile: nest (type 29). */
  get rxProfile(): ProfileView | undefined {
    return this.$nest(29, this.#c29 ??= new ProfileView());
  }
  /** tx-profile: nest (type 30). */
  get txProfile(): ProfileView | undefined {
    return this.$nest(30, this.#c30 ??= new ProfileView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CoalesceValues {
    return decodeValues(schema, "coalesce", this, false) as CoalesceValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "coalesce", this, true);
  }
}

/**
 * Writes the attributes of coalesce present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCoalesce(w: MessageWriter, v: CoalesceValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.rxUsecs !== undefined) w.putU32(2, v.rxUsecs);
  if (v.rxMaxFrames !== undefined) w.putU32(3, v.rxMaxFrames);
  if (v.rxUsecsIrq !== undefined) w.putU32(4, v.rxUsecsIrq);
  if (v.rxMaxFramesIrq !== undefined) w.putU32(5, v.rxMaxFramesIrq);
  if (v.txUsecs !== undefined) w.putU32(6, v.txUsecs);
  if (v.txMaxFrames !== undefined) w.putU32(7, v.txMaxFrames);
  if (v.txUsecsIrq !== undefined) w.putU32(8, v.txUsecsIrq);
  if (v.txMaxFramesIrq !== undefined) w.putU32(9, v.txMaxFramesIrq);
  if (v.statsBlockUsecs !== undefined) w.putU32(10, v.statsBlockUsecs);
  if (v.useAdaptiveRx !== undefined) w.putU8(11, v.useAdaptiveRx);
  if (v.useAdaptiveTx !== undefined) w.putU8(12, v.useAdaptiveTx);
  if (v.pktRateLow !== undefined) w.putU32(13, v.pktRateLow);
  if (v.rxUsecsLow !== undefined) w.putU32(14, v.rxUsecsLow);
  if (v.rxMaxFramesLow !== undefined) w.putU32(15, v.rxMaxFramesLow);
  if (v.txUsecsLow !== undefined) w.putU32(16, v.txUsecsLow);
  if (v.txMaxFramesLow !== undefined) w.putU32(17, v.txMaxFramesLow);
  if (v.pktRateHigh !== undefined) w.putU32(18, v.pktRateHigh);
  if (v.rxUsecsHigh !== undefined) w.putU32(19, v.rxUsecsHigh);
  if (v.rxMaxFramesHigh !== undefined) w.putU32(20, v.rxMaxFramesHigh);
  if (v.txUsecsHigh !== undefined) w.putU32(21, v.txUsecsHigh);
  if (v.txMaxFramesHigh !== undefined) w.putU32(22, v.txMaxFramesHigh);
  if (v.rateSampleInterval !== undefined) w.putU32(23, v.rateSampleInterval);
  if (v.useCqeModeTx !== undefined) w.putU8(24, v.useCqeModeTx);
  if (v.useCqeModeRx !== undefined) w.putU8(25, v.useCqeModeRx);
  if (v.txAggrMaxBytes !== undefined) w.putU32(26, v.txAggrMaxBytes);
  if (v.txAggrMaxFrames !== undefined) w.putU32(27, v.txAggrMaxFrames);
  if (v.txAggrTimeUsecs !== undefined) w.putU32(28, v.txAggrTimeUsecs);
  if (v.rxProfile !== undefined) {
    const n = w.nestStart(29);
    writeProfile(w, v.rxProfile);
    w.nestEnd(n);
  }
  if (v.txProfile !== undefined) {
    const n = w.nestStart(30);
    writeProfile(w, v.txProfile);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of pause-stat. */
export const PauseStat = {
  pad: 1,
  txFrames: 2,
  rxFrames: 3,
} as const;

/** The attributes of pause-stat as a plain object (requests, `toObject()`). */
export interface PauseStatValues {
  /** tx-frames: u64 (type 2). */
  txFrames?: bigint | number;
  /** rx-frames: u64 (type 3). */
  rxFrames?: bigint | number;
}

/**
 * The pause-stat attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PauseStatView extends AttrView {
  constructor() {
    super(3);
  }
  /** tx-frames: u64 (type 2). */
  get txFrames(): bigint | undefined {
    return this.$u64(2);
  }
  /** rx-frames: u64 (type 3). */
  get rxFrames(): bigint | undefined {
    return this.$u64(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PauseStatValues {
    return decodeValues(schema, "pause-stat", this, false) as PauseStatValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "pause-stat", this, true);
  }
}

/**
 * Writes the attributes of pause-stat present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePauseStat(w: MessageWriter, v: PauseStatValues): void {
  if (v.txFrames !== undefined) w.putU64(2, BigInt(v.txFrames));
  if (v.rxFrames !== undefined) w.putU64(3, BigInt(v.rxFrames));
}

/** Attribute type numbers of pause. */
export const Pause = {
  header: 1,
  autoneg: 2,
  rx: 3,
  tx: 4,
  stats: 5,
  statsSrc: 6,
} as const;

/** The attributes of pause as a plain object (requests, `toObject()`). */
export interface PauseValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** autoneg: u8 (type 2). */
  autoneg?: number;
  /** rx: u8 (type 3). */
  rx?: number;
  /** tx: u8 (type 4). */
  tx?: number;
  /** stats: nest (type 5). */
  stats?: PauseStatValues;
  /** stats-src: u32 (type 6). */
  statsSrc?: number;
}

/**
 * The pause attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PauseView extends AttrView {
  #c1?: HeaderView;
  #c5?: PauseStatView;
  constructor() {
    super(6);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** autoneg: u8 (type 2). */
  get autoneg(): number | undefined {
    return this.$u8(2);
  }
  /** rx: u8 (type 3). */
  get rx(): number | undefined {
    return this.$u8(3);
  }
  /** tx: u8 (type 4). */
  get tx(): number | undefined {
    return this.$u8(4);
  }
  /** stats: nest (type 5). */
  get stats(): PauseStatView | undefined {
    return this.$nest(5, this.#c5 ??= new PauseStatView());
  }
  /** stats-src: u32 (type 6). */
  get statsSrc(): number | undefined {
    return this.$u32(6);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PauseValues {
    return decodeValues(schema, "pause", this, false) as PauseValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "pause", this, true);
  }
}

/**
 * Writes the attributes of pause present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePause(w: MessageWriter, v: PauseValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.autoneg !== undefined) w.putU8(2, v.autoneg);
  if (v.rx !== undefined) w.putU8(3, v.rx);
  if (v.tx !== undefined) w.putU8(4, v.tx);
  if (v.stats !== undefined) {
    const n = w.nestStart(5);
    writePauseStat(w, v.stats);
    w.nestEnd(n);
  }
  if (v.statsSrc !== undefined) w.putU32(6, v.statsSrc);
}

/** Attribute type numbers of eee. */
export const Eee = {
  header: 1,
  modesOurs: 2,
  modesPeer: 3,
  active: 4,
  enabled: 5,
  txLpiEnabled: 6,
  txLpiTimer: 7,
} as const;

/** The attributes of eee as a plain object (requests, `toObject()`). */
export interface EeeValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** modes-ours: nest (type 2). */
  modesOurs?: BitsetValues;
  /** modes-peer: nest (type 3). */
  modesPeer?: BitsetValues;
  /** active: u8 (type 4). */
  active?: number;
  /** enabled: u8 (type 5). */
  enabled?: number;
  /** tx-lpi-enabled: u8 (type 6). */
  txLpiEnabled?: number;
  /** tx-lpi-timer: u32 (type 7). */
  txLpiTimer?: number;
}

/**
 * The eee attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class EeeView extends AttrView {
  #c1?: HeaderView;
  #c2?: BitsetView;
  #c3?: BitsetView;
  constructor() {
    super(7);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** modes-ours: nest (type 2). */
  get modesOurs(): BitsetView | undefined {
    return this.$nest(2, this.#c2 ??= new BitsetView());
  }
  /** modes-peer: nest (type 3). */
  get modesPeer(): BitsetView | undefined {
    return this.$nest(3, this.#c3 ??= new BitsetView());
  }
  /** active: u8 (type 4). */
  get active(): number | undefined {
    return this.$u8(4);
  }
  /** enabled: u8 (type 5). */
  get enabled(): number | undefined {
    return this.$u8(5);
  }
  /** tx-lpi-enabled: u8 (type 6). */
  get txLpiEnabled(): number | undefined {
    return this.$u8(6);
  }
  /** tx-lpi-timer: u32 (type 7). */
  get txLpiTimer(): number | undefined {
    return this.$u32(7);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): EeeValues {
    return decodeValues(schema, "eee", this, false) as EeeValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "eee", this, true);
  }
}

/**
 * Writes the attributes of eee present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeEee(w: MessageWriter, v: EeeValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.modesOurs !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.modesOurs);
    w.nestEnd(n);
  }
  if (v.modesPeer !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.modesPeer);
    w.nestEnd(n);
  }
  if (v.active !== undefined) w.putU8(4, v.active);
  if (v.enabled !== undefined) w.putU8(5, v.enabled);
  if (v.txLpiEnabled !== undefined) w.putU8(6, v.txLpiEnabled);
  if (v.txLpiTimer !== undefined) w.putU32(7, v.txLpiTimer);
}

/** Attribute type numbers of ts-stat. */
export const TsStat = {
  txPkts: 1,
  txLost: 2,
  txErr: 3,
} as const;

/** The attributes of ts-stat as a plain object (requests, `toObject()`). */
export interface TsStatValues {
  /** tx-pkts: uint (type 1). */
  txPkts?: bigint | number;
  /** tx-lost: uint (type 2). */
  txLost?: bigint | number;
  /** tx-err: uint (type 3). */
  txErr?: bigint | number;
}

/**
 * The ts-stat attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class TsStatView extends AttrView {
  constructor() {
    super(3);
  }
  /** tx-pkts: uint (type 1). */
  get txPkts(): bigint | undefined {
    return this.$auto(1, false);
  }
  /** tx-lost: uint (type 2). */
  get txLost(): bigint | undefined {
    return this.$auto(2, false);
  }
  /** tx-err: uint (type 3). */
  get txErr(): bigint | undefined {
    return this.$auto(3, false);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): TsStatValues {
    return decodeValues(schema, "ts-stat", this, false) as TsStatValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "ts-stat", this, true);
  }
}

/**
 * Writes the attributes of ts-stat present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeTsStat(w: MessageWriter, v: TsStatValues): void {
  if (v.txPkts !== undefined) putUint(w, 1, v.txPkts);
  if (v.txLost !== undefined) putUint(w, 2, v.txLost);
  if (v.txErr !== undefined) putUint(w, 3, v.txErr);
}

/** Attribute type numbers of tsinfo. */
export const Tsinfo = {
  header: 1,
  timestamping: 2,
  txTypes: 3,
  rxFilters: 4,
  phcIndex: 5,
  stats: 6,
} as const;

/** The attributes of tsinfo as a plain object (requests, `toObject()`). */
export interface TsinfoValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** timestamping: nest (type 2). */
  timestamping?: BitsetValues;
  /** tx-types: nest (type 3). */
  txTypes?: BitsetValues;
  /** rx-filters: nest (type 4). */
  rxFilters?: BitsetValues;
  /** phc-index: u32 (type 5). */
  phcIndex?: number;
  /** stats: nest (type 6). */
  stats?: TsStatValues;
}

/**
 * The tsinfo attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class TsinfoView extends AttrView {
  #c1?: HeaderView;
  #c2?: BitsetView;
  #c3?: BitsetView;
  #c4?: BitsetView;
  #c6?: TsStatView;
  constructor() {
    super(6);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** timestamping: nest (type 2). */
  get timestamping(): BitsetView | undefined {
    return this.$nest(2, this.#c2 ??= new BitsetView());
  }
  /** tx-types: nest (type 3). */
  get txTypes(): BitsetView | undefined {
    return this.$nest(3, this.#c3 ??= new BitsetView());
  }
  /** rx-filters: nest (type 4). */
  get rxFilters(): BitsetView | undefined {
    return this.$nest(4, this.#c4 ??= new BitsetView());
  }
  /** phc-index: u32 (type 5). */
  get phcIndex(): number | undefined {
    return this.$u32(5);
  }
  /** stats: nest (type 6). */
  get stats(): TsStatView | undefined {
    return this.$nest(6, this.#c6 ??= new TsStatView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): TsinfoValues {
    return decodeValues(schema, "tsinfo", this, false) as TsinfoValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "tsinfo", this, true);
  }
}

/**
 * Writes the attributes of tsinfo present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeTsinfo(w: MessageWriter, v: TsinfoValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.timestamping !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.timestamping);
    w.nestEnd(n);
  }
  if (v.txTypes !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.txTypes);
    w.nestEnd(n);
  }
  if (v.rxFilters !== undefined) {
    const n = w.nestStart(4);
    writeBitset(w, v.rxFilters);
    w.nestEnd(n);
  }
  if (v.phcIndex !== undefined) w.putU32(5, v.phcIndex);
  if (v.stats !== undefined) {
    const n = w.nestStart(6);
    writeTsStat(w, v.stats);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of cable-result. */
export const CableResult = {
  pair: 1,
  code: 2,
  src: 3,
} as const;

/** The attributes of cable-result as a plain object (requests, `toObject()`). */
export interface CableResultValues {
  /** pair: u8 (type 1). */
  pair?: number;
  /** code: u8 (type 2). */
  code?: number;
  /** src: u32 (type 3). */
  src?: number;
}

/**
 * The cable-result attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CableResultView extends AttrView {
  constructor() {
    super(3);
  }
  /** pair: u8 (type 1). */
  get pair(): number | undefined {
    return this.$u8(1);
  }
  /** code: u8 (type 2). */
  get code(): number | undefined {
    return this.$u8(2);
  }
  /** src: u32 (type 3). */
  get src(): number | undefined {
    return this.$u32(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CableResultValues {
    return decodeValues(schema, "cable-result", this, false) as CableResultValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "cable-result", this, true);
  }
}

/**
 * Writes the attributes of cable-result present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCableResult(w: MessageWriter, v: CableResultValues): void {
  if (v.pair !== undefined) w.putU8(1, v.pair);
  if (v.code !== undefined) w.putU8(2, v.code);
  if (v.src !== undefined) w.putU32(3, v.src);
}

/** Attribute type numbers of cable-fault-length. */
export const CableFaultLength = {
  pair: 1,
  cm: 2,
  src: 3,
} as const;

/** The attributes of cable-fault-length as a plain object (requests, `toObject()`). */
export interface CableFaultLengthValues {
  /** pair: u8 (type 1). */
  pair?: number;
  /** cm: u32 (type 2). */
  cm?: number;
  /** src: u32 (type 3). */
  src?: number;
}

/**
 * The cable-fault-length attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CableFaultLengthView extends AttrView {
  constructor() {
    super(3);
  }
  /** pair: u8 (type 1). */
  get pair(): number | undefined {
    return this.$u8(1);
  }
  /** cm: u32 (type 2). */
  get cm(): number | undefined {
    return this.$u32(2);
  }
  /** src: u32 (type 3). */
  get src(): number | undefined {
    return this.$u32(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CableFaultLengthValues {
    return decodeValues(schema, "cable-fault-length", this, false) as CableFaultLengthValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "cable-fault-length", this, true);
  }
}

/**
 * Writes the attributes of cable-fault-length present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCableFaultLength(w: MessageWriter, v: CableFaultLengthValues): void {
  if (v.pair !== undefined) w.putU8(1, v.pair);
  if (v.cm !== undefined) w.putU32(2, v.cm);
  if (v.src !== undefined) w.putU32(3, v.src);
}

/** Attribute type numbers of cable-nest. */
export const CableNest = {
  result: 1,
  faultLength: 2,
} as const;

/** The attributes of cable-nest as a plain object (requests, `toObject()`). */
export interface CableNestValues {
  /** result: nest (type 1). */
  result?: CableResultValues;
  /** fault-length: nest (type 2). */
  faultLength?: CableFaultLengthValues;
}

/**
 * The cable-nest attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CableNestView extends AttrView {
  #c1?: CableResultView;
  #c2?: CableFaultLengthView;
  constructor() {
    super(2);
  }
  /** result: nest (type 1). */
  get result(): CableResultView | undefined {
    return this.$nest(1, this.#c1 ??= new CableResultView());
  }
  /** fault-length: nest (type 2). */
  get faultLength(): CableFaultLengthView | undefined {
    return this.$nest(2, this.#c2 ??= new CableFaultLengthView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CableNestValues {
    return decodeValues(schema, "cable-nest", this, false) as CableNestValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "cable-nest", this, true);
  }
}

/**
 * Writes the attributes of cable-nest present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCableNest(w: MessageWriter, v: CableNestValues): void {
  if (v.result !== undefined) {
    const n = w.nestStart(1);
    writeCableResult(w, v.result);
    w.nestEnd(n);
  }
  if (v.faultLength !== undefined) {
    const n = w.nestStart(2);
    writeCableFaultLength(w, v.faultLength);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of cable-test. */
export const CableTest = {
  header: 1,
} as const;

/** The attributes of cable-test as a plain object (requests, `toObject()`). */
export interface CableTestValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
}

/**
 * The cable-test attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CableTestView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(1);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CableTestValues {
    return decodeValues(schema, "cable-test", this, false) as CableTestValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "cable-test", this, true);
  }
}

/**
 * Writes the attributes of cable-test present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCableTest(w: MessageWriter, v: CableTestValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of cable-test-ntf. */
export const CableTestNtf = {
  header: 1,
  status: 2,
  nest: 3,
} as const;

/** The attributes of cable-test-ntf as a plain object (requests, `toObject()`). */
export interface CableTestNtfValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** status: u8 (type 2). */
  status?: number;
  /** nest: nest (type 3). */
  nest?: CableNestValues;
}

/**
 * The cable-test-ntf attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CableTestNtfView extends AttrView {
  #c1?: HeaderView;
  #c3?: CableNestView;
  constructor() {
    super(3);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** status: u8 (type 2). */
  get status(): number | undefined {
    return this.$u8(2);
  }
  /** nest: nest (type 3). */
  get nest(): CableNestView | undefined {
    return this.$nest(3, this.#c3 ??= new CableNestView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CableTestNtfValues {
    return decodeValues(schema, "cable-test-ntf", this, false) as CableTestNtfValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "cable-test-ntf", this, true);
  }
}

/**
 * Writes the attributes of cable-test-ntf present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCableTestNtf(w: MessageWriter, v: CableTestNtfValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.status !== undefined) w.putU8(2, v.status);
  if (v.nest !== undefined) {
    const n = w.nestStart(3);
    writeCableNest(w, v.nest);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of cable-test-tdr-cfg. */
export const CableTestTdrCfg = {
  first: 1,
  last: 2,
  step: 3,
  pair: 4,
} as const;

/** The attributes of cable-test-tdr-cfg as a plain object (requests, `toObject()`). */
export interface CableTestTdrCfgValues {
  /** first: u32 (type 1). */
  first?: number;
  /** last: u32 (type 2). */
  last?: number;
  /** step: u32 (type 3). */
  step?: number;
  /** pair: u8 (type 4). */
  pair?: number;
}

/**
 * The cable-test-tdr-cfg attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CableTestTdrCfgView extends AttrView {
  constructor() {
    super(4);
  }
  /** first: u32 (type 1). */
  get first(): number | undefined {
    return this.$u32(1);
  }
  /** last: u32 (type 2). */
  get last(): number | undefined {
    return this.$u32(2);
  }
  /** step: u32 (type 3). */
  get step(): number | undefined {
    return this.$u32(3);
  }
  /** pair: u8 (type 4). */
  get pair(): number | undefined {
    return this.$u8(4);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CableTestTdrCfgValues {
    return decodeValues(schema, "cable-test-tdr-cfg", this, false) as CableTestTdrCfgValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "cable-test-tdr-cfg", this, true);
  }
}

/**
 * Writes the attributes of cable-test-tdr-cfg present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCableTestTdrCfg(w: MessageWriter, v: CableTestTdrCfgValues): void {
  if (v.first !== undefined) w.putU32(1, v.first);
  if (v.last !== undefined) w.putU32(2, v.last);
  if (v.step !== undefined) w.putU32(3, v.step);
  if (v.pair !== undefined) w.putU8(4, v.pair);
}

/** Attribute type numbers of cable-test-tdr-ntf. */
export const CableTestTdrNtf = {
  header: 1,
  status: 2,
  nest: 3,
} as const;

/** The attributes of cable-test-tdr-ntf as a plain object (requests, `toObject()`). */
export interface CableTestTdrNtfValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** status: u8 (type 2). */
  status?: number;
  /** nest: nest (type 3). */
  nest?: CableNestValues;
}

/**
 * The cable-test-tdr-ntf attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CableTestTdrNtfView extends AttrView {
  #c1?: HeaderView;
  #c3?: CableNestView;
  constructor() {
    super(3);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** status: u8 (type 2). */
  get status(): number | undefined {
    return this.$u8(2);
  }
  /** nest: nest (type 3). */
  get nest(): CableNestView | undefined {
    return this.$nest(3, this.#c3 ??= new CableNestView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CableTestTdrNtfValues {
    return decodeValues(schema, "cable-test-tdr-ntf", this, false) as CableTestTdrNtfValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "cable-test-tdr-ntf", this, true);
  }
}

/**
 * Writes the attributes of cable-test-tdr-ntf present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCableTestTdrNtf(w: MessageWriter, v: CableTestTdrNtfValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.status !== undefined) w.putU8(2, v.status);
  if (v.nest !== undefined) {
    const n = w.nestStart(3);
    writeCableNest(w, v.nest);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of cable-test-tdr. */
export const CableTestTdr = {
  header: 1,
  cfg: 2,
} as const;

/** The attributes of cable-test-tdr as a plain object (requests, `toObject()`). */
export interface CableTestTdrValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** cfg: nest (type 2). */
  cfg?: CableTestTdrCfgValues;
}

/**
 * The cable-test-tdr attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CableTestTdrView extends AttrView {
  #c1?: HeaderView;
  #c2?: CableTestTdrCfgView;
  constructor() {
    super(2);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** cfg: nest (type 2). */
  get cfg(): CableTestTdrCfgView | undefined {
    return this.$nest(2, this.#c2 ??= new CableTestTdrCfgView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CableTestTdrValues {
    return decodeValues(schema, "cable-test-tdr", this, false) as CableTestTdrValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "cable-test-tdr", this, true);
  }
}

/**
 * Writes the attributes of cable-test-tdr present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCableTestTdr(w: MessageWriter, v: CableTestTdrValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.cfg !== undefined) {
    const n = w.nestStart(2);
    writeCableTestTdrCfg(w, v.cfg);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of tunnel-udp-entry. */
export const TunnelUdpEntry = {
  port: 1,
  type: 2,
} as const;

/** The attributes of tunnel-udp-entry as a plain object (requests, `toObject()`). */
export interface TunnelUdpEntryValues {
  /** port: u16; big-endian (type 1). */
  port?: number;
  /** type: u32; enum udp-tunnel-type (type 2). */
  type?: number;
}

/**
 * The tunnel-udp-entry attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class TunnelUdpEntryView extends AttrView {
  constructor() {
    super(2);
  }
  /** port: u16; big-endian (type 1). */
  get port(): number | undefined {
    return this.$u16(1, true);
  }
  /** type: u32; enum udp-tunnel-type (type 2). */
  get type(): number | undefined {
    return this.$u32(2);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): TunnelUdpEntryValues {
    return decodeValues(schema, "tunnel-udp-entry", this, false) as TunnelUdpEntryValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "tunnel-udp-entry", this, true);
  }
}

/**
 * Writes the attributes of tunnel-udp-entry present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeTunnelUdpEntry(w: MessageWriter, v: TunnelUdpEntryValues): void {
  if (v.port !== undefined) w.putU16BE(1, v.port);
  if (v.type !== undefined) w.putU32(2, v.type);
}

/** Attribute type numbers of tunnel-udp-table. */
export const TunnelUdpTable = {
  sizeAttr: 1,
  types: 2,
  entry: 3,
} as const;

/** The attributes of tunnel-udp-table as a plain object (requests, `toObject()`). */
export interface TunnelUdpTableValues {
  /** size: u32 (type 1). */
  sizeAttr?: number;
  /** types: nest (type 2). */
  types?: BitsetValues;
  /** entry: nest, multi-attr (type 3). */
  entry?: (TunnelUdpEntryValues)[];
}

/**
 * The tunnel-udp-table attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class TunnelUdpTableView extends AttrView {
  #c2?: BitsetView;
  #c3?: TunnelUdpEntryView;
  constructor() {
    super(3);
  }
  /** size: u32 (type 1). */
  get sizeAttr(): number | undefined {
    return this.$u32(1);
  }
  /** types: nest (type 2). */
  get types(): BitsetView | undefined {
    return this.$nest(2, this.#c2 ??= new BitsetView());
  }
  /** entry: nest, multi-attr (type 3). */
  get entry(): IterableIterator<TunnelUdpEntryView> {
    return this.#each3();
  }
  *#each3(): Generator<TunnelUdpEntryView, void, undefined> {
    for (const at of this.$each(3)) yield this.$nestAt(at, this.#c3 ??= new TunnelUdpEntryView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): TunnelUdpTableValues {
    return decodeValues(schema, "tunnel-udp-table", this, false) as TunnelUdpTableValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "tunnel-udp-table", this, true);
  }
}

/**
 * Writes the attributes of tunnel-udp-table present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeTunnelUdpTable(w: MessageWriter, v: TunnelUdpTableValues): void {
  if (v.sizeAttr !== undefined) w.putU32(1, v.sizeAttr);
  if (v.types !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.types);
    w.nestEnd(n);
  }
  if (v.entry !== undefined) {
    for (const x of v.entry) {
      const n = w.nestStart(3);
      writeTunnelUdpEntry(w, x);
      w.nestEnd(n);
    }
  }
}

/** Attribute type numbers of tunnel-udp. */
export const TunnelUdp = {
  table: 1,
} as const;

/** The attributes of tunnel-udp as a plain object (requests, `toObject()`). */
export interface TunnelUdpValues {
  /** table: nest (type 1). */
  table?: TunnelUdpTableValues;
}

/**
 * The tunnel-udp attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class TunnelUdpView extends AttrView {
  #c1?: TunnelUdpTableView;
  constructor() {
    super(1);
  }
  /** table: nest (type 1). */
  get table(): TunnelUdpTableView | undefined {
    return this.$nest(1, this.#c1 ??= new TunnelUdpTableView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): TunnelUdpValues {
    return decodeValues(schema, "tunnel-udp", this, false) as TunnelUdpValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "tunnel-udp", this, true);
  }
}

/**
 * Writes the attributes of tunnel-udp present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeTunnelUdp(w: MessageWriter, v: TunnelUdpValues): void {
  if (v.table !== undefined) {
    const n = w.nestStart(1);
    writeTunnelUdpTable(w, v.table);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of tunnel-info. */
export const TunnelInfo = {
  header: 1,
  udpPorts: 2,
} as const;

/** The attributes of tunnel-info as a plain object (requests, `toObject()`). */
export interface TunnelInfoValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** udp-ports: nest (type 2). */
  udpPorts?: TunnelUdpValues;
}

/**
 * The tunnel-info attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class TunnelInfoView extends AttrView {
  #c1?: HeaderView;
  #c2?: TunnelUdpView;
  constructor() {
    super(2);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** udp-ports: nest (type 2). */
  get udpPorts(): TunnelUdpView | undefined {
    return this.$nest(2, this.#c2 ??= new TunnelUdpView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): TunnelInfoValues {
    return decodeValues(schema, "tunnel-info", this, false) as TunnelInfoValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "tunnel-info", this, true);
  }
}

/**
 * Writes the attributes of tunnel-info present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeTunnelInfo(w: MessageWriter, v: TunnelInfoValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.udpPorts !== undefined) {
    const n = w.nestStart(2);
    writeTunnelUdp(w, v.udpPorts);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of fec-stat. */
export const FecStat = {
  pad: 1,
  corrected: 2,
  uncorr: 3,
  corrBits: 4,
} as const;

/** The attributes of fec-stat as a plain object (requests, `toObject()`). */
export interface FecStatValues {
  /** corrected: binary (type 2). */
  corrected?: Uint8Array;
  /** uncorr: binary (type 3). */
  uncorr?: Uint8Array;
  /** corr-bits: binary (type 4). */
  corrBits?: Uint8Array;
}

/**
 * The fec-stat attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class FecStatView extends AttrView {
  constructor() {
    super(4);
  }
  /** corrected: binary (type 2). */
  get corrected(): Uint8Array | undefined {
    return this.$bin(2);
  }
  /** uncorr: binary (type 3). */
  get uncorr(): Uint8Array | undefined {
    return this.$bin(3);
  }
  /** corr-bits: binary (type 4). */
  get corrBits(): Uint8Array | undefined {
    return this.$bin(4);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): FecStatValues {
    return decodeValues(schema, "fec-stat", this, false) as FecStatValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "fec-stat", this, true);
  }
}

/**
 * Writes the attributes of fec-stat present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeFecStat(w: MessageWriter, v: FecStatValues): void {
  if (v.corrected !== undefined) w.putBytes(2, v.corrected);
  if (v.uncorr !== undefined) w.putBytes(3, v.uncorr);
  if (v.corrBits !== undefined) w.putBytes(4, v.corrBits);
}

/** Attribute type numbers of fec. */
export const Fec = {
  header: 1,
  modes: 2,
  auto: 3,
  active: 4,
  stats: 5,
} as const;

/** The attributes of fec as a plain object (requests, `toObject()`). */
export interface FecValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** modes: nest (type 2). */
  modes?: BitsetValues;
  /** auto: u8 (type 3). */
  auto?: number;
  /** active: u32 (type 4). */
  active?: number;
  /** stats: nest (type 5). */
  stats?: FecStatValues;
}

/**
 * The fec attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class FecView extends AttrView {
  #c1?: HeaderView;
  #c2?: BitsetView;
  #c5?: FecStatView;
  constructor() {
    super(5);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** modes: nest (type 2). */
  get modes(): BitsetView | undefined {
    return this.$nest(2, this.#c2 ??= new BitsetView());
  }
  /** auto: u8 (type 3). */
  get auto(): number | undefined {
    return this.$u8(3);
  }
  /** active: u32 (type 4). */
  get active(): number | undefined {
    return this.$u32(4);
  }
  /** stats: nest (type 5). */
  get stats(): FecStatView | undefined {
    return this.$nest(5, this.#c5 ??= new FecStatView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): FecValues {
    return decodeValues(schema, "fec", this, false) as FecValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "fec", this, true);
  }
}

/**
 * Writes the attributes of fec present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeFec(w: MessageWriter, v: FecValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.modes !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.modes);
    w.nestEnd(n);
  }
  if (v.auto !== undefined) w.putU8(3, v.auto);
  if (v.active !== undefined) w.putU32(4, v.active);
  if (v.stats !== undefined) {
    const n = w.nestStart(5);
    writeFecStat(w, v.stats);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of module-eeprom. */
export const ModuleEeprom = {
  header: 1,
  offsetAttr: 2,
  length: 3,
  page: 4,
  bank: 5,
  i2cAddress: 6,
  data: 7,
} as const;

/** The attributes of module-eeprom as a plain object (requests, `toObject()`). */
export interface ModuleEepromValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** offset: u32 (type 2). */
  offsetAttr?: number;
  /** length: u32 (type 3). */
  length?: number;
  /** page: u8 (type 4). */
  page?: number;
  /** bank: u8 (type 5). */
  bank?: number;
  /** i2c-address: u8 (type 6). */
  i2cAddress?: number;
  /** data: binary (type 7). */
  data?: Uint8Array;
}

/**
 * The module-eeprom attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class ModuleEepromView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(7);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** offset: u32 (type 2). */
  get offsetAttr(): number | undefined {
    return this.$u32(2);
  }
  /** length: u32 (type 3). */
  get length(): number | undefined {
    return this.$u32(3);
  }
  /** page: u8 (type 4). */
  get page(): number | undefined {
    return this.$u8(4);
  }
  /** bank: u8 (type 5). */
  get bank(): number | undefined {
    return this.$u8(5);
  }
  /** i2c-address: u8 (type 6). */
  get i2cAddress(): number | undefined {
    return this.$u8(6);
  }
  /** data: binary (type 7). */
  get data(): Uint8Array | undefined {
    return this.$bin(7);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): ModuleEepromValues {
    return decodeValues(schema, "module-eeprom", this, false) as ModuleEepromValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "module-eeprom", this, true);
  }
}

/**
 * Writes the attributes of module-eeprom present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeModuleEeprom(w: MessageWriter, v: ModuleEepromValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.offsetAttr !== undefined) w.putU32(2, v.offsetAttr);
  if (v.length !== undefined) w.putU32(3, v.length);
  if (v.page !== undefined) w.putU8(4, v.page);
  if (v.bank !== undefined) w.putU8(5, v.bank);
  if (v.i2cAddress !== undefined) w.putU8(6, v.i2cAddress);
  if (v.data !== undefined) w.putBytes(7, v.data);
}

/** Attribute type numbers of stats-grp. */
export const StatsGrp = {
  pad: 1,
  id: 2,
  ssId: 3,
  stat: 4,
  histRx: 5,
  histTx: 6,
  histBktLow: 7,
  histBktHi: 8,
  histVal: 9,
} as const;

/** The attributes of stats-grp as a plain object (requests, `toObject()`). */
export interface StatsGrpValues {
  /** id: u32 (type 2). */
  id?: number;
  /** ss-id: u32 (type 3). */
  ssId?: number;
  /** stat: u64 (type 4). */
  stat?: bigint | number;
  /** hist-rx: nest (type 5). */
  histRx?: StatsGrpHistValues;
  /** hist-tx: nest (type 6). */
  histTx?: StatsGrpHistValues;
  /** hist-bkt-low: u32 (type 7). */
  histBktLow?: number;
  /** hist-bkt-hi: u32 (type 8). */
  histBktHi?: number;
  /** hist-val: u64 (type 9). */
  histVal?: bigint | number;
}

/**
 * The stats-grp attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class StatsGrpView extends AttrView {
  #c5?: StatsGrpHistView;
  #c6?: StatsGrpHistView;
  constructor() {
    super(9);
  }
  /** id: u32 (type 2). */
  get id(): number | undefined {
    return this.$u32(2);
  }
  /** ss-id: u32 (type 3). */
  get ssId(): number | undefined {
    return this.$u32(3);
  }
  /** stat: u64 (type 4). */
  get stat(): bigint | undefined {
    return this.$u64(4);
  }
  /** hist-rx: nest (type 5). */
  get histRx(): StatsGrpHistView | undefined {
    return this.$nest(5, this.#c5 ??= new StatsGrpHistView());
  }
  /** hist-tx: nest (type 6). */
  get histTx(): StatsGrpHistView | undefined {
    return this.$nest(6, this.#c6 ??= new StatsGrpHistView());
  }
  /** hist-bkt-low: u32 (type 7). */
  get histBktLow(): number | undefined {
    return this.$u32(7);
  }
  /** hist-bkt-hi: u32 (type 8). */
  get histBktHi(): number | undefined {
    return this.$u32(8);
  }
  /** hist-val: u64 (type 9). */
  get histVal(): bigint | undefined {
    return this.$u64(9);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): StatsGrpValues {
    return decodeValues(schema, "stats-grp", this, false) as StatsGrpValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "stats-grp", this, true);
  }
}

/**
 * Writes the attributes of stats-grp present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeStatsGrp(w: MessageWriter, v: StatsGrpValues): void {
  if (v.id !== undefined) w.putU32(2, v.id);
  if (v.ssId !== undefined) w.putU32(3, v.ssId);
  if (v.stat !== undefined) w.putU64(4, BigInt(v.stat));
  if (v.histRx !== undefined) {
    const n = w.nestStart(5);
    writeStatsGrpHist(w, v.histRx);
    w.nestEnd(n);
  }
  if (v.histTx !== undefined) {
    const n = w.nestStart(6);
    writeStatsGrpHist(w, v.histTx);
    w.nestEnd(n);
  }
  if (v.histBktLow !== undefined) w.putU32(7, v.histBktLow);
  if (v.histBktHi !== undefined) w.putU32(8, v.histBktHi);
  if (v.histVal !== undefined) w.putU64(9, BigInt(v.histVal));
}

/** Attribute type numbers of stats-grp-hist. */
export const StatsGrpHist = {
  histBktLow: 7,
  histBktHi: 8,
  histVal: 9,
} as const;

/** The attributes of stats-grp-hist as a plain object (requests, `toObject()`). */
export interface StatsGrpHistValues {
  /** hist-bkt-low: u32 (type 7). */
  histBktLow?: number;
  /** hist-bkt-hi: u32 (type 8). */
  histBktHi?: number;
  /** hist-val: u64 (type 9). */
  histVal?: bigint | number;
}

/**
 * The stats-grp-hist attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class StatsGrpHistView extends AttrView {
  constructor() {
    super(9);
  }
  /** hist-bkt-low: u32 (type 7). */
  get histBktLow(): number | undefined {
    return this.$u32(7);
  }
  /** hist-bkt-hi: u32 (type 8). */
  get histBktHi(): number | undefined {
    return this.$u32(8);
  }
  /** hist-val: u64 (type 9). */
  get histVal(): bigint | undefined {
    return this.$u64(9);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): StatsGrpHistValues {
    return decodeValues(schema, "stats-grp-hist", this, false) as StatsGrpHistValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "stats-grp-hist", this, true);
  }
}

/**
 * Writes the attributes of stats-grp-hist present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeStatsGrpHist(w: MessageWriter, v: StatsGrpHistValues): void {
  if (v.histBktLow !== undefined) w.putU32(7, v.histBktLow);
  if (v.histBktHi !== undefined) w.putU32(8, v.histBktHi);
  if (v.histVal !== undefined) w.putU64(9, BigInt(v.histVal));
}

/** Attribute type numbers of stats. */
export const Stats = {
  pad: 1,
  header: 2,
  groups: 3,
  grp: 4,
  src: 5,
} as const;

/** The attributes of stats as a plain object (requests, `toObject()`). */
export interface StatsValues {
  /** header: nest (type 2). */
  header?: HeaderValues;
  /** groups: nest (type 3). */
  groups?: BitsetValues;
  /** grp: nest (type 4). */
  grp?: StatsGrpValues;
  /** src: u32 (type 5). */
  src?: number;
}

/**
 * The stats attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class StatsView extends AttrView {
  #c2?: HeaderView;
  #c3?: BitsetView;
  #c4?: StatsGrpView;
  constructor() {
    super(5);
  }
  /** header: nest (type 2). */
  get header(): HeaderView | undefined {
    return this.$nest(2, this.#c2 ??= new HeaderView());
  }
  /** groups: nest (type 3). */
  get groups(): BitsetView | undefined {
    return this.$nest(3, this.#c3 ??= new BitsetView());
  }
  /** grp: nest (type 4). */
  get grp(): StatsGrpView | undefined {
    return this.$nest(4, this.#c4 ??= new StatsGrpView());
  }
  /** src: u32 (type 5). */
  get src(): number | undefined {
    return this.$u32(5);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): StatsValues {
    return decodeValues(schema, "stats", this, false) as StatsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "stats", this, true);
  }
}

/**
 * Writes the attributes of stats present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeStats(w: MessageWriter, v: StatsValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(2);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.groups !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.groups);
    w.nestEnd(n);
  }
  if (v.grp !== undefined) {
    const n = w.nestStart(4);
    writeStatsGrp(w, v.grp);
    w.nestEnd(n);
  }
  if (v.src !== undefined) w.putU32(5, v.src);
}

/** Attribute type numbers of phc-vclocks. */
export const PhcVclocks = {
  header: 1,
  num: 2,
  index: 3,
} as const;

/** The attributes of phc-vclocks as a plain object (requests, `toObject()`). */
export interface PhcVclocksValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** num: u32 (type 2). */
  num?: number;
  /** index: binary (type 3). */
  index?: Uint8Array;
}

/**
 * The phc-vclocks attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PhcVclocksView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(3);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** num: u32 (type 2). */
  get num(): number | undefined {
    return this.$u32(2);
  }
  /** index: binary (type 3). */
  get index(): Uint8Array | undefined {
    return this.$bin(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PhcVclocksValues {
    return decodeValues(schema, "phc-vclocks", this, false) as PhcVclocksValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "phc-vclocks", this, true);
  }
}

/**
 * Writes the attributes of phc-vclocks present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePhcVclocks(w: MessageWriter, v: PhcVclocksValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.num !== undefined) w.putU32(2, v.num);
  if (v.index !== undefined) w.putBytes(3, v.index);
}

/** Attribute type numbers of module. */
export const Module = {
  header: 1,
  powerModePolicy: 2,
  powerMode: 3,
} as const;

/** The attributes of module as a plain object (requests, `toObject()`). */
export interface ModuleValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** power-mode-policy: u8 (type 2). */
  powerModePolicy?: number;
  /** power-mode: u8 (type 3). */
  powerMode?: number;
}

/**
 * The module attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class ModuleView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(3);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** power-mode-policy: u8 (type 2). */
  get powerModePolicy(): number | undefined {
    return this.$u8(2);
  }
  /** power-mode: u8 (type 3). */
  get powerMode(): number | undefined {
    return this.$u8(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): ModuleValues {
    return decodeValues(schema, "module", this, false) as ModuleValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "module", this, true);
  }
}

/**
 * Writes the attributes of module present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeModule(w: MessageWriter, v: ModuleValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.powerModePolicy !== undefined) w.putU8(2, v.powerModePolicy);
  if (v.powerMode !== undefined) w.putU8(3, v.powerMode);
}

/** Attribute type numbers of c33-pse-pw-limit. */
export const C33PsePwLimit = {
  min: 1,
  max: 2,
} as const;

/** The attributes of c33-pse-pw-limit as a plain object (requests, `toObject()`). */
export interface C33PsePwLimitValues {
  /** min: u32 (type 1). */
  min?: number;
  /** max: u32 (type 2). */
  max?: number;
}

/**
 * The c33-pse-pw-limit attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class C33PsePwLimitView extends AttrView {
  constructor() {
    super(2);
  }
  /** min: u32 (type 1). */
  get min(): number | undefined {
    return this.$u32(1);
  }
  /** max: u32 (type 2). */
  get max(): number | undefined {
    return this.$u32(2);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): C33PsePwLimitValues {
    return decodeValues(schema, "c33-pse-pw-limit", this, false) as C33PsePwLimitValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "c33-pse-pw-limit", this, true);
  }
}

/**
 * Writes the attributes of c33-pse-pw-limit present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeC33PsePwLimit(w: MessageWriter, v: C33PsePwLimitValues): void {
  if (v.min !== undefined) w.putU32(1, v.min);
  if (v.max !== undefined) w.putU32(2, v.max);
}

/** Attribute type numbers of pse. */
export const Pse = {
  header: 1,
  podlPseAdminState: 2,
  podlPseAdminControl: 3,
  podlPsePwDStatus: 4,
  c33PseAdminState: 5,
  c33PseAdminControl: 6,
  c33PsePwDStatus: 7,
  c33PsePwClass: 8,
  c33PseActualPw: 9,
  c33PseExtState: 10,
  c33PseExtSubstate: 11,
  c33PseAvailPwLimit: 12,
  c33PsePwLimitRanges: 13,
} as const;

/** The attributes of pse as a plain object (requests, `toObject()`). */
export interface PseValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** podl-pse-admin-state: u32 (type 2). */
  podlPseAdminState?: number;
  /** podl-pse-admin-control: u32 (type 3). */
  podlPseAdminControl?: number;
  /** podl-pse-pw-d-status: u32 (type 4). */
  podlPsePwDStatus?: number;
  /** c33-pse-admin-state: u32 (type 5). */
  c33PseAdminState?: number;
  /** c33-pse-admin-control: u32 (type 6). */
  c33PseAdminControl?: number;
  /** c33-pse-pw-d-status: u32 (type 7). */
  c33PsePwDStatus?: number;
  /** c33-pse-pw-class: u32 (type 8). */
  c33PsePwClass?: number;
  /** c33-pse-actual-pw: u32 (type 9). */
  c33PseActualPw?: number;
  /** c33-pse-ext-state: u32; enum c33-pse-ext-state (type 10). */
  c33PseExtState?: number;
  /** c33-pse-ext-substate: u32 (type 11). */
  c33PseExtSubstate?: number;
  /** c33-pse-avail-pw-limit: u32 (type 12). */
  c33PseAvailPwLimit?: number;
  /** c33-pse-pw-limit-ranges: nest, multi-attr (type 13). */
  c33PsePwLimitRanges?: (C33PsePwLimitValues)[];
}

/**
 * The pse attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PseView extends AttrView {
  #c1?: HeaderView;
  #c13?: C33PsePwLimitView;
  constructor() {
    super(13);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** podl-pse-admin-state: u32 (type 2). */
  get podlPseAdminState(): number | undefined {
    return this.$u32(2);
  }
  /** podl-pse-admin-control: u32 (type 3). */
  get podlPseAdminControl(): number | undefined {
    return this.$u32(3);
  }
  /** podl-pse-pw-d-status: u32 (type 4). */
  get podlPsePwDStatus(): number | undefined {
    return this.$u32(4);
  }
  /** c33-pse-admin-state: u32 (type 5). */
  get c33PseAdminState(): number | undefined {
    return this.$u32(5);
  }
  /** c33-pse-admin-control: u32 (type 6). */
  get c33PseAdminControl(): number | undefined {
    return this.$u32(6);
  }
  /** c33-pse-pw-d-status: u32 (type 7). */
  get c33PsePwDStatus(): number | undefined {
    return this.$u32(7);
  }
  /** c33-pse-pw-class: u32 (type 8). */
  get c33PsePwClass(): number | undefined {
    return this.$u32(8);
  }
  /** c33-pse-actual-pw: u32 (type 9). */
  get c33PseActualPw(): number | undefined {
    return this.$u32(9);
  }
  /** c33-pse-ext-state: u32; enum c33-pse-ext-state (type 10). */
  get c33PseExtState(): number | undefined {
    return this.$u32(10);
  }
  /** c33-pse-ext-substate: u32 (type 11). */
  get c33PseExtSubstate(): number | undefined {
    return this.$u32(11);
  }
  /** c33-pse-avail-pw-limit: u32 (type 12). */
  get c33PseAvailPwLimit(): number | undefined {
    return this.$u32(12);
  }
  /** c33-pse-pw-limit-ranges: nest, multi-attr (type 13). */
  get c33PsePwLimitRanges(): IterableIterator<C33PsePwLimitView> {
    return this.#each13();
  }
  *#each13(): Generator<C33PsePwLimitView, void, undefined> {
    for (const at of this.$each(13)) yield this.$nestAt(at, this.#c13 ??= new C33PsePwLimitView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PseValues {
    return decodeValues(schema, "pse", this, false) as PseValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "pse", this, true);
  }
}

/**
 * Writes the attributes of pse present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePse(w: MessageWriter, v: PseValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.podlPseAdminState !== undefined) w.putU32(2, v.podlPseAdminState);
  if (v.podlPseAdminControl !== undefined) w.putU32(3, v.podlPseAdminControl);
  if (v.podlPsePwDStatus !== undefined) w.putU32(4, v.podlPsePwDStatus);
  if (v.c33PseAdminState !== undefined) w.putU32(5, v.c33PseAdminState);
  if (v.c33PseAdminControl !== undefined) w.putU32(6, v.c33PseAdminControl);
  if (v.c33PsePwDStatus !== undefined) w.putU32(7, v.c33PsePwDStatus);
  if (v.c33PsePwClass !== undefined) w.putU32(8, v.c33PsePwClass);
  if (v.c33PseActualPw !== undefined) w.putU32(9, v.c33PseActualPw);
  if (v.c33PseExtState !== undefined) w.putU32(10, v.c33PseExtState);
  if (v.c33PseExtSubstate !== undefined) w.putU32(11, v.c33PseExtSubstate);
  if (v.c33PseAvailPwLimit !== undefined) w.putU32(12, v.c33PseAvailPwLimit);
  if (v.c33PsePwLimitRanges !== undefined) {
    for (const x of v.c33PsePwLimitRanges) {
      const n = w.nestStart(13);
      writeC33PsePwLimit(w, x);
      w.nestEnd(n);
    }
  }
}

/** Attribute type numbers of rss. */
export const Rss = {
  header: 1,
  context: 2,
  hfunc: 3,
  indir: 4,
  hkey: 5,
  inputXfrm: 6,
  startContext: 7,
} as const;

/** The attributes of rss as a plain object (requests, `toObject()`). */
export interface RssValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** context: u32 (type 2). */
  context?: number;
  /** hfunc: u32 (type 3). */
  hfunc?: number;
  /** indir: binary (type 4). */
  indir?: Uint8Array;
  /** hkey: binary (type 5). */
  hkey?: Uint8Array;
  /** input_xfrm: u32 (type 6). */
  inputXfrm?: number;
  /** start-context: u32 (type 7). */
  startContext?: number;
}

/**
 * The rss attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class RssView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(7);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** context: u32 (type 2). */
  get context(): number | undefined {
    return this.$u32(2);
  }
  /** hfunc: u32 (type 3). */
  get hfunc(): number | undefined {
    return this.$u32(3);
  }
  /** indir: binary (type 4). */
  get indir(): Uint8Array | undefined {
    return this.$bin(4);
  }
  /** hkey: binary (type 5). */
  get hkey(): Uint8Array | undefined {
    return this.$bin(5);
  }
  /** input_xfrm: u32 (type 6). */
  get inputXfrm(): number | undefined {
    return this.$u32(6);
  }
  /** start-context: u32 (type 7). */
  get startContext(): number | undefined {
    return this.$u32(7);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): RssValues {
    return decodeValues(schema, "rss", this, false) as RssValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "rss", this, true);
  }
}

/**
 * Writes the attributes of rss present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeRss(w: MessageWriter, v: RssValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.context !== undefined) w.putU32(2, v.context);
  if (v.hfunc !== undefined) w.putU32(3, v.hfunc);
  if (v.indir !== undefined) w.putBytes(4, v.indir);
  if (v.hkey !== undefined) w.putBytes(5, v.hkey);
  if (v.inputXfrm !== undefined) w.putU32(6, v.inputXfrm);
  if (v.startContext !== undefined) w.putU32(7, v.startContext);
}

/** Attribute type numbers of plca. */
export const Plca = {
  header: 1,
  version: 2,
  enabled: 3,
  status: 4,
  nodeCnt: 5,
  nodeId: 6,
  toTmr: 7,
  burstCnt: 8,
  burstTmr: 9,
} as const;

/** The attributes of plca as a plain object (requests, `toObject()`). */
export interface PlcaValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** version: u16 (type 2). */
  version?: number;
  /** enabled: u8 (type 3). */
  enabled?: number;
  /** status: u8 (type 4). */
  status?: number;
  /** node-cnt: u32 (type 5). */
  nodeCnt?: number;
  /** node-id: u32 (type 6). */
  nodeId?: number;
  /** to-tmr: u32 (type 7). */
  toTmr?: number;
  /** burst-cnt: u32 (type 8). */
  burstCnt?: number;
  /** burst-tmr: u32 (type 9). */
  burstTmr?: number;
}

/**
 * The plca attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PlcaView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(9);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** version: u16 (type 2). */
  get version(): number | undefined {
    return this.$u16(2);
  }
  /** enabled: u8 (type 3). */
  get enabled(): number | undefined {
    return this.$u8(3);
  }
  /** status: u8 (type 4). */
  get status(): number | undefined {
    return this.$u8(4);
  }
  /** node-cnt: u32 (type 5). */
  get nodeCnt(): number | undefined {
    return this.$u32(5);
  }
  /** node-id: u32 (type 6). */
  get nodeId(): number | undefined {
    return this.$u32(6);
  }
  /** to-tmr: u32 (type 7). */
  get toTmr(): number | undefined {
    return this.$u32(7);
  }
  /** burst-cnt: u32 (type 8). */
  get burstCnt(): number | undefined {
    return this.$u32(8);
  }
  /** burst-tmr: u32 (type 9). */
  get burstTmr(): number | undefined {
    return this.$u32(9);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PlcaValues {
    return decodeValues(schema, "plca", this, false) as PlcaValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "plca", this, true);
  }
}

/**
 * Writes the attributes of plca present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePlca(w: MessageWriter, v: PlcaValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.version !== undefined) w.putU16(2, v.version);
  if (v.enabled !== undefined) w.putU8(3, v.enabled);
  if (v.status !== undefined) w.putU8(4, v.status);
  if (v.nodeCnt !== undefined) w.putU32(5, v.nodeCnt);
  if (v.nodeId !== undefined) w.putU32(6, v.nodeId);
  if (v.toTmr !== undefined) w.putU32(7, v.toTmr);
  if (v.burstCnt !== undefined) w.putU32(8, v.burstCnt);
  if (v.burstTmr !== undefined) w.putU32(9, v.burstTmr);
}

/** Attribute type numbers of module-fw-flash. */
export const ModuleFwFlash = {
  header: 1,
  fileName: 2,
  password: 3,
  status: 4,
  statusMsg: 5,
  done: 6,
  total: 7,
} as const;

/** The attributes of module-fw-flash as a plain object (requests, `toObject()`). */
export interface ModuleFwFlashValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** file-name: string (type 2). */
  fileName?: string;
  /** password: u32 (type 3). */
  password?: number;
  /** status: u32; enum module-fw-flash-status (type 4). */
  status?: number;
  /** status-msg: string (type 5). */
  statusMsg?: string;
  /** done: uint (type 6). */
  done?: bigint | number;
  /** total: uint (type 7). */
  total?: bigint | number;
}

/**
 * The module-fw-flash attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class ModuleFwFlashView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(7);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** file-name: string (type 2). */
  get fileName(): string | undefined {
    return this.$str(2);
  }
  /** password: u32 (type 3). */
  get password(): number | undefined {
    return this.$u32(3);
  }
  /** status: u32; enum module-fw-flash-status (type 4). */
  get status(): number | undefined {
    return this.$u32(4);
  }
  /** status-msg: string (type 5). */
  get statusMsg(): string | undefined {
    return this.$str(5);
  }
  /** done: uint (type 6). */
  get done(): bigint | undefined {
    return this.$auto(6, false);
  }
  /** total: uint (type 7). */
  get total(): bigint | undefined {
    return this.$auto(7, false);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): ModuleFwFlashValues {
    return decodeValues(schema, "module-fw-flash", this, false) as ModuleFwFlashValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "module-fw-flash", this, true);
  }
}

/**
 * Writes the attributes of module-fw-flash present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeModuleFwFlash(w: MessageWriter, v: ModuleFwFlashValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.fileName !== undefined) w.putString(2, v.fileName);
  if (v.password !== undefined) w.putU32(3, v.password);
  if (v.status !== undefined) w.putU32(4, v.status);
  if (v.statusMsg !== undefined) w.putString(5, v.statusMsg);
  if (v.done !== undefined) putUint(w, 6, v.done);
  if (v.total !== undefined) putUint(w, 7, v.total);
}

/** Attribute type numbers of phy. */
export const Phy = {
  header: 1,
  index: 2,
  drvname: 3,
  name: 4,
  upstreamType: 5,
  upstreamIndex: 6,
  upstreamSfpName: 7,
  downstreamSfpName: 8,
} as const;

/** The attributes of phy as a plain object (requests, `toObject()`). */
export interface PhyValues {
  /** header: nest (type 1). */
  header?: HeaderValues;
  /** index: u32 (type 2). */
  index?: number;
  /** drvname: string (type 3). */
  drvname?: string;
  /** name: string (type 4). */
  name?: string;
  /** upstream-type: u32; enum phy-upstream-type (type 5). */
  upstreamType?: number;
  /** upstream-index: u32 (type 6). */
  upstreamIndex?: number;
  /** upstream-sfp-name: string (type 7). */
  upstreamSfpName?: string;
  /** downstream-sfp-name: string (type 8). */
  downstreamSfpName?: string;
}

/**
 * The phy attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PhyView extends AttrView {
  #c1?: HeaderView;
  constructor() {
    super(8);
  }
  /** header: nest (type 1). */
  get header(): HeaderView | undefined {
    return this.$nest(1, this.#c1 ??= new HeaderView());
  }
  /** index: u32 (type 2). */
  get index(): number | undefined {
    return this.$u32(2);
  }
  /** drvname: string (type 3). */
  get drvname(): string | undefined {
    return this.$str(3);
  }
  /** name: string (type 4). */
  get name(): string | undefined {
    return this.$str(4);
  }
  /** upstream-type: u32; enum phy-upstream-type (type 5). */
  get upstreamType(): number | undefined {
    return this.$u32(5);
  }
  /** upstream-index: u32 (type 6). */
  get upstreamIndex(): number | undefined {
    return this.$u32(6);
  }
  /** upstream-sfp-name: string (type 7). */
  get upstreamSfpName(): string | undefined {
    return this.$str(7);
  }
  /** downstream-sfp-name: string (type 8). */
  get downstreamSfpName(): string | undefined {
    return this.$str(8);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PhyValues {
    return decodeValues(schema, "phy", this, false) as PhyValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "phy", this, true);
  }
}

/**
 * Writes the attributes of phy present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePhy(w: MessageWriter, v: PhyValues): void {
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.index !== undefined) w.putU32(2, v.index);
  if (v.drvname !== undefined) w.putString(3, v.drvname);
  if (v.name !== undefined) w.putString(4, v.name);
  if (v.upstreamType !== undefined) w.putU32(5, v.upstreamType);
  if (v.upstreamIndex !== undefined) w.putU32(6, v.upstreamIndex);
  if (v.upstreamSfpName !== undefined) w.putString(7, v.upstreamSfpName);
  if (v.downstreamSfpName !== undefined) w.putString(8, v.downstreamSfpName);
}

/** A message of ethtool read in place: the strset attributes. */
export class StrsetMessage extends StrsetView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the linkinfo attributes. */
export class LinkinfoMessage extends LinkinfoView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the linkmodes attributes. */
export class LinkmodesMessage extends LinkmodesView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the linkstate attributes. */
export class LinkstateMessage extends LinkstateView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the debug attributes. */
export class DebugMessage extends DebugView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the wol attributes. */
export class WolMessage extends WolView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the features attributes. */
export class FeaturesMessage extends FeaturesView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the privflags attributes. */
export class PrivflagsMessage extends PrivflagsView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the rings attributes. */
export class RingsMessage extends RingsView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the channels attributes. */
export class ChannelsMessage extends ChannelsView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the coalesce attributes. */
export class CoalesceMessage extends CoalesceView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the pause attributes. */
export class PauseMessage extends PauseView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the eee attributes. */
export class EeeMessage extends EeeView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the tsinfo attributes. */
export class TsinfoMessage extends TsinfoView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the cable-test attributes. */
export class CableTestMessage extends CableTestView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the cable-test-ntf attributes. */
export class CableTestNtfMessage extends CableTestNtfView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the cable-test-tdr attributes. */
export class CableTestTdrMessage extends CableTestTdrView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the cable-test-tdr-ntf attributes. */
export class CableTestTdrNtfMessage extends CableTestTdrNtfView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the tunnel-info attributes. */
export class TunnelInfoMessage extends TunnelInfoView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the fec attributes. */
export class FecMessage extends FecView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the module-eeprom attributes. */
export class ModuleEepromMessage extends ModuleEepromView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the stats attributes. */
export class StatsMessage extends StatsView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the phc-vclocks attributes. */
export class PhcVclocksMessage extends PhcVclocksView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the module attributes. */
export class ModuleMessage extends ModuleView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the pse attributes. */
export class PseMessage extends PseView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the rss attributes. */
export class RssMessage extends RssView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the plca attributes. */
export class PlcaMessage extends PlcaView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the mm attributes. */
export class MmMessage extends MmView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the module-fw-flash attributes. */
export class ModuleFwFlashMessage extends ModuleFwFlashView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** A message of ethtool read in place: the phy attributes. */
export class PhyMessage extends PhyView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 4;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 4);
  }
}

/** The request of strset-get (do): Get string set from the kernel. */
export type StrsetGetRequest = Pick<StrsetValues, "header" | "stringsets" | "countsOnly">;

/**
 * Writes a strset-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeStrsetGet(
  w: MessageWriter,
  req: StrsetGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 1);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.stringsets !== undefined) {
    const n = w.nestStart(2);
    writeStringsets(w, v.stringsets);
    w.nestEnd(n);
  }
  if (v.countsOnly) w.putFlag(3);
  return w.end();
}

/** The request of strset-get (dump): Get string set from the kernel. */
export type StrsetGetDumpRequest = Pick<StrsetValues, "header" | "stringsets" | "countsOnly">;

/**
 * Writes a strset-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeStrsetGetDump(
  w: MessageWriter,
  req: StrsetGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 1);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.stringsets !== undefined) {
    const n = w.nestStart(2);
    writeStringsets(w, v.stringsets);
    w.nestEnd(n);
  }
  if (v.countsOnly) w.putFlag(3);
  return w.end();
}

/** The request of linkinfo-get (do): Get link info. */
export type LinkinfoGetRequest = Pick<LinkinfoValues, "header">;

/**
 * Writes a linkinfo-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeLinkinfoGet(
  w: MessageWriter,
  req: LinkinfoGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 2);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of linkinfo-get (dump): Get link info. */
export type LinkinfoGetDumpRequest = Pick<LinkinfoValues, "header">;

/**
 * Writes a linkinfo-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeLinkinfoGetDump(
  w: MessageWriter,
  req: LinkinfoGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 2);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of linkinfo-set (do): Set link info. */
export type LinkinfoSetRequest = Pick<
  LinkinfoValues,
  "header" | "port" | "phyaddr" | "tpMdix" | "tpMdixCtrl" | "transceiver"
>;

/**
 * Writes a linkinfo-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeLinkinfoSet(
  w: MessageWriter,
  req: LinkinfoSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 3);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.port !== undefined) w.putU8(2, v.port);
  if (v.phyaddr !== undefined) w.putU8(3, v.phyaddr);
  if (v.tpMdix !== undefined) w.putU8(4, v.tpMdix);
  if (v.tpMdixCtrl !== undefined) w.putU8(5, v.tpMdixCtrl);
  if (v.transceiver !== undefined) w.putU8(6, v.transceiver);
  return w.end();
}

/** The request of linkmodes-get (do): Get link modes. */
export type LinkmodesGetRequest = Pick<LinkmodesValues, "header">;

/**
 * Writes a linkmodes-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeLinkmodesGet(
  w: MessageWriter,
  req: LinkmodesGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 4);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of linkmodes-get (dump): Get link modes. */
export type LinkmodesGetDumpRequest = Pick<LinkmodesValues, "header">;

/**
 * Writes a linkmodes-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeLinkmodesGetDump(
  w: MessageWriter,
  req: LinkmodesGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 4);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of linkmodes-set (do): Set link modes. */
export type LinkmodesSetRequest = Pick<
  LinkmodesValues,
  | "header"
  | "autoneg"
  | "ours"
  | "peer"
  | "speed"
  | "duplex"
  | "masterSlaveCfg"
  | "masterSlaveState"
  | "lanes"
  | "rateMatching"
>;

/**
 * Writes a linkmodes-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeLinkmodesSet(
  w: MessageWriter,
  req: LinkmodesSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 5);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.autoneg !== undefined) w.putU8(2, v.autoneg);
  if (v.ours !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.ours);
    w.nestEnd(n);
  }
  if (v.peer !== undefined) {
    const n = w.nestStart(4);
    writeBitset(w, v.peer);
    w.nestEnd(n);
  }
  if (v.speed !== undefined) w.putU32(5, v.speed);
  if (v.duplex !== undefined) w.putU8(6, v.duplex);
  if (v.masterSlaveCfg !== undefined) w.putU8(7, v.masterSlaveCfg);
  if (v.masterSlaveState !== undefined) w.putU8(8, v.masterSlaveState);
  if (v.lanes !== undefined) w.putU32(9, v.lanes);
  if (v.rateMatching !== undefined) w.putU8(10, v.rateMatching);
  return w.end();
}

/** The request of linkstate-get (do): Get link state. */
export type LinkstateGetRequest = Pick<LinkstateValues, "header">;

/**
 * Writes a linkstate-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeLinkstateGet(
  w: MessageWriter,
  req: LinkstateGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 6);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of linkstate-get (dump): Get link state. */
export type LinkstateGetDumpRequest = Pick<LinkstateValues, "header">;

/**
 * Writes a linkstate-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeLinkstateGetDump(
  w: MessageWriter,
  req: LinkstateGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 6);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of debug-get (do): Get debug message mask. */
export type DebugGetRequest = Pick<DebugValues, "header">;

/**
 * Writes a debug-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeDebugGet(
  w: MessageWriter,
  req: DebugGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 7);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of debug-get (dump): Get debug message mask. */
export type DebugGetDumpRequest = Pick<DebugValues, "header">;

/**
 * Writes a debug-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeDebugGetDump(
  w: MessageWriter,
  req: DebugGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 7);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of debug-set (do): Set debug message mask. */
export type DebugSetRequest = Pick<DebugValues, "header" | "msgmask">;

/**
 * Writes a debug-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeDebugSet(
  w: MessageWriter,
  req: DebugSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 8);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.msgmask !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.msgmask);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of wol-get (do): Get WOL params. */
export type WolGetRequest = Pick<WolValues, "header">;

/**
 * Writes a wol-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeWolGet(
  w: MessageWriter,
  req: WolGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 9);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of wol-get (dump): Get WOL params. */
export type WolGetDumpRequest = Pick<WolValues, "header">;

/**
 * Writes a wol-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeWolGetDump(
  w: MessageWriter,
  req: WolGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 9);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of wol-set (do): Set WOL params. */
export type WolSetRequest = Pick<WolValues, "header" | "modes" | "sopass">;

/**
 * Writes a wol-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeWolSet(
  w: MessageWriter,
  req: WolSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 10);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.modes !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.modes);
    w.nestEnd(n);
  }
  if (v.sopass !== undefined) w.putBytes(3, v.sopass);
  return w.end();
}

/** The request of features-get (do): Get features. */
export type FeaturesGetRequest = Pick<FeaturesValues, "header">;

/**
 * Writes a features-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeFeaturesGet(
  w: MessageWriter,
  req: FeaturesGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 11);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of features-get (dump): Get features. */
export type FeaturesGetDumpRequest = Pick<FeaturesValues, "header">;

/**
 * Writes a features-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeFeaturesGetDump(
  w: MessageWriter,
  req: FeaturesGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 11);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of features-set (do): Set features. */
export type FeaturesSetRequest = Pick<
  FeaturesValues,
  "header" | "hw" | "wanted" | "active" | "nochange"
>;

/**
 * Writes a features-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeFeaturesSet(
  w: MessageWriter,
  req: FeaturesSetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 12);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.hw !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.hw);
    w.nestEnd(n);
  }
  if (v.wanted !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.wanted);
    w.nestEnd(n);
  }
  if (v.active !== undefined) {
    const n = w.nestStart(4);
    writeBitset(w, v.active);
    w.nestEnd(n);
  }
  if (v.nochange !== undefined) {
    const n = w.nestStart(5);
    writeBitset(w, v.nochange);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of privflags-get (do): Get device private flags. */
export type PrivflagsGetRequest = Pick<PrivflagsValues, "header">;

/**
 * Writes a privflags-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePrivflagsGet(
  w: MessageWriter,
  req: PrivflagsGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 13);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of privflags-get (dump): Get device private flags. */
export type PrivflagsGetDumpRequest = Pick<PrivflagsValues, "header">;

/**
 * Writes a privflags-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePrivflagsGetDump(
  w: MessageWriter,
  req: PrivflagsGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 13);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of privflags-set (do): Set device private flags. */
export type PrivflagsSetRequest = Pick<PrivflagsValues, "header" | "flags">;

/**
 * Writes a privflags-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePrivflagsSet(
  w: MessageWriter,
  req: PrivflagsSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 14);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.flags !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.flags);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of rings-get (do): Get ring params. */
export type RingsGetRequest = Pick<RingsValues, "header">;

/**
 * Writes a rings-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeRingsGet(
  w: MessageWriter,
  req: RingsGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 15);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of rings-get (dump): Get ring params. */
export type RingsGetDumpRequest = Pick<RingsValues, "header">;

/**
 * Writes a rings-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeRingsGetDump(
  w: MessageWriter,
  req: RingsGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 15);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of rings-set (do): Set ring params. */
export type RingsSetRequest = Pick<
  RingsValues,
  | "header"
  | "rxMax"
  | "rxMiniMax"
  | "rxJumboMax"
  | "txMax"
  | "rx"
  | "rxMini"
  | "rxJumbo"
  | "tx"
  | "rxBufLen"
  | "tcpDataSplit"
  | "cqeSize"
  | "txPush"
  | "rxPush"
  | "txPushBufLen"
  | "txPushBufLenMax"
>;

/**
 * Writes a rings-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeRingsSet(
  w: MessageWriter,
  req: RingsSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 16);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.rxMax !== undefined) w.putU32(2, v.rxMax);
  if (v.rxMiniMax !== undefined) w.putU32(3, v.rxMiniMax);
  if (v.rxJumboMax !== undefined) w.putU32(4, v.rxJumboMax);
  if (v.txMax !== undefined) w.putU32(5, v.txMax);
  if (v.rx !== undefined) w.putU32(6, v.rx);
  if (v.rxMini !== undefined) w.putU32(7, v.rxMini);
  if (v.rxJumbo !== undefined) w.putU32(8, v.rxJumbo);
  if (v.tx !== undefined) w.putU32(9, v.tx);
  if (v.rxBufLen !== undefined) w.putU32(10, v.rxBufLen);
  if (v.tcpDataSplit !== undefined) w.putU8(11, v.tcpDataSplit);
  if (v.cqeSize !== undefined) w.putU32(12, v.cqeSize);
  if (v.txPush !== undefined) w.putU8(13, v.txPush);
  if (v.rxPush !== undefined) w.putU8(14, v.rxPush);
  if (v.txPushBufLen !== undefined) w.putU32(15, v.txPushBufLen);
  if (v.txPushBufLenMax !== undefined) w.putU32(16, v.txPushBufLenMax);
  return w.end();
}

/** The request of channels-get (do): Get channel params. */
export type ChannelsGetRequest = Pick<ChannelsValues, "header">;

/**
 * Writes a channels-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeChannelsGet(
  w: MessageWriter,
  req: ChannelsGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 17);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of channels-get (dump): Get channel params. */
export type ChannelsGetDumpRequest = Pick<ChannelsValues, "header">;

/**
 * Writes a channels-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeChannelsGetDump(
  w: MessageWriter,
  req: ChannelsGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 17);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of channels-set (do): Set channel params. */
export type ChannelsSetRequest = Pick<
  ChannelsValues,
  | "header"
  | "rxMax"
  | "txMax"
  | "otherMax"
  | "combinedMax"
  | "rxCount"
  | "txCount"
  | "otherCount"
  | "combinedCount"
>;

/**
 * Writes a channels-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeChannelsSet(
  w: MessageWriter,
  req: ChannelsSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 18);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.rxMax !== undefined) w.putU32(2, v.rxMax);
  if (v.txMax !== undefined) w.putU32(3, v.txMax);
  if (v.otherMax !== undefined) w.putU32(4, v.otherMax);
  if (v.combinedMax !== undefined) w.putU32(5, v.combinedMax);
  if (v.rxCount !== undefined) w.putU32(6, v.rxCount);
  if (v.txCount !== undefined) w.putU32(7, v.txCount);
  if (v.otherCount !== undefined) w.putU32(8, v.otherCount);
  if (v.combinedCount !== undefined) w.putU32(9, v.combinedCount);
  return w.end();
}

/** The request of coalesce-get (do): Get coalesce params. */
export type CoalesceGetRequest = Pick<CoalesceValues, "header">;

/**
 * Writes a coalesce-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeCoalesceGet(
  w: MessageWriter,
  req: CoalesceGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 19);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of coalesce-get (dump): Get coalesce params. */
export type CoalesceGetDumpRequest = Pick<CoalesceValues, "header">;

/**
 * Writes a coalesce-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeCoalesceGetDump(
  w: MessageWriter,
  req: CoalesceGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 19);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of coalesce-set (do): Set coalesce params. */
export type CoalesceSetRequest = Pick<
  CoalesceValues,
  | "header"
  | "rxUsecs"
  | "rxMaxFrames"
  | "rxUsecsIrq"
  | "rxMaxFramesIrq"
  | "txUsecs"
  | "txMaxFrames"
  | "txUsecsIrq"
  | "txMaxFramesIrq"
  | "statsBlockUsecs"
  | "useAdaptiveRx"
  | "useAdaptiveTx"
  | "pktRateLow"
  | "rxUsecsLow"
  | "rxMaxFramesLow"
  | "txUsecsLow"
  | "txMaxFramesLow"
  | "pktRateHigh"
  | "rxUsecsHigh"
  | "rxMaxFramesHigh"
  | "txUsecsHigh"
  | "txMaxFramesHigh"
  | "rateSampleInterval"
  | "useCqeModeTx"
  | "useCqeModeRx"
  | "txAggrMaxBytes"
  | "txAggrMaxFrames"
  | "txAggrTimeUsecs"
  | "rxProfile"
  | "txProfile"
>;

/**
 * Writes a coalesce-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeCoalesceSet(
  w: MessageWriter,
  req: CoalesceSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 20);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.rxUsecs !== undefined) w.putU32(2, v.rxUsecs);
  if (v.rxMaxFrames !== undefined) w.putU32(3, v.rxMaxFrames);
  if (v.rxUsecsIrq !== undefined) w.putU32(4, v.rxUsecsIrq);
  if (v.rxMaxFramesIrq !== undefined) w.putU32(5, v.rxMaxFramesIrq);
  if (v.txUsecs !== undefined) w.putU32(6, v.txUsecs);
  if (v.txMaxFrames !== undefined) w.putU32(7, v.txMaxFrames);
  if (v.txUsecsIrq !== undefined) w.putU32(8, v.txUsecsIrq);
  if (v.txMaxFramesIrq !== undefined) w.putU32(9, v.txMaxFramesIrq);
  if (v.statsBlockUsecs !== undefined) w.putU32(10, v.statsBlockUsecs);
  if (v.useAdaptiveRx !== undefined) w.putU8(11, v.useAdaptiveRx);
  if (v.useAdaptiveTx !== undefined) w.putU8(12, v.useAdaptiveTx);
  if (v.pktRateLow !== undefined) w.putU32(13, v.pktRateLow);
  if (v.rxUsecsLow !== undefined) w.putU32(14, v.rxUsecsLow);
  if (v.rxMaxFramesLow !== undefined) w.putU32(15, v.rxMaxFramesLow);
  if (v.txUsecsLow !== undefined) w.putU32(16, v.txUsecsLow);
  if (v.txMaxFramesLow !== undefined) w.putU32(17, v.txMaxFramesLow);
  if (v.pktRateHigh !== undefined) w.putU32(18, v.pktRateHigh);
  if (v.rxUsecsHigh !== undefined) w.putU32(19, v.rxUsecsHigh);
  if (v.rxMaxFramesHigh !== undefined) w.putU32(20, v.rxMaxFramesHigh);
  if (v.txUsecsHigh !== undefined) w.putU32(21, v.txUsecsHigh);
  if (v.txMaxFramesHigh !== undefined) w.putU32(22, v.txMaxFramesHigh);
  if (v.rateSampleInterval !== undefined) w.putU32(23, v.rateSampleInterval);
  if (v.useCqeModeTx !== undefined) w.putU8(24, v.useCqeModeTx);
  if (v.useCqeModeRx !== undefined) w.putU8(25, v.useCqeModeRx);
  if (v.txAggrMaxBytes !== undefined) w.putU32(26, v.txAggrMaxBytes);
  if (v.txAggrMaxFrames !== undefined) w.putU32(27, v.txAggrMaxFrames);
  if (v.txAggrTimeUsecs !== undefined) w.putU32(28, v.txAggrTimeUsecs);
  if (v.rxProfile !== undefined) {
    const n = w.nestStart(29);
    writeProfile(w, v.rxProfile);
    w.nestEnd(n);
  }
  if (v.txProfile !== undefined) {
    const n = w.nestStart(30);
    writeProfile(w, v.txProfile);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of pause-get (do): Get pause params. */
export type PauseGetRequest = Pick<PauseValues, "header">;

/**
 * Writes a pause-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePauseGet(
  w: MessageWriter,
  req: PauseGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 21);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of pause-get (dump): Get pause params. */
export type PauseGetDumpRequest = Pick<PauseValues, "header">;

/**
 * Writes a pause-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePauseGetDump(
  w: MessageWriter,
  req: PauseGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 21);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of pause-set (do): Set pause params. */
export type PauseSetRequest = Pick<
  PauseValues,
  "header" | "autoneg" | "rx" | "tx" | "stats" | "statsSrc"
>;

/**
 * Writes a pause-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePauseSet(
  w: MessageWriter,
  req: PauseSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 22);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.autoneg !== undefined) w.putU8(2, v.autoneg);
  if (v.rx !== undefined) w.putU8(3, v.rx);
  if (v.tx !== undefined) w.putU8(4, v.tx);
  if (v.stats !== undefined) {
    const n = w.nestStart(5);
    writePauseStat(w, v.stats);
    w.nestEnd(n);
  }
  if (v.statsSrc !== undefined) w.putU32(6, v.statsSrc);
  return w.end();
}

/** The request of eee-get (do): Get eee params. */
export type EeeGetRequest = Pick<EeeValues, "header">;

/**
 * Writes a eee-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeEeeGet(
  w: MessageWriter,
  req: EeeGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 23);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of eee-get (dump): Get eee params. */
export type EeeGetDumpRequest = Pick<EeeValues, "header">;

/**
 * Writes a eee-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeEeeGetDump(
  w: MessageWriter,
  req: EeeGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 23);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of eee-set (do): Set eee params. */
export type EeeSetRequest = Pick<
  EeeValues,
  "header" | "modesOurs" | "modesPeer" | "active" | "enabled" | "txLpiEnabled" | "txLpiTimer"
>;

/**
 * Writes a eee-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeEeeSet(
  w: MessageWriter,
  req: EeeSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 24);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.modesOurs !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.modesOurs);
    w.nestEnd(n);
  }
  if (v.modesPeer !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.modesPeer);
    w.nestEnd(n);
  }
  if (v.active !== undefined) w.putU8(4, v.active);
  if (v.enabled !== undefined) w.putU8(5, v.enabled);
  if (v.txLpiEnabled !== undefined) w.putU8(6, v.txLpiEnabled);
  if (v.txLpiTimer !== undefined) w.putU32(7, v.txLpiTimer);
  return w.end();
}

/** The request of tsinfo-get (do): Get tsinfo params. */
export type TsinfoGetRequest = Pick<TsinfoValues, "header">;

/**
 * Writes a tsinfo-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeTsinfoGet(
  w: MessageWriter,
  req: TsinfoGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 25);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of tsinfo-get (dump): Get tsinfo params. */
export type TsinfoGetDumpRequest = Pick<TsinfoValues, "header">;

/**
 * Writes a tsinfo-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeTsinfoGetDump(
  w: MessageWriter,
  req: TsinfoGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 25);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of cable-test-act (do): Cable test. */
export type CableTestActRequest = Pick<CableTestValues, "header">;

/**
 * Writes a cable-test-act do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeCableTestAct(
  w: MessageWriter,
  req: CableTestActRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 26);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of cable-test-tdr-act (do): Cable test TDR. */
export type CableTestTdrActRequest = Pick<CableTestTdrValues, "header">;

/**
 * Writes a cable-test-tdr-act do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeCableTestTdrAct(
  w: MessageWriter,
  req: CableTestTdrActRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 27);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of tunnel-info-get (do): Get tsinfo params. */
export type TunnelInfoGetRequest = Pick<TunnelInfoValues, "header">;

/**
 * Writes a tunnel-info-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeTunnelInfoGet(
  w: MessageWriter,
  req: TunnelInfoGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 28);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of tunnel-info-get (dump): Get tsinfo params. */
export type TunnelInfoGetDumpRequest = Pick<TunnelInfoValues, "header">;

/**
 * Writes a tunnel-info-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeTunnelInfoGetDump(
  w: MessageWriter,
  req: TunnelInfoGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 28);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of fec-get (do): Get FEC params. */
export type FecGetRequest = Pick<FecValues, "header">;

/**
 * Writes a fec-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeFecGet(
  w: MessageWriter,
  req: FecGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 29);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of fec-get (dump): Get FEC params. */
export type FecGetDumpRequest = Pick<FecValues, "header">;

/**
 * Writes a fec-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeFecGetDump(
  w: MessageWriter,
  req: FecGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 29);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of fec-set (do): Set FEC params. */
export type FecSetRequest = Pick<FecValues, "header" | "modes" | "auto" | "active" | "stats">;

/**
 * Writes a fec-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeFecSet(
  w: MessageWriter,
  req: FecSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 30);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.modes !== undefined) {
    const n = w.nestStart(2);
    writeBitset(w, v.modes);
    w.nestEnd(n);
  }
  if (v.auto !== undefined) w.putU8(3, v.auto);
  if (v.active !== undefined) w.putU32(4, v.active);
  if (v.stats !== undefined) {
    const n = w.nestStart(5);
    writeFecStat(w, v.stats);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of module-eeprom-get (do): Get module EEPROM params. */
export type ModuleEepromGetRequest = Pick<
  ModuleEepromValues,
  "header" | "offsetAttr" | "length" | "page" | "bank" | "i2cAddress"
>;

/**
 * Writes a module-eeprom-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeModuleEepromGet(
  w: MessageWriter,
  req: ModuleEepromGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 31);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.offsetAttr !== undefined) w.putU32(2, v.offsetAttr);
  if (v.length !== undefined) w.putU32(3, v.length);
  if (v.page !== undefined) w.putU8(4, v.page);
  if (v.bank !== undefined) w.putU8(5, v.bank);
  if (v.i2cAddress !== undefined) w.putU8(6, v.i2cAddress);
  return w.end();
}

/** The request of module-eeprom-get (dump): Get module EEPROM params. */
export type ModuleEepromGetDumpRequest = Pick<
  ModuleEepromValues,
  "header" | "offsetAttr" | "length" | "page" | "bank" | "i2cAddress"
>;

/**
 * Writes a module-eeprom-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeModuleEepromGetDump(
  w: MessageWriter,
  req: ModuleEepromGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 31);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.offsetAttr !== undefined) w.putU32(2, v.offsetAttr);
  if (v.length !== undefined) w.putU32(3, v.length);
  if (v.page !== undefined) w.putU8(4, v.page);
  if (v.bank !== undefined) w.putU8(5, v.bank);
  if (v.i2cAddress !== undefined) w.putU8(6, v.i2cAddress);
  return w.end();
}

/** The request of stats-get (do): Get statistics. */
export type StatsGetRequest = Pick<StatsValues, "header" | "groups">;

/**
 * Writes a stats-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeStatsGet(
  w: MessageWriter,
  req: StatsGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 32);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(2);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.groups !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.groups);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of stats-get (dump): Get statistics. */
export type StatsGetDumpRequest = Pick<StatsValues, "header" | "groups">;

/**
 * Writes a stats-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeStatsGetDump(
  w: MessageWriter,
  req: StatsGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 32);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(2);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.groups !== undefined) {
    const n = w.nestStart(3);
    writeBitset(w, v.groups);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of phc-vclocks-get (do): Get PHC VCLOCKs. */
export type PhcVclocksGetRequest = Pick<PhcVclocksValues, "header">;

/**
 * Writes a phc-vclocks-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePhcVclocksGet(
  w: MessageWriter,
  req: PhcVclocksGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 33);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of phc-vclocks-get (dump): Get PHC VCLOCKs. */
export type PhcVclocksGetDumpRequest = Pick<PhcVclocksValues, "header">;

/**
 * Writes a phc-vclocks-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePhcVclocksGetDump(
  w: MessageWriter,
  req: PhcVclocksGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 33);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of module-get (do): Get module params. */
export type ModuleGetRequest = Pick<ModuleValues, "header">;

/**
 * Writes a module-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeModuleGet(
  w: MessageWriter,
  req: ModuleGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 34);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of module-get (dump): Get module params. */
export type ModuleGetDumpRequest = Pick<ModuleValues, "header">;

/**
 * Writes a module-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeModuleGetDump(
  w: MessageWriter,
  req: ModuleGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 34);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of module-set (do): Set module params. */
export type ModuleSetRequest = Pick<ModuleValues, "header" | "powerModePolicy" | "powerMode">;

/**
 * Writes a module-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeModuleSet(
  w: MessageWriter,
  req: ModuleSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 35);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.powerModePolicy !== undefined) w.putU8(2, v.powerModePolicy);
  if (v.powerMode !== undefined) w.putU8(3, v.powerMode);
  return w.end();
}

/** The request of pse-get (do): Get Power Sourcing Equipment params. */
export type PseGetRequest = Pick<PseValues, "header">;

/**
 * Writes a pse-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePseGet(
  w: MessageWriter,
  req: PseGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 36);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of pse-get (dump): Get Power Sourcing Equipment params. */
export type PseGetDumpRequest = Pick<PseValues, "header">;

/**
 * Writes a pse-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePseGetDump(
  w: MessageWriter,
  req: PseGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 36);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of pse-set (do): Set Power Sourcing Equipment params. */
export type PseSetRequest = Pick<
  PseValues,
  "header" | "podlPseAdminControl" | "c33PseAdminControl" | "c33PseAvailPwLimit"
>;

/**
 * Writes a pse-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePseSet(
  w: MessageWriter,
  req: PseSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 37);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.podlPseAdminControl !== undefined) w.putU32(3, v.podlPseAdminControl);
  if (v.c33PseAdminControl !== undefined) w.putU32(6, v.c33PseAdminControl);
  if (v.c33PseAvailPwLimit !== undefined) w.putU32(12, v.c33PseAvailPwLimit);
  return w.end();
}

/** The request of rss-get (do): Get RSS params. */
export type RssGetRequest = Pick<RssValues, "header" | "context">;

/**
 * Writes a rss-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeRssGet(
  w: MessageWriter,
  req: RssGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 38);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.context !== undefined) w.putU32(2, v.context);
  return w.end();
}

/** The request of rss-get (dump): Get RSS params. */
export type RssGetDumpRequest = Pick<RssValues, "header" | "startContext">;

/**
 * Writes a rss-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeRssGetDump(
  w: MessageWriter,
  req: RssGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 38);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.startContext !== undefined) w.putU32(7, v.startContext);
  return w.end();
}

/** The request of plca-get-cfg (do): Get PLCA params. */
export type PlcaGetCfgRequest = Pick<PlcaValues, "header">;

/**
 * Writes a plca-get-cfg do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePlcaGetCfg(
  w: MessageWriter,
  req: PlcaGetCfgRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 39);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of plca-get-cfg (dump): Get PLCA params. */
export type PlcaGetCfgDumpRequest = Pick<PlcaValues, "header">;

/**
 * Writes a plca-get-cfg dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePlcaGetCfgDump(
  w: MessageWriter,
  req: PlcaGetCfgDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 39);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of plca-set-cfg (do): Set PLCA params. */
export type PlcaSetCfgRequest = Pick<
  PlcaValues,
  | "header"
  | "version"
  | "enabled"
  | "status"
  | "nodeCnt"
  | "nodeId"
  | "toTmr"
  | "burstCnt"
  | "burstTmr"
>;

/**
 * Writes a plca-set-cfg do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePlcaSetCfg(
  w: MessageWriter,
  req: PlcaSetCfgRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 40);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.version !== undefined) w.putU16(2, v.version);
  if (v.enabled !== undefined) w.putU8(3, v.enabled);
  if (v.status !== undefined) w.putU8(4, v.status);
  if (v.nodeCnt !== undefined) w.putU32(5, v.nodeCnt);
  if (v.nodeId !== undefined) w.putU32(6, v.nodeId);
  if (v.toTmr !== undefined) w.putU32(7, v.toTmr);
  if (v.burstCnt !== undefined) w.putU32(8, v.burstCnt);
  if (v.burstTmr !== undefined) w.putU32(9, v.burstTmr);
  return w.end();
}

/** The request of plca-get-status (do): Get PLCA status params. */
export type PlcaGetStatusRequest = Pick<PlcaValues, "header">;

/**
 * Writes a plca-get-status do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePlcaGetStatus(
  w: MessageWriter,
  req: PlcaGetStatusRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 41);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of plca-get-status (dump): Get PLCA status params. */
export type PlcaGetStatusDumpRequest = Pick<PlcaValues, "header">;

/**
 * Writes a plca-get-status dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePlcaGetStatusDump(
  w: MessageWriter,
  req: PlcaGetStatusDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 41);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of mm-get (do): Get MAC Merge configuration and state */
export type MmGetRequest = Pick<MmValues, "header">;

/**
 * Writes a mm-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeMmGet(
  w: MessageWriter,
  req: MmGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 42);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of mm-get (dump): Get MAC Merge configuration and state */
export type MmGetDumpRequest = Pick<MmValues, "header">;

/**
 * Writes a mm-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeMmGetDump(
  w: MessageWriter,
  req: MmGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 42);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of mm-set (do): Set MAC Merge configuration */
export type MmSetRequest = Pick<
  MmValues,
  "header" | "verifyEnabled" | "verifyTime" | "txEnabled" | "pmacEnabled" | "txMinFragSize"
>;

/**
 * Writes a mm-set do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeMmSet(
  w: MessageWriter,
  req: MmSetRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 43);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.pmacEnabled !== undefined) w.putU8(2, v.pmacEnabled);
  if (v.txEnabled !== undefined) w.putU8(3, v.txEnabled);
  if (v.txMinFragSize !== undefined) w.putU32(5, v.txMinFragSize);
  if (v.verifyEnabled !== undefined) w.putU8(7, v.verifyEnabled);
  if (v.verifyTime !== undefined) w.putU32(9, v.verifyTime);
  return w.end();
}

/** The request of module-fw-flash-act (do): Flash transceiver module firmware. */
export type ModuleFwFlashActRequest = Pick<ModuleFwFlashValues, "header" | "fileName" | "password">;

/**
 * Writes a module-fw-flash-act do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeModuleFwFlashAct(
  w: MessageWriter,
  req: ModuleFwFlashActRequest,
  flags = 0x5,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 44);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  if (v.fileName !== undefined) w.putString(2, v.fileName);
  if (v.password !== undefined) w.putU32(3, v.password);
  return w.end();
}

/** The request of phy-get (do): Get PHY devices attached to an interface */
export type PhyGetRequest = Pick<PhyValues, "header">;

/**
 * Writes a phy-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePhyGet(
  w: MessageWriter,
  req: PhyGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 45);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of phy-get (dump): Get PHY devices attached to an interface */
export type PhyGetDumpRequest = Pick<PhyValues, "header">;

/**
 * Writes a phy-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePhyGetDump(
  w: MessageWriter,
  req: PhyGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 45);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.header !== undefined) {
    const n = w.nestStart(1);
    writeHeader(w, v.header);
    w.nestEnd(n);
  }
  return w.end();
}

/**
 * A client of the ethtool family: one method per operation, over one socket.
 *
 * Partial family for Ethtool Netlink.
 *
 * Replies are views valid until the client receives again; call
 * `toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.
 *
 * @example
 * ```ts
 * import { EthtoolClient } from "./ethtool.ts";
 * using client = EthtoolClient.open();
 * ```
 */
export class EthtoolClient extends FamilyClient {
  #StrsetMessage = new StrsetMessage();
  #LinkinfoMessage = new LinkinfoMessage();
  #LinkmodesMessage = new LinkmodesMessage();
  #LinkstateMessage = new LinkstateMessage();
  #DebugMessage = new DebugMessage();
  #WolMessage = new WolMessage();
  #FeaturesMessage = new FeaturesMessage();
  #PrivflagsMessage = new PrivflagsMessage();
  #RingsMessage = new RingsMessage();
  #ChannelsMessage = new ChannelsMessage();
  #CoalesceMessage = new CoalesceMessage();
  #PauseMessage = new PauseMessage();
  #EeeMessage = new EeeMessage();
  #TsinfoMessage = new TsinfoMessage();
  #CableTestNtfMessage = new CableTestNtfMessage();
  #CableTestTdrNtfMessage = new CableTestTdrNtfMessage();
  #TunnelInfoMessage = new TunnelInfoMessage();
  #FecMessage = new FecMessage();
  #ModuleEepromMessage = new ModuleEepromMessage();
  #StatsMessage = new StatsMessage();
  #PhcVclocksMessage = new PhcVclocksMessage();
  #ModuleMessage = new ModuleMessage();
  #PseMessage = new PseMessage();
  #RssMessage = new RssMessage();
  #PlcaMessage = new PlcaMessage();
  #MmMessage = new MmMessage();
  #ModuleFwFlashMessage = new ModuleFwFlashMessage();
  #PhyMessage = new PhyMessage();

  /**
   * Opens a socket for the family and resolves the family by name.
   *
   * @param options Socket options, or an open socket to use.
   * @returns The client.
   * @throws {KernelError} `ENOENT` when the family is not registered (its module is not loaded).
   */
  static open(options: ClientOptions = {}): EthtoolClient {
    return new EthtoolClient(connect(schema, options));
  }
  /**
   * Get string set from the kernel..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  strsetGet(req: StrsetGetRequest = {}, options: DoOptions = {}): StrsetMessage {
    return this.$do(encodeStrsetGet, req, this.familyId, options, this.#StrsetMessage);
  }
  /**
   * Get string set from the kernel., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  strsetGetAsync(req: StrsetGetRequest = {}, options: DoOptions = {}): Promise<StrsetMessage> {
    return this.$doAsync(encodeStrsetGet, req, this.familyId, options, new StrsetMessage());
  }
  /**
   * Get string set from the kernel (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  strsetGetDump(req: StrsetGetDumpRequest = {}, options: WaitOptions = {}): Dump<StrsetMessage> {
    return this.$dump(encodeStrsetGetDump, req, this.familyId, this.#StrsetMessage, options);
  }
  /**
   * Get link info..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkinfoGet(req: LinkinfoGetRequest = {}, options: DoOptions = {}): LinkinfoMessage {
    return this.$do(encodeLinkinfoGet, req, this.familyId, options, this.#LinkinfoMessage);
  }
  /**
   * Get link info., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkinfoGetAsync(
    req: LinkinfoGetRequest = {},
    options: DoOptions = {},
  ): Promise<LinkinfoMessage> {
    return this.$doAsync(encodeLinkinfoGet, req, this.familyId, options, new LinkinfoMessage());
  }
  /**
   * Get link info (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  linkinfoGetDump(
    req: LinkinfoGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<LinkinfoMessage> {
    return this.$dump(encodeLinkinfoGetDump, req, this.familyId, this.#LinkinfoMessage, options);
  }
  /**
   * Set link info..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkinfoSet(req: LinkinfoSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeLinkinfoSet, req, this.familyId, options);
  }
  /**
   * Set link info., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkinfoSetAsync(req: LinkinfoSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeLinkinfoSet, req, this.familyId, options);
  }
  /**
   * Get link modes..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkmodesGet(req: LinkmodesGetRequest = {}, options: DoOptions = {}): LinkmodesMessage {
    return this.$do(encodeLinkmodesGet, req, this.familyId, options, this.#LinkmodesMessage);
  }
  /**
   * Get link modes., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkmodesGetAsync(
    req: LinkmodesGetRequest = {},
    options: DoOptions = {},
  ): Promise<LinkmodesMessage> {
    return this.$doAsync(encodeLinkmodesGet, req, this.familyId, options, new LinkmodesMessage());
  }
  /**
   * Get link modes (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  linkmodesGetDump(
    req: LinkmodesGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<LinkmodesMessage> {
    return this.$dump(encodeLinkmodesGetDump, req, this.familyId, this.#LinkmodesMessage, options);
  }
  /**
   * Set link modes..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkmodesSet(req: LinkmodesSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeLinkmodesSet, req, this.familyId, options);
  }
  /**
   * Set link modes., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkmodesSetAsync(req: LinkmodesSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeLinkmodesSet, req, this.familyId, options);
  }
  /**
   * Get link state..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkstateGet(req: LinkstateGetRequest = {}, options: DoOptions = {}): LinkstateMessage {
    return this.$do(encodeLinkstateGet, req, this.familyId, options, this.#LinkstateMessage);
  }
  /**
   * Get link state., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  linkstateGetAsync(
    req: LinkstateGetRequest = {},
    options: DoOptions = {},
  ): Promise<LinkstateMessage> {
    return this.$doAsync(encodeLinkstateGet, req, this.familyId, options, new LinkstateMessage());
  }
  /**
   * Get link state (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  linkstateGetDump(
    req: LinkstateGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<LinkstateMessage> {
    return this.$dump(encodeLinkstateGetDump, req, this.familyId, this.#LinkstateMessage, options);
  }
  /**
   * Get debug message mask..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  debugGet(req: DebugGetRequest = {}, options: DoOptions = {}): DebugMessage {
    return this.$do(encodeDebugGet, req, this.familyId, options, this.#DebugMessage);
  }
  /**
   * Get debug message mask., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  debugGetAsync(req: DebugGetRequest = {}, options: DoOptions = {}): Promise<DebugMessage> {
    return this.$doAsync(encodeDebugGet, req, this.familyId, options, new DebugMessage());
  }
  /**
   * Get debug message mask (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  debugGetDump(req: DebugGetDumpRequest = {}, options: WaitOptions = {}): Dump<DebugMessage> {
    return this.$dump(encodeDebugGetDump, req, this.familyId, this.#DebugMessage, options);
  }
  /**
   * Set debug message mask..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  debugSet(req: DebugSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeDebugSet, req, this.familyId, options);
  }
  /**
   * Set debug message mask., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  debugSetAsync(req: DebugSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeDebugSet, req, this.familyId, options);
  }
  /**
   * Get WOL params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  wolGet(req: WolGetRequest = {}, options: DoOptions = {}): WolMessage {
    return this.$do(encodeWolGet, req, this.familyId, options, this.#WolMessage);
  }
  /**
   * Get WOL params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  wolGetAsync(req: WolGetRequest = {}, options: DoOptions = {}): Promise<WolMessage> {
    return this.$doAsync(encodeWolGet, req, this.familyId, options, new WolMessage());
  }
  /**
   * Get WOL params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  wolGetDump(req: WolGetDumpRequest = {}, options: WaitOptions = {}): Dump<WolMessage> {
    return this.$dump(encodeWolGetDump, req, this.familyId, this.#WolMessage, options);
  }
  /**
   * Set WOL params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  wolSet(req: WolSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeWolSet, req, this.familyId, options);
  }
  /**
   * Set WOL params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  wolSetAsync(req: WolSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeWolSet, req, this.familyId, options);
  }
  /**
   * Get features..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  featuresGet(req: FeaturesGetRequest = {}, options: DoOptions = {}): FeaturesMessage {
    return this.$do(encodeFeaturesGet, req, this.familyId, options, this.#FeaturesMessage);
  }
  /**
   * Get features., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  featuresGetAsync(
    req: FeaturesGetRequest = {},
    options: DoOptions = {},
  ): Promise<FeaturesMessage> {
    return this.$doAsync(encodeFeaturesGet, req, this.familyId, options, new FeaturesMessage());
  }
  /**
   * Get features (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  featuresGetDump(
    req: FeaturesGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<FeaturesMessage> {
    return this.$dump(encodeFeaturesGetDump, req, this.familyId, this.#FeaturesMessage, options);
  }
  /**
   * Set features..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  featuresSet(req: FeaturesSetRequest = {}, options: DoOptions = {}): FeaturesMessage {
    return this.$do(encodeFeaturesSet, req, this.familyId, options, this.#FeaturesMessage);
  }
  /**
   * Set features., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  featuresSetAsync(
    req: FeaturesSetRequest = {},
    options: DoOptions = {},
  ): Promise<FeaturesMessage> {
    return this.$doAsync(encodeFeaturesSet, req, this.familyId, options, new FeaturesMessage());
  }
  /**
   * Get device private flags..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  privflagsGet(req: PrivflagsGetRequest = {}, options: DoOptions = {}): PrivflagsMessage {
    return this.$do(encodePrivflagsGet, req, this.familyId, options, this.#PrivflagsMessage);
  }
  /**
   * Get device private flags., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  privflagsGetAsync(
    req: PrivflagsGetRequest = {},
    options: DoOptions = {},
  ): Promise<PrivflagsMessage> {
    return this.$doAsync(encodePrivflagsGet, req, this.familyId, options, new PrivflagsMessage());
  }
  /**
   * Get device private flags (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  privflagsGetDump(
    req: PrivflagsGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<PrivflagsMessage> {
    return this.$dump(encodePrivflagsGetDump, req, this.familyId, this.#PrivflagsMessage, options);
  }
  /**
   * Set device private flags..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  privflagsSet(req: PrivflagsSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodePrivflagsSet, req, this.familyId, options);
  }
  /**
   * Set device private flags., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  privflagsSetAsync(req: PrivflagsSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodePrivflagsSet, req, this.familyId, options);
  }
  /**
   * Get ring params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  ringsGet(req: RingsGetRequest = {}, options: DoOptions = {}): RingsMessage {
    return this.$do(encodeRingsGet, req, this.familyId, options, this.#RingsMessage);
  }
  /**
   * Get ring params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  ringsGetAsync(req: RingsGetRequest = {}, options: DoOptions = {}): Promise<RingsMessage> {
    return this.$doAsync(encodeRingsGet, req, this.familyId, options, new RingsMessage());
  }
  /**
   * Get ring params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  ringsGetDump(req: RingsGetDumpRequest = {}, options: WaitOptions = {}): Dump<RingsMessage> {
    return this.$dump(encodeRingsGetDump, req, this.familyId, this.#RingsMessage, options);
  }
  /**
   * Set ring params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  ringsSet(req: RingsSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeRingsSet, req, this.familyId, options);
  }
  /**
   * Set ring params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  ringsSetAsync(req: RingsSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeRingsSet, req, this.familyId, options);
  }
  /**
   * Get channel params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  channelsGet(req: ChannelsGetRequest = {}, options: DoOptions = {}): ChannelsMessage {
    return this.$do(encodeChannelsGet, req, this.familyId, options, this.#ChannelsMessage);
  }
  /**
   * Get channel params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  channelsGetAsync(
    req: ChannelsGetRequest = {},
    options: DoOptions = {},
  ): Promise<ChannelsMessage> {
    return this.$doAsync(encodeChannelsGet, req, this.familyId, options, new ChannelsMessage());
  }
  /**
   * Get channel params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  channelsGetDump(
    req: ChannelsGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<ChannelsMessage> {
    return this.$dump(encodeChannelsGetDump, req, this.familyId, this.#ChannelsMessage, options);
  }
  /**
   * Set channel params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  channelsSet(req: ChannelsSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeChannelsSet, req, this.familyId, options);
  }
  /**
   * Set channel params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  channelsSetAsync(req: ChannelsSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeChannelsSet, req, this.familyId, options);
  }
  /**
   * Get coalesce params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  coalesceGet(req: CoalesceGetRequest = {}, options: DoOptions = {}): CoalesceMessage {
    return this.$do(encodeCoalesceGet, req, this.familyId, options, this.#CoalesceMessage);
  }
  /**
   * Get coalesce params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  coalesceGetAsync(
    req: CoalesceGetRequest = {},
    options: DoOptions = {},
  ): Promise<CoalesceMessage> {
    return this.$doAsync(encodeCoalesceGet, req, this.familyId, options, new CoalesceMessage());
  }
  /**
   * Get coalesce params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  coalesceGetDump(
    req: CoalesceGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<CoalesceMessage> {
    return this.$dump(encodeCoalesceGetDump, req, this.familyId, this.#CoalesceMessage, options);
  }
  /**
   * Set coalesce params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  coalesceSet(req: CoalesceSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeCoalesceSet, req, this.familyId, options);
  }
  /**
   * Set coalesce params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  coalesceSetAsync(req: CoalesceSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeCoalesceSet, req, this.familyId, options);
  }
  /**
   * Get pause params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pauseGet(req: PauseGetRequest = {}, options: DoOptions = {}): PauseMessage {
    return this.$do(encodePauseGet, req, this.familyId, options, this.#PauseMessage);
  }
  /**
   * Get pause params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pauseGetAsync(req: PauseGetRequest = {}, options: DoOptions = {}): Promise<PauseMessage> {
    return this.$doAsync(encodePauseGet, req, this.familyId, options, new PauseMessage());
  }
  /**
   * Get pause params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  pauseGetDump(req: PauseGetDumpRequest = {}, options: WaitOptions = {}): Dump<PauseMessage> {
    return this.$dump(encodePauseGetDump, req, this.familyId, this.#PauseMessage, options);
  }
  /**
   * Set pause params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pauseSet(req: PauseSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodePauseSet, req, this.familyId, options);
  }
  /**
   * Set pause params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pauseSetAsync(req: PauseSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodePauseSet, req, this.familyId, options);
  }
  /**
   * Get eee params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  eeeGet(req: EeeGetRequest = {}, options: DoOptions = {}): EeeMessage {
    return this.$do(encodeEeeGet, req, this.familyId, options, this.#EeeMessage);
  }
  /**
   * Get eee params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  eeeGetAsync(req: EeeGetRequest = {}, options: DoOptions = {}): Promise<EeeMessage> {
    return this.$doAsync(encodeEeeGet, req, this.familyId, options, new EeeMessage());
  }
  /**
   * Get eee params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  eeeGetDump(req: EeeGetDumpRequest = {}, options: WaitOptions = {}): Dump<EeeMessage> {
    return this.$dump(encodeEeeGetDump, req, this.familyId, this.#EeeMessage, options);
  }
  /**
   * Set eee params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  eeeSet(req: EeeSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeEeeSet, req, this.familyId, options);
  }
  /**
   * Set eee params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  eeeSetAsync(req: EeeSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeEeeSet, req, this.familyId, options);
  }
  /**
   * Get tsinfo params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  tsinfoGet(req: TsinfoGetRequest = {}, options: DoOptions = {}): TsinfoMessage {
    return this.$do(encodeTsinfoGet, req, this.familyId, options, this.#TsinfoMessage);
  }
  /**
   * Get tsinfo params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  tsinfoGetAsync(req: TsinfoGetRequest = {}, options: DoOptions = {}): Promise<TsinfoMessage> {
    return this.$doAsync(encodeTsinfoGet, req, this.familyId, options, new TsinfoMessage());
  }
  /**
   * Get tsinfo params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  tsinfoGetDump(req: TsinfoGetDumpRequest = {}, options: WaitOptions = {}): Dump<TsinfoMessage> {
    return this.$dump(encodeTsinfoGetDump, req, this.familyId, this.#TsinfoMessage, options);
  }
  /**
   * Cable test..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  cableTestAct(req: CableTestActRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeCableTestAct, req, this.familyId, options);
  }
  /**
   * Cable test., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  cableTestActAsync(req: CableTestActRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeCableTestAct, req, this.familyId, options);
  }
  /**
   * Cable test TDR..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  cableTestTdrAct(req: CableTestTdrActRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeCableTestTdrAct, req, this.familyId, options);
  }
  /**
   * Cable test TDR., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  cableTestTdrActAsync(req: CableTestTdrActRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeCableTestTdrAct, req, this.familyId, options);
  }
  /**
   * Get tsinfo params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  tunnelInfoGet(req: TunnelInfoGetRequest = {}, options: DoOptions = {}): TunnelInfoMessage {
    return this.$do(encodeTunnelInfoGet, req, this.familyId, options, this.#TunnelInfoMessage);
  }
  /**
   * Get tsinfo params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  tunnelInfoGetAsync(
    req: TunnelInfoGetRequest = {},
    options: DoOptions = {},
  ): Promise<TunnelInfoMessage> {
    return this.$doAsync(encodeTunnelInfoGet, req, this.familyId, options, new TunnelInfoMessage());
  }
  /**
   * Get tsinfo params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  tunnelInfoGetDump(
    req: TunnelInfoGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<TunnelInfoMessage> {
    return this.$dump(
      encodeTunnelInfoGetDump,
      req,
      this.familyId,
      this.#TunnelInfoMessage,
      options,
    );
  }
  /**
   * Get FEC params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  fecGet(req: FecGetRequest = {}, options: DoOptions = {}): FecMessage {
    return this.$do(encodeFecGet, req, this.familyId, options, this.#FecMessage);
  }
  /**
   * Get FEC params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  fecGetAsync(req: FecGetRequest = {}, options: DoOptions = {}): Promise<FecMessage> {
    return this.$doAsync(encodeFecGet, req, this.familyId, options, new FecMessage());
  }
  /**
   * Get FEC params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  fecGetDump(req: FecGetDumpRequest = {}, options: WaitOptions = {}): Dump<FecMessage> {
    return this.$dump(encodeFecGetDump, req, this.familyId, this.#FecMessage, options);
  }
  /**
   * Set FEC params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  fecSet(req: FecSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeFecSet, req, this.familyId, options);
  }
  /**
   * Set FEC params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  fecSetAsync(req: FecSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeFecSet, req, this.familyId, options);
  }
  /**
   * Get module EEPROM params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  moduleEepromGet(req: ModuleEepromGetRequest = {}, options: DoOptions = {}): ModuleEepromMessage {
    return this.$do(encodeModuleEepromGet, req, this.familyId, options, this.#ModuleEepromMessage);
  }
  /**
   * Get module EEPROM params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  moduleEepromGetAsync(
    req: ModuleEepromGetRequest = {},
    options: DoOptions = {},
  ): Promise<ModuleEepromMessage> {
    return this.$doAsync(
      encodeModuleEepromGet,
      req,
      this.familyId,
      options,
      new ModuleEepromMessage(),
    );
  }
  /**
   * Get module EEPROM params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  moduleEepromGetDump(
    req: ModuleEepromGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<ModuleEepromMessage> {
    return this.$dump(
      encodeModuleEepromGetDump,
      req,
      this.familyId,
      this.#ModuleEepromMessage,
      options,
    );
  }
  /**
   * Get statistics..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  statsGet(req: StatsGetRequest = {}, options: DoOptions = {}): StatsMessage {
    return this.$do(encodeStatsGet, req, this.familyId, options, this.#StatsMessage);
  }
  /**
   * Get statistics., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  statsGetAsync(req: StatsGetRequest = {}, options: DoOptions = {}): Promise<StatsMessage> {
    return this.$doAsync(encodeStatsGet, req, this.familyId, options, new StatsMessage());
  }
  /**
   * Get statistics (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  statsGetDump(req: StatsGetDumpRequest = {}, options: WaitOptions = {}): Dump<StatsMessage> {
    return this.$dump(encodeStatsGetDump, req, this.familyId, this.#StatsMessage, options);
  }
  /**
   * Get PHC VCLOCKs..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  phcVclocksGet(req: PhcVclocksGetRequest = {}, options: DoOptions = {}): PhcVclocksMessage {
    return this.$do(encodePhcVclocksGet, req, this.familyId, options, this.#PhcVclocksMessage);
  }
  /**
   * Get PHC VCLOCKs., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  phcVclocksGetAsync(
    req: PhcVclocksGetRequest = {},
    options: DoOptions = {},
  ): Promise<PhcVclocksMessage> {
    return this.$doAsync(encodePhcVclocksGet, req, this.familyId, options, new PhcVclocksMessage());
  }
  /**
   * Get PHC VCLOCKs (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  phcVclocksGetDump(
    req: PhcVclocksGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<PhcVclocksMessage> {
    return this.$dump(
      encodePhcVclocksGetDump,
      req,
      this.familyId,
      this.#PhcVclocksMessage,
      options,
    );
  }
  /**
   * Get module params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  moduleGet(req: ModuleGetRequest = {}, options: DoOptions = {}): ModuleMessage {
    return this.$do(encodeModuleGet, req, this.familyId, options, this.#ModuleMessage);
  }
  /**
   * Get module params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  moduleGetAsync(req: ModuleGetRequest = {}, options: DoOptions = {}): Promise<ModuleMessage> {
    return this.$doAsync(encodeModuleGet, req, this.familyId, options, new ModuleMessage());
  }
  /**
   * Get module params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  moduleGetDump(req: ModuleGetDumpRequest = {}, options: WaitOptions = {}): Dump<ModuleMessage> {
    return this.$dump(encodeModuleGetDump, req, this.familyId, this.#ModuleMessage, options);
  }
  /**
   * Set module params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  moduleSet(req: ModuleSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeModuleSet, req, this.familyId, options);
  }
  /**
   * Set module params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  moduleSetAsync(req: ModuleSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeModuleSet, req, this.familyId, options);
  }
  /**
   * Get Power Sourcing Equipment params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pseGet(req: PseGetRequest = {}, options: DoOptions = {}): PseMessage {
    return this.$do(encodePseGet, req, this.familyId, options, this.#PseMessage);
  }
  /**
   * Get Power Sourcing Equipment params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pseGetAsync(req: PseGetRequest = {}, options: DoOptions = {}): Promise<PseMessage> {
    return this.$doAsync(encodePseGet, req, this.familyId, options, new PseMessage());
  }
  /**
   * Get Power Sourcing Equipment params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  pseGetDump(req: PseGetDumpRequest = {}, options: WaitOptions = {}): Dump<PseMessage> {
    return this.$dump(encodePseGetDump, req, this.familyId, this.#PseMessage, options);
  }
  /**
   * Set Power Sourcing Equipment params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pseSet(req: PseSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodePseSet, req, this.familyId, options);
  }
  /**
   * Set Power Sourcing Equipment params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pseSetAsync(req: PseSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodePseSet, req, this.familyId, options);
  }
  /**
   * Get RSS params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  rssGet(req: RssGetRequest = {}, options: DoOptions = {}): RssMessage {
    return this.$do(encodeRssGet, req, this.familyId, options, this.#RssMessage);
  }
  /**
   * Get RSS params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  rssGetAsync(req: RssGetRequest = {}, options: DoOptions = {}): Promise<RssMessage> {
    return this.$doAsync(encodeRssGet, req, this.familyId, options, new RssMessage());
  }
  /**
   * Get RSS params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  rssGetDump(req: RssGetDumpRequest = {}, options: WaitOptions = {}): Dump<RssMessage> {
    return this.$dump(encodeRssGetDump, req, this.familyId, this.#RssMessage, options);
  }
  /**
   * Get PLCA params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  plcaGetCfg(req: PlcaGetCfgRequest = {}, options: DoOptions = {}): PlcaMessage {
    return this.$do(encodePlcaGetCfg, req, this.familyId, options, this.#PlcaMessage);
  }
  /**
   * Get PLCA params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  plcaGetCfgAsync(req: PlcaGetCfgRequest = {}, options: DoOptions = {}): Promise<PlcaMessage> {
    return this.$doAsync(encodePlcaGetCfg, req, this.familyId, options, new PlcaMessage());
  }
  /**
   * Get PLCA params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  plcaGetCfgDump(req: PlcaGetCfgDumpRequest = {}, options: WaitOptions = {}): Dump<PlcaMessage> {
    return this.$dump(encodePlcaGetCfgDump, req, this.familyId, this.#PlcaMessage, options);
  }
  /**
   * Set PLCA params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  plcaSetCfg(req: PlcaSetCfgRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodePlcaSetCfg, req, this.familyId, options);
  }
  /**
   * Set PLCA params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  plcaSetCfgAsync(req: PlcaSetCfgRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodePlcaSetCfg, req, this.familyId, options);
  }
  /**
   * Get PLCA status params..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  plcaGetStatus(req: PlcaGetStatusRequest = {}, options: DoOptions = {}): PlcaMessage {
    return this.$do(encodePlcaGetStatus, req, this.familyId, options, this.#PlcaMessage);
  }
  /**
   * Get PLCA status params., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  plcaGetStatusAsync(
    req: PlcaGetStatusRequest = {},
    options: DoOptions = {},
  ): Promise<PlcaMessage> {
    return this.$doAsync(encodePlcaGetStatus, req, this.familyId, options, new PlcaMessage());
  }
  /**
   * Get PLCA status params (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  plcaGetStatusDump(
    req: PlcaGetStatusDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<PlcaMessage> {
    return this.$dump(encodePlcaGetStatusDump, req, this.familyId, this.#PlcaMessage, options);
  }
  /**
   * Get MAC Merge configuration and state.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  mmGet(req: MmGetRequest = {}, options: DoOptions = {}): MmMessage {
    return this.$do(encodeMmGet, req, this.familyId, options, this.#MmMessage);
  }
  /**
   * Get MAC Merge configuration and state, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  mmGetAsync(req: MmGetRequest = {}, options: DoOptions = {}): Promise<MmMessage> {
    return this.$doAsync(encodeMmGet, req, this.familyId, options, new MmMessage());
  }
  /**
   * Get MAC Merge configuration and state (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  mmGetDump(req: MmGetDumpRequest = {}, options: WaitOptions = {}): Dump<MmMessage> {
    return this.$dump(encodeMmGetDump, req, this.familyId, this.#MmMessage, options);
  }
  /**
   * Set MAC Merge configuration.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  mmSet(req: MmSetRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeMmSet, req, this.familyId, options);
  }
  /**
   * Set MAC Merge configuration, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  mmSetAsync(req: MmSetRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeMmSet, req, this.familyId, options);
  }
  /**
   * Flash transceiver module firmware..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  moduleFwFlashAct(req: ModuleFwFlashActRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeModuleFwFlashAct, req, this.familyId, options);
  }
  /**
   * Flash transceiver module firmware., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  moduleFwFlashActAsync(req: ModuleFwFlashActRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeModuleFwFlashAct, req, this.familyId, options);
  }
  /**
   * Get PHY devices attached to an interface.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  phyGet(req: PhyGetRequest = {}, options: DoOptions = {}): PhyMessage {
    return this.$do(encodePhyGet, req, this.familyId, options, this.#PhyMessage);
  }
  /**
   * Get PHY devices attached to an interface, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  phyGetAsync(req: PhyGetRequest = {}, options: DoOptions = {}): Promise<PhyMessage> {
    return this.$doAsync(encodePhyGet, req, this.familyId, options, new PhyMessage());
  }
  /**
   * Get PHY devices attached to an interface (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  phyGetDump(req: PhyGetDumpRequest = {}, options: WaitOptions = {}): Dump<PhyMessage> {
    return this.$dump(encodePhyGetDump, req, this.familyId, this.#PhyMessage, options);
  }
  /**
   * Joins a multicast group of the family by name.
   *
   * @param group .
   * @throws {RangeError} When the family has no such group.
   */
  subscribe(group: string): void {
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
  ): AsyncIterableIterator<
    | Notification<"linkinfo-get" | "linkinfo-set" | "linkinfo-ntf", LinkinfoMessage>
    | Notification<"linkmodes-get" | "linkmodes-set" | "linkmodes-ntf", LinkmodesMessage>
    | Notification<"debug-get" | "debug-set" | "debug-ntf", DebugMessage>
    | Notification<"wol-get" | "wol-set" | "wol-ntf", WolMessage>
    | Notification<"features-get" | "features-set" | "features-ntf", FeaturesMessage>
    | Notification<"privflags-get" | "privflags-set" | "privflags-ntf", PrivflagsMessage>
    | Notification<"rings-get" | "rings-set" | "rings-ntf", RingsMessage>
    | Notification<"channels-get" | "channels-set" | "channels-ntf", ChannelsMessage>
    | Notification<"coalesce-get" | "coalesce-set" | "coalesce-ntf", CoalesceMessage>
    | Notification<"pause-get" | "pause-set" | "pause-ntf", PauseMessage>
    | Notification<"eee-get" | "eee-set" | "eee-ntf", EeeMessage>
    | Notification<"cable-test-ntf", CableTestNtfMessage>
    | Notification<"cable-test-tdr-ntf", CableTestTdrNtfMessage>
    | Notification<"fec-get" | "fec-set" | "fec-ntf", FecMessage>
    | Notification<"module-get" | "module-set" | "module-ntf", ModuleMessage>
    | Notification<"plca-get-cfg" | "plca-set-cfg" | "plca-get-status" | "plca-ntf", PlcaMessage>
    | Notification<"mm-get" | "mm-set" | "mm-ntf", MmMessage>
    | Notification<"module-fw-flash-act" | "module-fw-flash-ntf", ModuleFwFlashMessage>
  > {
    return this.$notifications(options, (name) => {
      switch (name) {
        case "linkinfo-get":
        case "linkinfo-set":
        case "linkinfo-ntf":
          return this.#LinkinfoMessage;
        case "linkmodes-get":
        case "linkmodes-set":
        case "linkmodes-ntf":
          return this.#LinkmodesMessage;
        case "debug-get":
        case "debug-set":
        case "debug-ntf":
          return this.#DebugMessage;
        case "wol-get":
        case "wol-set":
        case "wol-ntf":
          return this.#WolMessage;
        case "features-get":
        case "features-set":
        case "features-ntf":
          return this.#FeaturesMessage;
        case "privflags-get":
        case "privflags-set":
        case "privflags-ntf":
          return this.#PrivflagsMessage;
        case "rings-get":
        case "rings-set":
        case "rings-ntf":
          return this.#RingsMessage;
        case "channels-get":
        case "channels-set":
        case "channels-ntf":
          return this.#ChannelsMessage;
        case "coalesce-get":
        case "coalesce-set":
        case "coalesce-ntf":
          return this.#CoalesceMessage;
        case "pause-get":
        case "pause-set":
        case "pause-ntf":
          return this.#PauseMessage;
        case "eee-get":
        case "eee-set":
        case "eee-ntf":
          return this.#EeeMessage;
        case "cable-test-ntf":
          return this.#CableTestNtfMessage;
        case "cable-test-tdr-ntf":
          return this.#CableTestTdrNtfMessage;
        case "fec-get":
        case "fec-set":
        case "fec-ntf":
          return this.#FecMessage;
        case "module-get":
        case "module-set":
        case "module-ntf":
          return this.#ModuleMessage;
        case "plca-get-cfg":
        case "plca-set-cfg":
        case "plca-get-status":
        case "plca-ntf":
          return this.#PlcaMessage;
        case "mm-get":
        case "mm-set":
        case "mm-ntf":
          return this.#MmMessage;
        case "module-fw-flash-act":
        case "module-fw-flash-ntf":
          return this.#ModuleFwFlashMessage;
      }
      return undefined;
    }) as AsyncIterableIterator<
      | Notification<"linkinfo-get" | "linkinfo-set" | "linkinfo-ntf", LinkinfoMessage>
      | Notification<"linkmodes-get" | "linkmodes-set" | "linkmodes-ntf", LinkmodesMessage>
      | Notification<"debug-get" | "debug-set" | "debug-ntf", DebugMessage>
      | Notification<"wol-get" | "wol-set" | "wol-ntf", WolMessage>
      | Notification<"features-get" | "features-set" | "features-ntf", FeaturesMessage>
      | Notification<"privflags-get" | "privflags-set" | "privflags-ntf", PrivflagsMessage>
      | Notification<"rings-get" | "rings-set" | "rings-ntf", RingsMessage>
      | Notification<"channels-get" | "channels-set" | "channels-ntf", ChannelsMessage>
      | Notification<"coalesce-get" | "coalesce-set" | "coalesce-ntf", CoalesceMessage>
      | Notification<"pause-get" | "pause-set" | "pause-ntf", PauseMessage>
      | Notification<"eee-get" | "eee-set" | "eee-ntf", EeeMessage>
      | Notification<"cable-test-ntf", CableTestNtfMessage>
      | Notification<"cable-test-tdr-ntf", CableTestTdrNtfMessage>
      | Notification<"fec-get" | "fec-set" | "fec-ntf", FecMessage>
      | Notification<"module-get" | "module-set" | "module-ntf", ModuleMessage>
      | Notification<"plca-get-cfg" | "plca-set-cfg" | "plca-get-status" | "plca-ntf", PlcaMessage>
      | Notification<"mm-get" | "mm-set" | "mm-ntf", MmMessage>
      | Notification<"module-fw-flash-act" | "module-fw-flash-ntf", ModuleFwFlashMessage>
    >;
  }
}

export { AttrView, StructView } from "../ynl/view.ts";
export { FamilyClient } from "../ynl/client.ts";
export type { ClientOptions, DoOptions, Dump, Notification } from "../ynl/client.ts";
export type { FamilySchema } from "../ynl/schema.ts";
export type { Message } from "../codec/message.ts";
export type { MessageWriter } from "../codec/writer.ts";
export type { WaitOptions } from "../socket/options.ts";

/** The ethtool family as data: names, numbers and types, for the JSON codec. */
export const schema: FamilySchema = {
  "name": "ethtool",
  "protocol": "genetlink-legacy",
  "protonum": 16,
  "version": 1,
  "enums": {
    "udp-tunnel-type": {
      "kind": "enum",
      "entries": {
        "vxlan": 0,
        "geneve": 1,
        "vxlan-gpe": 2,
      },
    },
    "stringset": {
      "kind": "enum",
      "entries": {},
    },
    "header-flags": {
      "kind": "flags",
      "entries": {
        "compact-bitsets": 1,
        "omit-reply": 2,
        "stats": 4,
      },
    },
    "module-fw-flash-status": {
      "kind": "enum",
      "entries": {
        "started": 0,
        "in_progress": 1,
        "completed": 2,
        "error": 3,
      },
    },
    "c33-pse-ext-state": {
      "kind": "enum",
      "entries": {
        "none": 0,
        "error-condition": 1,
        "mr-mps-valid": 2,
        "mr-pse-enable": 3,
        "option-detect-ted": 4,
        "option-vport-lim": 5,
        "ovld-detected": 6,
        "power-not-available": 7,
        "short-detected": 8,
      },
    },
    "phy-upstream-type": {
      "kind": "enum",
      "entries": {
        "mac": 0,
        "phy": 1,
      },
    },
  },
  "structs": {},
  "attrSets": {
    "header": {
      "attrs": [
        {
          "name": "dev-index",
          "key": "devIndex",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "dev-name",
          "key": "devName",
          "value": 2,
          "type": "string",
        },
        {
          "name": "flags",
          "key": "flags",
          "value": 3,
          "type": "u32",
          "enum": "header-flags",
        },
        {
          "name": "phy-index",
          "key": "phyIndex",
          "value": 4,
          "type": "u32",
        },
      ],
    },
    "bitset-bit": {
      "attrs": [
        {
          "name": "index",
          "key": "index",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "name",
          "key": "name",
          "value": 2,
          "type": "string",
        },
        {
          "name": "value",
          "key": "value",
          "value": 3,
          "type": "flag",
        },
      ],
    },
    "bitset-bits": {
      "attrs": [
        {
          "name": "bit",
          "key": "bit",
          "value": 1,
          "type": "nest",
          "multi": true,
          "nested": "bitset-bit",
        },
      ],
    },
    "bitset": {
      "attrs": [
        {
          "name": "nomask",
          "key": "nomask",
          "value": 1,
          "type": "flag",
        },
        {
          "name": "size",
          "key": "sizeAttr",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "bits",
          "key": "bits",
          "value": 3,
          "type": "nest",
          "nested": "bitset-bits",
        },
        {
          "name": "value",
          "key": "value",
          "value": 4,
          "type": "binary",
        },
        {
          "name": "mask",
          "key": "mask",
          "value": 5,
          "type": "binary",
        },
      ],
    },
    "string": {
      "attrs": [
        {
          "name": "index",
          "key": "index",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "value",
          "key": "value",
          "value": 2,
          "type": "string",
        },
      ],
    },
    "strings": {
      "attrs": [
        {
          "name": "string",
          "key": "string",
          "value": 1,
          "type": "nest",
          "multi": true,
          "nested": "string",
        },
      ],
    },
    "stringset": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "count",
          "key": "count",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "strings",
          "key": "strings",
          "value": 3,
          "type": "nest",
          "multi": true,
          "nested": "strings",
        },
      ],
    },
    "stringsets": {
      "attrs": [
        {
          "name": "stringset",
          "key": "stringset",
          "value": 1,
          "type": "nest",
          "multi": true,
          "nested": "stringset",
        },
      ],
    },
    "strset": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "stringsets",
          "key": "stringsets",
          "value": 2,
          "type": "nest",
          "nested": "stringsets",
        },
        {
          "name": "counts-only",
          "key": "countsOnly",
          "value": 3,
          "type": "flag",
        },
      ],
    },
    "privflags": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "flags",
          "key": "flags",
          "value": 2,
          "type": "nest",
          "nested": "bitset",
        },
      ],
    },
    "rings": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "rx-max",
          "key": "rxMax",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "rx-mini-max",
          "key": "rxMiniMax",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "rx-jumbo-max",
          "key": "rxJumboMax",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "tx-max",
          "key": "txMax",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "rx",
          "key": "rx",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "rx-mini",
          "key": "rxMini",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "rx-jumbo",
          "key": "rxJumbo",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "tx",
          "key": "tx",
          "value": 9,
          "type": "u32",
        },
        {
          "name": "rx-buf-len",
          "key": "rxBufLen",
          "value": 10,
          "type": "u32",
        },
        {
          "name": "tcp-data-split",
          "key": "tcpDataSplit",
          "value": 11,
          "type": "u8",
        },
        {
          "name": "cqe-size",
          "key": "cqeSize",
          "value": 12,
          "type": "u32",
        },
        {
          "name": "tx-push",
          "key": "txPush",
          "value": 13,
          "type": "u8",
        },
        {
          "name": "rx-push",
          "key": "rxPush",
          "value": 14,
          "type": "u8",
        },
        {
          "name": "tx-push-buf-len",
          "key": "txPushBufLen",
          "value": 15,
          "type": "u32",
        },
        {
          "name": "tx-push-buf-len-max",
          "key": "txPushBufLenMax",
          "value": 16,
          "type": "u32",
        },
      ],
    },
    "mm-stat": {
      "attrs": [
        {
          "name": "pad",
          "key": "pad",
          "value": 1,
          "type": "pad",
        },
        {
          "name": "reassembly-errors",
          "key": "reassemblyErrors",
          "value": 2,
          "type": "u64",
        },
        {
          "name": "smd-errors",
          "key": "smdErrors",
          "value": 3,
          "type": "u64",
        },
        {
          "name": "reassembly-ok",
          "key": "reassemblyOk",
          "value": 4,
          "type": "u64",
        },
        {
          "name": "rx-frag-count",
          "key": "rxFragCount",
          "value": 5,
          "type": "u64",
        },
        {
          "name": "tx-frag-count",
          "key": "txFragCount",
          "value": 6,
          "type": "u64",
        },
        {
          "name": "hold-count",
          "key": "holdCount",
          "value": 7,
          "type": "u64",
        },
      ],
    },
    "mm": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "pmac-enabled",
          "key": "pmacEnabled",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "tx-enabled",
          "key": "txEnabled",
          "value": 3,
          "type": "u8",
        },
        {
          "name": "tx-active",
          "key": "txActive",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "tx-min-frag-size",
          "key": "txMinFragSize",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "rx-min-frag-size",
          "key": "rxMinFragSize",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "verify-enabled",
          "key": "verifyEnabled",
          "value": 7,
          "type": "u8",
        },
        {
          "name": "verify-status",
          "key": "verifyStatus",
          "value": 8,
          "type": "u8",
        },
        {
          "name": "verify-time",
          "key": "verifyTime",
          "value": 9,
          "type": "u32",
        },
        {
          "name": "max-verify-time",
          "key": "maxVerifyTime",
          "value": 10,
          "type": "u32",
        },
        {
          "name": "stats",
          "key": "stats",
          "value": 11,
          "type": "nest",
          "nested": "mm-stat",
        },
      ],
    },
    "linkinfo": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "port",
          "key": "port",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "phyaddr",
          "key": "phyaddr",
          "value": 3,
          "type": "u8",
        },
        {
          "name": "tp-mdix",
          "key": "tpMdix",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "tp-mdix-ctrl",
          "key": "tpMdixCtrl",
          "value": 5,
          "type": "u8",
        },
        {
          "name": "transceiver",
          "key": "transceiver",
          "value": 6,
          "type": "u8",
        },
      ],
    },
    "linkmodes": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "autoneg",
          "key": "autoneg",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "ours",
          "key": "ours",
          "value": 3,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "peer",
          "key": "peer",
          "value": 4,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "speed",
          "key": "speed",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "duplex",
          "key": "duplex",
          "value": 6,
          "type": "u8",
        },
        {
          "name": "master-slave-cfg",
          "key": "masterSlaveCfg",
          "value": 7,
          "type": "u8",
        },
        {
          "name": "master-slave-state",
          "key": "masterSlaveState",
          "value": 8,
          "type": "u8",
        },
        {
          "name": "lanes",
          "key": "lanes",
          "value": 9,
          "type": "u32",
        },
        {
          "name": "rate-matching",
          "key": "rateMatching",
          "value": 10,
          "type": "u8",
        },
      ],
    },
    "linkstate": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "link",
          "key": "link",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "sqi",
          "key": "sqi",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "sqi-max",
          "key": "sqiMax",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "ext-state",
          "key": "extState",
          "value": 5,
          "type": "u8",
        },
        {
          "name": "ext-substate",
          "key": "extSubstate",
          "value": 6,
          "type": "u8",
        },
        {
          "name": "ext-down-cnt",
          "key": "extDownCnt",
          "value": 7,
          "type": "u32",
        },
      ],
    },
    "debug": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "msgmask",
          "key": "msgmask",
          "value": 2,
          "type": "nest",
          "nested": "bitset",
        },
      ],
    },
    "wol": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "modes",
          "key": "modes",
          "value": 2,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "sopass",
          "key": "sopass",
          "value": 3,
          "type": "binary",
        },
      ],
    },
    "features": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "hw",
          "key": "hw",
          "value": 2,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "wanted",
          "key": "wanted",
          "value": 3,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "active",
          "key": "active",
          "value": 4,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "nochange",
          "key": "nochange",
          "value": 5,
          "type": "nest",
          "nested": "bitset",
        },
      ],
    },
    "channels": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "rx-max",
          "key": "rxMax",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "tx-max",
          "key": "txMax",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "other-max",
          "key": "otherMax",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "combined-max",
          "key": "combinedMax",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "rx-count",
          "key": "rxCount",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "tx-count",
          "key": "txCount",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "other-count",
          "key": "otherCount",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "combined-count",
          "key": "combinedCount",
          "value": 9,
          "type": "u32",
        },
      ],
    },
    "irq-moderation": {
      "attrs": [
        {
          "name": "usec",
          "key": "usec",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "pkts",
          "key": "pkts",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "comps",
          "key": "comps",
          "value": 3,
          "type": "u32",
        },
      ],
    },
    "profile": {
      "attrs": [
        {
          "name": "irq-moderation",
          "key": "irqModeration",
          "value": 1,
          "type": "nest",
          "multi": true,
          "nested": "irq-moderation",
        },
      ],
    },
    "coalesce": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "rx-usecs",
          "key": "rxUsecs",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "rx-max-frames",
          "key": "rxMaxFrames",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "rx-usecs-irq",
          "key": "rxUsecsIrq",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "rx-max-frames-irq",
          "key": "rxMaxFramesIrq",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "tx-usecs",
          "key": "txUsecs",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "tx-max-frames",
          "key": "txMaxFrames",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "tx-usecs-irq",
          "key": "txUsecsIrq",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "tx-max-frames-irq",
          "key": "txMaxFramesIrq",
          "value": 9,
          "type": "u32",
        },
        {
          "name": "stats-block-usecs",
          "key": "statsBlockUsecs",
          "value": 10,
          "type": "u32",
        },
        {
          "name": "use-adaptive-rx",
          "key": "useAdaptiveRx",
          "value": 11,
          "type": "u8",
        },
        {
          "name": "use-adaptive-tx",
          "key": "useAdaptiveTx",
          "value": 12,
          "type": "u8",
        },
        {
          "name": "pkt-rate-low",
          "key": "pktRateLow",
          "value": 13,
          "type": "u32",
        },
        {
          "name": "rx-usecs-low",
          "key": "rxUsecsLow",
          "value": 14,
          "type": "u32",
        },
        {
          "name": "rx-max-frames-low",
          "key": "rxMaxFramesLow",
          "value": 15,
          "type": "u32",
        },
        {
          "name": "tx-usecs-low",
          "key": "txUsecsLow",
          "value": 16,
          "type": "u32",
        },
        {
          "name": "tx-max-frames-low",
          "key": "txMaxFramesLow",
          "value": 17,
          "type": "u32",
        },
        {
          "name": "pkt-rate-high",
          "key": "pktRateHigh",
          "value": 18,
          "type": "u32",
        },
        {
          "name": "rx-usecs-high",
          "key": "rxUsecsHigh",
          "value": 19,
          "type": "u32",
        },
        {
          "name": "rx-max-frames-high",
          "key": "rxMaxFramesHigh",
          "value": 20,
          "type": "u32",
        },
        {
          "name": "tx-usecs-high",
          "key": "txUsecsHigh",
          "value": 21,
          "type": "u32",
        },
        {
          "name": "tx-max-frames-high",
          "key": "txMaxFramesHigh",
          "value": 22,
          "type": "u32",
        },
        {
          "name": "rate-sample-interval",
          "key": "rateSampleInterval",
          "value": 23,
          "type": "u32",
        },
        {
          "name": "use-cqe-mode-tx",
          "key": "useCqeModeTx",
          "value": 24,
          "type": "u8",
        },
        {
          "name": "use-cqe-mode-rx",
          "key": "useCqeModeRx",
          "value": 25,
          "type": "u8",
        },
        {
          "name": "tx-aggr-max-bytes",
          "key": "txAggrMaxBytes",
          "value": 26,
          "type": "u32",
        },
        {
          "name": "tx-aggr-max-frames",
          "key": "txAggrMaxFrames",
          "value": 27,
          "type": "u32",
        },
        {
          "name": "tx-aggr-time-usecs",
          "key": "txAggrTimeUsecs",
          "value": 28,
          "type": "u32",
        },
        {
          "name": "rx-profile",
          "key": "rxProfile",
          "value": 29,
          "type": "nest",
          "nested": "profile",
        },
        {
          "name": "tx-profile",
          "key": "txProfile",
          "value": 30,
          "type": "nest",
          "nested": "profile",
        },
      ],
    },
    "pause-stat": {
      "attrs": [
        {
          "name": "pad",
          "key": "pad",
          "value": 1,
          "type": "pad",
        },
        {
          "name": "tx-frames",
          "key": "txFrames",
          "value": 2,
          "type": "u64",
        },
        {
          "name": "rx-frames",
          "key": "rxFrames",
          "value": 3,
          "type": "u64",
        },
      ],
    },
    "pause": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "autoneg",
          "key": "autoneg",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "rx",
          "key": "rx",
          "value": 3,
          "type": "u8",
        },
        {
          "name": "tx",
          "key": "tx",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "stats",
          "key": "stats",
          "value": 5,
          "type": "nest",
          "nested": "pause-stat",
        },
        {
          "name": "stats-src",
          "key": "statsSrc",
          "value": 6,
          "type": "u32",
        },
      ],
    },
    "eee": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "modes-ours",
          "key": "modesOurs",
          "value": 2,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "modes-peer",
          "key": "modesPeer",
          "value": 3,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "active",
          "key": "active",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "enabled",
          "key": "enabled",
          "value": 5,
          "type": "u8",
        },
        {
          "name": "tx-lpi-enabled",
          "key": "txLpiEnabled",
          "value": 6,
          "type": "u8",
        },
        {
          "name": "tx-lpi-timer",
          "key": "txLpiTimer",
          "value": 7,
          "type": "u32",
        },
      ],
    },
    "ts-stat": {
      "attrs": [
        {
          "name": "tx-pkts",
          "key": "txPkts",
          "value": 1,
          "type": "uint",
        },
        {
          "name": "tx-lost",
          "key": "txLost",
          "value": 2,
          "type": "uint",
        },
        {
          "name": "tx-err",
          "key": "txErr",
          "value": 3,
          "type": "uint",
        },
      ],
    },
    "tsinfo": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "timestamping",
          "key": "timestamping",
          "value": 2,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "tx-types",
          "key": "txTypes",
          "value": 3,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "rx-filters",
          "key": "rxFilters",
          "value": 4,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "phc-index",
          "key": "phcIndex",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "stats",
          "key": "stats",
          "value": 6,
          "type": "nest",
          "nested": "ts-stat",
        },
      ],
    },
    "cable-result": {
      "attrs": [
        {
          "name": "pair",
          "key": "pair",
          "value": 1,
          "type": "u8",
        },
        {
          "name": "code",
          "key": "code",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "src",
          "key": "src",
          "value": 3,
          "type": "u32",
        },
      ],
    },
    "cable-fault-length": {
      "attrs": [
        {
          "name": "pair",
          "key": "pair",
          "value": 1,
          "type": "u8",
        },
        {
          "name": "cm",
          "key": "cm",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "src",
          "key": "src",
          "value": 3,
          "type": "u32",
        },
      ],
    },
    "cable-nest": {
      "attrs": [
        {
          "name": "result",
          "key": "result",
          "value": 1,
          "type": "nest",
          "nested": "cable-result",
        },
        {
          "name": "fault-length",
          "key": "faultLength",
          "value": 2,
          "type": "nest",
          "nested": "cable-fault-length",
        },
      ],
    },
    "cable-test": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
      ],
    },
    "cable-test-ntf": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "status",
          "key": "status",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "nest",
          "key": "nest",
          "value": 3,
          "type": "nest",
          "nested": "cable-nest",
        },
      ],
    },
    "cable-test-tdr-cfg": {
      "attrs": [
        {
          "name": "first",
          "key": "first",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "last",
          "key": "last",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "step",
          "key": "step",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "pair",
          "key": "pair",
          "value": 4,
          "type": "u8",
        },
      ],
    },
    "cable-test-tdr-ntf": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "status",
          "key": "status",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "nest",
          "key": "nest",
          "value": 3,
          "type": "nest",
          "nested": "cable-nest",
        },
      ],
    },
    "cable-test-tdr": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "cfg",
          "key": "cfg",
          "value": 2,
          "type": "nest",
          "nested": "cable-test-tdr-cfg",
        },
      ],
    },
    "tunnel-udp-entry": {
      "attrs": [
        {
          "name": "port",
          "key": "port",
          "value": 1,
          "type": "u16",
          "bigEndian": true,
        },
        {
          "name": "type",
          "key": "type",
          "value": 2,
          "type": "u32",
          "enum": "udp-tunnel-type",
        },
      ],
    },
    "tunnel-udp-table": {
      "attrs": [
        {
          "name": "size",
          "key": "sizeAttr",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "types",
          "key": "types",
          "value": 2,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "entry",
          "key": "entry",
          "value": 3,
          "type": "nest",
          "multi": true,
          "nested": "tunnel-udp-entry",
        },
      ],
    },
    "tunnel-udp": {
      "attrs": [
        {
          "name": "table",
          "key": "table",
          "value": 1,
          "type": "nest",
          "nested": "tunnel-udp-table",
        },
      ],
    },
    "tunnel-info": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "udp-ports",
          "key": "udpPorts",
          "value": 2,
          "type": "nest",
          "nested": "tunnel-udp",
        },
      ],
    },
    "fec-stat": {
      "attrs": [
        {
          "name": "pad",
          "key": "pad",
          "value": 1,
          "type": "pad",
        },
        {
          "name": "corrected",
          "key": "corrected",
          "value": 2,
          "type": "binary",
          "subType": "u64",
        },
        {
          "name": "uncorr",
          "key": "uncorr",
          "value": 3,
          "type": "binary",
          "subType": "u64",
        },
        {
          "name": "corr-bits",
          "key": "corrBits",
          "value": 4,
          "type": "binary",
          "subType": "u64",
        },
      ],
    },
    "fec": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "modes",
          "key": "modes",
          "value": 2,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "auto",
          "key": "auto",
          "value": 3,
          "type": "u8",
        },
        {
          "name": "active",
          "key": "active",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "stats",
          "key": "stats",
          "value": 5,
          "type": "nest",
          "nested": "fec-stat",
        },
      ],
    },
    "module-eeprom": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "offset",
          "key": "offsetAttr",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "length",
          "key": "length",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "page",
          "key": "page",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "bank",
          "key": "bank",
          "value": 5,
          "type": "u8",
        },
        {
          "name": "i2c-address",
          "key": "i2cAddress",
          "value": 6,
          "type": "u8",
        },
        {
          "name": "data",
          "key": "data",
          "value": 7,
          "type": "binary",
        },
      ],
    },
    "stats-grp": {
      "attrs": [
        {
          "name": "pad",
          "key": "pad",
          "value": 1,
          "type": "pad",
        },
        {
          "name": "id",
          "key": "id",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "ss-id",
          "key": "ssId",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "stat",
          "key": "stat",
          "value": 4,
          "type": "u64",
          "typeValue": [
            "id",
          ],
        },
        {
          "name": "hist-rx",
          "key": "histRx",
          "value": 5,
          "type": "nest",
          "nested": "stats-grp-hist",
        },
        {
          "name": "hist-tx",
          "key": "histTx",
          "value": 6,
          "type": "nest",
          "nested": "stats-grp-hist",
        },
        {
          "name": "hist-bkt-low",
          "key": "histBktLow",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "hist-bkt-hi",
          "key": "histBktHi",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "hist-val",
          "key": "histVal",
          "value": 9,
          "type": "u64",
        },
      ],
    },
    "stats-grp-hist": {
      "attrs": [
        {
          "name": "hist-bkt-low",
          "key": "histBktLow",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "hist-bkt-hi",
          "key": "histBktHi",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "hist-val",
          "key": "histVal",
          "value": 9,
          "type": "u64",
        },
      ],
    },
    "stats": {
      "attrs": [
        {
          "name": "pad",
          "key": "pad",
          "value": 1,
          "type": "pad",
        },
        {
          "name": "header",
          "key": "header",
          "value": 2,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "groups",
          "key": "groups",
          "value": 3,
          "type": "nest",
          "nested": "bitset",
        },
        {
          "name": "grp",
          "key": "grp",
          "value": 4,
          "type": "nest",
          "nested": "stats-grp",
        },
        {
          "name": "src",
          "key": "src",
          "value": 5,
          "type": "u32",
        },
      ],
    },
    "phc-vclocks": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "num",
          "key": "num",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "index",
          "key": "index",
          "value": 3,
          "type": "binary",
          "subType": "s32",
        },
      ],
    },
    "module": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "power-mode-policy",
          "key": "powerModePolicy",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "power-mode",
          "key": "powerMode",
          "value": 3,
          "type": "u8",
        },
      ],
    },
    "c33-pse-pw-limit": {
      "attrs": [
        {
          "name": "min",
          "key": "min",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "max",
          "key": "max",
          "value": 2,
          "type": "u32",
        },
      ],
    },
    "pse": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "podl-pse-admin-state",
          "key": "podlPseAdminState",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "podl-pse-admin-control",
          "key": "podlPseAdminControl",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "podl-pse-pw-d-status",
          "key": "podlPsePwDStatus",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "c33-pse-admin-state",
          "key": "c33PseAdminState",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "c33-pse-admin-control",
          "key": "c33PseAdminControl",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "c33-pse-pw-d-status",
          "key": "c33PsePwDStatus",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "c33-pse-pw-class",
          "key": "c33PsePwClass",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "c33-pse-actual-pw",
          "key": "c33PseActualPw",
          "value": 9,
          "type": "u32",
        },
        {
          "name": "c33-pse-ext-state",
          "key": "c33PseExtState",
          "value": 10,
          "type": "u32",
          "enum": "c33-pse-ext-state",
        },
        {
          "name": "c33-pse-ext-substate",
          "key": "c33PseExtSubstate",
          "value": 11,
          "type": "u32",
        },
        {
          "name": "c33-pse-avail-pw-limit",
          "key": "c33PseAvailPwLimit",
          "value": 12,
          "type": "u32",
        },
        {
          "name": "c33-pse-pw-limit-ranges",
          "key": "c33PsePwLimitRanges",
          "value": 13,
          "type": "nest",
          "multi": true,
          "nested": "c33-pse-pw-limit",
        },
      ],
    },
    "rss": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "context",
          "key": "context",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "hfunc",
          "key": "hfunc",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "indir",
          "key": "indir",
          "value": 4,
          "type": "binary",
          "subType": "u32",
        },
        {
          "name": "hkey",
          "key": "hkey",
          "value": 5,
          "type": "binary",
        },
        {
          "name": "input_xfrm",
          "key": "inputXfrm",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "start-context",
          "key": "startContext",
          "value": 7,
          "type": "u32",
        },
      ],
    },
    "plca": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "version",
          "key": "version",
          "value": 2,
          "type": "u16",
        },
        {
          "name": "enabled",
          "key": "enabled",
          "value": 3,
          "type": "u8",
        },
        {
          "name": "status",
          "key": "status",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "node-cnt",
          "key": "nodeCnt",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "node-id",
          "key": "nodeId",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "to-tmr",
          "key": "toTmr",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "burst-cnt",
          "key": "burstCnt",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "burst-tmr",
          "key": "burstTmr",
          "value": 9,
          "type": "u32",
        },
      ],
    },
    "module-fw-flash": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "file-name",
          "key": "fileName",
          "value": 2,
          "type": "string",
        },
        {
          "name": "password",
          "key": "password",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "status",
          "key": "status",
          "value": 4,
          "type": "u32",
          "enum": "module-fw-flash-status",
        },
        {
          "name": "status-msg",
          "key": "statusMsg",
          "value": 5,
          "type": "string",
        },
        {
          "name": "done",
          "key": "done",
          "value": 6,
          "type": "uint",
        },
        {
          "name": "total",
          "key": "total",
          "value": 7,
          "type": "uint",
        },
      ],
    },
    "phy": {
      "attrs": [
        {
          "name": "header",
          "key": "header",
          "value": 1,
          "type": "nest",
          "nested": "header",
        },
        {
          "name": "index",
          "key": "index",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "drvname",
          "key": "drvname",
          "value": 3,
          "type": "string",
        },
        {
          "name": "name",
          "key": "name",
          "value": 4,
          "type": "string",
        },
        {
          "name": "upstream-type",
          "key": "upstreamType",
          "value": 5,
          "type": "u32",
          "enum": "phy-upstream-type",
        },
        {
          "name": "upstream-index",
          "key": "upstreamIndex",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "upstream-sfp-name",
          "key": "upstreamSfpName",
          "value": 7,
          "type": "string",
        },
        {
          "name": "downstream-sfp-name",
          "key": "downstreamSfpName",
          "value": 8,
          "type": "string",
        },
      ],
    },
  },
  "subMessages": {},
  "ops": [
    {
      "name": "strset-get",
      "attrSet": "strset",
      "do": {
        "request": {
          "value": 1,
          "attrs": [
            "header",
            "stringsets",
            "counts-only",
          ],
        },
        "reply": {
          "value": 1,
          "attrs": [
            "header",
            "stringsets",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 1,
          "attrs": [
            "header",
            "stringsets",
            "counts-only",
          ],
        },
        "reply": {
          "value": 1,
          "attrs": [
            "header",
            "stringsets",
          ],
        },
      },
    },
    {
      "name": "linkinfo-get",
      "attrSet": "linkinfo",
      "do": {
        "request": {
          "value": 2,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 2,
          "attrs": [
            "header",
            "port",
            "phyaddr",
            "tp-mdix",
            "tp-mdix-ctrl",
            "transceiver",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 2,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 2,
          "attrs": [
            "header",
            "port",
            "phyaddr",
            "tp-mdix",
            "tp-mdix-ctrl",
            "transceiver",
          ],
        },
      },
    },
    {
      "name": "linkinfo-set",
      "attrSet": "linkinfo",
      "do": {
        "request": {
          "value": 3,
          "attrs": [
            "header",
            "port",
            "phyaddr",
            "tp-mdix",
            "tp-mdix-ctrl",
            "transceiver",
          ],
        },
      },
    },
    {
      "name": "linkinfo-ntf",
      "attrSet": "linkinfo",
      "notify": {
        "value": 3,
        "shapeOf": "linkinfo-get",
      },
    },
    {
      "name": "linkmodes-get",
      "attrSet": "linkmodes",
      "do": {
        "request": {
          "value": 4,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 4,
          "attrs": [
            "header",
            "autoneg",
            "ours",
            "peer",
            "speed",
            "duplex",
            "master-slave-cfg",
            "master-slave-state",
            "lanes",
            "rate-matching",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 4,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 4,
          "attrs": [
            "header",
            "autoneg",
            "ours",
            "peer",
            "speed",
            "duplex",
            "master-slave-cfg",
            "master-slave-state",
            "lanes",
            "rate-matching",
          ],
        },
      },
    },
    {
      "name": "linkmodes-set",
      "attrSet": "linkmodes",
      "do": {
        "request": {
          "value": 5,
          "attrs": [
            "header",
            "autoneg",
            "ours",
            "peer",
            "speed",
            "duplex",
            "master-slave-cfg",
            "master-slave-state",
            "lanes",
            "rate-matching",
          ],
        },
      },
    },
    {
      "name": "linkmodes-ntf",
      "attrSet": "linkmodes",
      "notify": {
        "value": 5,
        "shapeOf": "linkmodes-get",
      },
    },
    {
      "name": "linkstate-get",
      "attrSet": "linkstate",
      "do": {
        "request": {
          "value": 6,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 6,
          "attrs": [
            "header",
            "link",
            "sqi",
            "sqi-max",
            "ext-state",
            "ext-substate",
            "ext-down-cnt",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 6,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 6,
          "attrs": [
            "header",
            "link",
            "sqi",
            "sqi-max",
            "ext-state",
            "ext-substate",
            "ext-down-cnt",
          ],
        },
      },
    },
    {
      "name": "debug-get",
      "attrSet": "debug",
      "do": {
        "request": {
          "value": 7,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 7,
          "attrs": [
            "header",
            "msgmask",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 7,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 7,
          "attrs": [
            "header",
            "msgmask",
          ],
        },
      },
    },
    {
      "name": "debug-set",
      "attrSet": "debug",
      "do": {
        "request": {
          "value": 8,
          "attrs": [
            "header",
            "msgmask",
          ],
        },
      },
    },
    {
      "name": "debug-ntf",
      "attrSet": "debug",
      "notify": {
        "value": 8,
        "shapeOf": "debug-get",
      },
    },
    {
      "name": "wol-get",
      "attrSet": "wol",
      "do": {
        "request": {
          "value": 9,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 9,
          "attrs": [
            "header",
            "modes",
            "sopass",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 9,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 9,
          "attrs": [
            "header",
            "modes",
            "sopass",
          ],
        },
      },
    },
    {
      "name": "wol-set",
      "attrSet": "wol",
      "do": {
        "request": {
          "value": 10,
          "attrs": [
            "header",
            "modes",
            "sopass",
          ],
        },
      },
    },
    {
      "name": "wol-ntf",
      "attrSet": "wol",
      "notify": {
        "value": 10,
        "shapeOf": "wol-get",
      },
    },
    {
      "name": "features-get",
      "attrSet": "features",
      "do": {
        "request": {
          "value": 11,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 11,
          "attrs": [
            "header",
            "hw",
            "wanted",
            "active",
            "nochange",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 11,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 11,
          "attrs": [
            "header",
            "hw",
            "wanted",
            "active",
            "nochange",
          ],
        },
      },
    },
    {
      "name": "features-set",
      "attrSet": "features",
      "do": {
        "request": {
          "value": 12,
          "attrs": [
            "header",
            "hw",
            "wanted",
            "active",
            "nochange",
          ],
        },
        "reply": {
          "value": 12,
          "attrs": [
            "header",
            "hw",
            "wanted",
            "active",
            "nochange",
          ],
        },
      },
    },
    {
      "name": "features-ntf",
      "attrSet": "features",
      "notify": {
        "value": 13,
        "shapeOf": "features-get",
      },
    },
    {
      "name": "privflags-get",
      "attrSet": "privflags",
      "do": {
        "request": {
          "value": 13,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 14,
          "attrs": [
            "header",
            "flags",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 13,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 14,
          "attrs": [
            "header",
            "flags",
          ],
        },
      },
    },
    {
      "name": "privflags-set",
      "attrSet": "privflags",
      "do": {
        "request": {
          "value": 14,
          "attrs": [
            "header",
            "flags",
          ],
        },
      },
    },
    {
      "name": "privflags-ntf",
      "attrSet": "privflags",
      "notify": {
        "value": 15,
        "shapeOf": "privflags-get",
      },
    },
    {
      "name": "rings-get",
      "attrSet": "rings",
      "do": {
        "request": {
          "value": 15,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 16,
          "attrs": [
            "header",
            "rx-max",
            "rx-mini-max",
            "rx-jumbo-max",
            "tx-max",
            "rx",
            "rx-mini",
            "rx-jumbo",
            "tx",
            "rx-buf-len",
            "tcp-data-split",
            "cqe-size",
            "tx-push",
            "rx-push",
            "tx-push-buf-len",
            "tx-push-buf-len-max",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 15,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 16,
          "attrs": [
            "header",
            "rx-max",
            "rx-mini-max",
            "rx-jumbo-max",
            "tx-max",
            "rx",
            "rx-mini",
            "rx-jumbo",
            "tx",
            "rx-buf-len",
            "tcp-data-split",
            "cqe-size",
            "tx-push",
            "rx-push",
            "tx-push-buf-len",
            "tx-push-buf-len-max",
          ],
        },
      },
    },
    {
      "name": "rings-set",
      "attrSet": "rings",
      "do": {
        "request": {
          "value": 16,
          "attrs": [
            "header",
            "rx-max",
            "rx-mini-max",
            "rx-jumbo-max",
            "tx-max",
            "rx",
            "rx-mini",
            "rx-jumbo",
            "tx",
            "rx-buf-len",
            "tcp-data-split",
            "cqe-size",
            "tx-push",
            "rx-push",
            "tx-push-buf-len",
            "tx-push-buf-len-max",
          ],
        },
      },
    },
    {
      "name": "rings-ntf",
      "attrSet": "rings",
      "notify": {
        "value": 17,
        "shapeOf": "rings-get",
      },
    },
    {
      "name": "channels-get",
      "attrSet": "channels",
      "do": {
        "request": {
          "value": 17,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 18,
          "attrs": [
            "header",
            "rx-max",
            "tx-max",
            "other-max",
            "combined-max",
            "rx-count",
            "tx-count",
            "other-count",
            "combined-count",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 17,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 18,
          "attrs": [
            "header",
            "rx-max",
            "tx-max",
            "other-max",
            "combined-max",
            "rx-count",
            "tx-count",
            "other-count",
            "combined-count",
          ],
        },
      },
    },
    {
      "name": "channels-set",
      "attrSet": "channels",
      "do": {
        "request": {
          "value": 18,
          "attrs": [
            "header",
            "rx-max",
            "tx-max",
            "other-max",
            "combined-max",
            "rx-count",
            "tx-count",
            "other-count",
            "combined-count",
          ],
        },
      },
    },
    {
      "name": "channels-ntf",
      "attrSet": "channels",
      "notify": {
        "value": 19,
        "shapeOf": "channels-get",
      },
    },
    {
      "name": "coalesce-get",
      "attrSet": "coalesce",
      "do": {
        "request": {
          "value": 19,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 20,
          "attrs": [
            "header",
            "rx-usecs",
            "rx-max-frames",
            "rx-usecs-irq",
            "rx-max-frames-irq",
            "tx-usecs",
            "tx-max-frames",
            "tx-usecs-irq",
            "tx-max-frames-irq",
            "stats-block-usecs",
            "use-adaptive-rx",
            "use-adaptive-tx",
            "pkt-rate-low",
            "rx-usecs-low",
            "rx-max-frames-low",
            "tx-usecs-low",
            "tx-max-frames-low",
            "pkt-rate-high",
            "rx-usecs-high",
            "rx-max-frames-high",
            "tx-usecs-high",
            "tx-max-frames-high",
            "rate-sample-interval",
            "use-cqe-mode-tx",
            "use-cqe-mode-rx",
            "tx-aggr-max-bytes",
            "tx-aggr-max-frames",
            "tx-aggr-time-usecs",
            "rx-profile",
            "tx-profile",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 19,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 20,
          "attrs": [
            "header",
            "rx-usecs",
            "rx-max-frames",
            "rx-usecs-irq",
            "rx-max-frames-irq",
            "tx-usecs",
            "tx-max-frames",
            "tx-usecs-irq",
            "tx-max-frames-irq",
            "stats-block-usecs",
            "use-adaptive-rx",
            "use-adaptive-tx",
            "pkt-rate-low",
            "rx-usecs-low",
            "rx-max-frames-low",
            "tx-usecs-low",
            "tx-max-frames-low",
            "pkt-rate-high",
            "rx-usecs-high",
            "rx-max-frames-high",
            "tx-usecs-high",
            "tx-max-frames-high",
            "rate-sample-interval",
            "use-cqe-mode-tx",
            "use-cqe-mode-rx",
            "tx-aggr-max-bytes",
            "tx-aggr-max-frames",
            "tx-aggr-time-usecs",
            "rx-profile",
            "tx-profile",
          ],
        },
      },
    },
    {
      "name": "coalesce-set",
      "attrSet": "coalesce",
      "do": {
        "request": {
          "value": 20,
          "attrs": [
            "header",
            "rx-usecs",
            "rx-max-frames",
            "rx-usecs-irq",
            "rx-max-frames-irq",
            "tx-usecs",
            "tx-max-frames",
            "tx-usecs-irq",
            "tx-max-frames-irq",
            "stats-block-usecs",
            "use-adaptive-rx",
            "use-adaptive-tx",
            "pkt-rate-low",
            "rx-usecs-low",
            "rx-max-frames-low",
            "tx-usecs-low",
            "tx-max-frames-low",
            "pkt-rate-high",
            "rx-usecs-high",
            "rx-max-frames-high",
            "tx-usecs-high",
            "tx-max-frames-high",
            "rate-sample-interval",
            "use-cqe-mode-tx",
            "use-cqe-mode-rx",
            "tx-aggr-max-bytes",
            "tx-aggr-max-frames",
            "tx-aggr-time-usecs",
            "rx-profile",
            "tx-profile",
          ],
        },
      },
    },
    {
      "name": "coalesce-ntf",
      "attrSet": "coalesce",
      "notify": {
        "value": 21,
        "shapeOf": "coalesce-get",
      },
    },
    {
      "name": "pause-get",
      "attrSet": "pause",
      "do": {
        "request": {
          "value": 21,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 22,
          "attrs": [
            "header",
            "autoneg",
            "rx",
            "tx",
            "stats",
            "stats-src",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 21,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 22,
          "attrs": [
            "header",
            "autoneg",
            "rx",
            "tx",
            "stats",
            "stats-src",
          ],
        },
      },
    },
    {
      "name": "pause-set",
      "attrSet": "pause",
      "do": {
        "request": {
          "value": 22,
          "attrs": [
            "header",
            "autoneg",
            "rx",
            "tx",
            "stats",
            "stats-src",
          ],
        },
      },
    },
    {
      "name": "pause-ntf",
      "attrSet": "pause",
      "notify": {
        "value": 23,
        "shapeOf": "pause-get",
      },
    },
    {
      "name": "eee-get",
      "attrSet": "eee",
      "do": {
        "request": {
          "value": 23,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 24,
          "attrs": [
            "header",
            "modes-ours",
            "modes-peer",
            "active",
            "enabled",
            "tx-lpi-enabled",
            "tx-lpi-timer",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 23,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 24,
          "attrs": [
            "header",
            "modes-ours",
            "modes-peer",
            "active",
            "enabled",
            "tx-lpi-enabled",
            "tx-lpi-timer",
          ],
        },
      },
    },
    {
      "name": "eee-set",
      "attrSet": "eee",
      "do": {
        "request": {
          "value": 24,
          "attrs": [
            "header",
            "modes-ours",
            "modes-peer",
            "active",
            "enabled",
            "tx-lpi-enabled",
            "tx-lpi-timer",
          ],
        },
      },
    },
    {
      "name": "eee-ntf",
      "attrSet": "eee",
      "notify": {
        "value": 25,
        "shapeOf": "eee-get",
      },
    },
    {
      "name": "tsinfo-get",
      "attrSet": "tsinfo",
      "do": {
        "request": {
          "value": 25,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 26,
          "attrs": [
            "header",
            "timestamping",
            "tx-types",
            "rx-filters",
            "phc-index",
            "stats",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 25,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 26,
          "attrs": [
            "header",
            "timestamping",
            "tx-types",
            "rx-filters",
            "phc-index",
            "stats",
          ],
        },
      },
    },
    {
      "name": "cable-test-act",
      "attrSet": "cable-test",
      "do": {
        "request": {
          "value": 26,
          "attrs": [
            "header",
          ],
        },
      },
    },
    {
      "name": "cable-test-ntf",
      "attrSet": "cable-test-ntf",
      "event": {
        "value": 27,
        "attrs": [
          "header",
          "status",
        ],
      },
    },
    {
      "name": "cable-test-tdr-act",
      "attrSet": "cable-test-tdr",
      "do": {
        "request": {
          "value": 27,
          "attrs": [
            "header",
          ],
        },
      },
    },
    {
      "name": "cable-test-tdr-ntf",
      "attrSet": "cable-test-tdr-ntf",
      "event": {
        "value": 28,
        "attrs": [
          "header",
          "status",
          "nest",
        ],
      },
    },
    {
      "name": "tunnel-info-get",
      "attrSet": "tunnel-info",
      "do": {
        "request": {
          "value": 28,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 29,
          "attrs": [
            "header",
            "udp-ports",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 28,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 29,
          "attrs": [
            "header",
            "udp-ports",
          ],
        },
      },
    },
    {
      "name": "fec-get",
      "attrSet": "fec",
      "do": {
        "request": {
          "value": 29,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 30,
          "attrs": [
            "header",
            "modes",
            "auto",
            "active",
            "stats",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 29,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 30,
          "attrs": [
            "header",
            "modes",
            "auto",
            "active",
            "stats",
          ],
        },
      },
    },
    {
      "name": "fec-set",
      "attrSet": "fec",
      "do": {
        "request": {
          "value": 30,
          "attrs": [
            "header",
            "modes",
            "auto",
            "active",
            "stats",
          ],
        },
      },
    },
    {
      "name": "fec-ntf",
      "attrSet": "fec",
      "notify": {
        "value": 31,
        "shapeOf": "fec-get",
      },
    },
    {
      "name": "module-eeprom-get",
      "attrSet": "module-eeprom",
      "do": {
        "request": {
          "value": 31,
          "attrs": [
            "header",
            "offset",
            "length",
            "page",
            "bank",
            "i2c-address",
          ],
        },
        "reply": {
          "value": 32,
          "attrs": [
            "header",
            "data",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 31,
          "attrs": [
            "header",
            "offset",
            "length",
            "page",
            "bank",
            "i2c-address",
          ],
        },
        "reply": {
          "value": 32,
          "attrs": [
            "header",
            "data",
          ],
        },
      },
    },
    {
      "name": "stats-get",
      "attrSet": "stats",
      "do": {
        "request": {
          "value": 32,
          "attrs": [
            "header",
            "groups",
          ],
        },
        "reply": {
          "value": 33,
          "attrs": [
            "header",
            "groups",
            "grp",
            "src",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 32,
          "attrs": [
            "header",
            "groups",
          ],
        },
        "reply": {
          "value": 33,
          "attrs": [
            "header",
            "groups",
            "grp",
            "src",
          ],
        },
      },
    },
    {
      "name": "phc-vclocks-get",
      "attrSet": "phc-vclocks",
      "do": {
        "request": {
          "value": 33,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 34,
          "attrs": [
            "header",
            "num",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 33,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 34,
          "attrs": [
            "header",
            "num",
          ],
        },
      },
    },
    {
      "name": "module-get",
      "attrSet": "module",
      "do": {
        "request": {
          "value": 34,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 35,
          "attrs": [
            "header",
            "power-mode-policy",
            "power-mode",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 34,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 35,
          "attrs": [
            "header",
            "power-mode-policy",
            "power-mode",
          ],
        },
      },
    },
    {
      "name": "module-set",
      "attrSet": "module",
      "do": {
        "request": {
          "value": 35,
          "attrs": [
            "header",
            "power-mode-policy",
            "power-mode",
          ],
        },
      },
    },
    {
      "name": "module-ntf",
      "attrSet": "module",
      "notify": {
        "value": 36,
        "shapeOf": "module-get",
      },
    },
    {
      "name": "pse-get",
      "attrSet": "pse",
      "do": {
        "request": {
          "value": 36,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 37,
          "attrs": [
            "header",
            "podl-pse-admin-state",
            "podl-pse-admin-control",
            "podl-pse-pw-d-status",
            "c33-pse-admin-state",
            "c33-pse-admin-control",
            "c33-pse-pw-d-status",
            "c33-pse-pw-class",
            "c33-pse-actual-pw",
            "c33-pse-ext-state",
            "c33-pse-ext-substate",
            "c33-pse-avail-pw-limit",
            "c33-pse-pw-limit-ranges",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 36,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 37,
          "attrs": [
            "header",
            "podl-pse-admin-state",
            "podl-pse-admin-control",
            "podl-pse-pw-d-status",
            "c33-pse-admin-state",
            "c33-pse-admin-control",
            "c33-pse-pw-d-status",
            "c33-pse-pw-class",
            "c33-pse-actual-pw",
            "c33-pse-ext-state",
            "c33-pse-ext-substate",
            "c33-pse-avail-pw-limit",
            "c33-pse-pw-limit-ranges",
          ],
        },
      },
    },
    {
      "name": "pse-set",
      "attrSet": "pse",
      "do": {
        "request": {
          "value": 37,
          "attrs": [
            "header",
            "podl-pse-admin-control",
            "c33-pse-admin-control",
            "c33-pse-avail-pw-limit",
          ],
        },
      },
    },
    {
      "name": "rss-get",
      "attrSet": "rss",
      "do": {
        "request": {
          "value": 38,
          "attrs": [
            "header",
            "context",
          ],
        },
        "reply": {
          "value": 38,
          "attrs": [
            "header",
            "context",
            "hfunc",
            "indir",
            "hkey",
            "input_xfrm",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 38,
          "attrs": [
            "header",
            "start-context",
          ],
        },
        "reply": {
          "value": 38,
          "attrs": [
            "header",
            "context",
            "hfunc",
            "indir",
            "hkey",
            "input_xfrm",
          ],
        },
      },
    },
    {
      "name": "plca-get-cfg",
      "attrSet": "plca",
      "do": {
        "request": {
          "value": 39,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 39,
          "attrs": [
            "header",
            "version",
            "enabled",
            "status",
            "node-cnt",
            "node-id",
            "to-tmr",
            "burst-cnt",
            "burst-tmr",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 39,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 39,
          "attrs": [
            "header",
            "version",
            "enabled",
            "status",
            "node-cnt",
            "node-id",
            "to-tmr",
            "burst-cnt",
            "burst-tmr",
          ],
        },
      },
    },
    {
      "name": "plca-set-cfg",
      "attrSet": "plca",
      "do": {
        "request": {
          "value": 40,
          "attrs": [
            "header",
            "version",
            "enabled",
            "status",
            "node-cnt",
            "node-id",
            "to-tmr",
            "burst-cnt",
            "burst-tmr",
          ],
        },
      },
    },
    {
      "name": "plca-get-status",
      "attrSet": "plca",
      "do": {
        "request": {
          "value": 41,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 40,
          "attrs": [
            "header",
            "version",
            "enabled",
            "status",
            "node-cnt",
            "node-id",
            "to-tmr",
            "burst-cnt",
            "burst-tmr",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 41,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 40,
          "attrs": [
            "header",
            "version",
            "enabled",
            "status",
            "node-cnt",
            "node-id",
            "to-tmr",
            "burst-cnt",
            "burst-tmr",
          ],
        },
      },
    },
    {
      "name": "plca-ntf",
      "attrSet": "plca",
      "notify": {
        "value": 41,
        "shapeOf": "plca-get-cfg",
      },
    },
    {
      "name": "mm-get",
      "attrSet": "mm",
      "do": {
        "request": {
          "value": 42,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 42,
          "attrs": [
            "header",
            "pmac-enabled",
            "tx-enabled",
            "tx-active",
            "tx-min-frag-size",
            "rx-min-frag-size",
            "verify-enabled",
            "verify-time",
            "max-verify-time",
            "stats",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 42,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 42,
          "attrs": [
            "header",
            "pmac-enabled",
            "tx-enabled",
            "tx-active",
            "tx-min-frag-size",
            "rx-min-frag-size",
            "verify-enabled",
            "verify-time",
            "max-verify-time",
            "stats",
          ],
        },
      },
    },
    {
      "name": "mm-set",
      "attrSet": "mm",
      "do": {
        "request": {
          "value": 43,
          "attrs": [
            "header",
            "verify-enabled",
            "verify-time",
            "tx-enabled",
            "pmac-enabled",
            "tx-min-frag-size",
          ],
        },
      },
    },
    {
      "name": "mm-ntf",
      "attrSet": "mm",
      "notify": {
        "value": 43,
        "shapeOf": "mm-get",
      },
    },
    {
      "name": "module-fw-flash-act",
      "attrSet": "module-fw-flash",
      "do": {
        "request": {
          "value": 44,
          "attrs": [
            "header",
            "file-name",
            "password",
          ],
        },
      },
    },
    {
      "name": "module-fw-flash-ntf",
      "attrSet": "module-fw-flash",
      "event": {
        "value": 44,
        "attrs": [
          "header",
          "status",
          "status-msg",
          "done",
          "total",
        ],
      },
    },
    {
      "name": "phy-get",
      "attrSet": "phy",
      "do": {
        "request": {
          "value": 45,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 45,
          "attrs": [
            "header",
            "index",
            "drvname",
            "name",
            "upstream-type",
            "upstream-index",
            "upstream-sfp-name",
            "downstream-sfp-name",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 45,
          "attrs": [
            "header",
          ],
        },
        "reply": {
          "value": 45,
          "attrs": [
            "header",
            "index",
            "drvname",
            "name",
            "upstream-type",
            "upstream-index",
            "upstream-sfp-name",
            "downstream-sfp-name",
          ],
        },
      },
    },
  ],
  "mcastGroups": {},
};
