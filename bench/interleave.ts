/**
 * Interleaved comparison: a C loop and a TypeScript loop doing the same
 * work run in alternating chunks in one process, so that the machine's
 * drift hits both alike. Each round yields one ratio; the comparison keeps
 * them all (the gate's statistics work on them, see `stats.ts`) and
 * reports their median.
 *
 * @module
 */
import { median, medianStandardError } from "./stats.ts";

export { median };

/** How many rounds the comparisons of this process run. */
export interface RoundPolicy {
  /** At least this many (benchmarks asking for more keep theirs); 0 for each benchmark's own. */
  minimum: number;
  /**
   * Up to this many, while the standard error of the median log ratio is
   * above {@linkcode ROUND_TARGET_ERROR}: a busy machine gets more rounds,
   * a quiet one stops at the minimum.
   */
  maximum: number;
  /**
   * The shortest chunk, in ms (0 for no minimum): a benchmark's chunk that
   * the warm-up finds quicker is repeated until it lasts this long, so that
   * one preemption (a few ms on a busy machine) cannot swing a round.
   */
  chunkMs?: number;
}

/** The standard error of a median ratio (log scale) past which extra rounds stop. */
export const ROUND_TARGET_ERROR = 0.015;

let policy: Required<RoundPolicy> = { minimum: 0, maximum: 0, chunkMs: 0 };

/**
 * Sets how many rounds every comparison of this process runs: the gate's
 * interval of a median needs about 25 rounds to be tight, more than a
 * short run would otherwise spend, and more again when the machine is busy.
 *
 * @param rounds The minimum and the maximum, and the shortest chunk.
 * @throws {RangeError} When they are not whole numbers with 0 ≤ minimum ≤
 *   maximum ≤ 1000, or the chunk time is outside 0 to 1000 ms.
 */
export function setRoundPolicy(rounds: RoundPolicy): void {
  const { minimum, maximum, chunkMs = 0 } = rounds;
  if (
    !Number.isInteger(minimum) || !Number.isInteger(maximum) || minimum < 0 ||
    maximum < minimum || maximum > 1000
  ) {
    throw new RangeError(
      `rounds must be whole numbers with 0 <= minimum <= maximum <= 1000, got ${minimum} and ${maximum}`,
    );
  }
  if (!(chunkMs >= 0 && chunkMs <= 1000)) {
    throw new RangeError(`chunkMs must be from 0 to 1000, got ${chunkMs}`);
  }
  policy = { minimum, maximum, chunkMs };
}

/** One measured comparison. */
export interface Comparison {
  /** Benchmark name, e.g. `"getlink request()"`. */
  name: string;
  /** Unit of one operation, e.g. `"round trip"`, `"message"`. */
  unit: string;
  /** nlrt's median time per operation, in ns. */
  ns: number;
  /** Operations per second for nlrt (1e9 / ns). */
  perSecond: number;
  /** The reference's median time per operation, in ns. */
  referenceNs: number;
  /** What the ratio compares against, e.g. `"C"`, `"sync"`. */
  reference: string;
  /** reference time / nlrt time: above 1 means nlrt is faster. */
  ratio: number;
  /** The target ratio, when the project sets one. */
  target?: number;
  /** Every round's ratio (reference time / nlrt time), in the order measured. */
  ratios?: number[];
  /** nlrt's time per operation in each round, in ns. */
  times?: number[];
}

/** A chunk: does `n` operations and returns the elapsed ns. */
export type Chunk = (n: number) => number | Promise<number>;

/**
 * Runs `reference` and `subject` in alternating chunks.
 *
 * @param name Benchmark name.
 * @param unit Unit of one operation.
 * @param reference The reference loop (C, or the synchronous path).
 * @param subject nlrt's loop.
 * @param options Chunk size and rounds (both raised by the policy set with
 *   {@linkcode setRoundPolicy}), reference name and target.
 * @returns The comparison, with every round's ratio.
 */
export async function interleave(
  name: string,
  unit: string,
  reference: Chunk,
  subject: Chunk,
  options: {
    chunk: number;
    rounds: number;
    referenceName?: string;
    target?: number;
    warmupMs?: number;
  },
): Promise<Comparison> {
  const rounds = Math.max(options.rounds, policy.minimum);
  const logs: number[] = [];
  // Warm up both sides (JIT tiers, caches) before anything is counted:
  // at least two chunks each and `warmupMs` of work in all.
  const warmUntil = performance.now() + (options.warmupMs ?? 400);
  let quickest = Infinity; // the quickest chunk's wall time, in ms
  for (let i = 0; i < 2 || performance.now() < warmUntil; i++) {
    for (const side of [reference, subject]) {
      const t0 = performance.now();
      await side(options.chunk);
      quickest = Math.min(quickest, performance.now() - t0);
    }
  }
  const scale = Math.min(1000, Math.max(1, Math.ceil(policy.chunkMs / quickest)));
  const chunk = options.chunk * scale;
  const ratios: number[] = [];
  const refs: number[] = [];
  const subs: number[] = [];
  for (
    let r = 0;
    r < rounds || (r < policy.maximum && medianStandardError(logs) > ROUND_TARGET_ERROR);
    r++
  ) {
    const order = r % 2 === 0;
    const a = order ? await reference(chunk) : 0;
    const b = await subject(chunk);
    const c = order ? a : await reference(chunk);
    refs.push(c / chunk);
    subs.push(b / chunk);
    ratios.push(c / b);
    logs.push(Math.log(c / b));
  }
  const ns = median(subs);
  return {
    name,
    unit,
    ns,
    perSecond: 1e9 / ns,
    referenceNs: median(refs),
    reference: options.referenceName ?? "C",
    ratio: median(ratios),
    target: options.target,
    ratios,
    times: subs,
  };
}

/**
 * Times a synchronous loop body.
 *
 * @param body Runs `n` operations.
 * @returns A chunk that reports elapsed ns.
 */
export function timed(body: (n: number) => void): Chunk {
  return (n) => {
    const t0 = performance.now();
    body(n);
    return (performance.now() - t0) * 1e6;
  };
}

/**
 * Times an asynchronous loop body.
 *
 * @param body Runs `n` operations.
 * @returns A chunk that reports elapsed ns.
 */
export function timedAsync(body: (n: number) => Promise<void>): Chunk {
  return async (n) => {
    const t0 = performance.now();
    await body(n);
    return (performance.now() - t0) * 1e6;
  };
}
