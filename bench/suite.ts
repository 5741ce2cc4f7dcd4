/**
 * The benchmark suite's entry point, run once per runtime:
 * `deno run -A bench/suite.ts --part host --out FILE [--smoke]` or
 * `bun bench/suite.ts ...` or `node bench/suite.ts ...`. Parts, each run in a fresh process so that one
 * part's JIT feedback does not slow another: `codec`, `host` (the host
 * kernel; run it in the benchmark namespace for the 400-link dump; it also
 * runs the memory figures of `bench/memory.ts` in a child process),
 * `memory` (those figures alone) and `module` (the test module; run it
 * where the module is loaded). Writes one JSON file, with what the process
 * saw of its machine (the fingerprint) and every round's ratio.
 * `--rounds MIN:MAX:MS` raises every comparison to at least MIN rounds, up
 * to MAX while its median is still uncertain, and every chunk to at least
 * MS ms (the smoke gate asks for 25:75:10; see `setRoundPolicy`).
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import { loadBaseline } from "./baseline.ts";
import { codecBenchmarks, type CodecResults } from "./codec.ts";
import { probeProcess, type ProcessFingerprint } from "./fingerprint.ts";
import { captureLinkDump, hostBenchmarks } from "./host.ts";
import { type Comparison, setRoundPolicy } from "./interleave.ts";
import { formatMemory, type MemoryFigure, memoryFigures, memoryFiguresInChild } from "./memory.ts";

/** One runtime's results for one part of the suite. */
export interface PartResults {
  /** `"deno"`, `"bun"` or `"node"`. */
  runtime: string;
  /** The runtime's version. */
  version: string;
  /** `"codec"`, `"host"` or `"module"`. */
  part: string;
  /** Where it ran: `"host"` or `"vm"` (the QEMU guest). */
  environment: string;
  /** Whether this was the short smoke run. */
  smoke: boolean;
  /** ISO date of the run. */
  date: string;
  /** CPU model. */
  cpu: string;
  /** What this process saw of its machine. */
  fingerprint: ProcessFingerprint;
  /** Codec results (host part only). */
  codec?: CodecResults;
  /** Round-trip comparisons. */
  comparisons: Comparison[];
  /** RSS growth under socket churn and long runs of round trips (host and memory parts): figures, not a gate. */
  memory?: MemoryFigure[];
}

const args = process.argv.slice(2);
const part = args[args.indexOf("--part") + 1] ?? "host";
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : undefined;
const smoke = args.includes("--smoke");
if (args.includes("--rounds")) {
  const [minimum, maximum, chunkMs] = (args[args.indexOf("--rounds") + 1] ?? "").split(":")
    .map(Number);
  setRoundPolicy({ minimum, maximum: maximum ?? minimum, chunkMs: chunkMs ?? 0 });
}
const fingerprint = probeProcess();

const baseline = await loadBaseline();
const results: PartResults = {
  runtime: fingerprint.runtime,
  version: fingerprint.version,
  part,
  environment: fingerprint.environment,
  smoke,
  date: new Date().toISOString(),
  cpu: fingerprint.cpu,
  fingerprint,
  comparisons: [],
};
if (part === "codec") {
  // In the benchmark namespace (200 veth pairs), parse a real captured dump.
  const dump = captureLinkDump();
  const captured = dump.links >= 400 ? dump.datagrams : undefined;
  results.codec = await codecBenchmarks(baseline, { smoke, captured });
  results.comparisons.push(...results.codec.comparisons);
  // The generated families against hand-written codec code, in the same
  // process; loaded only now, so that the codec's own rows run as before.
  const { familyBenchmarks } = await import("./families.ts");
  const families = await familyBenchmarks({ smoke, captured });
  results.comparisons.push(...families.comparisons);
  Object.assign(results.codec.allocations, families.allocations);
} else if (part === "host") {
  results.comparisons.push(...(await hostBenchmarks(baseline, smoke)));
  results.memory = memoryFiguresInChild(smoke);
  for (const line of formatMemory(results.runtime, results.memory)) console.log(line);
} else if (part === "memory") {
  results.memory = memoryFigures(smoke);
  for (const line of formatMemory(results.runtime, results.memory)) console.log(line);
} else if (part === "module") {
  const { moduleBenchmarks } = await import("./module.ts");
  results.comparisons.push(...(await moduleBenchmarks(baseline, smoke)));
} else {
  throw new Error(`unknown part ${part}: use codec, host, memory or module`);
}
const text = JSON.stringify(results, null, 1);
if (out) writeFileSync(out, text + "\n");
else console.log(text);
