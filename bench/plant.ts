/**
 * A planted slowdown, for measuring how often the benchmark gate catches a
 * real regression (`bench/gate_rates.ts`). Nothing in the project imports
 * this file: `gate_rates.ts` copies the tree to a temporary directory and
 * adds `import "./plant.ts";` to the copy's `bench/suite.ts`.
 *
 * With `NLRT_PLANT=codec`, `MessageWriter.prototype.end` and
 * `MessageReader.prototype.attributes` (once each per message encoded and
 * decoded) each spin for `NLRT_PLANT_NS_<RUNTIME>` ns; with
 * `NLRT_PLANT=request`, `NetlinkSocket.prototype.request` does. The spin
 * is a dependent multiply-add loop whose count is calibrated in this
 * process, so that the delay is the same in ns on either runtime.
 * Without `NLRT_PLANT`, importing it changes nothing.
 *
 * @module
 */
import { MessageReader, MessageWriter, NetlinkSocket } from "../mod.ts";

let sink = 0;

function spin(iterations: number): void {
  let x = sink;
  for (let i = 0; i < iterations; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
  sink = x;
}

/**
 * The spin count that takes `ns` per call in this process: the time of one
 * iteration, from long spins (the least of several tries, so that a
 * preempted try does not count), divides the delay.
 *
 * @param ns Target delay per call.
 * @returns Iterations per call.
 */
export function calibrate(ns: number): number {
  const length = 1_000_000;
  let best = Infinity;
  for (let t = 0; t < 30; t++) {
    const t0 = performance.now();
    spin(length);
    best = Math.min(best, ((performance.now() - t0) * 1e6) / length);
  }
  return Math.max(1, Math.round(ns / best));
}

type Method = (this: unknown, a?: unknown, b?: unknown, c?: unknown) => unknown;

function slowDown(proto: object, name: string, iterations: number): void {
  const holder = proto as Record<string, Method>;
  const original = holder[name];
  if (typeof original !== "function") throw new TypeError(`plant: no method ${name} to slow down`);
  holder[name] = function (this: unknown, a?: unknown, b?: unknown, c?: unknown): unknown {
    spin(iterations);
    return original.call(this, a, b, c);
  };
}

const what = process.env.NLRT_PLANT;
if (what) {
  const isDeno = typeof (globalThis as { Deno?: unknown }).Deno !== "undefined";
  const key = `NLRT_PLANT_NS_${isDeno ? "DENO" : "BUN"}`;
  const ns = Number(process.env[key]);
  if (!(ns > 0)) {
    throw new RangeError(`plant: ${key} must be a delay in ns, got ${process.env[key]}`);
  }
  const iterations = calibrate(ns);
  if (what === "codec") {
    slowDown(MessageWriter.prototype, "end", iterations);
    slowDown(MessageReader.prototype, "attributes", iterations);
  } else if (what === "request") {
    slowDown(NetlinkSocket.prototype, "request", iterations);
  } else {
    throw new RangeError(`plant: NLRT_PLANT must be codec or request, got ${what}`);
  }
  console.log(`plant: ${what} slowed by ${ns.toFixed(1)} ns per call (${iterations} spins)`);
}
