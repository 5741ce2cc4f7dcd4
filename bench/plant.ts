/**
 * A planted slowdown, for measuring how often the benchmark gate catches a
 * real regression (`bench/gate_rates.ts`). Nothing in the project imports
 * this file: `gate_rates.ts` copies the tree to a temporary directory and
 * adds `import "./plant.ts";` to the copy's `bench/suite.ts`.
 *
 * With `NLRT_PLANT=codec`, `MessageWriter.prototype.end` and
 * `MessageReader.prototype.attributes` (once each per message encoded and
 * decoded) each spin for about `NLRT_PLANT_NS_<RUNTIME>` ns; with
 * `NLRT_PLANT=request`, `NetlinkSocket.prototype.request` does. The spin is
 * a dependent multiply-add loop. Its count is calibrated in this process:
 * for `request()` from the time of one iteration; for the codec on the
 * user's path itself (a link message encoded, then decoded with
 * `string()`, `u32()` and `nested()`), timed with the spin off and on,
 * because the processor overlaps part of a short spin with the codec's own
 * work. Without `NLRT_PLANT`, importing it changes nothing.
 *
 * @module
 */
import {
  IFINFOMSG_SIZE,
  IFLA_IFNAME,
  IFLA_INFO_KIND,
  IFLA_LINKINFO,
  IFLA_MTU,
  MessageReader,
  MessageWriter,
  NetlinkSocket,
  NLM_F_REQUEST,
  RTM_NEWLINK,
} from "../mod.ts";
import { runtime } from "./runtime.ts";
import { median } from "./stats.ts";

let sink = 0;
let spins = 0;

function spin(iterations: number): void {
  let x = sink;
  for (let i = 0; i < iterations; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
  sink = x;
}

/** The least time of `tries` runs of `body`, in ns per operation. */
function fastest(body: () => void, operations: number, tries: number): number {
  let best = Infinity;
  for (let t = 0; t < tries; t++) {
    const t0 = performance.now();
    body();
    best = Math.min(best, ((performance.now() - t0) * 1e6) / operations);
  }
  return best;
}

/**
 * The spin count that takes `ns` in a loop of its own: the time of one
 * iteration (the least of many short tries, so that a preempted try does
 * not count) divides the delay.
 *
 * @param ns Target delay per call.
 * @returns Iterations per call.
 */
export function calibrate(ns: number): number {
  const length = 100_000;
  return Math.max(1, Math.round(ns / fastest(() => spin(length), length, 200)));
}

const w = new MessageWriter(4096);
const reader = new MessageReader();

/** The user's codec path: a link message encoded, then decoded. */
function userPath(i: number): number {
  w.reset();
  w.begin(RTM_NEWLINK, NLM_F_REQUEST, i, 0);
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 7, true);
  w.putString(IFLA_IFNAME, "veth123");
  w.putU32(IFLA_MTU, 1500 + (i & 7));
  const nest = w.nestStart(IFLA_LINKINFO);
  w.putString(IFLA_INFO_KIND, "veth");
  w.nestEnd(nest);
  w.end();
  reader.reset(w.buffer, w.length, w.view);
  reader.advance();
  let sum = 0;
  for (const a of reader.attributes(IFINFOMSG_SIZE)) {
    if (a.type === IFLA_IFNAME) sum += a.string().length;
    else if (a.type === IFLA_MTU) sum += a.u32();
    else if (a.type === IFLA_LINKINFO) {
      for (const b of a.nested()) if (b.type === IFLA_INFO_KIND) sum += b.string().length;
    }
  }
  return sum;
}

/**
 * The spin count per hook that slows the user's codec path by `perMessage`
 * ns, found by timing the path with the spin off and on.
 *
 * @param perMessage Target delay per message (both hooks together).
 * @returns Iterations per hook.
 */
function calibrateCodec(perMessage: number): number {
  const n = 2000;
  let check = 0;
  const run = () => {
    for (let i = 0; i < n; i++) check += userPath(i);
  };
  let count = calibrate(perMessage / 2);
  spins = 0;
  fastest(run, n, 200); // warm-up
  for (let step = 0; step < 5; step++) {
    // The median of interleaved off/on pairs: a busy moment of the machine
    // stretches a pair, not the estimate.
    const deltas: number[] = [];
    for (let pair = 0; pair < 25; pair++) {
      spins = 0;
      const off = fastest(run, n, 2);
      spins = count;
      deltas.push(fastest(run, n, 2) - off);
    }
    const delta = median(deltas);
    const factor = delta > 0 ? perMessage / delta : 2;
    count = Math.max(1, Math.round(count * Math.min(2, Math.max(0.5, factor))));
  }
  if (check === 0) throw new Error("plant: the codec path read nothing");
  return count;
}

type Method = (this: unknown, a?: unknown, b?: unknown, c?: unknown) => unknown;

function slowDown(proto: object, name: string): void {
  const holder = proto as Record<string, Method>;
  const original = holder[name];
  if (typeof original !== "function") throw new TypeError(`plant: no method ${name} to slow down`);
  holder[name] = function (this: unknown, a?: unknown, b?: unknown, c?: unknown): unknown {
    spin(spins);
    return original.call(this, a, b, c);
  };
}

const what = process.env.NLRT_PLANT;
if (what) {
  const key = `NLRT_PLANT_NS_${runtime.toUpperCase()}`;
  const ns = Number(process.env[key]);
  if (!(ns > 0)) {
    throw new RangeError(`plant: ${key} must be a delay in ns, got ${process.env[key]}`);
  }
  if (what === "codec") {
    slowDown(MessageWriter.prototype, "end");
    slowDown(MessageReader.prototype, "attributes");
    spins = calibrateCodec(2 * ns);
  } else if (what === "request") {
    slowDown(NetlinkSocket.prototype, "request");
    spins = calibrate(ns);
  } else {
    throw new RangeError(`plant: NLRT_PLANT must be codec or request, got ${what}`);
  }
  console.log(`plant: ${what} slowed by ${ns.toFixed(1)} ns per call (${spins} spins)`);
}
