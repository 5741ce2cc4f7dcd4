// Generated from Documentation/netlink/specs/rt_addr.yaml (Linux 6.12) by scripts/ynl/gen.ts (npm run gen): do not edit.
/**
 * The rt-addr netlink family (netlink-raw, protocol 0), generated from its YNL spec.
 *
 * Address configuration over rtnetlink.
 *
 * @module
 */
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import { AttrView, StructView } from "../ynl/view.ts";
import { putZeroed } from "../ynl/encode.ts";
import { bytesToText, textToBytes } from "../ynl/hints.ts";
import { decodeValues, sideBySide } from "../ynl/json.ts";
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

/**
 * Flags of ifa-flags.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const IfaFlags = {
  secondary: 0x1,
  nodad: 0x2,
  optimistic: 0x4,
  dadfailed: 0x8,
  homeaddress: 0x10,
  deprecated: 0x20,
  tentative: 0x40,
  permanent: 0x80,
  managetempaddr: 0x100,
  noprefixroute: 0x200,
  mcautojoin: 0x400,
  stablePrivacy: 0x800,
} as const;

/** The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTONUM)`). */
export const PROTONUM = 0;

/** Multicast group numbers, by name (for `join()`). */
export const McastGroups = {
  rtnlgrpIpv4Ifaddr: 5,
  rtnlgrpIpv6Ifaddr: 9,
} as const;

/** Message types (`nlmsg_type`) of the requests, by operation. */
export const Requests = {
  newaddr: 20,
  deladdr: 21,
  getaddr: 22,
} as const;

/** Message types (`nlmsg_type`) of the replies, notifications and events, by operation. */
export const Replies = {
  getaddr: 20,
} as const;

/** Fields of struct ifaddrmsg, for requests (absent fields are 0). */
export interface IfaddrmsgFields {
  /** ifa-family: u8. */
  ifaFamily?: number;
  /** ifa-prefixlen: u8. */
  ifaPrefixlen?: number;
  /** ifa-flags: u8; flags ifa-flags. */
  ifaFlags?: number;
  /** ifa-scope: u8. */
  ifaScope?: number;
  /** ifa-index: u32. */
  ifaIndex?: number;
}

/**
 * struct ifaddrmsg
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class Ifaddrmsg extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** ifa-family: u8. */
  get ifaFamily(): number {
    return this.$dv.getUint8(this.$o + 0);
  }
  set ifaFamily(v: number) {
    this.$dv.setUint8(this.$o + 0, v);
  }
  /** ifa-prefixlen: u8. */
  get ifaPrefixlen(): number {
    return this.$dv.getUint8(this.$o + 1);
  }
  set ifaPrefixlen(v: number) {
    this.$dv.setUint8(this.$o + 1, v);
  }
  /** ifa-flags: u8; flags ifa-flags. */
  get ifaFlags(): number {
    return this.$dv.getUint8(this.$o + 2);
  }
  set ifaFlags(v: number) {
    this.$dv.setUint8(this.$o + 2, v);
  }
  /** ifa-scope: u8. */
  get ifaScope(): number {
    return this.$dv.getUint8(this.$o + 3);
  }
  set ifaScope(v: number) {
    this.$dv.setUint8(this.$o + 3, v);
  }
  /** ifa-index: u32. */
  get ifaIndex(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set ifaIndex(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IfaddrmsgFields): void {
    if (v.ifaFamily !== undefined) dv.setUint8(at + 0, v.ifaFamily);
    if (v.ifaPrefixlen !== undefined) dv.setUint8(at + 1, v.ifaPrefixlen);
    if (v.ifaFlags !== undefined) dv.setUint8(at + 2, v.ifaFlags);
    if (v.ifaScope !== undefined) dv.setUint8(at + 3, v.ifaScope);
    if (v.ifaIndex !== undefined) dv.setUint32(at + 4, v.ifaIndex, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IfaddrmsgFields {
    return {
      ifaFamily: this.ifaFamily,
      ifaPrefixlen: this.ifaPrefixlen,
      ifaFlags: this.ifaFlags,
      ifaScope: this.ifaScope,
      ifaIndex: this.ifaIndex,
    };
  }
}

/** Fields of struct ifa-cacheinfo, for requests (absent fields are 0). */
export interface IfaCacheinfoFields {
  /** ifa-prefered: u32. */
  ifaPrefered?: number;
  /** ifa-valid: u32. */
  ifaValid?: number;
  /** cstamp: u32. */
  cstamp?: number;
  /** tstamp: u32. */
  tstamp?: number;
}

/**
 * struct ifa-cacheinfo
 *
 * A view of the struct, read and written in place (16 bytes).
 */
export class IfaCacheinfo extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 16;
  constructor() {
    super(16);
  }
  /** ifa-prefered: u32. */
  get ifaPrefered(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set ifaPrefered(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** ifa-valid: u32. */
  get ifaValid(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set ifaValid(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** cstamp: u32. */
  get cstamp(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set cstamp(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /** tstamp: u32. */
  get tstamp(): number {
    return this.$dv.getUint32(this.$o + 12, true);
  }
  set tstamp(v: number) {
    this.$dv.setUint32(this.$o + 12, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IfaCacheinfoFields): void {
    if (v.ifaPrefered !== undefined) dv.setUint32(at + 0, v.ifaPrefered, true);
    if (v.ifaValid !== undefined) dv.setUint32(at + 4, v.ifaValid, true);
    if (v.cstamp !== undefined) dv.setUint32(at + 8, v.cstamp, true);
    if (v.tstamp !== undefined) dv.setUint32(at + 12, v.tstamp, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IfaCacheinfoFields {
    return {
      ifaPrefered: this.ifaPrefered,
      ifaValid: this.ifaValid,
      cstamp: this.cstamp,
      tstamp: this.tstamp,
    };
  }
}

/** Attribute type numbers of addr-attrs. */
export const AddrAttrs = {
  ifaAddress: 1,
  ifaLocal: 2,
  ifaLabel: 3,
  ifaBroadcast: 4,
  ifaAnycast: 5,
  ifaCacheinfo: 6,
  ifaMulticast: 7,
  ifaFlags: 8,
  ifaRtPriority: 9,
  ifaTargetNetnsid: 10,
  ifaProto: 11,
} as const;

/** The attributes of addr-attrs as a plain object (requests, `toObject()`). */
export interface AddrAttrsValues {
  /** ifa-address: binary; display hint ipv4 (type 1). */
  ifaAddress?: Uint8Array | string;
  /** ifa-local: binary; display hint ipv4 (type 2). */
  ifaLocal?: Uint8Array | string;
  /** ifa-label: string (type 3). */
  ifaLabel?: string;
  /** ifa-broadcast: binary; display hint ipv4 (type 4). */
  ifaBroadcast?: Uint8Array | string;
  /** ifa-anycast: binary (type 5). */
  ifaAnycast?: Uint8Array;
  /** ifa-cacheinfo: binary (type 6). */
  ifaCacheinfo?: IfaCacheinfoFields;
  /** ifa-multicast: binary (type 7). */
  ifaMulticast?: Uint8Array;
  /** ifa-flags: u32; flags ifa-flags (type 8). */
  ifaFlags?: number;
  /** ifa-rt-priority: u32 (type 9). */
  ifaRtPriority?: number;
  /** ifa-target-netnsid: binary (type 10). */
  ifaTargetNetnsid?: Uint8Array;
  /** ifa-proto: u8 (type 11). */
  ifaProto?: number;
}

/**
 * The addr-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class AddrAttrsView extends AttrView {
  #c6?: IfaCacheinfo;
  constructor() {
    super(11);
  }
  /** ifa-address: binary; display hint ipv4 (type 1). */
  get ifaAddress(): Uint8Array | undefined {
    return this.$bin(1);
  }
  /** ifa-address as text (display hint ipv4), or `undefined`. */
  get ifaAddressText(): string | undefined {
    const v = this.$bin(1);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** ifa-local: binary; display hint ipv4 (type 2). */
  get ifaLocal(): Uint8Array | undefined {
    return this.$bin(2);
  }
  /** ifa-local as text (display hint ipv4), or `undefined`. */
  get ifaLocalText(): string | undefined {
    const v = this.$bin(2);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** ifa-label: string (type 3). */
  get ifaLabel(): string | undefined {
    return this.$str(3);
  }
  /** ifa-broadcast: binary; display hint ipv4 (type 4). */
  get ifaBroadcast(): Uint8Array | undefined {
    return this.$bin(4);
  }
  /** ifa-broadcast as text (display hint ipv4), or `undefined`. */
  get ifaBroadcastText(): string | undefined {
    const v = this.$bin(4);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** ifa-anycast: binary (type 5). */
  get ifaAnycast(): Uint8Array | undefined {
    return this.$bin(5);
  }
  /** ifa-cacheinfo: binary (type 6). */
  get ifaCacheinfo(): IfaCacheinfo | undefined {
    return this.$struct(6, this.#c6 ??= new IfaCacheinfo());
  }
  /** ifa-multicast: binary (type 7). */
  get ifaMulticast(): Uint8Array | undefined {
    return this.$bin(7);
  }
  /** ifa-flags: u32; flags ifa-flags (type 8). */
  get ifaFlags(): number | undefined {
    return this.$u32(8);
  }
  /** ifa-rt-priority: u32 (type 9). */
  get ifaRtPriority(): number | undefined {
    return this.$u32(9);
  }
  /** ifa-target-netnsid: binary (type 10). */
  get ifaTargetNetnsid(): Uint8Array | undefined {
    return this.$bin(10);
  }
  /** ifa-proto: u8 (type 11). */
  get ifaProto(): number | undefined {
    return this.$u8(11);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): AddrAttrsValues {
    return decodeValues(schema, "addr-attrs", this, false) as AddrAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "addr-attrs", this, true);
  }
}

/**
 * Writes the attributes of addr-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeAddrAttrs(w: MessageWriter, v: AddrAttrsValues): void {
  if (v.ifaAddress !== undefined) {
    w.putBytes(
      1,
      typeof v.ifaAddress === "string" ? textToBytes("ipv4", v.ifaAddress) : v.ifaAddress,
    );
  }
  if (v.ifaLocal !== undefined) {
    w.putBytes(2, typeof v.ifaLocal === "string" ? textToBytes("ipv4", v.ifaLocal) : v.ifaLocal);
  }
  if (v.ifaLabel !== undefined) w.putString(3, v.ifaLabel);
  if (v.ifaBroadcast !== undefined) {
    w.putBytes(
      4,
      typeof v.ifaBroadcast === "string" ? textToBytes("ipv4", v.ifaBroadcast) : v.ifaBroadcast,
    );
  }
  if (v.ifaAnycast !== undefined) w.putBytes(5, v.ifaAnycast);
  if (v.ifaCacheinfo !== undefined) {
    IfaCacheinfo.write(w.view, putZeroed(w, 6, IfaCacheinfo.SIZE), v.ifaCacheinfo);
  }
  if (v.ifaMulticast !== undefined) w.putBytes(7, v.ifaMulticast);
  if (v.ifaFlags !== undefined) w.putU32(8, v.ifaFlags);
  if (v.ifaRtPriority !== undefined) w.putU32(9, v.ifaRtPriority);
  if (v.ifaTargetNetnsid !== undefined) w.putBytes(10, v.ifaTargetNetnsid);
  if (v.ifaProto !== undefined) w.putU8(11, v.ifaProto);
}

/** A message of rt-addr read in place: its fixed header `ifaddrmsg` and the addr-attrs attributes. */
export class AddrMessage extends AddrAttrsView {
  /** The fixed header, read and written in place. */
  readonly ifaddrmsg = new Ifaddrmsg();
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    this.ifaddrmsg.reset(m.view, at, m.payloadLength);
    const start = at + 8;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The header and attributes as a plain object the caller owns. @returns A new object. */
  override toObject(): AddrAttrsValues & { ifaddrmsg: IfaddrmsgFields } {
    return { ifaddrmsg: this.ifaddrmsg.toObject(), ...super.toObject() };
  }
  /** Header fields and attributes side by side, with the spec's names. @returns A new object. */
  override toJSON(): Record<string, unknown> {
    return sideBySide(decodeValues(schema, "ifaddrmsg", this.ifaddrmsg, true), super.toJSON());
  }
}

/** The request of newaddr (do): Add new address */
export type NewaddrRequest =
  & Pick<AddrAttrsValues, "ifaFlags" | "ifaAddress" | "ifaLabel" | "ifaLocal" | "ifaCacheinfo">
  & { ifaddrmsg?: IfaddrmsgFields };

/**
 * Writes a newaddr do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 20.
 * @returns The message's length.
 */
export function encodeNewaddr(
  w: MessageWriter,
  req: NewaddrRequest,
  flags = 0x5,
  type = 20,
): number {
  w.begin(type, flags);
  const at = w.reserve(8);
  const h = req.ifaddrmsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.ifaFamily !== undefined) dv.setUint8(at + 0, h.ifaFamily);
    if (h.ifaPrefixlen !== undefined) dv.setUint8(at + 1, h.ifaPrefixlen);
    if (h.ifaFlags !== undefined) dv.setUint8(at + 2, h.ifaFlags);
    if (h.ifaScope !== undefined) dv.setUint8(at + 3, h.ifaScope);
    if (h.ifaIndex !== undefined) dv.setUint32(at + 4, h.ifaIndex, true);
  }
  const v = req;
  if (v.ifaAddress !== undefined) {
    w.putBytes(
      1,
      typeof v.ifaAddress === "string" ? textToBytes("ipv4", v.ifaAddress) : v.ifaAddress,
    );
  }
  if (v.ifaLocal !== undefined) {
    w.putBytes(2, typeof v.ifaLocal === "string" ? textToBytes("ipv4", v.ifaLocal) : v.ifaLocal);
  }
  if (v.ifaLabel !== undefined) w.putString(3, v.ifaLabel);
  if (v.ifaCacheinfo !== undefined) {
    IfaCacheinfo.write(w.view, putZeroed(w, 6, IfaCacheinfo.SIZE), v.ifaCacheinfo);
  }
  if (v.ifaFlags !== undefined) w.putU32(8, v.ifaFlags);
  return w.end();
}

/** The request of deladdr (do): Remove address */
export type DeladdrRequest = Pick<AddrAttrsValues, "ifaFlags" | "ifaAddress" | "ifaLocal"> & {
  ifaddrmsg?: IfaddrmsgFields;
};

/**
 * Writes a deladdr do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 21.
 * @returns The message's length.
 */
export function encodeDeladdr(
  w: MessageWriter,
  req: DeladdrRequest,
  flags = 0x5,
  type = 21,
): number {
  w.begin(type, flags);
  const at = w.reserve(8);
  const h = req.ifaddrmsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.ifaFamily !== undefined) dv.setUint8(at + 0, h.ifaFamily);
    if (h.ifaPrefixlen !== undefined) dv.setUint8(at + 1, h.ifaPrefixlen);
    if (h.ifaFlags !== undefined) dv.setUint8(at + 2, h.ifaFlags);
    if (h.ifaScope !== undefined) dv.setUint8(at + 3, h.ifaScope);
    if (h.ifaIndex !== undefined) dv.setUint32(at + 4, h.ifaIndex, true);
  }
  const v = req;
  if (v.ifaAddress !== undefined) {
    w.putBytes(
      1,
      typeof v.ifaAddress === "string" ? textToBytes("ipv4", v.ifaAddress) : v.ifaAddress,
    );
  }
  if (v.ifaLocal !== undefined) {
    w.putBytes(2, typeof v.ifaLocal === "string" ? textToBytes("ipv4", v.ifaLocal) : v.ifaLocal);
  }
  if (v.ifaFlags !== undefined) w.putU32(8, v.ifaFlags);
  return w.end();
}

/** The request of getaddr (dump): Dump address information. */
export type GetaddrDumpRequest = { ifaddrmsg?: IfaddrmsgFields };

/**
 * Writes a getaddr dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type `nlmsg_type`; default 22.
 * @returns The message's length.
 */
export function encodeGetaddrDump(
  w: MessageWriter,
  req: GetaddrDumpRequest,
  flags = 0x301,
  type = 22,
): number {
  w.begin(type, flags);
  const at = w.reserve(8);
  const h = req.ifaddrmsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.ifaFamily !== undefined) dv.setUint8(at + 0, h.ifaFamily);
    if (h.ifaPrefixlen !== undefined) dv.setUint8(at + 1, h.ifaPrefixlen);
    if (h.ifaFlags !== undefined) dv.setUint8(at + 2, h.ifaFlags);
    if (h.ifaScope !== undefined) dv.setUint8(at + 3, h.ifaScope);
    if (h.ifaIndex !== undefined) dv.setUint32(at + 4, h.ifaIndex, true);
  }
  return w.end();
}

/**
 * A client of the rt-addr family: one method per operation, over one socket.
 *
 * Address configuration over rtnetlink.
 *
 * Replies are views valid until the client receives again; call
 * `toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.
 *
 * @example
 * ```ts
 * import { RtAddrClient } from "./rt-addr.ts";
 * using client = RtAddrClient.open();
 * ```
 */
export class RtAddrClient extends FamilyClient {
  #AddrMessage = new AddrMessage();

  /**
   * Opens a socket for the family.
   *
   * @param options Socket options, or an open socket to use.
   * @returns The client.
   * @throws {KernelError} When the kernel refuses.
   */
  static open(options: ClientOptions = {}): RtAddrClient {
    return new RtAddrClient(connect(schema, options));
  }
  /**
   * Add new address.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  newaddr(req: NewaddrRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeNewaddr, req, 20, options);
  }
  /**
   * Add new address, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  newaddrAsync(req: NewaddrRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeNewaddr, req, 20, options);
  }
  /**
   * Remove address.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  deladdr(req: DeladdrRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeDeladdr, req, 21, options);
  }
  /**
   * Remove address, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  deladdrAsync(req: DeladdrRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeDeladdr, req, 21, options);
  }
  /**
   * Dump address information (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  getaddrDump(req: GetaddrDumpRequest = {}, options: WaitOptions = {}): Dump<AddrMessage> {
    return this.$dump(encodeGetaddrDump, req, 22, this.#AddrMessage, options);
  }
  /**
   * Joins a multicast group of the family by name.
   *
   * @param group `"rtnlgrp-ipv4-ifaddr"`, `"rtnlgrp-ipv6-ifaddr"`.
   * @throws {RangeError} When the family has no such group.
   */
  subscribe(group: "rtnlgrp-ipv4-ifaddr" | "rtnlgrp-ipv6-ifaddr"): void {
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
  ): AsyncIterableIterator<Notification<"newaddr" | "deladdr" | "getaddr", AddrMessage>> {
    return this.$notifications(options, (name) => {
      switch (name) {
        case "newaddr":
        case "deladdr":
        case "getaddr":
          return this.#AddrMessage;
      }
      return undefined;
    }) as AsyncIterableIterator<Notification<"newaddr" | "deladdr" | "getaddr", AddrMessage>>;
  }
}

export { AttrView, StructView } from "../ynl/view.ts";
export { FamilyClient } from "../ynl/client.ts";
export type { ClientOptions, DoOptions, Dump, Notification } from "../ynl/client.ts";
export type { FamilySchema } from "../ynl/schema.ts";
export type { Message } from "../codec/message.ts";
export type { MessageWriter } from "../codec/writer.ts";
export type { WaitOptions } from "../socket/options.ts";

/** The rt-addr family as data: names, numbers and types, for the JSON codec. */
export const schema: FamilySchema = {
  "name": "rt-addr",
  "protocol": "netlink-raw",
  "protonum": 0,
  "version": 1,
  "enums": {
    "ifa-flags": {
      "kind": "flags",
      "entries": {
        "secondary": 1,
        "nodad": 2,
        "optimistic": 4,
        "dadfailed": 8,
        "homeaddress": 16,
        "deprecated": 32,
        "tentative": 64,
        "permanent": 128,
        "managetempaddr": 256,
        "noprefixroute": 512,
        "mcautojoin": 1024,
        "stable-privacy": 2048,
      },
    },
  },
  "structs": {
    "ifaddrmsg": {
      "size": 8,
      "members": [
        {
          "name": "ifa-family",
          "key": "ifaFamily",
          "type": "u8",
          "offset": 0,
          "size": 1,
        },
        {
          "name": "ifa-prefixlen",
          "key": "ifaPrefixlen",
          "type": "u8",
          "offset": 1,
          "size": 1,
        },
        {
          "name": "ifa-flags",
          "key": "ifaFlags",
          "type": "u8",
          "offset": 2,
          "size": 1,
          "enum": "ifa-flags",
          "asFlags": true,
        },
        {
          "name": "ifa-scope",
          "key": "ifaScope",
          "type": "u8",
          "offset": 3,
          "size": 1,
        },
        {
          "name": "ifa-index",
          "key": "ifaIndex",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
      ],
    },
    "ifa-cacheinfo": {
      "size": 16,
      "members": [
        {
          "name": "ifa-prefered",
          "key": "ifaPrefered",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "ifa-valid",
          "key": "ifaValid",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "cstamp",
          "key": "cstamp",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
        {
          "name": "tstamp",
          "key": "tstamp",
          "type": "u32",
          "offset": 12,
          "size": 4,
        },
      ],
    },
  },
  "attrSets": {
    "addr-attrs": {
      "attrs": [
        {
          "name": "ifa-address",
          "key": "ifaAddress",
          "value": 1,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "ifa-local",
          "key": "ifaLocal",
          "value": 2,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "ifa-label",
          "key": "ifaLabel",
          "value": 3,
          "type": "string",
        },
        {
          "name": "ifa-broadcast",
          "key": "ifaBroadcast",
          "value": 4,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "ifa-anycast",
          "key": "ifaAnycast",
          "value": 5,
          "type": "binary",
        },
        {
          "name": "ifa-cacheinfo",
          "key": "ifaCacheinfo",
          "value": 6,
          "type": "binary",
          "struct": "ifa-cacheinfo",
        },
        {
          "name": "ifa-multicast",
          "key": "ifaMulticast",
          "value": 7,
          "type": "binary",
        },
        {
          "name": "ifa-flags",
          "key": "ifaFlags",
          "value": 8,
          "type": "u32",
          "enum": "ifa-flags",
          "asFlags": true,
        },
        {
          "name": "ifa-rt-priority",
          "key": "ifaRtPriority",
          "value": 9,
          "type": "u32",
        },
        {
          "name": "ifa-target-netnsid",
          "key": "ifaTargetNetnsid",
          "value": 10,
          "type": "binary",
        },
        {
          "name": "ifa-proto",
          "key": "ifaProto",
          "value": 11,
          "type": "u8",
        },
      ],
    },
  },
  "subMessages": {},
  "ops": [
    {
      "name": "newaddr",
      "attrSet": "addr-attrs",
      "fixedHeader": "ifaddrmsg",
      "do": {
        "request": {
          "value": 20,
          "attrs": [
            "ifa-family",
            "ifa-flags",
            "ifa-prefixlen",
            "ifa-scope",
            "ifa-index",
            "ifa-address",
            "ifa-label",
            "ifa-local",
            "ifa-cacheinfo",
          ],
        },
      },
    },
    {
      "name": "deladdr",
      "attrSet": "addr-attrs",
      "fixedHeader": "ifaddrmsg",
      "do": {
        "request": {
          "value": 21,
          "attrs": [
            "ifa-family",
            "ifa-flags",
            "ifa-prefixlen",
            "ifa-scope",
            "ifa-index",
            "ifa-address",
            "ifa-local",
          ],
        },
      },
    },
    {
      "name": "getaddr",
      "attrSet": "addr-attrs",
      "fixedHeader": "ifaddrmsg",
      "dump": {
        "request": {
          "value": 22,
          "attrs": [
            "ifa-index",
          ],
        },
        "reply": {
          "value": 20,
          "attrs": [
            "ifa-family",
            "ifa-flags",
            "ifa-prefixlen",
            "ifa-scope",
            "ifa-index",
            "ifa-address",
            "ifa-label",
            "ifa-local",
            "ifa-cacheinfo",
          ],
        },
      },
    },
  ],
  "mcastGroups": {
    "rtnlgrp-ipv4-ifaddr": 5,
    "rtnlgrp-ipv6-ifaddr": 9,
  },
};
