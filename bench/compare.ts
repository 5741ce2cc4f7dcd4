/**
 * The benchmark gate: compares a run's ratios (to C, or to the synchronous
 * path, measured in the same process) with a baseline recorded on the same
 * machine, and calls a regression only when the statistics leave no doubt.
 *
 * For every row, the change is the new ratio over the baseline's, on the
 * log scale; its standard error combines the new processes' errors, the
 * baseline's, and the between-process spread: the larger of the
 * baseline's processes' and this run's (`stats.ts`). Each row gets an interval at confidence 1 - 2α/m, where m
 * is the number of rows compared across all runtimes (Bonferroni), so that
 * every interval holds at once with probability 1 - 2α. A row is a
 * REGRESSION only when its whole interval lies below -threshold: the chance
 * that a run with no regression beyond the threshold fails the gate is at
 * most α (0.01) however many rows there are.
 *
 * Without `--baseline`, the baseline is looked up in `bench/baselines/` by
 * machine fingerprint; when none matches (another machine, another kernel,
 * compiler or runtime version), the gate says so and gives no verdict.
 *
 * Usage: `bun bench/compare.ts [--baseline FILE] [--baselines DIR]
 * [--threshold 0.08] RESULTS.json...` (one results file per runtime).
 * Exit status: 0 when nothing regressed or no verdict could be given, 1 on
 * a regression, 2 on a usage error or an unreadable file.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { describeMachine, machineDifferences } from "./fingerprint.ts";
import {
  type BaselineFile,
  type BaselineRow,
  type FoundBaseline,
  listBaselines,
  readBaseline,
} from "./record.ts";
import type { RuntimeResults } from "./report.ts";
import {
  betweenProcessVariance,
  normalQuantile,
  pool,
  type ProcessSummary,
  summarize,
} from "./stats.ts";

/** The gate's family-wise false-alarm rate. */
export const FAMILY_ALPHA = 0.01;

/** The default threshold: a ratio worse by more than this is a regression. */
export const DEFAULT_THRESHOLD = 0.08;

/** What the gate says of one row. */
export type Verdict = "REGRESSION" | "ok" | "noisy" | "faster";

/** One compared row. */
export interface Change {
  /** The runtime. */
  runtime: string;
  /** The row's name. */
  name: string;
  /** The baseline's ratio. */
  before: number;
  /** The new ratio. */
  after: number;
  /** Relative change of the ratio, `after / before - 1` (negative is worse). */
  change: number;
  /** Lower end of the change's interval. */
  low: number;
  /** Upper end of the change's interval. */
  high: number;
  /**
   * REGRESSION: the whole interval is below -threshold. faster: the whole
   * interval is above +threshold (time to record a new baseline). ok: the
   * interval excludes a regression beyond the threshold. noisy: it does
   * not, but does not prove one either.
   */
  verdict: Verdict;
}

/** One row to compare: the baseline's processes and the new ones. */
export interface RowSample {
  /** The runtime. */
  runtime: string;
  /** The row's name. */
  name: string;
  /** The baseline's recorded processes. */
  before: readonly ProcessSummary[];
  /** This run's processes. */
  after: readonly ProcessSummary[];
}

/**
 * Judges rows as one family.
 *
 * @param rows The rows, across all runtimes.
 * @param options `threshold` (e.g. 0.1) and the family-wise `alpha` (default 0.01).
 * @returns One change per row, in order.
 * @throws {RangeError} When the threshold or alpha is out of range.
 */
export function judge(
  rows: readonly RowSample[],
  options: { threshold: number; alpha?: number },
): Change[] {
  const { threshold } = options;
  const alpha = options.alpha ?? FAMILY_ALPHA;
  if (!(threshold > 0 && threshold < 1)) {
    throw new RangeError(`threshold must be between 0 and 1, got ${threshold}`);
  }
  if (!(alpha > 0 && alpha < 0.5)) throw new RangeError(`alpha must be in (0, 0.5), got ${alpha}`);
  const z = normalQuantile(1 - alpha / Math.max(1, rows.length));
  const floor = Math.log(1 - threshold);
  const ceiling = Math.log(1 + threshold);
  return rows.map((r) => {
    // The between-process spread is the larger of what the baseline's
    // processes show and what this run's show among themselves: a load
    // spike that shifts one process widens the interval instead of
    // passing for a regression.
    const between = Math.max(betweenProcessVariance(r.before), betweenProcessVariance(r.after));
    const b = pool(r.before, between);
    const a = pool(r.after, between);
    const d = a.mean - b.mean;
    const se = Math.sqrt(a.variance + b.variance);
    const lo = d - z * se;
    const hi = d + z * se;
    const verdict: Verdict = hi < floor
      ? "REGRESSION"
      : lo > ceiling
      ? "faster"
      : lo >= floor
      ? "ok"
      : "noisy";
    return {
      runtime: r.runtime,
      name: r.name,
      before: Math.exp(b.mean),
      after: Math.exp(a.mean),
      change: Math.exp(d) - 1,
      low: Math.exp(lo) - 1,
      high: Math.exp(hi) - 1,
      verdict,
    };
  });
}

/** How one runtime's results meet a baseline. */
export interface Pairing {
  /** The runtime. */
  runtime: string;
  /** Rows to judge. */
  rows: RowSample[];
  /** Rows this run measured that the baseline lacks. */
  added: string[];
  /** Rows the baseline has that this run did not measure. */
  missing: string[];
  /** Rows left unjudged, with the reason. */
  skipped: { name: string; why: string }[];
  /** Why the whole runtime gets no verdict, if it does not. */
  noVerdict?: string;
  /** Differences accepted because the baseline was given explicitly. */
  warnings: string[];
}

/**
 * Pairs one runtime's results with a baseline's rows.
 *
 * @param results The runtime's results.
 * @param baseline The baseline.
 * @param explicit Whether the user named the baseline (differences are then warnings).
 * @returns The pairing.
 */
export function pair(results: RuntimeResults, baseline: BaselineFile, explicit: boolean): Pairing {
  const out: Pairing = {
    runtime: results.runtime,
    rows: [],
    added: [],
    missing: [],
    skipped: [],
    warnings: [],
  };
  const mine = baseline.runtimes[results.runtime];
  if (!mine) {
    out.noVerdict = `the baseline has no ${results.runtime} rows`;
    return out;
  }
  const fp = results.fingerprint;
  const differences = machineDifferences(fp.machine, baseline.machine);
  if (fp.runtime !== mine.runtime) {
    differences.push(`runtime: ${fp.runtime} here, ${mine.runtime} there`);
  }
  if (results.smoke !== baseline.smoke) {
    differences.push(
      `kind: ${results.smoke ? "smoke" : "full"} run here, ${
        baseline.smoke ? "smoke" : "full"
      } there`,
    );
  }
  if (differences.length && !explicit) {
    out.noVerdict = differences.join("; ");
    return out;
  }
  out.warnings.push(...differences);
  const moduleDiffers = fp.module !== mine.module && fp.module !== "none" && mine.module !== "none";
  if (moduleDiffers && explicit) {
    out.warnings.push(`module rows: ran ${fp.module} here, ${mine.module} there`);
  }
  const measured = new Set<string>();
  for (const c of results.comparisons) {
    measured.add(c.name);
    const row: BaselineRow | undefined = mine.rows[c.name];
    if (!row) {
      out.added.push(c.name);
    } else if (c.part === "module" && moduleDiffers && !explicit) {
      out.skipped.push({ name: c.name, why: `module ran ${fp.module} here, ${mine.module} there` });
    } else {
      out.rows.push({
        runtime: results.runtime,
        name: c.name,
        before: row.processes,
        after: c.runs.map((r) => summarize(r)),
      });
    }
  }
  out.missing = Object.keys(mine.rows).filter((n) => !measured.has(n));
  return out;
}

function pct(x: number): string {
  return `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
}

/**
 * Renders one runtime's changes as markdown.
 *
 * @param runtime The runtime's name and version.
 * @param changes Its changes.
 * @param threshold The threshold used.
 * @returns The markdown table.
 */
export function markdown(runtime: string, changes: readonly Change[], threshold: number): string {
  const lines = [
    `### ${runtime}: ratios against the baseline (REGRESSION: the whole interval below -${
      (threshold * 100).toFixed(0)
    }%)`,
    "",
    "| benchmark | baseline ratio | new ratio | change | interval | verdict |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const c of changes) {
    lines.push(
      `| ${c.name} | ${c.before.toFixed(3)} | ${c.after.toFixed(3)} | ${pct(c.change)} | ${
        pct(c.low)
      } to ${pct(c.high)} | ${c.verdict} |`,
    );
  }
  return lines.join("\n");
}

/** Options of {@linkcode gate}. */
export interface GateOptions {
  /** Baselines named by the user: compared whatever machine they come from. */
  explicit: BaselineFile[];
  /** The directory searched by fingerprint when `explicit` is empty. */
  dir: string;
  /** Allowed worsening of a ratio. */
  threshold: number;
  /** Family-wise false-alarm rate (default 0.01). */
  alpha?: number;
}

/**
 * Runs the gate over one run's results and prints what it finds.
 *
 * @param results One results file per runtime.
 * @param options Baselines, threshold, alpha.
 * @param print Where the report goes.
 * @returns 1 when a row regressed, else 0.
 */
export function gate(
  results: readonly RuntimeResults[],
  options: GateOptions,
  print: (line: string) => void = console.log,
): number {
  const smoke = results.every((r) => r.smoke);
  const machine = results[0].fingerprint.machine;
  let candidates: FoundBaseline[];
  const explicit = options.explicit.length > 0;
  if (explicit) {
    candidates = options.explicit.map((baseline) => ({ path: "--baseline", baseline }));
  } else {
    const { found, unreadable } = listBaselines(options.dir, smoke);
    candidates = found.filter((f) => machineDifferences(machine, f.baseline.machine).length === 0);
    if (candidates.length === 0) {
      print(
        `bench: no ${smoke ? "smoke " : ""}baseline was recorded on this machine (${
          describeMachine(machine)
        }): no regression verdict.`,
      );
      if (found.length) {
        print(`The baselines in ${options.dir} come from other machines:`);
        for (const f of found) {
          const diff = machineDifferences(machine, f.baseline.machine).map((d) => d.split(":")[0]);
          print(
            `  ${f.path}: ${describeMachine(f.baseline.machine)} (differs in ${diff.join(", ")})`,
          );
        }
      }
      for (const u of unreadable) print(`  ${u}: an older format without a fingerprint, ignored`);
      print(
        `Ratios from another machine are no verdict on this one. Record this machine's baseline with\n` +
          `npm run bench -- ${
            smoke ? "--smoke " : ""
          }--update-baseline, or compare with a file of your choice with --baseline FILE.`,
      );
      return 0;
    }
  }
  const pairings: Pairing[] = [];
  for (const r of results) {
    const withRuntime = candidates.find((c) => c.baseline.runtimes[r.runtime]) ?? candidates[0];
    const p = pair(r, withRuntime.baseline, explicit);
    pairings.push(p);
    print(
      `\n${r.runtime}: baseline ${withRuntime.path} (recorded ${withRuntime.baseline.recorded})`,
    );
    for (const w of p.warnings) print(`  warning: compared although ${w}`);
  }
  const all = pairings.flatMap((p) => p.rows);
  const changes = judge(all, options);
  let regressions = 0;
  for (const p of pairings) {
    const mine = changes.filter((c) => c.runtime === p.runtime);
    const label = results.find((r) => r.runtime === p.runtime)?.fingerprint.runtime ?? p.runtime;
    print("");
    if (p.noVerdict) {
      print(`${label}: no regression verdict: ${p.noVerdict}.`);
      print(
        `Record this machine's baseline with npm run bench -- ${
          smoke ? "--smoke " : ""
        }--update-baseline.`,
      );
      continue;
    }
    print(markdown(label, mine, options.threshold));
    if (p.added.length) print(`\nnew, no baseline (never fails): ${p.added.join("; ")}`);
    if (p.missing.length) print(`not measured in this run: ${p.missing.join("; ")}`);
    for (const s of p.skipped) print(`not compared: ${s.name}: ${s.why}`);
    const bad = mine.filter((c) => c.verdict === "REGRESSION");
    const noisy = mine.filter((c) => c.verdict === "noisy");
    regressions += bad.length;
    if (bad.length) {
      print(`\n${p.runtime}: ${bad.length} regression(s): ${bad.map((c) => c.name).join("; ")}`);
    } else print(`\n${p.runtime}: no regression in ${mine.length} ratios`);
    const faster = mine.filter((c) => c.verdict === "faster");
    if (faster.length) {
      print(
        `(${faster.length} faster beyond the threshold: record a new baseline to keep the gate sharp)`,
      );
    }
    if (noisy.length) {
      print(
        `(${noisy.length} too noisy to tell: their intervals reach below -${
          (options.threshold * 100).toFixed(0)
        }% but not wholly)`,
      );
    }
  }
  print(
    `\nbench: ${all.length} rows judged at a family-wise false-alarm rate of ${
      options.alpha ?? FAMILY_ALPHA
    } (each interval at ${
      (100 * (1 - 2 * (options.alpha ?? FAMILY_ALPHA) / Math.max(1, all.length))).toFixed(3)
    }%)`,
  );
  return regressions > 0 ? 1 : 0;
}

function usage(message: string): never {
  console.error(`compare.ts: ${message}`);
  console.error(
    "usage: compare.ts [--baseline FILE]... [--baselines DIR] [--threshold 0.08] RESULTS.json...",
  );
  process.exit(2);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const explicit: BaselineFile[] = [];
  const files: string[] = [];
  let dir = "bench/baselines";
  let threshold = DEFAULT_THRESHOLD;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => args[++i] ?? usage(`${a} needs a value`);
    if (a === "--baseline") {
      const path = value();
      try {
        explicit.push(readBaseline(path));
      } catch (err) {
        usage(`cannot read the baseline ${path}: ${(err as Error).message}`);
      }
    } else if (a === "--baselines") dir = value();
    else if (a === "--threshold") threshold = Number(value());
    else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (!(threshold > 0 && threshold < 1)) usage(`--threshold must be between 0 and 1`);
  if (files.length === 0) usage("no results given");
  let results: RuntimeResults[];
  try {
    results = files.map((f) => JSON.parse(readFileSync(f, "utf8")) as RuntimeResults);
  } catch (err) {
    usage(`cannot read the results: ${(err as Error).message}`);
  }
  if (results.some((r) => !r.fingerprint || !r.comparisons?.every((c) => Array.isArray(c.runs)))) {
    usage("the results are not of this format: rerun npm run bench");
  }
  process.exit(gate(results, { explicit, dir, threshold }));
}
