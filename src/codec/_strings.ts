/**
 * String values read from received bytes. Netlink strings repeat: interface
 * names, link kinds, family and group names come back in every dump and
 * event. Short values (up to {@linkcode INTERN_MAX} bytes) therefore go
 * through a small cache keyed by the value's bytes, all of them (the NUL
 * and anything after it included): a hit returns the string decoded from
 * the same bytes before, with no decoding and no allocation. A hit is
 * checked word for word against the stored bytes, never on the hash alone,
 * so the cache can make a lookup faster but never give another string. The
 * cache is bounded: {@linkcode INTERN_SLOTS} slots, a new value replacing
 * the one in its slot.
 *
 * @module
 */

/** Longest value, in bytes, kept in the cache. */
export const INTERN_MAX = 32;
/** Number of cache slots (a power of two). */
export const INTERN_SLOTS = 1024;

const WORDS = INTERN_MAX / 4;
/** Each cached value's first 4 bytes and last 4 bytes (they overlap below 8), as words. */
const firsts = new Int32Array(INTERN_SLOTS);
const lasts = new Int32Array(INTERN_SLOTS);
/** Each cached value's whole words (for values longer than 8 bytes). */
const words = new Int32Array(INTERN_SLOTS * WORDS);
/** Each cached value's length in bytes; -1 for an empty slot. */
const lengths = new Int32Array(INTERN_SLOTS).fill(-1);
const values: string[] = new Array<string>(INTERN_SLOTS).fill("");
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Decodes the string value in `buf[start, end)`: the bytes up to the first
 * NUL, as UTF-8 (invalid sequences become U+FFFD, as `TextDecoder` does; a
 * leading U+FEFF is kept).
 *
 * @param buf The buffer.
 * @param view A `DataView` over the same bytes.
 * @param start Offset of the value's first byte.
 * @param end Offset just past the value's last byte.
 * @returns The string.
 */
export function readString(buf: Uint8Array, view: DataView, start: number, end: number): string {
  // The common case, a value of 4 to 8 bytes ("veth123" and its NUL), is
  // looked up here; anything else in readAny.
  const n = end - start;
  if (n >= 4 && n <= 8) {
    const first = view.getInt32(start, true);
    const last = view.getInt32(end - 4, true);
    const slot = hash(n, first, last);
    if (lengths[slot] === n && firsts[slot] === first && lasts[slot] === last) return values[slot];
  }
  return readAny(buf, view, start, end);
}

/** {@linkcode readString} for any length: the cache up to {@linkcode INTERN_MAX} bytes. */
function readAny(buf: Uint8Array, view: DataView, start: number, end: number): string {
  const n = end - start;
  if (n < 4 || n > INTERN_MAX) return readOther(buf, view, start, end);
  // The slot comes from the length and the first and last 4 bytes, which
  // cover values up to 8 bytes; longer ones are checked word by word.
  const first = view.getInt32(start, true);
  const last = view.getInt32(end - 4, true);
  const slot = hash(n, first, last);
  if (
    lengths[slot] === n && firsts[slot] === first && lasts[slot] === last &&
    (n <= 8 || sameWords(view, start, n, slot))
  ) return values[slot];
  return remember(buf, view, start, end, slot, first, last);
}

function hash(n: number, first: number, last: number): number {
  return Math.imul(n ^ first ^ ((last << 16) | (last >>> 16)), 0x9e3779b1) >>> 22; // 1024 slots
}

function sameWords(view: DataView, start: number, n: number, slot: number): boolean {
  const base = slot * WORDS;
  const full = n >> 2;
  for (let k = 1; k < full; k++) {
    if (words[base + k] !== view.getInt32(start + 4 * k, true)) return false;
  }
  return true;
}

/** Values of 1 to 3 bytes (their bytes make the words) and values too long for the cache. */
function readOther(buf: Uint8Array, view: DataView, start: number, end: number): string {
  const n = end - start;
  if (n === 0 || n > INTERN_MAX) return decode(buf, start, end);
  const word = buf[start] | (n > 1 ? buf[start + 1] << 8 : 0) | (n > 2 ? buf[start + 2] << 16 : 0);
  const slot = hash(n, word, word);
  if (lengths[slot] === n && firsts[slot] === word && lasts[slot] === word) return values[slot];
  return remember(buf, view, start, end, slot, word, word);
}

/** Decodes a value and keeps it in its slot. */
function remember(
  buf: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  slot: number,
  first: number,
  last: number,
): string {
  const s = decode(buf, start, end);
  const n = end - start;
  const base = slot * WORDS;
  for (let k = 1; k < n >> 2; k++) words[base + k] = view.getInt32(start + 4 * k, true);
  firsts[slot] = first;
  lasts[slot] = last;
  lengths[slot] = n;
  values[slot] = s;
  return s;
}

/** Decodes up to the first NUL: short ASCII by hand, the rest with `TextDecoder`. */
function decode(buf: Uint8Array, start: number, end: number): string {
  let i = start;
  let high = 0;
  for (; i < end; i++) {
    const b = buf[i];
    if (b === 0) break;
    high |= b;
  }
  if (i === start) return "";
  if (high >= 0x80 || i - start > INTERN_MAX) return decoder.decode(buf.subarray(start, i));
  let s = "";
  for (let k = start; k < i; k++) s += String.fromCharCode(buf[k]);
  return s;
}
