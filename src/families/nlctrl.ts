// Generated from Documentation/netlink/specs/nlctrl.yaml (Linux 6.12) by scripts/ynl/gen.ts (npm run gen): do not edit.
/**
 * The nlctrl netlink family (genetlink-legacy), generated from its YNL spec.
 *
 * genetlink meta-family that exposes information about all genetlink
 * families registered in the kernel (including itself).
 *
 * @module
 */
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import { AttrView } from "../ynl/view.ts";
import { decodeValues } from "../ynl/json.ts";
import type { FamilySchema } from "../ynl/schema.ts";
import {
  type ClientOptions,
  connect,
  type DoOptions,
  type Dump,
  FamilyClient,
} from "../ynl/client.ts";
import type { WaitOptions } from "../socket/options.ts";

/**
 * Flags of op-flags.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const OpFlags = {
  adminPerm: 0x1,
  cmdCapDo: 0x2,
  cmdCapDump: 0x4,
  cmdCapHaspol: 0x8,
  unsAdminPerm: 0x10,
} as const;

/** Values of attr-type. */
export const AttrType = {
  invalid: 0,
  flag: 1,
  u8: 2,
  u16: 3,
  u32: 4,
  u64: 5,
  s8: 6,
  s16: 7,
  s32: 8,
  s64: 9,
  binary: 10,
  string: 11,
  nulString: 12,
  nested: 13,
  nestedArray: 14,
  bitfield32: 15,
  sint: 16,
  uint: 17,
} as const;

/** Commands (`genlmsghdr.cmd`) of the requests, by operation. */
export const Requests = {
  getfamily: 3,
  getpolicy: 10,
} as const;

/** Commands (`genlmsghdr.cmd`) of the replies, notifications and events, by operation. */
export const Replies = {
  getfamily: 1,
  getpolicy: 10,
} as const;

/** Attribute type numbers of ctrl-attrs. */
export const CtrlAttrs = {
  familyId: 1,
  familyName: 2,
  version: 3,
  hdrsize: 4,
  maxattr: 5,
  ops: 6,
  mcastGroups: 7,
  policy: 8,
  opPolicy: 9,
  op: 10,
} as const;

/** The attributes of ctrl-attrs as a plain object (requests, `toObject()`). */
export interface CtrlAttrsValues {
  /** family-id: u16 (type 1). */
  familyId?: number;
  /** family-name: string (type 2). */
  familyName?: string;
  /** version: u32 (type 3). */
  version?: number;
  /** hdrsize: u32 (type 4). */
  hdrsize?: number;
  /** maxattr: u32 (type 5). */
  maxattr?: number;
  /** ops: indexed-array (type 6). */
  ops?: (OpAttrsValues)[];
  /** mcast-groups: indexed-array (type 7). */
  mcastGroups?: (McastGroupAttrsValues)[];
  /** policy: nest-type-value (type 8). */
  policy?: Record<string, unknown>[];
  /** op-policy: nest-type-value (type 9). */
  opPolicy?: Record<string, unknown>[];
  /** op: u32 (type 10). */
  op?: number;
}

/**
 * The ctrl-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class CtrlAttrsView extends AttrView {
  #c6?: OpAttrsView;
  #c7?: McastGroupAttrsView;
  #c8?: PolicyAttrsView;
  #c9?: OpPolicyAttrsView;
  constructor() {
    super(10);
  }
  /** family-id: u16 (type 1). */
  get familyId(): number | undefined {
    return this.$u16(1);
  }
  /** family-name: string (type 2). */
  get familyName(): string | undefined {
    return this.$str(2);
  }
  /** version: u32 (type 3). */
  get version(): number | undefined {
    return this.$u32(3);
  }
  /** hdrsize: u32 (type 4). */
  get hdrsize(): number | undefined {
    return this.$u32(4);
  }
  /** maxattr: u32 (type 5). */
  get maxattr(): number | undefined {
    return this.$u32(5);
  }
  /** ops: indexed-array (type 6). */
  get ops(): IterableIterator<OpAttrsView> | undefined {
    return this.has(6) ? this.#items6() : undefined;
  }
  *#items6(): Generator<OpAttrsView, void, undefined> {
    for (const at of this.$items(6)) yield this.$nestAt(at, this.#c6 ??= new OpAttrsView());
  }
  /** mcast-groups: indexed-array (type 7). */
  get mcastGroups(): IterableIterator<McastGroupAttrsView> | undefined {
    return this.has(7) ? this.#items7() : undefined;
  }
  *#items7(): Generator<McastGroupAttrsView, void, undefined> {
    for (const at of this.$items(7)) yield this.$nestAt(at, this.#c7 ??= new McastGroupAttrsView());
  }
  /** policy: nest-type-value (type 8). */
  get policy():
    | IterableIterator<{ policyId: number; attrId: number; attrs: PolicyAttrsView }>
    | undefined {
    return this.has(8) ? this.#levels8() : undefined;
  }
  *#levels8(): Generator<
    { policyId: number; attrId: number; attrs: PolicyAttrsView },
    void,
    undefined
  > {
    for (const a0 of this.$items(8)) {
      const t0 = this.$typeAt(a0);
      for (const a1 of this.$itemsAt(a0)) {
        const t1 = this.$typeAt(a1);
        yield {
          policyId: t0,
          attrId: t1,
          attrs: this.$nestAt(a1, this.#c8 ??= new PolicyAttrsView()),
        };
      }
    }
  }
  /** op-policy: nest-type-value (type 9). */
  get opPolicy(): IterableIterator<{ opId: number; attrs: OpPolicyAttrsView }> | undefined {
    return this.has(9) ? this.#levels9() : undefined;
  }
  *#levels9(): Generator<{ opId: number; attrs: OpPolicyAttrsView }, void, undefined> {
    for (const a0 of this.$items(9)) {
      const t0 = this.$typeAt(a0);
      yield { opId: t0, attrs: this.$nestAt(a0, this.#c9 ??= new OpPolicyAttrsView()) };
    }
  }
  /** op: u32 (type 10). */
  get op(): number | undefined {
    return this.$u32(10);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): CtrlAttrsValues {
    return decodeValues(schema, "ctrl-attrs", this, false) as CtrlAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "ctrl-attrs", this, true);
  }
}

/**
 * Writes the attributes of ctrl-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeCtrlAttrs(w: MessageWriter, v: CtrlAttrsValues): void {
  if (v.familyId !== undefined) w.putU16(1, v.familyId);
  if (v.familyName !== undefined) w.putString(2, v.familyName);
  if (v.version !== undefined) w.putU32(3, v.version);
  if (v.hdrsize !== undefined) w.putU32(4, v.hdrsize);
  if (v.maxattr !== undefined) w.putU32(5, v.maxattr);
  if (v.ops !== undefined) {
    const n = w.nestStart(6);
    v.ops.forEach((y, i) => {
      const m = w.nestStart(i);
      writeOpAttrs(w, y);
      w.nestEnd(m);
    });
    w.nestEnd(n);
  }
  if (v.mcastGroups !== undefined) {
    const n = w.nestStart(7);
    v.mcastGroups.forEach((y, i) => {
      const m = w.nestStart(i);
      writeMcastGroupAttrs(w, y);
      w.nestEnd(m);
    });
    w.nestEnd(n);
  }
  if (v.policy !== undefined) {
    throw new TypeError("policy (nest-type-value) cannot be encoded: only the kernel sends it");
  }
  if (v.opPolicy !== undefined) {
    throw new TypeError("op-policy (nest-type-value) cannot be encoded: only the kernel sends it");
  }
  if (v.op !== undefined) w.putU32(10, v.op);
}

/** Attribute type numbers of mcast-group-attrs. */
export const McastGroupAttrs = {
  name: 1,
  id: 2,
} as const;

/** The attributes of mcast-group-attrs as a plain object (requests, `toObject()`). */
export interface McastGroupAttrsValues {
  /** name: string (type 1). */
  name?: string;
  /** id: u32 (type 2). */
  id?: number;
}

/**
 * The mcast-group-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class McastGroupAttrsView extends AttrView {
  constructor() {
    super(2);
  }
  /** name: string (type 1). */
  get name(): string | undefined {
    return this.$str(1);
  }
  /** id: u32 (type 2). */
  get id(): number | undefined {
    return this.$u32(2);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): McastGroupAttrsValues {
    return decodeValues(schema, "mcast-group-attrs", this, false) as McastGroupAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "mcast-group-attrs", this, true);
  }
}

/**
 * Writes the attributes of mcast-group-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeMcastGroupAttrs(w: MessageWriter, v: McastGroupAttrsValues): void {
  if (v.name !== undefined) w.putString(1, v.name);
  if (v.id !== undefined) w.putU32(2, v.id);
}

/** Attribute type numbers of op-attrs. */
export const OpAttrs = {
  id: 1,
  flags: 2,
} as const;

/** The attributes of op-attrs as a plain object (requests, `toObject()`). */
export interface OpAttrsValues {
  /** id: u32 (type 1). */
  id?: number;
  /** flags: u32; flags op-flags (type 2). */
  flags?: number;
}

/**
 * The op-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class OpAttrsView extends AttrView {
  constructor() {
    super(2);
  }
  /** id: u32 (type 1). */
  get id(): number | undefined {
    return this.$u32(1);
  }
  /** flags: u32; flags op-flags (type 2). */
  get flags(): number | undefined {
    return this.$u32(2);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): OpAttrsValues {
    return decodeValues(schema, "op-attrs", this, false) as OpAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "op-attrs", this, true);
  }
}

/**
 * Writes the attributes of op-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeOpAttrs(w: MessageWriter, v: OpAttrsValues): void {
  if (v.id !== undefined) w.putU32(1, v.id);
  if (v.flags !== undefined) w.putU32(2, v.flags);
}

/** Attribute type numbers of policy-attrs. */
export const PolicyAttrs = {
  type: 1,
  minValueS: 2,
  maxValueS: 3,
  minValueU: 4,
  maxValueU: 5,
  minLength: 6,
  maxLength: 7,
  policyIdx: 8,
  policyMaxtype: 9,
  bitfield32Mask: 10,
  mask: 11,
  pad: 12,
} as const;

/** The attributes of policy-attrs as a plain object (requests, `toObject()`). */
export interface PolicyAttrsValues {
  /** type: u32; enum attr-type (type 1). */
  type?: number;
  /** min-value-s: s64 (type 2). */
  minValueS?: bigint | number;
  /** max-value-s: s64 (type 3). */
  maxValueS?: bigint | number;
  /** min-value-u: u64 (type 4). */
  minValueU?: bigint | number;
  /** max-value-u: u64 (type 5). */
  maxValueU?: bigint | number;
  /** min-length: u32 (type 6). */
  minLength?: number;
  /** max-length: u32 (type 7). */
  maxLength?: number;
  /** policy-idx: u32 (type 8). */
  policyIdx?: number;
  /** policy-maxtype: u32 (type 9). */
  policyMaxtype?: number;
  /** bitfield32-mask: u32 (type 10). */
  bitfield32Mask?: number;
  /** mask: u64 (type 11). */
  mask?: bigint | number;
}

/**
 * The policy-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PolicyAttrsView extends AttrView {
  constructor() {
    super(12);
  }
  /** type: u32; enum attr-type (type 1). */
  get type(): number | undefined {
    return this.$u32(1);
  }
  /** min-value-s: s64 (type 2). */
  get minValueS(): bigint | undefined {
    return this.$s64(2);
  }
  /** max-value-s: s64 (type 3). */
  get maxValueS(): bigint | undefined {
    return this.$s64(3);
  }
  /** min-value-u: u64 (type 4). */
  get minValueU(): bigint | undefined {
    return this.$u64(4);
  }
  /** max-value-u: u64 (type 5). */
  get maxValueU(): bigint | undefined {
    return this.$u64(5);
  }
  /** min-length: u32 (type 6). */
  get minLength(): number | undefined {
    return this.$u32(6);
  }
  /** max-length: u32 (type 7). */
  get maxLength(): number | undefined {
    return this.$u32(7);
  }
  /** policy-idx: u32 (type 8). */
  get policyIdx(): number | undefined {
    return this.$u32(8);
  }
  /** policy-maxtype: u32 (type 9). */
  get policyMaxtype(): number | undefined {
    return this.$u32(9);
  }
  /** bitfield32-mask: u32 (type 10). */
  get bitfield32Mask(): number | undefined {
    return this.$u32(10);
  }
  /** mask: u64 (type 11). */
  get mask(): bigint | undefined {
    return this.$u64(11);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PolicyAttrsValues {
    return decodeValues(schema, "policy-attrs", this, false) as PolicyAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "policy-attrs", this, true);
  }
}

/**
 * Writes the attributes of policy-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePolicyAttrs(w: MessageWriter, v: PolicyAttrsValues): void {
  if (v.type !== undefined) w.putU32(1, v.type);
  if (v.minValueS !== undefined) w.putS64(2, BigInt(v.minValueS));
  if (v.maxValueS !== undefined) w.putS64(3, BigInt(v.maxValueS));
  if (v.minValueU !== undefined) w.putU64(4, BigInt(v.minValueU));
  if (v.maxValueU !== undefined) w.putU64(5, BigInt(v.maxValueU));
  if (v.minLength !== undefined) w.putU32(6, v.minLength);
  if (v.maxLength !== undefined) w.putU32(7, v.maxLength);
  if (v.policyIdx !== undefined) w.putU32(8, v.policyIdx);
  if (v.policyMaxtype !== undefined) w.putU32(9, v.policyMaxtype);
  if (v.bitfield32Mask !== undefined) w.putU32(10, v.bitfield32Mask);
  if (v.mask !== undefined) w.putU64(11, BigInt(v.mask));
}

/** Attribute type numbers of op-policy-attrs. */
export const OpPolicyAttrs = {
  do: 1,
  dump: 2,
} as const;

/** The attributes of op-policy-attrs as a plain object (requests, `toObject()`). */
export interface OpPolicyAttrsValues {
  /** do: u32 (type 1). */
  do?: number;
  /** dump: u32 (type 2). */
  dump?: number;
}

/**
 * The op-policy-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class OpPolicyAttrsView extends AttrView {
  constructor() {
    super(2);
  }
  /** do: u32 (type 1). */
  get do(): number | undefined {
    return this.$u32(1);
  }
  /** dump: u32 (type 2). */
  get dump(): number | undefined {
    return this.$u32(2);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): OpPolicyAttrsValues {
    return decodeValues(schema, "op-policy-attrs", this, false) as OpPolicyAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "op-policy-attrs", this, true);
  }
}

/**
 * Writes the attributes of op-policy-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeOpPolicyAttrs(w: MessageWriter, v: OpPolicyAttrsValues): void {
  if (v.do !== undefined) w.putU32(1, v.do);
  if (v.dump !== undefined) w.putU32(2, v.dump);
}

/** A message of nlctrl read in place: the ctrl-attrs attributes. */
export class CtrlMessage extends CtrlAttrsView {
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

/** The request of getfamily (do): Get / dump genetlink families */
export type GetfamilyRequest = Pick<CtrlAttrsValues, "familyName">;

/**
 * Writes a getfamily do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeGetfamily(
  w: MessageWriter,
  req: GetfamilyRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 3);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.familyName !== undefined) w.putString(2, v.familyName);
  return w.end();
}

/** The request of getfamily (dump): Get / dump genetlink families */
export type GetfamilyDumpRequest = Record<string, never>;

/**
 * Writes a getfamily dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeGetfamilyDump(
  w: MessageWriter,
  req: GetfamilyDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 3);
  w.view.setUint8(g + 1, 1);
  void req;
  return w.end();
}

/** The request of getpolicy (dump): Get / dump genetlink policies */
export type GetpolicyDumpRequest = Pick<CtrlAttrsValues, "familyName" | "familyId" | "op">;

/**
 * Writes a getpolicy dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeGetpolicyDump(
  w: MessageWriter,
  req: GetpolicyDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 10);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.familyId !== undefined) w.putU16(1, v.familyId);
  if (v.familyName !== undefined) w.putString(2, v.familyName);
  if (v.op !== undefined) w.putU32(10, v.op);
  return w.end();
}

/**
 * A client of the nlctrl family: one method per operation, over one socket.
 *
 * genetlink meta-family that exposes information about all genetlink
 * families registered in the kernel (including itself).
 *
 * Replies are views valid until the client receives again; call
 * `toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.
 *
 * @example
 * ```ts
 * import { NlctrlClient } from "./nlctrl.ts";
 * using client = NlctrlClient.open();
 * ```
 */
export class NlctrlClient extends FamilyClient {
  #CtrlMessage = new CtrlMessage();

  /**
   * Opens a socket for the family and resolves the family by name.
   *
   * @param options Socket options, or an open socket to use.
   * @returns The client.
   * @throws {KernelError} `ENOENT` when the family is not registered (its module is not loaded).
   */
  static open(options: ClientOptions = {}): NlctrlClient {
    return new NlctrlClient(connect(schema, options));
  }
  /**
   * Get / dump genetlink families.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getfamily(req: GetfamilyRequest = {}, options: DoOptions = {}): CtrlMessage {
    return this.$do(encodeGetfamily, req, this.familyId, options, this.#CtrlMessage);
  }
  /**
   * Get / dump genetlink families, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getfamilyAsync(req: GetfamilyRequest = {}, options: DoOptions = {}): Promise<CtrlMessage> {
    return this.$doAsync(encodeGetfamily, req, this.familyId, options, new CtrlMessage());
  }
  /**
   * Get / dump genetlink families (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  getfamilyDump(req: GetfamilyDumpRequest = {}, options: WaitOptions = {}): Dump<CtrlMessage> {
    return this.$dump(encodeGetfamilyDump, req, this.familyId, this.#CtrlMessage, options);
  }
  /**
   * Get / dump genetlink policies (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  getpolicyDump(req: GetpolicyDumpRequest = {}, options: WaitOptions = {}): Dump<CtrlMessage> {
    return this.$dump(encodeGetpolicyDump, req, this.familyId, this.#CtrlMessage, options);
  }
}

export { AttrView, StructView } from "../ynl/view.ts";
export { FamilyClient } from "../ynl/client.ts";
export type { ClientOptions, DoOptions, Dump, Notification } from "../ynl/client.ts";
export type { FamilySchema } from "../ynl/schema.ts";
export type { Message } from "../codec/message.ts";
export type { MessageWriter } from "../codec/writer.ts";
export type { WaitOptions } from "../socket/options.ts";

/** The nlctrl family as data: names, numbers and types, for the JSON codec. */
export const schema: FamilySchema = {
  "name": "nlctrl",
  "protocol": "genetlink-legacy",
  "protonum": 16,
  "version": 1,
  "enums": {
    "op-flags": {
      "kind": "flags",
      "entries": {
        "admin-perm": 1,
        "cmd-cap-do": 2,
        "cmd-cap-dump": 4,
        "cmd-cap-haspol": 8,
        "uns-admin-perm": 16,
      },
    },
    "attr-type": {
      "kind": "enum",
      "entries": {
        "invalid": 0,
        "flag": 1,
        "u8": 2,
        "u16": 3,
        "u32": 4,
        "u64": 5,
        "s8": 6,
        "s16": 7,
        "s32": 8,
        "s64": 9,
        "binary": 10,
        "string": 11,
        "nul-string": 12,
        "nested": 13,
        "nested-array": 14,
        "bitfield32": 15,
        "sint": 16,
        "uint": 17,
      },
    },
  },
  "structs": {},
  "attrSets": {
    "ctrl-attrs": {
      "attrs": [
        {
          "name": "family-id",
          "key": "familyId",
          "value": 1,
          "type": "u16",
        },
        {
          "name": "family-name",
          "key": "familyName",
          "value": 2,
          "type": "string",
        },
        {
          "name": "version",
          "key": "version",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "hdrsize",
          "key": "hdrsize",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "maxattr",
          "key": "maxattr",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "ops",
          "key": "ops",
          "value": 6,
          "type": "indexed-array",
          "nested": "op-attrs",
          "subType": "nest",
        },
        {
          "name": "mcast-groups",
          "key": "mcastGroups",
          "value": 7,
          "type": "indexed-array",
          "nested": "mcast-group-attrs",
          "subType": "nest",
        },
        {
          "name": "policy",
          "key": "policy",
          "value": 8,
          "type": "nest-type-value",
          "nested": "policy-attrs",
          "typeValue": [
            "policy-id",
            "attr-id",
          ],
        },
        {
          "name": "op-policy",
          "key": "opPolicy",
          "value": 9,
          "type": "nest-type-value",
          "nested": "op-policy-attrs",
          "typeValue": [
            "op-id",
          ],
        },
        {
          "name": "op",
          "key": "op",
          "value": 10,
          "type": "u32",
        },
      ],
    },
    "mcast-group-attrs": {
      "attrs": [
        {
          "name": "name",
          "key": "name",
          "value": 1,
          "type": "string",
        },
        {
          "name": "id",
          "key": "id",
          "value": 2,
          "type": "u32",
        },
      ],
    },
    "op-attrs": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "flags",
          "key": "flags",
          "value": 2,
          "type": "u32",
          "enum": "op-flags",
          "asFlags": true,
        },
      ],
    },
    "policy-attrs": {
      "attrs": [
        {
          "name": "type",
          "key": "type",
          "value": 1,
          "type": "u32",
          "enum": "attr-type",
        },
        {
          "name": "min-value-s",
          "key": "minValueS",
          "value": 2,
          "type": "s64",
        },
        {
          "name": "max-value-s",
          "key": "maxValueS",
          "value": 3,
          "type": "s64",
        },
        {
          "name": "min-value-u",
          "key": "minValueU",
          "value": 4,
          "type": "u64",
        },
        {
          "name": "max-value-u",
          "key": "maxValueU",
          "value": 5,
          "type": "u64",
        },
        {
          "name": "min-length",
          "key": "minLength",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "max-length",
          "key": "maxLength",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "policy-idx",
          "key": "policyIdx",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "policy-maxtype",
          "key": "policyMaxtype",
          "value": 9,
          "type": "u32",
        },
        {
          "name": "bitfield32-mask",
          "key": "bitfield32Mask",
          "value": 10,
          "type": "u32",
        },
        {
          "name": "mask",
          "key": "mask",
          "value": 11,
          "type": "u64",
        },
        {
          "name": "pad",
          "key": "pad",
          "value": 12,
          "type": "pad",
        },
      ],
    },
    "op-policy-attrs": {
      "attrs": [
        {
          "name": "do",
          "key": "do",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "dump",
          "key": "dump",
          "value": 2,
          "type": "u32",
        },
      ],
    },
  },
  "subMessages": {},
  "ops": [
    {
      "name": "getfamily",
      "attrSet": "ctrl-attrs",
      "do": {
        "request": {
          "value": 3,
          "attrs": [
            "family-name",
          ],
        },
        "reply": {
          "value": 1,
          "attrs": [
            "family-id",
            "family-name",
            "hdrsize",
            "maxattr",
            "mcast-groups",
            "ops",
            "version",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 3,
          "attrs": [],
        },
        "reply": {
          "value": 1,
          "attrs": [
            "family-id",
            "family-name",
            "hdrsize",
            "maxattr",
            "mcast-groups",
            "ops",
            "version",
          ],
        },
      },
    },
    {
      "name": "getpolicy",
      "attrSet": "ctrl-attrs",
      "dump": {
        "request": {
          "value": 10,
          "attrs": [
            "family-name",
            "family-id",
            "op",
          ],
        },
        "reply": {
          "value": 10,
          "attrs": [
            "family-id",
            "op-policy",
            "policy",
          ],
        },
      },
    },
  ],
  "mcastGroups": {},
};
