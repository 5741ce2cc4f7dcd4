/**
 * Merges the suite's part files of one runtime (each part may have run in
 * several processes) into `bench/results/<runtime>.json` and prints the
 * results table.
 *
 * Usage: `bun bench/report.ts --out bench/results/deno.json part1.json part2.json ...`
 * (`--markdown` prints a markdown table instead of the terminal one).
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { type Fingerprint, probeToolchain, type ProcessFingerprint } from "./fingerprint.ts";
import type { Comparison } from "./interleave.ts";
import { betweenProcessVariance, median, pool, summarize } from "./stats.ts";
import type { PartResults } from "./suite.ts";

/** One benchmark row of a runtime, over every process that measured it. */
export interface Row extends Omit<Comparison, "ratios" | "times"> {
  /** The suite's part that measured it: `"codec"`, `"host"` or `"module"`. */
  part: string;
  /** Each process's per-round ratios. */
  runs: number[][];
  /** Each process's per-round time per operation of nlrt, in ns. */
  times: number[][];
}

/** One runtime's merged results: what the comparison reads. */
export interface RuntimeResults {
  /** `"deno"` or `"bun"`. */
  runtime: string;
  /** The runtime's version. */
  version: string;
  /** ISO date of the run. */
  date: string;
  /** Whether the parts were smoke runs. */
  smoke: boolean;
  /** The machine, the runtime, and where the module rows ran. */
  fingerprint: Fingerprint;
  /**
   * Every row, named `environment: name`. Times are the median over
   * processes; `ratio` is the random-effects mean of the processes'
   * median ratios (`stats.ts`); `runs` holds every round.
   */
  comparisons: Row[];
  /** Heap bytes per operation, by codec benchmark. */
  allocations: Record<string, number>;
  /** mitata's codec report (no samples, no debug data). */
  mitata: unknown;
}

function moduleEnvironment(parts: PartResults[]): string {
  const m = parts.find((p) => p.part === "module");
  if (!m) return "none";
  const f = m.fingerprint;
  if (!f) return m.environment;
  return f.environment === "vm" ? `vm ${f.kernel}, ${f.cpu}` : `native ${f.kernel}`;
}

/**
 * Merges part results.
 *
 * @param parts The parts of one runtime, each part possibly several times
 *   (one file per process).
 * @param toolchain The C compiler and libmnl that built the reference
 *   (default: probed on this machine).
 * @returns The merged results.
 * @throws {RangeError} When no part is given.
 */
export function merge(
  parts: PartResults[],
  toolchain: { cc: string; libmnl: string } = probeToolchain(),
): RuntimeResults {
  if (parts.length === 0) throw new RangeError("Cannot merge results: no part given");
  const first = parts.find((p) => p.environment === "host") ?? parts[0];
  const seen: ProcessFingerprint = first.fingerprint ?? {
    cpu: first.cpu,
    cores: 0,
    kernel: "unknown",
    runtime: first.runtime,
    version: first.version,
    environment: first.environment,
  };
  const byName = new Map<string, { part: string; list: Comparison[] }>();
  for (const p of parts) {
    for (const c of p.comparisons) {
      const name = `${p.environment}: ${c.name}`;
      const entry = byName.get(name) ?? { part: p.part, list: [] };
      entry.list.push(c);
      byName.set(name, entry);
    }
  }
  const comparisons: Row[] = [];
  for (const [name, { part, list }] of byName) {
    const runs = list.map((c) => c.ratios ?? [c.ratio]);
    const summaries = runs.map((r) => summarize(r));
    const ratio = Math.exp(pool(summaries, betweenProcessVariance(summaries)).mean);
    const ns = median(list.map((c) => c.ns));
    const { ratios: _, times: __, ...shape } = list[0];
    comparisons.push({
      ...shape,
      name,
      part,
      ns,
      perSecond: 1e9 / ns,
      referenceNs: median(list.map((c) => c.referenceNs)),
      ratio,
      runs,
      times: list.map((c) => c.times ?? [c.ns]),
    });
  }
  const codec = parts.find((p) => p.codec)?.codec;
  return {
    runtime: first.runtime,
    version: first.version,
    date: first.date,
    smoke: parts.every((p) => p.smoke),
    fingerprint: {
      machine: { cpu: seen.cpu, cores: seen.cores, kernel: seen.kernel, ...toolchain },
      runtime: `${first.runtime} ${first.version}`,
      module: moduleEnvironment(parts),
    },
    comparisons,
    allocations: codec?.allocations ?? {},
    mitata: codec?.mitata,
  };
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
  if (out) writeFileSync(out, JSON.stringify(merged) + "\n");
  const processes = Math.max(...merged.comparisons.map((c) => c.runs.length));
  const rounds = median(merged.comparisons.flatMap((c) => c.runs.map((r) => r.length)));
  console.log(
    `${merged.runtime} ${merged.version}: ${merged.comparisons.length} rows, ${processes} process(es) each, ${rounds} rounds per process (median)`,
  );
  console.log(table(rows(merged), markdown));
  const alloc = Object.entries(merged.allocations)
    // NaN (null in JSON): every interval of the measurement saw a collection.
    .map(([k, v]) => `${k}: ${typeof v === "number" && isFinite(v) ? v.toFixed(2) : "n/a"} B/op`)
    .join("; ");
  if (alloc) {
    console.log(`${markdown ? "\n" : ""}heap allocated per operation (steady state): ${alloc}`);
  }
}
