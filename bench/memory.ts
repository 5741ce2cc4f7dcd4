/**
 * Memory under churn, as figures (not a gate): the RSS growth of a process
 * that opens and closes sockets all day, and of one that does round trips
 * all day. Run in a fresh process, since RSS carries whatever ran before:
 * `deno run -A bench/memory.ts [--smoke]` or `bun bench/memory.ts`, which
 * prints the figures as JSON; `bench/suite.ts --part host` runs it as a
 * child and prints them beside the round-trip ratios.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  MessageWriter,
  NETLINK_ROUTE,
  NetlinkSocket,
  NLM_F_ACK,
  NLM_F_REQUEST,
  NLMSG_NOOP,
} from "../mod.ts";

/** One memory figure. */
export interface MemoryFigure {
  /** What was done, e.g. `"open() + close()"`. */
  name: string;
  /** How many times. */
  count: number;
  /** RSS growth from after the warm-up to the end, in MiB. */
  growthMiB: number;
  /** The largest growth seen along the way, in MiB. */
  peakMiB: number;
  /** Wall time, in ms. */
  ms: number;
}

/**
 * The resident set size of this process.
 *
 * @returns RSS in MiB, from `/proc/self/status`.
 */
export function rssMiB(): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * Runs `op` `count` times after a warm-up and reports the RSS growth.
 *
 * @param name The figure's name.
 * @param count How many operations.
 * @param op One operation.
 * @returns The figure.
 */
export function measure(name: string, count: number, op: () => void): MemoryFigure {
  for (let i = 0; i < Math.min(count, 2000); i++) op();
  const before = rssMiB();
  let peak = 0;
  const every = Math.max(1, Math.floor(count / 50));
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    op();
    if (i % every === 0) peak = Math.max(peak, rssMiB() - before);
  }
  const ms = performance.now() - t0;
  const growthMiB = rssMiB() - before;
  return { name, count, growthMiB, peakMiB: Math.max(peak, growthMiB), ms };
}

/**
 * The figures: 100,000 `open()`/`close()` cycles and 1,000,000 `request()`
 * round trips (a NOOP the kernel acks), or a tenth of each when `smoke`.
 *
 * @param smoke A short run.
 * @returns The figures.
 */
export function memoryFigures(smoke: boolean): MemoryFigure[] {
  const cycles = smoke ? 10_000 : 100_000;
  const trips = smoke ? 100_000 : 1_000_000;
  const churn = measure("open() + close()", cycles, () => {
    NetlinkSocket.open(NETLINK_ROUTE).close();
  });
  const sock = NetlinkSocket.open(NETLINK_ROUTE);
  const ping = new MessageWriter(64);
  ping.begin(NLMSG_NOOP, NLM_F_REQUEST | NLM_F_ACK);
  ping.end();
  const roundTrips = measure("request() round trip (NOOP + ack)", trips, () => {
    sock.request(ping);
  });
  sock.close();
  return [churn, roundTrips];
}

/**
 * Runs {@linkcode memoryFigures} in a fresh process of the current runtime.
 *
 * @param smoke A short run.
 * @returns The figures.
 * @throws {Error} When the child fails.
 */
export function memoryFiguresInChild(smoke: boolean): MemoryFigure[] {
  const script = fileURLToPath(import.meta.url);
  const isDeno = typeof (globalThis as { Deno?: unknown }).Deno !== "undefined";
  const args = isDeno ? ["run", "-A", script] : [script];
  if (smoke) args.push("--smoke");
  const r = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 600_000 });
  if (r.status !== 0) throw new Error(`bench/memory.ts failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout) as MemoryFigure[];
}

/**
 * The figures as lines for the terminal.
 *
 * @param runtime `"deno"` or `"bun"`.
 * @param figures The figures.
 * @returns One line per figure.
 */
export function formatMemory(runtime: string, figures: MemoryFigure[]): string[] {
  return figures.map((f) =>
    `${runtime}: memory: ${f.name} x ${f.count.toLocaleString("en-US")}: RSS grew ` +
    `${f.growthMiB.toFixed(1)} MiB (peak ${f.peakMiB.toFixed(1)} MiB) in ${
      (f.ms / 1000).toFixed(1)
    } s`
  );
}

if (import.meta.main) {
  console.log(JSON.stringify(memoryFigures(process.argv.includes("--smoke"))));
}
