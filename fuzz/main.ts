/**
 * The fuzzer, in one runtime: mutated real datagrams through the codec walk
 * and the reference walk (`--count`), then the writer fuzz
 * (`--writer-count`). `fuzz/run.sh` (`npm run fuzz`) captures the corpus
 * and runs this under Deno and Bun.
 *
 * ```sh
 * bun fuzz/main.ts --corpus FILE [--corpus FILE...] [--seed N] [--count N] [--writer-count N]
 * bun fuzz/main.ts --replay HEX --protocol P [--start N]   # one input, both traces printed
 * ```
 *
 * Every failure is printed as one `FAIL` line with the seed, the
 * iteration, the mutations, the protocol and the input bytes in hex (what
 * `--replay` takes). The last line sums up: datagrams, rate, exceptions
 * (anything but a `DecodeError`), divergences from the reference, writer
 * trees and wrong calls. Exit status 1 when anything failed.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { MessageReader } from "../codec.ts";
import { makeSeed, mutate, type Seed } from "./mutate.ts";
import { headerSize, PROTO_GENERIC, PROTO_ROUTE, PROTO_UEVENT } from "./policy.ts";
import { referenceWalk } from "./reference.ts";
import { Rng } from "./rng.ts";
import { Trace } from "./trace.ts";
import { codecWalk } from "./walk.ts";
import { writerFuzz } from "./writer_fuzz.ts";

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
function numberOption(name: string, fallback: number): number {
  const v = option(name);
  if (v === undefined) return fallback;
  const n = Number(v.replaceAll("_", ""));
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`fuzz: ${name} wants a non-negative integer, not ${v}`);
    process.exit(2);
  }
  return n;
}

const isDeno = typeof (globalThis as { Deno?: unknown }).Deno !== "undefined";
const runtime = isDeno
  ? `deno ${(globalThis as unknown as { Deno: { version: { deno: string } } }).Deno.version.deno}`
  : `bun ${(process.versions as Record<string, string>).bun}`;
const MAX_FAILURES = 20;

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

function fromHex(s: string): Uint8Array {
  const clean = s.replace(/[^0-9a-f]/gi, "");
  const out = new Uint8Array(clean.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Whether a seed is or holds a control message (an error, an ack, a dump's end). */
function isControl(s: Seed): boolean {
  if (s.protocol === PROTO_UEVENT) return false;
  return s.messages.some((p) => {
    const type = s.bytes[p + 4] | (s.bytes[p + 5] << 8);
    return type === 2 || type === 3;
  });
}

/** The corpus files as seeds: each datagram, and each of its messages alone. */
function loadSeeds(files: string[]): Seed[] {
  const seen = new Set<string>();
  const seeds: Seed[] = [];
  const add = (protocol: number, bytes: Uint8Array) => {
    if (bytes.length > 16384) return;
    const key = `${protocol}:${hex(bytes)}`;
    if (seen.has(key)) return;
    seen.add(key);
    seeds.push(makeSeed(protocol, bytes, headerSize));
  };
  for (const file of files) {
    const data = new Uint8Array(readFileSync(file));
    const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let p = 0; p + 8 <= data.length;) {
      const protocol = v.getUint32(p, true);
      const len = v.getUint32(p + 4, true);
      const bytes = data.slice(p + 8, p + 8 + len);
      p += 8 + len;
      add(protocol, bytes);
      if (protocol === PROTO_UEVENT) continue;
      const whole = makeSeed(protocol, bytes, headerSize);
      for (let k = 0; k < whole.messages.length; k++) {
        const from = whole.messages[k];
        const len = new DataView(bytes.buffer, bytes.byteOffset + from).getUint32(0, true);
        add(protocol, bytes.slice(from, from + len));
      }
    }
  }
  return seeds;
}

/** Runs both walks over one input; returns what went wrong, if anything. */
function check(
  reader: MessageReader,
  scratch: Uint8Array,
  view: DataView,
  start: number,
  length: number,
  protocol: number,
  codec: Trace,
  reference: Trace,
): { kind: "exception" | "divergence"; detail: string } | undefined {
  codec.reset();
  reference.reset();
  try {
    reader.reset(scratch, length, view, start);
    codecWalk(reader, protocol, codec);
  } catch (err) {
    const e = err as Error;
    return {
      kind: "exception",
      detail: `${e?.name}: ${e?.message} at ${
        String(e?.stack).split("\n").slice(1, 4).join(" | ")
      }`,
    };
  }
  referenceWalk(scratch, start, length, protocol, reference);
  const diff = codec.diff(reference);
  return diff === undefined ? undefined : { kind: "divergence", detail: diff };
}

const replay = option("--replay");
if (replay !== undefined) {
  const bytes = fromHex(replay);
  const protocol = numberOption("--protocol", 0);
  const start = numberOption("--start", 0);
  const scratch = new Uint8Array(start + bytes.length + 64).fill(0xa5);
  scratch.set(bytes, start);
  const codec = new Trace();
  const reference = new Trace();
  const result = check(
    new MessageReader(),
    scratch,
    new DataView(scratch.buffer),
    start,
    bytes.length,
    protocol,
    codec,
    reference,
  );
  console.log(`codec trace:     ${Array.from(codec.nums.subarray(0, codec.n)).join(" ")}`);
  console.log(`  strings: ${JSON.stringify(codec.strs)}`);
  console.log(`reference trace: ${Array.from(reference.nums.subarray(0, reference.n)).join(" ")}`);
  console.log(`  strings: ${JSON.stringify(reference.strs)}`);
  console.log(
    result ? `FAIL ${result.kind}: ${result.detail}` : "same: no exception, no divergence",
  );
  process.exit(result ? 1 : 0);
}

const files: string[] = [];
for (let i = 0; i < args.length; i++) if (args[i] === "--corpus") files.push(args[i + 1]);
if (files.length === 0) {
  console.error("fuzz: no --corpus FILE given (npm run fuzz captures one: see fuzz/run.sh)");
  process.exit(2);
}
const seed = numberOption("--seed", (Math.random() * 0x100000000) >>> 0) >>> 0;
const count = numberOption("--count", 10_000_000);
const writerCount = numberOption("--writer-count", Math.ceil(count / 20));
const seeds = loadSeeds(files);
if (seeds.length === 0) {
  console.error("fuzz: the corpus holds no datagram");
  process.exit(2);
}
const byProtocol = new Map<number, number>();
for (const s of seeds) byProtocol.set(s.protocol, (byProtocol.get(s.protocol) ?? 0) + 1);
// Seeds are drawn by group, so that the many small generic netlink policy
// messages do not crowd out the errors, acks and rtnetlink messages.
const groups = [
  { weight: 25, seeds: seeds.filter((s) => isControl(s)) },
  { weight: 40, seeds: seeds.filter((s) => !isControl(s) && s.protocol === PROTO_ROUTE) },
  { weight: 30, seeds: seeds.filter((s) => !isControl(s) && s.protocol === PROTO_GENERIC) },
  { weight: 5, seeds: seeds.filter((s) => s.protocol === PROTO_UEVENT) },
].filter((g) => g.seeds.length > 0);
const totalWeight = groups.reduce((sum, g) => sum + g.weight, 0);
function pickSeed(rng: Rng): Seed {
  let r = rng.int(totalWeight);
  for (const g of groups) {
    if (r < g.weight) return g.seeds[rng.int(g.seeds.length)];
    r -= g.weight;
  }
  return seeds[rng.int(seeds.length)];
}
console.log(
  `fuzz (${runtime}): seed ${seed}, ${count} datagrams from ${seeds.length} seeds (` +
    [...byProtocol].map(([p, n]) => `${n} on protocol ${p}`).join(", ") +
    `; ${
      groups[0]?.seeds.length ?? 0
    } hold control messages), then ${writerCount} writer iterations`,
);

let failures = 0;
let exceptions = 0;
let divergences = 0;
const rng = new Rng(seed);
const scratch = new Uint8Array(1 << 18);
const view = new DataView(scratch.buffer);
const reader = new MessageReader();
const codec = new Trace();
const reference = new Trace();
const t0 = performance.now();
let lastReport = t0;
let i = 0;
for (; i < count && failures < MAX_FAILURES; i++) {
  const s = pickSeed(rng);
  const start = rng.int(64);
  for (let k = 0; k < start; k++) scratch[k] = rng.u32() & 0xff;
  const { length, ops } = mutate(rng, s, seeds, scratch, start);
  for (let k = start + length; k < start + length + 64; k++) scratch[k] = rng.u32() & 0xff;
  const bad = check(reader, scratch, view, start, length, s.protocol, codec, reference);
  if (bad) {
    failures++;
    if (bad.kind === "exception") exceptions++;
    else divergences++;
    console.log(
      `FAIL ${bad.kind} seed=${seed} iteration=${i} protocol=${s.protocol} start=${start} ` +
        `ops=${ops.join(",")} detail=${bad.detail}\n  replay: --replay ${
          hex(scratch.subarray(start, start + length))
        } --protocol ${s.protocol} --start ${start}`,
    );
  }
  if ((i & 0x3fff) === 0) {
    const now = performance.now();
    if (now - lastReport > 10000) {
      lastReport = now;
      console.log(`  ${i} datagrams, ${Math.round(i / ((now - t0) / 1000))}/s`);
    }
  }
}
const readerSeconds = (performance.now() - t0) / 1000;
const w0 = performance.now();
const writerRng = new Rng(seed ^ 0x5bd1e995);
let writerFailures = 0;
const stats = writerFuzz(writerRng, writerCount, (f) => {
  writerFailures++;
  console.log(`FAIL writer seed=${seed} iteration=${f.iteration} detail=${f.detail}`);
  return writerFailures < MAX_FAILURES;
});
const writerSeconds = (performance.now() - w0) / 1000;
console.log(
  `fuzz (${runtime}) seed ${seed}: reader ${i} datagrams in ${readerSeconds.toFixed(1)} s ` +
    `(${Math.round(i / readerSeconds)}/s): ${exceptions} exceptions, ${divergences} divergences; ` +
    `writer ${writerCount} iterations (${stats.trees} messages, ${stats.wrongCalls} wrong calls, ` +
    `${stats.capacityCuts} capacity cuts) in ${
      writerSeconds.toFixed(1)
    } s: ${writerFailures} failures`,
);
process.exit(failures + writerFailures > 0 ? 1 : 0);
