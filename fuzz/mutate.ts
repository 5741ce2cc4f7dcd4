/**
 * Mutations of captured datagrams, structure-aware: the length fields of
 * messages, attributes (nested ones included) and an `NLMSG_ERROR`'s echoed
 * request are found first, then edited to the values that break parsers
 * (0, 1, 15, 16, 17, 0x7fffffff, 0x80000000, 0xffffffff, ±1, ±4), along
 * with truncation, splicing of two datagrams, bit flips, interesting bytes,
 * and type and flag changes (`NLMSG_ERROR`, `NLMSG_DONE`, `NLM_F_ACK_TLVS`,
 * `NLM_F_CAPPED`, `NLA_F_NESTED`).
 *
 * @module
 */
import type { Rng } from "./rng.ts";

/** A captured datagram and where its fields are. */
export interface Seed {
  /** Netlink protocol it was received on. */
  protocol: number;
  /** Its bytes. */
  bytes: Uint8Array;
  /** Offsets of 32-bit length fields (`nlmsg_len`, echoed request lengths). */
  len32: number[];
  /** Offsets of 16-bit length fields (`nla_len`). */
  len16: number[];
  /** Offsets of message headers. */
  messages: number[];
  /** Offsets of attribute headers. */
  attrs: number[];
}

const SPECIAL32 = [0, 1, 15, 16, 17, 0x7fffffff, 0x80000000, 0xffffffff, 20, 0xfffffffc];
const SPECIAL16 = [0, 1, 3, 4, 5, 15, 16, 17, 0x7fff, 0x8000, 0xffff, 0xfffc];
const TYPES = [1, 2, 3, 4, 0x0f, 0x10, 0x12, 0x14, 0x18, 0x1a];
const FLAGS = [0x100, 0x200, 0x300, 0x002, 0x010, 0x004];
const BYTES = [0, 0xff, 0x7f, 0x80, 0xc0, 0xe0, 0xef, 0xf0, 0xbf, 0xfe];

function u16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}
function u32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}
function set16(b: Uint8Array, p: number, v: number): void {
  b[p] = v & 0xff;
  b[p + 1] = (v >>> 8) & 0xff;
}
function set32(b: Uint8Array, p: number, v: number): void {
  b[p] = v & 0xff;
  b[p + 1] = (v >>> 8) & 0xff;
  b[p + 2] = (v >>> 16) & 0xff;
  b[p + 3] = (v >>> 24) & 0xff;
}

/**
 * Finds the fields of a datagram.
 *
 * @param protocol The netlink protocol.
 * @param bytes The datagram.
 * @param headerSize The family header size of a message type.
 * @returns The seed.
 */
export function makeSeed(
  protocol: number,
  bytes: Uint8Array,
  headerSize: (protocol: number, type: number) => number,
): Seed {
  const seed: Seed = { protocol, bytes, len32: [], len16: [], messages: [], attrs: [] };
  let p = 0;
  while (bytes.length - p >= 16) {
    const len = u32(bytes, p);
    if (len < 16 || len > bytes.length - p) break;
    seed.messages.push(p);
    seed.len32.push(p);
    const type = u16(bytes, p + 4);
    if (type === 2 && len >= 36) seed.len32.push(p + 20);
    const first = p + 16 + ((headerSize(protocol, type) + 3) & ~3);
    if (first <= p + len) scanAttrs(bytes, first, p + len, seed, 0);
    p += (len + 3) & ~3;
  }
  return seed;
}

function scanAttrs(b: Uint8Array, start: number, end: number, seed: Seed, depth: number): void {
  let p = start;
  while (end - p >= 4) {
    const len = u16(b, p);
    if (len < 4 || len > end - p) return;
    seed.len16.push(p);
    seed.attrs.push(p);
    if (depth < 4 && len >= 8) {
      const inner = u16(b, p + 4);
      if (inner >= 4 && inner <= len - 4) scanAttrs(b, p + 4, p + len, seed, depth + 1);
    }
    p += (len + 3) & ~3;
  }
}

/**
 * Writes a mutation of `seed` into `out` at `at`.
 *
 * @param rng The random source.
 * @param seed The datagram to mutate.
 * @param seeds Every seed, for splicing.
 * @param out The buffer to write into (large enough for 2x the largest seed + 64).
 * @param at Where to write.
 * @returns The mutated length, and the names of the mutations applied.
 */
export function mutate(
  rng: Rng,
  seed: Seed,
  seeds: readonly Seed[],
  out: Uint8Array,
  at: number,
): { length: number; ops: string[] } {
  out.set(seed.bytes, at);
  let length = seed.bytes.length;
  const ops: string[] = [];
  const count = rng.chance(0.05) ? 0 : 1 + rng.int(rng.chance(0.2) ? 6 : 3);
  for (let k = 0; k < count; k++) {
    const which = rng.int(100);
    if (which < 30 && (seed.len32.length > 0 || seed.len16.length > 0)) {
      // A length field to a breaking value.
      const wide = seed.len16.length === 0 || (seed.len32.length > 0 && rng.chance(0.4));
      const fields = wide ? seed.len32 : seed.len16;
      const p = at + rng.pick(fields);
      if (p + (wide ? 4 : 2) > at + length) continue;
      const cur = wide ? u32(out, p) : u16(out, p);
      const r = rng.int(4);
      let v = r === 0
        ? cur + 1
        : r === 1
        ? cur - 1
        : r === 2
        ? cur + (rng.chance(0.5) ? 4 : -4) + rng.int(3) * 4
        : rng.pick(wide ? SPECIAL32 : SPECIAL16);
      v = wide ? v >>> 0 : v & 0xffff;
      if (wide) set32(out, p, v);
      else set16(out, p, v);
      ops.push(`len${wide ? 32 : 16}@${p - at}=${v}`);
    } else if (which < 40) {
      // Truncation, often at or near a field boundary.
      const points = seed.attrs.length > 0 && rng.chance(0.5) ? seed.attrs : seed.messages;
      const base = points.length > 0 && rng.chance(0.6) ? rng.pick(points) : rng.int(length + 1);
      length = Math.max(0, Math.min(length, base + rng.int(9) - 4));
      ops.push(`truncate=${length}`);
    } else if (which < 50) {
      // Splice: a prefix of this datagram with a suffix of another.
      const other = rng.pick(seeds);
      const cut = rng.chance(0.5) && seed.messages.length > 0
        ? rng.pick(seed.messages)
        : rng.int(length + 1);
      const from = rng.chance(0.5) && other.messages.length > 0
        ? rng.pick(other.messages)
        : rng.int(other.bytes.length + 1);
      const tail = other.bytes.subarray(from, from + Math.min(other.bytes.length - from, 8192));
      const prefix = Math.min(cut, length);
      out.set(tail, at + prefix);
      length = prefix + tail.length;
      ops.push(`splice@${prefix}+${tail.length}`);
    } else if (which < 62) {
      // Bit flips.
      const flips = 1 + rng.int(4);
      for (let i = 0; i < flips && length > 0; i++) {
        const p = rng.int(length);
        out[at + p] ^= 1 << rng.int(8);
      }
      ops.push(`flip${flips}`);
    } else if (which < 70) {
      // Interesting bytes (UTF-8 lead bytes, NUL, 0xff).
      if (length === 0) continue;
      const p = rng.int(length);
      out[at + p] = rng.pick(BYTES);
      ops.push(`byte@${p}`);
    } else if (which < 82 && seed.messages.length > 0) {
      // Message type and flags: control messages, ack TLVs, capped errors.
      const p = at + rng.pick(seed.messages);
      if (p + 8 > at + length) continue;
      if (rng.chance(0.5)) set16(out, p + 4, rng.pick(TYPES));
      const f = rng.chance(0.7) ? 0x200 | (rng.chance(0.5) ? 0x100 : 0) : rng.pick(FLAGS);
      set16(out, p + 6, rng.chance(0.5) ? u16(out, p + 6) ^ f : u16(out, p + 6) | f);
      ops.push(`msgtype@${p - at}`);
    } else if (which < 90 && seed.attrs.length > 0) {
      // Attribute type flags: NLA_F_NESTED, NLA_F_NET_BYTEORDER, or another type.
      const p = at + rng.pick(seed.attrs);
      if (p + 4 > at + length) continue;
      const t = u16(out, p + 2);
      set16(
        out,
        p + 2,
        rng.chance(0.6) ? t ^ (rng.chance(0.7) ? 0x8000 : 0x4000) : rng.int(0x10000),
      );
      ops.push(`attrtype@${p - at}`);
    } else if (which < 95 && seed.messages.length > 0) {
      // An error code: positive, INT_MIN, or an errno.
      const p = at + rng.pick(seed.messages) + 16;
      if (p + 4 > at + length) continue;
      set32(out, p, rng.pick([1, 0x7fffffff, 0x80000000, 0, -22 >>> 0, -1 >>> 0]));
      ops.push(`code@${p - at}`);
    } else {
      // Extra bytes at the end.
      const extra = 1 + rng.int(24);
      for (let i = 0; i < extra; i++) out[at + length + i] = rng.chance(0.5) ? 0 : rng.u32() & 0xff;
      length += extra;
      ops.push(`extend${extra}`);
    }
  }
  return { length, ops };
}
