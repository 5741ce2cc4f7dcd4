/**
 * Compares a runtime's results with its committed baseline by ratios to
 * the reference (C or the synchronous path), which are measured in the same
 * run and so survive a noisy machine better than absolute times. Prints a
 * markdown table of changes; exits 1 when a ratio worsened by more than the
 * threshold (default 15%).
 *
 * Usage: `bun bench/compare.ts BASELINE.json RESULTS.json [--threshold 0.15]`
 *
 * @module
 */
import { readFileSync } from "node:fs";
import type { RuntimeResults } from "./report.ts";

/** One compared metric. */
export interface Change {
  /** The comparison's name. */
  name: string;
  /** Baseline ratio. */
  before: number;
  /** New ratio. */
  after: number;
  /** Relative change of the ratio (negative is worse). */
  change: number;
  /** Whether it worsened beyond the threshold. */
  regressed: boolean;
}

/**
 * Compares results with a baseline.
 *
 * @param baseline The committed baseline.
 * @param results The new results.
 * @param threshold Allowed relative worsening, e.g. 0.15.
 * @returns Changes for the metrics both have, and names only one has.
 */
export function compare(
  baseline: RuntimeResults,
  results: RuntimeResults,
  threshold: number,
): { changes: Change[]; missing: string[]; added: string[] } {
  const before = new Map(baseline.comparisons.map((c) => [c.name, c.ratio]));
  const after = new Map(results.comparisons.map((c) => [c.name, c.ratio]));
  const changes: Change[] = [];
  for (const [name, a] of after) {
    const b = before.get(name);
    if (b === undefined) continue;
    const change = a / b - 1;
    changes.push({ name, before: b, after: a, change, regressed: change < -threshold });
  }
  return {
    changes,
    missing: [...before.keys()].filter((n) => !after.has(n)),
    added: [...after.keys()].filter((n) => !before.has(n)),
  };
}

/**
 * Renders changes as markdown.
 *
 * @param runtime The runtime's name.
 * @param changes The changes.
 * @param threshold The threshold used.
 * @returns The markdown table.
 */
export function markdown(runtime: string, changes: Change[], threshold: number): string {
  const lines = [
    `### ${runtime}: ratios against the baseline (regression: worse by more than ${
      (threshold * 100).toFixed(0)
    }%)`,
    "",
    "| benchmark | baseline ratio | new ratio | change | verdict |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const c of changes) {
    const pct = `${c.change >= 0 ? "+" : ""}${(c.change * 100).toFixed(1)}%`;
    lines.push(
      `| ${c.name} | ${c.before.toFixed(3)} | ${c.after.toFixed(3)} | ${pct} | ${
        c.regressed ? "REGRESSION" : "ok"
      } |`,
    );
  }
  return lines.join("\n");
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--threshold");
  const threshold = at >= 0 ? Number(args[at + 1]) : 0.15;
  const [basePath, resultsPath] = args.filter((a, i) =>
    !a.startsWith("--") && (at < 0 || i !== at + 1)
  );
  if (!basePath || !resultsPath || !(threshold > 0 && threshold < 1)) {
    console.error("usage: compare.ts BASELINE.json RESULTS.json [--threshold 0.15]");
    process.exit(2);
  }
  const baseline = JSON.parse(readFileSync(basePath, "utf8")) as RuntimeResults;
  const results = JSON.parse(readFileSync(resultsPath, "utf8")) as RuntimeResults;
  const { changes, missing, added } = compare(baseline, results, threshold);
  console.log(markdown(results.runtime, changes, threshold));
  if (missing.length) console.log(`\nnot measured in this run: ${missing.join("; ")}`);
  if (added.length) console.log(`new, no baseline yet: ${added.join("; ")}`);
  const regressed = changes.filter((c) => c.regressed);
  if (changes.length === 0) {
    console.log("\nno metric in common with the baseline: nothing compared");
    process.exit(1);
  }
  if (regressed.length) {
    console.log(`\n${regressed.length} regression(s): ${regressed.map((c) => c.name).join("; ")}`);
    process.exit(1);
  }
  console.log(`\nno regression in ${changes.length} ratios`);
}
