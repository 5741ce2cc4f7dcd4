/**
 * Codec benchmarks: encode and decode with mitata; the user's path (a link
 * message encoded, then decoded with `string()`, `u32()` and `nested()`)
 * against libmnl and against hand-written C in the same process; and
 * allocations per message in steady state.
 *
 * @module
 */
import { bench, do_not_optimize, group, run } from "mitata";
import {
  IFINFOMSG_SIZE,
  IFLA_IFNAME,
  IFLA_INFO_KIND,
  IFLA_LINKINFO,
  IFLA_MTU,
  type Message,
  MessageReader,
  MessageWriter,
  NLM_F_REQUEST,
  RTM_NEWLINK,
} from "../mod.ts";
import type { Baseline } from "./baseline.ts";
import { type Comparison, interleave, timed } from "./interleave.ts";

/** Results of the codec part. */
export interface CodecResults {
  /** mitata's JSON report, without samples or debug data. */
  mitata: unknown;
  /** Comparisons against libmnl and hand-written C. */
  comparisons: Comparison[];
  /** Heap bytes allocated per operation in steady state, by benchmark. */
  allocations: Record<string, number>;
}

const w = new MessageWriter(1 << 16);
const reader = new MessageReader();

/** The name of the codec's user-path rows. */
export const LINK_ROW = "encode + decode link message (string(), u32(), nested())";

/** Sum of linkCheck(i) for i in [0, n). */
function sumOfChecks(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += linkCheck(i);
  return s;
}

function encodeAttrs(count: number): number {
  w.reset();
  w.begin(RTM_NEWLINK, NLM_F_REQUEST, 1, 0);
  w.reserve(IFINFOMSG_SIZE);
  for (let i = 0; i < count; i++) w.putU32(1 + (i & 0x3ff), i);
  return w.end();
}

function encodeNested(): number {
  w.reset();
  w.begin(RTM_NEWLINK, NLM_F_REQUEST, 1, 0);
  w.reserve(IFINFOMSG_SIZE);
  const info = w.nestStart(IFLA_LINKINFO);
  w.putString(IFLA_INFO_KIND, "veth");
  const data = w.nestStart(2);
  for (let i = 0; i < 4; i++) w.putU32(i + 1, i);
  w.nestEnd(data);
  w.nestEnd(info);
  return w.end();
}

/** 64 names of 5 to 9 characters, for the writer's string memo to miss (names of a length share one slot). */
const NAMES = Array.from({ length: 64 }, (_, i) => `veth${(i * 7919) % 100000}`);

/** The request of {@linkcode linkRoundTrip}, with a given name (for the mitata rows). */
function encodeNamed(i: number, name: string): number {
  w.reset();
  w.begin(RTM_NEWLINK, NLM_F_REQUEST, i, 0);
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 7, true);
  w.putString(IFLA_IFNAME, name);
  w.putU32(IFLA_MTU, 1500 + (i & 7));
  const nest = w.nestStart(IFLA_LINKINFO);
  w.putString(IFLA_INFO_KIND, "veth");
  w.nestEnd(nest);
  return w.end();
}

/** What the link benchmark's C baselines sum up for message `i`: mtu + name length + 100 for a veth. */
function linkCheck(i: number): number {
  return 1500 + (i & 7) + "veth123".length + 100;
}

/**
 * The codec's user path, as the README teaches it, written the way a
 * program is: one function builds the request, another parses the reply.
 * Encode an RTM_NEWLINK with IFLA_IFNAME "veth123", IFLA_MTU and
 * IFLA_LINKINFO { IFLA_INFO_KIND "veth" }, then decode it reading both
 * strings with `string()`, the mtu with `u32()` and the nest with
 * `nested()`. Returns what the C baselines sum up.
 */
function linkRoundTrip(i: number): number {
  encodeLink(i);
  reader.reset(w.buffer, w.length, w.view);
  reader.advance();
  return decodeLink(reader);
}

/** Builds the user path's request. */
function encodeLink(i: number): number {
  w.reset();
  w.begin(RTM_NEWLINK, NLM_F_REQUEST, i, 0);
  const ifi = w.reserve(IFINFOMSG_SIZE);
  w.view.setInt32(ifi + 4, 7, true);
  w.putString(IFLA_IFNAME, "veth123");
  w.putU32(IFLA_MTU, 1500 + (i & 7));
  const nest = w.nestStart(IFLA_LINKINFO);
  w.putString(IFLA_INFO_KIND, "veth");
  w.nestEnd(nest);
  return w.end();
}

/** Parses the user path's message: name, kind and mtu. */
function decodeLink(m: Message): number {
  let name = "";
  let kind = "";
  let mtu = 0;
  for (const a of m.attributes(IFINFOMSG_SIZE)) {
    switch (a.type) {
      case IFLA_IFNAME:
        name = a.string();
        break;
      case IFLA_MTU:
        mtu = a.u32();
        break;
      case IFLA_LINKINFO:
        for (const b of a.nested()) if (b.type === IFLA_INFO_KIND) kind = b.string();
        break;
    }
  }
  return mtu + name.length + (kind === "veth" ? 100 : 0);
}

function decodeSum(buf: Uint8Array, len: number): number {
  let sum = 0;
  for (const m of reader.reset(buf, len)) {
    for (const a of m.attributes(IFINFOMSG_SIZE)) if (a.length === 4) sum += a.u32();
  }
  return sum;
}

/**
 * A realistic multi-message dump: datagrams of RTM_NEWLINK messages, as a
 * kernel sends for a 400-link dump. Uses the captured datagrams when given,
 * else synthesizes messages shaped like veth links.
 *
 * @param captured Datagrams captured from a real dump, if any.
 * @returns The datagrams.
 */
export function linkDumpDatagrams(captured?: Uint8Array[]): Uint8Array[] {
  if (captured && captured.length > 0) return captured;
  const out: Uint8Array[] = [];
  let dw = new MessageWriter(32768);
  for (let i = 1; i <= 401; i++) {
    const before = dw.length;
    try {
      writeLink(dw, i);
    } catch {
      out.push(dw.buffer.slice(0, before));
      dw = new MessageWriter(32768);
      writeLink(dw, i);
    }
  }
  out.push(dw.buffer.slice(0, dw.length));
  return out;
}

function writeLink(dw: MessageWriter, i: number): void {
  dw.begin(RTM_NEWLINK, 2, 99, 1234);
  const ifi = dw.reserve(IFINFOMSG_SIZE);
  dw.view.setInt32(ifi + 4, i, true);
  dw.putString(IFLA_IFNAME, `veth${i}`);
  dw.putU32(IFLA_MTU, 1500);
  dw.putU32(13, 1000); // IFLA_TXQLEN
  dw.putU8(16, 6); // IFLA_OPERSTATE
  dw.putBytes(1, new Uint8Array(6).fill(i & 0xff)); // IFLA_ADDRESS
  dw.putBytes(23, new Uint8Array(192)); // IFLA_STATS64
  const info = dw.nestStart(IFLA_LINKINFO);
  dw.putString(IFLA_INFO_KIND, "veth");
  dw.nestEnd(info);
  dw.end();
}

/**
 * Parses every link of the dump: index, name (read with `string()`), mtu. Each datagram
 * comes with its `DataView`, as a socket's receive buffer does.
 */
function parseDump(datagrams: Uint8Array[], views: DataView[]): number {
  let sum = 0;
  for (let d = 0; d < datagrams.length; d++) {
    const buf = datagrams[d];
    for (const m of reader.reset(buf, buf.length, views[d])) {
      if (m.type !== RTM_NEWLINK) continue;
      sum += m.view.getInt32(m.payloadOffset + 4, true);
      for (const a of m.attributes(IFINFOMSG_SIZE)) {
        if (a.type === IFLA_MTU) sum += a.u32();
        else if (a.type === IFLA_IFNAME) sum += a.string().length;
      }
    }
  }
  return sum;
}

/**
 * Heap bytes allocated per call of `fn` in steady state: the heap is read
 * every `step` calls without collecting; a step where the heap shrank had a
 * collection in it and is left out.
 *
 * @param fn The operation.
 * @param total Calls in all.
 * @param step Calls between two heap readings (after as many twice, to warm up).
 * @returns Bytes per call (0 when nothing is allocated; `NaN` when every step had a collection).
 */
export function bytesPerOp(fn: (i: number) => unknown, total: number, step = 10000): number {
  for (let i = 0; i < 2 * step; i++) do_not_optimize(fn(i));
  let grown = 0;
  let counted = 0;
  let before = process.memoryUsage().heapUsed;
  for (let done = 0; done < total; done += step) {
    for (let i = 0; i < step; i++) do_not_optimize(fn(i));
    const after = process.memoryUsage().heapUsed;
    if (after >= before) {
      grown += after - before;
      counted += step;
    }
    before = after;
  }
  return counted === 0 ? NaN : grown / counted;
}

/**
 * Runs the codec benchmarks.
 *
 * @param baseline The C baselines.
 * @param options `smoke` for a short run; `captured` dump datagrams.
 * @returns The results.
 */
export async function codecBenchmarks(
  baseline: Baseline,
  options: { smoke: boolean; captured?: Uint8Array[] },
): Promise<CodecResults> {
  const encoded: Record<number, Uint8Array> = {};
  for (const n of [1, 8, 64, 512]) {
    encodeAttrs(n);
    encoded[n] = w.buffer.slice(0, w.length);
  }
  const dump = linkDumpDatagrams(options.captured);
  const views = dump.map((d) => new DataView(d.buffer, d.byteOffset, d.byteLength));
  group("encode", () => {
    bench("encode header only", () => {
      w.reset();
      w.begin(RTM_NEWLINK, NLM_F_REQUEST, 1, 0);
      return w.end();
    });
    bench(
      "encode header + ifinfomsg + $n u32 attributes",
      function* (state: { get(name: string): unknown }) {
        const n = state.get("n") as number;
        yield () => encodeAttrs(n);
      },
    ).args("n", [0, 1, 8, 64, 512]);
    bench("encode nested linkinfo (kind + 4 data attributes)", () => encodeNested());
    let k = 0;
    bench("encode link message, a name not written just before (putString scans it)", () => {
      k = (k + 1) & 63;
      return encodeNamed(k, NAMES[k]);
    });
    bench("encode link message, the same name again", () => encodeNamed(1, "veth123"));
  });
  group("decode", () => {
    bench("decode + iterate $n u32 attributes", function* (state: { get(name: string): unknown }) {
      const buf = encoded[state.get("n") as number];
      yield () => decodeSum(buf, buf.length);
    }).args("n", [1, 8, 64, 512]);
    bench(`parse a ${dump.length}-datagram dump of 401 links`, () => parseDump(dump, views));
  });
  group("round trip", () => {
    bench(LINK_ROW, () => linkRoundTrip(3));
  });
  // Both sides read the same values: mtu + name length + 100 for a veth.
  if (
    baseline.codecLink(1).check !== linkCheck(0) ||
    baseline.codecLinkRaw(1).check !== linkCheck(0) || linkRoundTrip(0) !== linkCheck(0)
  ) {
    throw new Error("codec benchmark check failed: C and TypeScript read different values");
  }
  const chunk = options.smoke ? 20000 : 200000;
  const rounds = options.smoke ? 5 : 15;
  const expected = sumOfChecks(chunk);
  const subject = timed((n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += linkRoundTrip(i);
    if (n === chunk && s !== expected) {
      throw new Error("codec benchmark: the decoded values are wrong");
    }
    do_not_optimize(s);
  });
  const comparisons = [
    await interleave(LINK_ROW, "message", (n) => baseline.codecLink(n).ns, subject, {
      chunk,
      rounds,
      referenceName: "libmnl",
      target: 1,
    }),
    await interleave(
      `${LINK_ROW}, vs C with no library`,
      "message",
      (n) => baseline.codecLinkRaw(n).ns,
      subject,
      {
        chunk,
        rounds,
        referenceName: "C raw",
      },
    ),
  ];
  let json = "";
  await run({
    format: { json: { debug: false, samples: false } },
    print: (s: string) => (json += s),
    ...(options.smoke ? { filter: /nested\(\)\)|encode header only|parse a/ } : {}),
  });
  const total = options.smoke ? 200_000 : 1_000_000;
  const allocations = {
    [LINK_ROW]: bytesPerOp(linkRoundTrip, total),
    "encode header + ifinfomsg + 8 u32 attributes": bytesPerOp(() => encodeAttrs(8), total),
    "decode + iterate 8 u32 attributes": bytesPerOp(
      () => decodeSum(encoded[8], encoded[8].length),
      total,
    ),
    [`parse a 401-link dump (per link)`]:
      bytesPerOp(() => parseDump(dump, views), total / 100, total / 2000) /
      401,
  };
  return { mitata: JSON.parse(json), comparisons, allocations };
}
