/**
 * Folds a run into a baseline, keeping for each ratio the lower of the two:
 * recorded over several runs, a baseline is then the worst the machine
 * showed, so that the comparison flags regressions, not noise.
 *
 * Usage: `bun bench/envelope.ts BASELINE.json RESULTS.json` (writes BASELINE.json;
 * a missing baseline is created from the results).
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { RuntimeResults } from "./report.ts";

/**
 * The lower envelope of two results.
 *
 * @param baseline The baseline so far.
 * @param results A new run.
 * @returns The results, each ratio lowered to the baseline's where that is lower.
 */
export function envelope(baseline: RuntimeResults, results: RuntimeResults): RuntimeResults {
  const before = new Map(baseline.comparisons.map((c) => [c.name, c]));
  return {
    ...results,
    comparisons: results.comparisons.map((c) => {
      const b = before.get(c.name);
      return b !== undefined && b.ratio < c.ratio ? b : c;
    }),
  };
}

if (import.meta.main) {
  const [basePath, resultsPath] = process.argv.slice(2);
  const results = JSON.parse(readFileSync(resultsPath, "utf8")) as RuntimeResults;
  const merged = existsSync(basePath)
    ? envelope(JSON.parse(readFileSync(basePath, "utf8")) as RuntimeResults, results)
    : results;
  writeFileSync(basePath, JSON.stringify(merged, null, 1) + "\n");
}
