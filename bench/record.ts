/**
 * Baseline files: one per machine and kind of run, holding both runtimes.
 * `bench/baselines/<machine key>.smoke.json` (smoke runs) and
 * `bench/baselines/<machine key>.json` (full runs), where the key is the
 * machine's CPU, core count and kernel plus a hash of its whole
 * fingerprint (`fingerprint.ts`). The gate looks a baseline up by the
 * fingerprint stored inside, never by the file name.
 *
 * A baseline keeps, for every row, each recorded process's median ratio
 * and its standard error, and the between-process spread derived from
 * them: a distribution to compare with, not one lucky number.
 *
 * Usage: `bun bench/record.ts [--dir bench/baselines] RESULTS.json...`
 * (one results file per runtime, from `report.ts`); prints the file written.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  describeMachine,
  machineDifferences,
  type MachineFingerprint,
  machineKey,
} from "./fingerprint.ts";
import type { RuntimeResults } from "./report.ts";
import { betweenProcessVariance, pool, type ProcessSummary, summarize } from "./stats.ts";

/** One row of a baseline. */
export interface BaselineRow {
  /** The suite's part that measured it. */
  part: string;
  /** Unit of one operation. */
  unit: string;
  /** What the ratio compares against. */
  reference: string;
  /** The random-effects mean ratio over the recorded processes. */
  ratio: number;
  /** Between-process standard deviation of the log ratio. */
  between: number;
  /** Each recorded process: median ratio, its standard error (log), rounds. */
  processes: ProcessSummary[];
}

/** One runtime's part of a baseline. */
export interface BaselineRuntime {
  /** `"deno 2.9.6"`. */
  runtime: string;
  /** Where the module rows ran (see `Fingerprint.module`). */
  module: string;
  /** Rows by name. */
  rows: Record<string, BaselineRow>;
}

/** A baseline file. */
export interface BaselineFile {
  /** Always `"nlrt-bench-baseline"`. */
  kind: "nlrt-bench-baseline";
  /** Format version (2: fingerprinted, per-process summaries). */
  format: 2;
  /** ISO date of the recording. */
  recorded: string;
  /** Smoke or full runs. */
  smoke: boolean;
  /** The machine it was recorded on. */
  machine: MachineFingerprint;
  /** By runtime name (`"deno"`, `"bun"`). */
  runtimes: Record<string, BaselineRuntime>;
}

/** A baseline file found on disk. */
export interface FoundBaseline {
  /** Its path. */
  path: string;
  /** Its content. */
  baseline: BaselineFile;
}

/**
 * Builds a baseline from one run's results.
 *
 * @param results One results file per runtime, all of one run.
 * @returns The baseline.
 * @throws {RangeError} When no results are given or they mix machines or smoke and full runs.
 */
export function baselineOf(results: RuntimeResults[]): BaselineFile {
  if (results.length === 0) throw new RangeError("Cannot record a baseline from no results");
  const machine = results[0].fingerprint.machine;
  const smoke = results[0].smoke;
  const runtimes: Record<string, BaselineRuntime> = {};
  for (const r of results) {
    const diff = machineDifferences(r.fingerprint.machine, machine);
    if (diff.length || r.smoke !== smoke) {
      throw new RangeError(`Cannot record results of different machines or kinds of run together`);
    }
    const rows: Record<string, BaselineRow> = {};
    for (const c of r.comparisons) {
      const processes = c.runs.map((run) => summarize(run));
      const between = betweenProcessVariance(processes);
      rows[c.name] = {
        part: c.part,
        unit: c.unit,
        reference: c.reference,
        ratio: round(Math.exp(pool(processes, between).mean)),
        between: round(Math.sqrt(between)),
        processes: processes.map((p) => ({
          ratio: round(p.ratio),
          se: round(p.se),
          rounds: p.rounds,
        })),
      };
    }
    runtimes[r.runtime] = { runtime: r.fingerprint.runtime, module: r.fingerprint.module, rows };
  }
  return {
    kind: "nlrt-bench-baseline",
    format: 2,
    recorded: results[0].date,
    smoke,
    machine,
    runtimes,
  };
}

/**
 * A baseline as JSON, two-space indented as `deno fmt` leaves it, one
 * process per line.
 *
 * @param baseline The baseline.
 * @returns The file's text.
 */
export function format(baseline: BaselineFile): string {
  return JSON.stringify(baseline, null, 2).replace(
    /\{\n\s+"ratio": ([^,]+),\n\s+"se": ([^,]+),\n\s+"rounds": (\d+)\n\s+\}/g,
    '{ "ratio": $1, "se": $2, "rounds": $3 }',
  ) + "\n";
}

function round(x: number): number {
  return Number(x.toPrecision(5));
}

/**
 * Where a machine's baseline goes.
 *
 * @param dir The baselines directory.
 * @param machine The machine.
 * @param smoke Smoke or full runs.
 * @returns The path.
 */
export function baselinePath(dir: string, machine: MachineFingerprint, smoke: boolean): string {
  return join(dir, `${machineKey(machine)}${smoke ? ".smoke" : ""}.json`);
}

/**
 * Reads a baseline file.
 *
 * @param path Its path.
 * @returns The baseline.
 * @throws {TypeError} When the file is not a baseline of this format.
 */
export function readBaseline(path: string): BaselineFile {
  const data = JSON.parse(readFileSync(path, "utf8")) as Partial<BaselineFile>;
  if (data.kind !== "nlrt-bench-baseline" || data.format !== 2 || !data.machine || !data.runtimes) {
    throw new TypeError(
      `${path} is not a baseline of this format (record one with npm run bench -- --update-baseline)`,
    );
  }
  return data as BaselineFile;
}

/**
 * Every baseline of one kind in a directory; files of other formats are
 * named in `unreadable`.
 *
 * @param dir The directory.
 * @param smoke Smoke or full baselines.
 * @returns The baselines, newest first, and the files that could not be read.
 */
export function listBaselines(
  dir: string,
  smoke: boolean,
): { found: FoundBaseline[]; unreadable: string[] } {
  const found: FoundBaseline[] = [];
  const unreadable: string[] = [];
  if (!existsSync(dir)) return { found, unreadable };
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".json") || f.endsWith(".smoke.json") !== smoke) continue;
    const path = join(dir, f);
    try {
      found.push({ path, baseline: readBaseline(path) });
    } catch {
      unreadable.push(path);
    }
  }
  found.sort((a, b) => b.baseline.recorded.localeCompare(a.baseline.recorded));
  return { found, unreadable };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--dir");
  const dir = at >= 0 ? args[at + 1] : "bench/baselines";
  const files = args.filter((a, i) => !a.startsWith("--") && (at < 0 || i !== at + 1));
  if (files.length === 0) {
    console.error("usage: record.ts [--dir bench/baselines] RESULTS.json...");
    process.exit(2);
  }
  const results = files.map((f) => JSON.parse(readFileSync(f, "utf8")) as RuntimeResults);
  const baseline = baselineOf(results);
  const path = baselinePath(dir, baseline.machine, baseline.smoke);
  writeFileSync(path, format(baseline));
  const processes = Math.max(
    ...Object.values(baseline.runtimes).flatMap((r) =>
      Object.values(r.rows).map((row) => row.processes.length)
    ),
  );
  console.log(
    `bench: recorded ${path} (${describeMachine(baseline.machine)}; ${
      Object.values(baseline.runtimes).map((r) => r.runtime).join(", ")
    }; ${processes} process(es) per row)`,
  );
}
