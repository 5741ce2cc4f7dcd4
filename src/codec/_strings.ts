/**
 * String values read from received bytes. Netlink strings repeat: interface
 * names, link kinds, family and group names come back in every dump and
 * event. Short strings (up to {@linkcode INTERN_MAX} bytes) therefore go
 * through a small cache keyed by their bytes: a hit returns the string
 * decoded before, with no decoding and no allocation. Every hit is checked
 * byte for byte (length and content), never on the hash alone, so the cache
 * can only make a lookup faster, never give another string. The cache is
 * bounded: {@linkcode INTERN_SLOTS} slots, a new string replacing the one in
 * its slot.
 *
 * @module
 */

/** Longest string, in bytes, kept in the cache. */
export const INTERN_MAX = 32;
/** Number of cache slots (a power of two). */
export const INTERN_SLOTS = 256;

const keys = new Uint8Array(INTERN_SLOTS * INTERN_MAX);
const lengths = new Int32Array(INTERN_SLOTS).fill(-1);
const values: string[] = new Array<string>(INTERN_SLOTS).fill("");
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Decodes the string in `buf[start, end)`: the bytes up to the first NUL,
 * as UTF-8 (invalid sequences become U+FFFD, as `TextDecoder` does).
 *
 * @param buf The buffer.
 * @param start Offset of the first byte.
 * @param end Offset just past the last byte (the value's end).
 * @returns The string.
 */
export function readString(buf: Uint8Array, start: number, end: number): string {
  // One pass finds the NUL, hashes the bytes and notes whether they are ASCII.
  const limit = end - start > INTERN_MAX ? start + INTERN_MAX : end;
  let h = 0;
  let high = 0;
  let i = start;
  for (; i < limit; i++) {
    const b = buf[i];
    if (b === 0) break;
    h = (h * 31 + b) | 0;
    high |= b;
  }
  if (i === limit && limit < end) {
    // Longer than the cache takes: decode as it is, up to the NUL.
    while (i < end && buf[i] !== 0) i++;
    return decoder.decode(buf.subarray(start, i));
  }
  const n = i - start;
  if (n === 0) return "";
  const slot = (h ^ (h >>> 8) ^ n) & (INTERN_SLOTS - 1);
  const base = slot * INTERN_MAX;
  if (lengths[slot] === n) {
    let k = 0;
    while (k < n && keys[base + k] === buf[start + k]) k++;
    if (k === n) return values[slot];
  }
  let s: string;
  if (high < 0x80) {
    s = "";
    for (let k = start; k < i; k++) s += String.fromCharCode(buf[k]);
  } else {
    s = decoder.decode(buf.subarray(start, i));
  }
  for (let k = 0; k < n; k++) keys[base + k] = buf[start + k];
  lengths[slot] = n;
  values[slot] = s;
  return s;
}
