/**
 * Merges the suite's part files of one runtime into `bench/results/<runtime>.json`
 * and prints the results table.
 *
 * Usage: `bun bench/report.ts --out bench/results/deno.json part1.json part2.json`
 * (`--markdown` prints a markdown table instead of the terminal one).
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Comparison } from "./interleave.ts";
import type { PartResults } from "./suite.ts";

/** One runtime's merged results: what the comparison reads. */
export interface RuntimeResults {
  /** `"deno"` or `"bun"`. */
  runtime: string;
  /** The runtime's version. */
  version: string;
  /** ISO date of the run. */
  date: string;
  /** CPU model. */
  cpu: string;
  /** Whether the parts were smoke runs. */
  smoke: boolean;
  /** Every comparison, named `environment: name`. */
  comparisons: Comparison[];
  /** Heap bytes per operation, by codec benchmark. */
  allocations: Record<string, number>;
  /** mitata's codec report (no samples, no debug data). */
  mitata: unknown;
}

/**
 * Merges part results.
 *
 * @param parts The parts of one runtime.
 * @returns The merged results.
 */
export function merge(parts: PartResults[]): RuntimeResults {
  const first = parts[0];
  const merged: RuntimeResults = {
    runtime: first.runtime,
    version: first.version,
    date: first.date,
    cpu: first.cpu,
    smoke: parts.every((p) => p.smoke),
    comparisons: [],
    allocations: {},
    mitata: undefined,
  };
  for (const p of parts) {
    for (const c of p.comparisons) {
      merged.comparisons.push({ ...c, name: `${p.environment}: ${c.name}` });
    }
    if (p.codec) {
      merged.allocations = p.codec.allocations;
      merged.mitata = p.codec.mitata;
    }
  }
  return merged;
}

function fmtNs(ns: number): string {
  return ns >= 1e6
    ? `${(ns / 1e6).toFixed(2)} ms`
    : ns >= 1e3
    ? `${(ns / 1e3).toFixed(2)} µs`
    : `${ns.toFixed(1)} ns`;
}

function fmtRate(perSecond: number): string {
  return perSecond >= 1e6
    ? `${(perSecond / 1e6).toFixed(2)} M/s`
    : `${(perSecond / 1e3).toFixed(1)} k/s`;
}

/**
 * The results as table rows.
 *
 * @param r Merged results.
 * @returns Rows: runtime, benchmark, time, rate, ratio, target, verdict.
 */
export function rows(r: RuntimeResults): string[][] {
  return r.comparisons.map((c) => [
    `${r.runtime} ${r.version}`,
    c.name,
    `${fmtNs(c.ns)}/${c.unit}`,
    `${fmtRate(c.perSecond)}`,
    `${c.ratio.toFixed(3)} × ${c.reference}`,
    c.target === undefined ? "" : `≥ ${c.target}`,
    c.target === undefined
      ? ""
      : c.ratio >= c.target
      ? "met"
      : `missed by ${((1 - c.ratio / c.target) * 100).toFixed(1)}%`,
  ]);
}

const HEADER = ["runtime", "benchmark", "time", "rate", "ratio", "target", "verdict"];

/**
 * Renders rows as a terminal table or markdown.
 *
 * @param body The rows.
 * @param markdown Markdown instead of aligned text.
 * @returns The table.
 */
export function table(body: string[][], markdown: boolean): string {
  const all = [HEADER, ...body];
  if (markdown) {
    const line = (r: string[]) => `| ${r.join(" | ")} |`;
    return [line(HEADER), line(HEADER.map(() => "---")), ...body.map(line)].join("\n");
  }
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const markdown = args.includes("--markdown");
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith("--") && (outAt < 0 || i !== outAt + 1));
  const parts = files.filter((f) => existsSync(f)).map((f) =>
    JSON.parse(readFileSync(f, "utf8")) as PartResults
  );
  if (parts.length === 0) throw new Error(`no results among ${files.join(", ")}`);
  const merged = merge(parts);
  if (out) writeFileSync(out, JSON.stringify(merged, null, 1) + "\n");
  console.log(table(rows(merged), markdown));
  const alloc = Object.entries(merged.allocations)
    .map(([k, v]) => `${k}: ${v.toFixed(2)} B/op`)
    .join("; ");
  if (alloc) {
    console.log(`${markdown ? "\n" : ""}heap allocated per operation (steady state): ${alloc}`);
  }
}
