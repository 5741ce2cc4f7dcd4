/**
 * Synthetic benchmark results for the gate's tests: rounds drawn from a
 * seeded generator with a between-process effect, Gaussian noise, and a
 * share of preempted rounds far off the rest, as a busy 2-core machine
 * gives them.
 *
 * @module
 */
import type { MachineFingerprint } from "../../bench/fingerprint.ts";
import type { RuntimeResults } from "../../bench/report.ts";

/** A seeded generator of uniform numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller). */
export function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** How rounds are drawn. */
export interface Noise {
  /** Between-process standard deviation of the log ratio. */
  between: number;
  /** Within-process standard deviation of a round's log ratio. */
  within: number;
  /** Share of rounds hit by preemption (their ratio times 0.25 to 4). */
  outliers: number;
}

/** A busy machine's noise, as measured on the project's 2-core machine under load 4 to 9. */
export const BUSY: Noise = { between: 0.02, within: 0.06, outliers: 0.1 };

/** A quiet machine's noise (the same machine under load 1 to 2). */
export const QUIET: Noise = { between: 0.01, within: 0.04, outliers: 0.05 };

/**
 * Draws the processes of one row.
 *
 * @param rand The generator.
 * @param ratio The true ratio.
 * @param options Processes, rounds, noise.
 * @returns Each process's per-round ratios.
 */
export function processes(
  rand: () => number,
  ratio: number,
  options: { processes: number; rounds: number; noise?: Noise },
): number[][] {
  const noise = options.noise ?? BUSY;
  const out: number[][] = [];
  for (let p = 0; p < options.processes; p++) {
    const effect = noise.between * gaussian(rand);
    const rounds: number[] = [];
    for (let r = 0; r < options.rounds; r++) {
      let x = Math.log(ratio) + effect + noise.within * gaussian(rand);
      if (rand() < noise.outliers) x += Math.log(0.25) + rand() * Math.log(16);
      rounds.push(Math.exp(x));
    }
    out.push(rounds);
  }
  return out;
}

/** The machine the synthetic results come from. */
export const MACHINE: MachineFingerprint = {
  cpu: "Test CPU",
  cores: 2,
  kernel: "6.18.0-test",
  cc: "cc (Test) 12.2.0",
  libmnl: "1.0.4",
};

/**
 * Builds a runtime's results.
 *
 * @param runtime `"deno"` or `"bun"`.
 * @param rows Row name to its processes' rounds.
 * @param options Machine, version, module environment, smoke.
 * @returns The results, as `report.ts` writes them.
 */
export function results(
  runtime: string,
  rows: Record<string, number[][]>,
  options: { machine?: MachineFingerprint; version?: string; module?: string; smoke?: boolean } =
    {},
): RuntimeResults {
  const version = options.version ?? "1.0.0";
  return {
    runtime,
    version,
    date: "2026-11-30T00:00:00.000Z",
    smoke: options.smoke ?? true,
    fingerprint: {
      machine: options.machine ?? MACHINE,
      runtime: `${runtime} ${version}`,
      module: options.module ?? "none",
    },
    comparisons: Object.entries(rows).map(([name, runs]) => ({
      name,
      part: name.startsWith("vm:") ? "module" : "host",
      unit: "round trip",
      ns: 1000,
      perSecond: 1e6,
      referenceNs: 1000,
      reference: "C",
      ratio: runs[0][0],
      runs,
      times: runs.map((r) => r.map((x) => 1000 / x)),
    })),
    allocations: {},
    mitata: undefined,
  };
}
