/**
 * String values read from received bytes. Netlink strings repeat: interface
 * names, link kinds, family and group names come back in every dump and
 * event. Short values (up to {@linkcode INTERN_MAX} bytes, the size of
 * `IFNAMSIZ` and `GENL_NAMSIZ`) therefore go through a small cache keyed by
 * the value's bytes, all of them (the NUL and anything after it included):
 * a hit returns the string decoded from the same bytes before, with no
 * decoding and no allocation. A hit is checked word for word against the
 * stored bytes, never on the hash alone, so the cache can make a lookup
 * faster but never give another string.
 *
 * The cache is bounded: {@linkcode INTERN_SETS} sets of two entries, the
 * most recently used first. The hot path looks at the first entry only;
 * the second is looked at on a miss (and promoted when it hits), and a new
 * value pushes the first entry into the second place and the second out.
 *
 * @module
 */

/** Longest value, in bytes, kept in the cache. */
export const INTERN_MAX = 16;
/** Number of cache sets (a power of two); each holds two values. */
export const INTERN_SETS = 2048;

const WORDS = INTERN_MAX / 4;
const ENTRIES = 2 * INTERN_SETS;
/** Each entry's first 4 bytes and last 4 bytes (they overlap below 8), as words. */
const firsts = new Int32Array(ENTRIES);
const lasts = new Int32Array(ENTRIES);
/** Each entry's whole words (read for values longer than 8 bytes). */
const words = new Int32Array(ENTRIES * WORDS);
/** Each entry's length in bytes; -1 for an empty entry. */
const lengths = new Int32Array(ENTRIES).fill(-1);
const values: string[] = new Array<string>(ENTRIES).fill("");
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
  // The common case, a value of 4 to 8 bytes ("veth123" and its NUL) in
  // the first entry of its set, is looked up here; anything else in readAny.
  const n = end - start;
  if (n >= 4 && n <= 8) {
    const first = view.getInt32(start, true);
    const last = view.getInt32(end - 4, true);
    const e = 2 * hash(n, first, last);
    if (lengths[e] === n && firsts[e] === first && lasts[e] === last) return values[e]!;
  }
  return readAny(buf, view, start, end);
}

/**
 * The set of a value: from its length and its first and last 4 bytes, each
 * word multiplied before they are mixed (XOR-ing the words first let names
 * that differ in both cancel out: the 401 names of 200 veth pairs, "va0" to
 * "vb199", fell into 201 sets, up to 11 in one, so 163 of them missed on
 * every lookup; now 367 sets, at most 4 in one, as random keys would).
 * Exported for the tests.
 *
 * @param n The value's length in bytes.
 * @param first Its first 4 bytes as a little-endian int32 (1 to 3 bytes: those bytes).
 * @param last Its last 4 bytes alike.
 * @returns The set, 0 to 2047.
 */
export function hash(n: number, first: number, last: number): number {
  let x = Math.imul(first ^ n, 0xcc9e2d51) ^ Math.imul(last, 0x1b873593);
  x ^= x >>> 15;
  return Math.imul(x, 0x9e3779b1) >>> 21; // 2048 sets
}

/** {@linkcode readString} for any value: both entries of its set, or a decoding. */
function readAny(buf: Uint8Array, view: DataView, start: number, end: number): string {
  const n = end - start;
  if (n === 0 || n > INTERN_MAX) return decode(buf, start, end);
  let first: number;
  let last: number;
  if (n >= 4) {
    first = view.getInt32(start, true);
    last = view.getInt32(end - 4, true);
  } else {
    // 1 to 3 bytes: the bytes themselves make the word.
    first = last = buf[start]! | (n > 1 ? buf[start + 1]! << 8 : 0) |
      (n > 2 ? buf[start + 2]! << 16 : 0);
  }
  const e = 2 * hash(n, first, last);
  if (holds(e, view, start, n, first, last)) return values[e]!;
  if (holds(e + 1, view, start, n, first, last)) {
    swap(e);
    return values[e]!;
  }
  const s = decode(buf, start, end);
  move(e, e + 1);
  const base = e * WORDS;
  for (let k = 1; k < n >> 2; k++) words[base + k] = view.getInt32(start + 4 * k, true);
  firsts[e] = first;
  lasts[e] = last;
  lengths[e] = n;
  values[e] = s;
  return s;
}

/** Whether entry `e` holds exactly the `n` bytes at `start`. */
function holds(
  e: number,
  view: DataView,
  start: number,
  n: number,
  first: number,
  last: number,
): boolean {
  if (lengths[e] !== n || firsts[e] !== first || lasts[e] !== last) return false;
  // First and last words cover up to 8 bytes; longer values are checked word by word.
  const base = e * WORDS;
  for (let k = 1; k < n >> 2; k++) {
    if (words[base + k] !== view.getInt32(start + 4 * k, true)) return false;
  }
  return true;
}

/** Copies entry `from` over entry `to`. */
function move(from: number, to: number): void {
  for (let k = 0; k < WORDS; k++) words[to * WORDS + k] = words[from * WORDS + k]!;
  firsts[to] = firsts[from]!;
  lasts[to] = lasts[from]!;
  lengths[to] = lengths[from]!;
  values[to] = values[from]!;
}

/** Swaps entries `e` and `e + 1`. */
function swap(e: number): void {
  const base = e * WORDS;
  for (let k = 0; k < WORDS; k++) {
    const w = words[base + k]!;
    words[base + k] = words[base + WORDS + k]!;
    words[base + WORDS + k] = w;
  }
  const first = firsts[e]!, last = lasts[e]!, length = lengths[e]!, value = values[e]!;
  firsts[e] = firsts[e + 1]!;
  lasts[e] = lasts[e + 1]!;
  lengths[e] = lengths[e + 1]!;
  values[e] = values[e + 1]!;
  firsts[e + 1] = first;
  lasts[e + 1] = last;
  lengths[e + 1] = length;
  values[e + 1] = value;
}

/** Decodes up to the first NUL: short ASCII by hand, the rest with `TextDecoder`. */
function decode(buf: Uint8Array, start: number, end: number): string {
  let i = start;
  let high = 0;
  for (; i < end; i++) {
    const b = buf[i]!;
    if (b === 0) break;
    high |= b;
  }
  if (i === start) return "";
  if (high >= 0x80 || i - start > INTERN_MAX) return decoder.decode(buf.subarray(start, i));
  // Short ASCII: one string made from the codes (no intermediate strings).
  codes.length = 0;
  for (let k = start; k < i; k++) codes.push(buf[k]!);
  return String.fromCharCode(...codes);
}

const codes: number[] = [];
