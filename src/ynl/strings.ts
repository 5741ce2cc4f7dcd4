/**
 * Decodes the short strings netlink repeats (interface names, kinds, family
 * names) through a small cache keyed by their bytes: a name seen before is
 * returned without decoding or allocating, so reading `ifname` from every
 * message of a dump costs a hash and a compare. Longer strings, and names
 * pushed out of the cache, are decoded as usual. Strings are values: a
 * cached one is indistinguishable from a freshly decoded one.
 *
 * @module
 */

const decoder = new TextDecoder();
const SLOTS = 4096;
const MASK = SLOTS - 1;
const PROBES = 4;
/** Strings longer than this are not cached. */
const MAX_CACHED = 48;
const keys: (Uint8Array | undefined)[] = new Array(SLOTS).fill(undefined);
const values: string[] = new Array(SLOTS).fill("");

/**
 * Decodes the UTF-8 string in `buf[start, end)`, up to its first NUL.
 *
 * @param buf The buffer.
 * @param start Offset of the first byte.
 * @param end Offset past the last byte (the NUL, if any, is inside).
 * @returns The string.
 * @example
 * ```ts
 * import { decodeName } from "./strings.ts";
 * decodeName(new Uint8Array([108, 111, 0]), 0, 3); // "lo"
 * ```
 */
export function decodeName(buf: Uint8Array, start: number, end: number): string {
  let h = 0x811c9dc5;
  let i = start;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c === 0) break;
    h = Math.imul(h ^ c, 0x01000193);
  }
  const len = i - start;
  if (len > MAX_CACHED) return decoder.decode(buf.subarray(start, i));
  h ^= h >>> 15;
  let free = -1;
  for (let p = 0; p < PROBES; p++) {
    const slot = (h + p) & MASK;
    const key = keys[slot];
    if (key === undefined) {
      if (free < 0) free = slot;
      continue;
    }
    if (key.length !== len) continue;
    let k = 0;
    while (k < len && key[k] === buf[start + k]) k++;
    if (k === len) return values[slot]!;
  }
  const slot = free >= 0 ? free : h & MASK;
  const value = decoder.decode(buf.subarray(start, i));
  keys[slot] = buf.slice(start, i);
  values[slot] = value;
  return value;
}
