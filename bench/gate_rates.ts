/**
 * Measures the benchmark gate's error rates on this machine: how often a
 * smoke run of the unchanged tree fails (false alarms), and how often it
 * catches a planted slowdown of the codec and of `request()`.
 *
 * The tree is copied to a temporary directory (the working tree as it is,
 * without `.git` and `node_modules`, which is linked); the copy's
 * `bench/suite.ts` imports `bench/plant.ts`, which slows the chosen methods
 * when `NLRT_PLANT` is set (see there). The delay is sized from the first
 * unchanged run: `--slowdown` (0.2) of nlrt's time per message on the codec
 * row, split between `MessageWriter.end()` and `MessageReader.attributes()`,
 * and of nlrt's time per round trip on the ping row (the fastest
 * `request()` row) for `request()`; the time is the 10th percentile over
 * the rounds, the operation's time when the machine let it run, not what
 * a busy moment stretched it to. Runs alternate between the three kinds
 * so that the machine's moods fall on all alike. An unchanged run is CI's
 * whole smoke run; a planted run runs only the part holding its row
 * (`--part codec` or `--part host`). When no smoke baseline of
 * this machine exists (or with `--record`), one is recorded in the copy
 * first. Every run's log and results stay in a logs directory.
 *
 * Usage: `bun bench/gate_rates.ts [--unchanged 20] [--codec 20] [--request 20]
 * [--slowdown 0.2] [--repeat 2] [--threshold 0.08] [--record]`; or
 * `bun bench/gate_rates.ts --rejudge LOGS [--threshold T] [--baseline FILE]`
 * to judge the stored runs of an earlier measurement again (after a change
 * of the gate's rule or threshold) against the committed baseline of their
 * machine or FILE.
 *
 * Exit status: 0 when the gate met the bar here (no false failure, at least
 * 95% of each planted slowdown caught), 1 when it did not, 2 on a usage
 * error.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  describeMachine,
  machineDifferences,
  probeProcess,
  probeToolchain,
} from "./fingerprint.ts";
import { gate } from "./compare.ts";
import { type BaselineFile, listBaselines, readBaseline } from "./record.ts";
import type { RuntimeResults } from "./report.ts";
import { median, pool, quantile, summarize } from "./stats.ts";

/** What a run had planted. */
export type Kind = "unchanged" | "codec" | "request";

/** One smoke run of the copy. */
export interface GateRun {
  /** What was planted. */
  kind: Kind;
  /** run.sh's exit status. */
  status: number;
  /** Wall time in seconds. */
  seconds: number;
  /** One-minute load average before the run. */
  load: number;
  /** Rows judged REGRESSION, as `runtime: row`. */
  flagged: string[];
  /** Each runtime's results. */
  results: RuntimeResults[];
}

/** What `runs.json` in a logs directory holds: how the runs went. */
export interface RunLog {
  /** The machine, described. */
  machine: string;
  /** Processes per part. */
  repeat: number;
  /** The threshold the runs used. */
  threshold: number;
  /** The planted slowdown. */
  slowdown: number;
  /** Each run: the file-name stem of its log and results, and how it went. */
  runs: { name: string; kind: Kind; status: number; seconds: number; load: number }[];
}

/**
 * The part a planted run runs: the one holding the slowed row. An unchanged
 * run is the whole smoke run CI makes (every row can give a false alarm); a
 * planted run is caught only by what its slowdown did, not by a false alarm
 * elsewhere, and takes half the time.
 */
const PLANTED_PART = { codec: "codec", request: "host" } as const;

/** The runtimes run.sh runs, whose results a run keeps. */
const RUNTIMES = ["deno", "bun", "node"] as const;

const CODEC_ROW = /encode \+ decode/;
const PING_ROW = /ping \(NOOP \+ ack\) request\(\)$/;

/**
 * The rows a run's output judged REGRESSION.
 *
 * @param output run.sh's output.
 * @returns `runtime: row` for each.
 */
export function flaggedRows(output: string): string[] {
  const out: string[] = [];
  let runtime = "";
  for (const line of output.split("\n")) {
    const head = /^### (\S+)/.exec(line);
    if (head) runtime = head[1];
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length > 2 && cells[cells.length - 2] === "REGRESSION") {
      out.push(`${runtime}: ${cells[1]}`);
    }
  }
  return out;
}

/**
 * The schedule of runs: one unchanged run first (it sizes the delays),
 * then the kinds in turn until each has its count.
 *
 * @param counts Runs of each kind.
 * @returns The kinds in order.
 */
export function schedule(counts: Record<Kind, number>): Kind[] {
  const left = { ...counts };
  const order: Kind[] = [];
  if (left.unchanged > 0) {
    order.push("unchanged");
    left.unchanged--;
  }
  while (left.unchanged + left.codec + left.request > 0) {
    for (const k of ["codec", "request", "unchanged"] as const) {
      if (left[k] > 0) {
        order.push(k);
        left[k]--;
      }
    }
  }
  return order;
}

/** The row of a runtime's results whose name matches. */
function rowOf(r: RuntimeResults, pattern: RegExp) {
  return r.comparisons.find((c) => pattern.test(c.name));
}

/**
 * How much the planted runs moved a row, against the unchanged runs: the
 * change of the mean log ratio over all their processes.
 *
 * @param runs All runs.
 * @param kind The planted kind.
 * @param runtime The runtime.
 * @param pattern The row.
 * @returns The relative change of the ratio (e.g. -0.167), or NaN.
 */
function achieved(runs: GateRun[], kind: Kind, runtime: string, pattern: RegExp): number {
  const mean = (k: Kind) => {
    const summaries = runs.filter((r) => r.kind === k).flatMap((r) => {
      const row = r.results.find((x) => x.runtime === runtime);
      const c = row && rowOf(row, pattern);
      return c ? c.runs.map((x) => summarize(x)) : [];
    });
    return summaries.length ? pool(summaries, 0).mean : NaN;
  };
  return Math.exp(mean(kind) - mean("unchanged")) - 1;
}

/**
 * Judges stored runs again, from their results files: for a change of the
 * gate's rule or threshold, without measuring again. A run whose
 * benchmarks could not run keeps its status.
 *
 * @param logs The logs directory of an earlier measurement.
 * @param options The baseline and threshold to judge with.
 * @returns The runs, judged anew.
 */
export function rejudge(
  logs: string,
  options: { baseline: BaselineFile; threshold: number },
): GateRun[] {
  const log = JSON.parse(readFileSync(join(logs, "runs.json"), "utf8")) as RunLog;
  return log.runs.map((r) => {
    const results = RUNTIMES.map((rt) => join(logs, `${r.name}-${rt}.json`))
      .filter((f) => existsSync(f))
      .map((f) => JSON.parse(readFileSync(f, "utf8")) as RuntimeResults);
    if (results.length === 0) return { ...r, flagged: [], results };
    const lines: string[] = [];
    const status = gate(
      results,
      { explicit: [options.baseline], dir: "", threshold: options.threshold },
      (line) => lines.push(line),
    );
    return { ...r, status, flagged: flaggedRows(lines.join("\n")), results };
  });
}

function pct(x: number): string {
  return Number.isNaN(x) ? "n/a" : `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
}

/**
 * Prints the rates and writes them to `summary.md` in the logs directory.
 *
 * @param runs The runs.
 * @param context What the runs were: machine, options, logs directory.
 * @returns Whether the gate met the bar (no false failure, at least 95% caught).
 */
export function report(
  runs: GateRun[],
  context: { machine: string; repeat: number; threshold: number; slowdown: number; logs: string },
): boolean {
  const { repeat, threshold, slowdown } = context;
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    console.log(s);
  };
  const loads = runs.map((r) => r.load);
  say("");
  say(`## Gate error rates, ${new Date().toISOString().slice(0, 16)}Z`);
  say(
    `machine: ${context.machine}; smoke runs with --repeat ${repeat}, --threshold ${threshold}; ` +
      `one-minute load before a run: median ${median(loads).toFixed(2)}, ${
        Math.min(...loads).toFixed(2)
      } to ${Math.max(...loads).toFixed(2)}; a smoke run took ${
        median(runs.map((r) => r.seconds)).toFixed(0)
      } s (median)`,
  );
  let met = true;
  for (const kind of ["unchanged", "codec", "request"] as const) {
    const mine = runs.filter((r) => r.kind === kind);
    if (mine.length === 0) continue;
    const failed = mine.filter((r) => r.status === 1).length;
    const broken = mine.filter((r) => r.status !== 0 && r.status !== 1).length;
    const rows = new Map<string, number>();
    for (const r of mine) for (const f of r.flagged) rows.set(f, (rows.get(f) ?? 0) + 1);
    const which = [...rows].map(([k, v]) => `${k} (${v})`).join("; ");
    if (kind === "unchanged") {
      say(
        `- unchanged tree: ${failed} false failure(s) in ${mine.length} runs${
          which ? `: ${which}` : ""
        }`,
      );
      met &&= failed === 0;
    } else {
      const pattern = kind === "codec" ? CODEC_ROW : PING_ROW;
      const moved = RUNTIMES.map((rt) => `${rt} ${pct(achieved(runs, kind, rt, pattern))}`);
      const what = kind === "codec"
        ? "codec (MessageWriter.end + MessageReader.attributes)"
        : "request()";
      say(
        `- ${what} slowed by ${slowdown * 100}%: caught ${failed} of ${mine.length}` +
          ` (codec/ping row ratio moved: ${moved.join(", ")}); flagged: ${which || "none"}`,
      );
      met &&= failed >= Math.ceil(0.95 * mine.length);
    }
    if (broken) say(`  (${broken} run(s) could not run the benchmarks: see the logs)`);
  }
  say(`logs and results: ${context.logs}`);
  writeFileSync(join(context.logs, "summary.md"), lines.join("\n") + "\n");
  return met;
}

function usage(message: string): never {
  console.error(`gate_rates.ts: ${message}`);
  console.error(
    "usage: gate_rates.ts [--unchanged N] [--codec N] [--request N] [--slowdown 0.2] [--repeat 2] [--threshold 0.08] [--record]\n" +
      "       gate_rates.ts --rejudge LOGS [--threshold 0.08] [--baseline FILE]",
  );
  process.exit(2);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const counts: Record<Kind, number> = { unchanged: 20, codec: 20, request: 20 };
  let slowdown = 0.2, repeat = 2, threshold = 0.08, record = false;
  let again = "", baselineFile = "";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const num = () => {
      const v = Number(args[++i]);
      if (!(v >= 0)) usage(`${a} needs a number`);
      return v;
    };
    if (a === "--unchanged") counts.unchanged = num();
    else if (a === "--codec") counts.codec = num();
    else if (a === "--request") counts.request = num();
    else if (a === "--slowdown") slowdown = num();
    else if (a === "--repeat") repeat = num();
    else if (a === "--threshold") threshold = num();
    else if (a === "--record") record = true;
    else if (a === "--rejudge") again = args[++i] ?? usage("--rejudge needs a logs directory");
    else if (a === "--baseline") baselineFile = args[++i] ?? usage("--baseline needs a file");
    else usage(`unknown option ${a}`);
  }
  if (!Number.isInteger(repeat) || repeat < 1) usage("--repeat must be a count of at least 1");
  if (again) {
    const log = JSON.parse(readFileSync(join(again, "runs.json"), "utf8")) as RunLog;
    const first = JSON.parse(
      readFileSync(join(again, `${log.runs[0].name}-deno.json`), "utf8"),
    ) as RuntimeResults;
    const found = baselineFile
      ? { baseline: readBaseline(baselineFile) }
      : listBaselines(fileURLToPath(new URL("baselines", import.meta.url)), true).found.find((
        f,
      ) => machineDifferences(first.fingerprint.machine, f.baseline.machine).length === 0);
    if (!found) usage("no baseline of the runs' machine: name one with --baseline FILE");
    const runs = rejudge(again, { baseline: found.baseline, threshold });
    console.log(`gate_rates: the runs of ${again} judged again with --threshold ${threshold}`);
    const met = report(runs, { ...log, threshold, logs: again });
    process.exit(met ? 0 : 1);
  }
  if (counts.unchanged < 1) {
    usage("--unchanged must be at least 1: the first unchanged run sizes the delays");
  }

  const root = fileURLToPath(new URL("..", import.meta.url));
  const work = mkdtempSync(join(tmpdir(), "nlrt-gate-"));
  const logs = mkdtempSync(join(tmpdir(), "nlrt-gate-logs-"));
  process.on("exit", () => rmSync(work, { recursive: true, force: true }));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
  const sh = (cmd: string) => {
    const r = spawnSync("bash", ["-c", cmd], { stdio: "inherit" });
    if (r.status !== 0) throw new Error(`failed: ${cmd}`);
  };
  sh(
    `tar -C '${root}' --exclude=./.git --exclude=./node_modules --exclude=./bench/results --exclude=./bench/.build --exclude=./.test-results -cf - . | tar -C '${work}' -xf -`,
  );
  symlinkSync(join(root, "node_modules"), join(work, "node_modules"));
  const suite = join(work, "bench/suite.ts");
  writeFileSync(suite, `import "./plant.ts";\n${readFileSync(suite, "utf8")}`);

  const seen = probeProcess();
  const machine = { cpu: seen.cpu, cores: seen.cores, kernel: seen.kernel, ...probeToolchain() };
  const baselines = listBaselines(join(work, "bench/baselines"), true).found.filter((f) =>
    machineDifferences(machine, f.baseline.machine).length === 0
  );
  console.log(`gate_rates: machine ${describeMachine(machine)}; copy in ${work}; logs in ${logs}`);
  if (record || baselines.length === 0) {
    console.log("gate_rates: recording a smoke baseline of this machine in the copy first");
    const r = spawnSync("bash", ["bench/run.sh", "--smoke", "--update-baseline"], {
      cwd: work,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    writeFileSync(join(logs, "record.log"), r.stdout + r.stderr);
    if (r.status !== 0) usage(`recording the baseline failed: see ${logs}/record.log`);
  } else {
    console.log(
      `gate_rates: judging against the committed ${baselines[0].path.slice(work.length + 1)}`,
    );
  }

  const runs: GateRun[] = [];
  const log: RunLog = { machine: describeMachine(machine), repeat, threshold, slowdown, runs: [] };
  const delays: Record<string, string> = {};
  const order = schedule(counts);
  for (const [i, kind] of order.entries()) {
    // Let a pending SIGINT or SIGTERM run its handler between runs.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const env: Record<string, string | undefined> = { ...process.env };
    delete env.NLRT_PLANT;
    if (kind !== "unchanged") Object.assign(env, { NLRT_PLANT: kind }, JSON.parse(delays[kind]));
    const load = loadavg()[0];
    const t0 = Date.now();
    const r = spawnSync(
      "bash",
      [
        "bench/run.sh",
        "--smoke",
        ...(kind === "unchanged" ? [] : ["--part", PLANTED_PART[kind]]),
        "--repeat",
        String(repeat),
        "--threshold",
        String(threshold),
      ],
      { cwd: work, env, encoding: "utf8", maxBuffer: 1 << 28 },
    );
    const output = r.stdout + r.stderr;
    const name = `${String(i + 1).padStart(2, "0")}-${kind}`;
    writeFileSync(join(logs, `${name}.log`), output);
    const results: RuntimeResults[] = [];
    for (const rt of RUNTIMES) {
      const f = join(work, "bench/results", `${rt}.json`);
      if (existsSync(f)) {
        copyFileSync(f, join(logs, `${name}-${rt}.json`));
        results.push(JSON.parse(readFileSync(f, "utf8")) as RuntimeResults);
      }
    }
    const run: GateRun = {
      kind,
      status: r.status ?? -1,
      seconds: (Date.now() - t0) / 1000,
      load,
      flagged: flaggedRows(output),
      results,
    };
    runs.push(run);
    log.runs.push({ name, kind, status: run.status, seconds: run.seconds, load });
    writeFileSync(join(logs, "runs.json"), JSON.stringify(log, null, 1) + "\n");
    console.log(
      `gate_rates: run ${i + 1}/${order.length} ${kind}: exit ${run.status}, ${
        run.seconds.toFixed(0)
      } s, load ${load.toFixed(2)}${
        run.flagged.length ? `, flagged: ${run.flagged.join("; ")}` : ""
      }`,
    );
    if (i === 0) {
      // Size the delays from this unchanged run's times per operation (a
      // low quantile over every round: the time the operation takes, not
      // what a busy moment of the machine made of it).
      const codec: Record<string, string> = {};
      const request: Record<string, string> = {};
      for (const res of results) {
        const key = `NLRT_PLANT_NS_${res.runtime.toUpperCase()}`;
        const c = rowOf(res, CODEC_ROW);
        const p = rowOf(res, PING_ROW);
        if (!c || !p) {
          usage(`the first unchanged run lacks the codec or ping row for ${res.runtime}`);
        }
        codec[key] = String((slowdown * quantile(c.times.flat(), 0.1)) / 2);
        request[key] = String(slowdown * quantile(p.times.flat(), 0.1));
      }
      delays.codec = JSON.stringify(codec);
      delays.request = JSON.stringify(request);
      console.log(
        `gate_rates: delays per call: codec ${delays.codec}, request() ${delays.request}`,
      );
    }
  }

  const met = report(runs, { ...log, logs });
  process.exit(met ? 0 : 1);
}
