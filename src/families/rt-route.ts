// Generated from Documentation/netlink/specs/rt_route.yaml (Linux 6.12) by scripts/ynl/gen.ts (npm run gen): do not edit.
/**
 * The rt-route netlink family (netlink-raw, protocol 0), generated from its YNL spec.
 *
 * Route configuration over rtnetlink.
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
} from "../ynl/client.ts";
import type { WaitOptions } from "../socket/options.ts";

/** Values of rtm-type. */
export const RtmType = {
  unspec: 0,
  unicast: 1,
  local: 2,
  broadcast: 3,
  anycast: 4,
  multicast: 5,
  blackhole: 6,
  unreachable: 7,
  prohibit: 8,
  throw: 9,
  nat: 10,
  xresolve: 11,
} as const;

/** The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTONUM)`). */
export const PROTONUM = 0;

/** Message types (`nlmsg_type`) of the requests, by operation. */
export const Requests = {
  getroute: 26,
  newroute: 24,
  delroute: 25,
} as const;

/** Message types (`nlmsg_type`) of the replies, notifications and events, by operation. */
export const Replies = {
  getroute: 24,
} as const;

/** Fields of struct rtmsg, for requests (absent fields are 0). */
export interface RtmsgFields {
  /** rtm-family: u8. */
  rtmFamily?: number;
  /** rtm-dst-len: u8. */
  rtmDstLen?: number;
  /** rtm-src-len: u8. */
  rtmSrcLen?: number;
  /** rtm-tos: u8. */
  rtmTos?: number;
  /** rtm-table: u8. */
  rtmTable?: number;
  /** rtm-protocol: u8. */
  rtmProtocol?: number;
  /** rtm-scope: u8. */
  rtmScope?: number;
  /** rtm-type: u8; enum rtm-type. */
  rtmType?: number;
  /** rtm-flags: u32. */
  rtmFlags?: number;
}

/**
 * struct rtmsg
 *
 * A view of the struct, read and written in place (12 bytes).
 */
export class Rtmsg extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 12;
  constructor() {
    super(12);
  }
  /** rtm-family: u8. */
  get rtmFamily(): number {
    return this.$dv.getUint8(this.$o + 0);
  }
  set rtmFamily(v: number) {
    this.$dv.setUint8(this.$o + 0, v);
  }
  /** rtm-dst-len: u8. */
  get rtmDstLen(): number {
    return this.$dv.getUint8(this.$o + 1);
  }
  set rtmDstLen(v: number) {
    this.$dv.setUint8(this.$o + 1, v);
  }
  /** rtm-src-len: u8. */
  get rtmSrcLen(): number {
    return this.$dv.getUint8(this.$o + 2);
  }
  set rtmSrcLen(v: number) {
    this.$dv.setUint8(this.$o + 2, v);
  }
  /** rtm-tos: u8. */
  get rtmTos(): number {
    return this.$dv.getUint8(this.$o + 3);
  }
  set rtmTos(v: number) {
    this.$dv.setUint8(this.$o + 3, v);
  }
  /** rtm-table: u8. */
  get rtmTable(): number {
    return this.$dv.getUint8(this.$o + 4);
  }
  set rtmTable(v: number) {
    this.$dv.setUint8(this.$o + 4, v);
  }
  /** rtm-protocol: u8. */
  get rtmProtocol(): number {
    return this.$dv.getUint8(this.$o + 5);
  }
  set rtmProtocol(v: number) {
    this.$dv.setUint8(this.$o + 5, v);
  }
  /** rtm-scope: u8. */
  get rtmScope(): number {
    return this.$dv.getUint8(this.$o + 6);
  }
  set rtmScope(v: number) {
    this.$dv.setUint8(this.$o + 6, v);
  }
  /** rtm-type: u8; enum rtm-type. */
  get rtmType(): number {
    return this.$dv.getUint8(this.$o + 7);
  }
  set rtmType(v: number) {
    this.$dv.setUint8(this.$o + 7, v);
  }
  /** rtm-flags: u32. */
  get rtmFlags(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set rtmFlags(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: RtmsgFields): void {
    if (v.rtmFamily !== undefined) dv.setUint8(at + 0, v.rtmFamily);
    if (v.rtmDstLen !== undefined) dv.setUint8(at + 1, v.rtmDstLen);
    if (v.rtmSrcLen !== undefined) dv.setUint8(at + 2, v.rtmSrcLen);
    if (v.rtmTos !== undefined) dv.setUint8(at + 3, v.rtmTos);
    if (v.rtmTable !== undefined) dv.setUint8(at + 4, v.rtmTable);
    if (v.rtmProtocol !== undefined) dv.setUint8(at + 5, v.rtmProtocol);
    if (v.rtmScope !== undefined) dv.setUint8(at + 6, v.rtmScope);
    if (v.rtmType !== undefined) dv.setUint8(at + 7, v.rtmType);
    if (v.rtmFlags !== undefined) dv.setUint32(at + 8, v.rtmFlags, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): RtmsgFields {
    return {
      rtmFamily: this.rtmFamily,
      rtmDstLen: this.rtmDstLen,
      rtmSrcLen: this.rtmSrcLen,
      rtmTos: this.rtmTos,
      rtmTable: this.rtmTable,
      rtmProtocol: this.rtmProtocol,
      rtmScope: this.rtmScope,
      rtmType: this.rtmType,
      rtmFlags: this.rtmFlags,
    };
  }
}

/** Fields of struct rta-cacheinfo, for requests (absent fields are 0). */
export interface RtaCacheinfoFields {
  /** rta-clntref: u32. */
  rtaClntref?: number;
  /** rta-lastuse: u32. */
  rtaLastuse?: number;
  /** rta-expires: u32. */
  rtaExpires?: number;
  /** rta-error: u32. */
  rtaError?: number;
  /** rta-used: u32. */
  rtaUsed?: number;
}

/**
 * struct rta-cacheinfo
 *
 * A view of the struct, read and written in place (20 bytes).
 */
export class RtaCacheinfo extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 20;
  constructor() {
    super(20);
  }
  /** rta-clntref: u32. */
  get rtaClntref(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set rtaClntref(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /** rta-lastuse: u32. */
  get rtaLastuse(): number {
    return this.$dv.getUint32(this.$o + 4, true);
  }
  set rtaLastuse(v: number) {
    this.$dv.setUint32(this.$o + 4, v, true);
  }
  /** rta-expires: u32. */
  get rtaExpires(): number {
    return this.$dv.getUint32(this.$o + 8, true);
  }
  set rtaExpires(v: number) {
    this.$dv.setUint32(this.$o + 8, v, true);
  }
  /** rta-error: u32. */
  get rtaError(): number {
    return this.$dv.getUint32(this.$o + 12, true);
  }
  set rtaError(v: number) {
    this.$dv.setUint32(this.$o + 12, v, true);
  }
  /** rta-used: u32. */
  get rtaUsed(): number {
    return this.$dv.getUint32(this.$o + 16, true);
  }
  set rtaUsed(v: number) {
    this.$dv.setUint32(this.$o + 16, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: RtaCacheinfoFields): void {
    if (v.rtaClntref !== undefined) dv.setUint32(at + 0, v.rtaClntref, true);
    if (v.rtaLastuse !== undefined) dv.setUint32(at + 4, v.rtaLastuse, true);
    if (v.rtaExpires !== undefined) dv.setUint32(at + 8, v.rtaExpires, true);
    if (v.rtaError !== undefined) dv.setUint32(at + 12, v.rtaError, true);
    if (v.rtaUsed !== undefined) dv.setUint32(at + 16, v.rtaUsed, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): RtaCacheinfoFields {
    return {
      rtaClntref: this.rtaClntref,
      rtaLastuse: this.rtaLastuse,
      rtaExpires: this.rtaExpires,
      rtaError: this.rtaError,
      rtaUsed: this.rtaUsed,
    };
  }
}

/** Attribute type numbers of route-attrs. */
export const RouteAttrs = {
  rtaDst: 1,
  rtaSrc: 2,
  rtaIif: 3,
  rtaOif: 4,
  rtaGateway: 5,
  rtaPriority: 6,
  rtaPrefsrc: 7,
  rtaMetrics: 8,
  rtaMultipath: 9,
  rtaProtoinfo: 10,
  rtaFlow: 11,
  rtaCacheinfo: 12,
  rtaSession: 13,
  rtaMpAlgo: 14,
  rtaTable: 15,
  rtaMark: 16,
  rtaMfcStats: 17,
  rtaVia: 18,
  rtaNewdst: 19,
  rtaPref: 20,
  rtaEncapType: 21,
  rtaEncap: 22,
  rtaExpires: 23,
  rtaPad: 24,
  rtaUid: 25,
  rtaTtlPropagate: 26,
  rtaIpProto: 27,
  rtaSport: 28,
  rtaDport: 29,
  rtaNhId: 30,
} as const;

/** The attributes of route-attrs as a plain object (requests, `toObject()`). */
export interface RouteAttrsValues {
  /** rta-dst: binary; display hint ipv4 (type 1). */
  rtaDst?: Uint8Array | string;
  /** rta-src: binary; display hint ipv4 (type 2). */
  rtaSrc?: Uint8Array | string;
  /** rta-iif: u32 (type 3). */
  rtaIif?: number;
  /** rta-oif: u32 (type 4). */
  rtaOif?: number;
  /** rta-gateway: binary; display hint ipv4 (type 5). */
  rtaGateway?: Uint8Array | string;
  /** rta-priority: u32 (type 6). */
  rtaPriority?: number;
  /** rta-prefsrc: binary; display hint ipv4 (type 7). */
  rtaPrefsrc?: Uint8Array | string;
  /** rta-metrics: nest (type 8). */
  rtaMetrics?: RtaMetricsValues;
  /** rta-multipath: binary (type 9). */
  rtaMultipath?: Uint8Array;
  /** rta-protoinfo: binary (type 10). */
  rtaProtoinfo?: Uint8Array;
  /** rta-flow: u32 (type 11). */
  rtaFlow?: number;
  /** rta-cacheinfo: binary (type 12). */
  rtaCacheinfo?: RtaCacheinfoFields;
  /** rta-session: binary (type 13). */
  rtaSession?: Uint8Array;
  /** rta-mp-algo: binary (type 14). */
  rtaMpAlgo?: Uint8Array;
  /** rta-table: u32 (type 15). */
  rtaTable?: number;
  /** rta-mark: u32 (type 16). */
  rtaMark?: number;
  /** rta-mfc-stats: binary (type 17). */
  rtaMfcStats?: Uint8Array;
  /** rta-via: binary (type 18). */
  rtaVia?: Uint8Array;
  /** rta-newdst: binary (type 19). */
  rtaNewdst?: Uint8Array;
  /** rta-pref: u8 (type 20). */
  rtaPref?: number;
  /** rta-encap-type: u16 (type 21). */
  rtaEncapType?: number;
  /** rta-encap: binary (type 22). */
  rtaEncap?: Uint8Array;
  /** rta-expires: u32 (type 23). */
  rtaExpires?: number;
  /** rta-pad: binary (type 24). */
  rtaPad?: Uint8Array;
  /** rta-uid: u32 (type 25). */
  rtaUid?: number;
  /** rta-ttl-propagate: u8 (type 26). */
  rtaTtlPropagate?: number;
  /** rta-ip-proto: u8 (type 27). */
  rtaIpProto?: number;
  /** rta-sport: u16 (type 28). */
  rtaSport?: number;
  /** rta-dport: u16 (type 29). */
  rtaDport?: number;
  /** rta-nh-id: u32 (type 30). */
  rtaNhId?: number;
}

/**
 * The route-attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class RouteAttrsView extends AttrView {
  #c8?: RtaMetricsView;
  #c12?: RtaCacheinfo;
  constructor() {
    super(30);
  }
  /** rta-dst: binary; display hint ipv4 (type 1). */
  get rtaDst(): Uint8Array | undefined {
    return this.$bin(1);
  }
  /** rta-dst as text (display hint ipv4), or `undefined`. */
  get rtaDstText(): string | undefined {
    const v = this.$bin(1);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** rta-src: binary; display hint ipv4 (type 2). */
  get rtaSrc(): Uint8Array | undefined {
    return this.$bin(2);
  }
  /** rta-src as text (display hint ipv4), or `undefined`. */
  get rtaSrcText(): string | undefined {
    const v = this.$bin(2);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** rta-iif: u32 (type 3). */
  get rtaIif(): number | undefined {
    return this.$u32(3);
  }
  /** rta-oif: u32 (type 4). */
  get rtaOif(): number | undefined {
    return this.$u32(4);
  }
  /** rta-gateway: binary; display hint ipv4 (type 5). */
  get rtaGateway(): Uint8Array | undefined {
    return this.$bin(5);
  }
  /** rta-gateway as text (display hint ipv4), or `undefined`. */
  get rtaGatewayText(): string | undefined {
    const v = this.$bin(5);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** rta-priority: u32 (type 6). */
  get rtaPriority(): number | undefined {
    return this.$u32(6);
  }
  /** rta-prefsrc: binary; display hint ipv4 (type 7). */
  get rtaPrefsrc(): Uint8Array | undefined {
    return this.$bin(7);
  }
  /** rta-prefsrc as text (display hint ipv4), or `undefined`. */
  get rtaPrefsrcText(): string | undefined {
    const v = this.$bin(7);
    return v === undefined ? undefined : bytesToText("ipv4", v);
  }
  /** rta-metrics: nest (type 8). */
  get rtaMetrics(): RtaMetricsView | undefined {
    return this.$nest(8, this.#c8 ??= new RtaMetricsView());
  }
  /** rta-multipath: binary (type 9). */
  get rtaMultipath(): Uint8Array | undefined {
    return this.$bin(9);
  }
  /** rta-protoinfo: binary (type 10). */
  get rtaProtoinfo(): Uint8Array | undefined {
    return this.$bin(10);
  }
  /** rta-flow: u32 (type 11). */
  get rtaFlow(): number | undefined {
    return this.$u32(11);
  }
  /** rta-cacheinfo: binary (type 12). */
  get rtaCacheinfo(): RtaCacheinfo | undefined {
    return this.$struct(12, this.#c12 ??= new RtaCacheinfo());
  }
  /** rta-session: binary (type 13). */
  get rtaSession(): Uint8Array | undefined {
    return this.$bin(13);
  }
  /** rta-mp-algo: binary (type 14). */
  get rtaMpAlgo(): Uint8Array | undefined {
    return this.$bin(14);
  }
  /** rta-table: u32 (type 15). */
  get rtaTable(): number | undefined {
    return this.$u32(15);
  }
  /** rta-mark: u32 (type 16). */
  get rtaMark(): number | undefined {
    return this.$u32(16);
  }
  /** rta-mfc-stats: binary (type 17). */
  get rtaMfcStats(): Uint8Array | undefined {
    return this.$bin(17);
  }
  /** rta-via: binary (type 18). */
  get rtaVia(): Uint8Array | undefined {
    return this.$bin(18);
  }
  /** rta-newdst: binary (type 19). */
  get rtaNewdst(): Uint8Array | undefined {
    return this.$bin(19);
  }
  /** rta-pref: u8 (type 20). */
  get rtaPref(): number | undefined {
    return this.$u8(20);
  }
  /** rta-encap-type: u16 (type 21). */
  get rtaEncapType(): number | undefined {
    return this.$u16(21);
  }
  /** rta-encap: binary (type 22). */
  get rtaEncap(): Uint8Array | undefined {
    return this.$bin(22);
  }
  /** rta-expires: u32 (type 23). */
  get rtaExpires(): number | undefined {
    return this.$u32(23);
  }
  /** rta-pad: binary (type 24). */
  get rtaPad(): Uint8Array | undefined {
    return this.$bin(24);
  }
  /** rta-uid: u32 (type 25). */
  get rtaUid(): number | undefined {
    return this.$u32(25);
  }
  /** rta-ttl-propagate: u8 (type 26). */
  get rtaTtlPropagate(): number | undefined {
    return this.$u8(26);
  }
  /** rta-ip-proto: u8 (type 27). */
  get rtaIpProto(): number | undefined {
    return this.$u8(27);
  }
  /** rta-sport: u16 (type 28). */
  get rtaSport(): number | undefined {
    return this.$u16(28);
  }
  /** rta-dport: u16 (type 29). */
  get rtaDport(): number | undefined {
    return this.$u16(29);
  }
  /** rta-nh-id: u32 (type 30). */
  get rtaNhId(): number | undefined {
    return this.$u32(30);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): RouteAttrsValues {
    return decodeValues(schema, "route-attrs", this, false) as RouteAttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "route-attrs", this, true);
  }
}

/**
 * Writes the attributes of route-attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeRouteAttrs(w: MessageWriter, v: RouteAttrsValues): void {
  if (v.rtaDst !== undefined) {
    w.putBytes(1, typeof v.rtaDst === "string" ? textToBytes("ipv4", v.rtaDst) : v.rtaDst);
  }
  if (v.rtaSrc !== undefined) {
    w.putBytes(2, typeof v.rtaSrc === "string" ? textToBytes("ipv4", v.rtaSrc) : v.rtaSrc);
  }
  if (v.rtaIif !== undefined) w.putU32(3, v.rtaIif);
  if (v.rtaOif !== undefined) w.putU32(4, v.rtaOif);
  if (v.rtaGateway !== undefined) {
    w.putBytes(
      5,
      typeof v.rtaGateway === "string" ? textToBytes("ipv4", v.rtaGateway) : v.rtaGateway,
    );
  }
  if (v.rtaPriority !== undefined) w.putU32(6, v.rtaPriority);
  if (v.rtaPrefsrc !== undefined) {
    w.putBytes(
      7,
      typeof v.rtaPrefsrc === "string" ? textToBytes("ipv4", v.rtaPrefsrc) : v.rtaPrefsrc,
    );
  }
  if (v.rtaMetrics !== undefined) {
    const n = w.nestStart(8);
    writeRtaMetrics(w, v.rtaMetrics);
    w.nestEnd(n);
  }
  if (v.rtaMultipath !== undefined) w.putBytes(9, v.rtaMultipath);
  if (v.rtaProtoinfo !== undefined) w.putBytes(10, v.rtaProtoinfo);
  if (v.rtaFlow !== undefined) w.putU32(11, v.rtaFlow);
  if (v.rtaCacheinfo !== undefined) {
    RtaCacheinfo.write(w.view, putZeroed(w, 12, RtaCacheinfo.SIZE), v.rtaCacheinfo);
  }
  if (v.rtaSession !== undefined) w.putBytes(13, v.rtaSession);
  if (v.rtaMpAlgo !== undefined) w.putBytes(14, v.rtaMpAlgo);
  if (v.rtaTable !== undefined) w.putU32(15, v.rtaTable);
  if (v.rtaMark !== undefined) w.putU32(16, v.rtaMark);
  if (v.rtaMfcStats !== undefined) w.putBytes(17, v.rtaMfcStats);
  if (v.rtaVia !== undefined) w.putBytes(18, v.rtaVia);
  if (v.rtaNewdst !== undefined) w.putBytes(19, v.rtaNewdst);
  if (v.rtaPref !== undefined) w.putU8(20, v.rtaPref);
  if (v.rtaEncapType !== undefined) w.putU16(21, v.rtaEncapType);
  if (v.rtaEncap !== undefined) w.putBytes(22, v.rtaEncap);
  if (v.rtaExpires !== undefined) w.putU32(23, v.rtaExpires);
  if (v.rtaPad !== undefined) w.putBytes(24, v.rtaPad);
  if (v.rtaUid !== undefined) w.putU32(25, v.rtaUid);
  if (v.rtaTtlPropagate !== undefined) w.putU8(26, v.rtaTtlPropagate);
  if (v.rtaIpProto !== undefined) w.putU8(27, v.rtaIpProto);
  if (v.rtaSport !== undefined) w.putU16(28, v.rtaSport);
  if (v.rtaDport !== undefined) w.putU16(29, v.rtaDport);
  if (v.rtaNhId !== undefined) w.putU32(30, v.rtaNhId);
}

/** Attribute type numbers of rta-metrics. */
export const RtaMetrics = {
  rtaxUnspec: 0,
  rtaxLock: 1,
  rtaxMtu: 2,
  rtaxWindow: 3,
  rtaxRtt: 4,
  rtaxRttvar: 5,
  rtaxSsthresh: 6,
  rtaxCwnd: 7,
  rtaxAdvmss: 8,
  rtaxReordering: 9,
  rtaxHoplimit: 10,
  rtaxInitcwnd: 11,
  rtaxFeatures: 12,
  rtaxRtoMin: 13,
  rtaxInitrwnd: 14,
  rtaxQuickack: 15,
  rtaxCcAlgo: 16,
  rtaxFastopenNoCookie: 17,
} as const;

/** The attributes of rta-metrics as a plain object (requests, `toObject()`). */
export interface RtaMetricsValues {
  /** rtax-lock: u32 (type 1). */
  rtaxLock?: number;
  /** rtax-mtu: u32 (type 2). */
  rtaxMtu?: number;
  /** rtax-window: u32 (type 3). */
  rtaxWindow?: number;
  /** rtax-rtt: u32 (type 4). */
  rtaxRtt?: number;
  /** rtax-rttvar: u32 (type 5). */
  rtaxRttvar?: number;
  /** rtax-ssthresh: u32 (type 6). */
  rtaxSsthresh?: number;
  /** rtax-cwnd: u32 (type 7). */
  rtaxCwnd?: number;
  /** rtax-advmss: u32 (type 8). */
  rtaxAdvmss?: number;
  /** rtax-reordering: u32 (type 9). */
  rtaxReordering?: number;
  /** rtax-hoplimit: u32 (type 10). */
  rtaxHoplimit?: number;
  /** rtax-initcwnd: u32 (type 11). */
  rtaxInitcwnd?: number;
  /** rtax-features: u32 (type 12). */
  rtaxFeatures?: number;
  /** rtax-rto-min: u32 (type 13). */
  rtaxRtoMin?: number;
  /** rtax-initrwnd: u32 (type 14). */
  rtaxInitrwnd?: number;
  /** rtax-quickack: u32 (type 15). */
  rtaxQuickack?: number;
  /** rtax-cc-algo: string (type 16). */
  rtaxCcAlgo?: string;
  /** rtax-fastopen-no-cookie: u32 (type 17). */
  rtaxFastopenNoCookie?: number;
}

/**
 * The rta-metrics attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class RtaMetricsView extends AttrView {
  constructor() {
    super(17);
  }
  /** rtax-lock: u32 (type 1). */
  get rtaxLock(): number | undefined {
    return this.$u32(1);
  }
  /** rtax-mtu: u32 (type 2). */
  get rtaxMtu(): number | undefined {
    return this.$u32(2);
  }
  /** rtax-window: u32 (type 3). */
  get rtaxWindow(): number | undefined {
    return this.$u32(3);
  }
  /** rtax-rtt: u32 (type 4). */
  get rtaxRtt(): number | undefined {
    return this.$u32(4);
  }
  /** rtax-rttvar: u32 (type 5). */
  get rtaxRttvar(): number | undefined {
    return this.$u32(5);
  }
  /** rtax-ssthresh: u32 (type 6). */
  get rtaxSsthresh(): number | undefined {
    return this.$u32(6);
  }
  /** rtax-cwnd: u32 (type 7). */
  get rtaxCwnd(): number | undefined {
    return this.$u32(7);
  }
  /** rtax-advmss: u32 (type 8). */
  get rtaxAdvmss(): number | undefined {
    return this.$u32(8);
  }
  /** rtax-reordering: u32 (type 9). */
  get rtaxReordering(): number | undefined {
    return this.$u32(9);
  }
  /** rtax-hoplimit: u32 (type 10). */
  get rtaxHoplimit(): number | undefined {
    return this.$u32(10);
  }
  /** rtax-initcwnd: u32 (type 11). */
  get rtaxInitcwnd(): number | undefined {
    return this.$u32(11);
  }
  /** rtax-features: u32 (type 12). */
  get rtaxFeatures(): number | undefined {
    return this.$u32(12);
  }
  /** rtax-rto-min: u32 (type 13). */
  get rtaxRtoMin(): number | undefined {
    return this.$u32(13);
  }
  /** rtax-initrwnd: u32 (type 14). */
  get rtaxInitrwnd(): number | undefined {
    return this.$u32(14);
  }
  /** rtax-quickack: u32 (type 15). */
  get rtaxQuickack(): number | undefined {
    return this.$u32(15);
  }
  /** rtax-cc-algo: string (type 16). */
  get rtaxCcAlgo(): string | undefined {
    return this.$str(16);
  }
  /** rtax-fastopen-no-cookie: u32 (type 17). */
  get rtaxFastopenNoCookie(): number | undefined {
    return this.$u32(17);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): RtaMetricsValues {
    return decodeValues(schema, "rta-metrics", this, false) as RtaMetricsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "rta-metrics", this, true);
  }
}

/**
 * Writes the attributes of rta-metrics present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeRtaMetrics(w: MessageWriter, v: RtaMetricsValues): void {
  if (v.rtaxLock !== undefined) w.putU32(1, v.rtaxLock);
  if (v.rtaxMtu !== undefined) w.putU32(2, v.rtaxMtu);
  if (v.rtaxWindow !== undefined) w.putU32(3, v.rtaxWindow);
  if (v.rtaxRtt !== undefined) w.putU32(4, v.rtaxRtt);
  if (v.rtaxRttvar !== undefined) w.putU32(5, v.rtaxRttvar);
  if (v.rtaxSsthresh !== undefined) w.putU32(6, v.rtaxSsthresh);
  if (v.rtaxCwnd !== undefined) w.putU32(7, v.rtaxCwnd);
  if (v.rtaxAdvmss !== undefined) w.putU32(8, v.rtaxAdvmss);
  if (v.rtaxReordering !== undefined) w.putU32(9, v.rtaxReordering);
  if (v.rtaxHoplimit !== undefined) w.putU32(10, v.rtaxHoplimit);
  if (v.rtaxInitcwnd !== undefined) w.putU32(11, v.rtaxInitcwnd);
  if (v.rtaxFeatures !== undefined) w.putU32(12, v.rtaxFeatures);
  if (v.rtaxRtoMin !== undefined) w.putU32(13, v.rtaxRtoMin);
  if (v.rtaxInitrwnd !== undefined) w.putU32(14, v.rtaxInitrwnd);
  if (v.rtaxQuickack !== undefined) w.putU32(15, v.rtaxQuickack);
  if (v.rtaxCcAlgo !== undefined) w.putString(16, v.rtaxCcAlgo);
  if (v.rtaxFastopenNoCookie !== undefined) w.putU32(17, v.rtaxFastopenNoCookie);
}

/** A message of rt-route read in place: its fixed header `rtmsg` and the route-attrs attributes. */
export class RouteMessage extends RouteAttrsView {
  /** The fixed header, read and written in place. */
  readonly rtmsg = new Rtmsg();
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    this.rtmsg.reset(m.view, at, m.payloadLength);
    const start = at + 12;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The header and attributes as a plain object the caller owns. @returns A new object. */
  override toObject(): RouteAttrsValues & { rtmsg: RtmsgFields } {
    return { rtmsg: this.rtmsg.toObject(), ...super.toObject() };
  }
  /** Header fields and attributes side by side, with the spec's names. @returns A new object. */
  override toJSON(): Record<string, unknown> {
    return sideBySide(decodeValues(schema, "rtmsg", this.rtmsg, true), super.toJSON());
  }
}

/** The request of getroute (do): Dump route information. */
export type GetrouteRequest =
  & Pick<
    RouteAttrsValues,
    | "rtaSrc"
    | "rtaDst"
    | "rtaIif"
    | "rtaOif"
    | "rtaIpProto"
    | "rtaSport"
    | "rtaDport"
    | "rtaMark"
    | "rtaUid"
  >
  & { rtmsg?: RtmsgFields };

/**
 * Writes a getroute do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type `nlmsg_type`; default 26.
 * @returns The message's length.
 */
export function encodeGetroute(
  w: MessageWriter,
  req: GetrouteRequest,
  flags = 0x1,
  type = 26,
): number {
  w.begin(type, flags);
  const at = w.reserve(12);
  const h = req.rtmsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.rtmFamily !== undefined) dv.setUint8(at + 0, h.rtmFamily);
    if (h.rtmDstLen !== undefined) dv.setUint8(at + 1, h.rtmDstLen);
    if (h.rtmSrcLen !== undefined) dv.setUint8(at + 2, h.rtmSrcLen);
    if (h.rtmTos !== undefined) dv.setUint8(at + 3, h.rtmTos);
    if (h.rtmTable !== undefined) dv.setUint8(at + 4, h.rtmTable);
    if (h.rtmProtocol !== undefined) dv.setUint8(at + 5, h.rtmProtocol);
    if (h.rtmScope !== undefined) dv.setUint8(at + 6, h.rtmScope);
    if (h.rtmType !== undefined) dv.setUint8(at + 7, h.rtmType);
    if (h.rtmFlags !== undefined) dv.setUint32(at + 8, h.rtmFlags, true);
  }
  const v = req;
  if (v.rtaDst !== undefined) {
    w.putBytes(1, typeof v.rtaDst === "string" ? textToBytes("ipv4", v.rtaDst) : v.rtaDst);
  }
  if (v.rtaSrc !== undefined) {
    w.putBytes(2, typeof v.rtaSrc === "string" ? textToBytes("ipv4", v.rtaSrc) : v.rtaSrc);
  }
  if (v.rtaIif !== undefined) w.putU32(3, v.rtaIif);
  if (v.rtaOif !== undefined) w.putU32(4, v.rtaOif);
  if (v.rtaMark !== undefined) w.putU32(16, v.rtaMark);
  if (v.rtaUid !== undefined) w.putU32(25, v.rtaUid);
  if (v.rtaIpProto !== undefined) w.putU8(27, v.rtaIpProto);
  if (v.rtaSport !== undefined) w.putU16(28, v.rtaSport);
  if (v.rtaDport !== undefined) w.putU16(29, v.rtaDport);
  return w.end();
}

/** The request of getroute (dump): Dump route information. */
export type GetrouteDumpRequest = { rtmsg?: RtmsgFields };

/**
 * Writes a getroute dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type `nlmsg_type`; default 26.
 * @returns The message's length.
 */
export function encodeGetrouteDump(
  w: MessageWriter,
  req: GetrouteDumpRequest,
  flags = 0x301,
  type = 26,
): number {
  w.begin(type, flags);
  const at = w.reserve(12);
  const h = req.rtmsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.rtmFamily !== undefined) dv.setUint8(at + 0, h.rtmFamily);
    if (h.rtmDstLen !== undefined) dv.setUint8(at + 1, h.rtmDstLen);
    if (h.rtmSrcLen !== undefined) dv.setUint8(at + 2, h.rtmSrcLen);
    if (h.rtmTos !== undefined) dv.setUint8(at + 3, h.rtmTos);
    if (h.rtmTable !== undefined) dv.setUint8(at + 4, h.rtmTable);
    if (h.rtmProtocol !== undefined) dv.setUint8(at + 5, h.rtmProtocol);
    if (h.rtmScope !== undefined) dv.setUint8(at + 6, h.rtmScope);
    if (h.rtmType !== undefined) dv.setUint8(at + 7, h.rtmType);
    if (h.rtmFlags !== undefined) dv.setUint32(at + 8, h.rtmFlags, true);
  }
  return w.end();
}

/** The request of newroute (do): Create a new route */
export type NewrouteRequest =
  & Pick<
    RouteAttrsValues,
    | "rtaDst"
    | "rtaSrc"
    | "rtaIif"
    | "rtaOif"
    | "rtaGateway"
    | "rtaPriority"
    | "rtaPrefsrc"
    | "rtaMetrics"
    | "rtaMultipath"
    | "rtaFlow"
    | "rtaCacheinfo"
    | "rtaTable"
    | "rtaMark"
    | "rtaMfcStats"
    | "rtaVia"
    | "rtaNewdst"
    | "rtaPref"
    | "rtaEncapType"
    | "rtaEncap"
    | "rtaExpires"
    | "rtaPad"
    | "rtaUid"
    | "rtaTtlPropagate"
    | "rtaIpProto"
    | "rtaSport"
    | "rtaDport"
    | "rtaNhId"
  >
  & { rtmsg?: RtmsgFields };

/**
 * Writes a newroute do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 24.
 * @returns The message's length.
 */
export function encodeNewroute(
  w: MessageWriter,
  req: NewrouteRequest,
  flags = 0x5,
  type = 24,
): number {
  w.begin(type, flags);
  const at = w.reserve(12);
  const h = req.rtmsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.rtmFamily !== undefined) dv.setUint8(at + 0, h.rtmFamily);
    if (h.rtmDstLen !== undefined) dv.setUint8(at + 1, h.rtmDstLen);
    if (h.rtmSrcLen !== undefined) dv.setUint8(at + 2, h.rtmSrcLen);
    if (h.rtmTos !== undefined) dv.setUint8(at + 3, h.rtmTos);
    if (h.rtmTable !== undefined) dv.setUint8(at + 4, h.rtmTable);
    if (h.rtmProtocol !== undefined) dv.setUint8(at + 5, h.rtmProtocol);
    if (h.rtmScope !== undefined) dv.setUint8(at + 6, h.rtmScope);
    if (h.rtmType !== undefined) dv.setUint8(at + 7, h.rtmType);
    if (h.rtmFlags !== undefined) dv.setUint32(at + 8, h.rtmFlags, true);
  }
  const v = req;
  if (v.rtaDst !== undefined) {
    w.putBytes(1, typeof v.rtaDst === "string" ? textToBytes("ipv4", v.rtaDst) : v.rtaDst);
  }
  if (v.rtaSrc !== undefined) {
    w.putBytes(2, typeof v.rtaSrc === "string" ? textToBytes("ipv4", v.rtaSrc) : v.rtaSrc);
  }
  if (v.rtaIif !== undefined) w.putU32(3, v.rtaIif);
  if (v.rtaOif !== undefined) w.putU32(4, v.rtaOif);
  if (v.rtaGateway !== undefined) {
    w.putBytes(
      5,
      typeof v.rtaGateway === "string" ? textToBytes("ipv4", v.rtaGateway) : v.rtaGateway,
    );
  }
  if (v.rtaPriority !== undefined) w.putU32(6, v.rtaPriority);
  if (v.rtaPrefsrc !== undefined) {
    w.putBytes(
      7,
      typeof v.rtaPrefsrc === "string" ? textToBytes("ipv4", v.rtaPrefsrc) : v.rtaPrefsrc,
    );
  }
  if (v.rtaMetrics !== undefined) {
    const n = w.nestStart(8);
    writeRtaMetrics(w, v.rtaMetrics);
    w.nestEnd(n);
  }
  if (v.rtaMultipath !== undefined) w.putBytes(9, v.rtaMultipath);
  if (v.rtaFlow !== undefined) w.putU32(11, v.rtaFlow);
  if (v.rtaCacheinfo !== undefined) {
    RtaCacheinfo.write(w.view, putZeroed(w, 12, RtaCacheinfo.SIZE), v.rtaCacheinfo);
  }
  if (v.rtaTable !== undefined) w.putU32(15, v.rtaTable);
  if (v.rtaMark !== undefined) w.putU32(16, v.rtaMark);
  if (v.rtaMfcStats !== undefined) w.putBytes(17, v.rtaMfcStats);
  if (v.rtaVia !== undefined) w.putBytes(18, v.rtaVia);
  if (v.rtaNewdst !== undefined) w.putBytes(19, v.rtaNewdst);
  if (v.rtaPref !== undefined) w.putU8(20, v.rtaPref);
  if (v.rtaEncapType !== undefined) w.putU16(21, v.rtaEncapType);
  if (v.rtaEncap !== undefined) w.putBytes(22, v.rtaEncap);
  if (v.rtaExpires !== undefined) w.putU32(23, v.rtaExpires);
  if (v.rtaPad !== undefined) w.putBytes(24, v.rtaPad);
  if (v.rtaUid !== undefined) w.putU32(25, v.rtaUid);
  if (v.rtaTtlPropagate !== undefined) w.putU8(26, v.rtaTtlPropagate);
  if (v.rtaIpProto !== undefined) w.putU8(27, v.rtaIpProto);
  if (v.rtaSport !== undefined) w.putU16(28, v.rtaSport);
  if (v.rtaDport !== undefined) w.putU16(29, v.rtaDport);
  if (v.rtaNhId !== undefined) w.putU32(30, v.rtaNhId);
  return w.end();
}

/** The request of delroute (do): Delete an existing route */
export type DelrouteRequest =
  & Pick<
    RouteAttrsValues,
    | "rtaDst"
    | "rtaSrc"
    | "rtaIif"
    | "rtaOif"
    | "rtaGateway"
    | "rtaPriority"
    | "rtaPrefsrc"
    | "rtaMetrics"
    | "rtaMultipath"
    | "rtaFlow"
    | "rtaCacheinfo"
    | "rtaTable"
    | "rtaMark"
    | "rtaMfcStats"
    | "rtaVia"
    | "rtaNewdst"
    | "rtaPref"
    | "rtaEncapType"
    | "rtaEncap"
    | "rtaExpires"
    | "rtaPad"
    | "rtaUid"
    | "rtaTtlPropagate"
    | "rtaIpProto"
    | "rtaSport"
    | "rtaDport"
    | "rtaNhId"
  >
  & { rtmsg?: RtmsgFields };

/**
 * Writes a delroute do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 25.
 * @returns The message's length.
 */
export function encodeDelroute(
  w: MessageWriter,
  req: DelrouteRequest,
  flags = 0x5,
  type = 25,
): number {
  w.begin(type, flags);
  const at = w.reserve(12);
  const h = req.rtmsg;
  if (h !== undefined) {
    const dv = w.view;
    if (h.rtmFamily !== undefined) dv.setUint8(at + 0, h.rtmFamily);
    if (h.rtmDstLen !== undefined) dv.setUint8(at + 1, h.rtmDstLen);
    if (h.rtmSrcLen !== undefined) dv.setUint8(at + 2, h.rtmSrcLen);
    if (h.rtmTos !== undefined) dv.setUint8(at + 3, h.rtmTos);
    if (h.rtmTable !== undefined) dv.setUint8(at + 4, h.rtmTable);
    if (h.rtmProtocol !== undefined) dv.setUint8(at + 5, h.rtmProtocol);
    if (h.rtmScope !== undefined) dv.setUint8(at + 6, h.rtmScope);
    if (h.rtmType !== undefined) dv.setUint8(at + 7, h.rtmType);
    if (h.rtmFlags !== undefined) dv.setUint32(at + 8, h.rtmFlags, true);
  }
  const v = req;
  if (v.rtaDst !== undefined) {
    w.putBytes(1, typeof v.rtaDst === "string" ? textToBytes("ipv4", v.rtaDst) : v.rtaDst);
  }
  if (v.rtaSrc !== undefined) {
    w.putBytes(2, typeof v.rtaSrc === "string" ? textToBytes("ipv4", v.rtaSrc) : v.rtaSrc);
  }
  if (v.rtaIif !== undefined) w.putU32(3, v.rtaIif);
  if (v.rtaOif !== undefined) w.putU32(4, v.rtaOif);
  if (v.rtaGateway !== undefined) {
    w.putBytes(
      5,
      typeof v.rtaGateway === "string" ? textToBytes("ipv4", v.rtaGateway) : v.rtaGateway,
    );
  }
  if (v.rtaPriority !== undefined) w.putU32(6, v.rtaPriority);
  if (v.rtaPrefsrc !== undefined) {
    w.putBytes(
      7,
      typeof v.rtaPrefsrc === "string" ? textToBytes("ipv4", v.rtaPrefsrc) : v.rtaPrefsrc,
    );
  }
  if (v.rtaMetrics !== undefined) {
    const n = w.nestStart(8);
    writeRtaMetrics(w, v.rtaMetrics);
    w.nestEnd(n);
  }
  if (v.rtaMultipath !== undefined) w.putBytes(9, v.rtaMultipath);
  if (v.rtaFlow !== undefined) w.putU32(11, v.rtaFlow);
  if (v.rtaCacheinfo !== undefined) {
    RtaCacheinfo.write(w.view, putZeroed(w, 12, RtaCacheinfo.SIZE), v.rtaCacheinfo);
  }
  if (v.rtaTable !== undefined) w.putU32(15, v.rtaTable);
  if (v.rtaMark !== undefined) w.putU32(16, v.rtaMark);
  if (v.rtaMfcStats !== undefined) w.putBytes(17, v.rtaMfcStats);
  if (v.rtaVia !== undefined) w.putBytes(18, v.rtaVia);
  if (v.rtaNewdst !== undefined) w.putBytes(19, v.rtaNewdst);
  if (v.rtaPref !== undefined) w.putU8(20, v.rtaPref);
  if (v.rtaEncapType !== undefined) w.putU16(21, v.rtaEncapType);
  if (v.rtaEncap !== undefined) w.putBytes(22, v.rtaEncap);
  if (v.rtaExpires !== undefined) w.putU32(23, v.rtaExpires);
  if (v.rtaPad !== undefined) w.putBytes(24, v.rtaPad);
  if (v.rtaUid !== undefined) w.putU32(25, v.rtaUid);
  if (v.rtaTtlPropagate !== undefined) w.putU8(26, v.rtaTtlPropagate);
  if (v.rtaIpProto !== undefined) w.putU8(27, v.rtaIpProto);
  if (v.rtaSport !== undefined) w.putU16(28, v.rtaSport);
  if (v.rtaDport !== undefined) w.putU16(29, v.rtaDport);
  if (v.rtaNhId !== undefined) w.putU32(30, v.rtaNhId);
  return w.end();
}

/**
 * A client of the rt-route family: one method per operation, over one socket.
 *
 * Route configuration over rtnetlink.
 *
 * Replies are views valid until the client receives again; call
 * `toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.
 *
 * @example
 * ```ts
 * import { RtRouteClient } from "./rt-route.ts";
 * using client = RtRouteClient.open();
 * ```
 */
export class RtRouteClient extends FamilyClient {
  #RouteMessage = new RouteMessage();

  /**
   * Opens a socket for the family.
   *
   * @param options Socket options, or an open socket to use.
   * @returns The client.
   * @throws {KernelError} When the kernel refuses.
   */
  static open(options: ClientOptions = {}): RtRouteClient {
    return new RtRouteClient(connect(schema, options));
  }
  /**
   * Dump route information..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getroute(req: GetrouteRequest = {}, options: DoOptions = {}): RouteMessage {
    return this.$do(encodeGetroute, req, 26, options, this.#RouteMessage);
  }
  /**
   * Dump route information., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getrouteAsync(req: GetrouteRequest = {}, options: DoOptions = {}): Promise<RouteMessage> {
    return this.$doAsync(encodeGetroute, req, 26, options, new RouteMessage());
  }
  /**
   * Dump route information (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  getrouteDump(req: GetrouteDumpRequest = {}, options: WaitOptions = {}): Dump<RouteMessage> {
    return this.$dump(encodeGetrouteDump, req, 26, this.#RouteMessage, options);
  }
  /**
   * Create a new route.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  newroute(req: NewrouteRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeNewroute, req, 24, options);
  }
  /**
   * Create a new route, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  newrouteAsync(req: NewrouteRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeNewroute, req, 24, options);
  }
  /**
   * Delete an existing route.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  delroute(req: DelrouteRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeDelroute, req, 25, options);
  }
  /**
   * Delete an existing route, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  delrouteAsync(req: DelrouteRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeDelroute, req, 25, options);
  }
}

export { AttrView, StructView } from "../ynl/view.ts";
export { FamilyClient } from "../ynl/client.ts";
export type { ClientOptions, DoOptions, Dump, Notification } from "../ynl/client.ts";
export type { FamilySchema } from "../ynl/schema.ts";
export type { Message } from "../codec/message.ts";
export type { MessageWriter } from "../codec/writer.ts";
export type { WaitOptions } from "../socket/options.ts";

/** The rt-route family as data: names, numbers and types, for the JSON codec. */
export const schema: FamilySchema = {
  "name": "rt-route",
  "protocol": "netlink-raw",
  "protonum": 0,
  "version": 1,
  "enums": {
    "rtm-type": {
      "kind": "enum",
      "entries": {
        "unspec": 0,
        "unicast": 1,
        "local": 2,
        "broadcast": 3,
        "anycast": 4,
        "multicast": 5,
        "blackhole": 6,
        "unreachable": 7,
        "prohibit": 8,
        "throw": 9,
        "nat": 10,
        "xresolve": 11,
      },
    },
  },
  "structs": {
    "rtmsg": {
      "size": 12,
      "members": [
        {
          "name": "rtm-family",
          "key": "rtmFamily",
          "type": "u8",
          "offset": 0,
          "size": 1,
        },
        {
          "name": "rtm-dst-len",
          "key": "rtmDstLen",
          "type": "u8",
          "offset": 1,
          "size": 1,
        },
        {
          "name": "rtm-src-len",
          "key": "rtmSrcLen",
          "type": "u8",
          "offset": 2,
          "size": 1,
        },
        {
          "name": "rtm-tos",
          "key": "rtmTos",
          "type": "u8",
          "offset": 3,
          "size": 1,
        },
        {
          "name": "rtm-table",
          "key": "rtmTable",
          "type": "u8",
          "offset": 4,
          "size": 1,
        },
        {
          "name": "rtm-protocol",
          "key": "rtmProtocol",
          "type": "u8",
          "offset": 5,
          "size": 1,
        },
        {
          "name": "rtm-scope",
          "key": "rtmScope",
          "type": "u8",
          "offset": 6,
          "size": 1,
        },
        {
          "name": "rtm-type",
          "key": "rtmType",
          "type": "u8",
          "offset": 7,
          "size": 1,
          "enum": "rtm-type",
        },
        {
          "name": "rtm-flags",
          "key": "rtmFlags",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
      ],
    },
    "rta-cacheinfo": {
      "size": 20,
      "members": [
        {
          "name": "rta-clntref",
          "key": "rtaClntref",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
        {
          "name": "rta-lastuse",
          "key": "rtaLastuse",
          "type": "u32",
          "offset": 4,
          "size": 4,
        },
        {
          "name": "rta-expires",
          "key": "rtaExpires",
          "type": "u32",
          "offset": 8,
          "size": 4,
        },
        {
          "name": "rta-error",
          "key": "rtaError",
          "type": "u32",
          "offset": 12,
          "size": 4,
        },
        {
          "name": "rta-used",
          "key": "rtaUsed",
          "type": "u32",
          "offset": 16,
          "size": 4,
        },
      ],
    },
  },
  "attrSets": {
    "route-attrs": {
      "attrs": [
        {
          "name": "rta-dst",
          "key": "rtaDst",
          "value": 1,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "rta-src",
          "key": "rtaSrc",
          "value": 2,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "rta-iif",
          "key": "rtaIif",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "rta-oif",
          "key": "rtaOif",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "rta-gateway",
          "key": "rtaGateway",
          "value": 5,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "rta-priority",
          "key": "rtaPriority",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "rta-prefsrc",
          "key": "rtaPrefsrc",
          "value": 7,
          "type": "binary",
          "hint": "ipv4",
        },
        {
          "name": "rta-metrics",
          "key": "rtaMetrics",
          "value": 8,
          "type": "nest",
          "nested": "rta-metrics",
        },
        {
          "name": "rta-multipath",
          "key": "rtaMultipath",
          "value": 9,
          "type": "binary",
        },
        {
          "name": "rta-protoinfo",
          "key": "rtaProtoinfo",
          "value": 10,
          "type": "binary",
        },
        {
          "name": "rta-flow",
          "key": "rtaFlow",
          "value": 11,
          "type": "u32",
        },
        {
          "name": "rta-cacheinfo",
          "key": "rtaCacheinfo",
          "value": 12,
          "type": "binary",
          "struct": "rta-cacheinfo",
        },
        {
          "name": "rta-session",
          "key": "rtaSession",
          "value": 13,
          "type": "binary",
        },
        {
          "name": "rta-mp-algo",
          "key": "rtaMpAlgo",
          "value": 14,
          "type": "binary",
        },
        {
          "name": "rta-table",
          "key": "rtaTable",
          "value": 15,
          "type": "u32",
        },
        {
          "name": "rta-mark",
          "key": "rtaMark",
          "value": 16,
          "type": "u32",
        },
        {
          "name": "rta-mfc-stats",
          "key": "rtaMfcStats",
          "value": 17,
          "type": "binary",
        },
        {
          "name": "rta-via",
          "key": "rtaVia",
          "value": 18,
          "type": "binary",
        },
        {
          "name": "rta-newdst",
          "key": "rtaNewdst",
          "value": 19,
          "type": "binary",
        },
        {
          "name": "rta-pref",
          "key": "rtaPref",
          "value": 20,
          "type": "u8",
        },
        {
          "name": "rta-encap-type",
          "key": "rtaEncapType",
          "value": 21,
          "type": "u16",
        },
        {
          "name": "rta-encap",
          "key": "rtaEncap",
          "value": 22,
          "type": "binary",
        },
        {
          "name": "rta-expires",
          "key": "rtaExpires",
          "value": 23,
          "type": "u32",
        },
        {
          "name": "rta-pad",
          "key": "rtaPad",
          "value": 24,
          "type": "binary",
        },
        {
          "name": "rta-uid",
          "key": "rtaUid",
          "value": 25,
          "type": "u32",
        },
        {
          "name": "rta-ttl-propagate",
          "key": "rtaTtlPropagate",
          "value": 26,
          "type": "u8",
        },
        {
          "name": "rta-ip-proto",
          "key": "rtaIpProto",
          "value": 27,
          "type": "u8",
        },
        {
          "name": "rta-sport",
          "key": "rtaSport",
          "value": 28,
          "type": "u16",
        },
        {
          "name": "rta-dport",
          "key": "rtaDport",
          "value": 29,
          "type": "u16",
        },
        {
          "name": "rta-nh-id",
          "key": "rtaNhId",
          "value": 30,
          "type": "u32",
        },
      ],
    },
    "rta-metrics": {
      "attrs": [
        {
          "name": "rtax-unspec",
          "key": "rtaxUnspec",
          "value": 0,
          "type": "unused",
        },
        {
          "name": "rtax-lock",
          "key": "rtaxLock",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "rtax-mtu",
          "key": "rtaxMtu",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "rtax-window",
          "key": "rtaxWindow",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "rtax-rtt",
          "key": "rtaxRtt",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "rtax-rttvar",
          "key": "rtaxRttvar",
          "value": 5,
          "type": "u32",
        },
        {
          "name": "rtax-ssthresh",
          "key": "rtaxSsthresh",
          "value": 6,
          "type": "u32",
        },
        {
          "name": "rtax-cwnd",
          "key": "rtaxCwnd",
          "value": 7,
          "type": "u32",
        },
        {
          "name": "rtax-advmss",
          "key": "rtaxAdvmss",
          "value": 8,
          "type": "u32",
        },
        {
          "name": "rtax-reordering",
          "key": "rtaxReordering",
          "value": 9,
          "type": "u32",
        },
        {
          "name": "rtax-hoplimit",
          "key": "rtaxHoplimit",
          "value": 10,
          "type": "u32",
        },
        {
          "name": "rtax-initcwnd",
          "key": "rtaxInitcwnd",
          "value": 11,
          "type": "u32",
        },
        {
          "name": "rtax-features",
          "key": "rtaxFeatures",
          "value": 12,
          "type": "u32",
        },
        {
          "name": "rtax-rto-min",
          "key": "rtaxRtoMin",
          "value": 13,
          "type": "u32",
        },
        {
          "name": "rtax-initrwnd",
          "key": "rtaxInitrwnd",
          "value": 14,
          "type": "u32",
        },
        {
          "name": "rtax-quickack",
          "key": "rtaxQuickack",
          "value": 15,
          "type": "u32",
        },
        {
          "name": "rtax-cc-algo",
          "key": "rtaxCcAlgo",
          "value": 16,
          "type": "string",
        },
        {
          "name": "rtax-fastopen-no-cookie",
          "key": "rtaxFastopenNoCookie",
          "value": 17,
          "type": "u32",
        },
      ],
    },
  },
  "subMessages": {},
  "ops": [
    {
      "name": "getroute",
      "attrSet": "route-attrs",
      "fixedHeader": "rtmsg",
      "do": {
        "request": {
          "value": 26,
          "attrs": [
            "rtm-family",
            "rta-src",
            "rtm-src-len",
            "rta-dst",
            "rtm-dst-len",
            "rta-iif",
            "rta-oif",
            "rta-ip-proto",
            "rta-sport",
            "rta-dport",
            "rta-mark",
            "rta-uid",
          ],
        },
        "reply": {
          "value": 24,
          "attrs": [
            "rtm-family",
            "rtm-dst-len",
            "rtm-src-len",
            "rtm-tos",
            "rtm-table",
            "rtm-protocol",
            "rtm-scope",
            "rtm-type",
            "rtm-flags",
            "rta-dst",
            "rta-src",
            "rta-iif",
            "rta-oif",
            "rta-gateway",
            "rta-priority",
            "rta-prefsrc",
            "rta-metrics",
            "rta-multipath",
            "rta-flow",
            "rta-cacheinfo",
            "rta-table",
            "rta-mark",
            "rta-mfc-stats",
            "rta-via",
            "rta-newdst",
            "rta-pref",
            "rta-encap-type",
            "rta-encap",
            "rta-expires",
            "rta-pad",
            "rta-uid",
            "rta-ttl-propagate",
            "rta-ip-proto",
            "rta-sport",
            "rta-dport",
            "rta-nh-id",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 26,
          "attrs": [
            "rtm-family",
          ],
        },
        "reply": {
          "value": 24,
          "attrs": [
            "rtm-family",
            "rtm-dst-len",
            "rtm-src-len",
            "rtm-tos",
            "rtm-table",
            "rtm-protocol",
            "rtm-scope",
            "rtm-type",
            "rtm-flags",
            "rta-dst",
            "rta-src",
            "rta-iif",
            "rta-oif",
            "rta-gateway",
            "rta-priority",
            "rta-prefsrc",
            "rta-metrics",
            "rta-multipath",
            "rta-flow",
            "rta-cacheinfo",
            "rta-table",
            "rta-mark",
            "rta-mfc-stats",
            "rta-via",
            "rta-newdst",
            "rta-pref",
            "rta-encap-type",
            "rta-encap",
            "rta-expires",
            "rta-pad",
            "rta-uid",
            "rta-ttl-propagate",
            "rta-ip-proto",
            "rta-sport",
            "rta-dport",
            "rta-nh-id",
          ],
        },
      },
    },
    {
      "name": "newroute",
      "attrSet": "route-attrs",
      "fixedHeader": "rtmsg",
      "do": {
        "request": {
          "value": 24,
          "attrs": [
            "rtm-family",
            "rtm-dst-len",
            "rtm-src-len",
            "rtm-tos",
            "rtm-table",
            "rtm-protocol",
            "rtm-scope",
            "rtm-type",
            "rtm-flags",
            "rta-dst",
            "rta-src",
            "rta-iif",
            "rta-oif",
            "rta-gateway",
            "rta-priority",
            "rta-prefsrc",
            "rta-metrics",
            "rta-multipath",
            "rta-flow",
            "rta-cacheinfo",
            "rta-table",
            "rta-mark",
            "rta-mfc-stats",
            "rta-via",
            "rta-newdst",
            "rta-pref",
            "rta-encap-type",
            "rta-encap",
            "rta-expires",
            "rta-pad",
            "rta-uid",
            "rta-ttl-propagate",
            "rta-ip-proto",
            "rta-sport",
            "rta-dport",
            "rta-nh-id",
          ],
        },
      },
    },
    {
      "name": "delroute",
      "attrSet": "route-attrs",
      "fixedHeader": "rtmsg",
      "do": {
        "request": {
          "value": 25,
          "attrs": [
            "rtm-family",
            "rtm-dst-len",
            "rtm-src-len",
            "rtm-tos",
            "rtm-table",
            "rtm-protocol",
            "rtm-scope",
            "rtm-type",
            "rtm-flags",
            "rta-dst",
            "rta-src",
            "rta-iif",
            "rta-oif",
            "rta-gateway",
            "rta-priority",
            "rta-prefsrc",
            "rta-metrics",
            "rta-multipath",
            "rta-flow",
            "rta-cacheinfo",
            "rta-table",
            "rta-mark",
            "rta-mfc-stats",
            "rta-via",
            "rta-newdst",
            "rta-pref",
            "rta-encap-type",
            "rta-encap",
            "rta-expires",
            "rta-pad",
            "rta-uid",
            "rta-ttl-propagate",
            "rta-ip-proto",
            "rta-sport",
            "rta-dport",
            "rta-nh-id",
          ],
        },
      },
    },
  ],
  "mcastGroups": {},
};
