/**
 * The generated families against hand-written codec code doing the same
 * work, interleaved in one process: decoding a 401-link dump (ifname and
 * mtu of every link) through the generated rt-link view against the
 * `AttributeReader` loop, and encoding an `RTM_NEWADDR` through the
 * generated encoder against writer calls; plus heap bytes per link of the
 * generated decoding in steady state.
 *
 * @module
 */
import { do_not_optimize } from "mitata";
import {
  IFINFOMSG_SIZE,
  IFLA_IFNAME,
  IFLA_MTU,
  MessageReader,
  MessageWriter,
  NLM_F_ACK,
  NLM_F_CREATE,
  NLM_F_EXCL,
  NLM_F_REQUEST,
  RTM_NEWLINK,
} from "../mod.ts";
import { LinkMessage } from "../src/families/rt-link.ts";
import { encodeNewaddr, type NewaddrRequest } from "../src/families/rt-addr.ts";
import { bytesPerOp, linkDumpDatagrams } from "./codec.ts";
import { type Comparison, interleave, timed } from "./interleave.ts";

/** Results of the family benchmarks. */
export interface FamilyResults {
  /** Generated against hand-written, ratio = hand-written time / generated time. */
  comparisons: Comparison[];
  /** Heap bytes per operation in steady state, by benchmark. */
  allocations: Record<string, number>;
}

const RTM_NEWADDR = 20;
const IFADDRMSG_SIZE = 8;
const IFA_ADDRESS = 1;
const IFA_LOCAL = 2;
const reader = new MessageReader();
const link = new LinkMessage();

/** The hand-written loop: every attribute through AttributeReader, ifname and mtu picked. */
function handDump(datagrams: Uint8Array[], views: DataView[]): number {
  let sum = 0;
  for (let d = 0; d < datagrams.length; d++) {
    const buf = datagrams[d];
    for (const m of reader.reset(buf, buf.length, views[d])) {
      if (m.type !== RTM_NEWLINK) continue;
      for (const a of m.attributes(IFINFOMSG_SIZE)) {
        if (a.type === IFLA_MTU) sum += a.u32();
        else if (a.type === IFLA_IFNAME) sum += a.string().length;
      }
    }
  }
  return sum;
}

/** The same through the generated rt-link view. */
function generatedDump(datagrams: Uint8Array[], views: DataView[]): number {
  let sum = 0;
  for (let d = 0; d < datagrams.length; d++) {
    const buf = datagrams[d];
    for (const m of reader.reset(buf, buf.length, views[d])) {
      if (m.type !== RTM_NEWLINK) continue;
      link.read(m);
      sum += (link.mtu ?? 0) + (link.ifname?.length ?? 0);
    }
  }
  return sum;
}

const w = new MessageWriter(4096);
/**
 * The addresses added, one per message in turn: both sides take the
 * interface and the address as inputs, as a program adding addresses does
 * (a module constant would let the JIT fold the hand-written side's copy of
 * the address into constant stores, which no real caller gets).
 */
const ADDRESSES = [new Uint8Array([192, 0, 2, 1]), new Uint8Array([198, 51, 100, 7])];
const FLAGS = NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL;

/** RTM_NEWADDR written by hand: ifaddrmsg through the view, two address attributes. */
function handNewaddr(index: number, address: Uint8Array): number {
  w.reset();
  w.begin(RTM_NEWADDR, FLAGS);
  const at = w.reserve(IFADDRMSG_SIZE);
  const v = w.view;
  v.setUint8(at, 2); // ifa_family AF_INET
  v.setUint8(at + 1, 24); // ifa_prefixlen
  v.setUint32(at + 4, index, true); // ifa_index
  w.putBytes(IFA_ADDRESS, address);
  w.putBytes(IFA_LOCAL, address);
  return w.end();
}

const request: NewaddrRequest & { ifaddrmsg: { ifaIndex: number } } = {
  ifaddrmsg: { ifaFamily: 2, ifaPrefixlen: 24, ifaIndex: 0 },
  ifaAddress: ADDRESSES[0],
  ifaLocal: ADDRESSES[0],
};

/** The same through the generated encoder. */
function generatedNewaddr(index: number, address: Uint8Array): number {
  request.ifaddrmsg.ifaIndex = index;
  request.ifaAddress = request.ifaLocal = address;
  return encodeNewaddr(w.reset(), request, FLAGS);
}

/**
 * Runs the family benchmarks.
 *
 * @param options `smoke` for a short run; `captured` datagrams of a real dump.
 * @returns The comparisons and allocations.
 */
export async function familyBenchmarks(
  options: { smoke: boolean; captured?: Uint8Array[] },
): Promise<FamilyResults> {
  const dump = linkDumpDatagrams(options.captured);
  const views = dump.map((d) => new DataView(d.buffer, d.byteOffset, d.byteLength));
  let links = 0;
  for (const d of dump) {
    for (const m of reader.reset(d, d.length)) if (m.type === RTM_NEWLINK) links++;
  }
  if (handDump(dump, views) !== generatedDump(dump, views)) {
    throw new Error("family benchmark check failed: the generated view reads other values");
  }
  const a = new Uint8Array(handNewaddr(7, ADDRESSES[1]));
  a.set(w.buffer.subarray(0, a.length));
  const b = w.buffer.subarray(0, generatedNewaddr(7, ADDRESSES[1]));
  if (a.length !== b.length || a.some((x, i) => x !== b[i])) {
    throw new Error("family benchmark check failed: the generated RTM_NEWADDR differs");
  }
  const rounds = options.smoke ? 5 : 15;
  const comparisons = [
    await interleave(
      `rt-link: decode a ${links}-link dump (ifname + mtu), generated view vs AttributeReader loop`,
      "link",
      timed((n) => {
        let s = 0;
        for (let i = 0; i < n; i += links) s += handDump(dump, views);
        do_not_optimize(s);
      }),
      timed((n) => {
        let s = 0;
        for (let i = 0; i < n; i += links) s += generatedDump(dump, views);
        do_not_optimize(s);
      }),
      {
        chunk: links * (options.smoke ? 50 : 400),
        rounds,
        referenceName: "hand-written",
        target: 0.95,
      },
    ),
    await interleave(
      "rt-addr: encode RTM_NEWADDR, generated encoder vs writer calls",
      "message",
      timed((n) => {
        let s = 0;
        for (let i = 0; i < n; i++) s += handNewaddr(i, ADDRESSES[i & 1]);
        do_not_optimize(s);
      }),
      timed((n) => {
        let s = 0;
        for (let i = 0; i < n; i++) s += generatedNewaddr(i, ADDRESSES[i & 1]);
        do_not_optimize(s);
      }),
      { chunk: options.smoke ? 50000 : 400000, rounds, referenceName: "hand-written", target: 0.9 },
    ),
  ];
  const total = options.smoke ? 200_000 : 1_000_000;
  const allocations = {
    [`rt-link: generated view over a ${links}-link dump (per link)`]:
      bytesPerOp(() => generatedDump(dump, views), total / links) / links,
    "rt-addr: generated RTM_NEWADDR encoding": bytesPerOp(
      (i) => generatedNewaddr(i, ADDRESSES[i & 1]),
      total,
    ),
  };
  return { comparisons, allocations };
}
