// Generated from Documentation/netlink/specs/netdev.yaml (Linux 6.12) by scripts/ynl/gen.ts (npm run gen): do not edit.
/**
 * The netdev netlink family (genetlink), generated from its YNL spec.
 *
 * netdev configuration over generic netlink.
 *
 * @module
 */
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import { AttrView } from "../ynl/view.ts";
import { checkRange, putUint } from "../ynl/encode.ts";
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

/**
 * Flags of xdp-act.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const XdpAct = {
  /** XDP features set supported by all drivers (XDP_ABORTED, XDP_DROP, XDP_PASS, XDP_TX) */
  basic: 0x1,
  /** The netdev supports XDP_REDIRECT */
  redirect: 0x2,
  /** This feature informs if netdev implements ndo_xdp_xmit callback. */
  ndoXmit: 0x4,
  /** This feature informs if netdev supports AF_XDP in zero copy mode. */
  xskZerocopy: 0x8,
  /** This feature informs if netdev supports XDP hw offloading. */
  hwOffload: 0x10,
  /** This feature informs if netdev implements non-linear XDP buffer support in the driver napi callback. */
  rxSg: 0x20,
  /** This feature informs if netdev implements non-linear XDP buffer support in ndo_xdp_xmit callback. */
  ndoXmitSg: 0x40,
} as const;

/**
 * Flags of xdp-rx-metadata.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const XdpRxMetadata = {
  /** Device is capable of exposing receive HW timestamp via bpf_xdp_metadata_rx_timestamp(). */
  timestamp: 0x1,
  /** Device is capable of exposing receive packet hash via bpf_xdp_metadata_rx_hash(). */
  hash: 0x2,
  /** Device is capable of exposing receive packet VLAN tag via bpf_xdp_metadata_rx_vlan_tag(). */
  vlanTag: 0x4,
} as const;

/**
 * Flags of xsk-flags.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const XskFlags = {
  /** HW timestamping egress packets is supported by the driver. */
  txTimestamp: 0x1,
  /** L3 checksum HW offload is supported by the driver. */
  txChecksum: 0x2,
} as const;

/** Values of queue-type. */
export const QueueType = {
  rx: 0,
  tx: 1,
} as const;

/**
 * Flags of qstats-scope.
 *
 * Each entry is a bit mask; combine them with `|`.
 */
export const QstatsScope = {
  queue: 0x1,
} as const;

/** Commands (`genlmsghdr.cmd`) of the requests, by operation. */
export const Requests = {
  devGet: 1,
  pagePoolGet: 5,
  pagePoolStatsGet: 9,
  queueGet: 10,
  napiGet: 11,
  qstatsGet: 12,
  bindRx: 13,
} as const;

/** Commands (`genlmsghdr.cmd`) of the replies, notifications and events, by operation. */
export const Replies = {
  devGet: 1,
  devAddNtf: 2,
  devDelNtf: 3,
  devChangeNtf: 4,
  pagePoolGet: 5,
  pagePoolAddNtf: 6,
  pagePoolDelNtf: 7,
  pagePoolChangeNtf: 8,
  pagePoolStatsGet: 9,
  queueGet: 10,
  napiGet: 11,
  qstatsGet: 12,
  bindRx: 13,
} as const;

/** Attribute type numbers of dev. */
export const Dev = {
  ifindex: 1,
  pad: 2,
  xdpFeatures: 3,
  xdpZcMaxSegs: 4,
  xdpRxMetadataFeatures: 5,
  xskFeatures: 6,
} as const;

/** The attributes of dev as a plain object (requests, `toObject()`). */
export interface DevValues {
  /**
   * netdev ifindex
   *
   * ifindex: u32 (type 1).
   */
  ifindex?: number;
  /**
   * Bitmask of enabled xdp-features.
   *
   * xdp-features: u64; enum xdp-act (type 3).
   */
  xdpFeatures?: bigint | number;
  /**
   * max fragment count supported by ZC driver
   *
   * xdp-zc-max-segs: u32 (type 4).
   */
  xdpZcMaxSegs?: number;
  /**
   * Bitmask of supported XDP receive metadata features. See Documentation/networking/xdp-rx-metadata.rst for more details.
   *
   * xdp-rx-metadata-features: u64; enum xdp-rx-metadata (type 5).
   */
  xdpRxMetadataFeatures?: bigint | number;
  /**
   * Bitmask of enabled AF_XDP features.
   *
   * xsk-features: u64; enum xsk-flags (type 6).
   */
  xskFeatures?: bigint | number;
}

/**
 * The dev attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class DevView extends AttrView {
  constructor() {
    super(6);
  }
  /**
   * netdev ifindex
   *
   * ifindex: u32 (type 1).
   */
  get ifindex(): number | undefined {
    return this.$u32(1);
  }
  /**
   * Bitmask of enabled xdp-features.
   *
   * xdp-features: u64; enum xdp-act (type 3).
   */
  get xdpFeatures(): bigint | undefined {
    return this.$u64(3);
  }
  /**
   * max fragment count supported by ZC driver
   *
   * xdp-zc-max-segs: u32 (type 4).
   */
  get xdpZcMaxSegs(): number | undefined {
    return this.$u32(4);
  }
  /**
   * Bitmask of supported XDP receive metadata features. See Documentation/networking/xdp-rx-metadata.rst for more details.
   *
   * xdp-rx-metadata-features: u64; enum xdp-rx-metadata (type 5).
   */
  get xdpRxMetadataFeatures(): bigint | undefined {
    return this.$u64(5);
  }
  /**
   * Bitmask of enabled AF_XDP features.
   *
   * xsk-features: u64; enum xsk-flags (type 6).
   */
  get xskFeatures(): bigint | undefined {
    return this.$u64(6);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): DevValues {
    return decodeValues(schema, "dev", this, false) as DevValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "dev", this, true);
  }
}

/**
 * Writes the attributes of dev present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeDev(w: MessageWriter, v: DevValues): void {
  if (v.ifindex !== undefined) w.putU32(1, checkRange("ifindex", v.ifindex, 1, undefined));
  if (v.xdpFeatures !== undefined) w.putU64(3, BigInt(v.xdpFeatures));
  if (v.xdpZcMaxSegs !== undefined) {
    w.putU32(4, checkRange("xdp-zc-max-segs", v.xdpZcMaxSegs, 1, undefined));
  }
  if (v.xdpRxMetadataFeatures !== undefined) w.putU64(5, BigInt(v.xdpRxMetadataFeatures));
  if (v.xskFeatures !== undefined) w.putU64(6, BigInt(v.xskFeatures));
}

/** Attribute type numbers of page-pool. */
export const PagePool = {
  id: 1,
  ifindex: 2,
  napiId: 3,
  inflight: 4,
  inflightMem: 5,
  detachTime: 6,
  dmabuf: 7,
} as const;

/** The attributes of page-pool as a plain object (requests, `toObject()`). */
export interface PagePoolValues {
  /**
   * Unique ID of a Page Pool instance.
   *
   * id: uint (type 1).
   */
  id?: bigint | number;
  /**
   * ifindex of the netdev to which the pool belongs.
   * May be reported as 0 if the page pool was allocated for a netdev
   * which got destroyed already (page pools may outlast their netdevs
   * because they wait for all memory to be returned).
   *
   * ifindex: u32 (type 2).
   */
  ifindex?: number;
  /**
   * Id of NAPI using this Page Pool instance.
   *
   * napi-id: uint (type 3).
   */
  napiId?: bigint | number;
  /**
   * Number of outstanding references to this page pool (allocated
   * but yet to be freed pages). Allocated pages may be held in
   * socket receive queues, driver receive ring, page pool recycling
   * ring, the page pool cache, etc.
   *
   * inflight: uint (type 4).
   */
  inflight?: bigint | number;
  /**
   * Amount of memory held by inflight pages.
   *
   * inflight-mem: uint (type 5).
   */
  inflightMem?: bigint | number;
  /**
   * Seconds in CLOCK_BOOTTIME of when Page Pool was detached by
   * the driver. Once detached Page Pool can no longer be used to
   * allocate memory.
   * Page Pools wait for all the memory allocated from them to be freed
   * before truly disappearing. "Detached" Page Pools cannot be
   * "re-attached", they are just waiting to disappear.
   * Attribute is absent if Page Pool has not been detached, and
   * can still be used to allocate new memory.
   *
   * detach-time: uint (type 6).
   */
  detachTime?: bigint | number;
  /**
   * ID of the dmabuf this page-pool is attached to.
   *
   * dmabuf: u32 (type 7).
   */
  dmabuf?: number;
}

/**
 * The page-pool attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PagePoolView extends AttrView {
  constructor() {
    super(7);
  }
  /**
   * Unique ID of a Page Pool instance.
   *
   * id: uint (type 1).
   */
  get id(): bigint | undefined {
    return this.$auto(1, false);
  }
  /**
   * ifindex of the netdev to which the pool belongs.
   * May be reported as 0 if the page pool was allocated for a netdev
   * which got destroyed already (page pools may outlast their netdevs
   * because they wait for all memory to be returned).
   *
   * ifindex: u32 (type 2).
   */
  get ifindex(): number | undefined {
    return this.$u32(2);
  }
  /**
   * Id of NAPI using this Page Pool instance.
   *
   * napi-id: uint (type 3).
   */
  get napiId(): bigint | undefined {
    return this.$auto(3, false);
  }
  /**
   * Number of outstanding references to this page pool (allocated
   * but yet to be freed pages). Allocated pages may be held in
   * socket receive queues, driver receive ring, page pool recycling
   * ring, the page pool cache, etc.
   *
   * inflight: uint (type 4).
   */
  get inflight(): bigint | undefined {
    return this.$auto(4, false);
  }
  /**
   * Amount of memory held by inflight pages.
   *
   * inflight-mem: uint (type 5).
   */
  get inflightMem(): bigint | undefined {
    return this.$auto(5, false);
  }
  /**
   * Seconds in CLOCK_BOOTTIME of when Page Pool was detached by
   * the driver. Once detached Page Pool can no longer be used to
   * allocate memory.
   * Page Pools wait for all the memory allocated from them to be freed
   * before truly disappearing. "Detached" Page Pools cannot be
   * "re-attached", they are just waiting to disappear.
   * Attribute is absent if Page Pool has not been detached, and
   * can still be used to allocate new memory.
   *
   * detach-time: uint (type 6).
   */
  get detachTime(): bigint | undefined {
    return this.$auto(6, false);
  }
  /**
   * ID of the dmabuf this page-pool is attached to.
   *
   * dmabuf: u32 (type 7).
   */
  get dmabuf(): number | undefined {
    return this.$u32(7);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PagePoolValues {
    return decodeValues(schema, "page-pool", this, false) as PagePoolValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "page-pool", this, true);
  }
}

/**
 * Writes the attributes of page-pool present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePagePool(w: MessageWriter, v: PagePoolValues): void {
  if (v.id !== undefined) putUint(w, 1, checkRange("id", v.id, 1, 4294967295));
  if (v.ifindex !== undefined) w.putU32(2, checkRange("ifindex", v.ifindex, 1, 2147483647));
  if (v.napiId !== undefined) putUint(w, 3, checkRange("napi-id", v.napiId, 1, 4294967295));
  if (v.inflight !== undefined) putUint(w, 4, v.inflight);
  if (v.inflightMem !== undefined) putUint(w, 5, v.inflightMem);
  if (v.detachTime !== undefined) putUint(w, 6, v.detachTime);
  if (v.dmabuf !== undefined) w.putU32(7, v.dmabuf);
}

/** Attribute type numbers of page-pool-info. */
export const PagePoolInfo = {
  id: 1,
  ifindex: 2,
} as const;

/** The attributes of page-pool-info as a plain object (requests, `toObject()`). */
export interface PagePoolInfoValues {
  /**
   * Unique ID of a Page Pool instance.
   *
   * id: uint (type 1).
   */
  id?: bigint | number;
  /**
   * ifindex of the netdev to which the pool belongs.
   * May be reported as 0 if the page pool was allocated for a netdev
   * which got destroyed already (page pools may outlast their netdevs
   * because they wait for all memory to be returned).
   *
   * ifindex: u32 (type 2).
   */
  ifindex?: number;
}

/**
 * The page-pool-info attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PagePoolInfoView extends AttrView {
  constructor() {
    super(2);
  }
  /**
   * Unique ID of a Page Pool instance.
   *
   * id: uint (type 1).
   */
  get id(): bigint | undefined {
    return this.$auto(1, false);
  }
  /**
   * ifindex of the netdev to which the pool belongs.
   * May be reported as 0 if the page pool was allocated for a netdev
   * which got destroyed already (page pools may outlast their netdevs
   * because they wait for all memory to be returned).
   *
   * ifindex: u32 (type 2).
   */
  get ifindex(): number | undefined {
    return this.$u32(2);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PagePoolInfoValues {
    return decodeValues(schema, "page-pool-info", this, false) as PagePoolInfoValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "page-pool-info", this, true);
  }
}

/**
 * Writes the attributes of page-pool-info present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePagePoolInfo(w: MessageWriter, v: PagePoolInfoValues): void {
  if (v.id !== undefined) putUint(w, 1, checkRange("id", v.id, 1, 4294967295));
  if (v.ifindex !== undefined) w.putU32(2, checkRange("ifindex", v.ifindex, 1, 2147483647));
}

/**
 * Attribute type numbers of page-pool-stats.
 *
 * Page pool statistics, see docs for struct page_pool_stats
 * for information about individual statistics.
 */
export const PagePoolStats = {
  info: 1,
  allocFast: 8,
  allocSlow: 9,
  allocSlowHighOrder: 10,
  allocEmpty: 11,
  allocRefill: 12,
  allocWaive: 13,
  recycleCached: 14,
  recycleCacheFull: 15,
  recycleRing: 16,
  recycleRingFull: 17,
  recycleReleasedRefcnt: 18,
} as const;

/** The attributes of page-pool-stats as a plain object (requests, `toObject()`). */
export interface PagePoolStatsValues {
  /**
   * Page pool identifying information.
   *
   * info: nest (type 1).
   */
  info?: PagePoolInfoValues;
  /** alloc-fast: uint (type 8). */
  allocFast?: bigint | number;
  /** alloc-slow: uint (type 9). */
  allocSlow?: bigint | number;
  /** alloc-slow-high-order: uint (type 10). */
  allocSlowHighOrder?: bigint | number;
  /** alloc-empty: uint (type 11). */
  allocEmpty?: bigint | number;
  /** alloc-refill: uint (type 12). */
  allocRefill?: bigint | number;
  /** alloc-waive: uint (type 13). */
  allocWaive?: bigint | number;
  /** recycle-cached: uint (type 14). */
  recycleCached?: bigint | number;
  /** recycle-cache-full: uint (type 15). */
  recycleCacheFull?: bigint | number;
  /** recycle-ring: uint (type 16). */
  recycleRing?: bigint | number;
  /** recycle-ring-full: uint (type 17). */
  recycleRingFull?: bigint | number;
  /** recycle-released-refcnt: uint (type 18). */
  recycleReleasedRefcnt?: bigint | number;
}

/**
 * Page pool statistics, see docs for struct page_pool_stats
 * for information about individual statistics.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class PagePoolStatsView extends AttrView {
  #c1?: PagePoolInfoView;
  constructor() {
    super(18);
  }
  /**
   * Page pool identifying information.
   *
   * info: nest (type 1).
   */
  get info(): PagePoolInfoView | undefined {
    return this.$nest(1, this.#c1 ??= new PagePoolInfoView());
  }
  /** alloc-fast: uint (type 8). */
  get allocFast(): bigint | undefined {
    return this.$auto(8, false);
  }
  /** alloc-slow: uint (type 9). */
  get allocSlow(): bigint | undefined {
    return this.$auto(9, false);
  }
  /** alloc-slow-high-order: uint (type 10). */
  get allocSlowHighOrder(): bigint | undefined {
    return this.$auto(10, false);
  }
  /** alloc-empty: uint (type 11). */
  get allocEmpty(): bigint | undefined {
    return this.$auto(11, false);
  }
  /** alloc-refill: uint (type 12). */
  get allocRefill(): bigint | undefined {
    return this.$auto(12, false);
  }
  /** alloc-waive: uint (type 13). */
  get allocWaive(): bigint | undefined {
    return this.$auto(13, false);
  }
  /** recycle-cached: uint (type 14). */
  get recycleCached(): bigint | undefined {
    return this.$auto(14, false);
  }
  /** recycle-cache-full: uint (type 15). */
  get recycleCacheFull(): bigint | undefined {
    return this.$auto(15, false);
  }
  /** recycle-ring: uint (type 16). */
  get recycleRing(): bigint | undefined {
    return this.$auto(16, false);
  }
  /** recycle-ring-full: uint (type 17). */
  get recycleRingFull(): bigint | undefined {
    return this.$auto(17, false);
  }
  /** recycle-released-refcnt: uint (type 18). */
  get recycleReleasedRefcnt(): bigint | undefined {
    return this.$auto(18, false);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): PagePoolStatsValues {
    return decodeValues(schema, "page-pool-stats", this, false) as PagePoolStatsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "page-pool-stats", this, true);
  }
}

/**
 * Writes the attributes of page-pool-stats present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writePagePoolStats(w: MessageWriter, v: PagePoolStatsValues): void {
  if (v.info !== undefined) {
    const n = w.nestStart(1);
    writePagePoolInfo(w, v.info);
    w.nestEnd(n);
  }
  if (v.allocFast !== undefined) putUint(w, 8, v.allocFast);
  if (v.allocSlow !== undefined) putUint(w, 9, v.allocSlow);
  if (v.allocSlowHighOrder !== undefined) putUint(w, 10, v.allocSlowHighOrder);
  if (v.allocEmpty !== undefined) putUint(w, 11, v.allocEmpty);
  if (v.allocRefill !== undefined) putUint(w, 12, v.allocRefill);
  if (v.allocWaive !== undefined) putUint(w, 13, v.allocWaive);
  if (v.recycleCached !== undefined) putUint(w, 14, v.recycleCached);
  if (v.recycleCacheFull !== undefined) putUint(w, 15, v.recycleCacheFull);
  if (v.recycleRing !== undefined) putUint(w, 16, v.recycleRing);
  if (v.recycleRingFull !== undefined) putUint(w, 17, v.recycleRingFull);
  if (v.recycleReleasedRefcnt !== undefined) putUint(w, 18, v.recycleReleasedRefcnt);
}

/** Attribute type numbers of napi. */
export const Napi = {
  ifindex: 1,
  id: 2,
  irq: 3,
  pid: 4,
} as const;

/** The attributes of napi as a plain object (requests, `toObject()`). */
export interface NapiValues {
  /**
   * ifindex of the netdevice to which NAPI instance belongs.
   *
   * ifindex: u32 (type 1).
   */
  ifindex?: number;
  /**
   * ID of the NAPI instance.
   *
   * id: u32 (type 2).
   */
  id?: number;
  /**
   * The associated interrupt vector number for the napi
   *
   * irq: u32 (type 3).
   */
  irq?: number;
  /**
   * PID of the napi thread, if NAPI is configured to operate in threaded mode. If NAPI is not in threaded mode (i.e. uses normal softirq context), the attribute will be absent.
   *
   * pid: u32 (type 4).
   */
  pid?: number;
}

/**
 * The napi attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class NapiView extends AttrView {
  constructor() {
    super(4);
  }
  /**
   * ifindex of the netdevice to which NAPI instance belongs.
   *
   * ifindex: u32 (type 1).
   */
  get ifindex(): number | undefined {
    return this.$u32(1);
  }
  /**
   * ID of the NAPI instance.
   *
   * id: u32 (type 2).
   */
  get id(): number | undefined {
    return this.$u32(2);
  }
  /**
   * The associated interrupt vector number for the napi
   *
   * irq: u32 (type 3).
   */
  get irq(): number | undefined {
    return this.$u32(3);
  }
  /**
   * PID of the napi thread, if NAPI is configured to operate in threaded mode. If NAPI is not in threaded mode (i.e. uses normal softirq context), the attribute will be absent.
   *
   * pid: u32 (type 4).
   */
  get pid(): number | undefined {
    return this.$u32(4);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): NapiValues {
    return decodeValues(schema, "napi", this, false) as NapiValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "napi", this, true);
  }
}

/**
 * Writes the attributes of napi present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeNapi(w: MessageWriter, v: NapiValues): void {
  if (v.ifindex !== undefined) w.putU32(1, checkRange("ifindex", v.ifindex, 1, undefined));
  if (v.id !== undefined) w.putU32(2, v.id);
  if (v.irq !== undefined) w.putU32(3, v.irq);
  if (v.pid !== undefined) w.putU32(4, v.pid);
}

/** Attribute type numbers of queue. */
export const Queue = {
  id: 1,
  ifindex: 2,
  type: 3,
  napiId: 4,
  dmabuf: 5,
} as const;

/** The attributes of queue as a plain object (requests, `toObject()`). */
export interface QueueValues {
  /**
   * Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
   *
   * id: u32 (type 1).
   */
  id?: number;
  /**
   * ifindex of the netdevice to which the queue belongs.
   *
   * ifindex: u32 (type 2).
   */
  ifindex?: number;
  /**
   * Queue type as rx, tx. Each queue type defines a separate ID space.
   *
   * type: u32; enum queue-type (type 3).
   */
  type?: number;
  /**
   * ID of the NAPI instance which services this queue.
   *
   * napi-id: u32 (type 4).
   */
  napiId?: number;
  /**
   * ID of the dmabuf attached to this queue, if any.
   *
   * dmabuf: u32 (type 5).
   */
  dmabuf?: number;
}

/**
 * The queue attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class QueueView extends AttrView {
  constructor() {
    super(5);
  }
  /**
   * Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
   *
   * id: u32 (type 1).
   */
  get id(): number | undefined {
    return this.$u32(1);
  }
  /**
   * ifindex of the netdevice to which the queue belongs.
   *
   * ifindex: u32 (type 2).
   */
  get ifindex(): number | undefined {
    return this.$u32(2);
  }
  /**
   * Queue type as rx, tx. Each queue type defines a separate ID space.
   *
   * type: u32; enum queue-type (type 3).
   */
  get type(): number | undefined {
    return this.$u32(3);
  }
  /**
   * ID of the NAPI instance which services this queue.
   *
   * napi-id: u32 (type 4).
   */
  get napiId(): number | undefined {
    return this.$u32(4);
  }
  /**
   * ID of the dmabuf attached to this queue, if any.
   *
   * dmabuf: u32 (type 5).
   */
  get dmabuf(): number | undefined {
    return this.$u32(5);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): QueueValues {
    return decodeValues(schema, "queue", this, false) as QueueValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "queue", this, true);
  }
}

/**
 * Writes the attributes of queue present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeQueue(w: MessageWriter, v: QueueValues): void {
  if (v.id !== undefined) w.putU32(1, v.id);
  if (v.ifindex !== undefined) w.putU32(2, checkRange("ifindex", v.ifindex, 1, undefined));
  if (v.type !== undefined) w.putU32(3, v.type);
  if (v.napiId !== undefined) w.putU32(4, v.napiId);
  if (v.dmabuf !== undefined) w.putU32(5, v.dmabuf);
}

/**
 * Attribute type numbers of qstats.
 *
 * Get device statistics, scoped to a device or a queue.
 * These statistics extend (and partially duplicate) statistics available
 * in struct rtnl_link_stats64.
 * Value of the `scope` attribute determines how statistics are
 * aggregated. When aggregated for the entire device the statistics
 * represent the total number of events since last explicit reset of
 * the device (i.e. not a reconfiguration like changing queue count).
 * When reported per-queue, however, the statistics may not add
 * up to the total number of events, will only be reported for currently
 * active objects, and will likely report the number of events since last
 * reconfiguration.
 */
export const Qstats = {
  ifindex: 1,
  queueType: 2,
  queueId: 3,
  scope: 4,
  rxPackets: 8,
  rxBytes: 9,
  txPackets: 10,
  txBytes: 11,
  rxAllocFail: 12,
  rxHwDrops: 13,
  rxHwDropOverruns: 14,
  rxCsumComplete: 15,
  rxCsumUnnecessary: 16,
  rxCsumNone: 17,
  rxCsumBad: 18,
  rxHwGroPackets: 19,
  rxHwGroBytes: 20,
  rxHwGroWirePackets: 21,
  rxHwGroWireBytes: 22,
  rxHwDropRatelimits: 23,
  txHwDrops: 24,
  txHwDropErrors: 25,
  txCsumNone: 26,
  txNeedsCsum: 27,
  txHwGsoPackets: 28,
  txHwGsoBytes: 29,
  txHwGsoWirePackets: 30,
  txHwGsoWireBytes: 31,
  txHwDropRatelimits: 32,
  txStop: 33,
  txWake: 34,
} as const;

/** The attributes of qstats as a plain object (requests, `toObject()`). */
export interface QstatsValues {
  /**
   * ifindex of the netdevice to which stats belong.
   *
   * ifindex: u32 (type 1).
   */
  ifindex?: number;
  /**
   * Queue type as rx, tx, for queue-id.
   *
   * queue-type: u32; enum queue-type (type 2).
   */
  queueType?: number;
  /**
   * Queue ID, if stats are scoped to a single queue instance.
   *
   * queue-id: u32 (type 3).
   */
  queueId?: number;
  /**
   * What object type should be used to iterate over the stats.
   *
   * scope: uint; enum qstats-scope (type 4).
   */
  scope?: bigint | number;
  /**
   * Number of wire packets successfully received and passed to the stack.
   * For drivers supporting XDP, XDP is considered the first layer
   * of the stack, so packets consumed by XDP are still counted here.
   *
   * rx-packets: uint (type 8).
   */
  rxPackets?: bigint | number;
  /**
   * Successfully received bytes, see `rx-packets`.
   *
   * rx-bytes: uint (type 9).
   */
  rxBytes?: bigint | number;
  /**
   * Number of wire packets successfully sent. Packet is considered to be
   * successfully sent once it is in device memory (usually this means
   * the device has issued a DMA completion for the packet).
   *
   * tx-packets: uint (type 10).
   */
  txPackets?: bigint | number;
  /**
   * Successfully sent bytes, see `tx-packets`.
   *
   * tx-bytes: uint (type 11).
   */
  txBytes?: bigint | number;
  /**
   * Number of times skb or buffer allocation failed on the Rx datapath.
   * Allocation failure may, or may not result in a packet drop, depending
   * on driver implementation and whether system recovers quickly.
   *
   * rx-alloc-fail: uint (type 12).
   */
  rxAllocFail?: bigint | number;
  /**
   * Number of all packets which entered the device, but never left it,
   * including but not limited to: packets dropped due to lack of buffer
   * space, processing errors, explicit or implicit policies and packet
   * filters.
   *
   * rx-hw-drops: uint (type 13).
   */
  rxHwDrops?: bigint | number;
  /**
   * Number of packets dropped due to transient lack of resources, such as
   * buffer space, host descriptors etc.
   *
   * rx-hw-drop-overruns: uint (type 14).
   */
  rxHwDropOverruns?: bigint | number;
  /**
   * Number of packets that were marked as CHECKSUM_COMPLETE.
   *
   * rx-csum-complete: uint (type 15).
   */
  rxCsumComplete?: bigint | number;
  /**
   * Number of packets that were marked as CHECKSUM_UNNECESSARY.
   *
   * rx-csum-unnecessary: uint (type 16).
   */
  rxCsumUnnecessary?: bigint | number;
  /**
   * Number of packets that were not checksummed by device.
   *
   * rx-csum-none: uint (type 17).
   */
  rxCsumNone?: bigint | number;
  /**
   * Number of packets with bad checksum. The packets are not discarded,
   * but still delivered to the stack.
   *
   * rx-csum-bad: uint (type 18).
   */
  rxCsumBad?: bigint | number;
  /**
   * Number of packets that were coalesced from smaller packets by the device.
   * Counts only packets coalesced with the HW-GRO netdevice feature,
   * LRO-coalesced packets are not counted.
   *
   * rx-hw-gro-packets: uint (type 19).
   */
  rxHwGroPackets?: bigint | number;
  /**
   * See `rx-hw-gro-packets`.
   *
   * rx-hw-gro-bytes: uint (type 20).
   */
  rxHwGroBytes?: bigint | number;
  /**
   * Number of packets that were coalesced to bigger packetss with the HW-GRO
   * netdevice feature. LRO-coalesced packets are not counted.
   *
   * rx-hw-gro-wire-packets: uint (type 21).
   */
  rxHwGroWirePackets?: bigint | number;
  /**
   * See `rx-hw-gro-wire-packets`.
   *
   * rx-hw-gro-wire-bytes: uint (type 22).
   */
  rxHwGroWireBytes?: bigint | number;
  /**
   * Number of the packets dropped by the device due to the received
   * packets bitrate exceeding the device rate limit.
   *
   * rx-hw-drop-ratelimits: uint (type 23).
   */
  rxHwDropRatelimits?: bigint | number;
  /**
   * Number of packets that arrived at the device but never left it,
   * encompassing packets dropped for reasons such as processing errors, as
   * well as those affected by explicitly defined policies and packet
   * filtering criteria.
   *
   * tx-hw-drops: uint (type 24).
   */
  txHwDrops?: bigint | number;
  /**
   * Number of packets dropped because they were invalid or malformed.
   *
   * tx-hw-drop-errors: uint (type 25).
   */
  txHwDropErrors?: bigint | number;
  /**
   * Number of packets that did not require the device to calculate the
   * checksum.
   *
   * tx-csum-none: uint (type 26).
   */
  txCsumNone?: bigint | number;
  /**
   * Number of packets that required the device to calculate the checksum.
   *
   * tx-needs-csum: uint (type 27).
   */
  txNeedsCsum?: bigint | number;
  /**
   * Number of packets that necessitated segmentation into smaller packets
   * by the device.
   *
   * tx-hw-gso-packets: uint (type 28).
   */
  txHwGsoPackets?: bigint | number;
  /**
   * See `tx-hw-gso-packets`.
   *
   * tx-hw-gso-bytes: uint (type 29).
   */
  txHwGsoBytes?: bigint | number;
  /**
   * Number of wire-sized packets generated by processing
   * `tx-hw-gso-packets`
   *
   * tx-hw-gso-wire-packets: uint (type 30).
   */
  txHwGsoWirePackets?: bigint | number;
  /**
   * See `tx-hw-gso-wire-packets`.
   *
   * tx-hw-gso-wire-bytes: uint (type 31).
   */
  txHwGsoWireBytes?: bigint | number;
  /**
   * Number of the packets dropped by the device due to the transmit
   * packets bitrate exceeding the device rate limit.
   *
   * tx-hw-drop-ratelimits: uint (type 32).
   */
  txHwDropRatelimits?: bigint | number;
  /**
   * Number of times driver paused accepting new tx packets
   * from the stack to this queue, because the queue was full.
   * Note that if BQL is supported and enabled on the device
   * the networking stack will avoid queuing a lot of data at once.
   *
   * tx-stop: uint (type 33).
   */
  txStop?: bigint | number;
  /**
   * Number of times driver re-started accepting send
   * requests to this queue from the stack.
   *
   * tx-wake: uint (type 34).
   */
  txWake?: bigint | number;
}

/**
 * Get device statistics, scoped to a device or a queue.
 * These statistics extend (and partially duplicate) statistics available
 * in struct rtnl_link_stats64.
 * Value of the `scope` attribute determines how statistics are
 * aggregated. When aggregated for the entire device the statistics
 * represent the total number of events since last explicit reset of
 * the device (i.e. not a reconfiguration like changing queue count).
 * When reported per-queue, however, the statistics may not add
 * up to the total number of events, will only be reported for currently
 * active objects, and will likely report the number of events since last
 * reconfiguration.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class QstatsView extends AttrView {
  constructor() {
    super(34);
  }
  /**
   * ifindex of the netdevice to which stats belong.
   *
   * ifindex: u32 (type 1).
   */
  get ifindex(): number | undefined {
    return this.$u32(1);
  }
  /**
   * Queue type as rx, tx, for queue-id.
   *
   * queue-type: u32; enum queue-type (type 2).
   */
  get queueType(): number | undefined {
    return this.$u32(2);
  }
  /**
   * Queue ID, if stats are scoped to a single queue instance.
   *
   * queue-id: u32 (type 3).
   */
  get queueId(): number | undefined {
    return this.$u32(3);
  }
  /**
   * What object type should be used to iterate over the stats.
   *
   * scope: uint; enum qstats-scope (type 4).
   */
  get scope(): bigint | undefined {
    return this.$auto(4, false);
  }
  /**
   * Number of wire packets successfully received and passed to the stack.
   * For drivers supporting XDP, XDP is considered the first layer
   * of the stack, so packets consumed by XDP are still counted here.
   *
   * rx-packets: uint (type 8).
   */
  get rxPackets(): bigint | undefined {
    return this.$auto(8, false);
  }
  /**
   * Successfully received bytes, see `rx-packets`.
   *
   * rx-bytes: uint (type 9).
   */
  get rxBytes(): bigint | undefined {
    return this.$auto(9, false);
  }
  /**
   * Number of wire packets successfully sent. Packet is considered to be
   * successfully sent once it is in device memory (usually this means
   * the device has issued a DMA completion for the packet).
   *
   * tx-packets: uint (type 10).
   */
  get txPackets(): bigint | undefined {
    return this.$auto(10, false);
  }
  /**
   * Successfully sent bytes, see `tx-packets`.
   *
   * tx-bytes: uint (type 11).
   */
  get txBytes(): bigint | undefined {
    return this.$auto(11, false);
  }
  /**
   * Number of times skb or buffer allocation failed on the Rx datapath.
   * Allocation failure may, or may not result in a packet drop, depending
   * on driver implementation and whether system recovers quickly.
   *
   * rx-alloc-fail: uint (type 12).
   */
  get rxAllocFail(): bigint | undefined {
    return this.$auto(12, false);
  }
  /**
   * Number of all packets which entered the device, but never left it,
   * including but not limited to: packets dropped due to lack of buffer
   * space, processing errors, explicit or implicit policies and packet
   * filters.
   *
   * rx-hw-drops: uint (type 13).
   */
  get rxHwDrops(): bigint | undefined {
    return this.$auto(13, false);
  }
  /**
   * Number of packets dropped due to transient lack of resources, such as
   * buffer space, host descriptors etc.
   *
   * rx-hw-drop-overruns: uint (type 14).
   */
  get rxHwDropOverruns(): bigint | undefined {
    return this.$auto(14, false);
  }
  /**
   * Number of packets that were marked as CHECKSUM_COMPLETE.
   *
   * rx-csum-complete: uint (type 15).
   */
  get rxCsumComplete(): bigint | undefined {
    return this.$auto(15, false);
  }
  /**
   * Number of packets that were marked as CHECKSUM_UNNECESSARY.
   *
   * rx-csum-unnecessary: uint (type 16).
   */
  get rxCsumUnnecessary(): bigint | undefined {
    return this.$auto(16, false);
  }
  /**
   * Number of packets that were not checksummed by device.
   *
   * rx-csum-none: uint (type 17).
   */
  get rxCsumNone(): bigint | undefined {
    return this.$auto(17, false);
  }
  /**
   * Number of packets with bad checksum. The packets are not discarded,
   * but still delivered to the stack.
   *
   * rx-csum-bad: uint (type 18).
   */
  get rxCsumBad(): bigint | undefined {
    return this.$auto(18, false);
  }
  /**
   * Number of packets that were coalesced from smaller packets by the device.
   * Counts only packets coalesced with the HW-GRO netdevice feature,
   * LRO-coalesced packets are not counted.
   *
   * rx-hw-gro-packets: uint (type 19).
   */
  get rxHwGroPackets(): bigint | undefined {
    return this.$auto(19, false);
  }
  /**
   * See `rx-hw-gro-packets`.
   *
   * rx-hw-gro-bytes: uint (type 20).
   */
  get rxHwGroBytes(): bigint | undefined {
    return this.$auto(20, false);
  }
  /**
   * Number of packets that were coalesced to bigger packetss with the HW-GRO
   * netdevice feature. LRO-coalesced packets are not counted.
   *
   * rx-hw-gro-wire-packets: uint (type 21).
   */
  get rxHwGroWirePackets(): bigint | undefined {
    return this.$auto(21, false);
  }
  /**
   * See `rx-hw-gro-wire-packets`.
   *
   * rx-hw-gro-wire-bytes: uint (type 22).
   */
  get rxHwGroWireBytes(): bigint | undefined {
    return this.$auto(22, false);
  }
  /**
   * Number of the packets dropped by the device due to the received
   * packets bitrate exceeding the device rate limit.
   *
   * rx-hw-drop-ratelimits: uint (type 23).
   */
  get rxHwDropRatelimits(): bigint | undefined {
    return this.$auto(23, false);
  }
  /**
   * Number of packets that arrived at the device but never left it,
   * encompassing packets dropped for reasons such as processing errors, as
   * well as those affected by explicitly defined policies and packet
   * filtering criteria.
   *
   * tx-hw-drops: uint (type 24).
   */
  get txHwDrops(): bigint | undefined {
    return this.$auto(24, false);
  }
  /**
   * Number of packets dropped because they were invalid or malformed.
   *
   * tx-hw-drop-errors: uint (type 25).
   */
  get txHwDropErrors(): bigint | undefined {
    return this.$auto(25, false);
  }
  /**
   * Number of packets that did not require the device to calculate the
   * checksum.
   *
   * tx-csum-none: uint (type 26).
   */
  get txCsumNone(): bigint | undefined {
    return this.$auto(26, false);
  }
  /**
   * Number of packets that required the device to calculate the checksum.
   *
   * tx-needs-csum: uint (type 27).
   */
  get txNeedsCsum(): bigint | undefined {
    return this.$auto(27, false);
  }
  /**
   * Number of packets that necessitated segmentation into smaller packets
   * by the device.
   *
   * tx-hw-gso-packets: uint (type 28).
   */
  get txHwGsoPackets(): bigint | undefined {
    return this.$auto(28, false);
  }
  /**
   * See `tx-hw-gso-packets`.
   *
   * tx-hw-gso-bytes: uint (type 29).
   */
  get txHwGsoBytes(): bigint | undefined {
    return this.$auto(29, false);
  }
  /**
   * Number of wire-sized packets generated by processing
   * `tx-hw-gso-packets`
   *
   * tx-hw-gso-wire-packets: uint (type 30).
   */
  get txHwGsoWirePackets(): bigint | undefined {
    return this.$auto(30, false);
  }
  /**
   * See `tx-hw-gso-wire-packets`.
   *
   * tx-hw-gso-wire-bytes: uint (type 31).
   */
  get txHwGsoWireBytes(): bigint | undefined {
    return this.$auto(31, false);
  }
  /**
   * Number of the packets dropped by the device due to the transmit
   * packets bitrate exceeding the device rate limit.
   *
   * tx-hw-drop-ratelimits: uint (type 32).
   */
  get txHwDropRatelimits(): bigint | undefined {
    return this.$auto(32, false);
  }
  /**
   * Number of times driver paused accepting new tx packets
   * from the stack to this queue, because the queue was full.
   * Note that if BQL is supported and enabled on the device
   * the networking stack will avoid queuing a lot of data at once.
   *
   * tx-stop: uint (type 33).
   */
  get txStop(): bigint | undefined {
    return this.$auto(33, false);
  }
  /**
   * Number of times driver re-started accepting send
   * requests to this queue from the stack.
   *
   * tx-wake: uint (type 34).
   */
  get txWake(): bigint | undefined {
    return this.$auto(34, false);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): QstatsValues {
    return decodeValues(schema, "qstats", this, false) as QstatsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "qstats", this, true);
  }
}

/**
 * Writes the attributes of qstats present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeQstats(w: MessageWriter, v: QstatsValues): void {
  if (v.ifindex !== undefined) w.putU32(1, checkRange("ifindex", v.ifindex, 1, undefined));
  if (v.queueType !== undefined) w.putU32(2, v.queueType);
  if (v.queueId !== undefined) w.putU32(3, v.queueId);
  if (v.scope !== undefined) putUint(w, 4, v.scope);
  if (v.rxPackets !== undefined) putUint(w, 8, v.rxPackets);
  if (v.rxBytes !== undefined) putUint(w, 9, v.rxBytes);
  if (v.txPackets !== undefined) putUint(w, 10, v.txPackets);
  if (v.txBytes !== undefined) putUint(w, 11, v.txBytes);
  if (v.rxAllocFail !== undefined) putUint(w, 12, v.rxAllocFail);
  if (v.rxHwDrops !== undefined) putUint(w, 13, v.rxHwDrops);
  if (v.rxHwDropOverruns !== undefined) putUint(w, 14, v.rxHwDropOverruns);
  if (v.rxCsumComplete !== undefined) putUint(w, 15, v.rxCsumComplete);
  if (v.rxCsumUnnecessary !== undefined) putUint(w, 16, v.rxCsumUnnecessary);
  if (v.rxCsumNone !== undefined) putUint(w, 17, v.rxCsumNone);
  if (v.rxCsumBad !== undefined) putUint(w, 18, v.rxCsumBad);
  if (v.rxHwGroPackets !== undefined) putUint(w, 19, v.rxHwGroPackets);
  if (v.rxHwGroBytes !== undefined) putUint(w, 20, v.rxHwGroBytes);
  if (v.rxHwGroWirePackets !== undefined) putUint(w, 21, v.rxHwGroWirePackets);
  if (v.rxHwGroWireBytes !== undefined) putUint(w, 22, v.rxHwGroWireBytes);
  if (v.rxHwDropRatelimits !== undefined) putUint(w, 23, v.rxHwDropRatelimits);
  if (v.txHwDrops !== undefined) putUint(w, 24, v.txHwDrops);
  if (v.txHwDropErrors !== undefined) putUint(w, 25, v.txHwDropErrors);
  if (v.txCsumNone !== undefined) putUint(w, 26, v.txCsumNone);
  if (v.txNeedsCsum !== undefined) putUint(w, 27, v.txNeedsCsum);
  if (v.txHwGsoPackets !== undefined) putUint(w, 28, v.txHwGsoPackets);
  if (v.txHwGsoBytes !== undefined) putUint(w, 29, v.txHwGsoBytes);
  if (v.txHwGsoWirePackets !== undefined) putUint(w, 30, v.txHwGsoWirePackets);
  if (v.txHwGsoWireBytes !== undefined) putUint(w, 31, v.txHwGsoWireBytes);
  if (v.txHwDropRatelimits !== undefined) putUint(w, 32, v.txHwDropRatelimits);
  if (v.txStop !== undefined) putUint(w, 33, v.txStop);
  if (v.txWake !== undefined) putUint(w, 34, v.txWake);
}

/** Attribute type numbers of queue-id. */
export const QueueId = {
  id: 1,
  type: 3,
} as const;

/** The attributes of queue-id as a plain object (requests, `toObject()`). */
export interface QueueIdValues {
  /**
   * Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
   *
   * id: u32 (type 1).
   */
  id?: number;
  /**
   * Queue type as rx, tx. Each queue type defines a separate ID space.
   *
   * type: u32; enum queue-type (type 3).
   */
  type?: number;
}

/**
 * The queue-id attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class QueueIdView extends AttrView {
  constructor() {
    super(3);
  }
  /**
   * Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
   *
   * id: u32 (type 1).
   */
  get id(): number | undefined {
    return this.$u32(1);
  }
  /**
   * Queue type as rx, tx. Each queue type defines a separate ID space.
   *
   * type: u32; enum queue-type (type 3).
   */
  get type(): number | undefined {
    return this.$u32(3);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): QueueIdValues {
    return decodeValues(schema, "queue-id", this, false) as QueueIdValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "queue-id", this, true);
  }
}

/**
 * Writes the attributes of queue-id present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeQueueId(w: MessageWriter, v: QueueIdValues): void {
  if (v.id !== undefined) w.putU32(1, v.id);
  if (v.type !== undefined) w.putU32(3, v.type);
}

/** Attribute type numbers of dmabuf. */
export const Dmabuf = {
  ifindex: 1,
  queues: 2,
  fd: 3,
  id: 4,
} as const;

/** The attributes of dmabuf as a plain object (requests, `toObject()`). */
export interface DmabufValues {
  /**
   * netdev ifindex to bind the dmabuf to.
   *
   * ifindex: u32 (type 1).
   */
  ifindex?: number;
  /**
   * receive queues to bind the dmabuf to.
   *
   * queues: nest, multi-attr (type 2).
   */
  queues?: (QueueIdValues)[];
  /**
   * dmabuf file descriptor to bind.
   *
   * fd: u32 (type 3).
   */
  fd?: number;
  /**
   * id of the dmabuf binding
   *
   * id: u32 (type 4).
   */
  id?: number;
}

/**
 * The dmabuf attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class DmabufView extends AttrView {
  #c2?: QueueIdView;
  constructor() {
    super(4);
  }
  /**
   * netdev ifindex to bind the dmabuf to.
   *
   * ifindex: u32 (type 1).
   */
  get ifindex(): number | undefined {
    return this.$u32(1);
  }
  /**
   * receive queues to bind the dmabuf to.
   *
   * queues: nest, multi-attr (type 2).
   */
  get queues(): IterableIterator<QueueIdView> {
    return this.#each2();
  }
  *#each2(): Generator<QueueIdView, void, undefined> {
    for (const at of this.$each(2)) yield this.$nestAt(at, this.#c2 ??= new QueueIdView());
  }
  /**
   * dmabuf file descriptor to bind.
   *
   * fd: u32 (type 3).
   */
  get fd(): number | undefined {
    return this.$u32(3);
  }
  /**
   * id of the dmabuf binding
   *
   * id: u32 (type 4).
   */
  get id(): number | undefined {
    return this.$u32(4);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): DmabufValues {
    return decodeValues(schema, "dmabuf", this, false) as DmabufValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "dmabuf", this, true);
  }
}

/**
 * Writes the attributes of dmabuf present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeDmabuf(w: MessageWriter, v: DmabufValues): void {
  if (v.ifindex !== undefined) w.putU32(1, checkRange("ifindex", v.ifindex, 1, undefined));
  if (v.queues !== undefined) {
    for (const x of v.queues) {
      const n = w.nestStart(2);
      writeQueueId(w, x);
      w.nestEnd(n);
    }
  }
  if (v.fd !== undefined) w.putU32(3, v.fd);
  if (v.id !== undefined) w.putU32(4, checkRange("id", v.id, 1, undefined));
}

/** A message of netdev read in place: the dev attributes. */
export class DevMessage extends DevView {
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

/** A message of netdev read in place: the page-pool attributes. */
export class PagePoolMessage extends PagePoolView {
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

/** A message of netdev read in place: the page-pool-stats attributes. */
export class PagePoolStatsMessage extends PagePoolStatsView {
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

/** A message of netdev read in place: the queue attributes. */
export class QueueMessage extends QueueView {
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

/** A message of netdev read in place: the napi attributes. */
export class NapiMessage extends NapiView {
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

/** A message of netdev read in place: the qstats attributes. */
export class QstatsMessage extends QstatsView {
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

/** A message of netdev read in place: the dmabuf attributes. */
export class DmabufMessage extends DmabufView {
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

/** The request of dev-get (do): Get / dump information about a netdev. */
export type DevGetRequest = Pick<DevValues, "ifindex">;

/**
 * Writes a dev-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeDevGet(
  w: MessageWriter,
  req: DevGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 1);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.ifindex !== undefined) w.putU32(1, checkRange("ifindex", v.ifindex, 1, undefined));
  return w.end();
}

/** The request of dev-get (dump): Get / dump information about a netdev. */
export type DevGetDumpRequest = Record<string, never>;

/**
 * Writes a dev-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeDevGetDump(
  w: MessageWriter,
  req: DevGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 1);
  w.view.setUint8(g + 1, 1);
  void req;
  return w.end();
}

/**
 * The request of page-pool-get (do): Get / dump information about Page Pools.
 * (Only Page Pools associated with a net_device can be listed.)
 */
export type PagePoolGetRequest = Pick<PagePoolValues, "id">;

/**
 * Writes a page-pool-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePagePoolGet(
  w: MessageWriter,
  req: PagePoolGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 5);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.id !== undefined) putUint(w, 1, checkRange("id", v.id, 1, 4294967295));
  return w.end();
}

/**
 * The request of page-pool-get (dump): Get / dump information about Page Pools.
 * (Only Page Pools associated with a net_device can be listed.)
 */
export type PagePoolGetDumpRequest = Record<string, never>;

/**
 * Writes a page-pool-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePagePoolGetDump(
  w: MessageWriter,
  req: PagePoolGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 5);
  w.view.setUint8(g + 1, 1);
  void req;
  return w.end();
}

/** The request of page-pool-stats-get (do): Get page pool statistics. */
export type PagePoolStatsGetRequest = Pick<PagePoolStatsValues, "info">;

/**
 * Writes a page-pool-stats-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePagePoolStatsGet(
  w: MessageWriter,
  req: PagePoolStatsGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 9);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.info !== undefined) {
    const n = w.nestStart(1);
    writePagePoolInfo(w, v.info);
    w.nestEnd(n);
  }
  return w.end();
}

/** The request of page-pool-stats-get (dump): Get page pool statistics. */
export type PagePoolStatsGetDumpRequest = Record<string, never>;

/**
 * Writes a page-pool-stats-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodePagePoolStatsGetDump(
  w: MessageWriter,
  req: PagePoolStatsGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 9);
  w.view.setUint8(g + 1, 1);
  void req;
  return w.end();
}

/** The request of queue-get (do): Get queue information from the kernel. Only configured queues will be reported (as opposed to all available hardware queues). */
export type QueueGetRequest = Pick<QueueValues, "ifindex" | "type" | "id">;

/**
 * Writes a queue-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeQueueGet(
  w: MessageWriter,
  req: QueueGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 10);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.id !== undefined) w.putU32(1, v.id);
  if (v.ifindex !== undefined) w.putU32(2, checkRange("ifindex", v.ifindex, 1, undefined));
  if (v.type !== undefined) w.putU32(3, v.type);
  return w.end();
}

/** The request of queue-get (dump): Get queue information from the kernel. Only configured queues will be reported (as opposed to all available hardware queues). */
export type QueueGetDumpRequest = Pick<QueueValues, "ifindex">;

/**
 * Writes a queue-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeQueueGetDump(
  w: MessageWriter,
  req: QueueGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 10);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.ifindex !== undefined) w.putU32(2, checkRange("ifindex", v.ifindex, 1, undefined));
  return w.end();
}

/** The request of napi-get (do): Get information about NAPI instances configured on the system. */
export type NapiGetRequest = Pick<NapiValues, "id">;

/**
 * Writes a napi-get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeNapiGet(
  w: MessageWriter,
  req: NapiGetRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 11);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.id !== undefined) w.putU32(2, v.id);
  return w.end();
}

/** The request of napi-get (dump): Get information about NAPI instances configured on the system. */
export type NapiGetDumpRequest = Pick<NapiValues, "ifindex">;

/**
 * Writes a napi-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeNapiGetDump(
  w: MessageWriter,
  req: NapiGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 11);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.ifindex !== undefined) w.putU32(1, checkRange("ifindex", v.ifindex, 1, undefined));
  return w.end();
}

/**
 * The request of qstats-get (dump): Get / dump fine grained statistics. Which statistics are reported
 * depends on the device and the driver, and whether the driver stores
 * software counters per-queue.
 */
export type QstatsGetDumpRequest = Pick<QstatsValues, "ifindex" | "scope">;

/**
 * Writes a qstats-get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeQstatsGetDump(
  w: MessageWriter,
  req: QstatsGetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 12);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.ifindex !== undefined) w.putU32(1, checkRange("ifindex", v.ifindex, 1, undefined));
  if (v.scope !== undefined) putUint(w, 4, v.scope);
  return w.end();
}

/** The request of bind-rx (do): Bind dmabuf to netdev */
export type BindRxRequest = Pick<DmabufValues, "ifindex" | "fd" | "queues">;

/**
 * Writes a bind-rx do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeBindRx(
  w: MessageWriter,
  req: BindRxRequest,
  flags = 0x1,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(4);
  w.view.setUint8(g, 13);
  w.view.setUint8(g + 1, 1);
  const v = req;
  if (v.ifindex !== undefined) w.putU32(1, checkRange("ifindex", v.ifindex, 1, undefined));
  if (v.queues !== undefined) {
    for (const x of v.queues) {
      const n = w.nestStart(2);
      writeQueueId(w, x);
      w.nestEnd(n);
    }
  }
  if (v.fd !== undefined) w.putU32(3, v.fd);
  return w.end();
}

/**
 * A client of the netdev family: one method per operation, over one socket.
 *
 * netdev configuration over generic netlink.
 *
 * Replies are views valid until the client receives again; call
 * `toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.
 *
 * @example
 * ```ts
 * import { NetdevClient } from "./netdev.ts";
 * using client = NetdevClient.open();
 * ```
 */
export class NetdevClient extends FamilyClient {
  #DevMessage = new DevMessage();
  #PagePoolMessage = new PagePoolMessage();
  #PagePoolStatsMessage = new PagePoolStatsMessage();
  #QueueMessage = new QueueMessage();
  #NapiMessage = new NapiMessage();
  #QstatsMessage = new QstatsMessage();
  #DmabufMessage = new DmabufMessage();

  /**
   * Opens a socket for the family and resolves the family by name.
   *
   * @param options Socket options, or an open socket to use.
   * @returns The client.
   * @throws {KernelError} `ENOENT` when the family is not registered (its module is not loaded).
   */
  static open(options: ClientOptions = {}): NetdevClient {
    return new NetdevClient(connect(schema, options));
  }
  /**
   * Get / dump information about a netdev..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  devGet(req: DevGetRequest = {}, options: DoOptions = {}): DevMessage {
    return this.$do(encodeDevGet, req, this.familyId, options, this.#DevMessage);
  }
  /**
   * Get / dump information about a netdev., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  devGetAsync(req: DevGetRequest = {}, options: DoOptions = {}): Promise<DevMessage> {
    return this.$doAsync(encodeDevGet, req, this.familyId, options, new DevMessage());
  }
  /**
   * Get / dump information about a netdev (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  devGetDump(req: DevGetDumpRequest = {}, options: WaitOptions = {}): Dump<DevMessage> {
    return this.$dump(encodeDevGetDump, req, this.familyId, this.#DevMessage, options);
  }
  /**
   * Get / dump information about Page Pools.
   * (Only Page Pools associated with a net_device can be listed.).
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pagePoolGet(req: PagePoolGetRequest = {}, options: DoOptions = {}): PagePoolMessage {
    return this.$do(encodePagePoolGet, req, this.familyId, options, this.#PagePoolMessage);
  }
  /**
   * Get / dump information about Page Pools.
   * (Only Page Pools associated with a net_device can be listed.), without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pagePoolGetAsync(
    req: PagePoolGetRequest = {},
    options: DoOptions = {},
  ): Promise<PagePoolMessage> {
    return this.$doAsync(encodePagePoolGet, req, this.familyId, options, new PagePoolMessage());
  }
  /**
   * Get / dump information about Page Pools.
   * (Only Page Pools associated with a net_device can be listed.) (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  pagePoolGetDump(
    req: PagePoolGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<PagePoolMessage> {
    return this.$dump(encodePagePoolGetDump, req, this.familyId, this.#PagePoolMessage, options);
  }
  /**
   * Get page pool statistics..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pagePoolStatsGet(
    req: PagePoolStatsGetRequest = {},
    options: DoOptions = {},
  ): PagePoolStatsMessage {
    return this.$do(
      encodePagePoolStatsGet,
      req,
      this.familyId,
      options,
      this.#PagePoolStatsMessage,
    );
  }
  /**
   * Get page pool statistics., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  pagePoolStatsGetAsync(
    req: PagePoolStatsGetRequest = {},
    options: DoOptions = {},
  ): Promise<PagePoolStatsMessage> {
    return this.$doAsync(
      encodePagePoolStatsGet,
      req,
      this.familyId,
      options,
      new PagePoolStatsMessage(),
    );
  }
  /**
   * Get page pool statistics (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  pagePoolStatsGetDump(
    req: PagePoolStatsGetDumpRequest = {},
    options: WaitOptions = {},
  ): Dump<PagePoolStatsMessage> {
    return this.$dump(
      encodePagePoolStatsGetDump,
      req,
      this.familyId,
      this.#PagePoolStatsMessage,
      options,
    );
  }
  /**
   * Get queue information from the kernel. Only configured queues will be reported (as opposed to all available hardware queues)..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  queueGet(req: QueueGetRequest = {}, options: DoOptions = {}): QueueMessage {
    return this.$do(encodeQueueGet, req, this.familyId, options, this.#QueueMessage);
  }
  /**
   * Get queue information from the kernel. Only configured queues will be reported (as opposed to all available hardware queues)., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  queueGetAsync(req: QueueGetRequest = {}, options: DoOptions = {}): Promise<QueueMessage> {
    return this.$doAsync(encodeQueueGet, req, this.familyId, options, new QueueMessage());
  }
  /**
   * Get queue information from the kernel. Only configured queues will be reported (as opposed to all available hardware queues) (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  queueGetDump(req: QueueGetDumpRequest = {}, options: WaitOptions = {}): Dump<QueueMessage> {
    return this.$dump(encodeQueueGetDump, req, this.familyId, this.#QueueMessage, options);
  }
  /**
   * Get information about NAPI instances configured on the system..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  napiGet(req: NapiGetRequest = {}, options: DoOptions = {}): NapiMessage {
    return this.$do(encodeNapiGet, req, this.familyId, options, this.#NapiMessage);
  }
  /**
   * Get information about NAPI instances configured on the system., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  napiGetAsync(req: NapiGetRequest = {}, options: DoOptions = {}): Promise<NapiMessage> {
    return this.$doAsync(encodeNapiGet, req, this.familyId, options, new NapiMessage());
  }
  /**
   * Get information about NAPI instances configured on the system (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  napiGetDump(req: NapiGetDumpRequest = {}, options: WaitOptions = {}): Dump<NapiMessage> {
    return this.$dump(encodeNapiGetDump, req, this.familyId, this.#NapiMessage, options);
  }
  /**
   * Get / dump fine grained statistics. Which statistics are reported
   * depends on the device and the driver, and whether the driver stores
   * software counters per-queue (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  qstatsGetDump(req: QstatsGetDumpRequest = {}, options: WaitOptions = {}): Dump<QstatsMessage> {
    return this.$dump(encodeQstatsGetDump, req, this.familyId, this.#QstatsMessage, options);
  }
  /**
   * Bind dmabuf to netdev.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  bindRx(req: BindRxRequest = {}, options: DoOptions = {}): DmabufMessage {
    return this.$do(encodeBindRx, req, this.familyId, options, this.#DmabufMessage);
  }
  /**
   * Bind dmabuf to netdev, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  bindRxAsync(req: BindRxRequest = {}, options: DoOptions = {}): Promise<DmabufMessage> {
    return this.$doAsync(encodeBindRx, req, this.familyId, options, new DmabufMessage());
  }
  /**
   * Joins a multicast group of the family by name.
   *
   * @param group `"mgmt"`, `"page-pool"`.
   * @throws {RangeError} When the family has no such group.
   */
  subscribe(group: "mgmt" | "page-pool"): void {
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
    | Notification<"dev-get" | "dev-add-ntf" | "dev-del-ntf" | "dev-change-ntf", DevMessage>
    | Notification<
      "page-pool-get" | "page-pool-add-ntf" | "page-pool-del-ntf" | "page-pool-change-ntf",
      PagePoolMessage
    >
  > {
    return this.$notifications(options, (name) => {
      switch (name) {
        case "dev-get":
        case "dev-add-ntf":
        case "dev-del-ntf":
        case "dev-change-ntf":
          return this.#DevMessage;
        case "page-pool-get":
        case "page-pool-add-ntf":
        case "page-pool-del-ntf":
        case "page-pool-change-ntf":
          return this.#PagePoolMessage;
      }
      return undefined;
    }) as AsyncIterableIterator<
      | Notification<"dev-get" | "dev-add-ntf" | "dev-del-ntf" | "dev-change-ntf", DevMessage>
      | Notification<
        "page-pool-get" | "page-pool-add-ntf" | "page-pool-del-ntf" | "page-pool-change-ntf",
        PagePoolMessage
      >
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

/** The netdev family as data: names, numbers and types, for the JSON codec. */
export const schema: FamilySchema = {
  "name": "netdev",
  "protocol": "genetlink",
  "protonum": 16,
  "version": 1,
  "enums": {
    "xdp-act": {
      "kind": "flags",
      "entries": {
        "basic": 1,
        "redirect": 2,
        "ndo-xmit": 4,
        "xsk-zerocopy": 8,
        "hw-offload": 16,
        "rx-sg": 32,
        "ndo-xmit-sg": 64,
      },
    },
    "xdp-rx-metadata": {
      "kind": "flags",
      "entries": {
        "timestamp": 1,
        "hash": 2,
        "vlan-tag": 4,
      },
    },
    "xsk-flags": {
      "kind": "flags",
      "entries": {
        "tx-timestamp": 1,
        "tx-checksum": 2,
      },
    },
    "queue-type": {
      "kind": "enum",
      "entries": {
        "rx": 0,
        "tx": 1,
      },
    },
    "qstats-scope": {
      "kind": "flags",
      "entries": {
        "queue": 1,
      },
    },
  },
  "structs": {},
  "attrSets": {
    "dev": {
      "attrs": [
        {
          "name": "ifindex",
          "key": "ifindex",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "pad",
          "key": "pad",
          "value": 2,
          "type": "pad",
        },
        {
          "name": "xdp-features",
          "key": "xdpFeatures",
          "value": 3,
          "type": "u64",
          "enum": "xdp-act",
        },
        {
          "name": "xdp-zc-max-segs",
          "key": "xdpZcMaxSegs",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "xdp-rx-metadata-features",
          "key": "xdpRxMetadataFeatures",
          "value": 5,
          "type": "u64",
          "enum": "xdp-rx-metadata",
        },
        {
          "name": "xsk-features",
          "key": "xskFeatures",
          "value": 6,
          "type": "u64",
          "enum": "xsk-flags",
        },
      ],
    },
    "page-pool": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 1,
          "type": "uint",
        },
        {
          "name": "ifindex",
          "key": "ifindex",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "napi-id",
          "key": "napiId",
          "value": 3,
          "type": "uint",
        },
        {
          "name": "inflight",
          "key": "inflight",
          "value": 4,
          "type": "uint",
        },
        {
          "name": "inflight-mem",
          "key": "inflightMem",
          "value": 5,
          "type": "uint",
        },
        {
          "name": "detach-time",
          "key": "detachTime",
          "value": 6,
          "type": "uint",
        },
        {
          "name": "dmabuf",
          "key": "dmabuf",
          "value": 7,
          "type": "u32",
        },
      ],
    },
    "page-pool-info": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 1,
          "type": "uint",
        },
        {
          "name": "ifindex",
          "key": "ifindex",
          "value": 2,
          "type": "u32",
        },
      ],
    },
    "page-pool-stats": {
      "attrs": [
        {
          "name": "info",
          "key": "info",
          "value": 1,
          "type": "nest",
          "nested": "page-pool-info",
        },
        {
          "name": "alloc-fast",
          "key": "allocFast",
          "value": 8,
          "type": "uint",
        },
        {
          "name": "alloc-slow",
          "key": "allocSlow",
          "value": 9,
          "type": "uint",
        },
        {
          "name": "alloc-slow-high-order",
          "key": "allocSlowHighOrder",
          "value": 10,
          "type": "uint",
        },
        {
          "name": "alloc-empty",
          "key": "allocEmpty",
          "value": 11,
          "type": "uint",
        },
        {
          "name": "alloc-refill",
          "key": "allocRefill",
          "value": 12,
          "type": "uint",
        },
        {
          "name": "alloc-waive",
          "key": "allocWaive",
          "value": 13,
          "type": "uint",
        },
        {
          "name": "recycle-cached",
          "key": "recycleCached",
          "value": 14,
          "type": "uint",
        },
        {
          "name": "recycle-cache-full",
          "key": "recycleCacheFull",
          "value": 15,
          "type": "uint",
        },
        {
          "name": "recycle-ring",
          "key": "recycleRing",
          "value": 16,
          "type": "uint",
        },
        {
          "name": "recycle-ring-full",
          "key": "recycleRingFull",
          "value": 17,
          "type": "uint",
        },
        {
          "name": "recycle-released-refcnt",
          "key": "recycleReleasedRefcnt",
          "value": 18,
          "type": "uint",
        },
      ],
    },
    "napi": {
      "attrs": [
        {
          "name": "ifindex",
          "key": "ifindex",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "id",
          "key": "id",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "irq",
          "key": "irq",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "pid",
          "key": "pid",
          "value": 4,
          "type": "u32",
        },
      ],
    },
    "queue": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "ifindex",
          "key": "ifindex",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "type",
          "key": "type",
          "value": 3,
          "type": "u32",
          "enum": "queue-type",
        },
        {
          "name": "napi-id",
          "key": "napiId",
          "value": 4,
          "type": "u32",
        },
        {
          "name": "dmabuf",
          "key": "dmabuf",
          "value": 5,
          "type": "u32",
        },
      ],
    },
    "qstats": {
      "attrs": [
        {
          "name": "ifindex",
          "key": "ifindex",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "queue-type",
          "key": "queueType",
          "value": 2,
          "type": "u32",
          "enum": "queue-type",
        },
        {
          "name": "queue-id",
          "key": "queueId",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "scope",
          "key": "scope",
          "value": 4,
          "type": "uint",
          "enum": "qstats-scope",
        },
        {
          "name": "rx-packets",
          "key": "rxPackets",
          "value": 8,
          "type": "uint",
        },
        {
          "name": "rx-bytes",
          "key": "rxBytes",
          "value": 9,
          "type": "uint",
        },
        {
          "name": "tx-packets",
          "key": "txPackets",
          "value": 10,
          "type": "uint",
        },
        {
          "name": "tx-bytes",
          "key": "txBytes",
          "value": 11,
          "type": "uint",
        },
        {
          "name": "rx-alloc-fail",
          "key": "rxAllocFail",
          "value": 12,
          "type": "uint",
        },
        {
          "name": "rx-hw-drops",
          "key": "rxHwDrops",
          "value": 13,
          "type": "uint",
        },
        {
          "name": "rx-hw-drop-overruns",
          "key": "rxHwDropOverruns",
          "value": 14,
          "type": "uint",
        },
        {
          "name": "rx-csum-complete",
          "key": "rxCsumComplete",
          "value": 15,
          "type": "uint",
        },
        {
          "name": "rx-csum-unnecessary",
          "key": "rxCsumUnnecessary",
          "value": 16,
          "type": "uint",
        },
        {
          "name": "rx-csum-none",
          "key": "rxCsumNone",
          "value": 17,
          "type": "uint",
        },
        {
          "name": "rx-csum-bad",
          "key": "rxCsumBad",
          "value": 18,
          "type": "uint",
        },
        {
          "name": "rx-hw-gro-packets",
          "key": "rxHwGroPackets",
          "value": 19,
          "type": "uint",
        },
        {
          "name": "rx-hw-gro-bytes",
          "key": "rxHwGroBytes",
          "value": 20,
          "type": "uint",
        },
        {
          "name": "rx-hw-gro-wire-packets",
          "key": "rxHwGroWirePackets",
          "value": 21,
          "type": "uint",
        },
        {
          "name": "rx-hw-gro-wire-bytes",
          "key": "rxHwGroWireBytes",
          "value": 22,
          "type": "uint",
        },
        {
          "name": "rx-hw-drop-ratelimits",
          "key": "rxHwDropRatelimits",
          "value": 23,
          "type": "uint",
        },
        {
          "name": "tx-hw-drops",
          "key": "txHwDrops",
          "value": 24,
          "type": "uint",
        },
        {
          "name": "tx-hw-drop-errors",
          "key": "txHwDropErrors",
          "value": 25,
          "type": "uint",
        },
        {
          "name": "tx-csum-none",
          "key": "txCsumNone",
          "value": 26,
          "type": "uint",
        },
        {
          "name": "tx-needs-csum",
          "key": "txNeedsCsum",
          "value": 27,
          "type": "uint",
        },
        {
          "name": "tx-hw-gso-packets",
          "key": "txHwGsoPackets",
          "value": 28,
          "type": "uint",
        },
        {
          "name": "tx-hw-gso-bytes",
          "key": "txHwGsoBytes",
          "value": 29,
          "type": "uint",
        },
        {
          "name": "tx-hw-gso-wire-packets",
          "key": "txHwGsoWirePackets",
          "value": 30,
          "type": "uint",
        },
        {
          "name": "tx-hw-gso-wire-bytes",
          "key": "txHwGsoWireBytes",
          "value": 31,
          "type": "uint",
        },
        {
          "name": "tx-hw-drop-ratelimits",
          "key": "txHwDropRatelimits",
          "value": 32,
          "type": "uint",
        },
        {
          "name": "tx-stop",
          "key": "txStop",
          "value": 33,
          "type": "uint",
        },
        {
          "name": "tx-wake",
          "key": "txWake",
          "value": 34,
          "type": "uint",
        },
      ],
    },
    "queue-id": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "type",
          "key": "type",
          "value": 3,
          "type": "u32",
          "enum": "queue-type",
        },
      ],
    },
    "dmabuf": {
      "attrs": [
        {
          "name": "ifindex",
          "key": "ifindex",
          "value": 1,
          "type": "u32",
        },
        {
          "name": "queues",
          "key": "queues",
          "value": 2,
          "type": "nest",
          "multi": true,
          "nested": "queue-id",
        },
        {
          "name": "fd",
          "key": "fd",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "id",
          "key": "id",
          "value": 4,
          "type": "u32",
        },
      ],
    },
  },
  "subMessages": {},
  "ops": [
    {
      "name": "dev-get",
      "attrSet": "dev",
      "do": {
        "request": {
          "value": 1,
          "attrs": [
            "ifindex",
          ],
        },
        "reply": {
          "value": 1,
          "attrs": [
            "ifindex",
            "xdp-features",
            "xdp-zc-max-segs",
            "xdp-rx-metadata-features",
            "xsk-features",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 1,
          "attrs": [],
        },
        "reply": {
          "value": 1,
          "attrs": [
            "ifindex",
            "xdp-features",
            "xdp-zc-max-segs",
            "xdp-rx-metadata-features",
            "xsk-features",
          ],
        },
      },
    },
    {
      "name": "dev-add-ntf",
      "attrSet": "dev",
      "mcgrp": "mgmt",
      "notify": {
        "value": 2,
        "shapeOf": "dev-get",
      },
    },
    {
      "name": "dev-del-ntf",
      "attrSet": "dev",
      "mcgrp": "mgmt",
      "notify": {
        "value": 3,
        "shapeOf": "dev-get",
      },
    },
    {
      "name": "dev-change-ntf",
      "attrSet": "dev",
      "mcgrp": "mgmt",
      "notify": {
        "value": 4,
        "shapeOf": "dev-get",
      },
    },
    {
      "name": "page-pool-get",
      "attrSet": "page-pool",
      "do": {
        "request": {
          "value": 5,
          "attrs": [
            "id",
          ],
        },
        "reply": {
          "value": 5,
          "attrs": [
            "id",
            "ifindex",
            "napi-id",
            "inflight",
            "inflight-mem",
            "detach-time",
            "dmabuf",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 5,
          "attrs": [],
        },
        "reply": {
          "value": 5,
          "attrs": [
            "id",
            "ifindex",
            "napi-id",
            "inflight",
            "inflight-mem",
            "detach-time",
            "dmabuf",
          ],
        },
      },
    },
    {
      "name": "page-pool-add-ntf",
      "attrSet": "page-pool",
      "mcgrp": "page-pool",
      "notify": {
        "value": 6,
        "shapeOf": "page-pool-get",
      },
    },
    {
      "name": "page-pool-del-ntf",
      "attrSet": "page-pool",
      "mcgrp": "page-pool",
      "notify": {
        "value": 7,
        "shapeOf": "page-pool-get",
      },
    },
    {
      "name": "page-pool-change-ntf",
      "attrSet": "page-pool",
      "mcgrp": "page-pool",
      "notify": {
        "value": 8,
        "shapeOf": "page-pool-get",
      },
    },
    {
      "name": "page-pool-stats-get",
      "attrSet": "page-pool-stats",
      "do": {
        "request": {
          "value": 9,
          "attrs": [
            "info",
          ],
        },
        "reply": {
          "value": 9,
          "attrs": [
            "info",
            "alloc-fast",
            "alloc-slow",
            "alloc-slow-high-order",
            "alloc-empty",
            "alloc-refill",
            "alloc-waive",
            "recycle-cached",
            "recycle-cache-full",
            "recycle-ring",
            "recycle-ring-full",
            "recycle-released-refcnt",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 9,
          "attrs": [],
        },
        "reply": {
          "value": 9,
          "attrs": [
            "info",
            "alloc-fast",
            "alloc-slow",
            "alloc-slow-high-order",
            "alloc-empty",
            "alloc-refill",
            "alloc-waive",
            "recycle-cached",
            "recycle-cache-full",
            "recycle-ring",
            "recycle-ring-full",
            "recycle-released-refcnt",
          ],
        },
      },
    },
    {
      "name": "queue-get",
      "attrSet": "queue",
      "do": {
        "request": {
          "value": 10,
          "attrs": [
            "ifindex",
            "type",
            "id",
          ],
        },
        "reply": {
          "value": 10,
          "attrs": [
            "id",
            "type",
            "napi-id",
            "ifindex",
            "dmabuf",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 10,
          "attrs": [
            "ifindex",
          ],
        },
        "reply": {
          "value": 10,
          "attrs": [
            "id",
            "type",
            "napi-id",
            "ifindex",
            "dmabuf",
          ],
        },
      },
    },
    {
      "name": "napi-get",
      "attrSet": "napi",
      "do": {
        "request": {
          "value": 11,
          "attrs": [
            "id",
          ],
        },
        "reply": {
          "value": 11,
          "attrs": [
            "id",
            "ifindex",
            "irq",
            "pid",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 11,
          "attrs": [
            "ifindex",
          ],
        },
        "reply": {
          "value": 11,
          "attrs": [
            "id",
            "ifindex",
            "irq",
            "pid",
          ],
        },
      },
    },
    {
      "name": "qstats-get",
      "attrSet": "qstats",
      "dump": {
        "request": {
          "value": 12,
          "attrs": [
            "ifindex",
            "scope",
          ],
        },
        "reply": {
          "value": 12,
          "attrs": [
            "ifindex",
            "queue-type",
            "queue-id",
            "rx-packets",
            "rx-bytes",
            "tx-packets",
            "tx-bytes",
          ],
        },
      },
    },
    {
      "name": "bind-rx",
      "attrSet": "dmabuf",
      "do": {
        "request": {
          "value": 13,
          "attrs": [
            "ifindex",
            "fd",
            "queues",
          ],
        },
        "reply": {
          "value": 13,
          "attrs": [
            "id",
          ],
        },
      },
    },
  ],
  "mcastGroups": {
    "mgmt": -1,
    "page-pool": -1,
  },
};
