// Generated from Documentation/netlink/specs/rt_link.yaml + specs/rt_link-veth.yaml (Linux 6.12) by scripts/ynl/gen.ts (npm run gen): do not edit.
/**
 * The rt-link netlink family (netlink-raw, protocol 0), generated from its YNL spec.
 *
 * Link configuration over rtnetlink.
 *
 * @module
 */
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import { AttrView, StructView } from "../ynl/view.ts";
import { checkRange, putZeroed } from "../ynl/encode.ts";
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
 * Flags of ifinfo-flags.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const IfinfoFlags = {
  up: 0x1,
  broadcast: 0x2,
  debug: 0x4,
  loopback: 0x8,
  pointToPoint: 0x10,
  noTrailers: 0x20,
  running: 0x40,
  noArp: 0x80,
  promisc: 0x100,
  allMulti: 0x200,
  master: 0x400,
  slave: 0x800,
  multicast: 0x1000,
  portsel: 0x2000,
  autoMedia: 0x4000,
  dynamic: 0x8000,
  lowerUp: 0x10000,
  dormant: 0x20000,
  echo: 0x40000,
} as const;

/** Values of vlan-protocols. */
export const VlanProtocols = {
  _8021q: 33024,
  _8021ad: 34984,
} as const;

/**
 * Flags of vlan-flags.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const VlanFlags = {
  reorderHdr: 0x1,
  gvrp: 0x2,
  looseBinding: 0x4,
  mvrp: 0x8,
  bridgeBinding: 0x10,
} as const;

/** Values of ifla-vf-link-state-enum. */
export const IflaVfLinkStateEnum = {
  auto: 0,
  enable: 1,
  disable: 2,
} as const;

/**
 * Flags of rtext-filter.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const RtextFilter = {
  vf: 0x1,
  brvlan: 0x2,
  brvlanCompressed: 0x4,
  skipStats: 0x8,
  mrp: 0x10,
  cfmConfig: 0x20,
  cfmStatus: 0x40,
  mst: 0x80,
} as const;

/** Values of netkit-policy. */
export const NetkitPolicy = {
  forward: 0,
  blackhole: 2,
} as const;

/** Values of netkit-mode. */
export const NetkitMode = {
  l2: 0,
  l3: 1,
} as const;

/** The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTONUM)`). */
export const PROTONUM = 0;

/** Multicast group numbers, by name (for `join()`). */
export const McastGroups = {
  rtnlgrpLink: 1,
  rtnlgrpStats: 36,
} as const;

/** Message types (`nlmsg_type`) of the requests, by operation. */
export const Requests = {
  newlink: 16,
  dellink: 17,
  getlink: 18,
  setlink: 19,
  getstats: 94,
} as const;

/** Message types (`nlmsg_type`) of the replies, notifications and events, by operation. */
export const Replies = {
  getlink: 16,
  getstats: 92,
} as const;

/** Fields of struct rtgenmsg, for requests (absent fields are 0). */
export interface RtgenmsgFields {
  /** family: u8. */
  family?: number;
}

/**
 * struct rtgenmsg
 *
 * A view of the struct, read and written in place (1 bytes).
 */
export class Rtgenmsg extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 1;
  constructor() {
    super(1);
  }
  /** family: u8. */
  get family(): number {
    return this.$dv.getUint8(this.$o + 0);
  }
  set family(v: number) {
    this.$dv.setUint8(this.$o + 0, v);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: RtgenmsgFields): void {
    if (v.family !== undefined) dv.setUint8(at + 0, v.family);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): RtgenmsgFields {
    return {
      family: this.family,
    };
  }
}

/** Fields of struct ifinfomsg, for requests (absent fields are 0). */
export interface IfinfomsgFields {
  /** ifi-family: u8. */
  ifiFamily?: number;
  /** ifi-type: u16. */
  ifiType?: number;
  /** ifi-index: s32. */
  ifiIndex?: number;
  /** ifi-flags: u32; flags ifinfo-flags. */
  ifiFlags?: number;
  /** ifi-change: u32. */
  ifiChange?: number;
}

/**
 * struct ifinfomsg
 *
 * A view of the struct, read and written in place (16 bytes).
 */
export class Ifinfomsg extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 16;
  constructor() {
    super(16);
  }
  /** ifi-family: u8. */
  get ifiFamily(): number {
    return this.$dv.getUint8(this.$o + 0);
  }
  set ifiFamily(v: number) {
    this.$dv.setUint8(this.$o + 0, v);
  }
  /** ifi-type: u16. */
  get ifiType(): number {
    return this.$dv.getUint16(this.$o + 2, true);
  }
  set ifiType(v: number) {
    this.$dv.setUint16(this.$o + 2, v, true);
  }
  /** ifi-index: s32. */
  get ifiIndex(): number {
    return this.$dv.getInt32(this.$o + 4, true);
  }
  set ifiIndex(v: number) {
    this.$dv.setInt32(this.$o + 4, v, true);
  }
  /** ifi-flags: u32; flags ifinfo-flags. */
  get ifiFlags(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set ifiFlags(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /** ifi-change: u32. */
  get ifiChange(): number {
    return this.$dv.getUint32(this.$o + 12, true);
  }
  set ifiChange(v: number) {
    this.$dv.setUint32(this.$o + 12, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IfinfomsgFields): void {
    if (v.ifiFamily !== undefined) dv.setUint8(at + 0, v.ifiFamily);
    if (v.ifiType !== undefined) dv.setUint16(at + 2, v.ifiType, true);
    if (v.ifiIndex !== undefined) dv.setInt32(at + 4, v.ifiIndex, true);
    if (v.ifiFlags !== undefined) dv.setUint32(at + 8, v.ifiFlags, true);
    if (v.ifiChange !== undefined) dv.setUint32(at + 12, v.ifiChange, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IfinfomsgFields {
    return {
      ifiFamily: this.ifiFamily,
      ifiType: this.ifiType,
      ifiIndex: this.ifiIndex,
      ifiFlags: this.ifiFlags,
      ifiChange: this.ifiChange,
    };
  }
}

/** Fields of struct ifla-bridge-id, for requests (absent fields are 0). */
export interface IflaBridgeIdFields {
  /** prio: u16. */
  prio?: number;
  /** addr: binary[6]. */
  addr?: Uint8Array;
}

/**
 * struct ifla-bridge-id
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class IflaBridgeId extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** prio: u16. */
  get prio(): number {
    return this.$dv.getUint16(this.$o + 0, true);
  }
  set prio(v: number) {
    this.$dv.setUint16(this.$o + 0, v, true);
  }
  /** addr: binary[6]. */
  get addr(): Uint8Array {
    return this.$bytes(2, 6);
  }
  set addr(v: Uint8Array) {
    this.$setBytes(2, 6, v);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaBridgeIdFields): void {
    if (v.prio !== undefined) dv.setUint16(at + 0, v.prio, true);
    if (v.addr !== undefined) {
      new Uint8Array(dv.buffer, dv.byteOffset + at + 2, 6).set(v.addr.subarray(0, 6));
    }
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaBridgeIdFields {
    return {
      prio: this.prio,
      addr: this.addr.slice(),
    };
  }
}

/** Fields of struct ifla-cacheinfo, for requests (absent fields are 0). */
export interface IflaCacheinfoFields {
  /** max-reasm-len: u32. */
  maxReasmLen?: number;
  /** tstamp: u32. */
  tstamp?: number;
  /** reachable-time: s32. */
  reachableTime?: number;
  /** retrans-time: u32. */
  retransTime?: number;
}

/**
 * struct ifla-cacheinfo
 *
 * A view of the struct, read and written in place (16 bytes).
 */
export class IflaCacheinfo extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 16;
  constructor() {
    super(16);
  }
  /** max-reasm-len: u32. */
  get maxReasmLen(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set maxReasmLen(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** tstamp: u32. */
  get tstamp(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set tstamp(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** reachable-time: s32. */
  get reachableTime(): number {
    return this.$dv.getInt32(this.$o + 8, true);
  }
  set reachableTime(v: number) {
    this.$dv.setInt32(this.$o + 8, v, true);
  }
  /** retrans-time: u32. */
  get retransTime(): number {
    return this.$dv.getUint32(this.$o + 12, true);
  }
  set retransTime(v: number) {
    this.$dv.setUint32(this.$o + 12, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaCacheinfoFields): void {
    if (v.maxReasmLen !== undefined) dv.setUint32(at + 0, v.maxReasmLen, true);
    if (v.tstamp !== undefined) dv.setUint32(at + 4, v.tstamp, true);
    if (v.reachableTime !== undefined) dv.setInt32(at + 8, v.reachableTime, true);
    if (v.retransTime !== undefined) dv.setUint32(at + 12, v.retransTime, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaCacheinfoFields {
    return {
      maxReasmLen: this.maxReasmLen,
      tstamp: this.tstamp,
      reachableTime: this.reachableTime,
      retransTime: this.retransTime,
    };
  }
}

/** Fields of struct rtnl-link-stats, for requests (absent fields are 0). */
export interface RtnlLinkStatsFields {
  /** rx-packets: u32. */
  rxPackets?: number;
  /** tx-packets: u32. */
  txPackets?: number;
  /** rx-bytes: u32. */
  rxBytes?: number;
  /** tx-bytes: u32. */
  txBytes?: number;
  /** rx-errors: u32. */
  rxErrors?: number;
  /** tx-errors: u32. */
  txErrors?: number;
  /** rx-dropped: u32. */
  rxDropped?: number;
  /** tx-dropped: u32. */
  txDropped?: number;
  /** multicast: u32. */
  multicast?: number;
  /** collisions: u32. */
  collisions?: number;
  /** rx-length-errors: u32. */
  rxLengthErrors?: number;
  /** rx-over-errors: u32. */
  rxOverErrors?: number;
  /** rx-crc-errors: u32. */
  rxCrcErrors?: number;
  /** rx-frame-errors: u32. */
  rxFrameErrors?: number;
  /** rx-fifo-errors: u32. */
  rxFifoErrors?: number;
  /** rx-missed-errors: u32. */
  rxMissedErrors?: number;
  /** tx-aborted-errors: u32. */
  txAbortedErrors?: number;
  /** tx-carrier-errors: u32. */
  txCarrierErrors?: number;
  /** tx-fifo-errors: u32. */
  txFifoErrors?: number;
  /** tx-heartbeat-errors: u32. */
  txHeartbeatErrors?: number;
  /** tx-window-errors: u32. */
  txWindowErrors?: number;
  /** rx-compressed: u32. */
  rxCompressed?: number;
  /** tx-compressed: u32. */
  txCompressed?: number;
  /** rx-nohandler: u32. */
  rxNohandler?: number;
}

/**
 * struct rtnl-link-stats
 *
 * A view of the struct, read and written in place (96 bytes).
 */
export class RtnlLinkStats extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 96;
  constructor() {
    super(96);
  }
  /** rx-packets: u32. */
  get rxPackets(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set rxPackets(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** tx-packets: u32. */
  get txPackets(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set txPackets(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** rx-bytes: u32. */
  get rxBytes(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set rxBytes(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /** tx-bytes: u32. */
  get txBytes(): number {
    return this.$dv.getUint32(this.$o + 12, true);
  }
  set txBytes(v: number) {
    this.$dv.setUint32(this.$o + 12, v, true);
  }
  /** rx-errors: u32. */
  get rxErrors(): number {
    return this.$dv.getUint32(this.$o + 16, true);
  }
  set rxErrors(v: number) {
    this.$dv.setUint32(this.$o + 16, v, true);
  }
  /** tx-errors: u32. */
  get txErrors(): number {
    return this.$dv.getUint32(this.$o + 20, true);
  }
  set txErrors(v: number) {
    this.$dv.setUint32(this.$o + 20, v, true);
  }
  /** rx-dropped: u32. */
  get rxDropped(): number {
    return this.$dv.getUint32(this.$o + 24, true);
  }
  set rxDropped(v: number) {
    this.$dv.setUint32(this.$o + 24, v, true);
  }
  /** tx-dropped: u32. */
  get txDropped(): number {
    return this.$dv.getUint32(this.$o + 28, true);
  }
  set txDropped(v: number) {
    this.$dv.setUint32(this.$o + 28, v, true);
  }
  /** multicast: u32. */
  get multicast(): number {
    return this.$dv.getUint32(this.$o + 32, true);
  }
  set multicast(v: number) {
    this.$dv.setUint32(this.$o + 32, v, true);
  }
  /** collisions: u32. */
  get collisions(): number {
    return this.$dv.getUint32(this.$o + 36, true);
  }
  set collisions(v: number) {
    this.$dv.setUint32(this.$o + 36, v, true);
  }
  /** rx-length-errors: u32. */
  get rxLengthErrors(): number {
    return this.$dv.getUint32(this.$o + 40, true);
  }
  set rxLengthErrors(v: number) {
    this.$dv.setUint32(this.$o + 40, v, true);
  }
  /** rx-over-errors: u32. */
  get rxOverErrors(): number {
    return this.$dv.getUint32(this.$o + 44, true);
  }
  set rxOverErrors(v: number) {
    this.$dv.setUint32(this.$o + 44, v, true);
  }
  /** rx-crc-errors: u32. */
  get rxCrcErrors(): number {
    return this.$dv.getUint32(this.$o + 48, true);
  }
  set rxCrcErrors(v: number) {
    this.$dv.setUint32(this.$o + 48, v, true);
  }
  /** rx-frame-errors: u32. */
  get rxFrameErrors(): number {
    return this.$dv.getUint32(this.$o + 52, true);
  }
  set rxFrameErrors(v: number) {
    this.$dv.setUint32(this.$o + 52, v, true);
  }
  /** rx-fifo-errors: u32. */
  get rxFifoErrors(): number {
    return this.$dv.getUint32(this.$o + 56, true);
  }
  set rxFifoErrors(v: number) {
    this.$dv.setUint32(this.$o + 56, v, true);
  }
  /** rx-missed-errors: u32. */
  get rxMissedErrors(): number {
    return this.$dv.getUint32(this.$o + 60, true);
  }
  set rxMissedErrors(v: number) {
    this.$dv.setUint32(this.$o + 60, v, true);
  }
  /** tx-aborted-errors: u32. */
  get txAbortedErrors(): number {
    return this.$dv.getUint32(this.$o + 64, true);
  }
  set txAbortedErrors(v: number) {
    this.$dv.setUint32(this.$o + 64, v, true);
  }
  /** tx-carrier-errors: u32. */
  get txCarrierErrors(): number {
    return this.$dv.getUint32(this.$o + 68, true);
  }
  set txCarrierErrors(v: number) {
    this.$dv.setUint32(this.$o + 68, v, true);
  }
  /** tx-fifo-errors: u32. */
  get txFifoErrors(): number {
    return this.$dv.getUint32(this.$o + 72, true);
  }
  set txFifoErrors(v: number) {
    this.$dv.setUint32(this.$o + 72, v, true);
  }
  /** tx-heartbeat-errors: u32. */
  get txHeartbeatErrors(): number {
    return this.$dv.getUint32(this.$o + 76, true);
  }
  set txHeartbeatErrors(v: number) {
    this.$dv.setUint32(this.$o + 76, v, true);
  }
  /** tx-window-errors: u32. */
  get txWindowErrors(): number {
    return this.$dv.getUint32(this.$o + 80, true);
  }
  set txWindowErrors(v: number) {
    this.$dv.setUint32(this.$o + 80, v, true);
  }
  /** rx-compressed: u32. */
  get rxCompressed(): number {
    return this.$dv.getUint32(this.$o + 84, true);
  }
  set rxCompressed(v: number) {
    this.$dv.setUint32(this.$o + 84, v, true);
  }
  /** tx-compressed: u32. */
  get txCompressed(): number {
    return this.$dv.getUint32(this.$o + 88, true);
  }
  set txCompressed(v: number) {
    this.$dv.setUint32(this.$o + 88, v, true);
  }
  /** rx-nohandler: u32. */
  get rxNohandler(): number {
    return this.$dv.getUint32(this.$o + 92, true);
  }
  set rxNohandler(v: number) {
    this.$dv.setUint32(this.$o + 92, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: RtnlLinkStatsFields): void {
    if (v.rxPackets !== undefined) dv.setUint32(at + 0, v.rxPackets, true);
    if (v.txPackets !== undefined) dv.setUint32(at + 4, v.txPackets, true);
    if (v.rxBytes !== undefined) dv.setUint32(at + 8, v.rxBytes, true);
    if (v.txBytes !== undefined) dv.setUint32(at + 12, v.txBytes, true);
    if (v.rxErrors !== undefined) dv.setUint32(at + 16, v.rxErrors, true);
    if (v.txErrors !== undefined) dv.setUint32(at + 20, v.txErrors, true);
    if (v.rxDropped !== undefined) dv.setUint32(at + 24, v.rxDropped, true);
    if (v.txDropped !== undefined) dv.setUint32(at + 28, v.txDropped, true);
    if (v.multicast !== undefined) dv.setUint32(at + 32, v.multicast, true);
    if (v.collisions !== undefined) dv.setUint32(at + 36, v.collisions, true);
    if (v.rxLengthErrors !== undefined) dv.setUint32(at + 40, v.rxLengthErrors, true);
    if (v.rxOverErrors !== undefined) dv.setUint32(at + 44, v.rxOverErrors, true);
    if (v.rxCrcErrors !== undefined) dv.setUint32(at + 48, v.rxCrcErrors, true);
    if (v.rxFrameErrors !== undefined) dv.setUint32(at + 52, v.rxFrameErrors, true);
    if (v.rxFifoErrors !== undefined) dv.setUint32(at + 56, v.rxFifoErrors, true);
    if (v.rxMissedErrors !== undefined) dv.setUint32(at + 60, v.rxMissedErrors, true);
    if (v.txAbortedErrors !== undefined) dv.setUint32(at + 64, v.txAbortedErrors, true);
    if (v.txCarrierErrors !== undefined) dv.setUint32(at + 68, v.txCarrierErrors, true);
    if (v.txFifoErrors !== undefined) dv.setUint32(at + 72, v.txFifoErrors, true);
    if (v.txHeartbeatErrors !== undefined) dv.setUint32(at + 76, v.txHeartbeatErrors, true);
    if (v.txWindowErrors !== undefined) dv.setUint32(at + 80, v.txWindowErrors, true);
    if (v.rxCompressed !== undefined) dv.setUint32(at + 84, v.rxCompressed, true);
    if (v.txCompressed !== undefined) dv.setUint32(at + 88, v.txCompressed, true);
    if (v.rxNohandler !== undefined) dv.setUint32(at + 92, v.rxNohandler, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): RtnlLinkStatsFields {
    return {
      rxPackets: this.rxPackets,
      txPackets: this.txPackets,
      rxBytes: this.rxBytes,
      txBytes: this.txBytes,
      rxErrors: this.rxErrors,
      txErrors: this.txErrors,
      rxDropped: this.rxDropped,
      txDropped: this.txDropped,
      multicast: this.multicast,
      collisions: this.collisions,
      rxLengthErrors: this.rxLengthErrors,
      rxOverErrors: this.rxOverErrors,
      rxCrcErrors: this.rxCrcErrors,
      rxFrameErrors: this.rxFrameErrors,
      rxFifoErrors: this.rxFifoErrors,
      rxMissedErrors: this.rxMissedErrors,
      txAbortedErrors: this.txAbortedErrors,
      txCarrierErrors: this.txCarrierErrors,
      txFifoErrors: this.txFifoErrors,
      txHeartbeatErrors: this.txHeartbeatErrors,
      txWindowErrors: this.txWindowErrors,
      rxCompressed: this.rxCompressed,
      txCompressed: this.txCompressed,
      rxNohandler: this.rxNohandler,
    };
  }
}

/** Fields of struct rtnl-link-stats64, for requests (absent fields are 0). */
export interface RtnlLinkStats64Fields {
  /** rx-packets: u64. */
  rxPackets?: bigint | number;
  /** tx-packets: u64. */
  txPackets?: bigint | number;
  /** rx-bytes: u64. */
  rxBytes?: bigint | number;
  /** tx-bytes: u64. */
  txBytes?: bigint | number;
  /** rx-errors: u64. */
  rxErrors?: bigint | number;
  /** tx-errors: u64. */
  txErrors?: bigint | number;
  /** rx-dropped: u64. */
  rxDropped?: bigint | number;
  /** tx-dropped: u64. */
  txDropped?: bigint | number;
  /** multicast: u64. */
  multicast?: bigint | number;
  /** collisions: u64. */
  collisions?: bigint | number;
  /** rx-length-errors: u64. */
  rxLengthErrors?: bigint | number;
  /** rx-over-errors: u64. */
  rxOverErrors?: bigint | number;
  /** rx-crc-errors: u64. */
  rxCrcErrors?: bigint | number;
  /** rx-frame-errors: u64. */
  rxFrameErrors?: bigint | number;
  /** rx-fifo-errors: u64. */
  rxFifoErrors?: bigint | number;
  /** rx-missed-errors: u64. */
  rxMissedErrors?: bigint | number;
  /** tx-aborted-errors: u64. */
  txAbortedErrors?: bigint | number;
  /** tx-carrier-errors: u64. */
  txCarrierErrors?: bigint | number;
  /** tx-fifo-errors: u64. */
  txFifoErrors?: bigint | number;
  /** tx-heartbeat-errors: u64. */
  txHeartbeatErrors?: bigint | number;
  /** tx-window-errors: u64. */
  txWindowErrors?: bigint | number;
  /** rx-compressed: u64. */
  rxCompressed?: bigint | number;
  /** tx-compressed: u64. */
  txCompressed?: bigint | number;
  /** rx-nohandler: u64. */
  rxNohandler?: bigint | number;
  /** rx-otherhost-dropped: u64. */
  rxOtherhostDropped?: bigint | number;
}

/**
 * struct rtnl-link-stats64
 *
 * A view of the struct, read and written in place (200 bytes).
 */
export class RtnlLinkStats64 extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 200;
  constructor() {
    super(200);
  }
  /** rx-packets: u64. */
  get rxPackets(): bigint {
    return this.$dv.getBigUint64(this.$o + 0, true);
  }
  set rxPackets(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 0, BigInt(v), true);
  }
  /** tx-packets: u64. */
  get txPackets(): bigint {
    return this.$dv.getBigUint64(this.$o + 8, true);
  }
  set txPackets(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 8, BigInt(v), true);
  }
  /** rx-bytes: u64. */
  get rxBytes(): bigint {
    return this.$dv.getBigUint64(this.$o + 16, true);
  }
  set rxBytes(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 16, BigInt(v), true);
  }
  /** tx-bytes: u64. */
  get txBytes(): bigint {
    return this.$dv.getBigUint64(this.$o + 24, true);
  }
  set txBytes(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 24, BigInt(v), true);
  }
  /** rx-errors: u64. */
  get rxErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 32, true);
  }
  set rxErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 32, BigInt(v), true);
  }
  /** tx-errors: u64. */
  get txErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 40, true);
  }
  set txErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 40, BigInt(v), true);
  }
  /** rx-dropped: u64. */
  get rxDropped(): bigint {
    return this.$dv.getBigUint64(this.$o + 48, true);
  }
  set rxDropped(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 48, BigInt(v), true);
  }
  /** tx-dropped: u64. */
  get txDropped(): bigint {
    return this.$dv.getBigUint64(this.$o + 56, true);
  }
  set txDropped(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 56, BigInt(v), true);
  }
  /** multicast: u64. */
  get multicast(): bigint {
    return this.$dv.getBigUint64(this.$o + 64, true);
  }
  set multicast(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 64, BigInt(v), true);
  }
  /** collisions: u64. */
  get collisions(): bigint {
    return this.$dv.getBigUint64(this.$o + 72, true);
  }
  set collisions(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 72, BigInt(v), true);
  }
  /** rx-length-errors: u64. */
  get rxLengthErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 80, true);
  }
  set rxLengthErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 80, BigInt(v), true);
  }
  /** rx-over-errors: u64. */
  get rxOverErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 88, true);
  }
  set rxOverErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 88, BigInt(v), true);
  }
  /** rx-crc-errors: u64. */
  get rxCrcErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 96, true);
  }
  set rxCrcErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 96, BigInt(v), true);
  }
  /** rx-frame-errors: u64. */
  get rxFrameErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 104, true);
  }
  set rxFrameErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 104, BigInt(v), true);
  }
  /** rx-fifo-errors: u64. */
  get rxFifoErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 112, true);
  }
  set rxFifoErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 112, BigInt(v), true);
  }
  /** rx-missed-errors: u64. */
  get rxMissedErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 120, true);
  }
  set rxMissedErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 120, BigInt(v), true);
  }
  /** tx-aborted-errors: u64. */
  get txAbortedErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 128, true);
  }
  set txAbortedErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 128, BigInt(v), true);
  }
  /** tx-carrier-errors: u64. */
  get txCarrierErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 136, true);
  }
  set txCarrierErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 136, BigInt(v), true);
  }
  /** tx-fifo-errors: u64. */
  get txFifoErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 144, true);
  }
  set txFifoErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 144, BigInt(v), true);
  }
  /** tx-heartbeat-errors: u64. */
  get txHeartbeatErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 152, true);
  }
  set txHeartbeatErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 152, BigInt(v), true);
  }
  /** tx-window-errors: u64. */
  get txWindowErrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 160, true);
  }
  set txWindowErrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 160, BigInt(v), true);
  }
  /** rx-compressed: u64. */
  get rxCompressed(): bigint {
    return this.$dv.getBigUint64(this.$o + 168, true);
  }
  set rxCompressed(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 168, BigInt(v), true);
  }
  /** tx-compressed: u64. */
  get txCompressed(): bigint {
    return this.$dv.getBigUint64(this.$o + 176, true);
  }
  set txCompressed(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 176, BigInt(v), true);
  }
  /** rx-nohandler: u64. */
  get rxNohandler(): bigint {
    return this.$dv.getBigUint64(this.$o + 184, true);
  }
  set rxNohandler(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 184, BigInt(v), true);
  }
  /** rx-otherhost-dropped: u64. */
  get rxOtherhostDropped(): bigint {
    return this.$dv.getBigUint64(this.$o + 192, true);
  }
  set rxOtherhostDropped(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 192, BigInt(v), true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: RtnlLinkStats64Fields): void {
    if (v.rxPackets !== undefined) dv.setBigUint64(at + 0, BigInt(v.rxPackets), true);
    if (v.txPackets !== undefined) dv.setBigUint64(at + 8, BigInt(v.txPackets), true);
    if (v.rxBytes !== undefined) dv.setBigUint64(at + 16, BigInt(v.rxBytes), true);
    if (v.txBytes !== undefined) dv.setBigUint64(at + 24, BigInt(v.txBytes), true);
    if (v.rxErrors !== undefined) dv.setBigUint64(at + 32, BigInt(v.rxErrors), true);
    if (v.txErrors !== undefined) dv.setBigUint64(at + 40, BigInt(v.txErrors), true);
    if (v.rxDropped !== undefined) dv.setBigUint64(at + 48, BigInt(v.rxDropped), true);
    if (v.txDropped !== undefined) dv.setBigUint64(at + 56, BigInt(v.txDropped), true);
    if (v.multicast !== undefined) dv.setBigUint64(at + 64, BigInt(v.multicast), true);
    if (v.collisions !== undefined) dv.setBigUint64(at + 72, BigInt(v.collisions), true);
    if (v.rxLengthErrors !== undefined) dv.setBigUint64(at + 80, BigInt(v.rxLengthErrors), true);
    if (v.rxOverErrors !== undefined) dv.setBigUint64(at + 88, BigInt(v.rxOverErrors), true);
    if (v.rxCrcErrors !== undefined) dv.setBigUint64(at + 96, BigInt(v.rxCrcErrors), true);
    if (v.rxFrameErrors !== undefined) dv.setBigUint64(at + 104, BigInt(v.rxFrameErrors), true);
    if (v.rxFifoErrors !== undefined) dv.setBigUint64(at + 112, BigInt(v.rxFifoErrors), true);
    if (v.rxMissedErrors !== undefined) dv.setBigUint64(at + 120, BigInt(v.rxMissedErrors), true);
    if (v.txAbortedErrors !== undefined) dv.setBigUint64(at + 128, BigInt(v.txAbortedErrors), true);
    if (v.txCarrierErrors !== undefined) dv.setBigUint64(at + 136, BigInt(v.txCarrierErrors), true);
    if (v.txFifoErrors !== undefined) dv.setBigUint64(at + 144, BigInt(v.txFifoErrors), true);
    if (v.txHeartbeatErrors !== undefined) {
      dv.setBigUint64(at + 152, BigInt(v.txHeartbeatErrors), true);
    }
    if (v.txWindowErrors !== undefined) dv.setBigUint64(at + 160, BigInt(v.txWindowErrors), true);
    if (v.rxCompressed !== undefined) dv.setBigUint64(at + 168, BigInt(v.rxCompressed), true);
    if (v.txCompressed !== undefined) dv.setBigUint64(at + 176, BigInt(v.txCompressed), true);
    if (v.rxNohandler !== undefined) dv.setBigUint64(at + 184, BigInt(v.rxNohandler), true);
    if (v.rxOtherhostDropped !== undefined) {
      dv.setBigUint64(at + 192, BigInt(v.rxOtherhostDropped), true);
    }
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): RtnlLinkStats64Fields {
    return {
      rxPackets: this.rxPackets,
      txPackets: this.txPackets,
      rxBytes: this.rxBytes,
      txBytes: this.txBytes,
      rxErrors: this.rxErrors,
      txErrors: this.txErrors,
      rxDropped: this.rxDropped,
      txDropped: this.txDropped,
      multicast: this.multicast,
      collisions: this.collisions,
      rxLengthErrors: this.rxLengthErrors,
      rxOverErrors: this.rxOverErrors,
      rxCrcErrors: this.rxCrcErrors,
      rxFrameErrors: this.rxFrameErrors,
      rxFifoErrors: this.rxFifoErrors,
      rxMissedErrors: this.rxMissedErrors,
      txAbortedErrors: this.txAbortedErrors,
      txCarrierErrors: this.txCarrierErrors,
      txFifoErrors: this.txFifoErrors,
      txHeartbeatErrors: this.txHeartbeatErrors,
      txWindowErrors: this.txWindowErrors,
      rxCompressed: this.rxCompressed,
      txCompressed: this.txCompressed,
      rxNohandler: this.rxNohandler,
      rxOtherhostDropped: this.rxOtherhostDropped,
    };
  }
}

/** Fields of struct rtnl-link-ifmap, for requests (absent fields are 0). */
export interface RtnlLinkIfmapFields {
  /** mem-start: u64. */
  memStart?: bigint | number;
  /** mem-end: u64. */
  memEnd?: bigint | number;
  /** base-addr: u64. */
  baseAddr?: bigint | number;
  /** irq: u16. */
  irq?: number;
  /** dma: u8. */
  dma?: number;
  /** port: u8. */
  port?: number;
}

/**
 * struct rtnl-link-ifmap
 *
 * A view of the struct, read and written in place (28 bytes).
 */
export class RtnlLinkIfmap extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 28;
  constructor() {
    super(28);
  }
  /** mem-start: u64. */
  get memStart(): bigint {
    return this.$dv.getBigUint64(this.$o + 0, true);
  }
  set memStart(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 0, BigInt(v), true);
  }
  /** mem-end: u64. */
  get memEnd(): bigint {
    return this.$dv.getBigUint64(this.$o + 8, true);
  }
  set memEnd(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 8, BigInt(v), true);
  }
  /** base-addr: u64. */
  get baseAddr(): bigint {
    return this.$dv.getBigUint64(this.$o + 16, true);
  }
  set baseAddr(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 16, BigInt(v), true);
  }
  /** irq: u16. */
  get irq(): number {
    return this.$dv.getUint16(this.$o + 24, true);
  }
  set irq(v: number) {
    this.$dv.setUint16(this.$o + 24, v, true);
  }
  /** dma: u8. */
  get dma(): number {
    return this.$dv.getUint8(this.$o + 26);
  }
  set dma(v: number) {
    this.$dv.setUint8(this.$o + 26, v);
  }
  /** port: u8. */
  get port(): number {
    return this.$dv.getUint8(this.$o + 27);
  }
  set port(v: number) {
    this.$dv.setUint8(this.$o + 27, v);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: RtnlLinkIfmapFields): void {
    if (v.memStart !== undefined) dv.setBigUint64(at + 0, BigInt(v.memStart), true);
    if (v.memEnd !== undefined) dv.setBigUint64(at + 8, BigInt(v.memEnd), true);
    if (v.baseAddr !== undefined) dv.setBigUint64(at + 16, BigInt(v.baseAddr), true);
    if (v.irq !== undefined) dv.setUint16(at + 24, v.irq, true);
    if (v.dma !== undefined) dv.setUint8(at + 26, v.dma);
    if (v.port !== undefined) dv.setUint8(at + 27, v.port);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): RtnlLinkIfmapFields {
    return {
      memStart: this.memStart,
      memEnd: this.memEnd,
      baseAddr: this.baseAddr,
      irq: this.irq,
      dma: this.dma,
      port: this.port,
    };
  }
}

/** Fields of struct ipv4-devconf, for requests (absent fields are 0). */
export interface Ipv4DevconfFields {
  /** forwarding: u32. */
  forwarding?: number;
  /** mc-forwarding: u32. */
  mcForwarding?: number;
  /** proxy-arp: u32. */
  proxyArp?: number;
  /** accept-redirects: u32. */
  acceptRedirects?: number;
  /** secure-redirects: u32. */
  secureRedirects?: number;
  /** send-redirects: u32. */
  sendRedirects?: number;
  /** shared-media: u32. */
  sharedMedia?: number;
  /** rp-filter: u32. */
  rpFilter?: number;
  /** accept-source-route: u32. */
  acceptSourceRoute?: number;
  /** bootp-relay: u32. */
  bootpRelay?: number;
  /** log-martians: u32. */
  logMartians?: number;
  /** tag: u32. */
  tag?: number;
  /** arpfilter: u32. */
  arpfilter?: number;
  /** medium-id: u32. */
  mediumId?: number;
  /** noxfrm: u32. */
  noxfrm?: number;
  /** nopolicy: u32. */
  nopolicy?: number;
  /** force-igmp-version: u32. */
  forceIgmpVersion?: number;
  /** arp-announce: u32. */
  arpAnnounce?: number;
  /** arp-ignore: u32. */
  arpIgnore?: number;
  /** promote-secondaries: u32. */
  promoteSecondaries?: number;
  /** arp-accept: u32. */
  arpAccept?: number;
  /** arp-notify: u32. */
  arpNotify?: number;
  /** accept-local: u32. */
  acceptLocal?: number;
  /** src-vmark: u32. */
  srcVmark?: number;
  /** proxy-arp-pvlan: u32. */
  proxyArpPvlan?: number;
  /** route-localnet: u32. */
  routeLocalnet?: number;
  /** igmpv2-unsolicited-report-interval: u32. */
  igmpv2UnsolicitedReportInterval?: number;
  /** igmpv3-unsolicited-report-interval: u32. */
  igmpv3UnsolicitedReportInterval?: number;
  /** ignore-routes-with-linkdown: u32. */
  ignoreRoutesWithLinkdown?: number;
  /** drop-unicast-in-l2-multicast: u32. */
  dropUnicastInL2Multicast?: number;
  /** drop-gratuitous-arp: u32. */
  dropGratuitousArp?: number;
  /** bc-forwarding: u32. */
  bcForwarding?: number;
  /** arp-evict-nocarrier: u32. */
  arpEvictNocarrier?: number;
}

/**
 * struct ipv4-devconf
 *
 * A view of the struct, read and written in place (132 bytes).
 */
export class Ipv4Devconf extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 132;
  constructor() {
    super(132);
  }
  /** forwarding: u32. */
  get forwarding(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set forwarding(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** mc-forwarding: u32. */
  get mcForwarding(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set mcForwarding(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** proxy-arp: u32. */
  get proxyArp(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set proxyArp(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /** accept-redirects: u32. */
  get acceptRedirects(): number {
    return this.$dv.getUint32(this.$o + 12, true);
  }
  set acceptRedirects(v: number) {
    this.$dv.setUint32(this.$o + 12, v, true);
  }
  /** secure-redirects: u32. */
  get secureRedirects(): number {
    return this.$dv.getUint32(this.$o + 16, true);
  }
  set secureRedirects(v: number) {
    this.$dv.setUint32(this.$o + 16, v, true);
  }
  /** send-redirects: u32. */
  get sendRedirects(): number {
    return this.$dv.getUint32(this.$o + 20, true);
  }
  set sendRedirects(v: number) {
    this.$dv.setUint32(this.$o + 20, v, true);
  }
  /** shared-media: u32. */
  get sharedMedia(): number {
    return this.$dv.getUint32(this.$o + 24, true);
  }
  set sharedMedia(v: number) {
    this.$dv.setUint32(this.$o + 24, v, true);
  }
  /** rp-filter: u32. */
  get rpFilter(): number {
    return this.$dv.getUint32(this.$o + 28, true);
  }
  set rpFilter(v: number) {
    this.$dv.setUint32(this.$o + 28, v, true);
  }
  /** accept-source-route: u32. */
  get acceptSourceRoute(): number {
    return this.$dv.getUint32(this.$o + 32, true);
  }
  set acceptSourceRoute(v: number) {
    this.$dv.setUint32(this.$o + 32, v, true);
  }
  /** bootp-relay: u32. */
  get bootpRelay(): number {
    return this.$dv.getUint32(this.$o + 36, true);
  }
  set bootpRelay(v: number) {
    this.$dv.setUint32(this.$o + 36, v, true);
  }
  /** log-martians: u32. */
  get logMartians(): number {
    return this.$dv.getUint32(this.$o + 40, true);
  }
  set logMartians(v: number) {
    this.$dv.setUint32(this.$o + 40, v, true);
  }
  /** tag: u32. */
  get tag(): number {
    return this.$dv.getUint32(this.$o + 44, true);
  }
  set tag(v: number) {
    this.$dv.setUint32(this.$o + 44, v, true);
  }
  /** arpfilter: u32. */
  get arpfilter(): number {
    return this.$dv.getUint32(this.$o + 48, true);
  }
  set arpfilter(v: number) {
    this.$dv.setUint32(this.$o + 48, v, true);
  }
  /** medium-id: u32. */
  get mediumId(): number {
    return this.$dv.getUint32(this.$o + 52, true);
  }
  set mediumId(v: number) {
    this.$dv.setUint32(this.$o + 52, v, true);
  }
  /** noxfrm: u32. */
  get noxfrm(): number {
    return this.$dv.getUint32(this.$o + 56, true);
  }
  set noxfrm(v: number) {
    this.$dv.setUint32(this.$o + 56, v, true);
  }
  /** nopolicy: u32. */
  get nopolicy(): number {
    return this.$dv.getUint32(this.$o + 60, true);
  }
  set nopolicy(v: number) {
    this.$dv.setUint32(this.$o + 60, v, true);
  }
  /** force-igmp-version: u32. */
  get forceIgmpVersion(): number {
    return this.$dv.getUint32(this.$o + 64, true);
  }
  set forceIgmpVersion(v: number) {
    this.$dv.setUint32(this.$o + 64, v, true);
  }
  /** arp-announce: u32. */
  get arpAnnounce(): number {
    return this.$dv.getUint32(this.$o + 68, true);
  }
  set arpAnnounce(v: number) {
    this.$dv.setUint32(this.$o + 68, v, true);
  }
  /** arp-ignore: u32. */
  get arpIgnore(): number {
    return this.$dv.getUint32(this.$o + 72, true);
  }
  set arpIgnore(v: number) {
    this.$dv.setUint32(this.$o + 72, v, true);
  }
  /** promote-secondaries: u32. */
  get promoteSecondaries(): number {
    return this.$dv.getUint32(this.$o + 76, true);
  }
  set promoteSecondaries(v: number) {
    this.$dv.setUint32(this.$o + 76, v, true);
  }
  /** arp-accept: u32. */
  get arpAccept(): number {
    return this.$dv.getUint32(this.$o + 80, true);
  }
  set arpAccept(v: number) {
    this.$dv.setUint32(this.$o + 80, v, true);
  }
  /** arp-notify: u32. */
  get arpNotify(): number {
    return this.$dv.getUint32(this.$o + 84, true);
  }
  set arpNotify(v: number) {
    this.$dv.setUint32(this.$o + 84, v, true);
  }
  /** accept-local: u32. */
  get acceptLocal(): number {
    return this.$dv.getUint32(this.$o + 88, true);
  }
  set acceptLocal(v: number) {
    this.$dv.setUint32(this.$o + 88, v, true);
  }
  /** src-vmark: u32. */
  get srcVmark(): number {
    return this.$dv.getUint32(this.$o + 92, true);
  }
  set srcVmark(v: number) {
    this.$dv.setUint32(this.$o + 92, v, true);
  }
  /** proxy-arp-pvlan: u32. */
  get proxyArpPvlan(): number {
    return this.$dv.getUint32(this.$o + 96, true);
  }
  set proxyArpPvlan(v: number) {
    this.$dv.setUint32(this.$o + 96, v, true);
  }
  /** route-localnet: u32. */
  get routeLocalnet(): number {
    return this.$dv.getUint32(this.$o + 100, true);
  }
  set routeLocalnet(v: number) {
    this.$dv.setUint32(this.$o + 100, v, true);
  }
  /** igmpv2-unsolicited-report-interval: u32. */
  get igmpv2UnsolicitedReportInterval(): number {
    return this.$dv.getUint32(this.$o + 104, true);
  }
  set igmpv2UnsolicitedReportInterval(v: number) {
    this.$dv.setUint32(this.$o + 104, v, true);
  }
  /** igmpv3-unsolicited-report-interval: u32. */
  get igmpv3UnsolicitedReportInterval(): number {
    return this.$dv.getUint32(this.$o + 108, true);
  }
  set igmpv3UnsolicitedReportInterval(v: number) {
    this.$dv.setUint32(this.$o + 108, v, true);
  }
  /** ignore-routes-with-linkdown: u32. */
  get ignoreRoutesWithLinkdown(): number {
    return this.$dv.getUint32(this.$o + 112, true);
  }
  set ignoreRoutesWithLinkdown(v: number) {
    this.$dv.setUint32(this.$o + 112, v, true);
  }
  /** drop-unicast-in-l2-multicast: u32. */
  get dropUnicastInL2Multicast(): number {
    return this.$dv.getUint32(this.$o + 116, true);
  }
  set dropUnicastInL2Multicast(v: number) {
    this.$dv.setUint32(this.$o + 116, v, true);
  }
  /** drop-gratuitous-arp: u32. */
  get dropGratuitousArp(): number {
    return this.$dv.getUint32(this.$o + 120, true);
  }
  set dropGratuitousArp(v: number) {
    this.$dv.setUint32(this.$o + 120, v, true);
  }
  /** bc-forwarding: u32. */
  get bcForwarding(): number {
    return this.$dv.getUint32(this.$o + 124, true);
  }
  set bcForwarding(v: number) {
    this.$dv.setUint32(this.$o + 124, v, true);
  }
  /** arp-evict-nocarrier: u32. */
  get arpEvictNocarrier(): number {
    return this.$dv.getUint32(this.$o + 128, true);
  }
  set arpEvictNocarrier(v: number) {
    this.$dv.setUint32(this.$o + 128, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: Ipv4DevconfFields): void {
    if (v.forwarding !== undefined) dv.setUint32(at + 0, v.forwarding, true);
    if (v.mcForwarding !== undefined) dv.setUint32(at + 4, v.mcForwarding, true);
    if (v.proxyArp !== undefined) dv.setUint32(at + 8, v.proxyArp, true);
    if (v.acceptRedirects !== undefined) dv.setUint32(at + 12, v.acceptRedirects, true);
    if (v.secureRedirects !== undefined) dv.setUint32(at + 16, v.secureRedirects, true);
    if (v.sendRedirects !== undefined) dv.setUint32(at + 20, v.sendRedirects, true);
    if (v.sharedMedia !== undefined) dv.setUint32(at + 24, v.sharedMedia, true);
    if (v.rpFilter !== undefined) dv.setUint32(at + 28, v.rpFilter, true);
    if (v.acceptSourceRoute !== undefined) dv.setUint32(at + 32, v.acceptSourceRoute, true);
    if (v.bootpRelay !== undefined) dv.setUint32(at + 36, v.bootpRelay, true);
    if (v.logMartians !== undefined) dv.setUint32(at + 40, v.logMartians, true);
    if (v.tag !== undefined) dv.setUint32(at + 44, v.tag, true);
    if (v.arpfilter !== undefined) dv.setUint32(at + 48, v.arpfilter, true);
    if (v.mediumId !== undefined) dv.setUint32(at + 52, v.mediumId, true);
    if (v.noxfrm !== undefined) dv.setUint32(at + 56, v.noxfrm, true);
    if (v.nopolicy !== undefined) dv.setUint32(at + 60, v.nopolicy, true);
    if (v.forceIgmpVersion !== undefined) dv.setUint32(at + 64, v.forceIgmpVersion, true);
    if (v.arpAnnounce !== undefined) dv.setUint32(at + 68, v.arpAnnounce, true);
    if (v.arpIgnore !== undefined) dv.setUint32(at + 72, v.arpIgnore, true);
    if (v.promoteSecondaries !== undefined) dv.setUint32(at + 76, v.promoteSecondaries, true);
    if (v.arpAccept !== undefined) dv.setUint32(at + 80, v.arpAccept, true);
    if (v.arpNotify !== undefined) dv.setUint32(at + 84, v.arpNotify, true);
    if (v.acceptLocal !== undefined) dv.setUint32(at + 88, v.acceptLocal, true);
    if (v.srcVmark !== undefined) dv.setUint32(at + 92, v.srcVmark, true);
    if (v.proxyArpPvlan !== undefined) dv.setUint32(at + 96, v.proxyArpPvlan, true);
    if (v.routeLocalnet !== undefined) dv.setUint32(at + 100, v.routeLocalnet, true);
    if (v.igmpv2UnsolicitedReportInterval !== undefined) {
      dv.setUint32(at + 104, v.igmpv2UnsolicitedReportInterval, true);
    }
    if (v.igmpv3UnsolicitedReportInterval !== undefined) {
      dv.setUint32(at + 108, v.igmpv3UnsolicitedReportInterval, true);
    }
    if (v.ignoreRoutesWithLinkdown !== undefined) {
      dv.setUint32(at + 112, v.ignoreRoutesWithLinkdown, true);
    }
    if (v.dropUnicastInL2Multicast !== undefined) {
      dv.setUint32(at + 116, v.dropUnicastInL2Multicast, true);
    }
    if (v.dropGratuitousArp !== undefined) dv.setUint32(at + 120, v.dropGratuitousArp, true);
    if (v.bcForwarding !== undefined) dv.setUint32(at + 124, v.bcForwarding, true);
    if (v.arpEvictNocarrier !== undefined) dv.setUint32(at + 128, v.arpEvictNocarrier, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): Ipv4DevconfFields {
    return {
      forwarding: this.forwarding,
      mcForwarding: this.mcForwarding,
      proxyArp: this.proxyArp,
      acceptRedirects: this.acceptRedirects,
      secureRedirects: this.secureRedirects,
      sendRedirects: this.sendRedirects,
      sharedMedia: this.sharedMedia,
      rpFilter: this.rpFilter,
      acceptSourceRoute: this.acceptSourceRoute,
      bootpRelay: this.bootpRelay,
      logMartians: this.logMartians,
      tag: this.tag,
      arpfilter: this.arpfilter,
      mediumId: this.mediumId,
      noxfrm: this.noxfrm,
      nopolicy: this.nopolicy,
      forceIgmpVersion: this.forceIgmpVersion,
      arpAnnounce: this.arpAnnounce,
      arpIgnore: this.arpIgnore,
      promoteSecondaries: this.promoteSecondaries,
      arpAccept: this.arpAccept,
      arpNotify: this.arpNotify,
      acceptLocal: this.acceptLocal,
      srcVmark: this.srcVmark,
      proxyArpPvlan: this.proxyArpPvlan,
      routeLocalnet: this.routeLocalnet,
      igmpv2UnsolicitedReportInterval: this.igmpv2UnsolicitedReportInterval,
      igmpv3UnsolicitedReportInterval: this.igmpv3UnsolicitedReportInterval,
      ignoreRoutesWithLinkdown: this.ignoreRoutesWithLinkdown,
      dropUnicastInL2Multicast: this.dropUnicastInL2Multicast,
      dropGratuitousArp: this.dropGratuitousArp,
      bcForwarding: this.bcForwarding,
      arpEvictNocarrier: this.arpEvictNocarrier,
    };
  }
}

/** Fields of struct ipv6-devconf, for requests (absent fields are 0). */
export interface Ipv6DevconfFields {
  /** forwarding: u32. */
  forwarding?: number;
  /** hoplimit: u32. */
  hoplimit?: number;
  /** mtu6: u32. */
  mtu6?: number;
  /** accept-ra: u32. */
  acceptRa?: number;
  /** accept-redirects: u32. */
  acceptRedirects?: number;
  /** autoconf: u32. */
  autoconf?: number;
  /** dad-transmits: u32. */
  dadTransmits?: number;
  /** rtr-solicits: u32. */
  rtrSolicits?: number;
  /** rtr-solicit-interval: u32. */
  rtrSolicitInterval?: number;
  /** rtr-solicit-delay: u32. */
  rtrSolicitDelay?: number;
  /** use-tempaddr: u32. */
  useTempaddr?: number;
  /** temp-valid-lft: u32. */
  tempValidLft?: number;
  /** temp-prefered-lft: u32. */
  tempPreferedLft?: number;
  /** regen-max-retry: u32. */
  regenMaxRetry?: number;
  /** max-desync-factor: u32. */
  maxDesyncFactor?: number;
  /** max-addresses: u32. */
  maxAddresses?: number;
  /** force-mld-version: u32. */
  forceMldVersion?: number;
  /** accept-ra-defrtr: u32. */
  acceptRaDefrtr?: number;
  /** accept-ra-pinfo: u32. */
  acceptRaPinfo?: number;
  /** accept-ra-rtr-pref: u32. */
  acceptRaRtrPref?: number;
  /** rtr-probe-interval: u32. */
  rtrProbeInterval?: number;
  /** accept-ra-rt-info-max-plen: u32. */
  acceptRaRtInfoMaxPlen?: number;
  /** proxy-ndp: u32. */
  proxyNdp?: number;
  /** optimistic-dad: u32. */
  optimisticDad?: number;
  /** accept-source-route: u32. */
  acceptSourceRoute?: number;
  /** mc-forwarding: u32. */
  mcForwarding?: number;
  /** disable-ipv6: u32. */
  disableIpv6?: number;
  /** accept-dad: u32. */
  acceptDad?: number;
  /** force-tllao: u32. */
  forceTllao?: number;
  /** ndisc-notify: u32. */
  ndiscNotify?: number;
  /** mldv1-unsolicited-report-interval: u32. */
  mldv1UnsolicitedReportInterval?: number;
  /** mldv2-unsolicited-report-interval: u32. */
  mldv2UnsolicitedReportInterval?: number;
  /** suppress-frag-ndisc: u32. */
  suppressFragNdisc?: number;
  /** accept-ra-from-local: u32. */
  acceptRaFromLocal?: number;
  /** use-optimistic: u32. */
  useOptimistic?: number;
  /** accept-ra-mtu: u32. */
  acceptRaMtu?: number;
  /** stable-secret: u32. */
  stableSecret?: number;
  /** use-oif-addrs-only: u32. */
  useOifAddrsOnly?: number;
  /** accept-ra-min-hop-limit: u32. */
  acceptRaMinHopLimit?: number;
  /** ignore-routes-with-linkdown: u32. */
  ignoreRoutesWithLinkdown?: number;
  /** drop-unicast-in-l2-multicast: u32. */
  dropUnicastInL2Multicast?: number;
  /** drop-unsolicited-na: u32. */
  dropUnsolicitedNa?: number;
  /** keep-addr-on-down: u32. */
  keepAddrOnDown?: number;
  /** rtr-solicit-max-interval: u32. */
  rtrSolicitMaxInterval?: number;
  /** seg6-enabled: u32. */
  seg6Enabled?: number;
  /** seg6-require-hmac: u32. */
  seg6RequireHmac?: number;
  /** enhanced-dad: u32. */
  enhancedDad?: number;
  /** addr-gen-mode: u8. */
  addrGenMode?: number;
  /** disable-policy: u32. */
  disablePolicy?: number;
  /** accept-ra-rt-info-min-plen: u32. */
  acceptRaRtInfoMinPlen?: number;
  /** ndisc-tclass: u32. */
  ndiscTclass?: number;
  /** rpl-seg-enabled: u32. */
  rplSegEnabled?: number;
  /** ra-defrtr-metric: u32. */
  raDefrtrMetric?: number;
  /** ioam6-enabled: u32. */
  ioam6Enabled?: number;
  /** ioam6-id: u32. */
  ioam6Id?: number;
  /** ioam6-id-wide: u32. */
  ioam6IdWide?: number;
  /** ndisc-evict-nocarrier: u32. */
  ndiscEvictNocarrier?: number;
  /** accept-untracked-na: u32. */
  acceptUntrackedNa?: number;
}

/**
 * struct ipv6-devconf
 *
 * A view of the struct, read and written in place (229 bytes).
 */
export class Ipv6Devconf extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 229;
  constructor() {
    super(229);
  }
  /** forwarding: u32. */
  get forwarding(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set forwarding(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** hoplimit: u32. */
  get hoplimit(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set hoplimit(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** mtu6: u32. */
  get mtu6(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set mtu6(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /** accept-ra: u32. */
  get acceptRa(): number {
    return this.$dv.getUint32(this.$o + 12, true);
  }
  set acceptRa(v: number) {
    this.$dv.setUint32(this.$o + 12, v, true);
  }
  /** accept-redirects: u32. */
  get acceptRedirects(): number {
    return this.$dv.getUint32(this.$o + 16, true);
  }
  set acceptRedirects(v: number) {
    this.$dv.setUint32(this.$o + 16, v, true);
  }
  /** autoconf: u32. */
  get autoconf(): number {
    return this.$dv.getUint32(this.$o + 20, true);
  }
  set autoconf(v: number) {
    this.$dv.setUint32(this.$o + 20, v, true);
  }
  /** dad-transmits: u32. */
  get dadTransmits(): number {
    return this.$dv.getUint32(this.$o + 24, true);
  }
  set dadTransmits(v: number) {
    this.$dv.setUint32(this.$o + 24, v, true);
  }
  /** rtr-solicits: u32. */
  get rtrSolicits(): number {
    return this.$dv.getUint32(this.$o + 28, true);
  }
  set rtrSolicits(v: number) {
    this.$dv.setUint32(this.$o + 28, v, true);
  }
  /** rtr-solicit-interval: u32. */
  get rtrSolicitInterval(): number {
    return this.$dv.getUint32(this.$o + 32, true);
  }
  set rtrSolicitInterval(v: number) {
    this.$dv.setUint32(this.$o + 32, v, true);
  }
  /** rtr-solicit-delay: u32. */
  get rtrSolicitDelay(): number {
    return this.$dv.getUint32(this.$o + 36, true);
  }
  set rtrSolicitDelay(v: number) {
    this.$dv.setUint32(this.$o + 36, v, true);
  }
  /** use-tempaddr: u32. */
  get useTempaddr(): number {
    return this.$dv.getUint32(this.$o + 40, true);
  }
  set useTempaddr(v: number) {
    this.$dv.setUint32(this.$o + 40, v, true);
  }
  /** temp-valid-lft: u32. */
  get tempValidLft(): number {
    return this.$dv.getUint32(this.$o + 44, true);
  }
  set tempValidLft(v: number) {
    this.$dv.setUint32(this.$o + 44, v, true);
  }
  /** temp-prefered-lft: u32. */
  get tempPreferedLft(): number {
    return this.$dv.getUint32(this.$o + 48, true);
  }
  set tempPreferedLft(v: number) {
    this.$dv.setUint32(this.$o + 48, v, true);
  }
  /** regen-max-retry: u32. */
  get regenMaxRetry(): number {
    return this.$dv.getUint32(this.$o + 52, true);
  }
  set regenMaxRetry(v: number) {
    this.$dv.setUint32(this.$o + 52, v, true);
  }
  /** max-desync-factor: u32. */
  get maxDesyncFactor(): number {
    return this.$dv.getUint32(this.$o + 56, true);
  }
  set maxDesyncFactor(v: number) {
    this.$dv.setUint32(this.$o + 56, v, true);
  }
  /** max-addresses: u32. */
  get maxAddresses(): number {
    return this.$dv.getUint32(this.$o + 60, true);
  }
  set maxAddresses(v: number) {
    this.$dv.setUint32(this.$o + 60, v, true);
  }
  /** force-mld-version: u32. */
  get forceMldVersion(): number {
    return this.$dv.getUint32(this.$o + 64, true);
  }
  set forceMldVersion(v: number) {
    this.$dv.setUint32(this.$o + 64, v, true);
  }
  /** accept-ra-defrtr: u32. */
  get acceptRaDefrtr(): number {
    return this.$dv.getUint32(this.$o + 68, true);
  }
  set acceptRaDefrtr(v: number) {
    this.$dv.setUint32(this.$o + 68, v, true);
  }
  /** accept-ra-pinfo: u32. */
  get acceptRaPinfo(): number {
    return this.$dv.getUint32(this.$o + 72, true);
  }
  set acceptRaPinfo(v: number) {
    this.$dv.setUint32(this.$o + 72, v, true);
  }
  /** accept-ra-rtr-pref: u32. */
  get acceptRaRtrPref(): number {
    return this.$dv.getUint32(this.$o + 76, true);
  }
  set acceptRaRtrPref(v: number) {
    this.$dv.setUint32(this.$o + 76, v, true);
  }
  /** rtr-probe-interval: u32. */
  get rtrProbeInterval(): number {
    return this.$dv.getUint32(this.$o + 80, true);
  }
  set rtrProbeInterval(v: number) {
    this.$dv.setUint32(this.$o + 80, v, true);
  }
  /** accept-ra-rt-info-max-plen: u32. */
  get acceptRaRtInfoMaxPlen(): number {
    return this.$dv.getUint32(this.$o + 84, true);
  }
  set acceptRaRtInfoMaxPlen(v: number) {
    this.$dv.setUint32(this.$o + 84, v, true);
  }
  /** proxy-ndp: u32. */
  get proxyNdp(): number {
    return this.$dv.getUint32(this.$o + 88, true);
  }
  set proxyNdp(v: number) {
    this.$dv.setUint32(this.$o + 88, v, true);
  }
  /** optimistic-dad: u32. */
  get optimisticDad(): number {
    return this.$dv.getUint32(this.$o + 92, true);
  }
  set optimisticDad(v: number) {
    this.$dv.setUint32(this.$o + 92, v, true);
  }
  /** accept-source-route: u32. */
  get acceptSourceRoute(): number {
    return this.$dv.getUint32(this.$o + 96, true);
  }
  set acceptSourceRoute(v: number) {
    this.$dv.setUint32(this.$o + 96, v, true);
  }
  /** mc-forwarding: u32. */
  get mcForwarding(): number {
    return this.$dv.getUint32(this.$o + 100, true);
  }
  set mcForwarding(v: number) {
    this.$dv.setUint32(this.$o + 100, v, true);
  }
  /** disable-ipv6: u32. */
  get disableIpv6(): number {
    return this.$dv.getUint32(this.$o + 104, true);
  }
  set disableIpv6(v: number) {
    this.$dv.setUint32(this.$o + 104, v, true);
  }
  /** accept-dad: u32. */
  get acceptDad(): number {
    return this.$dv.getUint32(this.$o + 108, true);
  }
  set acceptDad(v: number) {
    this.$dv.setUint32(this.$o + 108, v, true);
  }
  /** force-tllao: u32. */
  get forceTllao(): number {
    return this.$dv.getUint32(this.$o + 112, true);
  }
  set forceTllao(v: number) {
    this.$dv.setUint32(this.$o + 112, v, true);
  }
  /** ndisc-notify: u32. */
  get ndiscNotify(): number {
    return this.$dv.getUint32(this.$o + 116, true);
  }
  set ndiscNotify(v: number) {
    this.$dv.setUint32(this.$o + 116, v, true);
  }
  /** mldv1-unsolicited-report-interval: u32. */
  get mldv1UnsolicitedReportInterval(): number {
    return this.$dv.getUint32(this.$o + 120, true);
  }
  set mldv1UnsolicitedReportInterval(v: number) {
    this.$dv.setUint32(this.$o + 120, v, true);
  }
  /** mldv2-unsolicited-report-interval: u32. */
  get mldv2UnsolicitedReportInterval(): number {
    return this.$dv.getUint32(this.$o + 124, true);
  }
  set mldv2UnsolicitedReportInterval(v: number) {
    this.$dv.setUint32(this.$o + 124, v, true);
  }
  /** suppress-frag-ndisc: u32. */
  get suppressFragNdisc(): number {
    return this.$dv.getUint32(this.$o + 128, true);
  }
  set suppressFragNdisc(v: number) {
    this.$dv.setUint32(this.$o + 128, v, true);
  }
  /** accept-ra-from-local: u32. */
  get acceptRaFromLocal(): number {
    return this.$dv.getUint32(this.$o + 132, true);
  }
  set acceptRaFromLocal(v: number) {
    this.$dv.setUint32(this.$o + 132, v, true);
  }
  /** use-optimistic: u32. */
  get useOptimistic(): number {
    return this.$dv.getUint32(this.$o + 136, true);
  }
  set useOptimistic(v: number) {
    this.$dv.setUint32(this.$o + 136, v, true);
  }
  /** accept-ra-mtu: u32. */
  get acceptRaMtu(): number {
    return this.$dv.getUint32(this.$o + 140, true);
  }
  set acceptRaMtu(v: number) {
    this.$dv.setUint32(this.$o + 140, v, true);
  }
  /** stable-secret: u32. */
  get stableSecret(): number {
    return this.$dv.getUint32(this.$o + 144, true);
  }
  set stableSecret(v: number) {
    this.$dv.setUint32(this.$o + 144, v, true);
  }
  /** use-oif-addrs-only: u32. */
  get useOifAddrsOnly(): number {
    return this.$dv.getUint32(this.$o + 148, true);
  }
  set useOifAddrsOnly(v: number) {
    this.$dv.setUint32(this.$o + 148, v, true);
  }
  /** accept-ra-min-hop-limit: u32. */
  get acceptRaMinHopLimit(): number {
    return this.$dv.getUint32(this.$o + 152, true);
  }
  set acceptRaMinHopLimit(v: number) {
    this.$dv.setUint32(this.$o + 152, v, true);
  }
  /** ignore-routes-with-linkdown: u32. */
  get ignoreRoutesWithLinkdown(): number {
    return this.$dv.getUint32(this.$o + 156, true);
  }
  set ignoreRoutesWithLinkdown(v: number) {
    this.$dv.setUint32(this.$o + 156, v, true);
  }
  /** drop-unicast-in-l2-multicast: u32. */
  get dropUnicastInL2Multicast(): number {
    return this.$dv.getUint32(this.$o + 160, true);
  }
  set dropUnicastInL2Multicast(v: number) {
    this.$dv.setUint32(this.$o + 160, v, true);
  }
  /** drop-unsolicited-na: u32. */
  get dropUnsolicitedNa(): number {
    return this.$dv.getUint32(this.$o + 164, true);
  }
  set dropUnsolicitedNa(v: number) {
    this.$dv.setUint32(this.$o + 164, v, true);
  }
  /** keep-addr-on-down: u32. */
  get keepAddrOnDown(): number {
    return this.$dv.getUint32(this.$o + 168, true);
  }
  set keepAddrOnDown(v: number) {
    this.$dv.setUint32(this.$o + 168, v, true);
  }
  /** rtr-solicit-max-interval: u32. */
  get rtrSolicitMaxInterval(): number {
    return this.$dv.getUint32(this.$o + 172, true);
  }
  set rtrSolicitMaxInterval(v: number) {
    this.$dv.setUint32(this.$o + 172, v, true);
  }
  /** seg6-enabled: u32. */
  get seg6Enabled(): number {
    return this.$dv.getUint32(this.$o + 176, true);
  }
  set seg6Enabled(v: number) {
    this.$dv.setUint32(this.$o + 176, v, true);
  }
  /** seg6-require-hmac: u32. */
  get seg6RequireHmac(): number {
    return this.$dv.getUint32(this.$o + 180, true);
  }
  set seg6RequireHmac(v: number) {
    this.$dv.setUint32(this.$o + 180, v, true);
  }
  /** enhanced-dad: u32. */
  get enhancedDad(): number {
    return this.$dv.getUint32(this.$o + 184, true);
  }
  set enhancedDad(v: number) {
    this.$dv.setUint32(this.$o + 184, v, true);
  }
  /** addr-gen-mode: u8. */
  get addrGenMode(): number {
    return this.$dv.getUint8(this.$o + 188);
  }
  set addrGenMode(v: number) {
    this.$dv.setUint8(this.$o + 188, v);
  }
  /** disable-policy: u32. */
  get disablePolicy(): number {
    return this.$dv.getUint32(this.$o + 189, true);
  }
  set disablePolicy(v: number) {
    this.$dv.setUint32(this.$o + 189, v, true);
  }
  /** accept-ra-rt-info-min-plen: u32. */
  get acceptRaRtInfoMinPlen(): number {
    return this.$dv.getUint32(this.$o + 193, true);
  }
  set acceptRaRtInfoMinPlen(v: number) {
    this.$dv.setUint32(this.$o + 193, v, true);
  }
  /** ndisc-tclass: u32. */
  get ndiscTclass(): number {
    return this.$dv.getUint32(this.$o + 197, true);
  }
  set ndiscTclass(v: number) {
    this.$dv.setUint32(this.$o + 197, v, true);
  }
  /** rpl-seg-enabled: u32. */
  get rplSegEnabled(): number {
    return this.$dv.getUint32(this.$o + 201, true);
  }
  set rplSegEnabled(v: number) {
    this.$dv.setUint32(this.$o + 201, v, true);
  }
  /** ra-defrtr-metric: u32. */
  get raDefrtrMetric(): number {
    return this.$dv.getUint32(this.$o + 205, true);
  }
  set raDefrtrMetric(v: number) {
    this.$dv.setUint32(this.$o + 205, v, true);
  }
  /** ioam6-enabled: u32. */
  get ioam6Enabled(): number {
    return this.$dv.getUint32(this.$o + 209, true);
  }
  set ioam6Enabled(v: number) {
    this.$dv.setUint32(this.$o + 209, v, true);
  }
  /** ioam6-id: u32. */
  get ioam6Id(): number {
    return this.$dv.getUint32(this.$o + 213, true);
  }
  set ioam6Id(v: number) {
    this.$dv.setUint32(this.$o + 213, v, true);
  }
  /** ioam6-id-wide: u32. */
  get ioam6IdWide(): number {
    return this.$dv.getUint32(this.$o + 217, true);
  }
  set ioam6IdWide(v: number) {
    this.$dv.setUint32(this.$o + 217, v, true);
  }
  /** ndisc-evict-nocarrier: u32. */
  get ndiscEvictNocarrier(): number {
    return this.$dv.getUint32(this.$o + 221, true);
  }
  set ndiscEvictNocarrier(v: number) {
    this.$dv.setUint32(this.$o + 221, v, true);
  }
  /** accept-untracked-na: u32. */
  get acceptUntrackedNa(): number {
    return this.$dv.getUint32(this.$o + 225, true);
  }
  set acceptUntrackedNa(v: number) {
    this.$dv.setUint32(this.$o + 225, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: Ipv6DevconfFields): void {
    if (v.forwarding !== undefined) dv.setUint32(at + 0, v.forwarding, true);
    if (v.hoplimit !== undefined) dv.setUint32(at + 4, v.hoplimit, true);
    if (v.mtu6 !== undefined) dv.setUint32(at + 8, v.mtu6, true);
    if (v.acceptRa !== undefined) dv.setUint32(at + 12, v.acceptRa, true);
    if (v.acceptRedirects !== undefined) dv.setUint32(at + 16, v.acceptRedirects, true);
    if (v.autoconf !== undefined) dv.setUint32(at + 20, v.autoconf, true);
    if (v.dadTransmits !== undefined) dv.setUint32(at + 24, v.dadTransmits, true);
    if (v.rtrSolicits !== undefined) dv.setUint32(at + 28, v.rtrSolicits, true);
    if (v.rtrSolicitInterval !== undefined) dv.setUint32(at + 32, v.rtrSolicitInterval, true);
    if (v.rtrSolicitDelay !== undefined) dv.setUint32(at + 36, v.rtrSolicitDelay, true);
    if (v.useTempaddr !== undefined) dv.setUint32(at + 40, v.useTempaddr, true);
    if (v.tempValidLft !== undefined) dv.setUint32(at + 44, v.tempValidLft, true);
    if (v.tempPreferedLft !== undefined) dv.setUint32(at + 48, v.tempPreferedLft, true);
    if (v.regenMaxRetry !== undefined) dv.setUint32(at + 52, v.regenMaxRetry, true);
    if (v.maxDesyncFactor !== undefined) dv.setUint32(at + 56, v.maxDesyncFactor, true);
    if (v.maxAddresses !== undefined) dv.setUint32(at + 60, v.maxAddresses, true);
    if (v.forceMldVersion !== undefined) dv.setUint32(at + 64, v.forceMldVersion, true);
    if (v.acceptRaDefrtr !== undefined) dv.setUint32(at + 68, v.acceptRaDefrtr, true);
    if (v.acceptRaPinfo !== undefined) dv.setUint32(at + 72, v.acceptRaPinfo, true);
    if (v.acceptRaRtrPref !== undefined) dv.setUint32(at + 76, v.acceptRaRtrPref, true);
    if (v.rtrProbeInterval !== undefined) dv.setUint32(at + 80, v.rtrProbeInterval, true);
    if (v.acceptRaRtInfoMaxPlen !== undefined) dv.setUint32(at + 84, v.acceptRaRtInfoMaxPlen, true);
    if (v.proxyNdp !== undefined) dv.setUint32(at + 88, v.proxyNdp, true);
    if (v.optimisticDad !== undefined) dv.setUint32(at + 92, v.optimisticDad, true);
    if (v.acceptSourceRoute !== undefined) dv.setUint32(at + 96, v.acceptSourceRoute, true);
    if (v.mcForwarding !== undefined) dv.setUint32(at + 100, v.mcForwarding, true);
    if (v.disableIpv6 !== undefined) dv.setUint32(at + 104, v.disableIpv6, true);
    if (v.acceptDad !== undefined) dv.setUint32(at + 108, v.acceptDad, true);
    if (v.forceTllao !== undefined) dv.setUint32(at + 112, v.forceTllao, true);
    if (v.ndiscNotify !== undefined) dv.setUint32(at + 116, v.ndiscNotify, true);
    if (v.mldv1UnsolicitedReportInterval !== undefined) {
      dv.setUint32(at + 120, v.mldv1UnsolicitedReportInterval, true);
    }
    if (v.mldv2UnsolicitedReportInterval !== undefined) {
      dv.setUint32(at + 124, v.mldv2UnsolicitedReportInterval, true);
    }
    if (v.suppressFragNdisc !== undefined) dv.setUint32(at + 128, v.suppressFragNdisc, true);
    if (v.acceptRaFromLocal !== undefined) dv.setUint32(at + 132, v.acceptRaFromLocal, true);
    if (v.useOptimistic !== undefined) dv.setUint32(at + 136, v.useOptimistic, true);
    if (v.acceptRaMtu !== undefined) dv.setUint32(at + 140, v.acceptRaMtu, true);
    if (v.stableSecret !== undefined) dv.setUint32(at + 144, v.stableSecret, true);
    if (v.useOifAddrsOnly !== undefined) dv.setUint32(at + 148, v.useOifAddrsOnly, true);
    if (v.acceptRaMinHopLimit !== undefined) dv.setUint32(at + 152, v.acceptRaMinHopLimit, true);
    if (v.ignoreRoutesWithLinkdown !== undefined) {
      dv.setUint32(at + 156, v.ignoreRoutesWithLinkdown, true);
    }
    if (v.dropUnicastInL2Multicast !== undefined) {
      dv.setUint32(at + 160, v.dropUnicastInL2Multicast, true);
    }
    if (v.dropUnsolicitedNa !== undefined) dv.setUint32(at + 164, v.dropUnsolicitedNa, true);
    if (v.keepAddrOnDown !== undefined) dv.setUint32(at + 168, v.keepAddrOnDown, true);
    if (v.rtrSolicitMaxInterval !== undefined) {
      dv.setUint32(at + 172, v.rtrSolicitMaxInterval, true);
    }
    if (v.seg6Enabled !== undefined) dv.setUint32(at + 176, v.seg6Enabled, true);
    if (v.seg6RequireHmac !== undefined) dv.setUint32(at + 180, v.seg6RequireHmac, true);
    if (v.enhancedDad !== undefined) dv.setUint32(at + 184, v.enhancedDad, true);
    if (v.addrGenMode !== undefined) dv.setUint8(at + 188, v.addrGenMode);
    if (v.disablePolicy !== undefined) dv.setUint32(at + 189, v.disablePolicy, true);
    if (v.acceptRaRtInfoMinPlen !== undefined) {
      dv.setUint32(at + 193, v.acceptRaRtInfoMinPlen, true);
    }
    if (v.ndiscTclass !== undefined) dv.setUint32(at + 197, v.ndiscTclass, true);
    if (v.rplSegEnabled !== undefined) dv.setUint32(at + 201, v.rplSegEnabled, true);
    if (v.raDefrtrMetric !== undefined) dv.setUint32(at + 205, v.raDefrtrMetric, true);
    if (v.ioam6Enabled !== undefined) dv.setUint32(at + 209, v.ioam6Enabled, true);
    if (v.ioam6Id !== undefined) dv.setUint32(at + 213, v.ioam6Id, true);
    if (v.ioam6IdWide !== undefined) dv.setUint32(at + 217, v.ioam6IdWide, true);
    if (v.ndiscEvictNocarrier !== undefined) dv.setUint32(at + 221, v.ndiscEvictNocarrier, true);
    if (v.acceptUntrackedNa !== undefined) dv.setUint32(at + 225, v.acceptUntrackedNa, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): Ipv6DevconfFields {
    return {
      forwarding: this.forwarding,
      hoplimit: this.hoplimit,
      mtu6: this.mtu6,
      acceptRa: this.acceptRa,
      acceptRedirects: this.acceptRedirects,
      autoconf: this.autoconf,
      dadTransmits: this.dadTransmits,
      rtrSolicits: this.rtrSolicits,
      rtrSolicitInterval: this.rtrSolicitInterval,
      rtrSolicitDelay: this.rtrSolicitDelay,
      useTempaddr: this.useTempaddr,
      tempValidLft: this.tempValidLft,
      tempPreferedLft: this.tempPreferedLft,
      regenMaxRetry: this.regenMaxRetry,
      maxDesyncFactor: this.maxDesyncFactor,
      maxAddresses: this.maxAddresses,
      forceMldVersion: this.forceMldVersion,
      acceptRaDefrtr: this.acceptRaDefrtr,
      acceptRaPinfo: this.acceptRaPinfo,
      acceptRaRtrPref: this.acceptRaRtrPref,
      rtrProbeInterval: this.rtrProbeInterval,
      acceptRaRtInfoMaxPlen: this.acceptRaRtInfoMaxPlen,
      proxyNdp: this.proxyNdp,
      optimisticDad: this.optimisticDad,
      acceptSourceRoute: this.acceptSourceRoute,
      mcForwarding: this.mcForwarding,
      disableIpv6: this.disableIpv6,
      acceptDad: this.acceptDad,
      forceTllao: this.forceTllao,
      ndiscNotify: this.ndiscNotify,
      mldv1UnsolicitedReportInterval: this.mldv1UnsolicitedReportInterval,
      mldv2UnsolicitedReportInterval: this.mldv2UnsolicitedReportInterval,
      suppressFragNdisc: this.suppressFragNdisc,
      acceptRaFromLocal: this.acceptRaFromLocal,
      useOptimistic: this.useOptimistic,
      acceptRaMtu: this.acceptRaMtu,
      stableSecret: this.stableSecret,
      useOifAddrsOnly: this.useOifAddrsOnly,
      acceptRaMinHopLimit: this.acceptRaMinHopLimit,
      ignoreRoutesWithLinkdown: this.ignoreRoutesWithLinkdown,
      dropUnicastInL2Multicast: this.dropUnicastInL2Multicast,
      dropUnsolicitedNa: this.dropUnsolicitedNa,
      keepAddrOnDown: this.keepAddrOnDown,
      rtrSolicitMaxInterval: this.rtrSolicitMaxInterval,
      seg6Enabled: this.seg6Enabled,
      seg6RequireHmac: this.seg6RequireHmac,
      enhancedDad: this.enhancedDad,
      addrGenMode: this.addrGenMode,
      disablePolicy: this.disablePolicy,
      acceptRaRtInfoMinPlen: this.acceptRaRtInfoMinPlen,
      ndiscTclass: this.ndiscTclass,
      rplSegEnabled: this.rplSegEnabled,
      raDefrtrMetric: this.raDefrtrMetric,
      ioam6Enabled: this.ioam6Enabled,
      ioam6Id: this.ioam6Id,
      ioam6IdWide: this.ioam6IdWide,
      ndiscEvictNocarrier: this.ndiscEvictNocarrier,
      acceptUntrackedNa: this.acceptUntrackedNa,
    };
  }
}

/** Fields of struct ifla-icmp6-stats, for requests (absent fields are 0). */
export interface IflaIcmp6StatsFields {
  /** inmsgs: u64. */
  inmsgs?: bigint | number;
  /** inerrors: u64. */
  inerrors?: bigint | number;
  /** outmsgs: u64. */
  outmsgs?: bigint | number;
  /** outerrors: u64. */
  outerrors?: bigint | number;
  /** csumerrors: u64. */
  csumerrors?: bigint | number;
  /** ratelimithost: u64. */
  ratelimithost?: bigint | number;
}

/**
 * struct ifla-icmp6-stats
 *
 * A view of the struct, read and written in place (48 bytes).
 */
export class IflaIcmp6Stats extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 48;
  constructor() {
    super(48);
  }
  /** inmsgs: u64. */
  get inmsgs(): bigint {
    return this.$dv.getBigUint64(this.$o + 0, true);
  }
  set inmsgs(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 0, BigInt(v), true);
  }
  /** inerrors: u64. */
  get inerrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 8, true);
  }
  set inerrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 8, BigInt(v), true);
  }
  /** outmsgs: u64. */
  get outmsgs(): bigint {
    return this.$dv.getBigUint64(this.$o + 16, true);
  }
  set outmsgs(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 16, BigInt(v), true);
  }
  /** outerrors: u64. */
  get outerrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 24, true);
  }
  set outerrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 24, BigInt(v), true);
  }
  /** csumerrors: u64. */
  get csumerrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 32, true);
  }
  set csumerrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 32, BigInt(v), true);
  }
  /** ratelimithost: u64. */
  get ratelimithost(): bigint {
    return this.$dv.getBigUint64(this.$o + 40, true);
  }
  set ratelimithost(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 40, BigInt(v), true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaIcmp6StatsFields): void {
    if (v.inmsgs !== undefined) dv.setBigUint64(at + 0, BigInt(v.inmsgs), true);
    if (v.inerrors !== undefined) dv.setBigUint64(at + 8, BigInt(v.inerrors), true);
    if (v.outmsgs !== undefined) dv.setBigUint64(at + 16, BigInt(v.outmsgs), true);
    if (v.outerrors !== undefined) dv.setBigUint64(at + 24, BigInt(v.outerrors), true);
    if (v.csumerrors !== undefined) dv.setBigUint64(at + 32, BigInt(v.csumerrors), true);
    if (v.ratelimithost !== undefined) dv.setBigUint64(at + 40, BigInt(v.ratelimithost), true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaIcmp6StatsFields {
    return {
      inmsgs: this.inmsgs,
      inerrors: this.inerrors,
      outmsgs: this.outmsgs,
      outerrors: this.outerrors,
      csumerrors: this.csumerrors,
      ratelimithost: this.ratelimithost,
    };
  }
}

/** Fields of struct ifla-inet6-stats, for requests (absent fields are 0). */
export interface IflaInet6StatsFields {
  /** inpkts: u64. */
  inpkts?: bigint | number;
  /** inoctets: u64. */
  inoctets?: bigint | number;
  /** indelivers: u64. */
  indelivers?: bigint | number;
  /** outforwdatagrams: u64. */
  outforwdatagrams?: bigint | number;
  /** outpkts: u64. */
  outpkts?: bigint | number;
  /** outoctets: u64. */
  outoctets?: bigint | number;
  /** inhdrerrors: u64. */
  inhdrerrors?: bigint | number;
  /** intoobigerrors: u64. */
  intoobigerrors?: bigint | number;
  /** innoroutes: u64. */
  innoroutes?: bigint | number;
  /** inaddrerrors: u64. */
  inaddrerrors?: bigint | number;
  /** inunknownprotos: u64. */
  inunknownprotos?: bigint | number;
  /** intruncatedpkts: u64. */
  intruncatedpkts?: bigint | number;
  /** indiscards: u64. */
  indiscards?: bigint | number;
  /** outdiscards: u64. */
  outdiscards?: bigint | number;
  /** outnoroutes: u64. */
  outnoroutes?: bigint | number;
  /** reasmtimeout: u64. */
  reasmtimeout?: bigint | number;
  /** reasmreqds: u64. */
  reasmreqds?: bigint | number;
  /** reasmoks: u64. */
  reasmoks?: bigint | number;
  /** reasmfails: u64. */
  reasmfails?: bigint | number;
  /** fragoks: u64. */
  fragoks?: bigint | number;
  /** fragfails: u64. */
  fragfails?: bigint | number;
  /** fragcreates: u64. */
  fragcreates?: bigint | number;
  /** inmcastpkts: u64. */
  inmcastpkts?: bigint | number;
  /** outmcastpkts: u64. */
  outmcastpkts?: bigint | number;
  /** inbcastpkts: u64. */
  inbcastpkts?: bigint | number;
  /** outbcastpkts: u64. */
  outbcastpkts?: bigint | number;
  /** inmcastoctets: u64. */
  inmcastoctets?: bigint | number;
  /** outmcastoctets: u64. */
  outmcastoctets?: bigint | number;
  /** inbcastoctets: u64. */
  inbcastoctets?: bigint | number;
  /** outbcastoctets: u64. */
  outbcastoctets?: bigint | number;
  /** csumerrors: u64. */
  csumerrors?: bigint | number;
  /** noectpkts: u64. */
  noectpkts?: bigint | number;
  /** ect1-pkts: u64. */
  ect1Pkts?: bigint | number;
  /** ect0-pkts: u64. */
  ect0Pkts?: bigint | number;
  /** cepkts: u64. */
  cepkts?: bigint | number;
  /** reasm-overlaps: u64. */
  reasmOverlaps?: bigint | number;
}

/**
 * struct ifla-inet6-stats
 *
 * A view of the struct, read and written in place (288 bytes).
 */
export class IflaInet6Stats extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 288;
  constructor() {
    super(288);
  }
  /** inpkts: u64. */
  get inpkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 0, true);
  }
  set inpkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 0, BigInt(v), true);
  }
  /** inoctets: u64. */
  get inoctets(): bigint {
    return this.$dv.getBigUint64(this.$o + 8, true);
  }
  set inoctets(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 8, BigInt(v), true);
  }
  /** indelivers: u64. */
  get indelivers(): bigint {
    return this.$dv.getBigUint64(this.$o + 16, true);
  }
  set indelivers(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 16, BigInt(v), true);
  }
  /** outforwdatagrams: u64. */
  get outforwdatagrams(): bigint {
    return this.$dv.getBigUint64(this.$o + 24, true);
  }
  set outforwdatagrams(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 24, BigInt(v), true);
  }
  /** outpkts: u64. */
  get outpkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 32, true);
  }
  set outpkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 32, BigInt(v), true);
  }
  /** outoctets: u64. */
  get outoctets(): bigint {
    return this.$dv.getBigUint64(this.$o + 40, true);
  }
  set outoctets(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 40, BigInt(v), true);
  }
  /** inhdrerrors: u64. */
  get inhdrerrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 48, true);
  }
  set inhdrerrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 48, BigInt(v), true);
  }
  /** intoobigerrors: u64. */
  get intoobigerrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 56, true);
  }
  set intoobigerrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 56, BigInt(v), true);
  }
  /** innoroutes: u64. */
  get innoroutes(): bigint {
    return this.$dv.getBigUint64(this.$o + 64, true);
  }
  set innoroutes(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 64, BigInt(v), true);
  }
  /** inaddrerrors: u64. */
  get inaddrerrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 72, true);
  }
  set inaddrerrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 72, BigInt(v), true);
  }
  /** inunknownprotos: u64. */
  get inunknownprotos(): bigint {
    return this.$dv.getBigUint64(this.$o + 80, true);
  }
  set inunknownprotos(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 80, BigInt(v), true);
  }
  /** intruncatedpkts: u64. */
  get intruncatedpkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 88, true);
  }
  set intruncatedpkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 88, BigInt(v), true);
  }
  /** indiscards: u64. */
  get indiscards(): bigint {
    return this.$dv.getBigUint64(this.$o + 96, true);
  }
  set indiscards(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 96, BigInt(v), true);
  }
  /** outdiscards: u64. */
  get outdiscards(): bigint {
    return this.$dv.getBigUint64(this.$o + 104, true);
  }
  set outdiscards(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 104, BigInt(v), true);
  }
  /** outnoroutes: u64. */
  get outnoroutes(): bigint {
    return this.$dv.getBigUint64(this.$o + 112, true);
  }
  set outnoroutes(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 112, BigInt(v), true);
  }
  /** reasmtimeout: u64. */
  get reasmtimeout(): bigint {
    return this.$dv.getBigUint64(this.$o + 120, true);
  }
  set reasmtimeout(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 120, BigInt(v), true);
  }
  /** reasmreqds: u64. */
  get reasmreqds(): bigint {
    return this.$dv.getBigUint64(this.$o + 128, true);
  }
  set reasmreqds(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 128, BigInt(v), true);
  }
  /** reasmoks: u64. */
  get reasmoks(): bigint {
    return this.$dv.getBigUint64(this.$o + 136, true);
  }
  set reasmoks(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 136, BigInt(v), true);
  }
  /** reasmfails: u64. */
  get reasmfails(): bigint {
    return this.$dv.getBigUint64(this.$o + 144, true);
  }
  set reasmfails(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 144, BigInt(v), true);
  }
  /** fragoks: u64. */
  get fragoks(): bigint {
    return this.$dv.getBigUint64(this.$o + 152, true);
  }
  set fragoks(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 152, BigInt(v), true);
  }
  /** fragfails: u64. */
  get fragfails(): bigint {
    return this.$dv.getBigUint64(this.$o + 160, true);
  }
  set fragfails(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 160, BigInt(v), true);
  }
  /** fragcreates: u64. */
  get fragcreates(): bigint {
    return this.$dv.getBigUint64(this.$o + 168, true);
  }
  set fragcreates(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 168, BigInt(v), true);
  }
  /** inmcastpkts: u64. */
  get inmcastpkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 176, true);
  }
  set inmcastpkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 176, BigInt(v), true);
  }
  /** outmcastpkts: u64. */
  get outmcastpkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 184, true);
  }
  set outmcastpkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 184, BigInt(v), true);
  }
  /** inbcastpkts: u64. */
  get inbcastpkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 192, true);
  }
  set inbcastpkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 192, BigInt(v), true);
  }
  /** outbcastpkts: u64. */
  get outbcastpkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 200, true);
  }
  set outbcastpkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 200, BigInt(v), true);
  }
  /** inmcastoctets: u64. */
  get inmcastoctets(): bigint {
    return this.$dv.getBigUint64(this.$o + 208, true);
  }
  set inmcastoctets(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 208, BigInt(v), true);
  }
  /** outmcastoctets: u64. */
  get outmcastoctets(): bigint {
    return this.$dv.getBigUint64(this.$o + 216, true);
  }
  set outmcastoctets(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 216, BigInt(v), true);
  }
  /** inbcastoctets: u64. */
  get inbcastoctets(): bigint {
    return this.$dv.getBigUint64(this.$o + 224, true);
  }
  set inbcastoctets(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 224, BigInt(v), true);
  }
  /** outbcastoctets: u64. */
  get outbcastoctets(): bigint {
    return this.$dv.getBigUint64(this.$o + 232, true);
  }
  set outbcastoctets(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 232, BigInt(v), true);
  }
  /** csumerrors: u64. */
  get csumerrors(): bigint {
    return this.$dv.getBigUint64(this.$o + 240, true);
  }
  set csumerrors(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 240, BigInt(v), true);
  }
  /** noectpkts: u64. */
  get noectpkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 248, true);
  }
  set noectpkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 248, BigInt(v), true);
  }
  /** ect1-pkts: u64. */
  get ect1Pkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 256, true);
  }
  set ect1Pkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 256, BigInt(v), true);
  }
  /** ect0-pkts: u64. */
  get ect0Pkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 264, true);
  }
  set ect0Pkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 264, BigInt(v), true);
  }
  /** cepkts: u64. */
  get cepkts(): bigint {
    return this.$dv.getBigUint64(this.$o + 272, true);
  }
  set cepkts(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 272, BigInt(v), true);
  }
  /** reasm-overlaps: u64. */
  get reasmOverlaps(): bigint {
    return this.$dv.getBigUint64(this.$o + 280, true);
  }
  set reasmOverlaps(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 280, BigInt(v), true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaInet6StatsFields): void {
    if (v.inpkts !== undefined) dv.setBigUint64(at + 0, BigInt(v.inpkts), true);
    if (v.inoctets !== undefined) dv.setBigUint64(at + 8, BigInt(v.inoctets), true);
    if (v.indelivers !== undefined) dv.setBigUint64(at + 16, BigInt(v.indelivers), true);
    if (v.outforwdatagrams !== undefined) {
      dv.setBigUint64(at + 24, BigInt(v.outforwdatagrams), true);
    }
    if (v.outpkts !== undefined) dv.setBigUint64(at + 32, BigInt(v.outpkts), true);
    if (v.outoctets !== undefined) dv.setBigUint64(at + 40, BigInt(v.outoctets), true);
    if (v.inhdrerrors !== undefined) dv.setBigUint64(at + 48, BigInt(v.inhdrerrors), true);
    if (v.intoobigerrors !== undefined) dv.setBigUint64(at + 56, BigInt(v.intoobigerrors), true);
    if (v.innoroutes !== undefined) dv.setBigUint64(at + 64, BigInt(v.innoroutes), true);
    if (v.inaddrerrors !== undefined) dv.setBigUint64(at + 72, BigInt(v.inaddrerrors), true);
    if (v.inunknownprotos !== undefined) dv.setBigUint64(at + 80, BigInt(v.inunknownprotos), true);
    if (v.intruncatedpkts !== undefined) dv.setBigUint64(at + 88, BigInt(v.intruncatedpkts), true);
    if (v.indiscards !== undefined) dv.setBigUint64(at + 96, BigInt(v.indiscards), true);
    if (v.outdiscards !== undefined) dv.setBigUint64(at + 104, BigInt(v.outdiscards), true);
    if (v.outnoroutes !== undefined) dv.setBigUint64(at + 112, BigInt(v.outnoroutes), true);
    if (v.reasmtimeout !== undefined) dv.setBigUint64(at + 120, BigInt(v.reasmtimeout), true);
    if (v.reasmreqds !== undefined) dv.setBigUint64(at + 128, BigInt(v.reasmreqds), true);
    if (v.reasmoks !== undefined) dv.setBigUint64(at + 136, BigInt(v.reasmoks), true);
    if (v.reasmfails !== undefined) dv.setBigUint64(at + 144, BigInt(v.reasmfails), true);
    if (v.fragoks !== undefined) dv.setBigUint64(at + 152, BigInt(v.fragoks), true);
    if (v.fragfails !== undefined) dv.setBigUint64(at + 160, BigInt(v.fragfails), true);
    if (v.fragcreates !== undefined) dv.setBigUint64(at + 168, BigInt(v.fragcreates), true);
    if (v.inmcastpkts !== undefined) dv.setBigUint64(at + 176, BigInt(v.inmcastpkts), true);
    if (v.outmcastpkts !== undefined) dv.setBigUint64(at + 184, BigInt(v.outmcastpkts), true);
    if (v.inbcastpkts !== undefined) dv.setBigUint64(at + 192, BigInt(v.inbcastpkts), true);
    if (v.outbcastpkts !== undefined) dv.setBigUint64(at + 200, BigInt(v.outbcastpkts), true);
    if (v.inmcastoctets !== undefined) dv.setBigUint64(at + 208, BigInt(v.inmcastoctets), true);
    if (v.outmcastoctets !== undefined) dv.setBigUint64(at + 216, BigInt(v.outmcastoctets), true);
    if (v.inbcastoctets !== undefined) dv.setBigUint64(at + 224, BigInt(v.inbcastoctets), true);
    if (v.outbcastoctets !== undefined) dv.setBigUint64(at + 232, BigInt(v.outbcastoctets), true);
    if (v.csumerrors !== undefined) dv.setBigUint64(at + 240, BigInt(v.csumerrors), true);
    if (v.noectpkts !== undefined) dv.setBigUint64(at + 248, BigInt(v.noectpkts), true);
    if (v.ect1Pkts !== undefined) dv.setBigUint64(at + 256, BigInt(v.ect1Pkts), true);
    if (v.ect0Pkts !== undefined) dv.setBigUint64(at + 264, BigInt(v.ect0Pkts), true);
    if (v.cepkts !== undefined) dv.setBigUint64(at + 272, BigInt(v.cepkts), true);
    if (v.reasmOverlaps !== undefined) dv.setBigUint64(at + 280, BigInt(v.reasmOverlaps), true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaInet6StatsFields {
    return {
      inpkts: this.inpkts,
      inoctets: this.inoctets,
      indelivers: this.indelivers,
      outforwdatagrams: this.outforwdatagrams,
      outpkts: this.outpkts,
      outoctets: this.outoctets,
      inhdrerrors: this.inhdrerrors,
      intoobigerrors: this.intoobigerrors,
      innoroutes: this.innoroutes,
      inaddrerrors: this.inaddrerrors,
      inunknownprotos: this.inunknownprotos,
      intruncatedpkts: this.intruncatedpkts,
      indiscards: this.indiscards,
      outdiscards: this.outdiscards,
      outnoroutes: this.outnoroutes,
      reasmtimeout: this.reasmtimeout,
      reasmreqds: this.reasmreqds,
      reasmoks: this.reasmoks,
      reasmfails: this.reasmfails,
      fragoks: this.fragoks,
      fragfails: this.fragfails,
      fragcreates: this.fragcreates,
      inmcastpkts: this.inmcastpkts,
      outmcastpkts: this.outmcastpkts,
      inbcastpkts: this.inbcastpkts,
      outbcastpkts: this.outbcastpkts,
      inmcastoctets: this.inmcastoctets,
      outmcastoctets: this.outmcastoctets,
      inbcastoctets: this.inbcastoctets,
      outbcastoctets: this.outbcastoctets,
      csumerrors: this.csumerrors,
      noectpkts: this.noectpkts,
      ect1Pkts: this.ect1Pkts,
      ect0Pkts: this.ect0Pkts,
      cepkts: this.cepkts,
      reasmOverlaps: this.reasmOverlaps,
    };
  }
}

/** Fields of struct br-boolopt-multi, for requests (absent fields are 0). */
export interface BrBooloptMultiFields {
  /** optval: u32. */
  optval?: number;
  /** optmask: u32. */
  optmask?: number;
}

/**
 * struct br-boolopt-multi
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class BrBooloptMulti extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** optval: u32. */
  get optval(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set optval(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** optmask: u32. */
  get optmask(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set optmask(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: BrBooloptMultiFields): void {
    if (v.optval !== undefined) dv.setUint32(at + 0, v.optval, true);
    if (v.optmask !== undefined) dv.setUint32(at + 4, v.optmask, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): BrBooloptMultiFields {
    return {
      optval: this.optval,
      optmask: this.optmask,
    };
  }
}

/** Fields of struct if_stats_msg, for requests (absent fields are 0). */
export interface IfStatsMsgFields {
  /** family: u8. */
  family?: number;
  /** ifindex: u32. */
  ifindex?: number;
  /** filter-mask: u32. */
  filterMask?: number;
}

/**
 * struct if_stats_msg
 *
 * A view of the struct, read and written in place (12 bytes).
 */
export class IfStatsMsg extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 12;
  constructor() {
    super(12);
  }
  /** family: u8. */
  get family(): number {
    return this.$dv.getUint8(this.$o + 0);
  }
  set family(v: number) {
    this.$dv.setUint8(this.$o + 0, v);
  }
  /** ifindex: u32. */
  get ifindex(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set ifindex(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** filter-mask: u32. */
  get filterMask(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set filterMask(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IfStatsMsgFields): void {
    if (v.family !== undefined) dv.setUint8(at + 0, v.family);
    if (v.ifindex !== undefined) dv.setUint32(at + 4, v.ifindex, true);
    if (v.filterMask !== undefined) dv.setUint32(at + 8, v.filterMask, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IfStatsMsgFields {
    return {
      family: this.family,
      ifindex: this.ifindex,
      filterMask: this.filterMask,
    };
  }
}

/** Fields of struct ifla-vlan-flags, for requests (absent fields are 0). */
export interface IflaVlanFlagsFields {
  /** flags: u32; flags vlan-flags. */
  flags?: number;
  /** mask: u32. */
  mask?: number;
}

/**
 * struct ifla-vlan-flags
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class IflaVlanFlags extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** flags: u32; flags vlan-flags. */
  get flags(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set flags(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** mask: u32. */
  get mask(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set mask(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVlanFlagsFields): void {
    if (v.flags !== undefined) dv.setUint32(at + 0, v.flags, true);
    if (v.mask !== undefined) dv.setUint32(at + 4, v.mask, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVlanFlagsFields {
    return {
      flags: this.flags,
      mask: this.mask,
    };
  }
}

/** Fields of struct ifla-vlan-qos-mapping, for requests (absent fields are 0). */
export interface IflaVlanQosMappingFields {
  /** from: u32. */
  from?: number;
  /** to: u32. */
  to?: number;
}

/**
 * struct ifla-vlan-qos-mapping
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class IflaVlanQosMapping extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** from: u32. */
  get from(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set from(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** to: u32. */
  get to(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set to(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVlanQosMappingFields): void {
    if (v.from !== undefined) dv.setUint32(at + 0, v.from, true);
    if (v.to !== undefined) dv.setUint32(at + 4, v.to, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVlanQosMappingFields {
    return {
      from: this.from,
      to: this.to,
    };
  }
}

/** Fields of struct ifla-vf-mac, for requests (absent fields are 0). */
export interface IflaVfMacFields {
  /** vf: u32. */
  vf?: number;
  /** mac: binary[32]. */
  mac?: Uint8Array;
}

/**
 * struct ifla-vf-mac
 *
 * A view of the struct, read and written in place (36 bytes).
 */
export class IflaVfMac extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 36;
  constructor() {
    super(36);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** mac: binary[32]. */
  get mac(): Uint8Array {
    return this.$bytes(4, 32);
  }
  set mac(v: Uint8Array) {
    this.$setBytes(4, 32, v);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfMacFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.mac !== undefined) {
      new Uint8Array(dv.buffer, dv.byteOffset + at + 4, 32).set(v.mac.subarray(0, 32));
    }
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfMacFields {
    return {
      vf: this.vf,
      mac: this.mac.slice(),
    };
  }
}

/** Fields of struct ifla-vf-vlan, for requests (absent fields are 0). */
export interface IflaVfVlanFields {
  /** vf: u32. */
  vf?: number;
  /** vlan: u32. */
  vlan?: number;
  /** qos: u32. */
  qos?: number;
}

/**
 * struct ifla-vf-vlan
 *
 * A view of the struct, read and written in place (12 bytes).
 */
export class IflaVfVlan extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 12;
  constructor() {
    super(12);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** vlan: u32. */
  get vlan(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set vlan(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** qos: u32. */
  get qos(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set qos(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfVlanFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.vlan !== undefined) dv.setUint32(at + 4, v.vlan, true);
    if (v.qos !== undefined) dv.setUint32(at + 8, v.qos, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfVlanFields {
    return {
      vf: this.vf,
      vlan: this.vlan,
      qos: this.qos,
    };
  }
}

/** Fields of struct ifla-vf-tx-rate, for requests (absent fields are 0). */
export interface IflaVfTxRateFields {
  /** vf: u32. */
  vf?: number;
  /** rate: u32. */
  rate?: number;
}

/**
 * struct ifla-vf-tx-rate
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class IflaVfTxRate extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** rate: u32. */
  get rate(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set rate(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfTxRateFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.rate !== undefined) dv.setUint32(at + 4, v.rate, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfTxRateFields {
    return {
      vf: this.vf,
      rate: this.rate,
    };
  }
}

/** Fields of struct ifla-vf-spoofchk, for requests (absent fields are 0). */
export interface IflaVfSpoofchkFields {
  /** vf: u32. */
  vf?: number;
  /** setting: u32. */
  setting?: number;
}

/**
 * struct ifla-vf-spoofchk
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class IflaVfSpoofchk extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** setting: u32. */
  get setting(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set setting(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfSpoofchkFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.setting !== undefined) dv.setUint32(at + 4, v.setting, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfSpoofchkFields {
    return {
      vf: this.vf,
      setting: this.setting,
    };
  }
}

/** Fields of struct ifla-vf-link-state, for requests (absent fields are 0). */
export interface IflaVfLinkStateFields {
  /** vf: u32. */
  vf?: number;
  /** link-state: u32; enum ifla-vf-link-state-enum. */
  linkState?: number;
}

/**
 * struct ifla-vf-link-state
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class IflaVfLinkState extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** link-state: u32; enum ifla-vf-link-state-enum. */
  get linkState(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set linkState(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfLinkStateFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.linkState !== undefined) dv.setUint32(at + 4, v.linkState, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfLinkStateFields {
    return {
      vf: this.vf,
      linkState: this.linkState,
    };
  }
}

/** Fields of struct ifla-vf-rate, for requests (absent fields are 0). */
export interface IflaVfRateFields {
  /** vf: u32. */
  vf?: number;
  /** min-tx-rate: u32. */
  minTxRate?: number;
  /** max-tx-rate: u32. */
  maxTxRate?: number;
}

/**
 * struct ifla-vf-rate
 *
 * A view of the struct, read and written in place (12 bytes).
 */
export class IflaVfRate extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 12;
  constructor() {
    super(12);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** min-tx-rate: u32. */
  get minTxRate(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set minTxRate(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** max-tx-rate: u32. */
  get maxTxRate(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set maxTxRate(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfRateFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.minTxRate !== undefined) dv.setUint32(at + 4, v.minTxRate, true);
    if (v.maxTxRate !== undefined) dv.setUint32(at + 8, v.maxTxRate, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfRateFields {
    return {
      vf: this.vf,
      minTxRate: this.minTxRate,
      maxTxRate: this.maxTxRate,
    };
  }
}

/** Fields of struct ifla-vf-rss-query-en, for requests (absent fields are 0). */
export interface IflaVfRssQueryEnFields {
  /** vf: u32. */
  vf?: number;
  /** setting: u32. */
  setting?: number;
}

/**
 * struct ifla-vf-rss-query-en
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class IflaVfRssQueryEn extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** setting: u32. */
  get setting(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set setting(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfRssQueryEnFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.setting !== undefined) dv.setUint32(at + 4, v.setting, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfRssQueryEnFields {
    return {
      vf: this.vf,
      setting: this.setting,
    };
  }
}

/** Fields of struct ifla-vf-trust, for requests (absent fields are 0). */
export interface IflaVfTrustFields {
  /** vf: u32. */
  vf?: number;
  /** setting: u32. */
  setting?: number;
}

/**
 * struct ifla-vf-trust
 *
 * A view of the struct, read and written in place (8 bytes).
 */
export class IflaVfTrust extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 8;
  constructor() {
    super(8);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** setting: u32. */
  get setting(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set setting(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfTrustFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.setting !== undefined) dv.setUint32(at + 4, v.setting, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfTrustFields {
    return {
      vf: this.vf,
      setting: this.setting,
    };
  }
}

/** Fields of struct ifla-vf-guid, for requests (absent fields are 0). */
export interface IflaVfGuidFields {
  /** vf: u32. */
  vf?: number;
  /** guid: u64. */
  guid?: bigint | number;
}

/**
 * struct ifla-vf-guid
 *
 * A view of the struct, read and written in place (12 bytes).
 */
export class IflaVfGuid extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 12;
  constructor() {
    super(12);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** guid: u64. */
  get guid(): bigint {
    return this.$dv.getBigUint64(this.$o + 4, true);
  }
  set guid(v: bigint | number) {
    this.$dv.setBigUint64(this.$o + 4, BigInt(v), true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfGuidFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.guid !== undefined) dv.setBigUint64(at + 4, BigInt(v.guid), true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfGuidFields {
    return {
      vf: this.vf,
      guid: this.guid,
    };
  }
}

/** Fields of struct ifla-vf-vlan-info, for requests (absent fields are 0). */
export interface IflaVfVlanInfoFields {
  /** vf: u32. */
  vf?: number;
  /** vlan: u32. */
  vlan?: number;
  /** qos: u32. */
  qos?: number;
  /** vlan-proto: u32. */
  vlanProto?: number;
}

/**
 * struct ifla-vf-vlan-info
 *
 * A view of the struct, read and written in place (16 bytes).
 */
export class IflaVfVlanInfo extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 16;
  constructor() {
    super(16);
  }
  /** vf: u32. */
  get vf(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set vf(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** vlan: u32. */
  get vlan(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set vlan(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** qos: u32. */
  get qos(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set qos(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /** vlan-proto: u32. */
  get vlanProto(): number {
    return this.$dv.getUint32(this.$o + 12, true);
  }
  set vlanProto(v: number) {
    this.$dv.setUint32(this.$o + 12, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: IflaVfVlanInfoFields): void {
    if (v.vf !== undefined) dv.setUint32(at + 0, v.vf, true);
    if (v.vlan !== undefined) dv.setUint32(at + 4, v.vlan, true);
    if (v.qos !== undefined) dv.setUint32(at + 8, v.qos, true);
    if (v.vlanProto !== undefined) dv.setUint32(at + 12, v.vlanProto, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVfVlanInfoFields {
    return {
      vf: this.vf,
      vlan: this.vlan,
      qos: this.qos,
      vlanProto: this.vlanProto,
    };
  }
}

/** Attribute type numbers of link-attrs. */
export const LinkAttrs = {
  address: 1,
  broadcast: 2,
  ifname: 3,
  mtu: 4,
  link: 5,
  qdisc: 6,
  stats: 7,
  cost: 8,
  priority: 9,
  master: 10,
  wireless: 11,
  protinfo: 12,
  txqlen: 13,
  map: 14,
  weight: 15,
  operstate: 16,
  linkmode: 17,
  linkinfo: 18,
  netNsPid: 19,
  ifalias: 20,
  numVf: 21,
  vfinfoList: 22,
  stats64: 23,
  vfPorts: 24,
  portSelf: 25,
  afSpec: 26,
  group: 27,
  netNsFd: 28,
  extMask: 29,
  promiscuity: 30,
  numTxQueues: 31,
  numRxQueues: 32,
  carrier: 33,
  physPortId: 34,
  carrierChanges: 35,
  physSwitchId: 36,
  linkNetnsid: 37,
  physPortName: 38,
  protoDown: 39,
  gsoMaxSegs: 40,
  gsoMaxSize: 41,
  pad: 42,
  xdp: 43,
  event: 44,
  newNetnsid: 45,
  targetNetnsid: 46,
  carrierUpCount: 47,
  carrierDownCount: 48,
  newIfindex: 49,
  minMtu: 50,
  maxMtu: 51,
  propList: 52,
  altIfname: 53,
  permAddress: 54,
  protoDownReason: 55,
  parentDevName: 56,
  parentDevBusName: 57,
  groMaxSize: 58,
  tsoMaxSize: 59,
  tsoMaxSegs: 60,
  allmulti: 61,
  devlinkPort: 62,
  gsoIpv4MaxSize: 63,
  groIpv4MaxSize: 64,
  dpllPin: 65,
} as const;

/** The attributes of link-attrs as a plain object (requests, `toObject()`). */
export interface LinkAttrsValues {
  /** address: binary; display hint mac (type 1). */
  address?: Uint8Array | string;
  /** broadcast: binary; display hint mac (type 2). */
  broadcast?: Uint8Array | string;
  /** ifname: string (type 3). */
  ifname?: string;
  /** mtu: u32 (type 4). */
  mtu?: number;
  /** link: u32 (type 5). */
  link?: number;
  /** qdisc: string (type 6). */
  qdisc?: string;
  /** stats: binary (type 7). */
  stats?: RtnlLinkStatsFields;
  /** cost: string (type 8). */
  cost?: string;
  /** priority: string (type 9). */
  priority?: string;
  /** master: u32 (type 10). */
  master?: number;
  /** wireless: string (type 11). */
  wireless?: string;
  /** protinfo: string (type 12). */
  protinfo?: string;
  /** txqlen: u32 (type 13). */
  txqlen?: number;
  /** map: binary (type 14). */
  map?: RtnlLinkIfmapFields;
  /** weight: u32 (type 15). */
  weight?: number;
  /** operstate: u8 (type 16). */
  operstate?: number;
  /** linkmode: u8 (type 17). */
  linkmode?: number;
  /** linkinfo: nest (type 18). */
  linkinfo?: LinkinfoAttrsValues;
  /** net-ns-pid: u32 (type 19). */
  netNsPid?: number;
  /** ifalias: string (type 20). */
  ifalias?: string;
  /** num-vf: u32 (type 21). */
  numVf?: number;
  /** vfinfo-list: nest (type 22). */
  vfinfoList?: VfinfoListAttrsValues;
  /** stats64: binary (type 23). */
  stats64?: RtnlLinkStats64Fields;
  /** vf-ports: nest (type 24). */
  vfPorts?: VfPortsAttrsValues;
  /** port-self: nest (type 25). */
  portSelf?: PortSelfAttrsValues;
  /** af-spec: nest (type 26). */
  afSpec?: AfSpecAttrsValues;
  /** group: u32 (type 27). */
  group?: number;
  /** net-ns-fd: u32 (type 28). */
  netNsFd?: number;
  /** ext-mask: u32; flags rtext-filter (type 29). */
  extMask?: number;
  /** promiscuity: u32 (type 30). */
  promiscuity?: number;
  /** num-tx-queues: u32 (type 31). */
  numTxQueues?: number;
  /** num-rx-queues: u32 (type 32). */
  numRxQueues?: number;
  /** carrier: u8 (type 33). */
  carrier?: number;
  /** phys-port-id: binary (type 34). */
  physPortId?: Uint8Array;
  /** carrier-changes: u32 (type 35). */
  carrierChanges?: number;
  /** phys-switch-id: binary (type 36). */
  physSwitchId?: Uint8Array;
  /** link-netnsid: s32 (type 37). */
  linkNetnsid?: number;
  /** phys-port-name: string (type 38). */
  physPortName?: string;
  /** proto-down: u8 (type 39). */
  protoDown?: number;
  /** gso-max-segs: u32 (type 40). */
  gsoMaxSegs?: number;
  /** gso-max-size: u32 (type 41). */
  gsoMaxSize?: number;
  /** xdp: nest (type 43). */
  xdp?: XdpAttrsValues;
  /** event: u32 (type 44). */
  event?: number;
  /** new-netnsid: s32 (type 45). */
  newNetnsid?: number;
  /** target-netnsid: s32 (type 46). */
  targetNetnsid?: number;
  /** carrier-up-count: u32 (type 47). */
  carrierUpCount?: number;
  /** carrier-down-count: u32 (type 48). */
  carrierDownCount?: number;
  /** new-ifindex: s32 (type 49). */
  newIfindex?: number;
  /** min-mtu: u32 (type 50). */
  minMtu?: number;
  /** max-mtu: u32 (type 51). */
  maxMtu?: number;
  /** prop-list: nest (type 52). */
  propList?: PropListLinkAttrsValues;
  /** alt-ifname: string (type 53). */
  altIfname?: string;
  /** perm-address: binary; display hint mac (type 54). */
  permAddress?: Uint8Array | string;
  /** proto-down-reason: string (type 55). */
  protoDownReason?: string;
  /** parent-dev-name: string (type 56). */
  parentDevName?: string;
  /** parent-dev-bus-name: string (type 57). */
  parentDevBusName?: string;
  /** gro-max-size: u32 (type 58). */
  groMaxSize?: number;
  /** tso-max-size: u32 (type 59). */
  tsoMaxSize?: number;
  /** tso-max-segs: u32 (type 60). */
  tsoMaxSegs?: number;
  /** allmulti: u32 (type 61). */
  allmulti?: number;
  /** devlink-port: binary (type 62). */
  devlinkPort?: Uint8Array;
  /** gso-ipv4-max-size: u32 (type 63). */
  gsoIpv4MaxSize?: number;
  /** gro-ipv4-max-size: u32 (type 64). */
  groIpv4MaxSize?: number;
  /** dpll-pin: nest (type 65). */
  dpllPin?: LinkDpllPinAttrsValues;
}

/**
 * The link-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkAttrsView extends AttrView {
  #c7?: RtnlLinkStats;
  #c14?: RtnlLinkIfmap;
  #c18?: LinkinfoAttrsView;
  #c22?: VfinfoListAttrsView;
  #c23?: RtnlLinkStats64;
  #c24?: VfPortsAttrsView;
  #c25?: PortSelfAttrsView;
  #c26?: AfSpecAttrsView;
  #c43?: XdpAttrsView;
  #c52?: PropListLinkAttrsView;
  #c65?: LinkDpllPinAttrsView;
  constructor() {
    super(65);
  }
  /** address: binary; display hint mac (type 1). */
  get address(): Uint8Array | undefined {
    return this.$bin(1);
  }
  /** address as text (display hint mac), or `undefined`. */
  get addressText(): string | undefined {
    const v = this.$bin(1);
    return v === undefined ? undefined : bytesToText("mac", v);
  }
  /** broadcast: binary; display hint mac (type 2). */
  get broadcast(): Uint8Array | undefined {
    return this.$bin(2);
  }
  /** broadcast as text (display hint mac), or `undefined`. */
  get broadcastText(): string | undefined {
    const v = this.$bin(2);
    return v === undefined ? undefined : bytesToText("mac", v);
  }
  /** ifname: string (type 3). */
  get ifname(): string | undefined {
    return this.$str(3);
  }
  /** mtu: u32 (type 4). */
  get mtu(): number | undefined {
    return this.$u32(4);
  }
  /** link: u32 (type 5). */
  get link(): number | undefined {
    return this.$u32(5);
  }
  /** qdisc: string (type 6). */
  get qdisc(): string | undefined {
    return this.$str(6);
  }
  /** stats: binary (type 7). */
  get stats(): RtnlLinkStats | undefined {
    return this.$struct(7, this.#c7 ??= new RtnlLinkStats());
  }
  /** cost: string (type 8). */
  get cost(): string | undefined {
    return this.$str(8);
  }
  /** priority: string (type 9). */
  get priority(): string | undefined {
    return this.$str(9);
  }
  /** master: u32 (type 10). */
  get master(): number | undefined {
    return this.$u32(10);
  }
  /** wireless: string (type 11). */
  get wireless(): string | undefined {
    return this.$str(11);
  }
  /** protinfo: string (type 12). */
  get protinfo(): string | undefined {
    return this.$str(12);
  }
  /** txqlen: u32 (type 13). */
  get txqlen(): number | undefined {
    return this.$u32(13);
  }
  /** map: binary (type 14). */
  get map(): RtnlLinkIfmap | undefined {
    return this.$struct(14, this.#c14 ??= new RtnlLinkIfmap());
  }
  /** weight: u32 (type 15). */
  get weight(): number | undefined {
    return this.$u32(15);
  }
  /** operstate: u8 (type 16). */
  get operstate(): number | undefined {
    return this.$u8(16);
  }
  /** linkmode: u8 (type 17). */
  get linkmode(): number | undefined {
    return this.$u8(17);
  }
  /** linkinfo: nest (type 18). */
  get linkinfo(): LinkinfoAttrsView | undefined {
    return this.$nest(18, this.#c18 ??= new LinkinfoAttrsView());
  }
  /** net-ns-pid: u32 (type 19). */
  get netNsPid(): number | undefined {
    return this.$u32(19);
  }
  /** ifalias: string (type 20). */
  get ifalias(): string | undefined {
    return this.$str(20);
  }
  /** num-vf: u32 (type 21). */
  get numVf(): number | undefined {
    return this.$u32(21);
  }
  /** vfinfo-list: nest (type 22). */
  get vfinfoList(): VfinfoListAttrsView | undefined {
    return this.$nest(22, this.#c22 ??= new VfinfoListAttrsView());
  }
  /** stats64: binary (type 23). */
  get stats64(): RtnlLinkStats64 | undefined {
    return this.$struct(23, this.#c23 ??= new RtnlLinkStats64());
  }
  /** vf-ports: nest (type 24). */
  get vfPorts(): VfPortsAttrsView | undefined {
    return this.$nest(24, this.#c24 ??= new VfPortsAttrsView());
  }
  /** port-self: nest (type 25). */
  get portSelf(): PortSelfAttrsView | undefined {
    return this.$nest(25, this.#c25 ??= new PortSelfAttrsView());
  }
  /** af-spec: nest (type 26). */
  get afSpec(): AfSpecAttrsView | undefined {
    return this.$nest(26, this.#c26 ??= new AfSpecAttrsView());
  }
  /** group: u32 (type 27). */
  get group(): number | undefined {
    return this.$u32(27);
  }
  /** net-ns-fd: u32 (type 28). */
  get netNsFd(): number | undefined {
    return this.$u32(28);
  }
  /** ext-mask: u32; flags rtext-filter (type 29). */
  get extMask(): number | undefined {
    return this.$u32(29);
  }
  /** promiscuity: u32 (type 30). */
  get promiscuity(): number | undefined {
    return this.$u32(30);
  }
  /** num-tx-queues: u32 (type 31). */
  get numTxQueues(): number | undefined {
    return this.$u32(31);
  }
  /** num-rx-queues: u32 (type 32). */
  get numRxQueues(): number | undefined {
    return this.$u32(32);
  }
  /** carrier: u8 (type 33). */
  get carrier(): number | undefined {
    return this.$u8(33);
  }
  /** phys-port-id: binary (type 34). */
  get physPortId(): Uint8Array | undefined {
    return this.$bin(34);
  }
  /** carrier-changes: u32 (type 35). */
  get carrierChanges(): number | undefined {
    return this.$u32(35);
  }
  /** phys-switch-id: binary (type 36). */
  get physSwitchId(): Uint8Array | undefined {
    return this.$bin(36);
  }
  /** link-netnsid: s32 (type 37). */
  get linkNetnsid(): number | undefined {
    return this.$s32(37);
  }
  /** phys-port-name: string (type 38). */
  get physPortName(): string | undefined {
    return this.$str(38);
  }
  /** proto-down: u8 (type 39). */
  get protoDown(): number | undefined {
    return this.$u8(39);
  }
  /** gso-max-segs: u32 (type 40). */
  get gsoMaxSegs(): number | undefined {
    return this.$u32(40);
  }
  /** gso-max-size: u32 (type 41). */
  get gsoMaxSize(): number | undefined {
    return this.$u32(41);
  }
  /** xdp: nest (type 43). */
  get xdp(): XdpAttrsView | undefined {
    return this.$nest(43, this.#c43 ??= new XdpAttrsView());
  }
  /** event: u32 (type 44). */
  get event(): number | undefined {
    return this.$u32(44);
  }
  /** new-netnsid: s32 (type 45). */
  get newNetnsid(): number | undefined {
    return this.$s32(45);
  }
  /** target-netnsid: s32 (type 46). */
  get targetNetnsid(): number | undefined {
    return this.$s32(46);
  }
  /** carrier-up-count: u32 (type 47). */
  get carrierUpCount(): number | undefined {
    return this.$u32(47);
  }
  /** carrier-down-count: u32 (type 48). */
  get carrierDownCount(): number | undefined {
    return this.$u32(48);
  }
  /** new-ifindex: s32 (type 49). */
  get newIfindex(): number | undefined {
    return this.$s32(49);
  }
  /** min-mtu: u32 (type 50). */
  get minMtu(): number | undefined {
    return this.$u32(50);
  }
  /** max-mtu: u32 (type 51). */
  get maxMtu(): number | undefined {
    return this.$u32(51);
  }
  /** prop-list: nest (type 52). */
  get propList(): PropListLinkAttrsView | undefined {
    return this.$nest(52, this.#c52 ??= new PropListLinkAttrsView());
  }
  /** alt-ifname: string (type 53). */
  get altIfname(): string | undefined {
    return this.$str(53);
  }
  /** perm-address: binary; display hint mac (type 54). */
  get permAddress(): Uint8Array | undefined {
    return this.$bin(54);
  }
  /** perm-address as text (display hint mac), or `undefined`. */
  get permAddressText(): string | undefined {
    const v = this.$bin(54);
    return v === undefined ? undefined : bytesToText("mac", v);
  }
  /** proto-down-reason: string (type 55). */
  get protoDownReason(): string | undefined {
    return this.$str(55);
  }
  /** parent-dev-name: string (type 56). */
  get parentDevName(): string | undefined {
    return this.$str(56);
  }
  /** parent-dev-bus-name: string (type 57). */
  get parentDevBusName(): string | undefined {
    return this.$str(57);
  }
  /** gro-max-size: u32 (type 58). */
  get groMaxSize(): number | undefined {
    return this.$u32(58);
  }
  /** tso-max-size: u32 (type 59). */
  get tsoMaxSize(): number | undefined {
    return this.$u32(59);
  }
  /** tso-max-segs: u32 (type 60). */
  get tsoMaxSegs(): number | undefined {
    return this.$u32(60);
  }
  /** allmulti: u32 (type 61). */
  get allmulti(): number | undefined {
    return this.$u32(61);
  }
  /** devlink-port: binary (type 62). */
  get devlinkPort(): Uint8Array | undefined {
    return this.$bin(62);
  }
  /** gso-ipv4-max-size: u32 (type 63). */
  get gsoIpv4MaxSize(): number | undefined {
    return this.$u32(63);
  }
  /** gro-ipv4-max-size: u32 (type 64). */
  get groIpv4MaxSize(): number | undefined {
    return this.$u32(64);
  }
  /** dpll-pin: nest (type 65). */
  get dpllPin(): LinkDpllPinAttrsView | undefined {
    return this.$nest(65, this.#c65 ??= new LinkDpllPinAttrsView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkAttrsValues {
    return decodeValues(schema, "link-attrs", this, false) as LinkAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "link-attrs", this, true);
  }
}

/**
 * Writes the attributes of link-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkAttrs(w: MessageWriter, v: LinkAttrsValues): void {
  if (v.address !== undefined) {
    w.putBytes(1, typeof v.address === "string" ? textToBytes("mac", v.address) : v.address);
  }
  if (v.broadcast !== undefined) {
    w.putBytes(2, typeof v.broadcast === "string" ? textToBytes("mac", v.broadcast) : v.broadcast);
  }
  if (v.ifname !== undefined) w.putString(3, v.ifname);
  if (v.mtu !== undefined) w.putU32(4, v.mtu);
  if (v.link !== undefined) w.putU32(5, v.link);
  if (v.qdisc !== undefined) w.putString(6, v.qdisc);
  if (v.stats !== undefined) {
    RtnlLinkStats.write(w.view, putZeroed(w, 7, RtnlLinkStats.SIZE), v.stats);
  }
  if (v.cost !== undefined) w.putString(8, v.cost);
  if (v.priority !== undefined) w.putString(9, v.priority);
  if (v.master !== undefined) w.putU32(10, v.master);
  if (v.wireless !== undefined) w.putString(11, v.wireless);
  if (v.protinfo !== undefined) w.putString(12, v.protinfo);
  if (v.txqlen !== undefined) w.putU32(13, checkRange("txqlen", v.txqlen, undefined, 32767));
  if (v.map !== undefined) RtnlLinkIfmap.write(w.view, putZeroed(w, 14, RtnlLinkIfmap.SIZE), v.map);
  if (v.weight !== undefined) w.putU32(15, v.weight);
  if (v.operstate !== undefined) w.putU8(16, v.operstate);
  if (v.linkmode !== undefined) w.putU8(17, v.linkmode);
  if (v.linkinfo !== undefined) {
    const n = w.nestStart(18);
    writeLinkinfoAttrs(w, v.linkinfo);
    w.nestEnd(n);
  }
  if (v.netNsPid !== undefined) w.putU32(19, v.netNsPid);
  if (v.ifalias !== undefined) w.putString(20, v.ifalias);
  if (v.numVf !== undefined) w.putU32(21, v.numVf);
  if (v.vfinfoList !== undefined) {
    const n = w.nestStart(22);
    writeVfinfoListAttrs(w, v.vfinfoList);
    w.nestEnd(n);
  }
  if (v.stats64 !== undefined) {
    RtnlLinkStats64.write(w.view, putZeroed(w, 23, RtnlLinkStats64.SIZE), v.stats64);
  }
  if (v.vfPorts !== undefined) {
    const n = w.nestStart(24);
    writeVfPortsAttrs(w, v.vfPorts);
    w.nestEnd(n);
  }
  if (v.portSelf !== undefined) {
    const n = w.nestStart(25);
    writePortSelfAttrs(w, v.portSelf);
    w.nestEnd(n);
  }
  if (v.afSpec !== undefined) {
    const n = w.nestStart(26);
    writeAfSpecAttrs(w, v.afSpec);
    w.nestEnd(n);
  }
  if (v.group !== undefined) w.putU32(27, v.group);
  if (v.netNsFd !== undefined) w.putU32(28, v.netNsFd);
  if (v.extMask !== undefined) w.putU32(29, v.extMask);
  if (v.promiscuity !== undefined) w.putU32(30, v.promiscuity);
  if (v.numTxQueues !== undefined) w.putU32(31, v.numTxQueues);
  if (v.numRxQueues !== undefined) w.putU32(32, v.numRxQueues);
  if (v.carrier !== undefined) w.putU8(33, v.carrier);
  if (v.physPortId !== undefined) w.putBytes(34, v.physPortId);
  if (v.carrierChanges !== undefined) w.putU32(35, v.carrierChanges);
  if (v.physSwitchId !== undefined) w.putBytes(36, v.physSwitchId);
  if (v.linkNetnsid !== undefined) w.putS32(37, v.linkNetnsid);
  if (v.physPortName !== undefined) w.putString(38, v.physPortName);
  if (v.protoDown !== undefined) w.putU8(39, v.protoDown);
  if (v.gsoMaxSegs !== undefined) w.putU32(40, v.gsoMaxSegs);
  if (v.gsoMaxSize !== undefined) w.putU32(41, v.gsoMaxSize);
  if (v.xdp !== undefined) {
    const n = w.nestStart(43);
    writeXdpAttrs(w, v.xdp);
    w.nestEnd(n);
  }
  if (v.event !== undefined) w.putU32(44, v.event);
  if (v.newNetnsid !== undefined) w.putS32(45, v.newNetnsid);
  if (v.targetNetnsid !== undefined) w.putS32(46, v.targetNetnsid);
  if (v.carrierUpCount !== undefined) w.putU32(47, v.carrierUpCount);
  if (v.carrierDownCount !== undefined) w.putU32(48, v.carrierDownCount);
  if (v.newIfindex !== undefined) w.putS32(49, v.newIfindex);
  if (v.minMtu !== undefined) w.putU32(50, v.minMtu);
  if (v.maxMtu !== undefined) w.putU32(51, v.maxMtu);
  if (v.propList !== undefined) {
    const n = w.nestStart(52);
    writePropListLinkAttrs(w, v.propList);
    w.nestEnd(n);
  }
  if (v.altIfname !== undefined) w.putString(53, v.altIfname);
  if (v.permAddress !== undefined) {
    w.putBytes(
      54,
      typeof v.permAddress === "string" ? textToBytes("mac", v.permAddress) : v.permAddress,
    );
  }
  if (v.protoDownReason !== undefined) w.putString(55, v.protoDownReason);
  if (v.parentDevName !== undefined) w.putString(56, v.parentDevName);
  if (v.parentDevBusName !== undefined) w.putString(57, v.parentDevBusName);
  if (v.groMaxSize !== undefined) w.putU32(58, v.groMaxSize);
  if (v.tsoMaxSize !== undefined) w.putU32(59, v.tsoMaxSize);
  if (v.tsoMaxSegs !== undefined) w.putU32(60, v.tsoMaxSegs);
  if (v.allmulti !== undefined) w.putU32(61, v.allmulti);
  if (v.devlinkPort !== undefined) w.putBytes(62, v.devlinkPort);
  if (v.gsoIpv4MaxSize !== undefined) w.putU32(63, v.gsoIpv4MaxSize);
  if (v.groIpv4MaxSize !== undefined) w.putU32(64, v.groIpv4MaxSize);
  if (v.dpllPin !== undefined) {
    const n = w.nestStart(65);
    writeLinkDpllPinAttrs(w, v.dpllPin);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of prop-list-link-attrs. */
export const PropListLinkAttrs = {
  altIfname: 53,
} as const;

/** The attributes of prop-list-link-attrs as a plain object (requests, `toObject()`). */
export interface PropListLinkAttrsValues {
  /** alt-ifname: string (type 53). */
  altIfname?: string;
}

/**
 * The prop-list-link-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PropListLinkAttrsView extends AttrView {
  constructor() {
    super(53);
  }
  /** alt-ifname: string (type 53). */
  get altIfname(): string | undefined {
    return this.$str(53);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PropListLinkAttrsValues {
    return decodeValues(schema, "prop-list-link-attrs", this, false) as PropListLinkAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "prop-list-link-attrs", this, true);
  }
}

/**
 * Writes the attributes of prop-list-link-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePropListLinkAttrs(w: MessageWriter, v: PropListLinkAttrsValues): void {
  if (v.altIfname !== undefined) w.putString(53, v.altIfname);
}

/** Attribute type numbers of af-spec-attrs. */
export const AfSpecAttrs = {
  inet: 2,
  inet6: 10,
  mctp: 45,
} as const;

/** The attributes of af-spec-attrs as a plain object (requests, `toObject()`). */
export interface AfSpecAttrsValues {
  /** inet: nest (type 2). */
  inet?: IflaAttrsValues;
  /** inet6: nest (type 10). */
  inet6?: Ifla6AttrsValues;
  /** mctp: nest (type 45). */
  mctp?: MctpAttrsValues;
}

/**
 * The af-spec-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class AfSpecAttrsView extends AttrView {
  #c2?: IflaAttrsView;
  #c10?: Ifla6AttrsView;
  #c45?: MctpAttrsView;
  constructor() {
    super(45);
  }
  /** inet: nest (type 2). */
  get inet(): IflaAttrsView | undefined {
    return this.$nest(2, this.#c2 ??= new IflaAttrsView());
  }
  /** inet6: nest (type 10). */
  get inet6(): Ifla6AttrsView | undefined {
    return this.$nest(10, this.#c10 ??= new Ifla6AttrsView());
  }
  /** mctp: nest (type 45). */
  get mctp(): MctpAttrsView | undefined {
    return this.$nest(45, this.#c45 ??= new MctpAttrsView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): AfSpecAttrsValues {
    return decodeValues(schema, "af-spec-attrs", this, false) as AfSpecAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "af-spec-attrs", this, true);
  }
}

/**
 * Writes the attributes of af-spec-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeAfSpecAttrs(w: MessageWriter, v: AfSpecAttrsValues): void {
  if (v.inet !== undefined) {
    const n = w.nestStart(2);
    writeIflaAttrs(w, v.inet);
    w.nestEnd(n);
  }
  if (v.inet6 !== undefined) {
    const n = w.nestStart(10);
    writeIfla6Attrs(w, v.inet6);
    w.nestEnd(n);
  }
  if (v.mctp !== undefined) {
    const n = w.nestStart(45);
    writeMctpAttrs(w, v.mctp);
    w.nestEnd(n);
  }
}

/** Attribute type numbers of vfinfo-list-attrs. */
export const VfinfoListAttrs = {
  info: 1,
} as const;

/** The attributes of vfinfo-list-attrs as a plain object (requests, `toObject()`). */
export interface VfinfoListAttrsValues {
  /** info: nest, multi-attr (type 1). */
  info?: (VfinfoAttrsValues)[];
}

/**
 * The vfinfo-list-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class VfinfoListAttrsView extends AttrView {
  #c1?: VfinfoAttrsView;
  constructor() {
    super(1);
  }
  /** info: nest, multi-attr (type 1). */
  get info(): IterableIterator<VfinfoAttrsView> {
    return this.#each1();
  }
  *#each1(): Generator<VfinfoAttrsView, void, undefined> {
    for (const at of this.$each(1)) yield this.$nestAt(at, this.#c1 ??= new VfinfoAttrsView());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): VfinfoListAttrsValues {
    return decodeValues(schema, "vfinfo-list-attrs", this, false) as VfinfoListAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "vfinfo-list-attrs", this, true);
  }
}

/**
 * Writes the attributes of vfinfo-list-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeVfinfoListAttrs(w: MessageWriter, v: VfinfoListAttrsValues): void {
  if (v.info !== undefined) {
    for (const x of v.info) {
      const n = w.nestStart(1);
      writeVfinfoAttrs(w, x);
      w.nestEnd(n);
    }
  }
}

/** Attribute type numbers of vfinfo-attrs. */
export const VfinfoAttrs = {
  mac: 1,
  vlan: 2,
  txRate: 3,
  spoofchk: 4,
  linkState: 5,
  rate: 6,
  rssQueryEn: 7,
  stats: 8,
  trust: 9,
  ibNodeGuid: 10,
  ibPortGuid: 11,
  vlanList: 12,
  broadcast: 13,
} as const;

/** The attributes of vfinfo-attrs as a plain object (requests, `toObject()`). */
export interface VfinfoAttrsValues {
  /** mac: binary (type 1). */
  mac?: IflaVfMacFields;
  /** vlan: binary (type 2). */
  vlan?: IflaVfVlanFields;
  /** tx-rate: binary (type 3). */
  txRate?: IflaVfTxRateFields;
  /** spoofchk: binary (type 4). */
  spoofchk?: IflaVfSpoofchkFields;
  /** link-state: binary (type 5). */
  linkState?: IflaVfLinkStateFields;
  /** rate: binary (type 6). */
  rate?: IflaVfRateFields;
  /** rss-query-en: binary (type 7). */
  rssQueryEn?: IflaVfRssQueryEnFields;
  /** stats: nest (type 8). */
  stats?: VfStatsAttrsValues;
  /** trust: binary (type 9). */
  trust?: IflaVfTrustFields;
  /** ib-node-guid: binary (type 10). */
  ibNodeGuid?: IflaVfGuidFields;
  /** ib-port-guid: binary (type 11). */
  ibPortGuid?: IflaVfGuidFields;
  /** vlan-list: nest (type 12). */
  vlanList?: VfVlanAttrsValues;
  /** broadcast: binary (type 13). */
  broadcast?: Uint8Array;
}

/**
 * The vfinfo-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class VfinfoAttrsView extends AttrView {
  #c1?: IflaVfMac;
  #c2?: IflaVfVlan;
  #c3?: IflaVfTxRate;
  #c4?: IflaVfSpoofchk;
  #c5?: IflaVfLinkState;
  #c6?: IflaVfRate;
  #c7?: IflaVfRssQueryEn;
  #c8?: VfStatsAttrsView;
  #c9?: IflaVfTrust;
  #c10?: IflaVfGuid;
  #c11?: IflaVfGuid;
  #c12?: VfVlanAttrsView;
  constructor() {
    super(13);
  }
  /** mac: binary (type 1). */
  get mac(): IflaVfMac | undefined {
    return this.$struct(1, this.#c1 ??= new IflaVfMac());
  }
  /** vlan: binary (type 2). */
  get vlan(): IflaVfVlan | undefined {
    return this.$struct(2, this.#c2 ??= new IflaVfVlan());
  }
  /** tx-rate: binary (type 3). */
  get txRate(): IflaVfTxRate | undefined {
    return this.$struct(3, this.#c3 ??= new IflaVfTxRate());
  }
  /** spoofchk: binary (type 4). */
  get spoofchk(): IflaVfSpoofchk | undefined {
    return this.$struct(4, this.#c4 ??= new IflaVfSpoofchk());
  }
  /** link-state: binary (type 5). */
  get linkState(): IflaVfLinkState | undefined {
    return this.$struct(5, this.#c5 ??= new IflaVfLinkState());
  }
  /** rate: binary (type 6). */
  get rate(): IflaVfRate | undefined {
    return this.$struct(6, this.#c6 ??= new IflaVfRate());
  }
  /** rss-query-en: binary (type 7). */
  get rssQueryEn(): IflaVfRssQueryEn | undefined {
    return this.$struct(7, this.#c7 ??= new IflaVfRssQueryEn());
  }
  /** stats: nest (type 8). */
  get stats(): VfStatsAttrsView | undefined {
    return this.$nest(8, this.#c8 ??= new VfStatsAttrsView());
  }
  /** trust: binary (type 9). */
  get trust(): IflaVfTrust | undefined {
    return this.$struct(9, this.#c9 ??= new IflaVfTrust());
  }
  /** ib-node-guid: binary (type 10). */
  get ibNodeGuid(): IflaVfGuid | undefined {
    return this.$struct(10, this.#c10 ??= new IflaVfGuid());
  }
  /** ib-port-guid: binary (type 11). */
  get ibPortGuid(): IflaVfGuid | undefined {
    return this.$struct(11, this.#c11 ??= new IflaVfGuid());
  }
  /** vlan-list: nest (type 12). */
  get vlanList(): VfVlanAttrsView | undefined {
    return this.$nest(12, this.#c12 ??= new VfVlanAttrsView());
  }
  /** broadcast: binary (type 13). */
  get broadcast(): Uint8Array | undefined {
    return this.$bin(13);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): VfinfoAttrsValues {
    return decodeValues(schema, "vfinfo-attrs", this, false) as VfinfoAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "vfinfo-attrs", this, true);
  }
}

/**
 * Writes the attributes of vfinfo-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeVfinfoAttrs(w: MessageWriter, v: VfinfoAttrsValues): void {
  if (v.mac !== undefined) IflaVfMac.write(w.view, putZeroed(w, 1, IflaVfMac.SIZE), v.mac);
  if (v.vlan !== undefined) IflaVfVlan.write(w.view, putZeroed(w, 2, IflaVfVlan.SIZE), v.vlan);
  if (v.txRate !== undefined) {
    IflaVfTxRate.write(w.view, putZeroed(w, 3, IflaVfTxRate.SIZE), v.txRate);
  }
  if (v.spoofchk !== undefined) {
    IflaVfSpoofchk.write(w.view, putZeroed(w, 4, IflaVfSpoofchk.SIZE), v.spoofchk);
  }
  if (v.linkState !== undefined) {
    IflaVfLinkState.write(w.view, putZeroed(w, 5, IflaVfLinkState.SIZE), v.linkState);
  }
  if (v.rate !== undefined) IflaVfRate.write(w.view, putZeroed(w, 6, IflaVfRate.SIZE), v.rate);
  if (v.rssQueryEn !== undefined) {
    IflaVfRssQueryEn.write(w.view, putZeroed(w, 7, IflaVfRssQueryEn.SIZE), v.rssQueryEn);
  }
  if (v.stats !== undefined) {
    const n = w.nestStart(8);
    writeVfStatsAttrs(w, v.stats);
    w.nestEnd(n);
  }
  if (v.trust !== undefined) IflaVfTrust.write(w.view, putZeroed(w, 9, IflaVfTrust.SIZE), v.trust);
  if (v.ibNodeGuid !== undefined) {
    IflaVfGuid.write(w.view, putZeroed(w, 10, IflaVfGuid.SIZE), v.ibNodeGuid);
  }
  if (v.ibPortGuid !== undefined) {
    IflaVfGuid.write(w.view, putZeroed(w, 11, IflaVfGuid.SIZE), v.ibPortGuid);
  }
  if (v.vlanList !== undefined) {
    const n = w.nestStart(12);
    writeVfVlanAttrs(w, v.vlanList);
    w.nestEnd(n);
  }
  if (v.broadcast !== undefined) w.putBytes(13, v.broadcast);
}

/** Attribute type numbers of vf-stats-attrs. */
export const VfStatsAttrs = {
  rxPackets: 0,
  txPackets: 1,
  rxBytes: 2,
  txBytes: 3,
  broadcast: 4,
  multicast: 5,
  pad: 6,
  rxDropped: 7,
  txDropped: 8,
} as const;

/** The attributes of vf-stats-attrs as a plain object (requests, `toObject()`). */
export interface VfStatsAttrsValues {
  /** rx-packets: u64 (type 0). */
  rxPackets?: bigint | number;
  /** tx-packets: u64 (type 1). */
  txPackets?: bigint | number;
  /** rx-bytes: u64 (type 2). */
  rxBytes?: bigint | number;
  /** tx-bytes: u64 (type 3). */
  txBytes?: bigint | number;
  /** broadcast: u64 (type 4). */
  broadcast?: bigint | number;
  /** multicast: u64 (type 5). */
  multicast?: bigint | number;
  /** rx-dropped: u64 (type 7). */
  rxDropped?: bigint | number;
  /** tx-dropped: u64 (type 8). */
  txDropped?: bigint | number;
}

/**
 * The vf-stats-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class VfStatsAttrsView extends AttrView {
  constructor() {
    super(8);
  }
  /** rx-packets: u64 (type 0). */
  get rxPackets(): bigint | undefined {
    return this.$u64(0);
  }
  /** tx-packets: u64 (type 1). */
  get txPackets(): bigint | undefined {
    return this.$u64(1);
  }
  /** rx-bytes: u64 (type 2). */
  get rxBytes(): bigint | undefined {
    return this.$u64(2);
  }
  /** tx-bytes: u64 (type 3). */
  get txBytes(): bigint | undefined {
    return this.$u64(3);
  }
  /** broadcast: u64 (type 4). */
  get broadcast(): bigint | undefined {
    return this.$u64(4);
  }
  /** multicast: u64 (type 5). */
  get multicast(): bigint | undefined {
    return this.$u64(5);
  }
  /** rx-dropped: u64 (type 7). */
  get rxDropped(): bigint | undefined {
    return this.$u64(7);
  }
  /** tx-dropped: u64 (type 8). */
  get txDropped(): bigint | undefined {
    return this.$u64(8);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): VfStatsAttrsValues {
    return decodeValues(schema, "vf-stats-attrs", this, false) as VfStatsAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "vf-stats-attrs", this, true);
  }
}

/**
 * Writes the attributes of vf-stats-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeVfStatsAttrs(w: MessageWriter, v: VfStatsAttrsValues): void {
  if (v.rxPackets !== undefined) w.putU64(0, BigInt(v.rxPackets));
  if (v.txPackets !== undefined) w.putU64(1, BigInt(v.txPackets));
  if (v.rxBytes !== undefined) w.putU64(2, BigInt(v.rxBytes));
  if (v.txBytes !== undefined) w.putU64(3, BigInt(v.txBytes));
  if (v.broadcast !== undefined) w.putU64(4, BigInt(v.broadcast));
  if (v.multicast !== undefined) w.putU64(5, BigInt(v.multicast));
  if (v.rxDropped !== undefined) w.putU64(7, BigInt(v.rxDropped));
  if (v.txDropped !== undefined) w.putU64(8, BigInt(v.txDropped));
}

/** Attribute type numbers of vf-vlan-attrs. */
export const VfVlanAttrs = {
  info: 1,
} as const;

/** The attributes of vf-vlan-attrs as a plain object (requests, `toObject()`). */
export interface VfVlanAttrsValues {
  /** info: binary, multi-attr (type 1). */
  info?: (IflaVfVlanInfoFields)[];
}

/**
 * The vf-vlan-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class VfVlanAttrsView extends AttrView {
  #c1?: IflaVfVlanInfo;
  constructor() {
    super(1);
  }
  /** info: binary, multi-attr (type 1). */
  get info(): IterableIterator<IflaVfVlanInfo> {
    return this.#each1();
  }
  *#each1(): Generator<IflaVfVlanInfo, void, undefined> {
    for (const at of this.$each(1)) yield this.$structAt(at, this.#c1 ??= new IflaVfVlanInfo());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): VfVlanAttrsValues {
    return decodeValues(schema, "vf-vlan-attrs", this, false) as VfVlanAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "vf-vlan-attrs", this, true);
  }
}

/**
 * Writes the attributes of vf-vlan-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeVfVlanAttrs(w: MessageWriter, v: VfVlanAttrsValues): void {
  if (v.info !== undefined) {
    for (const x of v.info) IflaVfVlanInfo.write(w.view, putZeroed(w, 1, IflaVfVlanInfo.SIZE), x);
  }
}

/** Attribute type numbers of vf-ports-attrs. */
export const VfPortsAttrs: Record<string, never> = {};

/** The attributes of vf-ports-attrs as a plain object (requests, `toObject()`). */
export type VfPortsAttrsValues = Record<string, never>;

/**
 * The vf-ports-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class VfPortsAttrsView extends AttrView {
  constructor() {
    super(0);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): VfPortsAttrsValues {
    return decodeValues(schema, "vf-ports-attrs", this, false) as VfPortsAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "vf-ports-attrs", this, true);
  }
}

/**
 * Writes the attributes of vf-ports-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeVfPortsAttrs(w: MessageWriter, v: VfPortsAttrsValues): void {
  void w, v;
}

/** Attribute type numbers of port-self-attrs. */
export const PortSelfAttrs: Record<string, never> = {};

/** The attributes of port-self-attrs as a plain object (requests, `toObject()`). */
export type PortSelfAttrsValues = Record<string, never>;

/**
 * The port-self-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PortSelfAttrsView extends AttrView {
  constructor() {
    super(0);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PortSelfAttrsValues {
    return decodeValues(schema, "port-self-attrs", this, false) as PortSelfAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "port-self-attrs", this, true);
  }
}

/**
 * Writes the attributes of port-self-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePortSelfAttrs(w: MessageWriter, v: PortSelfAttrsValues): void {
  void w, v;
}

/** Attribute type numbers of linkinfo-attrs. */
export const LinkinfoAttrs = {
  kind: 1,
  data: 2,
  xstats: 3,
  slaveKind: 4,
  slaveData: 5,
} as const;

/** The attributes of linkinfo-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoAttrsValues {
  /** kind: string (type 1). */
  kind?: string;
  /** data: sub-message (type 2). */
  data?:
    | LinkinfoBondAttrsValues
    | LinkinfoBridgeAttrsValues
    | LinkinfoGreAttrsValues
    | LinkinfoGeneveAttrsValues
    | LinkinfoIptunAttrsValues
    | LinkinfoTunAttrsValues
    | LinkinfoVlanAttrsValues
    | LinkinfoVrfAttrsValues
    | LinkinfoNetkitAttrsValues
    | LinkinfoVethAttrsValues;
  /** xstats: binary (type 3). */
  xstats?: Uint8Array;
  /** slave-kind: string (type 4). */
  slaveKind?: string;
  /** slave-data: sub-message (type 5). */
  slaveData?: LinkinfoBrportAttrsValues | BondSlaveAttrsValues;
}

/**
 * The linkinfo-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoAttrsView extends AttrView {
  #s2_0?: LinkinfoBondAttrsView;
  #s2_1?: LinkinfoBridgeAttrsView;
  #s2_2?: LinkinfoGreAttrsView;
  #s2_3?: LinkinfoGreAttrsView;
  #s2_4?: LinkinfoGreAttrsView;
  #s2_5?: LinkinfoGeneveAttrsView;
  #s2_6?: LinkinfoIptunAttrsView;
  #s2_7?: LinkinfoIptunAttrsView;
  #s2_8?: LinkinfoTunAttrsView;
  #s2_9?: LinkinfoVlanAttrsView;
  #s2_10?: LinkinfoVrfAttrsView;
  #s2_11?: LinkinfoNetkitAttrsView;
  #s2_12?: LinkinfoVethAttrsView;
  #s5_0?: LinkinfoBrportAttrsView;
  #s5_1?: BondSlaveAttrsView;
  constructor() {
    super(5);
  }
  /** kind: string (type 1). */
  get kind(): string | undefined {
    return this.$str(1);
  }
  /** data: sub-message (type 2). */
  get data():
    | LinkinfoBondAttrsView
    | LinkinfoBridgeAttrsView
    | LinkinfoGreAttrsView
    | LinkinfoGeneveAttrsView
    | LinkinfoIptunAttrsView
    | LinkinfoTunAttrsView
    | LinkinfoVlanAttrsView
    | LinkinfoVrfAttrsView
    | LinkinfoNetkitAttrsView
    | LinkinfoVethAttrsView
    | undefined {
    if (!this.has(2)) return undefined;
    switch (this.kind) {
      case "bond":
        return this.$nest(2, this.#s2_0 ??= new LinkinfoBondAttrsView());
      case "bridge":
        return this.$nest(2, this.#s2_1 ??= new LinkinfoBridgeAttrsView());
      case "erspan":
        return this.$nest(2, this.#s2_2 ??= new LinkinfoGreAttrsView());
      case "gre":
        return this.$nest(2, this.#s2_3 ??= new LinkinfoGreAttrsView());
      case "gretap":
        return this.$nest(2, this.#s2_4 ??= new LinkinfoGreAttrsView());
      case "geneve":
        return this.$nest(2, this.#s2_5 ??= new LinkinfoGeneveAttrsView());
      case "ipip":
        return this.$nest(2, this.#s2_6 ??= new LinkinfoIptunAttrsView());
      case "sit":
        return this.$nest(2, this.#s2_7 ??= new LinkinfoIptunAttrsView());
      case "tun":
        return this.$nest(2, this.#s2_8 ??= new LinkinfoTunAttrsView());
      case "vlan":
        return this.$nest(2, this.#s2_9 ??= new LinkinfoVlanAttrsView());
      case "vrf":
        return this.$nest(2, this.#s2_10 ??= new LinkinfoVrfAttrsView());
      case "netkit":
        return this.$nest(2, this.#s2_11 ??= new LinkinfoNetkitAttrsView());
      case "veth":
        return this.$nest(2, this.#s2_12 ??= new LinkinfoVethAttrsView());
    }
    return undefined;
  }
  /** xstats: binary (type 3). */
  get xstats(): Uint8Array | undefined {
    return this.$bin(3);
  }
  /** slave-kind: string (type 4). */
  get slaveKind(): string | undefined {
    return this.$str(4);
  }
  /** slave-data: sub-message (type 5). */
  get slaveData(): LinkinfoBrportAttrsView | BondSlaveAttrsView | undefined {
    if (!this.has(5)) return undefined;
    switch (this.slaveKind) {
      case "bridge":
        return this.$nest(5, this.#s5_0 ??= new LinkinfoBrportAttrsView());
      case "bond":
        return this.$nest(5, this.#s5_1 ??= new BondSlaveAttrsView());
    }
    return undefined;
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoAttrsValues {
    return decodeValues(schema, "linkinfo-attrs", this, false) as LinkinfoAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoAttrs(w: MessageWriter, v: LinkinfoAttrsValues): void {
  if (v.kind !== undefined) w.putString(1, v.kind);
  if (v.data !== undefined) {
    const sel = v.kind;
    switch (sel) {
      case "bond": {
        const n = w.nestStart(2);
        writeLinkinfoBondAttrs(w, v.data as LinkinfoBondAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "bridge": {
        const n = w.nestStart(2);
        writeLinkinfoBridgeAttrs(w, v.data as LinkinfoBridgeAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "erspan": {
        const n = w.nestStart(2);
        writeLinkinfoGreAttrs(w, v.data as LinkinfoGreAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "gre": {
        const n = w.nestStart(2);
        writeLinkinfoGreAttrs(w, v.data as LinkinfoGreAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "gretap": {
        const n = w.nestStart(2);
        writeLinkinfoGreAttrs(w, v.data as LinkinfoGreAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "geneve": {
        const n = w.nestStart(2);
        writeLinkinfoGeneveAttrs(w, v.data as LinkinfoGeneveAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "ipip": {
        const n = w.nestStart(2);
        writeLinkinfoIptunAttrs(w, v.data as LinkinfoIptunAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "sit": {
        const n = w.nestStart(2);
        writeLinkinfoIptunAttrs(w, v.data as LinkinfoIptunAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "tun": {
        const n = w.nestStart(2);
        writeLinkinfoTunAttrs(w, v.data as LinkinfoTunAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "vlan": {
        const n = w.nestStart(2);
        writeLinkinfoVlanAttrs(w, v.data as LinkinfoVlanAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "vrf": {
        const n = w.nestStart(2);
        writeLinkinfoVrfAttrs(w, v.data as LinkinfoVrfAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "netkit": {
        const n = w.nestStart(2);
        writeLinkinfoNetkitAttrs(w, v.data as LinkinfoNetkitAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "veth": {
        const n = w.nestStart(2);
        writeLinkinfoVethAttrs(w, v.data as LinkinfoVethAttrsValues);
        w.nestEnd(n);
        break;
      }
      default:
        throw new TypeError(
          `data: no format for kind ${
            JSON.stringify(sel)
          }; the spec has: bond, bridge, erspan, gre, gretap, geneve, ipip, sit, tun, vlan, vrf, netkit, veth`,
        );
    }
  }
  if (v.xstats !== undefined) w.putBytes(3, v.xstats);
  if (v.slaveKind !== undefined) w.putString(4, v.slaveKind);
  if (v.slaveData !== undefined) {
    const sel = v.slaveKind;
    switch (sel) {
      case "bridge": {
        const n = w.nestStart(5);
        writeLinkinfoBrportAttrs(w, v.slaveData as LinkinfoBrportAttrsValues);
        w.nestEnd(n);
        break;
      }
      case "bond": {
        const n = w.nestStart(5);
        writeBondSlaveAttrs(w, v.slaveData as BondSlaveAttrsValues);
        w.nestEnd(n);
        break;
      }
      default:
        throw new TypeError(
          `slave-data: no format for slave-kind ${JSON.stringify(sel)}; the spec has: bridge, bond`,
        );
    }
  }
}

/** Attribute type numbers of linkinfo-bond-attrs. */
export const LinkinfoBondAttrs = {
  mode: 1,
  activeSlave: 2,
  miimon: 3,
  updelay: 4,
  downdelay: 5,
  useCarrier: 6,
  arpInterval: 7,
  arpIpTarget: 8,
  arpValidate: 9,
  arpAllTargets: 10,
  primary: 11,
  primaryReselect: 12,
  failOverMac: 13,
  xmitHashPolicy: 14,
  resendIgmp: 15,
  numPeerNotif: 16,
  allSlavesActive: 17,
  minLinks: 18,
  lpInterval: 19,
  packetsPerSlave: 20,
  adLacpRate: 21,
  adSelect: 22,
  adInfo: 23,
  adActorSysPrio: 24,
  adUserPortKey: 25,
  adActorSystem: 26,
  tlbDynamicLb: 27,
  peerNotifDelay: 28,
  adLacpActive: 29,
  missedMax: 30,
  nsIp6Target: 31,
  coupledControl: 32,
} as const;

/** The attributes of linkinfo-bond-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoBondAttrsValues {
  /** mode: u8 (type 1). */
  mode?: number;
  /** active-slave: u32 (type 2). */
  activeSlave?: number;
  /** miimon: u32 (type 3). */
  miimon?: number;
  /** updelay: u32 (type 4). */
  updelay?: number;
  /** downdelay: u32 (type 5). */
  downdelay?: number;
  /** use-carrier: u8 (type 6). */
  useCarrier?: number;
  /** arp-interval: u32 (type 7). */
  arpInterval?: number;
  /** arp-ip-target: indexed-array; display hint ipv4; big-endian (type 8). */
  arpIpTarget?: (number)[];
  /** arp-validate: u32 (type 9). */
  arpValidate?: number;
  /** arp-all-targets: u32 (type 10). */
  arpAllTargets?: number;
  /** primary: u32 (type 11). */
  primary?: number;
  /** primary-reselect: u8 (type 12). */
  primaryReselect?: number;
  /** fail-over-mac: u8 (type 13). */
  failOverMac?: number;
  /** xmit-hash-policy: u8 (type 14). */
  xmitHashPolicy?: number;
  /** resend-igmp: u32 (type 15). */
  resendIgmp?: number;
  /** num-peer-notif: u8 (type 16). */
  numPeerNotif?: number;
  /** all-slaves-active: u8 (type 17). */
  allSlavesActive?: number;
  /** min-links: u32 (type 18). */
  minLinks?: number;
  /** lp-interval: u32 (type 19). */
  lpInterval?: number;
  /** packets-per-slave: u32 (type 20). */
  packetsPerSlave?: number;
  /** ad-lacp-rate: u8 (type 21). */
  adLacpRate?: number;
  /** ad-select: u8 (type 22). */
  adSelect?: number;
  /** ad-info: nest (type 23). */
  adInfo?: BondAdInfoAttrsValues;
  /** ad-actor-sys-prio: u16 (type 24). */
  adActorSysPrio?: number;
  /** ad-user-port-key: u16 (type 25). */
  adUserPortKey?: number;
  /** ad-actor-system: binary; display hint mac (type 26). */
  adActorSystem?: Uint8Array | string;
  /** tlb-dynamic-lb: u8 (type 27). */
  tlbDynamicLb?: number;
  /** peer-notif-delay: u32 (type 28). */
  peerNotifDelay?: number;
  /** ad-lacp-active: u8 (type 29). */
  adLacpActive?: number;
  /** missed-max: u8 (type 30). */
  missedMax?: number;
  /** ns-ip6-target: indexed-array; display hint ipv6 (type 31). */
  nsIp6Target?: (Uint8Array | string)[];
  /** coupled-control: u8 (type 32). */
  coupledControl?: number;
}

/**
 * The linkinfo-bond-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoBondAttrsView extends AttrView {
  #c23?: BondAdInfoAttrsView;
  constructor() {
    super(32);
  }
  /** mode: u8 (type 1). */
  get mode(): number | undefined {
    return this.$u8(1);
  }
  /** active-slave: u32 (type 2). */
  get activeSlave(): number | undefined {
    return this.$u32(2);
  }
  /** miimon: u32 (type 3). */
  get miimon(): number | undefined {
    return this.$u32(3);
  }
  /** updelay: u32 (type 4). */
  get updelay(): number | undefined {
    return this.$u32(4);
  }
  /** downdelay: u32 (type 5). */
  get downdelay(): number | undefined {
    return this.$u32(5);
  }
  /** use-carrier: u8 (type 6). */
  get useCarrier(): number | undefined {
    return this.$u8(6);
  }
  /** arp-interval: u32 (type 7). */
  get arpInterval(): number | undefined {
    return this.$u32(7);
  }
  /** arp-ip-target: indexed-array; display hint ipv4; big-endian (type 8). */
  get arpIpTarget(): IterableIterator<number> | undefined {
    return this.has(8) ? this.#items8() : undefined;
  }
  *#items8(): Generator<number, void, undefined> {
    for (const at of this.$items(8)) yield this.$scalarAt(at, "u32", true) as number;
  }
  /** arp-validate: u32 (type 9). */
  get arpValidate(): number | undefined {
    return this.$u32(9);
  }
  /** arp-all-targets: u32 (type 10). */
  get arpAllTargets(): number | undefined {
    return this.$u32(10);
  }
  /** primary: u32 (type 11). */
  get primary(): number | undefined {
    return this.$u32(11);
  }
  /** primary-reselect: u8 (type 12). */
  get primaryReselect(): number | undefined {
    return this.$u8(12);
  }
  /** fail-over-mac: u8 (type 13). */
  get failOverMac(): number | undefined {
    return this.$u8(13);
  }
  /** xmit-hash-policy: u8 (type 14). */
  get xmitHashPolicy(): number | undefined {
    return this.$u8(14);
  }
  /** resend-igmp: u32 (type 15). */
  get resendIgmp(): number | undefined {
    return this.$u32(15);
  }
  /** num-peer-notif: u8 (type 16). */
  get numPeerNotif(): number | undefined {
    return this.$u8(16);
  }
  /** all-slaves-active: u8 (type 17). */
  get allSlavesActive(): number | undefined {
    return this.$u8(17);
  }
  /** min-links: u32 (type 18). */
  get minLinks(): number | undefined {
    return this.$u32(18);
  }
  /** lp-interval: u32 (type 19). */
  get lpInterval(): number | undefined {
    return this.$u32(19);
  }
  /** packets-per-slave: u32 (type 20). */
  get packetsPerSlave(): number | undefined {
    return this.$u32(20);
  }
  /** ad-lacp-rate: u8 (type 21). */
  get adLacpRate(): number | undefined {
    return this.$u8(21);
  }
  /** ad-select: u8 (type 22). */
  get adSelect(): number | undefined {
    return this.$u8(22);
  }
  /** ad-info: nest (type 23). */
  get adInfo(): BondAdInfoAttrsView | undefined {
    return this.$nest(23, this.#c23 ??= new BondAdInfoAttrsView());
  }
  /** ad-actor-sys-prio: u16 (type 24). */
  get adActorSysPrio(): number | undefined {
    return this.$u16(24);
  }
  /** ad-user-port-key: u16 (type 25). */
  get adUserPortKey(): number | undefined {
    return this.$u16(25);
  }
  /** ad-actor-system: binary; display hint mac (type 26). */
  get adActorSystem(): Uint8Array | undefined {
    return this.$bin(26);
  }
  /** ad-actor-system as text (display hint mac), or `undefined`. */
  get adActorSystemText(): string | undefined {
    const v = this.$bin(26);
    return v === undefined ? undefined : bytesToText("mac", v);
  }
  /** tlb-dynamic-lb: u8 (type 27). */
  get tlbDynamicLb(): number | undefined {
    return this.$u8(27);
  }
  /** peer-notif-delay: u32 (type 28). */
  get peerNotifDelay(): number | undefined {
    return this.$u32(28);
  }
  /** ad-lacp-active: u8 (type 29). */
  get adLacpActive(): number | undefined {
    return this.$u8(29);
  }
  /** missed-max: u8 (type 30). */
  get missedMax(): number | undefined {
    return this.$u8(30);
  }
  /** ns-ip6-target: indexed-array; display hint ipv6 (type 31). */
  get nsIp6Target(): IterableIterator<Uint8Array> | undefined {
    return this.has(31) ? this.#items31() : undefined;
  }
  *#items31(): Generator<Uint8Array, void, undefined> {
    for (const at of this.$items(31)) yield this.$binAt(at);
  }
  /** coupled-control: u8 (type 32). */
  get coupledControl(): number | undefined {
    return this.$u8(32);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoBondAttrsValues {
    return decodeValues(schema, "linkinfo-bond-attrs", this, false) as LinkinfoBondAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-bond-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-bond-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoBondAttrs(w: MessageWriter, v: LinkinfoBondAttrsValues): void {
  if (v.mode !== undefined) w.putU8(1, v.mode);
  if (v.activeSlave !== undefined) w.putU32(2, v.activeSlave);
  if (v.miimon !== undefined) w.putU32(3, v.miimon);
  if (v.updelay !== undefined) w.putU32(4, v.updelay);
  if (v.downdelay !== undefined) w.putU32(5, v.downdelay);
  if (v.useCarrier !== undefined) w.putU8(6, v.useCarrier);
  if (v.arpInterval !== undefined) w.putU32(7, v.arpInterval);
  if (v.arpIpTarget !== undefined) {
    const n = w.nestStart(8);
    v.arpIpTarget.forEach((y, i) => {
      w.putU32BE(i, y);
    });
    w.nestEnd(n);
  }
  if (v.arpValidate !== undefined) w.putU32(9, v.arpValidate);
  if (v.arpAllTargets !== undefined) w.putU32(10, v.arpAllTargets);
  if (v.primary !== undefined) w.putU32(11, v.primary);
  if (v.primaryReselect !== undefined) w.putU8(12, v.primaryReselect);
  if (v.failOverMac !== undefined) w.putU8(13, v.failOverMac);
  if (v.xmitHashPolicy !== undefined) w.putU8(14, v.xmitHashPolicy);
  if (v.resendIgmp !== undefined) w.putU32(15, v.resendIgmp);
  if (v.numPeerNotif !== undefined) w.putU8(16, v.numPeerNotif);
  if (v.allSlavesActive !== undefined) w.putU8(17, v.allSlavesActive);
  if (v.minLinks !== undefined) w.putU32(18, v.minLinks);
  if (v.lpInterval !== undefined) w.putU32(19, v.lpInterval);
  if (v.packetsPerSlave !== undefined) w.putU32(20, v.packetsPerSlave);
  if (v.adLacpRate !== undefined) w.putU8(21, v.adLacpRate);
  if (v.adSelect !== undefined) w.putU8(22, v.adSelect);
  if (v.adInfo !== undefined) {
    const n = w.nestStart(23);
    writeBondAdInfoAttrs(w, v.adInfo);
    w.nestEnd(n);
  }
  if (v.adActorSysPrio !== undefined) w.putU16(24, v.adActorSysPrio);
  if (v.adUserPortKey !== undefined) w.putU16(25, v.adUserPortKey);
  if (v.adActorSystem !== undefined) {
    w.putBytes(
      26,
      typeof v.adActorSystem === "string" ? textToBytes("mac", v.adActorSystem) : v.adActorSystem,
    );
  }
  if (v.tlbDynamicLb !== undefined) w.putU8(27, v.tlbDynamicLb);
  if (v.peerNotifDelay !== undefined) w.putU32(28, v.peerNotifDelay);
  if (v.adLacpActive !== undefined) w.putU8(29, v.adLacpActive);
  if (v.missedMax !== undefined) w.putU8(30, v.missedMax);
  if (v.nsIp6Target !== undefined) {
    const n = w.nestStart(31);
    v.nsIp6Target.forEach((y, i) => {
      w.putBytes(i, typeof y === "string" ? textToBytes("ipv6", y) : y);
    });
    w.nestEnd(n);
  }
  if (v.coupledControl !== undefined) w.putU8(32, v.coupledControl);
}

/** Attribute type numbers of bond-ad-info-attrs. */
export const BondAdInfoAttrs = {
  aggregator: 1,
  numPorts: 2,
  actorKey: 3,
  partnerKey: 4,
  partnerMac: 5,
} as const;

/** The attributes of bond-ad-info-attrs as a plain object (requests, `toObject()`). */
export interface BondAdInfoAttrsValues {
  /** aggregator: u16 (type 1). */
  aggregator?: number;
  /** num-ports: u16 (type 2). */
  numPorts?: number;
  /** actor-key: u16 (type 3). */
  actorKey?: number;
  /** partner-key: u16 (type 4). */
  partnerKey?: number;
  /** partner-mac: binary; display hint mac (type 5). */
  partnerMac?: Uint8Array | string;
}

/**
 * The bond-ad-info-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class BondAdInfoAttrsView extends AttrView {
  constructor() {
    super(5);
  }
  /** aggregator: u16 (type 1). */
  get aggregator(): number | undefined {
    return this.$u16(1);
  }
  /** num-ports: u16 (type 2). */
  get numPorts(): number | undefined {
    return this.$u16(2);
  }
  /** actor-key: u16 (type 3). */
  get actorKey(): number | undefined {
    return this.$u16(3);
  }
  /** partner-key: u16 (type 4). */
  get partnerKey(): number | undefined {
    return this.$u16(4);
  }
  /** partner-mac: binary; display hint mac (type 5). */
  get partnerMac(): Uint8Array | undefined {
    return this.$bin(5);
  }
  /** partner-mac as text (display hint mac), or `undefined`. */
  get partnerMacText(): string | undefined {
    const v = this.$bin(5);
    return v === undefined ? undefined : bytesToText("mac", v);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): BondAdInfoAttrsValues {
    return decodeValues(schema, "bond-ad-info-attrs", this, false) as BondAdInfoAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "bond-ad-info-attrs", this, true);
  }
}

/**
 * Writes the attributes of bond-ad-info-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeBondAdInfoAttrs(w: MessageWriter, v: BondAdInfoAttrsValues): void {
  if (v.aggregator !== undefined) w.putU16(1, v.aggregator);
  if (v.numPorts !== undefined) w.putU16(2, v.numPorts);
  if (v.actorKey !== undefined) w.putU16(3, v.actorKey);
  if (v.partnerKey !== undefined) w.putU16(4, v.partnerKey);
  if (v.partnerMac !== undefined) {
    w.putBytes(
      5,
      typeof v.partnerMac === "string" ? textToBytes("mac", v.partnerMac) : v.partnerMac,
    );
  }
}

/** Attribute type numbers of bond-slave-attrs. */
export const BondSlaveAttrs = {
  state: 1,
  miiStatus: 2,
  linkFailureCount: 3,
  permHwaddr: 4,
  queueId: 5,
  adAggregatorId: 6,
  adActorOperPortState: 7,
  adPartnerOperPortState: 8,
  prio: 9,
} as const;

/** The attributes of bond-slave-attrs as a plain object (requests, `toObject()`). */
export interface BondSlaveAttrsValues {
  /** state: u8 (type 1). */
  state?: number;
  /** mii-status: u8 (type 2). */
  miiStatus?: number;
  /** link-failure-count: u32 (type 3). */
  linkFailureCount?: number;
  /** perm-hwaddr: binary; display hint mac (type 4). */
  permHwaddr?: Uint8Array | string;
  /** queue-id: u16 (type 5). */
  queueId?: number;
  /** ad-aggregator-id: u16 (type 6). */
  adAggregatorId?: number;
  /** ad-actor-oper-port-state: u8 (type 7). */
  adActorOperPortState?: number;
  /** ad-partner-oper-port-state: u16 (type 8). */
  adPartnerOperPortState?: number;
  /** prio: u32 (type 9). */
  prio?: number;
}

/**
 * The bond-slave-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class BondSlaveAttrsView extends AttrView {
  constructor() {
    super(9);
  }
  /** state: u8 (type 1). */
  get state(): number | undefined {
    return this.$u8(1);
  }
  /** mii-status: u8 (type 2). */
  get miiStatus(): number | undefined {
    return this.$u8(2);
  }
  /** link-failure-count: u32 (type 3). */
  get linkFailureCount(): number | undefined {
    return this.$u32(3);
  }
  /** perm-hwaddr: binary; display hint mac (type 4). */
  get permHwaddr(): Uint8Array | undefined {
    return this.$bin(4);
  }
  /** perm-hwaddr as text (display hint mac), or `undefined`. */
  get permHwaddrText(): string | undefined {
    const v = this.$bin(4);
    return v === undefined ? undefined : bytesToText("mac", v);
  }
  /** queue-id: u16 (type 5). */
  get queueId(): number | undefined {
    return this.$u16(5);
  }
  /** ad-aggregator-id: u16 (type 6). */
  get adAggregatorId(): number | undefined {
    return this.$u16(6);
  }
  /** ad-actor-oper-port-state: u8 (type 7). */
  get adActorOperPortState(): number | undefined {
    return this.$u8(7);
  }
  /** ad-partner-oper-port-state: u16 (type 8). */
  get adPartnerOperPortState(): number | undefined {
    return this.$u16(8);
  }
  /** prio: u32 (type 9). */
  get prio(): number | undefined {
    return this.$u32(9);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): BondSlaveAttrsValues {
    return decodeValues(schema, "bond-slave-attrs", this, false) as BondSlaveAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "bond-slave-attrs", this, true);
  }
}

/**
 * Writes the attributes of bond-slave-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeBondSlaveAttrs(w: MessageWriter, v: BondSlaveAttrsValues): void {
  if (v.state !== undefined) w.putU8(1, v.state);
  if (v.miiStatus !== undefined) w.putU8(2, v.miiStatus);
  if (v.linkFailureCount !== undefined) w.putU32(3, v.linkFailureCount);
  if (v.permHwaddr !== undefined) {
    w.putBytes(
      4,
      typeof v.permHwaddr === "string" ? textToBytes("mac", v.permHwaddr) : v.permHwaddr,
    );
  }
  if (v.queueId !== undefined) w.putU16(5, v.queueId);
  if (v.adAggregatorId !== undefined) w.putU16(6, v.adAggregatorId);
  if (v.adActorOperPortState !== undefined) w.putU8(7, v.adActorOperPortState);
  if (v.adPartnerOperPortState !== undefined) w.putU16(8, v.adPartnerOperPortState);
  if (v.prio !== undefined) w.putU32(9, v.prio);
}

/** Attribute type numbers of linkinfo-bridge-attrs. */
export const LinkinfoBridgeAttrs = {
  forwardDelay: 1,
  helloTime: 2,
  maxAge: 3,
  ageingTime: 4,
  stpState: 5,
  priority: 6,
  vlanFiltering: 7,
  vlanProtocol: 8,
  groupFwdMask: 9,
  rootId: 10,
  bridgeId: 11,
  rootPort: 12,
  rootPathCost: 13,
  topologyChange: 14,
  topologyChangeDetected: 15,
  helloTimer: 16,
  tcnTimer: 17,
  topologyChangeTimer: 18,
  gcTimer: 19,
  groupAddr: 20,
  fdbFlush: 21,
  mcastRouter: 22,
  mcastSnooping: 23,
  mcastQueryUseIfaddr: 24,
  mcastQuerier: 25,
  mcastHashElasticity: 26,
  mcastHashMax: 27,
  mcastLastMemberCnt: 28,
  mcastStartupQueryCnt: 29,
  mcastLastMemberIntvl: 30,
  mcastMembershipIntvl: 31,
  mcastQuerierIntvl: 32,
  mcastQueryIntvl: 33,
  mcastQueryResponseIntvl: 34,
  mcastStartupQueryIntvl: 35,
  nfCallIptables: 36,
  nfCallIp6Tables: 37,
  nfCallArptables: 38,
  vlanDefaultPvid: 39,
  pad: 40,
  vlanStatsEnabled: 41,
  mcastStatsEnabled: 42,
  mcastIgmpVersion: 43,
  mcastMldVersion: 44,
  vlanStatsPerPort: 45,
  multiBoolopt: 46,
  mcastQuerierState: 47,
  fdbNLearned: 48,
  fdbMaxLearned: 49,
} as const;

/** The attributes of linkinfo-bridge-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoBridgeAttrsValues {
  /** forward-delay: u32 (type 1). */
  forwardDelay?: number;
  /** hello-time: u32 (type 2). */
  helloTime?: number;
  /** max-age: u32 (type 3). */
  maxAge?: number;
  /** ageing-time: u32 (type 4). */
  ageingTime?: number;
  /** stp-state: u32 (type 5). */
  stpState?: number;
  /** priority: u16 (type 6). */
  priority?: number;
  /** vlan-filtering: u8 (type 7). */
  vlanFiltering?: number;
  /** vlan-protocol: u16 (type 8). */
  vlanProtocol?: number;
  /** group-fwd-mask: u16 (type 9). */
  groupFwdMask?: number;
  /** root-id: binary (type 10). */
  rootId?: IflaBridgeIdFields;
  /** bridge-id: binary (type 11). */
  bridgeId?: IflaBridgeIdFields;
  /** root-port: u16 (type 12). */
  rootPort?: number;
  /** root-path-cost: u32 (type 13). */
  rootPathCost?: number;
  /** topology-change: u8 (type 14). */
  topologyChange?: number;
  /** topology-change-detected: u8 (type 15). */
  topologyChangeDetected?: number;
  /** hello-timer: u64 (type 16). */
  helloTimer?: bigint | number;
  /** tcn-timer: u64 (type 17). */
  tcnTimer?: bigint | number;
  /** topology-change-timer: u64 (type 18). */
  topologyChangeTimer?: bigint | number;
  /** gc-timer: u64 (type 19). */
  gcTimer?: bigint | number;
  /** group-addr: binary; display hint mac (type 20). */
  groupAddr?: Uint8Array | string;
  /** fdb-flush: binary (type 21). */
  fdbFlush?: Uint8Array;
  /** mcast-router: u8 (type 22). */
  mcastRouter?: number;
  /** mcast-snooping: u8 (type 23). */
  mcastSnooping?: number;
  /** mcast-query-use-ifaddr: u8 (type 24). */
  mcastQueryUseIfaddr?: number;
  /** mcast-querier: u8 (type 25). */
  mcastQuerier?: number;
  /** mcast-hash-elasticity: u32 (type 26). */
  mcastHashElasticity?: number;
  /** mcast-hash-max: u32 (type 27). */
  mcastHashMax?: number;
  /** mcast-last-member-cnt: u32 (type 28). */
  mcastLastMemberCnt?: number;
  /** mcast-startup-query-cnt: u32 (type 29). */
  mcastStartupQueryCnt?: number;
  /** mcast-last-member-intvl: u64 (type 30). */
  mcastLastMemberIntvl?: bigint | number;
  /** mcast-membership-intvl: u64 (type 31). */
  mcastMembershipIntvl?: bigint | number;
  /** mcast-querier-intvl: u64 (type 32). */
  mcastQuerierIntvl?: bigint | number;
  /** mcast-query-intvl: u64 (type 33). */
  mcastQueryIntvl?: bigint | number;
  /** mcast-query-response-intvl: u64 (type 34). */
  mcastQueryResponseIntvl?: bigint | number;
  /** mcast-startup-query-intvl: u64 (type 35). */
  mcastStartupQueryIntvl?: bigint | number;
  /** nf-call-iptables: u8 (type 36). */
  nfCallIptables?: number;
  /** nf-call-ip6-tables: u8 (type 37). */
  nfCallIp6Tables?: number;
  /** nf-call-arptables: u8 (type 38). */
  nfCallArptables?: number;
  /** vlan-default-pvid: u16 (type 39). */
  vlanDefaultPvid?: number;
  /** vlan-stats-enabled: u8 (type 41). */
  vlanStatsEnabled?: number;
  /** mcast-stats-enabled: u8 (type 42). */
  mcastStatsEnabled?: number;
  /** mcast-igmp-version: u8 (type 43). */
  mcastIgmpVersion?: number;
  /** mcast-mld-version: u8 (type 44). */
  mcastMldVersion?: number;
  /** vlan-stats-per-port: u8 (type 45). */
  vlanStatsPerPort?: number;
  /** multi-boolopt: binary (type 46). */
  multiBoolopt?: BrBooloptMultiFields;
  /** mcast-querier-state: binary (type 47). */
  mcastQuerierState?: Uint8Array;
  /** fdb-n-learned: u32 (type 48). */
  fdbNLearned?: number;
  /** fdb-max-learned: u32 (type 49). */
  fdbMaxLearned?: number;
}

/**
 * The linkinfo-bridge-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoBridgeAttrsView extends AttrView {
  #c10?: IflaBridgeId;
  #c11?: IflaBridgeId;
  #c46?: BrBooloptMulti;
  constructor() {
    super(49);
  }
  /** forward-delay: u32 (type 1). */
  get forwardDelay(): number | undefined {
    return this.$u32(1);
  }
  /** hello-time: u32 (type 2). */
  get helloTime(): number | undefined {
    return this.$u32(2);
  }
  /** max-age: u32 (type 3). */
  get maxAge(): number | undefined {
    return this.$u32(3);
  }
  /** ageing-time: u32 (type 4). */
  get ageingTime(): number | undefined {
    return this.$u32(4);
  }
  /** stp-state: u32 (type 5). */
  get stpState(): number | undefined {
    return this.$u32(5);
  }
  /** priority: u16 (type 6). */
  get priority(): number | undefined {
    return this.$u16(6);
  }
  /** vlan-filtering: u8 (type 7). */
  get vlanFiltering(): number | undefined {
    return this.$u8(7);
  }
  /** vlan-protocol: u16 (type 8). */
  get vlanProtocol(): number | undefined {
    return this.$u16(8);
  }
  /** group-fwd-mask: u16 (type 9). */
  get groupFwdMask(): number | undefined {
    return this.$u16(9);
  }
  /** root-id: binary (type 10). */
  get rootId(): IflaBridgeId | undefined {
    return this.$struct(10, this.#c10 ??= new IflaBridgeId());
  }
  /** bridge-id: binary (type 11). */
  get bridgeId(): IflaBridgeId | undefined {
    return this.$struct(11, this.#c11 ??= new IflaBridgeId());
  }
  /** root-port: u16 (type 12). */
  get rootPort(): number | undefined {
    return this.$u16(12);
  }
  /** root-path-cost: u32 (type 13). */
  get rootPathCost(): number | undefined {
    return this.$u32(13);
  }
  /** topology-change: u8 (type 14). */
  get topologyChange(): number | undefined {
    return this.$u8(14);
  }
  /** topology-change-detected: u8 (type 15). */
  get topologyChangeDetected(): number | undefined {
    return this.$u8(15);
  }
  /** hello-timer: u64 (type 16). */
  get helloTimer(): bigint | undefined {
    return this.$u64(16);
  }
  /** tcn-timer: u64 (type 17). */
  get tcnTimer(): bigint | undefined {
    return this.$u64(17);
  }
  /** topology-change-timer: u64 (type 18). */
  get topologyChangeTimer(): bigint | undefined {
    return this.$u64(18);
  }
  /** gc-timer: u64 (type 19). */
  get gcTimer(): bigint | undefined {
    return this.$u64(19);
  }
  /** group-addr: binary; display hint mac (type 20). */
  get groupAddr(): Uint8Array | undefined {
    return this.$bin(20);
  }
  /** group-addr as text (display hint mac), or `undefined`. */
  get groupAddrText(): string | undefined {
    const v = this.$bin(20);
    return v === undefined ? undefined : bytesToText("mac", v);
  }
  /** fdb-flush: binary (type 21). */
  get fdbFlush(): Uint8Array | undefined {
    return this.$bin(21);
  }
  /** mcast-router: u8 (type 22). */
  get mcastRouter(): number | undefined {
    return this.$u8(22);
  }
  /** mcast-snooping: u8 (type 23). */
  get mcastSnooping(): number | undefined {
    return this.$u8(23);
  }
  /** mcast-query-use-ifaddr: u8 (type 24). */
  get mcastQueryUseIfaddr(): number | undefined {
    return this.$u8(24);
  }
  /** mcast-querier: u8 (type 25). */
  get mcastQuerier(): number | undefined {
    return this.$u8(25);
  }
  /** mcast-hash-elasticity: u32 (type 26). */
  get mcastHashElasticity(): number | undefined {
    return this.$u32(26);
  }
  /** mcast-hash-max: u32 (type 27). */
  get mcastHashMax(): number | undefined {
    return this.$u32(27);
  }
  /** mcast-last-member-cnt: u32 (type 28). */
  get mcastLastMemberCnt(): number | undefined {
    return this.$u32(28);
  }
  /** mcast-startup-query-cnt: u32 (type 29). */
  get mcastStartupQueryCnt(): number | undefined {
    return this.$u32(29);
  }
  /** mcast-last-member-intvl: u64 (type 30). */
  get mcastLastMemberIntvl(): bigint | undefined {
    return this.$u64(30);
  }
  /** mcast-membership-intvl: u64 (type 31). */
  get mcastMembershipIntvl(): bigint | undefined {
    return this.$u64(31);
  }
  /** mcast-querier-intvl: u64 (type 32). */
  get mcastQuerierIntvl(): bigint | undefined {
    return this.$u64(32);
  }
  /** mcast-query-intvl: u64 (type 33). */
  get mcastQueryIntvl(): bigint | undefined {
    return this.$u64(33);
  }
  /** mcast-query-response-intvl: u64 (type 34). */
  get mcastQueryResponseIntvl(): bigint | undefined {
    return this.$u64(34);
  }
  /** mcast-startup-query-intvl: u64 (type 35). */
  get mcastStartupQueryIntvl(): bigint | undefined {
    return this.$u64(35);
  }
  /** nf-call-iptables: u8 (type 36). */
  get nfCallIptables(): number | undefined {
    return this.$u8(36);
  }
  /** nf-call-ip6-tables: u8 (type 37). */
  get nfCallIp6Tables(): number | undefined {
    return this.$u8(37);
  }
  /** nf-call-arptables: u8 (type 38). */
  get nfCallArptables(): number | undefined {
    return this.$u8(38);
  }
  /** vlan-default-pvid: u16 (type 39). */
  get vlanDefaultPvid(): number | undefined {
    return this.$u16(39);
  }
  /** vlan-stats-enabled: u8 (type 41). */
  get vlanStatsEnabled(): number | undefined {
    return this.$u8(41);
  }
  /** mcast-stats-enabled: u8 (type 42). */
  get mcastStatsEnabled(): number | undefined {
    return this.$u8(42);
  }
  /** mcast-igmp-version: u8 (type 43). */
  get mcastIgmpVersion(): number | undefined {
    return this.$u8(43);
  }
  /** mcast-mld-version: u8 (type 44). */
  get mcastMldVersion(): number | undefined {
    return this.$u8(44);
  }
  /** vlan-stats-per-port: u8 (type 45). */
  get vlanStatsPerPort(): number | undefined {
    return this.$u8(45);
  }
  /** multi-boolopt: binary (type 46). */
  get multiBoolopt(): BrBooloptMulti | undefined {
    return this.$struct(46, this.#c46 ??= new BrBooloptMulti());
  }
  /** mcast-querier-state: binary (type 47). */
  get mcastQuerierState(): Uint8Array | undefined {
    return this.$bin(47);
  }
  /** fdb-n-learned: u32 (type 48). */
  get fdbNLearned(): number | undefined {
    return this.$u32(48);
  }
  /** fdb-max-learned: u32 (type 49). */
  get fdbMaxLearned(): number | undefined {
    return this.$u32(49);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoBridgeAttrsValues {
    return decodeValues(schema, "linkinfo-bridge-attrs", this, false) as LinkinfoBridgeAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-bridge-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-bridge-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoBridgeAttrs(w: MessageWriter, v: LinkinfoBridgeAttrsValues): void {
  if (v.forwardDelay !== undefined) w.putU32(1, v.forwardDelay);
  if (v.helloTime !== undefined) w.putU32(2, v.helloTime);
  if (v.maxAge !== undefined) w.putU32(3, v.maxAge);
  if (v.ageingTime !== undefined) w.putU32(4, v.ageingTime);
  if (v.stpState !== undefined) w.putU32(5, v.stpState);
  if (v.priority !== undefined) w.putU16(6, v.priority);
  if (v.vlanFiltering !== undefined) w.putU8(7, v.vlanFiltering);
  if (v.vlanProtocol !== undefined) w.putU16(8, v.vlanProtocol);
  if (v.groupFwdMask !== undefined) w.putU16(9, v.groupFwdMask);
  if (v.rootId !== undefined) {
    IflaBridgeId.write(w.view, putZeroed(w, 10, IflaBridgeId.SIZE), v.rootId);
  }
  if (v.bridgeId !== undefined) {
    IflaBridgeId.write(w.view, putZeroed(w, 11, IflaBridgeId.SIZE), v.bridgeId);
  }
  if (v.rootPort !== undefined) w.putU16(12, v.rootPort);
  if (v.rootPathCost !== undefined) w.putU32(13, v.rootPathCost);
  if (v.topologyChange !== undefined) w.putU8(14, v.topologyChange);
  if (v.topologyChangeDetected !== undefined) w.putU8(15, v.topologyChangeDetected);
  if (v.helloTimer !== undefined) w.putU64(16, BigInt(v.helloTimer));
  if (v.tcnTimer !== undefined) w.putU64(17, BigInt(v.tcnTimer));
  if (v.topologyChangeTimer !== undefined) w.putU64(18, BigInt(v.topologyChangeTimer));
  if (v.gcTimer !== undefined) w.putU64(19, BigInt(v.gcTimer));
  if (v.groupAddr !== undefined) {
    w.putBytes(20, typeof v.groupAddr === "string" ? textToBytes("mac", v.groupAddr) : v.groupAddr);
  }
  if (v.fdbFlush !== undefined) w.putBytes(21, v.fdbFlush);
  if (v.mcastRouter !== undefined) w.putU8(22, v.mcastRouter);
  if (v.mcastSnooping !== undefined) w.putU8(23, v.mcastSnooping);
  if (v.mcastQueryUseIfaddr !== undefined) w.putU8(24, v.mcastQueryUseIfaddr);
  if (v.mcastQuerier !== undefined) w.putU8(25, v.mcastQuerier);
  if (v.mcastHashElasticity !== undefined) w.putU32(26, v.mcastHashElasticity);
  if (v.mcastHashMax !== undefined) w.putU32(27, v.mcastHashMax);
  if (v.mcastLastMemberCnt !== undefined) w.putU32(28, v.mcastLastMemberCnt);
  if (v.mcastStartupQueryCnt !== undefined) w.putU32(29, v.mcastStartupQueryCnt);
  if (v.mcastLastMemberIntvl !== undefined) w.putU64(30, BigInt(v.mcastLastMemberIntvl));
  if (v.mcastMembershipIntvl !== undefined) w.putU64(31, BigInt(v.mcastMembershipIntvl));
  if (v.mcastQuerierIntvl !== undefined) w.putU64(32, BigInt(v.mcastQuerierIntvl));
  if (v.mcastQueryIntvl !== undefined) w.putU64(33, BigInt(v.mcastQueryIntvl));
  if (v.mcastQueryResponseIntvl !== undefined) w.putU64(34, BigInt(v.mcastQueryResponseIntvl));
  if (v.mcastStartupQueryIntvl !== undefined) w.putU64(35, BigInt(v.mcastStartupQueryIntvl));
  if (v.nfCallIptables !== undefined) w.putU8(36, v.nfCallIptables);
  if (v.nfCallIp6Tables !== undefined) w.putU8(37, v.nfCallIp6Tables);
  if (v.nfCallArptables !== undefined) w.putU8(38, v.nfCallArptables);
  if (v.vlanDefaultPvid !== undefined) w.putU16(39, v.vlanDefaultPvid);
  if (v.vlanStatsEnabled !== undefined) w.putU8(41, v.vlanStatsEnabled);
  if (v.mcastStatsEnabled !== undefined) w.putU8(42, v.mcastStatsEnabled);
  if (v.mcastIgmpVersion !== undefined) w.putU8(43, v.mcastIgmpVersion);
  if (v.mcastMldVersion !== undefined) w.putU8(44, v.mcastMldVersion);
  if (v.vlanStatsPerPort !== undefined) w.putU8(45, v.vlanStatsPerPort);
  if (v.multiBoolopt !== undefined) {
    BrBooloptMulti.write(w.view, putZeroed(w, 46, BrBooloptMulti.SIZE), v.multiBoolopt);
  }
  if (v.mcastQuerierState !== undefined) w.putBytes(47, v.mcastQuerierState);
  if (v.fdbNLearned !== undefined) w.putU32(48, v.fdbNLearned);
  if (v.fdbMaxLearned !== undefined) w.putU32(49, v.fdbMaxLearned);
}

/** Attribute type numbers of linkinfo-brport-attrs. */
export const LinkinfoBrportAttrs = {
  state: 1,
  priority: 2,
  cost: 3,
  mode: 4,
  guard: 5,
  protect: 6,
  fastLeave: 7,
  learning: 8,
  unicastFlood: 9,
  proxyarp: 10,
  learningSync: 11,
  proxyarpWifi: 12,
  rootId: 13,
  bridgeId: 14,
  designatedPort: 15,
  designatedCost: 16,
  id: 17,
  no: 18,
  topologyChangeAck: 19,
  configPending: 20,
  messageAgeTimer: 21,
  forwardDelayTimer: 22,
  holdTimer: 23,
  flush: 24,
  multicastRouter: 25,
  pad: 26,
  mcastFlood: 27,
  mcastToUcast: 28,
  vlanTunnel: 29,
  bcastFlood: 30,
  groupFwdMask: 31,
  neighSuppress: 32,
  isolated: 33,
  backupPort: 34,
  mrpRingOpen: 35,
  mrpInOpen: 36,
  mcastEhtHostsLimit: 37,
  mcastEhtHostsCnt: 38,
  locked: 39,
  mab: 40,
  mcastNGroups: 41,
  mcastMaxGroups: 42,
  neighVlanSuppress: 43,
  backupNhid: 44,
} as const;

/** The attributes of linkinfo-brport-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoBrportAttrsValues {
  /** state: u8 (type 1). */
  state?: number;
  /** priority: u16 (type 2). */
  priority?: number;
  /** cost: u32 (type 3). */
  cost?: number;
  /** mode: u8 (type 4). */
  mode?: number;
  /** guard: u8 (type 5). */
  guard?: number;
  /** protect: u8 (type 6). */
  protect?: number;
  /** fast-leave: u8 (type 7). */
  fastLeave?: number;
  /** learning: u8 (type 8). */
  learning?: number;
  /** unicast-flood: u8 (type 9). */
  unicastFlood?: number;
  /** proxyarp: u8 (type 10). */
  proxyarp?: number;
  /** learning-sync: u8 (type 11). */
  learningSync?: number;
  /** proxyarp-wifi: u8 (type 12). */
  proxyarpWifi?: number;
  /** root-id: binary (type 13). */
  rootId?: IflaBridgeIdFields;
  /** bridge-id: binary (type 14). */
  bridgeId?: IflaBridgeIdFields;
  /** designated-port: u16 (type 15). */
  designatedPort?: number;
  /** designated-cost: u16 (type 16). */
  designatedCost?: number;
  /** id: u16 (type 17). */
  id?: number;
  /** no: u16 (type 18). */
  no?: number;
  /** topology-change-ack: u8 (type 19). */
  topologyChangeAck?: number;
  /** config-pending: u8 (type 20). */
  configPending?: number;
  /** message-age-timer: u64 (type 21). */
  messageAgeTimer?: bigint | number;
  /** forward-delay-timer: u64 (type 22). */
  forwardDelayTimer?: bigint | number;
  /** hold-timer: u64 (type 23). */
  holdTimer?: bigint | number;
  /** flush: flag (type 24). */
  flush?: boolean;
  /** multicast-router: u8 (type 25). */
  multicastRouter?: number;
  /** mcast-flood: u8 (type 27). */
  mcastFlood?: number;
  /** mcast-to-ucast: u8 (type 28). */
  mcastToUcast?: number;
  /** vlan-tunnel: u8 (type 29). */
  vlanTunnel?: number;
  /** bcast-flood: u8 (type 30). */
  bcastFlood?: number;
  /** group-fwd-mask: u16 (type 31). */
  groupFwdMask?: number;
  /** neigh-suppress: u8 (type 32). */
  neighSuppress?: number;
  /** isolated: u8 (type 33). */
  isolated?: number;
  /** backup-port: u32 (type 34). */
  backupPort?: number;
  /** mrp-ring-open: u8 (type 35). */
  mrpRingOpen?: number;
  /** mrp-in-open: u8 (type 36). */
  mrpInOpen?: number;
  /** mcast-eht-hosts-limit: u32 (type 37). */
  mcastEhtHostsLimit?: number;
  /** mcast-eht-hosts-cnt: u32 (type 38). */
  mcastEhtHostsCnt?: number;
  /** locked: u8 (type 39). */
  locked?: number;
  /** mab: u8 (type 40). */
  mab?: number;
  /** mcast-n-groups: u32 (type 41). */
  mcastNGroups?: number;
  /** mcast-max-groups: u32 (type 42). */
  mcastMaxGroups?: number;
  /** neigh-vlan-suppress: u8 (type 43). */
  neighVlanSuppress?: number;
  /** backup-nhid: u32 (type 44). */
  backupNhid?: number;
}

/**
 * The linkinfo-brport-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoBrportAttrsView extends AttrView {
  #c13?: IflaBridgeId;
  #c14?: IflaBridgeId;
  constructor() {
    super(44);
  }
  /** state: u8 (type 1). */
  get state(): number | undefined {
    return this.$u8(1);
  }
  /** priority: u16 (type 2). */
  get priority(): number | undefined {
    return this.$u16(2);
  }
  /** cost: u32 (type 3). */
  get cost(): number | undefined {
    return this.$u32(3);
  }
  /** mode: u8 (type 4). */
  get mode(): number | undefined {
    return this.$u8(4);
  }
  /** guard: u8 (type 5). */
  get guard(): number | undefined {
    return this.$u8(5);
  }
  /** protect: u8 (type 6). */
  get protect(): number | undefined {
    return this.$u8(6);
  }
  /** fast-leave: u8 (type 7). */
  get fastLeave(): number | undefined {
    return this.$u8(7);
  }
  /** learning: u8 (type 8). */
  get learning(): number | undefined {
    return this.$u8(8);
  }
  /** unicast-flood: u8 (type 9). */
  get unicastFlood(): number | undefined {
    return this.$u8(9);
  }
  /** proxyarp: u8 (type 10). */
  get proxyarp(): number | undefined {
    return this.$u8(10);
  }
  /** learning-sync: u8 (type 11). */
  get learningSync(): number | undefined {
    return this.$u8(11);
  }
  /** proxyarp-wifi: u8 (type 12). */
  get proxyarpWifi(): number | undefined {
    return this.$u8(12);
  }
  /** root-id: binary (type 13). */
  get rootId(): IflaBridgeId | undefined {
    return this.$struct(13, this.#c13 ??= new IflaBridgeId());
  }
  /** bridge-id: binary (type 14). */
  get bridgeId(): IflaBridgeId | undefined {
    return this.$struct(14, this.#c14 ??= new IflaBridgeId());
  }
  /** designated-port: u16 (type 15). */
  get designatedPort(): number | undefined {
    return this.$u16(15);
  }
  /** designated-cost: u16 (type 16). */
  get designatedCost(): number | undefined {
    return this.$u16(16);
  }
  /** id: u16 (type 17). */
  get id(): number | undefined {
    return this.$u16(17);
  }
  /** no: u16 (type 18). */
  get no(): number | undefined {
    return this.$u16(18);
  }
  /** topology-change-ack: u8 (type 19). */
  get topologyChangeAck(): number | undefined {
    return this.$u8(19);
  }
  /** config-pending: u8 (type 20). */
  get configPending(): number | undefined {
    return this.$u8(20);
  }
  /** message-age-timer: u64 (type 21). */
  get messageAgeTimer(): bigint | undefined {
    return this.$u64(21);
  }
  /** forward-delay-timer: u64 (type 22). */
  get forwardDelayTimer(): bigint | undefined {
    return this.$u64(22);
  }
  /** hold-timer: u64 (type 23). */
  get holdTimer(): bigint | undefined {
    return this.$u64(23);
  }
  /** flush: flag (type 24). */
  get flush(): boolean {
    return this.$flag(24);
  }
  /** multicast-router: u8 (type 25). */
  get multicastRouter(): number | undefined {
    return this.$u8(25);
  }
  /** mcast-flood: u8 (type 27). */
  get mcastFlood(): number | undefined {
    return this.$u8(27);
  }
  /** mcast-to-ucast: u8 (type 28). */
  get mcastToUcast(): number | undefined {
    return this.$u8(28);
  }
  /** vlan-tunnel: u8 (type 29). */
  get vlanTunnel(): number | undefined {
    return this.$u8(29);
  }
  /** bcast-flood: u8 (type 30). */
  get bcastFlood(): number | undefined {
    return this.$u8(30);
  }
  /** group-fwd-mask: u16 (type 31). */
  get groupFwdMask(): number | undefined {
    return this.$u16(31);
  }
  /** neigh-suppress: u8 (type 32). */
  get neighSuppress(): number | undefined {
    return this.$u8(32);
  }
  /** isolated: u8 (type 33). */
  get isolated(): number | undefined {
    return this.$u8(33);
  }
  /** backup-port: u32 (type 34). */
  get backupPort(): number | undefined {
    return this.$u32(34);
  }
  /** mrp-ring-open: u8 (type 35). */
  get mrpRingOpen(): number | undefined {
    return this.$u8(35);
  }
  /** mrp-in-open: u8 (type 36). */
  get mrpInOpen(): number | undefined {
    return this.$u8(36);
  }
  /** mcast-eht-hosts-limit: u32 (type 37). */
  get mcastEhtHostsLimit(): number | undefined {
    return this.$u32(37);
  }
  /** mcast-eht-hosts-cnt: u32 (type 38). */
  get mcastEhtHostsCnt(): number | undefined {
    return this.$u32(38);
  }
  /** locked: u8 (type 39). */
  get locked(): number | undefined {
    return this.$u8(39);
  }
  /** mab: u8 (type 40). */
  get mab(): number | undefined {
    return this.$u8(40);
  }
  /** mcast-n-groups: u32 (type 41). */
  get mcastNGroups(): number | undefined {
    return this.$u32(41);
  }
  /** mcast-max-groups: u32 (type 42). */
  get mcastMaxGroups(): number | undefined {
    return this.$u32(42);
  }
  /** neigh-vlan-suppress: u8 (type 43). */
  get neighVlanSuppress(): number | undefined {
    return this.$u8(43);
  }
  /** backup-nhid: u32 (type 44). */
  get backupNhid(): number | undefined {
    return this.$u32(44);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoBrportAttrsValues {
    return decodeValues(schema, "linkinfo-brport-attrs", this, false) as LinkinfoBrportAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-brport-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-brport-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoBrportAttrs(w: MessageWriter, v: LinkinfoBrportAttrsValues): void {
  if (v.state !== undefined) w.putU8(1, v.state);
  if (v.priority !== undefined) w.putU16(2, v.priority);
  if (v.cost !== undefined) w.putU32(3, v.cost);
  if (v.mode !== undefined) w.putU8(4, v.mode);
  if (v.guard !== undefined) w.putU8(5, v.guard);
  if (v.protect !== undefined) w.putU8(6, v.protect);
  if (v.fastLeave !== undefined) w.putU8(7, v.fastLeave);
  if (v.learning !== undefined) w.putU8(8, v.learning);
  if (v.unicastFlood !== undefined) w.putU8(9, v.unicastFlood);
  if (v.proxyarp !== undefined) w.putU8(10, v.proxyarp);
  if (v.learningSync !== undefined) w.putU8(11, v.learningSync);
  if (v.proxyarpWifi !== undefined) w.putU8(12, v.proxyarpWifi);
  if (v.rootId !== undefined) {
    IflaBridgeId.write(w.view, putZeroed(w, 13, IflaBridgeId.SIZE), v.rootId);
  }
  if (v.bridgeId !== undefined) {
    IflaBridgeId.write(w.view, putZeroed(w, 14, IflaBridgeId.SIZE), v.bridgeId);
  }
  if (v.designatedPort !== undefined) w.putU16(15, v.designatedPort);
  if (v.designatedCost !== undefined) w.putU16(16, v.designatedCost);
  if (v.id !== undefined) w.putU16(17, v.id);
  if (v.no !== undefined) w.putU16(18, v.no);
  if (v.topologyChangeAck !== undefined) w.putU8(19, v.topologyChangeAck);
  if (v.configPending !== undefined) w.putU8(20, v.configPending);
  if (v.messageAgeTimer !== undefined) w.putU64(21, BigInt(v.messageAgeTimer));
  if (v.forwardDelayTimer !== undefined) w.putU64(22, BigInt(v.forwardDelayTimer));
  if (v.holdTimer !== undefined) w.putU64(23, BigInt(v.holdTimer));
  if (v.flush) w.putFlag(24);
  if (v.multicastRouter !== undefined) w.putU8(25, v.multicastRouter);
  if (v.mcastFlood !== undefined) w.putU8(27, v.mcastFlood);
  if (v.mcastToUcast !== undefined) w.putU8(28, v.mcastToUcast);
  if (v.vlanTunnel !== undefined) w.putU8(29, v.vlanTunnel);
  if (v.bcastFlood !== undefined) w.putU8(30, v.bcastFlood);
  if (v.groupFwdMask !== undefined) w.putU16(31, v.groupFwdMask);
  if (v.neighSuppress !== undefined) w.putU8(32, v.neighSuppress);
  if (v.isolated !== undefined) w.putU8(33, v.isolated);
  if (v.backupPort !== undefined) w.putU32(34, v.backupPort);
  if (v.mrpRingOpen !== undefined) w.putU8(35, v.mrpRingOpen);
  if (v.mrpInOpen !== undefined) w.putU8(36, v.mrpInOpen);
  if (v.mcastEhtHostsLimit !== undefined) w.putU32(37, v.mcastEhtHostsLimit);
  if (v.mcastEhtHostsCnt !== undefined) w.putU32(38, v.mcastEhtHostsCnt);
  if (v.locked !== undefined) w.putU8(39, v.locked);
  if (v.mab !== undefined) w.putU8(40, v.mab);
  if (v.mcastNGroups !== undefined) w.putU32(41, v.mcastNGroups);
  if (v.mcastMaxGroups !== undefined) w.putU32(42, v.mcastMaxGroups);
  if (v.neighVlanSuppress !== undefined) w.putU8(43, v.neighVlanSuppress);
  if (v.backupNhid !== undefined) w.putU32(44, v.backupNhid);
}

/** Attribute type numbers of linkinfo-gre-attrs. */
export const LinkinfoGreAttrs = {
  link: 1,
  iflags: 2,
  oflags: 3,
  ikey: 4,
  okey: 5,
  local: 6,
  remote: 7,
  ttl: 8,
  tos: 9,
  pmtudisc: 10,
  encapLimit: 11,
  flowinfo: 12,
  flags: 13,
  encapType: 14,
  encapFlags: 15,
  encapSport: 16,
  encapDport: 17,
  collectMetadata: 18,
  ignoreDf: 19,
  fwmark: 20,
  erspanIndex: 21,
  erspanVer: 22,
  erspanDir: 23,
  erspanHwid: 24,
} as const;

/** The attributes of linkinfo-gre-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoGreAttrsValues {
  /** link: u32 (type 1). */
  link?: number;
  /** iflags: u16 (type 2). */
  iflags?: number;
  /** oflags: u16 (type 3). */
  oflags?: number;
  /** ikey: u32 (type 4). */
  ikey?: number;
  /** okey: u32 (type 5). */
  okey?: number;
  /** local: binary; display hint ipv4 (type 6). */
  local?: Uint8Array | string;
  /** remote: binary; display hint ipv4 (type 7). */
  remote?: Uint8Array | string;
  /** ttl: u8 (type 8). */
  ttl?: number;
  /** tos: u8 (type 9). */
  tos?: number;
  /** pmtudisc: u8 (type 10). */
  pmtudisc?: number;
  /** encap-limit: u32 (type 11). */
  encapLimit?: number;
  /** flowinfo: u32 (type 12). */
  flowinfo?: number;
  /** flags: u32 (type 13). */
  flags?: number;
  /** encap-type: u16 (type 14). */
  encapType?: number;
  /** encap-flags: u16 (type 15). */
  encapFlags?: number;
  /** encap-sport: u16 (type 16). */
  encapSport?: number;
  /** encap-dport: u16 (type 17). */
  encapDport?: number;
  /** collect-metadata: flag (type 18). */
  collectMetadata?: boolean;
  /** ignore-df: u8 (type 19). */
  ignoreDf?: number;
  /** fwmark: u32 (type 20). */
  fwmark?: number;
  /** erspan-index: u32 (type 21). */
  erspanIndex?: number;
  /** erspan-ver: u8 (type 22). */
  erspanVer?: number;
  /** erspan-dir: u8 (type 23). */
  erspanDir?: number;
  /** erspan-hwid: u16 (type 24). */
  erspanHwid?: number;
}

/**
 * The linkinfo-gre-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoGreAttrsView extends AttrView {
  constructor() {
    super(24);
  }
  /** link: u32 (type 1). */
  get link(): number | undefined {
    return this.$u32(1);
  }
  /** iflags: u16 (type 2). */
  get iflags(): number | undefined {
    return this.$u16(2);
  }
  /** oflags: u16 (type 3). */
  get oflags(): number | undefined {
    return this.$u16(3);
  }
  /** ikey: u32 (type 4). */
  get ikey(): number | undefined {
    return this.$u32(4);
  }
  /** okey: u32 (type 5). */
  get okey(): number | undefined {
    return this.$u32(5);
  }
  /** local: binary; display hint ipv4 (type 6). */
  get local(): Uint8Array | undefined {
    return this.$bin(6);
  }
  /** local as text (display hint ipv4), or `undefined`. */
  get localText(): string | undefined {
    const v = this.$bin(6);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** remote: binary; display hint ipv4 (type 7). */
  get remote(): Uint8Array | undefined {
    return this.$bin(7);
  }
  /** remote as text (display hint ipv4), or `undefined`. */
  get remoteText(): string | undefined {
    const v = this.$bin(7);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** ttl: u8 (type 8). */
  get ttl(): number | undefined {
    return this.$u8(8);
  }
  /** tos: u8 (type 9). */
  get tos(): number | undefined {
    return this.$u8(9);
  }
  /** pmtudisc: u8 (type 10). */
  get pmtudisc(): number | undefined {
    return this.$u8(10);
  }
  /** encap-limit: u32 (type 11). */
  get encapLimit(): number | undefined {
    return this.$u32(11);
  }
  /** flowinfo: u32 (type 12). */
  get flowinfo(): number | undefined {
    return this.$u32(12);
  }
  /** flags: u32 (type 13). */
  get flags(): number | undefined {
    return this.$u32(13);
  }
  /** encap-type: u16 (type 14). */
  get encapType(): number | undefined {
    return this.$u16(14);
  }
  /** encap-flags: u16 (type 15). */
  get encapFlags(): number | undefined {
    return this.$u16(15);
  }
  /** encap-sport: u16 (type 16). */
  get encapSport(): number | undefined {
    return this.$u16(16);
  }
  /** encap-dport: u16 (type 17). */
  get encapDport(): number | undefined {
    return this.$u16(17);
  }
  /** collect-metadata: flag (type 18). */
  get collectMetadata(): boolean {
    return this.$flag(18);
  }
  /** ignore-df: u8 (type 19). */
  get ignoreDf(): number | undefined {
    return this.$u8(19);
  }
  /** fwmark: u32 (type 20). */
  get fwmark(): number | undefined {
    return this.$u32(20);
  }
  /** erspan-index: u32 (type 21). */
  get erspanIndex(): number | undefined {
    return this.$u32(21);
  }
  /** erspan-ver: u8 (type 22). */
  get erspanVer(): number | undefined {
    return this.$u8(22);
  }
  /** erspan-dir: u8 (type 23). */
  get erspanDir(): number | undefined {
    return this.$u8(23);
  }
  /** erspan-hwid: u16 (type 24). */
  get erspanHwid(): number | undefined {
    return this.$u16(24);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoGreAttrsValues {
    return decodeValues(schema, "linkinfo-gre-attrs", this, false) as LinkinfoGreAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-gre-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-gre-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoGreAttrs(w: MessageWriter, v: LinkinfoGreAttrsValues): void {
  if (v.link !== undefined) w.putU32(1, v.link);
  if (v.iflags !== undefined) w.putU16(2, v.iflags);
  if (v.oflags !== undefined) w.putU16(3, v.oflags);
  if (v.ikey !== undefined) w.putU32(4, v.ikey);
  if (v.okey !== undefined) w.putU32(5, v.okey);
  if (v.local !== undefined) {
    w.putBytes(6, typeof v.local === "string" ? textToBytes("ipv4", v.local) : v.local);
  }
  if (v.remote !== undefined) {
    w.putBytes(7, typeof v.remote === "string" ? textToBytes("ipv4", v.remote) : v.remote);
  }
  if (v.ttl !== undefined) w.putU8(8, v.ttl);
  if (v.tos !== undefined) w.putU8(9, v.tos);
  if (v.pmtudisc !== undefined) w.putU8(10, v.pmtudisc);
  if (v.encapLimit !== undefined) w.putU32(11, v.encapLimit);
  if (v.flowinfo !== undefined) w.putU32(12, v.flowinfo);
  if (v.flags !== undefined) w.putU32(13, v.flags);
  if (v.encapType !== undefined) w.putU16(14, v.encapType);
  if (v.encapFlags !== undefined) w.putU16(15, v.encapFlags);
  if (v.encapSport !== undefined) w.putU16(16, v.encapSport);
  if (v.encapDport !== undefined) w.putU16(17, v.encapDport);
  if (v.collectMetadata) w.putFlag(18);
  if (v.ignoreDf !== undefined) w.putU8(19, v.ignoreDf);
  if (v.fwmark !== undefined) w.putU32(20, v.fwmark);
  if (v.erspanIndex !== undefined) w.putU32(21, v.erspanIndex);
  if (v.erspanVer !== undefined) w.putU8(22, v.erspanVer);
  if (v.erspanDir !== undefined) w.putU8(23, v.erspanDir);
  if (v.erspanHwid !== undefined) w.putU16(24, v.erspanHwid);
}

/** Attribute type numbers of linkinfo-geneve-attrs. */
export const LinkinfoGeneveAttrs = {
  id: 1,
  remote: 2,
  ttl: 3,
  tos: 4,
  port: 5,
  collectMetadata: 6,
  remote6: 7,
  udpCsum: 8,
  udpZeroCsum6Tx: 9,
  udpZeroCsum6Rx: 10,
  label: 11,
  ttlInherit: 12,
  df: 13,
  innerProtoInherit: 14,
} as const;

/** The attributes of linkinfo-geneve-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoGeneveAttrsValues {
  /** id: u32 (type 1). */
  id?: number;
  /** remote: binary; display hint ipv4 (type 2). */
  remote?: Uint8Array | string;
  /** ttl: u8 (type 3). */
  ttl?: number;
  /** tos: u8 (type 4). */
  tos?: number;
  /** port: u16 (type 5). */
  port?: number;
  /** collect-metadata: flag (type 6). */
  collectMetadata?: boolean;
  /** remote6: binary; display hint ipv6 (type 7). */
  remote6?: Uint8Array | string;
  /** udp-csum: u8 (type 8). */
  udpCsum?: number;
  /** udp-zero-csum6-tx: u8 (type 9). */
  udpZeroCsum6Tx?: number;
  /** udp-zero-csum6-rx: u8 (type 10). */
  udpZeroCsum6Rx?: number;
  /** label: u32 (type 11). */
  label?: number;
  /** ttl-inherit: u8 (type 12). */
  ttlInherit?: number;
  /** df: u8 (type 13). */
  df?: number;
  /** inner-proto-inherit: flag (type 14). */
  innerProtoInherit?: boolean;
}

/**
 * The linkinfo-geneve-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoGeneveAttrsView extends AttrView {
  constructor() {
    super(14);
  }
  /** id: u32 (type 1). */
  get id(): number | undefined {
    return this.$u32(1);
  }
  /** remote: binary; display hint ipv4 (type 2). */
  get remote(): Uint8Array | undefined {
    return this.$bin(2);
  }
  /** remote as text (display hint ipv4), or `undefined`. */
  get remoteText(): string | undefined {
    const v = this.$bin(2);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** ttl: u8 (type 3). */
  get ttl(): number | undefined {
    return this.$u8(3);
  }
  /** tos: u8 (type 4). */
  get tos(): number | undefined {
    return this.$u8(4);
  }
  /** port: u16 (type 5). */
  get port(): number | undefined {
    return this.$u16(5);
  }
  /** collect-metadata: flag (type 6). */
  get collectMetadata(): boolean {
    return this.$flag(6);
  }
  /** remote6: binary; display hint ipv6 (type 7). */
  get remote6(): Uint8Array | undefined {
    return this.$bin(7);
  }
  /** remote6 as text (display hint ipv6), or `undefined`. */
  get remote6Text(): string | undefined {
    const v = this.$bin(7);
    return v === undefined ? undefined : bytesToText("ipv6", v);
  }
  /** udp-csum: u8 (type 8). */
  get udpCsum(): number | undefined {
    return this.$u8(8);
  }
  /** udp-zero-csum6-tx: u8 (type 9). */
  get udpZeroCsum6Tx(): number | undefined {
    return this.$u8(9);
  }
  /** udp-zero-csum6-rx: u8 (type 10). */
  get udpZeroCsum6Rx(): number | undefined {
    return this.$u8(10);
  }
  /** label: u32 (type 11). */
  get label(): number | undefined {
    return this.$u32(11);
  }
  /** ttl-inherit: u8 (type 12). */
  get ttlInherit(): number | undefined {
    return this.$u8(12);
  }
  /** df: u8 (type 13). */
  get df(): number | undefined {
    return this.$u8(13);
  }
  /** inner-proto-inherit: flag (type 14). */
  get innerProtoInherit(): boolean {
    return this.$flag(14);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoGeneveAttrsValues {
    return decodeValues(schema, "linkinfo-geneve-attrs", this, false) as LinkinfoGeneveAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-geneve-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-geneve-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoGeneveAttrs(w: MessageWriter, v: LinkinfoGeneveAttrsValues): void {
  if (v.id !== undefined) w.putU32(1, v.id);
  if (v.remote !== undefined) {
    w.putBytes(2, typeof v.remote === "string" ? textToBytes("ipv4", v.remote) : v.remote);
  }
  if (v.ttl !== undefined) w.putU8(3, v.ttl);
  if (v.tos !== undefined) w.putU8(4, v.tos);
  if (v.port !== undefined) w.putU16(5, v.port);
  if (v.collectMetadata) w.putFlag(6);
  if (v.remote6 !== undefined) {
    w.putBytes(7, typeof v.remote6 === "string" ? textToBytes("ipv6", v.remote6) : v.remote6);
  }
  if (v.udpCsum !== undefined) w.putU8(8, v.udpCsum);
  if (v.udpZeroCsum6Tx !== undefined) w.putU8(9, v.udpZeroCsum6Tx);
  if (v.udpZeroCsum6Rx !== undefined) w.putU8(10, v.udpZeroCsum6Rx);
  if (v.label !== undefined) w.putU32(11, v.label);
  if (v.ttlInherit !== undefined) w.putU8(12, v.ttlInherit);
  if (v.df !== undefined) w.putU8(13, v.df);
  if (v.innerProtoInherit) w.putFlag(14);
}

/** Attribute type numbers of linkinfo-iptun-attrs. */
export const LinkinfoIptunAttrs = {
  link: 1,
  local: 2,
  remote: 3,
  ttl: 4,
  tos: 5,
  encapLimit: 6,
  flowinfo: 7,
  flags: 8,
  proto: 9,
  pmtudisc: 10,
  _6rdPrefix: 11,
  _6rdRelayPrefix: 12,
  _6rdPrefixlen: 13,
  _6rdRelayPrefixlen: 14,
  encapType: 15,
  encapFlags: 16,
  encapSport: 17,
  encapDport: 18,
  collectMetadata: 19,
  fwmark: 20,
} as const;

/** The attributes of linkinfo-iptun-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoIptunAttrsValues {
  /** link: u32 (type 1). */
  link?: number;
  /** local: binary; display hint ipv4 (type 2). */
  local?: Uint8Array | string;
  /** remote: binary; display hint ipv4 (type 3). */
  remote?: Uint8Array | string;
  /** ttl: u8 (type 4). */
  ttl?: number;
  /** tos: u8 (type 5). */
  tos?: number;
  /** encap-limit: u8 (type 6). */
  encapLimit?: number;
  /** flowinfo: u32 (type 7). */
  flowinfo?: number;
  /** flags: u16 (type 8). */
  flags?: number;
  /** proto: u8 (type 9). */
  proto?: number;
  /** pmtudisc: u8 (type 10). */
  pmtudisc?: number;
  /** 6rd-prefix: binary; display hint ipv6 (type 11). */
  _6rdPrefix?: Uint8Array | string;
  /** 6rd-relay-prefix: binary; display hint ipv4 (type 12). */
  _6rdRelayPrefix?: Uint8Array | string;
  /** 6rd-prefixlen: u16 (type 13). */
  _6rdPrefixlen?: number;
  /** 6rd-relay-prefixlen: u16 (type 14). */
  _6rdRelayPrefixlen?: number;
  /** encap-type: u16 (type 15). */
  encapType?: number;
  /** encap-flags: u16 (type 16). */
  encapFlags?: number;
  /** encap-sport: u16 (type 17). */
  encapSport?: number;
  /** encap-dport: u16 (type 18). */
  encapDport?: number;
  /** collect-metadata: flag (type 19). */
  collectMetadata?: boolean;
  /** fwmark: u32 (type 20). */
  fwmark?: number;
}

/**
 * The linkinfo-iptun-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoIptunAttrsView extends AttrView {
  constructor() {
    super(20);
  }
  /** link: u32 (type 1). */
  get link(): number | undefined {
    return this.$u32(1);
  }
  /** local: binary; display hint ipv4 (type 2). */
  get local(): Uint8Array | undefined {
    return this.$bin(2);
  }
  /** local as text (display hint ipv4), or `undefined`. */
  get localText(): string | undefined {
    const v = this.$bin(2);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** remote: binary; display hint ipv4 (type 3). */
  get remote(): Uint8Array | undefined {
    return this.$bin(3);
  }
  /** remote as text (display hint ipv4), or `undefined`. */
  get remoteText(): string | undefined {
    const v = this.$bin(3);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** ttl: u8 (type 4). */
  get ttl(): number | undefined {
    return this.$u8(4);
  }
  /** tos: u8 (type 5). */
  get tos(): number | undefined {
    return this.$u8(5);
  }
  /** encap-limit: u8 (type 6). */
  get encapLimit(): number | undefined {
    return this.$u8(6);
  }
  /** flowinfo: u32 (type 7). */
  get flowinfo(): number | undefined {
    return this.$u32(7);
  }
  /** flags: u16 (type 8). */
  get flags(): number | undefined {
    return this.$u16(8);
  }
  /** proto: u8 (type 9). */
  get proto(): number | undefined {
    return this.$u8(9);
  }
  /** pmtudisc: u8 (type 10). */
  get pmtudisc(): number | undefined {
    return this.$u8(10);
  }
  /** 6rd-prefix: binary; display hint ipv6 (type 11). */
  get _6rdPrefix(): Uint8Array | undefined {
    return this.$bin(11);
  }
  /** 6rd-prefix as text (display hint ipv6), or `undefined`. */
  get _6rdPrefixText(): string | undefined {
    const v = this.$bin(11);
    return v === undefined ? undefined : bytesToText("ipv6", v);
  }
  /** 6rd-relay-prefix: binary; display hint ipv4 (type 12). */
  get _6rdRelayPrefix(): Uint8Array | undefined {
    return this.$bin(12);
  }
  /** 6rd-relay-prefix as text (display hint ipv4), or `undefined`. */
  get _6rdRelayPrefixText(): string | undefined {
    const v = this.$bin(12);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** 6rd-prefixlen: u16 (type 13). */
  get _6rdPrefixlen(): number | undefined {
    return this.$u16(13);
  }
  /** 6rd-relay-prefixlen: u16 (type 14). */
  get _6rdRelayPrefixlen(): number | undefined {
    return this.$u16(14);
  }
  /** encap-type: u16 (type 15). */
  get encapType(): number | undefined {
    return this.$u16(15);
  }
  /** encap-flags: u16 (type 16). */
  get encapFlags(): number | undefined {
    return this.$u16(16);
  }
  /** encap-sport: u16 (type 17). */
  get encapSport(): number | undefined {
    return this.$u16(17);
  }
  /** encap-dport: u16 (type 18). */
  get encapDport(): number | undefined {
    return this.$u16(18);
  }
  /** collect-metadata: flag (type 19). */
  get collectMetadata(): boolean {
    return this.$flag(19);
  }
  /** fwmark: u32 (type 20). */
  get fwmark(): number | undefined {
    return this.$u32(20);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoIptunAttrsValues {
    return decodeValues(schema, "linkinfo-iptun-attrs", this, false) as LinkinfoIptunAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-iptun-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-iptun-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoIptunAttrs(w: MessageWriter, v: LinkinfoIptunAttrsValues): void {
  if (v.link !== undefined) w.putU32(1, v.link);
  if (v.local !== undefined) {
    w.putBytes(2, typeof v.local === "string" ? textToBytes("ipv4", v.local) : v.local);
  }
  if (v.remote !== undefined) {
    w.putBytes(3, typeof v.remote === "string" ? textToBytes("ipv4", v.remote) : v.remote);
  }
  if (v.ttl !== undefined) w.putU8(4, v.ttl);
  if (v.tos !== undefined) w.putU8(5, v.tos);
  if (v.encapLimit !== undefined) w.putU8(6, v.encapLimit);
  if (v.flowinfo !== undefined) w.putU32(7, v.flowinfo);
  if (v.flags !== undefined) w.putU16(8, v.flags);
  if (v.proto !== undefined) w.putU8(9, v.proto);
  if (v.pmtudisc !== undefined) w.putU8(10, v.pmtudisc);
  if (v._6rdPrefix !== undefined) {
    w.putBytes(
      11,
      typeof v._6rdPrefix === "string" ? textToBytes("ipv6", v._6rdPrefix) : v._6rdPrefix,
    );
  }
  if (v._6rdRelayPrefix !== undefined) {
    w.putBytes(
      12,
      typeof v._6rdRelayPrefix === "string"
        ? textToBytes("ipv4", v._6rdRelayPrefix)
        : v._6rdRelayPrefix,
    );
  }
  if (v._6rdPrefixlen !== undefined) w.putU16(13, v._6rdPrefixlen);
  if (v._6rdRelayPrefixlen !== undefined) w.putU16(14, v._6rdRelayPrefixlen);
  if (v.encapType !== undefined) w.putU16(15, v.encapType);
  if (v.encapFlags !== undefined) w.putU16(16, v.encapFlags);
  if (v.encapSport !== undefined) w.putU16(17, v.encapSport);
  if (v.encapDport !== undefined) w.putU16(18, v.encapDport);
  if (v.collectMetadata) w.putFlag(19);
  if (v.fwmark !== undefined) w.putU32(20, v.fwmark);
}

/** Attribute type numbers of linkinfo-tun-attrs. */
export const LinkinfoTunAttrs = {
  owner: 1,
  group: 2,
  type: 3,
  pi: 4,
  vnetHdr: 5,
  persist: 6,
  multiQueue: 7,
  numQueues: 8,
  numDisabledQueues: 9,
} as const;

/** The attributes of linkinfo-tun-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoTunAttrsValues {
  /** owner: u32 (type 1). */
  owner?: number;
  /** group: u32 (type 2). */
  group?: number;
  /** type: u8 (type 3). */
  type?: number;
  /** pi: u8 (type 4). */
  pi?: number;
  /** vnet-hdr: u8 (type 5). */
  vnetHdr?: number;
  /** persist: u8 (type 6). */
  persist?: number;
  /** multi-queue: u8 (type 7). */
  multiQueue?: number;
  /** num-queues: u32 (type 8). */
  numQueues?: number;
  /** num-disabled-queues: u32 (type 9). */
  numDisabledQueues?: number;
}

/**
 * The linkinfo-tun-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoTunAttrsView extends AttrView {
  constructor() {
    super(9);
  }
  /** owner: u32 (type 1). */
  get owner(): number | undefined {
    return this.$u32(1);
  }
  /** group: u32 (type 2). */
  get group(): number | undefined {
    return this.$u32(2);
  }
  /** type: u8 (type 3). */
  get type(): number | undefined {
    return this.$u8(3);
  }
  /** pi: u8 (type 4). */
  get pi(): number | undefined {
    return this.$u8(4);
  }
  /** vnet-hdr: u8 (type 5). */
  get vnetHdr(): number | undefined {
    return this.$u8(5);
  }
  /** persist: u8 (type 6). */
  get persist(): number | undefined {
    return this.$u8(6);
  }
  /** multi-queue: u8 (type 7). */
  get multiQueue(): number | undefined {
    return this.$u8(7);
  }
  /** num-queues: u32 (type 8). */
  get numQueues(): number | undefined {
    return this.$u32(8);
  }
  /** num-disabled-queues: u32 (type 9). */
  get numDisabledQueues(): number | undefined {
    return this.$u32(9);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoTunAttrsValues {
    return decodeValues(schema, "linkinfo-tun-attrs", this, false) as LinkinfoTunAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-tun-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-tun-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoTunAttrs(w: MessageWriter, v: LinkinfoTunAttrsValues): void {
  if (v.owner !== undefined) w.putU32(1, v.owner);
  if (v.group !== undefined) w.putU32(2, v.group);
  if (v.type !== undefined) w.putU8(3, v.type);
  if (v.pi !== undefined) w.putU8(4, v.pi);
  if (v.vnetHdr !== undefined) w.putU8(5, v.vnetHdr);
  if (v.persist !== undefined) w.putU8(6, v.persist);
  if (v.multiQueue !== undefined) w.putU8(7, v.multiQueue);
  if (v.numQueues !== undefined) w.putU32(8, v.numQueues);
  if (v.numDisabledQueues !== undefined) w.putU32(9, v.numDisabledQueues);
}

/** Attribute type numbers of linkinfo-vlan-attrs. */
export const LinkinfoVlanAttrs = {
  id: 1,
  flag: 2,
  egressQos: 3,
  ingressQos: 4,
  protocol: 5,
} as const;

/** The attributes of linkinfo-vlan-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoVlanAttrsValues {
  /** id: u16 (type 1). */
  id?: number;
  /** flag: binary (type 2). */
  flag?: IflaVlanFlagsFields;
  /** egress-qos: nest (type 3). */
  egressQos?: IflaVlanQosValues;
  /** ingress-qos: nest (type 4). */
  ingressQos?: IflaVlanQosValues;
  /** protocol: u16; enum vlan-protocols; big-endian (type 5). */
  protocol?: number;
}

/**
 * The linkinfo-vlan-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoVlanAttrsView extends AttrView {
  #c2?: IflaVlanFlags;
  #c3?: IflaVlanQosView;
  #c4?: IflaVlanQosView;
  constructor() {
    super(5);
  }
  /** id: u16 (type 1). */
  get id(): number | undefined {
    return this.$u16(1);
  }
  /** flag: binary (type 2). */
  get flag(): IflaVlanFlags | undefined {
    return this.$struct(2, this.#c2 ??= new IflaVlanFlags());
  }
  /** egress-qos: nest (type 3). */
  get egressQos(): IflaVlanQosView | undefined {
    return this.$nest(3, this.#c3 ??= new IflaVlanQosView());
  }
  /** ingress-qos: nest (type 4). */
  get ingressQos(): IflaVlanQosView | undefined {
    return this.$nest(4, this.#c4 ??= new IflaVlanQosView());
  }
  /** protocol: u16; enum vlan-protocols; big-endian (type 5). */
  get protocol(): number | undefined {
    return this.$u16(5, true);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoVlanAttrsValues {
    return decodeValues(schema, "linkinfo-vlan-attrs", this, false) as LinkinfoVlanAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-vlan-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-vlan-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoVlanAttrs(w: MessageWriter, v: LinkinfoVlanAttrsValues): void {
  if (v.id !== undefined) w.putU16(1, v.id);
  if (v.flag !== undefined) {
    IflaVlanFlags.write(w.view, putZeroed(w, 2, IflaVlanFlags.SIZE), v.flag);
  }
  if (v.egressQos !== undefined) {
    const n = w.nestStart(3);
    writeIflaVlanQos(w, v.egressQos);
    w.nestEnd(n);
  }
  if (v.ingressQos !== undefined) {
    const n = w.nestStart(4);
    writeIflaVlanQos(w, v.ingressQos);
    w.nestEnd(n);
  }
  if (v.protocol !== undefined) w.putU16BE(5, v.protocol);
}

/** Attribute type numbers of ifla-vlan-qos. */
export const IflaVlanQos = {
  mapping: 1,
} as const;

/** The attributes of ifla-vlan-qos as a plain object (requests, `toObject()`). */
export interface IflaVlanQosValues {
  /** mapping: binary, multi-attr (type 1). */
  mapping?: (IflaVlanQosMappingFields)[];
}

/**
 * The ifla-vlan-qos attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class IflaVlanQosView extends AttrView {
  #c1?: IflaVlanQosMapping;
  constructor() {
    super(1);
  }
  /** mapping: binary, multi-attr (type 1). */
  get mapping(): IterableIterator<IflaVlanQosMapping> {
    return this.#each1();
  }
  *#each1(): Generator<IflaVlanQosMapping, void, undefined> {
    for (const at of this.$each(1)) yield this.$structAt(at, this.#c1 ??= new IflaVlanQosMapping());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): IflaVlanQosValues {
    return decodeValues(schema, "ifla-vlan-qos", this, false) as IflaVlanQosValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "ifla-vlan-qos", this, true);
  }
}

/**
 * Writes the attributes of ifla-vlan-qos present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeIflaVlanQos(w: MessageWriter, v: IflaVlanQosValues): void {
  if (v.mapping !== undefined) {
    for (const x of v.mapping) {
      IflaVlanQosMapping.write(w.view, putZeroed(w, 1, IflaVlanQosMapping.SIZE), x);
    }
  }
}

/** Attribute type numbers of linkinfo-vrf-attrs. */
export const LinkinfoVrfAttrs = {
  table: 1,
} as const;

/** The attributes of linkinfo-vrf-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoVrfAttrsValues {
  /** table: u32 (type 1). */
  table?: number;
}

/**
 * The linkinfo-vrf-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoVrfAttrsView extends AttrView {
  constructor() {
    super(1);
  }
  /** table: u32 (type 1). */
  get table(): number | undefined {
    return this.$u32(1);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoVrfAttrsValues {
    return decodeValues(schema, "linkinfo-vrf-attrs", this, false) as LinkinfoVrfAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-vrf-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-vrf-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoVrfAttrs(w: MessageWriter, v: LinkinfoVrfAttrsValues): void {
  if (v.table !== undefined) w.putU32(1, v.table);
}

/** Attribute type numbers of xdp-attrs. */
export const XdpAttrs = {
  fd: 1,
  attached: 2,
  flags: 3,
  progId: 4,
  drvProgId: 5,
  skbProgId: 6,
  hwProgId: 7,
  expectedFd: 8,
} as const;

/** The attributes of xdp-attrs as a plain object (requests, `toObject()`). */
export interface XdpAttrsValues {
  /** fd: s32 (type 1). */
  fd?: number;
  /** attached: u8 (type 2). */
  attached?: number;
  /** flags: u32 (type 3). */
  flags?: number;
  /** prog-id: u32 (type 4). */
  progId?: number;
  /** drv-prog-id: u32 (type 5). */
  drvProgId?: number;
  /** skb-prog-id: u32 (type 6). */
  skbProgId?: number;
  /** hw-prog-id: u32 (type 7). */
  hwProgId?: number;
  /** expected-fd: s32 (type 8). */
  expectedFd?: number;
}

/**
 * The xdp-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class XdpAttrsView extends AttrView {
  constructor() {
    super(8);
  }
  /** fd: s32 (type 1). */
  get fd(): number | undefined {
    return this.$s32(1);
  }
  /** attached: u8 (type 2). */
  get attached(): number | undefined {
    return this.$u8(2);
  }
  /** flags: u32 (type 3). */
  get flags(): number | undefined {
    return this.$u32(3);
  }
  /** prog-id: u32 (type 4). */
  get progId(): number | undefined {
    return this.$u32(4);
  }
  /** drv-prog-id: u32 (type 5). */
  get drvProgId(): number | undefined {
    return this.$u32(5);
  }
  /** skb-prog-id: u32 (type 6). */
  get skbProgId(): number | undefined {
    return this.$u32(6);
  }
  /** hw-prog-id: u32 (type 7). */
  get hwProgId(): number | undefined {
    return this.$u32(7);
  }
  /** expected-fd: s32 (type 8). */
  get expectedFd(): number | undefined {
    return this.$s32(8);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): XdpAttrsValues {
    return decodeValues(schema, "xdp-attrs", this, false) as XdpAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "xdp-attrs", this, true);
  }
}

/**
 * Writes the attributes of xdp-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeXdpAttrs(w: MessageWriter, v: XdpAttrsValues): void {
  if (v.fd !== undefined) w.putS32(1, v.fd);
  if (v.attached !== undefined) w.putU8(2, v.attached);
  if (v.flags !== undefined) w.putU32(3, v.flags);
  if (v.progId !== undefined) w.putU32(4, v.progId);
  if (v.drvProgId !== undefined) w.putU32(5, v.drvProgId);
  if (v.skbProgId !== undefined) w.putU32(6, v.skbProgId);
  if (v.hwProgId !== undefined) w.putU32(7, v.hwProgId);
  if (v.expectedFd !== undefined) w.putS32(8, v.expectedFd);
}

/** Attribute type numbers of ifla-attrs. */
export const IflaAttrs = {
  conf: 1,
} as const;

/** The attributes of ifla-attrs as a plain object (requests, `toObject()`). */
export interface IflaAttrsValues {
  /** conf: binary (type 1). */
  conf?: Ipv4DevconfFields;
}

/**
 * The ifla-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class IflaAttrsView extends AttrView {
  #c1?: Ipv4Devconf;
  constructor() {
    super(1);
  }
  /** conf: binary (type 1). */
  get conf(): Ipv4Devconf | undefined {
    return this.$struct(1, this.#c1 ??= new Ipv4Devconf());
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): IflaAttrsValues {
    return decodeValues(schema, "ifla-attrs", this, false) as IflaAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "ifla-attrs", this, true);
  }
}

/**
 * Writes the attributes of ifla-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeIflaAttrs(w: MessageWriter, v: IflaAttrsValues): void {
  if (v.conf !== undefined) Ipv4Devconf.write(w.view, putZeroed(w, 1, Ipv4Devconf.SIZE), v.conf);
}

/** Attribute type numbers of ifla6-attrs. */
export const Ifla6Attrs = {
  flags: 1,
  conf: 2,
  stats: 3,
  mcast: 4,
  cacheinfo: 5,
  icmp6Stats: 6,
  token: 7,
  addrGenMode: 8,
  raMtu: 9,
} as const;

/** The attributes of ifla6-attrs as a plain object (requests, `toObject()`). */
export interface Ifla6AttrsValues {
  /** flags: u32 (type 1). */
  flags?: number;
  /** conf: binary (type 2). */
  conf?: Ipv6DevconfFields;
  /** stats: binary (type 3). */
  stats?: IflaInet6StatsFields;
  /** mcast: binary (type 4). */
  mcast?: Uint8Array;
  /** cacheinfo: binary (type 5). */
  cacheinfo?: IflaCacheinfoFields;
  /** icmp6-stats: binary (type 6). */
  icmp6Stats?: IflaIcmp6StatsFields;
  /** token: binary (type 7). */
  token?: Uint8Array;
  /** addr-gen-mode: u8 (type 8). */
  addrGenMode?: number;
  /** ra-mtu: u32 (type 9). */
  raMtu?: number;
}

/**
 * The ifla6-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class Ifla6AttrsView extends AttrView {
  #c2?: Ipv6Devconf;
  #c3?: IflaInet6Stats;
  #c5?: IflaCacheinfo;
  #c6?: IflaIcmp6Stats;
  constructor() {
    super(9);
  }
  /** flags: u32 (type 1). */
  get flags(): number | undefined {
    return this.$u32(1);
  }
  /** conf: binary (type 2). */
  get conf(): Ipv6Devconf | undefined {
    return this.$struct(2, this.#c2 ??= new Ipv6Devconf());
  }
  /** stats: binary (type 3). */
  get stats(): IflaInet6Stats | undefined {
    return this.$struct(3, this.#c3 ??= new IflaInet6Stats());
  }
  /** mcast: binary (type 4). */
  get mcast(): Uint8Array | undefined {
    return this.$bin(4);
  }
  /** cacheinfo: binary (type 5). */
  get cacheinfo(): IflaCacheinfo | undefined {
    return this.$struct(5, this.#c5 ??= new IflaCacheinfo());
  }
  /** icmp6-stats: binary (type 6). */
  get icmp6Stats(): IflaIcmp6Stats | undefined {
    return this.$struct(6, this.#c6 ??= new IflaIcmp6Stats());
  }
  /** token: binary (type 7). */
  get token(): Uint8Array | undefined {
    return this.$bin(7);
  }
  /** addr-gen-mode: u8 (type 8). */
  get addrGenMode(): number | undefined {
    return this.$u8(8);
  }
  /** ra-mtu: u32 (type 9). */
  get raMtu(): number | undefined {
    return this.$u32(9);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): Ifla6AttrsValues {
    return decodeValues(schema, "ifla6-attrs", this, false) as Ifla6AttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "ifla6-attrs", this, true);
  }
}

/**
 * Writes the attributes of ifla6-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeIfla6Attrs(w: MessageWriter, v: Ifla6AttrsValues): void {
  if (v.flags !== undefined) w.putU32(1, v.flags);
  if (v.conf !== undefined) Ipv6Devconf.write(w.view, putZeroed(w, 2, Ipv6Devconf.SIZE), v.conf);
  if (v.stats !== undefined) {
    IflaInet6Stats.write(w.view, putZeroed(w, 3, IflaInet6Stats.SIZE), v.stats);
  }
  if (v.mcast !== undefined) w.putBytes(4, v.mcast);
  if (v.cacheinfo !== undefined) {
    IflaCacheinfo.write(w.view, putZeroed(w, 5, IflaCacheinfo.SIZE), v.cacheinfo);
  }
  if (v.icmp6Stats !== undefined) {
    IflaIcmp6Stats.write(w.view, putZeroed(w, 6, IflaIcmp6Stats.SIZE), v.icmp6Stats);
  }
  if (v.token !== undefined) w.putBytes(7, v.token);
  if (v.addrGenMode !== undefined) w.putU8(8, v.addrGenMode);
  if (v.raMtu !== undefined) w.putU32(9, v.raMtu);
}

/** Attribute type numbers of mctp-attrs. */
export const MctpAttrs = {
  net: 1,
} as const;

/** The attributes of mctp-attrs as a plain object (requests, `toObject()`). */
export interface MctpAttrsValues {
  /** net: u32 (type 1). */
  net?: number;
}

/**
 * The mctp-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class MctpAttrsView extends AttrView {
  constructor() {
    super(1);
  }
  /** net: u32 (type 1). */
  get net(): number | undefined {
    return this.$u32(1);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): MctpAttrsValues {
    return decodeValues(schema, "mctp-attrs", this, false) as MctpAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "mctp-attrs", this, true);
  }
}

/**
 * Writes the attributes of mctp-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeMctpAttrs(w: MessageWriter, v: MctpAttrsValues): void {
  if (v.net !== undefined) w.putU32(1, v.net);
}

/** Attribute type numbers of stats-attrs. */
export const StatsAttrs = {
  link64: 1,
  linkXstats: 2,
  linkXstatsSlave: 3,
  linkOffloadXstats: 4,
  afSpec: 5,
} as const;

/** The attributes of stats-attrs as a plain object (requests, `toObject()`). */
export interface StatsAttrsValues {
  /** link-64: binary (type 1). */
  link64?: RtnlLinkStats64Fields;
  /** link-xstats: binary (type 2). */
  linkXstats?: Uint8Array;
  /** link-xstats-slave: binary (type 3). */
  linkXstatsSlave?: Uint8Array;
  /** link-offload-xstats: nest (type 4). */
  linkOffloadXstats?: LinkOffloadXstatsValues;
  /** af-spec: binary (type 5). */
  afSpec?: Uint8Array;
}

/**
 * The stats-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class StatsAttrsView extends AttrView {
  #c1?: RtnlLinkStats64;
  #c4?: LinkOffloadXstatsView;
  constructor() {
    super(5);
  }
  /** link-64: binary (type 1). */
  get link64(): RtnlLinkStats64 | undefined {
    return this.$struct(1, this.#c1 ??= new RtnlLinkStats64());
  }
  /** link-xstats: binary (type 2). */
  get linkXstats(): Uint8Array | undefined {
    return this.$bin(2);
  }
  /** link-xstats-slave: binary (type 3). */
  get linkXstatsSlave(): Uint8Array | undefined {
    return this.$bin(3);
  }
  /** link-offload-xstats: nest (type 4). */
  get linkOffloadXstats(): LinkOffloadXstatsView | undefined {
    return this.$nest(4, this.#c4 ??= new LinkOffloadXstatsView());
  }
  /** af-spec: binary (type 5). */
  get afSpec(): Uint8Array | undefined {
    return this.$bin(5);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): StatsAttrsValues {
    return decodeValues(schema, "stats-attrs", this, false) as StatsAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "stats-attrs", this, true);
  }
}

/**
 * Writes the attributes of stats-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeStatsAttrs(w: MessageWriter, v: StatsAttrsValues): void {
  if (v.link64 !== undefined) {
    RtnlLinkStats64.write(w.view, putZeroed(w, 1, RtnlLinkStats64.SIZE), v.link64);
  }
  if (v.linkXstats !== undefined) w.putBytes(2, v.linkXstats);
  if (v.linkXstatsSlave !== undefined) w.putBytes(3, v.linkXstatsSlave);
  if (v.linkOffloadXstats !== undefined) {
    const n = w.nestStart(4);
    writeLinkOffloadXstats(w, v.linkOffloadXstats);
    w.nestEnd(n);
  }
  if (v.afSpec !== undefined) w.putBytes(5, v.afSpec);
}

/** Attribute type numbers of link-offload-xstats. */
export const LinkOffloadXstats = {
  cpuHit: 1,
  hwSInfo: 2,
  l3Stats: 3,
} as const;

/** The attributes of link-offload-xstats as a plain object (requests, `toObject()`). */
export interface LinkOffloadXstatsValues {
  /** cpu-hit: binary (type 1). */
  cpuHit?: Uint8Array;
  /** hw-s-info: indexed-array (type 2). */
  hwSInfo?: (HwSInfoOneValues)[];
  /** l3-stats: binary (type 3). */
  l3Stats?: Uint8Array;
}

/**
 * The link-offload-xstats attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkOffloadXstatsView extends AttrView {
  #c2?: HwSInfoOneView;
  constructor() {
    super(3);
  }
  /** cpu-hit: binary (type 1). */
  get cpuHit(): Uint8Array | undefined {
    return this.$bin(1);
  }
  /** hw-s-info: indexed-array (type 2). */
  get hwSInfo(): IterableIterator<HwSInfoOneView> | undefined {
    return this.has(2) ? this.#items2() : undefined;
  }
  *#items2(): Generator<HwSInfoOneView, void, undefined> {
    for (const at of this.$items(2)) yield this.$nestAt(at, this.#c2 ??= new HwSInfoOneView());
  }
  /** l3-stats: binary (type 3). */
  get l3Stats(): Uint8Array | undefined {
    return this.$bin(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkOffloadXstatsValues {
    return decodeValues(schema, "link-offload-xstats", this, false) as LinkOffloadXstatsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "link-offload-xstats", this, true);
  }
}

/**
 * Writes the attributes of link-offload-xstats present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkOffloadXstats(w: MessageWriter, v: LinkOffloadXstatsValues): void {
  if (v.cpuHit !== undefined) w.putBytes(1, v.cpuHit);
  if (v.hwSInfo !== undefined) {
    const n = w.nestStart(2);
    v.hwSInfo.forEach((y, i) => {
      const m = w.nestStart(i);
      writeHwSInfoOne(w, y);
      w.nestEnd(m);
    });
    w.nestEnd(n);
  }
  if (v.l3Stats !== undefined) w.putBytes(3, v.l3Stats);
}

/** Attribute type numbers of hw-s-info-one. */
export const HwSInfoOne = {
  request: 1,
  used: 2,
} as const;

/** The attributes of hw-s-info-one as a plain object (requests, `toObject()`). */
export interface HwSInfoOneValues {
  /** request: u8 (type 1). */
  request?: number;
  /** used: u8 (type 2). */
  used?: number;
}

/**
 * The hw-s-info-one attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class HwSInfoOneView extends AttrView {
  constructor() {
    super(2);
  }
  /** request: u8 (type 1). */
  get request(): number | undefined {
    return this.$u8(1);
  }
  /** used: u8 (type 2). */
  get used(): number | undefined {
    return this.$u8(2);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): HwSInfoOneValues {
    return decodeValues(schema, "hw-s-info-one", this, false) as HwSInfoOneValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "hw-s-info-one", this, true);
  }
}

/**
 * Writes the attributes of hw-s-info-one present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeHwSInfoOne(w: MessageWriter, v: HwSInfoOneValues): void {
  if (v.request !== undefined) w.putU8(1, v.request);
  if (v.used !== undefined) w.putU8(2, v.used);
}

/** Attribute type numbers of link-dpll-pin-attrs. */
export const LinkDpllPinAttrs = {
  id: 1,
} as const;

/** The attributes of link-dpll-pin-attrs as a plain object (requests, `toObject()`). */
export interface LinkDpllPinAttrsValues {
  /** id: u32 (type 1). */
  id?: number;
}

/**
 * The link-dpll-pin-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkDpllPinAttrsView extends AttrView {
  constructor() {
    super(1);
  }
  /** id: u32 (type 1). */
  get id(): number | undefined {
    return this.$u32(1);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkDpllPinAttrsValues {
    return decodeValues(schema, "link-dpll-pin-attrs", this, false) as LinkDpllPinAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "link-dpll-pin-attrs", this, true);
  }
}

/**
 * Writes the attributes of link-dpll-pin-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkDpllPinAttrs(w: MessageWriter, v: LinkDpllPinAttrsValues): void {
  if (v.id !== undefined) w.putU32(1, v.id);
}

/** Attribute type numbers of linkinfo-netkit-attrs. */
export const LinkinfoNetkitAttrs = {
  peerInfo: 1,
  primary: 2,
  policy: 3,
  peerPolicy: 4,
  mode: 5,
} as const;

/** The attributes of linkinfo-netkit-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoNetkitAttrsValues {
  /** peer-info: binary (type 1). */
  peerInfo?: Uint8Array;
  /** primary: u8 (type 2). */
  primary?: number;
  /** policy: u32; enum netkit-policy (type 3). */
  policy?: number;
  /** peer-policy: u32; enum netkit-policy (type 4). */
  peerPolicy?: number;
  /** mode: u32; enum netkit-mode (type 5). */
  mode?: number;
}

/**
 * The linkinfo-netkit-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoNetkitAttrsView extends AttrView {
  constructor() {
    super(5);
  }
  /** peer-info: binary (type 1). */
  get peerInfo(): Uint8Array | undefined {
    return this.$bin(1);
  }
  /** primary: u8 (type 2). */
  get primary(): number | undefined {
    return this.$u8(2);
  }
  /** policy: u32; enum netkit-policy (type 3). */
  get policy(): number | undefined {
    return this.$u32(3);
  }
  /** peer-policy: u32; enum netkit-policy (type 4). */
  get peerPolicy(): number | undefined {
    return this.$u32(4);
  }
  /** mode: u32; enum netkit-mode (type 5). */
  get mode(): number | undefined {
    return this.$u32(5);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoNetkitAttrsValues {
    return decodeValues(schema, "linkinfo-netkit-attrs", this, false) as LinkinfoNetkitAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-netkit-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-netkit-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoNetkitAttrs(w: MessageWriter, v: LinkinfoNetkitAttrsValues): void {
  if (v.peerInfo !== undefined) w.putBytes(1, v.peerInfo);
  if (v.primary !== undefined) w.putU8(2, v.primary);
  if (v.policy !== undefined) w.putU32(3, v.policy);
  if (v.peerPolicy !== undefined) w.putU32(4, v.peerPolicy);
  if (v.mode !== undefined) w.putU32(5, v.mode);
}

/** Attribute type numbers of linkinfo-veth-attrs. */
export const LinkinfoVethAttrs = {
  peer: 1,
} as const;

/** The attributes of linkinfo-veth-attrs as a plain object (requests, `toObject()`). */
export interface LinkinfoVethAttrsValues {
  /**
   * The peer device, created with this one.
   *
   * peer: nest (type 1).
   */
  peer?: LinkAttrsValues & { ifinfomsg?: IfinfomsgFields };
}

/**
 * The linkinfo-veth-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class LinkinfoVethAttrsView extends AttrView {
  #c1?: LinkAttrsWithIfinfomsg;
  constructor() {
    super(1);
  }
  /**
   * The peer device, created with this one.
   *
   * peer: nest (type 1).
   */
  get peer(): LinkAttrsWithIfinfomsg | undefined {
    return this.$nest(1, this.#c1 ??= new LinkAttrsWithIfinfomsg(), 16);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): LinkinfoVethAttrsValues {
    return decodeValues(schema, "linkinfo-veth-attrs", this, false) as LinkinfoVethAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "linkinfo-veth-attrs", this, true);
  }
}

/**
 * Writes the attributes of linkinfo-veth-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeLinkinfoVethAttrs(w: MessageWriter, v: LinkinfoVethAttrsValues): void {
  if (v.peer !== undefined) {
    const n = w.nestStart(1);
    Ifinfomsg.write(w.view, w.reserve(Ifinfomsg.SIZE), v.peer.ifinfomsg ?? {});
    writeLinkAttrs(w, v.peer);
    w.nestEnd(n);
  }
}

/** The link-attrs attributes after a fixed header `ifinfomsg`, read in place. */
export class LinkAttrsWithIfinfomsg extends LinkAttrsView {
  /** The fixed header, read and written in place. */
  readonly ifinfomsg = new Ifinfomsg();
  /** Points the view at a header then attributes in `buffer[start, end)`. @returns This view. */
  override reset(buffer: Uint8Array, start: number, end: number, view?: DataView): this {
    const dv = view ?? new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this.ifinfomsg.reset(dv, start - 16, end - start + 16);
    return super.reset(buffer, start, end, dv);
  }
  /** The header and attributes as a plain object the caller owns. @returns A new object. */
  override toObject(): LinkAttrsValues & { ifinfomsg: IfinfomsgFields } {
    return { ifinfomsg: this.ifinfomsg.toObject(), ...super.toObject() };
  }
  /** Header fields and attributes side by side, with the spec's names. @returns A new object. */
  override toJSON(): Record<string, unknown> {
    return sideBySide(decodeValues(schema, "ifinfomsg", this.ifinfomsg, true), super.toJSON());
  }
}

/** A message of rt-link read in place: its fixed header `ifinfomsg` and the link-attrs attributes. */
export class LinkMessage extends LinkAttrsView {
  /** The fixed header, read and written in place. */
  readonly ifinfomsg = new Ifinfomsg();
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    this.ifinfomsg.reset(m.view, at, m.payloadLength);
    const start = at + 16;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The header and attributes as a plain object the caller owns. @returns A new object. */
  override toObject(): LinkAttrsValues & { ifinfomsg: IfinfomsgFields } {
    return { ifinfomsg: this.ifinfomsg.toObject(), ...super.toObject() };
  }
  /** Header fields and attributes side by side, with the spec's names. @returns A new object. */
  override toJSON(): Record<string, unknown> {
    return sideBySide(decodeValues(schema, "ifinfomsg", this.ifinfomsg, true), super.toJSON());
  }
}

/** A message of rt-link read in place: its fixed header `ifStatsMsg` and the stats-attrs attributes. */
export class StatsMessage extends StatsAttrsView {
  /** The fixed header, read and written in place. */
  readonly ifStatsMsg = new IfStatsMsg();
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    this.ifStatsMsg.reset(m.view, at, m.payloadLength);
    const start = at + 12;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The header and attributes as a plain object the caller owns. @returns A new object. */
  override toObject(): StatsAttrsValues & { ifStatsMsg: IfStatsMsgFields } {
    return { ifStatsMsg: this.ifStatsMsg.toObject(), ...super.toObject() };
  }
  /** Header fields and attributes side by side, with the spec's names. @returns A new object. */
  override toJSON(): Record<string, unknown> {
    return sideBySide(decodeValues(schema, "if_stats_msg", this.ifStatsMsg, true), super.toJSON());
  }
}

/** The request of newlink (do): Create a new link. */
export type NewlinkRequest =
  & Pick<
    LinkAttrsValues,
    | "ifname"
    | "netNsPid"
    | "netNsFd"
    | "targetNetnsid"
    | "linkNetnsid"
    | "linkinfo"
    | "group"
    | "numTxQueues"
    | "numRxQueues"
    | "address"
    | "broadcast"
    | "mtu"
    | "txqlen"
    | "operstate"
    | "linkmode"
    | "gsoMaxSize"
    | "gsoMaxSegs"
    | "groMaxSize"
    | "gsoIpv4MaxSize"
    | "groIpv4MaxSize"
    | "afSpec"
  >
  & { ifinfomsg?: IfinfomsgFields };

/**
 * Writes a newlink do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 16.
 * @returns The message's length.
 */
export function encodeNewlink(
  w: MessageWriter,
  req: NewlinkRequest,
  flags = 0x5,
  type = 16,
): number {
  w.begin(type, flags);
  const at = w.reserve(16);
  const h = req.ifinfomsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.ifiFamily !== undefined) dv.setUint8(at + 0, h.ifiFamily);
    if (h.ifiType !== undefined) dv.setUint16(at + 2, h.ifiType, true);
    if (h.ifiIndex !== undefined) dv.setInt32(at + 4, h.ifiIndex, true);
    if (h.ifiFlags !== undefined) dv.setUint32(at + 8, h.ifiFlags, true);
    if (h.ifiChange !== undefined) dv.setUint32(at + 12, h.ifiChange, true);
  }
  const v = req;
  if (v.address !== undefined) {
    w.putBytes(1, typeof v.address === "string" ? textToBytes("mac", v.address) : v.address);
  }
  if (v.broadcast !== undefined) {
    w.putBytes(2, typeof v.broadcast === "string" ? textToBytes("mac", v.broadcast) : v.broadcast);
  }
  if (v.ifname !== undefined) w.putString(3, v.ifname);
  if (v.mtu !== undefined) w.putU32(4, v.mtu);
  if (v.txqlen !== undefined) w.putU32(13, checkRange("txqlen", v.txqlen, undefined, 32767));
  if (v.operstate !== undefined) w.putU8(16, v.operstate);
  if (v.linkmode !== undefined) w.putU8(17, v.linkmode);
  if (v.linkinfo !== undefined) {
    const n = w.nestStart(18);
    writeLinkinfoAttrs(w, v.linkinfo);
    w.nestEnd(n);
  }
  if (v.netNsPid !== undefined) w.putU32(19, v.netNsPid);
  if (v.afSpec !== undefined) {
    const n = w.nestStart(26);
    writeAfSpecAttrs(w, v.afSpec);
    w.nestEnd(n);
  }
  if (v.group !== undefined) w.putU32(27, v.group);
  if (v.netNsFd !== undefined) w.putU32(28, v.netNsFd);
  if (v.numTxQueues !== undefined) w.putU32(31, v.numTxQueues);
  if (v.numRxQueues !== undefined) w.putU32(32, v.numRxQueues);
  if (v.linkNetnsid !== undefined) w.putS32(37, v.linkNetnsid);
  if (v.gsoMaxSegs !== undefined) w.putU32(40, v.gsoMaxSegs);
  if (v.gsoMaxSize !== undefined) w.putU32(41, v.gsoMaxSize);
  if (v.targetNetnsid !== undefined) w.putS32(46, v.targetNetnsid);
  if (v.groMaxSize !== undefined) w.putU32(58, v.groMaxSize);
  if (v.gsoIpv4MaxSize !== undefined) w.putU32(63, v.gsoIpv4MaxSize);
  if (v.groIpv4MaxSize !== undefined) w.putU32(64, v.groIpv4MaxSize);
  return w.end();
}

/** The request of dellink (do): Delete an existing link. */
export type DellinkRequest = Pick<LinkAttrsValues, "ifname"> & { ifinfomsg?: IfinfomsgFields };

/**
 * Writes a dellink do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 17.
 * @returns The message's length.
 */
export function encodeDellink(
  w: MessageWriter,
  req: DellinkRequest,
  flags = 0x5,
  type = 17,
): number {
  w.begin(type, flags);
  const at = w.reserve(16);
  const h = req.ifinfomsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.ifiFamily !== undefined) dv.setUint8(at + 0, h.ifiFamily);
    if (h.ifiType !== undefined) dv.setUint16(at + 2, h.ifiType, true);
    if (h.ifiIndex !== undefined) dv.setInt32(at + 4, h.ifiIndex, true);
    if (h.ifiFlags !== undefined) dv.setUint32(at + 8, h.ifiFlags, true);
    if (h.ifiChange !== undefined) dv.setUint32(at + 12, h.ifiChange, true);
  }
  const v = req;
  if (v.ifname !== undefined) w.putString(3, v.ifname);
  return w.end();
}

/** The request of getlink (do): Get / dump information about a link. */
export type GetlinkRequest =
  & Pick<LinkAttrsValues, "ifname" | "altIfname" | "extMask" | "targetNetnsid">
  & { ifinfomsg?: IfinfomsgFields };

/**
 * Writes a getlink do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type `nlmsg_type`; default 18.
 * @returns The message's length.
 */
export function encodeGetlink(
  w: MessageWriter,
  req: GetlinkRequest,
  flags = 0x1,
  type = 18,
): number {
  w.begin(type, flags);
  const at = w.reserve(16);
  const h = req.ifinfomsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.ifiFamily !== undefined) dv.setUint8(at + 0, h.ifiFamily);
    if (h.ifiType !== undefined) dv.setUint16(at + 2, h.ifiType, true);
    if (h.ifiIndex !== undefined) dv.setInt32(at + 4, h.ifiIndex, true);
    if (h.ifiFlags !== undefined) dv.setUint32(at + 8, h.ifiFlags, true);
    if (h.ifiChange !== undefined) dv.setUint32(at + 12, h.ifiChange, true);
  }
  const v = req;
  if (v.ifname !== undefined) w.putString(3, v.ifname);
  if (v.extMask !== undefined) w.putU32(29, v.extMask);
  if (v.targetNetnsid !== undefined) w.putS32(46, v.targetNetnsid);
  if (v.altIfname !== undefined) w.putString(53, v.altIfname);
  return w.end();
}

/** The request of getlink (dump): Get / dump information about a link. */
export type GetlinkDumpRequest =
  & Pick<LinkAttrsValues, "targetNetnsid" | "extMask" | "master" | "linkinfo">
  & { ifinfomsg?: IfinfomsgFields };

/**
 * Writes a getlink dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type `nlmsg_type`; default 18.
 * @returns The message's length.
 */
export function encodeGetlinkDump(
  w: MessageWriter,
  req: GetlinkDumpRequest,
  flags = 0x301,
  type = 18,
): number {
  w.begin(type, flags);
  const at = w.reserve(16);
  const h = req.ifinfomsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.ifiFamily !== undefined) dv.setUint8(at + 0, h.ifiFamily);
    if (h.ifiType !== undefined) dv.setUint16(at + 2, h.ifiType, true);
    if (h.ifiIndex !== undefined) dv.setInt32(at + 4, h.ifiIndex, true);
    if (h.ifiFlags !== undefined) dv.setUint32(at + 8, h.ifiFlags, true);
    if (h.ifiChange !== undefined) dv.setUint32(at + 12, h.ifiChange, true);
  }
  const v = req;
  if (v.master !== undefined) w.putU32(10, v.master);
  if (v.linkinfo !== undefined) {
    const n = w.nestStart(18);
    writeLinkinfoAttrs(w, v.linkinfo);
    w.nestEnd(n);
  }
  if (v.extMask !== undefined) w.putU32(29, v.extMask);
  if (v.targetNetnsid !== undefined) w.putS32(46, v.targetNetnsid);
  return w.end();
}

/** The request of setlink (do): Set information about a link. */
export type SetlinkRequest =
  & Pick<
    LinkAttrsValues,
    | "address"
    | "broadcast"
    | "ifname"
    | "mtu"
    | "link"
    | "qdisc"
    | "stats"
    | "cost"
    | "priority"
    | "master"
    | "wireless"
    | "protinfo"
    | "txqlen"
    | "map"
    | "weight"
    | "operstate"
    | "linkmode"
    | "linkinfo"
    | "netNsPid"
    | "ifalias"
    | "numVf"
    | "vfinfoList"
    | "stats64"
    | "vfPorts"
    | "portSelf"
    | "afSpec"
    | "group"
    | "netNsFd"
    | "extMask"
    | "promiscuity"
    | "numTxQueues"
    | "numRxQueues"
    | "carrier"
    | "physPortId"
    | "carrierChanges"
    | "physSwitchId"
    | "linkNetnsid"
    | "physPortName"
    | "protoDown"
    | "gsoMaxSegs"
    | "gsoMaxSize"
    | "xdp"
    | "event"
    | "newNetnsid"
    | "targetNetnsid"
    | "carrierUpCount"
    | "carrierDownCount"
    | "newIfindex"
    | "minMtu"
    | "maxMtu"
    | "propList"
    | "permAddress"
    | "protoDownReason"
    | "parentDevName"
    | "parentDevBusName"
    | "groMaxSize"
    | "tsoMaxSize"
    | "tsoMaxSegs"
    | "allmulti"
    | "devlinkPort"
    | "gsoIpv4MaxSize"
    | "groIpv4MaxSize"
  >
  & { ifinfomsg?: IfinfomsgFields };

/**
 * Writes a setlink do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 19.
 * @returns The message's length.
 */
export function encodeSetlink(
  w: MessageWriter,
  req: SetlinkRequest,
  flags = 0x5,
  type = 19,
): number {
  w.begin(type, flags);
  const at = w.reserve(16);
  const h = req.ifinfomsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.ifiFamily !== undefined) dv.setUint8(at + 0, h.ifiFamily);
    if (h.ifiType !== undefined) dv.setUint16(at + 2, h.ifiType, true);
    if (h.ifiIndex !== undefined) dv.setInt32(at + 4, h.ifiIndex, true);
    if (h.ifiFlags !== undefined) dv.setUint32(at + 8, h.ifiFlags, true);
    if (h.ifiChange !== undefined) dv.setUint32(at + 12, h.ifiChange, true);
  }
  const v = req;
  if (v.address !== undefined) {
    w.putBytes(1, typeof v.address === "string" ? textToBytes("mac", v.address) : v.address);
  }
  if (v.broadcast !== undefined) {
    w.putBytes(2, typeof v.broadcast === "string" ? textToBytes("mac", v.broadcast) : v.broadcast);
  }
  if (v.ifname !== undefined) w.putString(3, v.ifname);
  if (v.mtu !== undefined) w.putU32(4, v.mtu);
  if (v.link !== undefined) w.putU32(5, v.link);
  if (v.qdisc !== undefined) w.putString(6, v.qdisc);
  if (v.stats !== undefined) {
    RtnlLinkStats.write(w.view, putZeroed(w, 7, RtnlLinkStats.SIZE), v.stats);
  }
  if (v.cost !== undefined) w.putString(8, v.cost);
  if (v.priority !== undefined) w.putString(9, v.priority);
  if (v.master !== undefined) w.putU32(10, v.master);
  if (v.wireless !== undefined) w.putString(11, v.wireless);
  if (v.protinfo !== undefined) w.putString(12, v.protinfo);
  if (v.txqlen !== undefined) w.putU32(13, checkRange("txqlen", v.txqlen, undefined, 32767));
  if (v.map !== undefined) RtnlLinkIfmap.write(w.view, putZeroed(w, 14, RtnlLinkIfmap.SIZE), v.map);
  if (v.weight !== undefined) w.putU32(15, v.weight);
  if (v.operstate !== undefined) w.putU8(16, v.operstate);
  if (v.linkmode !== undefined) w.putU8(17, v.linkmode);
  if (v.linkinfo !== undefined) {
    const n = w.nestStart(18);
    writeLinkinfoAttrs(w, v.linkinfo);
    w.nestEnd(n);
  }
  if (v.netNsPid !== undefined) w.putU32(19, v.netNsPid);
  if (v.ifalias !== undefined) w.putString(20, v.ifalias);
  if (v.numVf !== undefined) w.putU32(21, v.numVf);
  if (v.vfinfoList !== undefined) {
    const n = w.nestStart(22);
    writeVfinfoListAttrs(w, v.vfinfoList);
    w.nestEnd(n);
  }
  if (v.stats64 !== undefined) {
    RtnlLinkStats64.write(w.view, putZeroed(w, 23, RtnlLinkStats64.SIZE), v.stats64);
  }
  if (v.vfPorts !== undefined) {
    const n = w.nestStart(24);
    writeVfPortsAttrs(w, v.vfPorts);
    w.nestEnd(n);
  }
  if (v.portSelf !== undefined) {
    const n = w.nestStart(25);
    writePortSelfAttrs(w, v.portSelf);
    w.nestEnd(n);
  }
  if (v.afSpec !== undefined) {
    const n = w.nestStart(26);
    writeAfSpecAttrs(w, v.afSpec);
    w.nestEnd(n);
  }
  if (v.group !== undefined) w.putU32(27, v.group);
  if (v.netNsFd !== undefined) w.putU32(28, v.netNsFd);
  if (v.extMask !== undefined) w.putU32(29, v.extMask);
  if (v.promiscuity !== undefined) w.putU32(30, v.promiscuity);
  if (v.numTxQueues !== undefined) w.putU32(31, v.numTxQueues);
  if (v.numRxQueues !== undefined) w.putU32(32, v.numRxQueues);
  if (v.carrier !== undefined) w.putU8(33, v.carrier);
  if (v.physPortId !== undefined) w.putBytes(34, v.physPortId);
  if (v.carrierChanges !== undefined) w.putU32(35, v.carrierChanges);
  if (v.physSwitchId !== undefined) w.putBytes(36, v.physSwitchId);
  if (v.linkNetnsid !== undefined) w.putS32(37, v.linkNetnsid);
  if (v.physPortName !== undefined) w.putString(38, v.physPortName);
  if (v.protoDown !== undefined) w.putU8(39, v.protoDown);
  if (v.gsoMaxSegs !== undefined) w.putU32(40, v.gsoMaxSegs);
  if (v.gsoMaxSize !== undefined) w.putU32(41, v.gsoMaxSize);
  if (v.xdp !== undefined) {
    const n = w.nestStart(43);
    writeXdpAttrs(w, v.xdp);
    w.nestEnd(n);
  }
  if (v.event !== undefined) w.putU32(44, v.event);
  if (v.newNetnsid !== undefined) w.putS32(45, v.newNetnsid);
  if (v.targetNetnsid !== undefined) w.putS32(46, v.targetNetnsid);
  if (v.carrierUpCount !== undefined) w.putU32(47, v.carrierUpCount);
  if (v.carrierDownCount !== undefined) w.putU32(48, v.carrierDownCount);
  if (v.newIfindex !== undefined) w.putS32(49, v.newIfindex);
  if (v.minMtu !== undefined) w.putU32(50, v.minMtu);
  if (v.maxMtu !== undefined) w.putU32(51, v.maxMtu);
  if (v.propList !== undefined) {
    const n = w.nestStart(52);
    writePropListLinkAttrs(w, v.propList);
    w.nestEnd(n);
  }
  if (v.permAddress !== undefined) {
    w.putBytes(
      54,
      typeof v.permAddress === "string" ? textToBytes("mac", v.permAddress) : v.permAddress,
    );
  }
  if (v.protoDownReason !== undefined) w.putString(55, v.protoDownReason);
  if (v.parentDevName !== undefined) w.putString(56, v.parentDevName);
  if (v.parentDevBusName !== undefined) w.putString(57, v.parentDevBusName);
  if (v.groMaxSize !== undefined) w.putU32(58, v.groMaxSize);
  if (v.tsoMaxSize !== undefined) w.putU32(59, v.tsoMaxSize);
  if (v.tsoMaxSegs !== undefined) w.putU32(60, v.tsoMaxSegs);
  if (v.allmulti !== undefined) w.putU32(61, v.allmulti);
  if (v.devlinkPort !== undefined) w.putBytes(62, v.devlinkPort);
  if (v.gsoIpv4MaxSize !== undefined) w.putU32(63, v.gsoIpv4MaxSize);
  if (v.groIpv4MaxSize !== undefined) w.putU32(64, v.groIpv4MaxSize);
  return w.end();
}

/** The request of getstats (do): Get / dump link stats. */
export type GetstatsRequest = { ifStatsMsg?: IfStatsMsgFields };

/**
 * Writes a getstats do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type `nlmsg_type`; default 94.
 * @returns The message's length.
 */
export function encodeGetstats(
  w: MessageWriter,
  req: GetstatsRequest,
  flags = 0x1,
  type = 94,
): number {
  w.begin(type, flags);
  const at = w.reserve(12);
  const h = req.ifStatsMsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.family !== undefined) dv.setUint8(at + 0, h.family);
    if (h.ifindex !== undefined) dv.setUint32(at + 4, h.ifindex, true);
    if (h.filterMask !== undefined) dv.setUint32(at + 8, h.filterMask, true);
  }
  return w.end();
}

/** The request of getstats (dump): Get / dump link stats. */
export type GetstatsDumpRequest = { ifStatsMsg?: IfStatsMsgFields };

/**
 * Writes a getstats dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type `nlmsg_type`; default 94.
 * @returns The message's length.
 */
export function encodeGetstatsDump(
  w: MessageWriter,
  req: GetstatsDumpRequest,
  flags = 0x301,
  type = 94,
): number {
  w.begin(type, flags);
  const at = w.reserve(12);
  const h = req.ifStatsMsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.family !== undefined) dv.setUint8(at + 0, h.family);
    if (h.ifindex !== undefined) dv.setUint32(at + 4, h.ifindex, true);
    if (h.filterMask !== undefined) dv.setUint32(at + 8, h.filterMask, true);
  }
  return w.end();
}

/**
 * A client of the rt-link family: one method per operation, over one socket.
 *
 * Link configuration over rtnetlink.
 *
 * Replies are views valid until the client receives again; call
 * `toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.
 *
 * @example
 * ```ts
 * import { RtLinkClient } from "./rt-link.ts";
 * using client = RtLinkClient.open();
 * ```
 */
export class RtLinkClient extends FamilyClient {
  #LinkMessage = new LinkMessage();
  #StatsMessage = new StatsMessage();

  /**
   * Opens a socket for the family.
   *
   * @param options Socket options, or an open socket to use.
   * @returns The client.
   * @throws {KernelError} When the kernel refuses.
   */
  static open(options: ClientOptions = {}): RtLinkClient {
    return new RtLinkClient(connect(schema, options));
  }
  /**
   * Create a new link..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  newlink(req: NewlinkRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeNewlink, req, 16, options);
  }
  /**
   * Create a new link., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  newlinkAsync(req: NewlinkRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeNewlink, req, 16, options);
  }
  /**
   * Delete an existing link..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  dellink(req: DellinkRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeDellink, req, 17, options);
  }
  /**
   * Delete an existing link., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  dellinkAsync(req: DellinkRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeDellink, req, 17, options);
  }
  /**
   * Get / dump information about a link..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getlink(req: GetlinkRequest = {}, options: DoOptions = {}): LinkMessage {
    return this.$do(encodeGetlink, req, 18, options, this.#LinkMessage);
  }
  /**
   * Get / dump information about a link., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getlinkAsync(req: GetlinkRequest = {}, options: DoOptions = {}): Promise<LinkMessage> {
    return this.$doAsync(encodeGetlink, req, 18, options, new LinkMessage());
  }
  /**
   * Get / dump information about a link (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  getlinkDump(req: GetlinkDumpRequest = {}, options: WaitOptions = {}): Dump<LinkMessage> {
    return this.$dump(encodeGetlinkDump, req, 18, this.#LinkMessage, options);
  }
  /**
   * Set information about a link..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  setlink(req: SetlinkRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeSetlink, req, 19, options);
  }
  /**
   * Set information about a link., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  setlinkAsync(req: SetlinkRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeSetlink, req, 19, options);
  }
  /**
   * Get / dump link stats..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getstats(req: GetstatsRequest = {}, options: DoOptions = {}): StatsMessage {
    return this.$do(encodeGetstats, req, 94, options, this.#StatsMessage);
  }
  /**
   * Get / dump link stats., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getstatsAsync(req: GetstatsRequest = {}, options: DoOptions = {}): Promise<StatsMessage> {
    return this.$doAsync(encodeGetstats, req, 94, options, new StatsMessage());
  }
  /**
   * Get / dump link stats (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  getstatsDump(req: GetstatsDumpRequest = {}, options: WaitOptions = {}): Dump<StatsMessage> {
    return this.$dump(encodeGetstatsDump, req, 94, this.#StatsMessage, options);
  }
  /**
   * Joins a multicast group of the family by name.
   *
   * @param group `"rtnlgrp-link"`, `"rtnlgrp-stats"`.
   * @throws {RangeError} When the family has no such group.
   */
  subscribe(group: "rtnlgrp-link" | "rtnlgrp-stats"): void {
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
    | Notification<"newlink" | "dellink" | "getlink" | "setlink", LinkMessage>
    | Notification<"getstats", StatsMessage>
  > {
    return this.$notifications(options, (name) => {
      switch (name) {
        case "newlink":
        case "dellink":
        case "getlink":
        case "setlink":
          return this.#LinkMessage;
        case "getstats":
          return this.#StatsMessage;
      }
      return undefined;
    }) as AsyncIterableIterator<
      | Notification<"newlink" | "dellink" | "getlink" | "setlink", LinkMessage>
      | Notification<"getstats", StatsMessage>
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

/** The rt-link family as data: names, numbers and types, for the JSON codec. */
export const schema: FamilySchema = {
  "name": "rt-link",
  "protocol": "netlink-raw",
  "protonum": 0,
  "version": 1,
  "enums": {
    "ifinfo-flags": {
      "kind": "flags",
      "entries": {
        "up": 1,
        "broadcast": 2,
        "debug": 4,
        "loopback": 8,
        "point-to-point": 16,
        "no-trailers": 32,
        "running": 64,
        "no-arp": 128,
        "promisc": 256,
        "all-multi": 512,
        "master": 1024,
        "slave": 2048,
        "multicast": 4096,
        "portsel": 8192,
        "auto-media": 16384,
        "dynamic": 32768,
        "lower-up": 65536,
        "dormant": 131072,
        "echo": 262144,
      },
    },
    "vlan-protocols": {
      "kind": "enum",
      "entries": {
        "8021q": 33024,
        "8021ad": 34984,
      },
    },
    "vlan-flags": {
      "kind": "flags",
      "entries": {
        "reorder-hdr": 1,
        "gvrp": 2,
        "loose-binding": 4,
        "mvrp": 8,
        "bridge-binding": 16,
      },
    },
    "ifla-vf-link-state-enum": {
      "kind": "enum",
      "entries": {
        "auto": 0,
        "enable": 1,
        "disable": 2,
      },
    },
    "rtext-filter": {
      "kind": "flags",
      "entries": {
        "vf": 1,
        "brvlan": 2,
        "brvlan-compressed": 4,
        "skip-stats": 8,
        "mrp": 16,
        "cfm-config": 32,
        "cfm-status": 64,
        "mst": 128,
      },
    },
    "netkit-policy": {
      "kind": "enum",
      "entries": {
        "forward": 0,
        "blackhole": 2,
      },
    },
    "netkit-mode": {
      "kind": "enum",
      "entries": {
        "l2": 0,
        "l3": 1,
      },
    },
  },
  "structs": {
    "rtgenmsg": {
      "size": 1,
      "members": [
        {
          "name": "family",
          "key": "family",
          "type": "u8",
          "offset": 0,
          "size": 1,
        },
      ],
    },
    "ifinfomsg": {
      "size": 16,
      "members": [
        {
          "name": "ifi-family",
          "key": "ifiFamily",
          "type": "u8",
          "offset": 0,
          "size": 1,
        },
        {
          "name": "pad",
          "key": "pad",
          "type": "pad",
          "offset": 1,
          "size": 1,
        },
        {
          "name": "ifi-type",
          "key": "ifiType",
          "type": "u16",
          "offset": 2,
          "size": 2,
        },
        {
          "name": "ifi-index",
          "key": "ifiIndex",
          "type": "s32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "ifi-flags",
          "key": "ifiFlags",
          "type": "u32",
          "offset": 8,
          "size": 4,
          "enum": "ifinfo-flags",
          "asFlags": true,
        },
        {
          "name": "ifi-change",
          "key": "ifiChange",
          "type": "u32",
          "offset": 12,
          "size": 4,
        },
      ],
    },
    "ifla-bridge-id": {
      "size": 8,
      "members": [
        {
          "name": "prio",
          "key": "prio",
          "type": "u16",
          "offset": 0,
          "size": 2,
        },
        {
          "name": "addr",
          "key": "addr",
          "type": "binary",
          "offset": 2,
          "size": 6,
          "hint": "mac",
        },
      ],
    },
    "ifla-cacheinfo": {
      "size": 16,
      "members": [
        {
          "name": "max-reasm-len",
          "key": "maxReasmLen",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "tstamp",
          "key": "tstamp",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "reachable-time",
          "key": "reachableTime",
          "type": "s32",
          "offset": 8,
          "size": 4,
        },
        {
          "name": "retrans-time",
          "key": "retransTime",
          "type": "u32",
          "offset": 12,
          "size": 4,
        },
      ],
    },
    "rtnl-link-stats": {
      "size": 96,
      "members": [
        {
          "name": "rx-packets",
          "key": "rxPackets",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "tx-packets",
          "key": "txPackets",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "rx-bytes",
          "key": "rxBytes",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
        {
          "name": "tx-bytes",
          "key": "txBytes",
          "type": "u32",
          "offset": 12,
          "size": 4,
        },
        {
          "name": "rx-errors",
          "key": "rxErrors",
          "type": "u32",
          "offset": 16,
          "size": 4,
        },
        {
          "name": "tx-errors",
          "key": "txErrors",
          "type": "u32",
          "offset": 20,
          "size": 4,
        },
        {
          "name": "rx-dropped",
          "key": "rxDropped",
          "type": "u32",
          "offset": 24,
          "size": 4,
        },
        {
          "name": "tx-dropped",
          "key": "txDropped",
          "type": "u32",
          "offset": 28,
          "size": 4,
        },
        {
          "name": "multicast",
          "key": "multicast",
          "type": "u32",
          "offset": 32,
          "size": 4,
        },
        {
          "name": "collisions",
          "key": "collisions",
          "type": "u32",
          "offset": 36,
          "size": 4,
        },
        {
          "name": "rx-length-errors",
          "key": "rxLengthErrors",
          "type": "u32",
          "offset": 40,
          "size": 4,
        },
        {
          "name": "rx-over-errors",
          "key": "rxOverErrors",
          "type": "u32",
          "offset": 44,
          "size": 4,
        },
        {
          "name": "rx-crc-errors",
          "key": "rxCrcErrors",
          "type": "u32",
          "offset": 48,
          "size": 4,
        },
        {
          "name": "rx-frame-errors",
          "key": "rxFrameErrors",
          "type": "u32",
          "offset": 52,
          "size": 4,
        },
        {
          "name": "rx-fifo-errors",
          "key": "rxFifoErrors",
          "type": "u32",
          "offset": 56,
          "size": 4,
        },
        {
          "name": "rx-missed-errors",
          "key": "rxMissedErrors",
          "type": "u32",
          "offset": 60,
          "size": 4,
        },
        {
          "name": "tx-aborted-errors",
          "key": "txAbortedErrors",
          "type": "u32",
          "offset": 64,
          "size": 4,
        },
        {
          "name": "tx-carrier-errors",
          "key": "txCarrierErrors",
          "type": "u32",
          "offset": 68,
          "size": 4,
        },
        {
          "name": "tx-fifo-errors",
          "key": "txFifoErrors",
          "type": "u32",
          "offset": 72,
          "size": 4,
        },
        {
          "name": "tx-heartbeat-errors",
          "key": "txHeartbeatErrors",
          "type": "u32",
          "offset": 76,
          "size": 4,
        },
        {
          "name": "tx-window-errors",
          "key": "txWindowErrors",
          "type": "u32",
          "offset": 80,
          "size": 4,
        },
        {
          "name": "rx-compressed",
          "key": "rxCompressed",
          "type": "u32",
          "offset": 84,
          "size": 4,
        },
        {
          "name": "tx-compressed",
          "key": "txCompressed",
          "type": "u32",
          "offset": 88,
          "size": 4,
        },
        {
          "name": "rx-nohandler",
          "key": "rxNohandler",
          "type": "u32",
          "offset": 92,
          "size": 4,
        },
      ],
    },
    "rtnl-link-stats64": {
      "size": 200,
      "members": [
        {
          "name": "rx-packets",
          "key": "rxPackets",
          "type": "u64",
          "offset": 0,
          "size": 8,
        },
        {
          "name": "tx-packets",
          "key": "txPackets",
          "type": "u64",
          "offset": 8,
          "size": 8,
        },
        {
          "name": "rx-bytes",
          "key": "rxBytes",
          "type": "u64",
          "offset": 16,
          "size": 8,
        },
        {
          "name": "tx-bytes",
          "key": "txBytes",
          "type": "u64",
          "offset": 24,
          "size": 8,
        },
        {
          "name": "rx-errors",
          "key": "rxErrors",
          "type": "u64",
          "offset": 32,
          "size": 8,
        },
        {
          "name": "tx-errors",
          "key": "txErrors",
          "type": "u64",
          "offset": 40,
          "size": 8,
        },
        {
          "name": "rx-dropped",
          "key": "rxDropped",
          "type": "u64",
          "offset": 48,
          "size": 8,
        },
        {
          "name": "tx-dropped",
          "key": "txDropped",
          "type": "u64",
          "offset": 56,
          "size": 8,
        },
        {
          "name": "multicast",
          "key": "multicast",
          "type": "u64",
          "offset": 64,
          "size": 8,
        },
        {
          "name": "collisions",
          "key": "collisions",
          "type": "u64",
          "offset": 72,
          "size": 8,
        },
        {
          "name": "rx-length-errors",
          "key": "rxLengthErrors",
          "type": "u64",
          "offset": 80,
          "size": 8,
        },
        {
          "name": "rx-over-errors",
          "key": "rxOverErrors",
          "type": "u64",
          "offset": 88,
          "size": 8,
        },
        {
          "name": "rx-crc-errors",
          "key": "rxCrcErrors",
          "type": "u64",
          "offset": 96,
          "size": 8,
        },
        {
          "name": "rx-frame-errors",
          "key": "rxFrameErrors",
          "type": "u64",
          "offset": 104,
          "size": 8,
        },
        {
          "name": "rx-fifo-errors",
          "key": "rxFifoErrors",
          "type": "u64",
          "offset": 112,
          "size": 8,
        },
        {
          "name": "rx-missed-errors",
          "key": "rxMissedErrors",
          "type": "u64",
          "offset": 120,
          "size": 8,
        },
        {
          "name": "tx-aborted-errors",
          "key": "txAbortedErrors",
          "type": "u64",
          "offset": 128,
          "size": 8,
        },
        {
          "name": "tx-carrier-errors",
          "key": "txCarrierErrors",
          "type": "u64",
          "offset": 136,
          "size": 8,
        },
        {
          "name": "tx-fifo-errors",
          "key": "txFifoErrors",
          "type": "u64",
          "offset": 144,
          "size": 8,
        },
        {
          "name": "tx-heartbeat-errors",
          "key": "txHeartbeatErrors",
          "type": "u64",
          "offset": 152,
          "size": 8,
        },
        {
          "name": "tx-window-errors",
          "key": "txWindowErrors",
          "type": "u64",
          "offset": 160,
          "size": 8,
        },
        {
          "name": "rx-compressed",
          "key": "rxCompressed",
          "type": "u64",
          "offset": 168,
          "size": 8,
        },
        {
          "name": "tx-compressed",
          "key": "txCompressed",
          "type": "u64",
          "offset": 176,
          "size": 8,
        },
        {
          "name": "rx-nohandler",
          "key": "rxNohandler",
          "type": "u64",
          "offset": 184,
          "size": 8,
        },
        {
          "name": "rx-otherhost-dropped",
          "key": "rxOtherhostDropped",
          "type": "u64",
          "offset": 192,
          "size": 8,
        },
      ],
    },
    "rtnl-link-ifmap": {
      "size": 28,
      "members": [
        {
          "name": "mem-start",
          "key": "memStart",
          "type": "u64",
          "offset": 0,
          "size": 8,
        },
        {
          "name": "mem-end",
          "key": "memEnd",
          "type": "u64",
          "offset": 8,
          "size": 8,
        },
        {
          "name": "base-addr",
          "key": "baseAddr",
          "type": "u64",
          "offset": 16,
          "size": 8,
        },
        {
          "name": "irq",
          "key": "irq",
          "type": "u16",
          "offset": 24,
          "size": 2,
        },
        {
          "name": "dma",
          "key": "dma",
          "type": "u8",
          "offset": 26,
          "size": 1,
        },
        {
          "name": "port",
          "key": "port",
          "type": "u8",
          "offset": 27,
          "size": 1,
        },
      ],
    },
    "ipv4-devconf": {
      "size": 132,
      "members": [
        {
          "name": "forwarding",
          "key": "forwarding",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "mc-forwarding",
          "key": "mcForwarding",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "proxy-arp",
          "key": "proxyArp",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
        {
          "name": "accept-redirects",
          "key": "acceptRedirects",
          "type": "u32",
          "offset": 12,
          "size": 4,
        },
        {
          "name": "secure-redirects",
          "key": "secureRedirects",
          "type": "u32",
          "offset": 16,
          "size": 4,
        },
        {
          "name": "send-redirects",
          "key": "sendRedirects",
          "type": "u32",
          "offset": 20,
          "size": 4,
        },
        {
          "name": "shared-media",
          "key": "sharedMedia",
          "type": "u32",
          "offset": 24,
          "size": 4,
        },
        {
          "name": "rp-filter",
          "key": "rpFilter",
          "type": "u32",
          "offset": 28,
          "size": 4,
        },
        {
          "name": "accept-source-route",
          "key": "acceptSourceRoute",
          "type": "u32",
          "offset": 32,
          "size": 4,
        },
        {
          "name": "bootp-relay",
          "key": "bootpRelay",
          "type": "u32",
          "offset": 36,
          "size": 4,
        },
        {
          "name": "log-martians",
          "key": "logMartians",
          "type": "u32",
          "offset": 40,
          "size": 4,
        },
        {
          "name": "tag",
          "key": "tag",
          "type": "u32",
          "offset": 44,
          "size": 4,
        },
        {
          "name": "arpfilter",
          "key": "arpfilter",
          "type": "u32",
          "offset": 48,
          "size": 4,
        },
        {
          "name": "medium-id",
          "key": "mediumId",
          "type": "u32",
          "offset": 52,
          "size": 4,
        },
        {
          "name": "noxfrm",
          "key": "noxfrm",
          "type": "u32",
          "offset": 56,
          "size": 4,
        },
        {
          "name": "nopolicy",
          "key": "nopolicy",
          "type": "u32",
          "offset": 60,
          "size": 4,
        },
        {
          "name": "force-igmp-version",
          "key": "forceIgmpVersion",
          "type": "u32",
          "offset": 64,
          "size": 4,
        },
        {
          "name": "arp-announce",
          "key": "arpAnnounce",
          "type": "u32",
          "offset": 68,
          "size": 4,
        },
        {
          "name": "arp-ignore",
          "key": "arpIgnore",
          "type": "u32",
          "offset": 72,
          "size": 4,
        },
        {
          "name": "promote-secondaries",
          "key": "promoteSecondaries",
          "type": "u32",
          "offset": 76,
          "size": 4,
        },
        {
          "name": "arp-accept",
          "key": "arpAccept",
          "type": "u32",
          "offset": 80,
          "size": 4,
        },
        {
          "name": "arp-notify",
          "key": "arpNotify",
          "type": "u32",
          "offset": 84,
          "size": 4,
        },
        {
          "name": "accept-local",
          "key": "acceptLocal",
          "type": "u32",
          "offset": 88,
          "size": 4,
        },
        {
          "name": "src-vmark",
          "key": "srcVmark",
          "type": "u32",
          "offset": 92,
          "size": 4,
        },
        {
          "name": "proxy-arp-pvlan",
          "key": "proxyArpPvlan",
          "type": "u32",
          "offset": 96,
          "size": 4,
        },
        {
          "name": "route-localnet",
          "key": "routeLocalnet",
          "type": "u32",
          "offset": 100,
          "size": 4,
        },
        {
          "name": "igmpv2-unsolicited-report-interval",
          "key": "igmpv2UnsolicitedReportInterval",
          "type": "u32",
          "offset": 104,
          "size": 4,
        },
        {
          "name": "igmpv3-unsolicited-report-interval",
          "key": "igmpv3UnsolicitedReportInterval",
          "type": "u32",
          "offset": 108,
          "size": 4,
        },
        {
          "name": "ignore-routes-with-linkdown",
          "key": "ignoreRoutesWithLinkdown",
          "type": "u32",
          "offset": 112,
          "size": 4,
        },
        {
          "name": "drop-unicast-in-l2-multicast",
          "key": "dropUnicastInL2Multicast",
          "type": "u32",
          "offset": 116,
          "size": 4,
        },
        {
          "name": "drop-gratuitous-arp",
          "key": "dropGratuitousArp",
          "type": "u32",
          "offset": 120,
          "size": 4,
        },
        {
          "name": "bc-forwarding",
          "key": "bcForwarding",
          "type": "u32",
          "offset": 124,
          "size": 4,
        },
        {
          "name": "arp-evict-nocarrier",
          "key": "arpEvictNocarrier",
          "type": "u32",
          "offset": 128,
          "size": 4,
        },
      ],
    },
    "ipv6-devconf": {
      "size": 229,
      "members": [
        {
          "name": "forwarding",
          "key": "forwarding",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "hoplimit",
          "key": "hoplimit",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "mtu6",
          "key": "mtu6",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
        {
          "name": "accept-ra",
          "key": "acceptRa",
          "type": "u32",
          "offset": 12,
          "size": 4,
        },
        {
          "name": "accept-redirects",
          "key": "acceptRedirects",
          "type": "u32",
          "offset": 16,
          "size": 4,
        },
        {
          "name": "autoconf",
          "key": "autoconf",
          "type": "u32",
          "offset": 20,
          "size": 4,
        },
        {
          "name": "dad-transmits",
          "key": "dadTransmits",
          "type": "u32",
          "offset": 24,
          "size": 4,
        },
        {
          "name": "rtr-solicits",
          "key": "rtrSolicits",
          "type": "u32",
          "offset": 28,
          "size": 4,
        },
        {
          "name": "rtr-solicit-interval",
          "key": "rtrSolicitInterval",
          "type": "u32",
          "offset": 32,
          "size": 4,
        },
        {
          "name": "rtr-solicit-delay",
          "key": "rtrSolicitDelay",
          "type": "u32",
          "offset": 36,
          "size": 4,
        },
        {
          "name": "use-tempaddr",
          "key": "useTempaddr",
          "type": "u32",
          "offset": 40,
          "size": 4,
        },
        {
          "name": "temp-valid-lft",
          "key": "tempValidLft",
          "type": "u32",
          "offset": 44,
          "size": 4,
        },
        {
          "name": "temp-prefered-lft",
          "key": "tempPreferedLft",
          "type": "u32",
          "offset": 48,
          "size": 4,
        },
        {
          "name": "regen-max-retry",
          "key": "regenMaxRetry",
          "type": "u32",
          "offset": 52,
          "size": 4,
        },
        {
          "name": "max-desync-factor",
          "key": "maxDesyncFactor",
          "type": "u32",
          "offset": 56,
          "size": 4,
        },
        {
          "name": "max-addresses",
          "key": "maxAddresses",
          "type": "u32",
          "offset": 60,
          "size": 4,
        },
        {
          "name": "force-mld-version",
          "key": "forceMldVersion",
          "type": "u32",
          "offset": 64,
          "size": 4,
        },
        {
          "name": "accept-ra-defrtr",
          "key": "acceptRaDefrtr",
          "type": "u32",
          "offset": 68,
          "size": 4,
        },
        {
          "name": "accept-ra-pinfo",
          "key": "acceptRaPinfo",
          "type": "u32",
          "offset": 72,
          "size": 4,
        },
        {
          "name": "accept-ra-rtr-pref",
          "key": "acceptRaRtrPref",
          "type": "u32",
          "offset": 76,
          "size": 4,
        },
        {
          "name": "rtr-probe-interval",
          "key": "rtrProbeInterval",
          "type": "u32",
          "offset": 80,
          "size": 4,
        },
        {
          "name": "accept-ra-rt-info-max-plen",
          "key": "acceptRaRtInfoMaxPlen",
          "type": "u32",
          "offset": 84,
          "size": 4,
        },
        {
          "name": "proxy-ndp",
          "key": "proxyNdp",
          "type": "u32",
          "offset": 88,
          "size": 4,
        },
        {
          "name": "optimistic-dad",
          "key": "optimisticDad",
          "type": "u32",
          "offset": 92,
          "size": 4,
        },
        {
          "name": "accept-source-route",
          "key": "acceptSourceRoute",
          "type": "u32",
          "offset": 96,
          "size": 4,
        },
        {
          "name": "mc-forwarding",
          "key": "mcForwarding",
          "type": "u32",
          "offset": 100,
          "size": 4,
        },
        {
          "name": "disable-ipv6",
          "key": "disableIpv6",
          "type": "u32",
          "offset": 104,
          "size": 4,
        },
        {
          "name": "accept-dad",
          "key": "acceptDad",
          "type": "u32",
          "offset": 108,
          "size": 4,
        },
        {
          "name": "force-tllao",
          "key": "forceTllao",
          "type": "u32",
          "offset": 112,
          "size": 4,
        },
        {
          "name": "ndisc-notify",
          "key": "ndiscNotify",
          "type": "u32",
          "offset": 116,
          "size": 4,
        },
        {
          "name": "mldv1-unsolicited-report-interval",
          "key": "mldv1UnsolicitedReportInterval",
          "type": "u32",
          "offset": 120,
          "size": 4,
        },
        {
          "name": "mldv2-unsolicited-report-interval",
          "key": "mldv2UnsolicitedReportInterval",
          "type": "u32",
          "offset": 124,
          "size": 4,
        },
        {
          "name": "suppress-frag-ndisc",
          "key": "suppressFragNdisc",
          "type": "u32",
          "offset": 128,
          "size": 4,
        },
        {
          "name": "accept-ra-from-local",
          "key": "acceptRaFromLocal",
          "type": "u32",
          "offset": 132,
          "size": 4,
        },
        {
          "name": "use-optimistic",
          "key": "useOptimistic",
          "type": "u32",
          "offset": 136,
          "size": 4,
        },
        {
          "name": "accept-ra-mtu",
          "key": "acceptRaMtu",
          "type": "u32",
          "offset": 140,
          "size": 4,
        },
        {
          "name": "stable-secret",
          "key": "stableSecret",
          "type": "u32",
          "offset": 144,
          "size": 4,
        },
        {
          "name": "use-oif-addrs-only",
          "key": "useOifAddrsOnly",
          "type": "u32",
          "offset": 148,
          "size": 4,
        },
        {
          "name": "accept-ra-min-hop-limit",
          "key": "acceptRaMinHopLimit",
          "type": "u32",
          "offset": 152,
          "size": 4,
        },
        {
          "name": "ignore-routes-with-linkdown",
          "key": "ignoreRoutesWithLinkdown",
          "type": "u32",
          "offset": 156,
          "size": 4,
        },
        {
          "name": "drop-unicast-in-l2-multicast",
          "key": "dropUnicastInL2Multicast",
          "type": "u32",
          "offset": 160,
          "size": 4,
        },
        {
          "name": "drop-unsolicited-na",
          "key": "dropUnsolicitedNa",
          "type": "u32",
          "offset": 164,
          "size": 4,
        },
        {
          "name": "keep-addr-on-down",
          "key": "keepAddrOnDown",
          "type": "u32",
          "offset": 168,
          "size": 4,
        },
        {
          "name": "rtr-solicit-max-interval",
          "key": "rtrSolicitMaxInterval",
          "type": "u32",
          "offset": 172,
          "size": 4,
        },
        {
          "name": "seg6-enabled",
          "key": "seg6Enabled",
          "type": "u32",
          "offset": 176,
          "size": 4,
        },
        {
          "name": "seg6-require-hmac",
          "key": "seg6RequireHmac",
          "type": "u32",
          "offset": 180,
          "size": 4,
        },
        {
          "name": "enhanced-dad",
          "key": "enhancedDad",
          "type": "u32",
          "offset": 184,
          "size": 4,
        },
        {
          "name": "addr-gen-mode",
          "key": "addrGenMode",
          "type": "u8",
          "offset": 188,
          "size": 1,
        },
        {
          "name": "disable-policy",
          "key": "disablePolicy",
          "type": "u32",
          "offset": 189,
          "size": 4,
        },
        {
          "name": "accept-ra-rt-info-min-plen",
          "key": "acceptRaRtInfoMinPlen",
          "type": "u32",
          "offset": 193,
          "size": 4,
        },
        {
          "name": "ndisc-tclass",
          "key": "ndiscTclass",
          "type": "u32",
          "offset": 197,
          "size": 4,
        },
        {
          "name": "rpl-seg-enabled",
          "key": "rplSegEnabled",
          "type": "u32",
          "offset": 201,
          "size": 4,
        },
        {
          "name": "ra-defrtr-metric",
          "key": "raDefrtrMetric",
          "type": "u32",
          "offset": 205,
          "size": 4,
        },
        {
          "name": "ioam6-enabled",
          "key": "ioam6Enabled",
          "type": "u32",
          "offset": 209,
          "size": 4,
        },
        {
          "name": "ioam6-id",
          "key": "ioam6Id",
          "type": "u32",
          "offset": 213,
          "size": 4,
        },
        {
          "name": "ioam6-id-wide",
          "key": "ioam6IdWide",
          "type": "u32",
          "offset": 217,
          "size": 4,
        },
        {
          "name": "ndisc-evict-nocarrier",
          "key": "ndiscEvictNocarrier",
          "type": "u32",
          "offset": 221,
          "size": 4,
        },
        {
          "name": "accept-untracked-na",
          "key": "acceptUntrackedNa",
          "type": "u32",
          "offset": 225,
          "size": 4,
        },
      ],
    },
    "ifla-icmp6-stats": {
      "size": 48,
      "members": [
        {
          "name": "inmsgs",
          "key": "inmsgs",
          "type": "u64",
          "offset": 0,
          "size": 8,
        },
        {
          "name": "inerrors",
          "key": "inerrors",
          "type": "u64",
          "offset": 8,
          "size": 8,
        },
        {
          "name": "outmsgs",
          "key": "outmsgs",
          "type": "u64",
          "offset": 16,
          "size": 8,
        },
        {
          "name": "outerrors",
          "key": "outerrors",
          "type": "u64",
          "offset": 24,
          "size": 8,
        },
        {
          "name": "csumerrors",
          "key": "csumerrors",
          "type": "u64",
          "offset": 32,
          "size": 8,
        },
        {
          "name": "ratelimithost",
          "key": "ratelimithost",
          "type": "u64",
          "offset": 40,
          "size": 8,
        },
      ],
    },
    "ifla-inet6-stats": {
      "size": 288,
      "members": [
        {
          "name": "inpkts",
          "key": "inpkts",
          "type": "u64",
          "offset": 0,
          "size": 8,
        },
        {
          "name": "inoctets",
          "key": "inoctets",
          "type": "u64",
          "offset": 8,
          "size": 8,
        },
        {
          "name": "indelivers",
          "key": "indelivers",
          "type": "u64",
          "offset": 16,
          "size": 8,
        },
        {
          "name": "outforwdatagrams",
          "key": "outforwdatagrams",
          "type": "u64",
          "offset": 24,
          "size": 8,
        },
        {
          "name": "outpkts",
          "key": "outpkts",
          "type": "u64",
          "offset": 32,
          "size": 8,
        },
        {
          "name": "outoctets",
          "key": "outoctets",
          "type": "u64",
          "offset": 40,
          "size": 8,
        },
        {
          "name": "inhdrerrors",
          "key": "inhdrerrors",
          "type": "u64",
          "offset": 48,
          "size": 8,
        },
        {
          "name": "intoobigerrors",
          "key": "intoobigerrors",
          "type": "u64",
          "offset": 56,
          "size": 8,
        },
        {
          "name": "innoroutes",
          "key": "innoroutes",
          "type": "u64",
          "offset": 64,
          "size": 8,
        },
        {
          "name": "inaddrerrors",
          "key": "inaddrerrors",
          "type": "u64",
          "offset": 72,
          "size": 8,
        },
        {
          "name": "inunknownprotos",
          "key": "inunknownprotos",
          "type": "u64",
          "offset": 80,
          "size": 8,
        },
        {
          "name": "intruncatedpkts",
          "key": "intruncatedpkts",
          "type": "u64",
          "offset": 88,
          "size": 8,
        },
        {
          "name": "indiscards",
          "key": "indiscards",
          "type": "u64",
          "offset": 96,
          "size": 8,
        },
        {
          "name": "outdiscards",
          "key": "outdiscards",
          "type": "u64",
          "offset": 104,
          "size": 8,
        },
        {
          "name": "outnoroutes",
          "key": "outnoroutes",
          "type": "u64",
          "offset": 112,
          "size": 8,
        },
        {
          "name": "reasmtimeout",
          "key": "reasmtimeout",
          "type": "u64",
          "offset": 120,
          "size": 8,
        },
        {
          "name": "reasmreqds",
          "key": "reasmreqds",
          "type": "u64",
          "offset": 128,
          "size": 8,
        },
        {
          "name": "reasmoks",
          "key": "reasmoks",
          "type": "u64",
          "offset": 136,
          "size": 8,
        },
        {
          "name": "reasmfails",
          "key": "reasmfails",
          "type": "u64",
          "offset": 144,
          "size": 8,
        },
        {
          "name": "fragoks",
          "key": "fragoks",
          "type": "u64",
          "offset": 152,
          "size": 8,
        },
        {
          "name": "fragfails",
          "key": "fragfails",
          "type": "u64",
          "offset": 160,
          "size": 8,
        },
        {
          "name": "fragcreates",
          "key": "fragcreates",
          "type": "u64",
          "offset": 168,
          "size": 8,
        },
        {
          "name": "inmcastpkts",
          "key": "inmcastpkts",
          "type": "u64",
          "offset": 176,
          "size": 8,
        },
        {
          "name": "outmcastpkts",
          "key": "outmcastpkts",
          "type": "u64",
          "offset": 184,
          "size": 8,
        },
        {
          "name": "inbcastpkts",
          "key": "inbcastpkts",
          "type": "u64",
          "offset": 192,
          "size": 8,
        },
        {
          "name": "outbcastpkts",
          "key": "outbcastpkts",
          "type": "u64",
          "offset": 200,
          "size": 8,
        },
        {
          "name": "inmcastoctets",
          "key": "inmcastoctets",
          "type": "u64",
          "offset": 208,
          "size": 8,
        },
        {
          "name": "outmcastoctets",
          "key": "outmcastoctets",
          "type": "u64",
          "offset": 216,
          "size": 8,
        },
        {
          "name": "inbcastoctets",
          "key": "inbcastoctets",
          "type": "u64",
          "offset": 224,
          "size": 8,
        },
        {
          "name": "outbcastoctets",
          "key": "outbcastoctets",
          "type": "u64",
          "offset": 232,
          "size": 8,
        },
        {
          "name": "csumerrors",
          "key": "csumerrors",
          "type": "u64",
          "offset": 240,
          "size": 8,
        },
        {
          "name": "noectpkts",
          "key": "noectpkts",
          "type": "u64",
          "offset": 248,
          "size": 8,
        },
        {
          "name": "ect1-pkts",
          "key": "ect1Pkts",
          "type": "u64",
          "offset": 256,
          "size": 8,
        },
        {
          "name": "ect0-pkts",
          "key": "ect0Pkts",
          "type": "u64",
          "offset": 264,
          "size": 8,
        },
        {
          "name": "cepkts",
          "key": "cepkts",
          "type": "u64",
          "offset": 272,
          "size": 8,
        },
        {
          "name": "reasm-overlaps",
          "key": "reasmOverlaps",
          "type": "u64",
          "offset": 280,
          "size": 8,
        },
      ],
    },
    "br-boolopt-multi": {
      "size": 8,
      "members": [
        {
          "name": "optval",
          "key": "optval",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "optmask",
          "key": "optmask",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
      ],
    },
    "if_stats_msg": {
      "size": 12,
      "members": [
        {
          "name": "family",
          "key": "family",
          "type": "u8",
          "offset": 0,
          "size": 1,
        },
        {
          "name": "pad",
          "key": "pad",
          "type": "pad",
          "offset": 1,
          "size": 3,
        },
        {
          "name": "ifindex",
          "key": "ifindex",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "filter-mask",
          "key": "filterMask",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
      ],
    },
    "ifla-vlan-flags": {
      "size": 8,
      "members": [
        {
          "name": "flags",
          "key": "flags",
          "type": "u32",
          "offset": 0,
          "size": 4,
          "enum": "vlan-flags",
          "asFlags": true,
        },
        {
          "name": "mask",
          "key": "mask",
          "type": "u32",
          "offset": 4,
          "size": 4,
          "hint": "hex",
        },
      ],
    },
    "ifla-vlan-qos-mapping": {
      "size": 8,
      "members": [
        {
          "name": "from",
          "key": "from",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "to",
          "key": "to",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
      ],
    },
    "ifla-vf-mac": {
      "size": 36,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "mac",
          "key": "mac",
          "type": "binary",
          "offset": 4,
          "size": 32,
        },
      ],
    },
    "ifla-vf-vlan": {
      "size": 12,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "vlan",
          "key": "vlan",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "qos",
          "key": "qos",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
      ],
    },
    "ifla-vf-tx-rate": {
      "size": 8,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "rate",
          "key": "rate",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
      ],
    },
    "ifla-vf-spoofchk": {
      "size": 8,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "setting",
          "key": "setting",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
      ],
    },
    "ifla-vf-link-state": {
      "size": 8,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "link-state",
          "key": "linkState",
          "type": "u32",
          "offset": 4,
          "size": 4,
          "enum": "ifla-vf-link-state-enum",
        },
      ],
    },
    "ifla-vf-rate": {
      "size": 12,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "min-tx-rate",
          "key": "minTxRate",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "max-tx-rate",
          "key": "maxTxRate",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
      ],
    },
    "ifla-vf-rss-query-en": {
      "size": 8,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "setting",
          "key": "setting",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
      ],
    },
    "ifla-vf-trust": {
      "size": 8,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "setting",
          "key": "setting",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
      ],
    },
    "ifla-vf-guid": {
      "size": 12,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "guid",
          "key": "guid",
          "type": "u64",
          "offset": 4,
          "size": 8,
        },
      ],
    },
    "ifla-vf-vlan-info": {
      "size": 16,
      "members": [
        {
          "name": "vf",
          "key": "vf",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "vlan",
          "key": "vlan",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "qos",
          "key": "qos",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
        {
          "name": "vlan-proto",
          "key": "vlanProto",
          "type": "u32",
          "offset": 12,
          "size": 4,
        },
      ],
    },
  },
  "attrSets": {
    "link-attrs": {
      "attrs": [
        {
          "name": "address",
          "key": "address",
          "value": 1,
          "type": "binary",
          "hint": "mac",
        },
        {
          "name": "broadcast",
          "key": "broadcast",
          "value": 2,
          "type": "binary",
          "hint": "mac",
        },
        {
          "name": "ifname",
          "key": "ifname",
          "value": 3,
          "type": "string",
        },
        {
          "name": "mtu",
          "key": "mtu",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "link",
          "key": "link",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "qdisc",
          "key": "qdisc",
          "value": 6,
          "type": "string",
        },
        {
          "name": "stats",
          "key": "stats",
          "value": 7,
          "type": "binary",
          "struct": "rtnl-link-stats",
        },
        {
          "name": "cost",
          "key": "cost",
          "value": 8,
          "type": "string",
        },
        {
          "name": "priority",
          "key": "priority",
          "value": 9,
          "type": "string",
        },
        {
          "name": "master",
          "key": "master",
          "value": 10,
          "type": "u32",
        },
        {
          "name": "wireless",
          "key": "wireless",
          "value": 11,
          "type": "string",
        },
        {
          "name": "protinfo",
          "key": "protinfo",
          "value": 12,
          "type": "string",
        },
        {
          "name": "txqlen",
          "key": "txqlen",
          "value": 13,
          "type": "u32",
        },
        {
          "name": "map",
          "key": "map",
          "value": 14,
          "type": "binary",
          "struct": "rtnl-link-ifmap",
        },
        {
          "name": "weight",
          "key": "weight",
          "value": 15,
          "type": "u32",
        },
        {
          "name": "operstate",
          "key": "operstate",
          "value": 16,
          "type": "u8",
        },
        {
          "name": "linkmode",
          "key": "linkmode",
          "value": 17,
          "type": "u8",
        },
        {
          "name": "linkinfo",
          "key": "linkinfo",
          "value": 18,
          "type": "nest",
          "nested": "linkinfo-attrs",
        },
        {
          "name": "net-ns-pid",
          "key": "netNsPid",
          "value": 19,
          "type": "u32",
        },
        {
          "name": "ifalias",
          "key": "ifalias",
          "value": 20,
          "type": "string",
        },
        {
          "name": "num-vf",
          "key": "numVf",
          "value": 21,
          "type": "u32",
        },
        {
          "name": "vfinfo-list",
          "key": "vfinfoList",
          "value": 22,
          "type": "nest",
          "nested": "vfinfo-list-attrs",
        },
        {
          "name": "stats64",
          "key": "stats64",
          "value": 23,
          "type": "binary",
          "struct": "rtnl-link-stats64",
        },
        {
          "name": "vf-ports",
          "key": "vfPorts",
          "value": 24,
          "type": "nest",
          "nested": "vf-ports-attrs",
        },
        {
          "name": "port-self",
          "key": "portSelf",
          "value": 25,
          "type": "nest",
          "nested": "port-self-attrs",
        },
        {
          "name": "af-spec",
          "key": "afSpec",
          "value": 26,
          "type": "nest",
          "nested": "af-spec-attrs",
        },
        {
          "name": "group",
          "key": "group",
          "value": 27,
          "type": "u32",
        },
        {
          "name": "net-ns-fd",
          "key": "netNsFd",
          "value": 28,
          "type": "u32",
        },
        {
          "name": "ext-mask",
          "key": "extMask",
          "value": 29,
          "type": "u32",
          "enum": "rtext-filter",
          "asFlags": true,
        },
        {
          "name": "promiscuity",
          "key": "promiscuity",
          "value": 30,
          "type": "u32",
        },
        {
          "name": "num-tx-queues",
          "key": "numTxQueues",
          "value": 31,
          "type": "u32",
        },
        {
          "name": "num-rx-queues",
          "key": "numRxQueues",
          "value": 32,
          "type": "u32",
        },
        {
          "name": "carrier",
          "key": "carrier",
          "value": 33,
          "type": "u8",
        },
        {
          "name": "phys-port-id",
          "key": "physPortId",
          "value": 34,
          "type": "binary",
        },
        {
          "name": "carrier-changes",
          "key": "carrierChanges",
          "value": 35,
          "type": "u32",
        },
        {
          "name": "phys-switch-id",
          "key": "physSwitchId",
          "value": 36,
          "type": "binary",
        },
        {
          "name": "link-netnsid",
          "key": "linkNetnsid",
          "value": 37,
          "type": "s32",
        },
        {
          "name": "phys-port-name",
          "key": "physPortName",
          "value": 38,
          "type": "string",
        },
        {
          "name": "proto-down",
          "key": "protoDown",
          "value": 39,
          "type": "u8",
        },
        {
          "name": "gso-max-segs",
          "key": "gsoMaxSegs",
          "value": 40,
          "type": "u32",
        },
        {
          "name": "gso-max-size",
          "key": "gsoMaxSize",
          "value": 41,
          "type": "u32",
        },
        {
          "name": "pad",
          "key": "pad",
          "value": 42,
          "type": "pad",
        },
        {
          "name": "xdp",
          "key": "xdp",
          "value": 43,
          "type": "nest",
          "nested": "xdp-attrs",
        },
        {
          "name": "event",
          "key": "event",
          "value": 44,
          "type": "u32",
        },
        {
          "name": "new-netnsid",
          "key": "newNetnsid",
          "value": 45,
          "type": "s32",
        },
        {
          "name": "target-netnsid",
          "key": "targetNetnsid",
          "value": 46,
          "type": "s32",
        },
        {
          "name": "carrier-up-count",
          "key": "carrierUpCount",
          "value": 47,
          "type": "u32",
        },
        {
          "name": "carrier-down-count",
          "key": "carrierDownCount",
          "value": 48,
          "type": "u32",
        },
        {
          "name": "new-ifindex",
          "key": "newIfindex",
          "value": 49,
          "type": "s32",
        },
        {
          "name": "min-mtu",
          "key": "minMtu",
          "value": 50,
          "type": "u32",
        },
        {
          "name": "max-mtu",
          "key": "maxMtu",
          "value": 51,
          "type": "u32",
        },
        {
          "name": "prop-list",
          "key": "propList",
          "value": 52,
          "type": "nest",
          "nested": "prop-list-link-attrs",
        },
        {
          "name": "alt-ifname",
          "key": "altIfname",
          "value": 53,
          "type": "string",
        },
        {
          "name": "perm-address",
          "key": "permAddress",
          "value": 54,
          "type": "binary",
          "hint": "mac",
        },
        {
          "name": "proto-down-reason",
          "key": "protoDownReason",
          "value": 55,
          "type": "string",
        },
        {
          "name": "parent-dev-name",
          "key": "parentDevName",
          "value": 56,
          "type": "string",
        },
        {
          "name": "parent-dev-bus-name",
          "key": "parentDevBusName",
          "value": 57,
          "type": "string",
        },
        {
          "name": "gro-max-size",
          "key": "groMaxSize",
          "value": 58,
          "type": "u32",
        },
        {
          "name": "tso-max-size",
          "key": "tsoMaxSize",
          "value": 59,
          "type": "u32",
        },
        {
          "name": "tso-max-segs",
          "key": "tsoMaxSegs",
          "value": 60,
          "type": "u32",
        },
        {
          "name": "allmulti",
          "key": "allmulti",
          "value": 61,
          "type": "u32",
        },
        {
          "name": "devlink-port",
          "key": "devlinkPort",
          "value": 62,
          "type": "binary",
        },
        {
          "name": "gso-ipv4-max-size",
          "key": "gsoIpv4MaxSize",
          "value": 63,
          "type": "u32",
        },
        {
          "name": "gro-ipv4-max-size",
          "key": "groIpv4MaxSize",
          "value": 64,
          "type": "u32",
        },
        {
          "name": "dpll-pin",
          "key": "dpllPin",
          "value": 65,
          "type": "nest",
          "nested": "link-dpll-pin-attrs",
        },
      ],
    },
    "prop-list-link-attrs": {
      "attrs": [
        {
          "name": "alt-ifname",
          "key": "altIfname",
          "value": 53,
          "type": "string",
        },
      ],
    },
    "af-spec-attrs": {
      "attrs": [
        {
          "name": "inet",
          "key": "inet",
          "value": 2,
          "type": "nest",
          "nested": "ifla-attrs",
        },
        {
          "name": "inet6",
          "key": "inet6",
          "value": 10,
          "type": "nest",
          "nested": "ifla6-attrs",
        },
        {
          "name": "mctp",
          "key": "mctp",
          "value": 45,
          "type": "nest",
          "nested": "mctp-attrs",
        },
      ],
    },
    "vfinfo-list-attrs": {
      "attrs": [
        {
          "name": "info",
          "key": "info",
          "value": 1,
          "type": "nest",
          "multi": true,
          "nested": "vfinfo-attrs",
        },
      ],
    },
    "vfinfo-attrs": {
      "attrs": [
        {
          "name": "mac",
          "key": "mac",
          "value": 1,
          "type": "binary",
          "struct": "ifla-vf-mac",
        },
        {
          "name": "vlan",
          "key": "vlan",
          "value": 2,
          "type": "binary",
          "struct": "ifla-vf-vlan",
        },
        {
          "name": "tx-rate",
          "key": "txRate",
          "value": 3,
          "type": "binary",
          "struct": "ifla-vf-tx-rate",
        },
        {
          "name": "spoofchk",
          "key": "spoofchk",
          "value": 4,
          "type": "binary",
          "struct": "ifla-vf-spoofchk",
        },
        {
          "name": "link-state",
          "key": "linkState",
          "value": 5,
          "type": "binary",
          "struct": "ifla-vf-link-state",
        },
        {
          "name": "rate",
          "key": "rate",
          "value": 6,
          "type": "binary",
          "struct": "ifla-vf-rate",
        },
        {
          "name": "rss-query-en",
          "key": "rssQueryEn",
          "value": 7,
          "type": "binary",
          "struct": "ifla-vf-rss-query-en",
        },
        {
          "name": "stats",
          "key": "stats",
          "value": 8,
          "type": "nest",
          "nested": "vf-stats-attrs",
        },
        {
          "name": "trust",
          "key": "trust",
          "value": 9,
          "type": "binary",
          "struct": "ifla-vf-trust",
        },
        {
          "name": "ib-node-guid",
          "key": "ibNodeGuid",
          "value": 10,
          "type": "binary",
          "struct": "ifla-vf-guid",
        },
        {
          "name": "ib-port-guid",
          "key": "ibPortGuid",
          "value": 11,
          "type": "binary",
          "struct": "ifla-vf-guid",
        },
        {
          "name": "vlan-list",
          "key": "vlanList",
          "value": 12,
          "type": "nest",
          "nested": "vf-vlan-attrs",
        },
        {
          "name": "broadcast",
          "key": "broadcast",
          "value": 13,
          "type": "binary",
        },
      ],
    },
    "vf-stats-attrs": {
      "attrs": [
        {
          "name": "rx-packets",
          "key": "rxPackets",
          "value": 0,
          "type": "u64",
        },
        {
          "name": "tx-packets",
          "key": "txPackets",
          "value": 1,
          "type": "u64",
        },
        {
          "name": "rx-bytes",
          "key": "rxBytes",
          "value": 2,
          "type": "u64",
        },
        {
          "name": "tx-bytes",
          "key": "txBytes",
          "value": 3,
          "type": "u64",
        },
        {
          "name": "broadcast",
          "key": "broadcast",
          "value": 4,
          "type": "u64",
        },
        {
          "name": "multicast",
          "key": "multicast",
          "value": 5,
          "type": "u64",
        },
        {
          "name": "pad",
          "key": "pad",
          "value": 6,
          "type": "pad",
        },
        {
          "name": "rx-dropped",
          "key": "rxDropped",
          "value": 7,
          "type": "u64",
        },
        {
          "name": "tx-dropped",
          "key": "txDropped",
          "value": 8,
          "type": "u64",
        },
      ],
    },
    "vf-vlan-attrs": {
      "attrs": [
        {
          "name": "info",
          "key": "info",
          "value": 1,
          "type": "binary",
          "multi": true,
          "struct": "ifla-vf-vlan-info",
        },
      ],
    },
    "vf-ports-attrs": {
      "attrs": [],
    },
    "port-self-attrs": {
      "attrs": [],
    },
    "linkinfo-attrs": {
      "attrs": [
        {
          "name": "kind",
          "key": "kind",
          "value": 1,
          "type": "string",
        },
        {
          "name": "data",
          "key": "data",
          "value": 2,
          "type": "sub-message",
          "subMessage": "linkinfo-data-msg",
          "selector": "kind",
        },
        {
          "name": "xstats",
          "key": "xstats",
          "value": 3,
          "type": "binary",
        },
        {
          "name": "slave-kind",
          "key": "slaveKind",
          "value": 4,
          "type": "string",
        },
        {
          "name": "slave-data",
          "key": "slaveData",
          "value": 5,
          "type": "sub-message",
          "subMessage": "linkinfo-member-data-msg",
          "selector": "slave-kind",
        },
      ],
    },
    "linkinfo-bond-attrs": {
      "attrs": [
        {
          "name": "mode",
          "key": "mode",
          "value": 1,
          "type": "u8",
        },
        {
          "name": "active-slave",
          "key": "activeSlave",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "miimon",
          "key": "miimon",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "updelay",
          "key": "updelay",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "downdelay",
          "key": "downdelay",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "use-carrier",
          "key": "useCarrier",
          "value": 6,
          "type": "u8",
        },
        {
          "name": "arp-interval",
          "key": "arpInterval",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "arp-ip-target",
          "key": "arpIpTarget",
          "value": 8,
          "type": "indexed-array",
          "bigEndian": true,
          "hint": "ipv4",
          "subType": "u32",
        },
        {
          "name": "arp-validate",
          "key": "arpValidate",
          "value": 9,
          "type": "u32",
        },
        {
          "name": "arp-all-targets",
          "key": "arpAllTargets",
          "value": 10,
          "type": "u32",
        },
        {
          "name": "primary",
          "key": "primary",
          "value": 11,
          "type": "u32",
        },
        {
          "name": "primary-reselect",
          "key": "primaryReselect",
          "value": 12,
          "type": "u8",
        },
        {
          "name": "fail-over-mac",
          "key": "failOverMac",
          "value": 13,
          "type": "u8",
        },
        {
          "name": "xmit-hash-policy",
          "key": "xmitHashPolicy",
          "value": 14,
          "type": "u8",
        },
        {
          "name": "resend-igmp",
          "key": "resendIgmp",
          "value": 15,
          "type": "u32",
        },
        {
          "name": "num-peer-notif",
          "key": "numPeerNotif",
          "value": 16,
          "type": "u8",
        },
        {
          "name": "all-slaves-active",
          "key": "allSlavesActive",
          "value": 17,
          "type": "u8",
        },
        {
          "name": "min-links",
          "key": "minLinks",
          "value": 18,
          "type": "u32",
        },
        {
          "name": "lp-interval",
          "key": "lpInterval",
          "value": 19,
          "type": "u32",
        },
        {
          "name": "packets-per-slave",
          "key": "packetsPerSlave",
          "value": 20,
          "type": "u32",
        },
        {
          "name": "ad-lacp-rate",
          "key": "adLacpRate",
          "value": 21,
          "type": "u8",
        },
        {
          "name": "ad-select",
          "key": "adSelect",
          "value": 22,
          "type": "u8",
        },
        {
          "name": "ad-info",
          "key": "adInfo",
          "value": 23,
          "type": "nest",
          "nested": "bond-ad-info-attrs",
        },
        {
          "name": "ad-actor-sys-prio",
          "key": "adActorSysPrio",
          "value": 24,
          "type": "u16",
        },
        {
          "name": "ad-user-port-key",
          "key": "adUserPortKey",
          "value": 25,
          "type": "u16",
        },
        {
          "name": "ad-actor-system",
          "key": "adActorSystem",
          "value": 26,
          "type": "binary",
          "hint": "mac",
        },
        {
          "name": "tlb-dynamic-lb",
          "key": "tlbDynamicLb",
          "value": 27,
          "type": "u8",
        },
        {
          "name": "peer-notif-delay",
          "key": "peerNotifDelay",
          "value": 28,
          "type": "u32",
        },
        {
          "name": "ad-lacp-active",
          "key": "adLacpActive",
          "value": 29,
          "type": "u8",
        },
        {
          "name": "missed-max",
          "key": "missedMax",
          "value": 30,
          "type": "u8",
        },
        {
          "name": "ns-ip6-target",
          "key": "nsIp6Target",
          "value": 31,
          "type": "indexed-array",
          "hint": "ipv6",
          "subType": "binary",
        },
        {
          "name": "coupled-control",
          "key": "coupledControl",
          "value": 32,
          "type": "u8",
        },
      ],
    },
    "bond-ad-info-attrs": {
      "attrs": [
        {
          "name": "aggregator",
          "key": "aggregator",
          "value": 1,
          "type": "u16",
        },
        {
          "name": "num-ports",
          "key": "numPorts",
          "value": 2,
          "type": "u16",
        },
        {
          "name": "actor-key",
          "key": "actorKey",
          "value": 3,
          "type": "u16",
        },
        {
          "name": "partner-key",
          "key": "partnerKey",
          "value": 4,
          "type": "u16",
        },
        {
          "name": "partner-mac",
          "key": "partnerMac",
          "value": 5,
          "type": "binary",
          "hint": "mac",
        },
      ],
    },
    "bond-slave-attrs": {
      "attrs": [
        {
          "name": "state",
          "key": "state",
          "value": 1,
          "type": "u8",
        },
        {
          "name": "mii-status",
          "key": "miiStatus",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "link-failure-count",
          "key": "linkFailureCount",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "perm-hwaddr",
          "key": "permHwaddr",
          "value": 4,
          "type": "binary",
          "hint": "mac",
        },
        {
          "name": "queue-id",
          "key": "queueId",
          "value": 5,
          "type": "u16",
        },
        {
          "name": "ad-aggregator-id",
          "key": "adAggregatorId",
          "value": 6,
          "type": "u16",
        },
        {
          "name": "ad-actor-oper-port-state",
          "key": "adActorOperPortState",
          "value": 7,
          "type": "u8",
        },
        {
          "name": "ad-partner-oper-port-state",
          "key": "adPartnerOperPortState",
          "value": 8,
          "type": "u16",
        },
        {
          "name": "prio",
          "key": "prio",
          "value": 9,
          "type": "u32",
        },
      ],
    },
    "linkinfo-bridge-attrs": {
      "attrs": [
        {
          "name": "forward-delay",
          "key": "forwardDelay",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "hello-time",
          "key": "helloTime",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "max-age",
          "key": "maxAge",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "ageing-time",
          "key": "ageingTime",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "stp-state",
          "key": "stpState",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "priority",
          "key": "priority",
          "value": 6,
          "type": "u16",
        },
        {
          "name": "vlan-filtering",
          "key": "vlanFiltering",
          "value": 7,
          "type": "u8",
        },
        {
          "name": "vlan-protocol",
          "key": "vlanProtocol",
          "value": 8,
          "type": "u16",
        },
        {
          "name": "group-fwd-mask",
          "key": "groupFwdMask",
          "value": 9,
          "type": "u16",
        },
        {
          "name": "root-id",
          "key": "rootId",
          "value": 10,
          "type": "binary",
          "struct": "ifla-bridge-id",
        },
        {
          "name": "bridge-id",
          "key": "bridgeId",
          "value": 11,
          "type": "binary",
          "struct": "ifla-bridge-id",
        },
        {
          "name": "root-port",
          "key": "rootPort",
          "value": 12,
          "type": "u16",
        },
        {
          "name": "root-path-cost",
          "key": "rootPathCost",
          "value": 13,
          "type": "u32",
        },
        {
          "name": "topology-change",
          "key": "topologyChange",
          "value": 14,
          "type": "u8",
        },
        {
          "name": "topology-change-detected",
          "key": "topologyChangeDetected",
          "value": 15,
          "type": "u8",
        },
        {
          "name": "hello-timer",
          "key": "helloTimer",
          "value": 16,
          "type": "u64",
        },
        {
          "name": "tcn-timer",
          "key": "tcnTimer",
          "value": 17,
          "type": "u64",
        },
        {
          "name": "topology-change-timer",
          "key": "topologyChangeTimer",
          "value": 18,
          "type": "u64",
        },
        {
          "name": "gc-timer",
          "key": "gcTimer",
          "value": 19,
          "type": "u64",
        },
        {
          "name": "group-addr",
          "key": "groupAddr",
          "value": 20,
          "type": "binary",
          "hint": "mac",
        },
        {
          "name": "fdb-flush",
          "key": "fdbFlush",
          "value": 21,
          "type": "binary",
        },
        {
          "name": "mcast-router",
          "key": "mcastRouter",
          "value": 22,
          "type": "u8",
        },
        {
          "name": "mcast-snooping",
          "key": "mcastSnooping",
          "value": 23,
          "type": "u8",
        },
        {
          "name": "mcast-query-use-ifaddr",
          "key": "mcastQueryUseIfaddr",
          "value": 24,
          "type": "u8",
        },
        {
          "name": "mcast-querier",
          "key": "mcastQuerier",
          "value": 25,
          "type": "u8",
        },
        {
          "name": "mcast-hash-elasticity",
          "key": "mcastHashElasticity",
          "value": 26,
          "type": "u32",
        },
        {
          "name": "mcast-hash-max",
          "key": "mcastHashMax",
          "value": 27,
          "type": "u32",
        },
        {
          "name": "mcast-last-member-cnt",
          "key": "mcastLastMemberCnt",
          "value": 28,
          "type": "u32",
        },
        {
          "name": "mcast-startup-query-cnt",
          "key": "mcastStartupQueryCnt",
          "value": 29,
          "type": "u32",
        },
        {
          "name": "mcast-last-member-intvl",
          "key": "mcastLastMemberIntvl",
          "value": 30,
          "type": "u64",
        },
        {
          "name": "mcast-membership-intvl",
          "key": "mcastMembershipIntvl",
          "value": 31,
          "type": "u64",
        },
        {
          "name": "mcast-querier-intvl",
          "key": "mcastQuerierIntvl",
          "value": 32,
          "type": "u64",
        },
        {
          "name": "mcast-query-intvl",
          "key": "mcastQueryIntvl",
          "value": 33,
          "type": "u64",
        },
        {
          "name": "mcast-query-response-intvl",
          "key": "mcastQueryResponseIntvl",
          "value": 34,
          "type": "u64",
        },
        {
          "name": "mcast-startup-query-intvl",
          "key": "mcastStartupQueryIntvl",
          "value": 35,
          "type": "u64",
        },
        {
          "name": "nf-call-iptables",
          "key": "nfCallIptables",
          "value": 36,
          "type": "u8",
        },
        {
          "name": "nf-call-ip6-tables",
          "key": "nfCallIp6Tables",
          "value": 37,
          "type": "u8",
        },
        {
          "name": "nf-call-arptables",
          "key": "nfCallArptables",
          "value": 38,
          "type": "u8",
        },
        {
          "name": "vlan-default-pvid",
          "key": "vlanDefaultPvid",
          "value": 39,
          "type": "u16",
        },
        {
          "name": "pad",
          "key": "pad",
          "value": 40,
          "type": "pad",
        },
        {
          "name": "vlan-stats-enabled",
          "key": "vlanStatsEnabled",
          "value": 41,
          "type": "u8",
        },
        {
          "name": "mcast-stats-enabled",
          "key": "mcastStatsEnabled",
          "value": 42,
          "type": "u8",
        },
        {
          "name": "mcast-igmp-version",
          "key": "mcastIgmpVersion",
          "value": 43,
          "type": "u8",
        },
        {
          "name": "mcast-mld-version",
          "key": "mcastMldVersion",
          "value": 44,
          "type": "u8",
        },
        {
          "name": "vlan-stats-per-port",
          "key": "vlanStatsPerPort",
          "value": 45,
          "type": "u8",
        },
        {
          "name": "multi-boolopt",
          "key": "multiBoolopt",
          "value": 46,
          "type": "binary",
          "struct": "br-boolopt-multi",
        },
        {
          "name": "mcast-querier-state",
          "key": "mcastQuerierState",
          "value": 47,
          "type": "binary",
        },
        {
          "name": "fdb-n-learned",
          "key": "fdbNLearned",
          "value": 48,
          "type": "u32",
        },
        {
          "name": "fdb-max-learned",
          "key": "fdbMaxLearned",
          "value": 49,
          "type": "u32",
        },
      ],
    },
    "linkinfo-brport-attrs": {
      "attrs": [
        {
          "name": "state",
          "key": "state",
          "value": 1,
          "type": "u8",
        },
        {
          "name": "priority",
          "key": "priority",
          "value": 2,
          "type": "u16",
        },
        {
          "name": "cost",
          "key": "cost",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "mode",
          "key": "mode",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "guard",
          "key": "guard",
          "value": 5,
          "type": "u8",
        },
        {
          "name": "protect",
          "key": "protect",
          "value": 6,
          "type": "u8",
        },
        {
          "name": "fast-leave",
          "key": "fastLeave",
          "value": 7,
          "type": "u8",
        },
        {
          "name": "learning",
          "key": "learning",
          "value": 8,
          "type": "u8",
        },
        {
          "name": "unicast-flood",
          "key": "unicastFlood",
          "value": 9,
          "type": "u8",
        },
        {
          "name": "proxyarp",
          "key": "proxyarp",
          "value": 10,
          "type": "u8",
        },
        {
          "name": "learning-sync",
          "key": "learningSync",
          "value": 11,
          "type": "u8",
        },
        {
          "name": "proxyarp-wifi",
          "key": "proxyarpWifi",
          "value": 12,
          "type": "u8",
        },
        {
          "name": "root-id",
          "key": "rootId",
          "value": 13,
          "type": "binary",
          "struct": "ifla-bridge-id",
        },
        {
          "name": "bridge-id",
          "key": "bridgeId",
          "value": 14,
          "type": "binary",
          "struct": "ifla-bridge-id",
        },
        {
          "name": "designated-port",
          "key": "designatedPort",
          "value": 15,
          "type": "u16",
        },
        {
          "name": "designated-cost",
          "key": "designatedCost",
          "value": 16,
          "type": "u16",
        },
        {
          "name": "id",
          "key": "id",
          "value": 17,
          "type": "u16",
        },
        {
          "name": "no",
          "key": "no",
          "value": 18,
          "type": "u16",
        },
        {
          "name": "topology-change-ack",
          "key": "topologyChangeAck",
          "value": 19,
          "type": "u8",
        },
        {
          "name": "config-pending",
          "key": "configPending",
          "value": 20,
          "type": "u8",
        },
        {
          "name": "message-age-timer",
          "key": "messageAgeTimer",
          "value": 21,
          "type": "u64",
        },
        {
          "name": "forward-delay-timer",
          "key": "forwardDelayTimer",
          "value": 22,
          "type": "u64",
        },
        {
          "name": "hold-timer",
          "key": "holdTimer",
          "value": 23,
          "type": "u64",
        },
        {
          "name": "flush",
          "key": "flush",
          "value": 24,
          "type": "flag",
        },
        {
          "name": "multicast-router",
          "key": "multicastRouter",
          "value": 25,
          "type": "u8",
        },
        {
          "name": "pad",
          "key": "pad",
          "value": 26,
          "type": "pad",
        },
        {
          "name": "mcast-flood",
          "key": "mcastFlood",
          "value": 27,
          "type": "u8",
        },
        {
          "name": "mcast-to-ucast",
          "key": "mcastToUcast",
          "value": 28,
          "type": "u8",
        },
        {
          "name": "vlan-tunnel",
          "key": "vlanTunnel",
          "value": 29,
          "type": "u8",
        },
        {
          "name": "bcast-flood",
          "key": "bcastFlood",
          "value": 30,
          "type": "u8",
        },
        {
          "name": "group-fwd-mask",
          "key": "groupFwdMask",
          "value": 31,
          "type": "u16",
        },
        {
          "name": "neigh-suppress",
          "key": "neighSuppress",
          "value": 32,
          "type": "u8",
        },
        {
          "name": "isolated",
          "key": "isolated",
          "value": 33,
          "type": "u8",
        },
        {
          "name": "backup-port",
          "key": "backupPort",
          "value": 34,
          "type": "u32",
        },
        {
          "name": "mrp-ring-open",
          "key": "mrpRingOpen",
          "value": 35,
          "type": "u8",
        },
        {
          "name": "mrp-in-open",
          "key": "mrpInOpen",
          "value": 36,
          "type": "u8",
        },
        {
          "name": "mcast-eht-hosts-limit",
          "key": "mcastEhtHostsLimit",
          "value": 37,
          "type": "u32",
        },
        {
          "name": "mcast-eht-hosts-cnt",
          "key": "mcastEhtHostsCnt",
          "value": 38,
          "type": "u32",
        },
        {
          "name": "locked",
          "key": "locked",
          "value": 39,
          "type": "u8",
        },
        {
          "name": "mab",
          "key": "mab",
          "value": 40,
          "type": "u8",
        },
        {
          "name": "mcast-n-groups",
          "key": "mcastNGroups",
          "value": 41,
          "type": "u32",
        },
        {
          "name": "mcast-max-groups",
          "key": "mcastMaxGroups",
          "value": 42,
          "type": "u32",
        },
        {
          "name": "neigh-vlan-suppress",
          "key": "neighVlanSuppress",
          "value": 43,
          "type": "u8",
        },
        {
          "name": "backup-nhid",
          "key": "backupNhid",
          "value": 44,
          "type": "u32",
        },
      ],
    },
    "linkinfo-gre-attrs": {
      "attrs": [
        {
          "name": "link",
          "key": "link",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "iflags",
          "key": "iflags",
          "value": 2,
          "type": "u16",
        },
        {
          "name": "oflags",
          "key": "oflags",
          "value": 3,
          "type": "u16",
        },
        {
          "name": "ikey",
          "key": "ikey",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "okey",
          "key": "okey",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "local",
          "key": "local",
          "value": 6,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "remote",
          "key": "remote",
          "value": 7,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "ttl",
          "key": "ttl",
          "value": 8,
          "type": "u8",
        },
        {
          "name": "tos",
          "key": "tos",
          "value": 9,
          "type": "u8",
        },
        {
          "name": "pmtudisc",
          "key": "pmtudisc",
          "value": 10,
          "type": "u8",
        },
        {
          "name": "encap-limit",
          "key": "encapLimit",
          "value": 11,
          "type": "u32",
        },
        {
          "name": "flowinfo",
          "key": "flowinfo",
          "value": 12,
          "type": "u32",
        },
        {
          "name": "flags",
          "key": "flags",
          "value": 13,
          "type": "u32",
        },
        {
          "name": "encap-type",
          "key": "encapType",
          "value": 14,
          "type": "u16",
        },
        {
          "name": "encap-flags",
          "key": "encapFlags",
          "value": 15,
          "type": "u16",
        },
        {
          "name": "encap-sport",
          "key": "encapSport",
          "value": 16,
          "type": "u16",
        },
        {
          "name": "encap-dport",
          "key": "encapDport",
          "value": 17,
          "type": "u16",
        },
        {
          "name": "collect-metadata",
          "key": "collectMetadata",
          "value": 18,
          "type": "flag",
        },
        {
          "name": "ignore-df",
          "key": "ignoreDf",
          "value": 19,
          "type": "u8",
        },
        {
          "name": "fwmark",
          "key": "fwmark",
          "value": 20,
          "type": "u32",
        },
        {
          "name": "erspan-index",
          "key": "erspanIndex",
          "value": 21,
          "type": "u32",
        },
        {
          "name": "erspan-ver",
          "key": "erspanVer",
          "value": 22,
          "type": "u8",
        },
        {
          "name": "erspan-dir",
          "key": "erspanDir",
          "value": 23,
          "type": "u8",
        },
        {
          "name": "erspan-hwid",
          "key": "erspanHwid",
          "value": 24,
          "type": "u16",
        },
      ],
    },
    "linkinfo-geneve-attrs": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "remote",
          "key": "remote",
          "value": 2,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "ttl",
          "key": "ttl",
          "value": 3,
          "type": "u8",
        },
        {
          "name": "tos",
          "key": "tos",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "port",
          "key": "port",
          "value": 5,
          "type": "u16",
        },
        {
          "name": "collect-metadata",
          "key": "collectMetadata",
          "value": 6,
          "type": "flag",
        },
        {
          "name": "remote6",
          "key": "remote6",
          "value": 7,
          "type": "binary",
          "hint": "ipv6",
        },
        {
          "name": "udp-csum",
          "key": "udpCsum",
          "value": 8,
          "type": "u8",
        },
        {
          "name": "udp-zero-csum6-tx",
          "key": "udpZeroCsum6Tx",
          "value": 9,
          "type": "u8",
        },
        {
          "name": "udp-zero-csum6-rx",
          "key": "udpZeroCsum6Rx",
          "value": 10,
          "type": "u8",
        },
        {
          "name": "label",
          "key": "label",
          "value": 11,
          "type": "u32",
        },
        {
          "name": "ttl-inherit",
          "key": "ttlInherit",
          "value": 12,
          "type": "u8",
        },
        {
          "name": "df",
          "key": "df",
          "value": 13,
          "type": "u8",
        },
        {
          "name": "inner-proto-inherit",
          "key": "innerProtoInherit",
          "value": 14,
          "type": "flag",
        },
      ],
    },
    "linkinfo-iptun-attrs": {
      "attrs": [
        {
          "name": "link",
          "key": "link",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "local",
          "key": "local",
          "value": 2,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "remote",
          "key": "remote",
          "value": 3,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "ttl",
          "key": "ttl",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "tos",
          "key": "tos",
          "value": 5,
          "type": "u8",
        },
        {
          "name": "encap-limit",
          "key": "encapLimit",
          "value": 6,
          "type": "u8",
        },
        {
          "name": "flowinfo",
          "key": "flowinfo",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "flags",
          "key": "flags",
          "value": 8,
          "type": "u16",
        },
        {
          "name": "proto",
          "key": "proto",
          "value": 9,
          "type": "u8",
        },
        {
          "name": "pmtudisc",
          "key": "pmtudisc",
          "value": 10,
          "type": "u8",
        },
        {
          "name": "6rd-prefix",
          "key": "_6rdPrefix",
          "value": 11,
          "type": "binary",
          "hint": "ipv6",
        },
        {
          "name": "6rd-relay-prefix",
          "key": "_6rdRelayPrefix",
          "value": 12,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "6rd-prefixlen",
          "key": "_6rdPrefixlen",
          "value": 13,
          "type": "u16",
        },
        {
          "name": "6rd-relay-prefixlen",
          "key": "_6rdRelayPrefixlen",
          "value": 14,
          "type": "u16",
        },
        {
          "name": "encap-type",
          "key": "encapType",
          "value": 15,
          "type": "u16",
        },
        {
          "name": "encap-flags",
          "key": "encapFlags",
          "value": 16,
          "type": "u16",
        },
        {
          "name": "encap-sport",
          "key": "encapSport",
          "value": 17,
          "type": "u16",
        },
        {
          "name": "encap-dport",
          "key": "encapDport",
          "value": 18,
          "type": "u16",
        },
        {
          "name": "collect-metadata",
          "key": "collectMetadata",
          "value": 19,
          "type": "flag",
        },
        {
          "name": "fwmark",
          "key": "fwmark",
          "value": 20,
          "type": "u32",
        },
      ],
    },
    "linkinfo-tun-attrs": {
      "attrs": [
        {
          "name": "owner",
          "key": "owner",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "group",
          "key": "group",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "type",
          "key": "type",
          "value": 3,
          "type": "u8",
        },
        {
          "name": "pi",
          "key": "pi",
          "value": 4,
          "type": "u8",
        },
        {
          "name": "vnet-hdr",
          "key": "vnetHdr",
          "value": 5,
          "type": "u8",
        },
        {
          "name": "persist",
          "key": "persist",
          "value": 6,
          "type": "u8",
        },
        {
          "name": "multi-queue",
          "key": "multiQueue",
          "value": 7,
          "type": "u8",
        },
        {
          "name": "num-queues",
          "key": "numQueues",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "num-disabled-queues",
          "key": "numDisabledQueues",
          "value": 9,
          "type": "u32",
        },
      ],
    },
    "linkinfo-vlan-attrs": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 1,
          "type": "u16",
        },
        {
          "name": "flag",
          "key": "flag",
          "value": 2,
          "type": "binary",
          "struct": "ifla-vlan-flags",
        },
        {
          "name": "egress-qos",
          "key": "egressQos",
          "value": 3,
          "type": "nest",
          "nested": "ifla-vlan-qos",
        },
        {
          "name": "ingress-qos",
          "key": "ingressQos",
          "value": 4,
          "type": "nest",
          "nested": "ifla-vlan-qos",
        },
        {
          "name": "protocol",
          "key": "protocol",
          "value": 5,
          "type": "u16",
          "bigEndian": true,
          "enum": "vlan-protocols",
        },
      ],
    },
    "ifla-vlan-qos": {
      "attrs": [
        {
          "name": "mapping",
          "key": "mapping",
          "value": 1,
          "type": "binary",
          "multi": true,
          "struct": "ifla-vlan-qos-mapping",
        },
      ],
    },
    "linkinfo-vrf-attrs": {
      "attrs": [
        {
          "name": "table",
          "key": "table",
          "value": 1,
          "type": "u32",
        },
      ],
    },
    "xdp-attrs": {
      "attrs": [
        {
          "name": "fd",
          "key": "fd",
          "value": 1,
          "type": "s32",
        },
        {
          "name": "attached",
          "key": "attached",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "flags",
          "key": "flags",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "prog-id",
          "key": "progId",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "drv-prog-id",
          "key": "drvProgId",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "skb-prog-id",
          "key": "skbProgId",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "hw-prog-id",
          "key": "hwProgId",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "expected-fd",
          "key": "expectedFd",
          "value": 8,
          "type": "s32",
        },
      ],
    },
    "ifla-attrs": {
      "attrs": [
        {
          "name": "conf",
          "key": "conf",
          "value": 1,
          "type": "binary",
          "struct": "ipv4-devconf",
        },
      ],
    },
    "ifla6-attrs": {
      "attrs": [
        {
          "name": "flags",
          "key": "flags",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "conf",
          "key": "conf",
          "value": 2,
          "type": "binary",
          "struct": "ipv6-devconf",
        },
        {
          "name": "stats",
          "key": "stats",
          "value": 3,
          "type": "binary",
          "struct": "ifla-inet6-stats",
        },
        {
          "name": "mcast",
          "key": "mcast",
          "value": 4,
          "type": "binary",
        },
        {
          "name": "cacheinfo",
          "key": "cacheinfo",
          "value": 5,
          "type": "binary",
          "struct": "ifla-cacheinfo",
        },
        {
          "name": "icmp6-stats",
          "key": "icmp6Stats",
          "value": 6,
          "type": "binary",
          "struct": "ifla-icmp6-stats",
        },
        {
          "name": "token",
          "key": "token",
          "value": 7,
          "type": "binary",
        },
        {
          "name": "addr-gen-mode",
          "key": "addrGenMode",
          "value": 8,
          "type": "u8",
        },
        {
          "name": "ra-mtu",
          "key": "raMtu",
          "value": 9,
          "type": "u32",
        },
      ],
    },
    "mctp-attrs": {
      "attrs": [
        {
          "name": "net",
          "key": "net",
          "value": 1,
          "type": "u32",
        },
      ],
    },
    "stats-attrs": {
      "attrs": [
        {
          "name": "link-64",
          "key": "link64",
          "value": 1,
          "type": "binary",
          "struct": "rtnl-link-stats64",
        },
        {
          "name": "link-xstats",
          "key": "linkXstats",
          "value": 2,
          "type": "binary",
        },
        {
          "name": "link-xstats-slave",
          "key": "linkXstatsSlave",
          "value": 3,
          "type": "binary",
        },
        {
          "name": "link-offload-xstats",
          "key": "linkOffloadXstats",
          "value": 4,
          "type": "nest",
          "nested": "link-offload-xstats",
        },
        {
          "name": "af-spec",
          "key": "afSpec",
          "value": 5,
          "type": "binary",
        },
      ],
    },
    "link-offload-xstats": {
      "attrs": [
        {
          "name": "cpu-hit",
          "key": "cpuHit",
          "value": 1,
          "type": "binary",
        },
        {
          "name": "hw-s-info",
          "key": "hwSInfo",
          "value": 2,
          "type": "indexed-array",
          "nested": "hw-s-info-one",
          "subType": "nest",
        },
        {
          "name": "l3-stats",
          "key": "l3Stats",
          "value": 3,
          "type": "binary",
        },
      ],
    },
    "hw-s-info-one": {
      "attrs": [
        {
          "name": "request",
          "key": "request",
          "value": 1,
          "type": "u8",
        },
        {
          "name": "used",
          "key": "used",
          "value": 2,
          "type": "u8",
        },
      ],
    },
    "link-dpll-pin-attrs": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 1,
          "type": "u32",
        },
      ],
    },
    "linkinfo-netkit-attrs": {
      "attrs": [
        {
          "name": "peer-info",
          "key": "peerInfo",
          "value": 1,
          "type": "binary",
        },
        {
          "name": "primary",
          "key": "primary",
          "value": 2,
          "type": "u8",
        },
        {
          "name": "policy",
          "key": "policy",
          "value": 3,
          "type": "u32",
          "enum": "netkit-policy",
        },
        {
          "name": "peer-policy",
          "key": "peerPolicy",
          "value": 4,
          "type": "u32",
          "enum": "netkit-policy",
        },
        {
          "name": "mode",
          "key": "mode",
          "value": 5,
          "type": "u32",
          "enum": "netkit-mode",
        },
      ],
    },
    "linkinfo-veth-attrs": {
      "attrs": [
        {
          "name": "peer",
          "key": "peer",
          "value": 1,
          "type": "nest",
          "nested": "link-attrs",
          "fixedHeader": "ifinfomsg",
        },
      ],
    },
  },
  "subMessages": {
    "linkinfo-data-msg": {
      "bond": {
        "attrSet": "linkinfo-bond-attrs",
      },
      "bridge": {
        "attrSet": "linkinfo-bridge-attrs",
      },
      "erspan": {
        "attrSet": "linkinfo-gre-attrs",
      },
      "gre": {
        "attrSet": "linkinfo-gre-attrs",
      },
      "gretap": {
        "attrSet": "linkinfo-gre-attrs",
      },
      "geneve": {
        "attrSet": "linkinfo-geneve-attrs",
      },
      "ipip": {
        "attrSet": "linkinfo-iptun-attrs",
      },
      "sit": {
        "attrSet": "linkinfo-iptun-attrs",
      },
      "tun": {
        "attrSet": "linkinfo-tun-attrs",
      },
      "vlan": {
        "attrSet": "linkinfo-vlan-attrs",
      },
      "vrf": {
        "attrSet": "linkinfo-vrf-attrs",
      },
      "netkit": {
        "attrSet": "linkinfo-netkit-attrs",
      },
      "veth": {
        "attrSet": "linkinfo-veth-attrs",
      },
    },
    "linkinfo-member-data-msg": {
      "bridge": {
        "attrSet": "linkinfo-brport-attrs",
      },
      "bond": {
        "attrSet": "bond-slave-attrs",
      },
    },
  },
  "ops": [
    {
      "name": "newlink",
      "attrSet": "link-attrs",
      "fixedHeader": "ifinfomsg",
      "do": {
        "request": {
          "value": 16,
          "attrs": [
            "ifi-index",
            "ifname",
            "net-ns-pid",
            "net-ns-fd",
            "target-netnsid",
            "link-netnsid",
            "linkinfo",
            "group",
            "num-tx-queues",
            "num-rx-queues",
            "address",
            "broadcast",
            "mtu",
            "txqlen",
            "operstate",
            "linkmode",
            "group",
            "gso-max-size",
            "gso-max-segs",
            "gro-max-size",
            "gso-ipv4-max-size",
            "gro-ipv4-max-size",
            "af-spec",
          ],
        },
      },
    },
    {
      "name": "dellink",
      "attrSet": "link-attrs",
      "fixedHeader": "ifinfomsg",
      "do": {
        "request": {
          "value": 17,
          "attrs": [
            "ifi-index",
            "ifname",
          ],
        },
      },
    },
    {
      "name": "getlink",
      "attrSet": "link-attrs",
      "fixedHeader": "ifinfomsg",
      "do": {
        "request": {
          "value": 18,
          "attrs": [
            "ifi-index",
            "ifname",
            "alt-ifname",
            "ext-mask",
            "target-netnsid",
          ],
        },
        "reply": {
          "value": 16,
          "attrs": [
            "ifi-family",
            "ifi-type",
            "ifi-index",
            "ifi-flags",
            "ifi-change",
            "address",
            "broadcast",
            "ifname",
            "mtu",
            "link",
            "qdisc",
            "stats",
            "cost",
            "priority",
            "master",
            "wireless",
            "protinfo",
            "txqlen",
            "map",
            "weight",
            "operstate",
            "linkmode",
            "linkinfo",
            "net-ns-pid",
            "ifalias",
            "num-vf",
            "vfinfo-list",
            "stats64",
            "vf-ports",
            "port-self",
            "af-spec",
            "group",
            "net-ns-fd",
            "ext-mask",
            "promiscuity",
            "num-tx-queues",
            "num-rx-queues",
            "carrier",
            "phys-port-id",
            "carrier-changes",
            "phys-switch-id",
            "link-netnsid",
            "phys-port-name",
            "proto-down",
            "gso-max-segs",
            "gso-max-size",
            "pad",
            "xdp",
            "event",
            "new-netnsid",
            "target-netnsid",
            "carrier-up-count",
            "carrier-down-count",
            "new-ifindex",
            "min-mtu",
            "max-mtu",
            "prop-list",
            "perm-address",
            "proto-down-reason",
            "parent-dev-name",
            "parent-dev-bus-name",
            "gro-max-size",
            "tso-max-size",
            "tso-max-segs",
            "allmulti",
            "devlink-port",
            "gso-ipv4-max-size",
            "gro-ipv4-max-size",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 18,
          "attrs": [
            "target-netnsid",
            "ext-mask",
            "master",
            "linkinfo",
          ],
        },
        "reply": {
          "value": 16,
          "attrs": [
            "ifi-family",
            "ifi-type",
            "ifi-index",
            "ifi-flags",
            "ifi-change",
            "address",
            "broadcast",
            "ifname",
            "mtu",
            "link",
            "qdisc",
            "stats",
            "cost",
            "priority",
            "master",
            "wireless",
            "protinfo",
            "txqlen",
            "map",
            "weight",
            "operstate",
            "linkmode",
            "linkinfo",
            "net-ns-pid",
            "ifalias",
            "num-vf",
            "vfinfo-list",
            "stats64",
            "vf-ports",
            "port-self",
            "af-spec",
            "group",
            "net-ns-fd",
            "ext-mask",
            "promiscuity",
            "num-tx-queues",
            "num-rx-queues",
            "carrier",
            "phys-port-id",
            "carrier-changes",
            "phys-switch-id",
            "link-netnsid",
            "phys-port-name",
            "proto-down",
            "gso-max-segs",
            "gso-max-size",
            "pad",
            "xdp",
            "event",
            "new-netnsid",
            "target-netnsid",
            "carrier-up-count",
            "carrier-down-count",
            "new-ifindex",
            "min-mtu",
            "max-mtu",
            "prop-list",
            "perm-address",
            "proto-down-reason",
            "parent-dev-name",
            "parent-dev-bus-name",
            "gro-max-size",
            "tso-max-size",
            "tso-max-segs",
            "allmulti",
            "devlink-port",
            "gso-ipv4-max-size",
            "gro-ipv4-max-size",
          ],
        },
      },
    },
    {
      "name": "setlink",
      "attrSet": "link-attrs",
      "fixedHeader": "ifinfomsg",
      "do": {
        "request": {
          "value": 19,
          "attrs": [
            "ifi-family",
            "ifi-type",
            "ifi-index",
            "ifi-flags",
            "ifi-change",
            "address",
            "broadcast",
            "ifname",
            "mtu",
            "link",
            "qdisc",
            "stats",
            "cost",
            "priority",
            "master",
            "wireless",
            "protinfo",
            "txqlen",
            "map",
            "weight",
            "operstate",
            "linkmode",
            "linkinfo",
            "net-ns-pid",
            "ifalias",
            "num-vf",
            "vfinfo-list",
            "stats64",
            "vf-ports",
            "port-self",
            "af-spec",
            "group",
            "net-ns-fd",
            "ext-mask",
            "promiscuity",
            "num-tx-queues",
            "num-rx-queues",
            "carrier",
            "phys-port-id",
            "carrier-changes",
            "phys-switch-id",
            "link-netnsid",
            "phys-port-name",
            "proto-down",
            "gso-max-segs",
            "gso-max-size",
            "pad",
            "xdp",
            "event",
            "new-netnsid",
            "target-netnsid",
            "carrier-up-count",
            "carrier-down-count",
            "new-ifindex",
            "min-mtu",
            "max-mtu",
            "prop-list",
            "perm-address",
            "proto-down-reason",
            "parent-dev-name",
            "parent-dev-bus-name",
            "gro-max-size",
            "tso-max-size",
            "tso-max-segs",
            "allmulti",
            "devlink-port",
            "gso-ipv4-max-size",
            "gro-ipv4-max-size",
          ],
        },
      },
    },
    {
      "name": "getstats",
      "attrSet": "stats-attrs",
      "fixedHeader": "if_stats_msg",
      "do": {
        "request": {
          "value": 94,
          "attrs": [
            "ifindex",
          ],
        },
        "reply": {
          "value": 92,
          "attrs": [
            "family",
            "ifindex",
            "filter-mask",
            "link-64",
            "link-xstats",
            "link-xstats-slave",
            "link-offload-xstats",
            "af-spec",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 94,
          "attrs": [],
        },
        "reply": {
          "value": 92,
          "attrs": [
            "family",
            "ifindex",
            "filter-mask",
            "link-64",
            "link-xstats",
            "link-xstats-slave",
            "link-offload-xstats",
            "af-spec",
          ],
        },
      },
    },
  ],
  "mcastGroups": {
    "rtnlgrp-link": 1,
    "rtnlgrp-stats": 36,
  },
};
