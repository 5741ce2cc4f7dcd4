/**
 * The writer fuzz: random attribute trees are encoded with `MessageWriter`
 * and compared byte for byte with an independent reference encoding, then
 * decoded with the codec's readers and re-encoded byte-identically. Wrong
 * calls (out-of-range values, wrong types, bad nest tokens, misplaced
 * `end()`/`begin()`) are mixed in at random points: each must throw the
 * class the codec's rules name and leave the buffer unchanged (bytes,
 * length, open message, open nests), which the final byte comparison
 * checks a second time. Some trees get a buffer too small for them: the
 * `BufferCapacityError` must leave the buffer unchanged too.
 *
 * @module
 */
import {
  type AttributeReader,
  BufferCapacityError,
  MessageReader,
  MessageWriter,
  NLA_F_NESTED,
} from "../codec.ts";
import type { Rng } from "./rng.ts";

type Scalar =
  | "u8"
  | "u16"
  | "u32"
  | "u64"
  | "s8"
  | "s16"
  | "s32"
  | "s64"
  | "u16be"
  | "u32be"
  | "u64be";
type Node =
  | { kind: Scalar; type: number; value: number | bigint }
  | { kind: "string"; type: number; value: string }
  | { kind: "bytes"; type: number; value: Uint8Array }
  | { kind: "flag"; type: number }
  | { kind: "nest"; type: number; children: Node[] };

/** A message of the tree: header fields, family header and attributes. */
interface Tree {
  type: number;
  flags: number;
  seq: number;
  pid: number;
  header: Uint8Array;
  nodes: Node[];
}

const SCALARS: readonly Scalar[] = [
  "u8",
  "u16",
  "u32",
  "u64",
  "s8",
  "s16",
  "s32",
  "s64",
  "u16be",
  "u32be",
  "u64be",
];
const RANGES: Record<Scalar, [bigint, bigint, number]> = {
  u8: [0n, 0xffn, 1],
  u16: [0n, 0xffffn, 2],
  u32: [0n, 0xffffffffn, 4],
  u64: [0n, 0xffffffffffffffffn, 8],
  s8: [-0x80n, 0x7fn, 1],
  s16: [-0x8000n, 0x7fffn, 2],
  s32: [-0x80000000n, 0x7fffffffn, 4],
  s64: [-0x8000000000000000n, 0x7fffffffffffffffn, 8],
  u16be: [0n, 0xffffn, 2],
  u32be: [0n, 0xffffffffn, 4],
  u64be: [0n, 0xffffffffffffffffn, 8],
};
const CHARS = [
  "a",
  "Z",
  "0",
  "-",
  " ",
  "é",
  "ß",
  "€",
  "中",
  "😀",
  "\u07ff",
  "\u0800",
  "\uffff",
  "\ufeff",
];

/** What one run of the writer fuzz found. */
export interface WriterFailure {
  /** The iteration. */
  iteration: number;
  /** What went wrong. */
  detail: string;
}

/** Counts of one run. */
export interface WriterStats {
  /** Trees encoded. */
  trees: number;
  /** Wrong calls made (each threw as expected with the buffer unchanged). */
  wrongCalls: number;
  /** Trees cut short by a buffer too small for them. */
  capacityCuts: number;
}

function randomBig(rng: Rng, min: bigint, max: bigint): bigint {
  const r = rng.int(8);
  if (r === 0) return min;
  if (r === 1) return max;
  if (r === 2) return 0n;
  const span = max - min + 1n;
  const raw = (BigInt(rng.u32()) << 32n) | BigInt(rng.u32());
  return min + (raw % span);
}

function randomValue(rng: Rng, kind: Scalar): number | bigint {
  const [min, max, size] = RANGES[kind];
  const v = randomBig(rng, min, max);
  if (size < 8) return Number(v);
  // 64-bit methods take a bigint, or a safe integer as a number.
  if (
    rng.chance(0.3) && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
  ) {
    return Number(v);
  }
  return v;
}

function randomString(rng: Rng): string {
  const n = rng.chance(0.05) ? rng.int(400) : rng.int(24);
  let s = "";
  const ascii = rng.chance(0.6);
  for (let i = 0; i < n; i++) {
    s += ascii ? String.fromCharCode(0x20 + rng.int(0x5f)) : rng.pick(CHARS);
  }
  return s;
}

function randomNodes(rng: Rng, depth: number, budget: { left: number }): Node[] {
  const nodes: Node[] = [];
  const count = rng.int(depth === 0 ? 12 : 6);
  for (let i = 0; i < count && budget.left > 0; i++) {
    budget.left--;
    const type = rng.chance(0.1) ? rng.int(0x10000) : 1 + rng.int(rng.chance(0.8) ? 40 : 0x3fff);
    const r = rng.int(100);
    if (r < 12 && depth < 4) {
      nodes.push({
        kind: "nest",
        type: type & 0x7fff,
        children: randomNodes(rng, depth + 1, budget),
      });
    } else if (r < 60) {
      const kind = rng.pick(SCALARS);
      nodes.push({ kind, type, value: randomValue(rng, kind) });
    } else if (r < 80) nodes.push({ kind: "string", type, value: randomString(rng) });
    else if (r < 93) {
      const value = new Uint8Array(rng.chance(0.03) ? rng.int(3000) : rng.int(40));
      for (let k = 0; k < value.length; k++) value[k] = rng.u32() & 0xff;
      nodes.push({ kind: "bytes", type, value });
    } else nodes.push({ kind: "flag", type });
  }
  return nodes;
}

function randomTree(rng: Rng): Tree {
  const header = new Uint8Array(rng.chance(0.3) ? 0 : rng.int(21));
  for (let k = 0; k < header.length; k++) header[k] = rng.u32() & 0xff;
  return {
    type: rng.chance(0.2) ? rng.int(0x10000) : 0x10 + rng.int(0x40),
    flags: rng.int(0x10000),
    seq: rng.u32(),
    pid: rng.chance(0.5) ? 0 : rng.u32(),
    header,
    nodes: randomNodes(rng, 0, { left: 40 }),
  };
}

// ---------------------------------------------------------------------------
// The reference encoding: plain arrays of bytes, written from the wire format.

function le(out: number[], v: bigint, size: number): void {
  let x = BigInt.asUintN(size * 8, v);
  for (let i = 0; i < size; i++) {
    out.push(Number(x & 0xffn));
    x >>= 8n;
  }
}

function pad(out: number[]): void {
  while (out.length % 4 !== 0) out.push(0);
}

function refNode(out: number[], n: Node): void {
  const start = out.length;
  out.push(0, 0);
  le(out, BigInt(n.kind === "nest" ? n.type | NLA_F_NESTED : n.type), 2);
  switch (n.kind) {
    case "flag":
      break;
    case "string":
      out.push(...new TextEncoder().encode(n.value), 0);
      break;
    case "bytes":
      out.push(...n.value);
      break;
    case "nest":
      for (const c of n.children) refNode(out, c);
      break;
    default: {
      const size = RANGES[n.kind][2];
      const bytes: number[] = [];
      le(bytes, BigInt(n.value), size);
      if (n.kind.endsWith("be")) bytes.reverse();
      out.push(...bytes);
    }
  }
  const len = out.length - start;
  out[start] = len & 0xff;
  out[start + 1] = len >> 8;
  pad(out);
}

function refMessage(out: number[], t: Tree): void {
  pad(out);
  const start = out.length;
  le(out, 0n, 4);
  le(out, BigInt(t.type), 2);
  le(out, BigInt(t.flags), 2);
  le(out, BigInt(t.seq), 4);
  le(out, BigInt(t.pid), 4);
  out.push(...t.header);
  pad(out);
  for (const n of t.nodes) refNode(out, n);
  const len = out.length - start;
  for (let i = 0; i < 4; i++) out[start + i] = (len >>> (8 * i)) & 0xff;
}

/** Whether a node's encoding fits 16-bit lengths (nests may not). */
function fits(n: Node): number {
  switch (n.kind) {
    case "flag":
      return 4;
    case "string":
      return (4 + new TextEncoder().encode(n.value).length + 1 + 3) & ~3;
    case "bytes":
      return (4 + n.value.length + 3) & ~3;
    case "nest": {
      let s = 4;
      for (const c of n.children) s += fits(c);
      return s;
    }
    default:
      return (4 + RANGES[n.kind][2] + 3) & ~3;
  }
}

// ---------------------------------------------------------------------------
// Encoding with the codec, wrong calls mixed in.

type Expect = new (...args: never[]) => Error;

/** State of the writer a wrong call may use. */
interface Open {
  nests: number[];
  closed: number[];
}

function wrongCall(rng: Rng, w: MessageWriter, open: Open): [() => unknown, Expect, string] {
  const bad = <T>(v: unknown) => v as T;
  const r = rng.int(16);
  const put = rng.pick([
    (t: number, v: unknown) => w.putU8(t, bad(v)),
    (t: number, v: unknown) => w.putU16(t, bad(v)),
    (t: number, v: unknown) => w.putU32(t, bad(v)),
    (t: number, v: unknown) => w.putS8(t, bad(v)),
    (t: number, v: unknown) => w.putS16(t, bad(v)),
    (t: number, v: unknown) => w.putS32(t, bad(v)),
    (t: number, v: unknown) => w.putU16BE(t, bad(v)),
    (t: number, v: unknown) => w.putU32BE(t, bad(v)),
  ]);
  switch (r) {
    case 0: {
      const t = rng.pick([0x10000, -1, 1.5, NaN, Infinity, 2 ** 40]);
      return [() => w.putU32(t, 1), RangeError, `putU32(${t}, 1)`];
    }
    case 1: {
      const t = rng.pick<unknown>(["1", 1n, null, undefined, {}]);
      return [() => w.putFlag(bad(t)), TypeError, `putFlag(${typeof t})`];
    }
    case 2: {
      const v = rng.pick([2 ** 32, 1.5, NaN, -Infinity, 2 ** 53, -(2 ** 31) - 1]);
      return [() => put(1, v), RangeError, `put(1, ${v})`];
    }
    case 3: {
      const v = rng.pick<unknown>(["1", 1n, null, undefined, [1], true]);
      return [() => put(1, v), TypeError, `put(1, ${typeof v})`];
    }
    case 4: {
      const v = rng.pick<bigint | number>([-1n, 2n ** 64n, -1, 2 ** 53, 0.5]);
      return [() => w.putU64(1, v), RangeError, `putU64(1, ${v})`];
    }
    case 5: {
      const v = rng.pick<bigint | number>([2n ** 63n, -(2n ** 63n) - 1n, 2 ** 60, -0.5]);
      return [() => w.putS64(1, v), RangeError, `putS64(1, ${v})`];
    }
    case 6: {
      const v = rng.pick(["a\0b", "\0", "x\ud800", "\udfff", "é\ud83d", "x".repeat(65531)]);
      return [() => w.putString(2, v), RangeError, `putString(2, bad string of ${v.length})`];
    }
    case 7: {
      const v = rng.pick<unknown>([5, [1, 2], new Uint16Array(2), "ab", null, new ArrayBuffer(4)]);
      return [() => w.putBytes(3, bad(v)), TypeError, `putBytes(3, ${typeof v})`];
    }
    case 8:
      return [() => w.putBytes(3, new Uint8Array(65532)), RangeError, "putBytes(3, 65532 bytes)"];
    case 9: {
      const v = rng.pick([-16, -1, 1.5, NaN, 2 ** 32]);
      return [() => w.reserve(v), RangeError, `reserve(${v})`];
    }
    case 10: {
      // A token that is not the innermost open nest.
      const innermost = open.nests[open.nests.length - 1];
      const candidates = [0, 12345, ...open.closed, ...open.nests.slice(0, -1)]
        .filter((c) => c !== innermost);
      const token = rng.pick(candidates);
      return [() => w.nestEnd(token), RangeError, `nestEnd(${token})`];
    }
    case 11: {
      const token = rng.pick([0, 7, ...open.closed]);
      if (open.nests.includes(token)) return [() => w.nestEnd(-1), RangeError, "nestEnd(-1)"];
      return [() => w.nestCancel(token), RangeError, `nestCancel(${token})`];
    }
    case 12:
      if (open.nests.length > 0) return [() => w.end(), Error, "end() with a nest open"];
      return [() => w.nestEnd(3), RangeError, "nestEnd(3) with no nest open"];
    case 13:
      if (open.nests.length > 0) return [() => w.begin(0x10), Error, "begin() with a nest open"];
      return [() => w.begin(0x10000), RangeError, "begin(0x10000)"];
    case 14: {
      const args = rng.pick<[number, number, number, number]>([
        [0x10, 0x10000, 0, 0],
        [0x10, 0, -1, 0],
        [0x10, 0, 2 ** 32, 0],
        [0x10, 0, 0, -5],
        [1.5, 0, 0, 0],
      ]);
      return [() => w.begin(...args), RangeError, `begin(${args})`];
    }
    default:
      return [
        () => w.append(bad(rng.pick<unknown>([[1], "x", 3]))),
        TypeError,
        "append(non-bytes)",
      ];
  }
}

function sameState(
  w: MessageWriter,
  snap: [Uint8Array, number, number, number],
): string | undefined {
  if (w.length !== snap[1] || w.messageOffset !== snap[2] || w.openNests !== snap[3]) {
    return `cursor moved: length ${snap[1]} -> ${w.length}, message ${snap[2]} -> ` +
      `${w.messageOffset}, nests ${snap[3]} -> ${w.openNests}`;
  }
  const b = w.buffer;
  for (let i = 0; i < b.length; i++) {
    if (b[i] !== snap[0][i]) return `byte ${i} changed: ${snap[0][i]} -> ${b[i]}`;
  }
  return undefined;
}

/** A wrong call: it must throw `expect` and change nothing. Returns a failure, if any. */
function tryWrong(rng: Rng, w: MessageWriter, open: Open): string | undefined {
  const [call, expect, name] = wrongCall(rng, w, open);
  const snap: [Uint8Array, number, number, number] = [
    w.buffer.slice(),
    w.length,
    w.messageOffset,
    w.openNests,
  ];
  try {
    call();
    return `${name} did not throw`;
  } catch (err) {
    if (!(err instanceof expect)) return `${name} threw ${err} instead of a ${expect.name}`;
    if (expect === Error && (err instanceof RangeError || err instanceof TypeError)) {
      return `${name} threw ${err} where a state error was expected`;
    }
  }
  const moved = sameState(w, snap);
  return moved ? `${name} threw but changed the writer: ${moved}` : undefined;
}

function put(w: MessageWriter, n: Node, rng: Rng, open: Open, wrong: { p: number; n: number }) {
  if (wrong.p > 0 && rng.chance(wrong.p)) {
    const f = tryWrong(rng, w, open);
    if (f) throw new Error(f);
    wrong.n++;
  }
  switch (n.kind) {
    case "u8":
      return w.putU8(n.type, n.value as number);
    case "u16":
      return w.putU16(n.type, n.value as number);
    case "u32":
      return w.putU32(n.type, n.value as number);
    case "u64":
      return w.putU64(n.type, n.value);
    case "s8":
      return w.putS8(n.type, n.value as number);
    case "s16":
      return w.putS16(n.type, n.value as number);
    case "s32":
      return w.putS32(n.type, n.value as number);
    case "s64":
      return w.putS64(n.type, n.value);
    case "u16be":
      return w.putU16BE(n.type, n.value as number);
    case "u32be":
      return w.putU32BE(n.type, n.value as number);
    case "u64be":
      return w.putU64BE(n.type, n.value);
    case "string":
      return w.putString(n.type, n.value);
    case "bytes":
      return w.putBytes(n.type, n.value);
    case "flag":
      return w.putFlag(n.type);
    case "nest": {
      const token = w.nestStart(n.type);
      open.nests.push(token);
      for (const c of n.children) put(w, c, rng, open, wrong);
      if (fits(n) > 0xffff) {
        // Too large for a 16-bit length: nestEnd refuses, the nest is dropped.
        try {
          w.nestEnd(token);
          throw new Error(`nestEnd of a ${fits(n)}-byte nest did not throw`);
        } catch (err) {
          if (!(err instanceof RangeError)) throw err;
        }
        w.nestCancel(token);
        open.closed = open.closed.filter((c) => c < token); // offsets past it will be reused
        n.children.length = 0;
        w.nestStart(n.type);
      }
      w.nestEnd(token);
      open.nests.pop();
      open.closed.push(token);
      return w;
    }
  }
}

function encode(w: MessageWriter, trees: Tree[], rng: Rng, wrong: { p: number; n: number }) {
  w.reset();
  const open: Open = { nests: [], closed: [] };
  for (const t of trees) {
    w.begin(t.type, t.flags, t.seq, t.pid);
    if (t.header.length > 0 || rng.chance(0.5)) {
      const at = w.reserve(t.header.length);
      w.buffer.set(t.header, at);
    }
    for (const n of t.nodes) put(w, n, rng, open, wrong);
    if (wrong.p > 0 && rng.chance(0.2)) {
      const f = tryWrong(rng, w, open);
      if (f) throw new Error(f);
      wrong.n++;
    }
    w.end();
    open.closed.length = 0;
  }
}

// ---------------------------------------------------------------------------
// Decoding with the codec by the tree's schema, and re-encoding.

function readScalar(a: AttributeReader, kind: Scalar): number | bigint {
  switch (kind) {
    case "u8":
      return a.u8();
    case "u16":
      return a.u16();
    case "u32":
      return a.u32();
    case "u64":
      return a.u64();
    case "s8":
      return a.s8();
    case "s16":
      return a.s16();
    case "s32":
      return a.s32();
    case "s64":
      return a.s64();
    case "u16be":
      return a.u16be();
    case "u32be":
      return a.u32be();
    case "u64be":
      return a.u64be();
  }
}

function decodeNodes(a: AttributeReader, schema: Node[], where: string): Node[] {
  const out: Node[] = [];
  let i = 0;
  while (a.advance()) {
    const s = schema[i++];
    if (!s) throw new Error(`${where}: an attribute more than encoded`);
    const raw = a.type | (a.isNested ? NLA_F_NESTED : 0) | (a.isNetByteOrder ? 0x4000 : 0);
    const want = s.kind === "nest" ? s.type | NLA_F_NESTED : s.type;
    if (raw !== want) throw new Error(`${where}: type ${raw} where ${want} was encoded`);
    switch (s.kind) {
      case "string":
        out.push({ kind: "string", type: s.type, value: a.string() });
        break;
      case "bytes":
        out.push({ kind: "bytes", type: s.type, value: a.copy() });
        break;
      case "flag":
        if (a.length !== 0) throw new Error(`${where}: flag with a ${a.length}-byte value`);
        out.push({ kind: "flag", type: s.type });
        break;
      case "nest":
        out.push({
          kind: "nest",
          type: s.type,
          children: decodeNodes(a.nested(), s.children, `${where}/${s.type}`),
        });
        break;
      default: {
        const v = readScalar(a, s.kind);
        if (BigInt(v) !== BigInt(s.value)) {
          throw new Error(`${where}: ${s.kind} ${v} where ${s.value} was encoded`);
        }
        out.push({ kind: s.kind, type: s.type, value: v });
      }
    }
    if (s.kind === "string" && (out[out.length - 1] as { value: string }).value !== s.value) {
      throw new Error(
        `${where}: string ${
          JSON.stringify((out[out.length - 1] as { value: string }).value)
        } where ${JSON.stringify(s.value)} was encoded`,
      );
    }
  }
  if (i !== schema.length) {
    throw new Error(`${where}: ${i} attributes where ${schema.length} were encoded`);
  }
  return out;
}

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/**
 * Runs the writer fuzz.
 *
 * @param rng The random source.
 * @param count Iterations (each one to three messages).
 * @param fail Called with each failure; return `false` to stop.
 * @returns The counts.
 */
export function writerFuzz(
  rng: Rng,
  count: number,
  fail: (f: WriterFailure) => boolean,
): WriterStats {
  const stats: WriterStats = { trees: 0, wrongCalls: 0, capacityCuts: 0 };
  // Writers over aligned and misaligned buffers (the second takes the slow paths).
  const writers = [
    new MessageWriter(1 << 20),
    new MessageWriter(new Uint8Array((1 << 20) + 4).subarray(1 + (rng.u32() % 3))),
  ];
  const again = new MessageWriter(1 << 20);
  const reader = new MessageReader();
  for (let i = 0; i < count; i++) {
    const trees = Array.from(
      { length: 1 + (rng.chance(0.2) ? rng.int(3) : 0) },
      () => randomTree(rng),
    );
    const wrong = { p: rng.chance(0.3) ? 0.1 : 0, n: 0 };
    const big = writers[rng.chance(0.2) ? 1 : 0];
    try {
      if (rng.chance(0.08)) {
        // A buffer too small: the first write that does not fit throws and changes nothing.
        stats.capacityCuts += capacityCut(rng, trees) ? 1 : 0;
        continue;
      }
      encode(big, trees, rng, wrong);
      stats.wrongCalls += wrong.n;
      stats.trees += trees.length;
      const ref: number[] = [];
      for (const t of trees) refMessage(ref, t);
      const got = big.buffer.subarray(0, big.length);
      if (got.length !== ref.length || got.some((b, k) => b !== ref[k])) {
        let k = 0;
        while (k < ref.length && got[k] === ref[k]) k++;
        throw new Error(
          `encoding differs from the reference at byte ${k} (${got.length} vs ${ref.length} bytes)`,
        );
      }
      // Decode by the schema, re-encode the decoded values, compare bytes.
      reader.reset(big.buffer, big.length, big.view);
      const decoded: Tree[] = [];
      for (const t of trees) {
        if (!reader.advance()) throw new Error("a message less than encoded");
        const header = reader.buffer.slice(
          reader.payloadOffset,
          reader.payloadOffset + t.header.length,
        );
        decoded.push({
          type: reader.type,
          flags: reader.flags,
          seq: reader.seq,
          pid: reader.pid,
          header,
          nodes: decodeNodes(
            reader.attributes(t.header.length),
            t.nodes,
            `message ${decoded.length}`,
          ),
        });
      }
      if (reader.advance()) throw new Error("a message more than encoded");
      encode(again, decoded, rng, { p: 0, n: 0 });
      const second = again.buffer.subarray(0, again.length);
      if (second.length !== got.length || second.some((b, k) => b !== got[k])) {
        throw new Error("re-encoding the decoded values gives other bytes");
      }
    } catch (err) {
      const detail = `${err instanceof Error ? err.message : err}; message bytes ${
        hex(big.buffer.subarray(0, Math.min(big.length, 512)))
      }`;
      if (!fail({ iteration: i, detail })) break;
    }
  }
  return stats;
}

/** Encodes into a buffer too small; checks the failing write changed nothing. */
function capacityCut(rng: Rng, trees: Tree[]): boolean {
  const ref: number[] = [];
  for (const t of trees) refMessage(ref, t);
  if (ref.length < 20) return false;
  const size = 16 + rng.int(ref.length - 16);
  const skew = rng.int(4); // a misaligned buffer start now and then
  const w = new MessageWriter(new Uint8Array(size + skew).fill(0x5a).subarray(skew));
  const snap = (): [
    Uint8Array,
    number,
    number,
    number,
  ] => [w.buffer.slice(), w.length, w.messageOffset, w.openNests];
  let last = snap();
  const guard = new Proxy(w, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target);
      if (typeof v !== "function") return v;
      return (...args: unknown[]) => {
        last = snap();
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  try {
    encode(guard, trees, rng, { p: 0, n: 0 });
  } catch (err) {
    if (!(err instanceof BufferCapacityError)) throw err;
    const moved = sameState(w, last);
    if (moved) throw new Error(`BufferCapacityError changed the writer: ${moved}`);
    return true;
  }
  if (w.length !== ref.length) throw new Error("a tree larger than its buffer was written");
  return false;
}
