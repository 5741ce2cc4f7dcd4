/**
 * The reference decoder: the netlink wire format read a second time, from
 * raw bytes, with code that shares nothing with `src/codec` (its own
 * little-endian reads, its own alignment, its own UTF-8 decoder after the
 * WHATWG Encoding Standard). It records the same events as the codec walk
 * (`walk.ts`) under the same walk policy (`policy.ts`), so that a silent
 * misparse by the codec shows as a difference, not only a crash.
 *
 * What it holds the codec to:
 * - messages (`NLMSG_OK`/`NLMSG_NEXT`): a header needs 16 bytes, a length of
 *   at least 16 and at most what is left; the next message starts at the
 *   length rounded up to 4; an error stops the datagram, at the message's
 *   offset;
 * - attributes: 4 header bytes, a length of at least 4 and at most what is
 *   left in the container; the next at the length rounded up to 4; an error
 *   stops that level, at the attribute's offset; fixed-size getters want
 *   exactly their size, else an error at the attribute's offset; strings
 *   end at the first NUL or the value's end;
 * - `NLMSG_ERROR`/`NLMSG_DONE`: the error code is the first s32 of the
 *   payload (0 for a `NLMSG_DONE` without one; an `NLMSG_ERROR` without one,
 *   or a positive code, is an error); ack TLVs (`NLM_F_ACK_TLVS`) follow the
 *   code in a `NLMSG_DONE`, and in an `NLMSG_ERROR` the echoed request: 16
 *   bytes if `NLM_F_CAPPED`, else its own length (at least 16, within the
 *   message) rounded up to 4 or the message's end.
 *
 * @module
 */
import { descend, headerSize, MAX_DEPTH, tryWrongSize } from "./policy.ts";
import { E, type Trace } from "./trace.ts";

function rd8(b: Uint8Array, p: number): number {
  return b[p];
}
function rd16(b: Uint8Array, p: number): number {
  return b[p] + b[p + 1] * 256;
}
function rd16be(b: Uint8Array, p: number): number {
  return b[p] * 256 + b[p + 1];
}
function rd32(b: Uint8Array, p: number): number {
  return b[p] + b[p + 1] * 0x100 + b[p + 2] * 0x10000 + b[p + 3] * 0x1000000;
}
function rd32be(b: Uint8Array, p: number): number {
  return b[p] * 0x1000000 + b[p + 1] * 0x10000 + b[p + 2] * 0x100 + b[p + 3];
}
function signed(v: number, bits: number): number {
  const half = 2 ** (bits - 1);
  return v >= half ? v - 2 * half : v;
}
function rd64(b: Uint8Array, p: number): bigint {
  return (BigInt(rd32(b, p + 4)) << 32n) + BigInt(rd32(b, p));
}
function rd64be(b: Uint8Array, p: number): bigint {
  return (BigInt(rd32be(b, p)) << 32n) + BigInt(rd32be(b, p + 4));
}
function roundUp4(n: number): number {
  return Math.ceil(n / 4) * 4;
}

/**
 * UTF-8 to a string as the WHATWG Encoding Standard decodes it (each
 * maximal invalid subpart becomes one U+FFFD; a BOM is kept as U+FEFF).
 *
 * @param b The buffer.
 * @param start First byte.
 * @param end Just past the last byte.
 * @returns The string.
 */
export function utf8(b: Uint8Array, start: number, end: number): string {
  const units: number[] = [];
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xbf;
  const emit = (c: number) => {
    if (c > 0xffff) {
      c -= 0x10000;
      units.push(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
    } else units.push(c);
  };
  for (let i = start; i < end; i++) {
    const x = b[i];
    if (needed === 0) {
      if (x <= 0x7f) emit(x);
      else if (x >= 0xc2 && x <= 0xdf) {
        needed = 1;
        cp = x & 0x1f;
      } else if (x >= 0xe0 && x <= 0xef) {
        if (x === 0xe0) lower = 0xa0;
        if (x === 0xed) upper = 0x9f;
        needed = 2;
        cp = x & 0xf;
      } else if (x >= 0xf0 && x <= 0xf4) {
        if (x === 0xf0) lower = 0x90;
        if (x === 0xf4) upper = 0x8f;
        needed = 3;
        cp = x & 0x7;
      } else emit(0xfffd);
      continue;
    }
    if (x < lower || x > upper) {
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      emit(0xfffd);
      i--; // the byte starts over
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = cp * 64 + (x & 0x3f);
    if (++seen === needed) {
      emit(cp);
      cp = needed = seen = 0;
    }
  }
  if (needed !== 0) emit(0xfffd);
  let s = "";
  for (let i = 0; i < units.length; i += 4096) {
    s += String.fromCharCode(...units.slice(i, i + 4096));
  }
  return s;
}

/** A structural problem at an offset (the reference's own, not DecodeError). */
class Bad {
  constructor(readonly offset: number) {}
}

/**
 * Walks a datagram of `length` bytes at `start` of `b`.
 *
 * @param b The buffer.
 * @param start The datagram's offset.
 * @param length Its length.
 * @param protocol Its netlink protocol.
 * @param t Where to record.
 */
export function referenceWalk(
  b: Uint8Array,
  start: number,
  length: number,
  protocol: number,
  t: Trace,
): void {
  const end = start + length;
  t.push(E.VIEW, start, length);
  let p = start;
  let index = 0;
  while (end - p > 0) {
    const left = end - p;
    if (left < 16) return void t.push(E.MSG_ERR, p);
    const len = rd32(b, p);
    if (len < 16 || len > left) return void t.push(E.MSG_ERR, p);
    message(b, p, len, protocol, t, 0);
    if (index++ % 16 === 0) {
      t.push(E.OWNED, 0, len, rd16(b, p + 4), rd32(b, p + 8));
      attributes(b, p, len, protocol, t, p);
    }
    p += roundUp4(len);
  }
  t.push(E.END);
}

function message(b: Uint8Array, p: number, len: number, protocol: number, t: Trace, shift: number) {
  const type = rd16(b, p + 4);
  t.push(E.MSG, p, len, type, rd16(b, p + 6), rd32(b, p + 8), rd32(b, p + 12), p + 16, len - 16);
  t.push(E.VIEW, p + 16, len - 16);
  if (type === 2 || type === 3) control(b, p, len, t);
  attributes(b, p, len, protocol, t, shift);
}

function attributes(
  b: Uint8Array,
  p: number,
  len: number,
  protocol: number,
  t: Trace,
  shift: number,
): void {
  const size = headerSize(protocol, rd16(b, p + 4));
  const first = p + 16 + roundUp4(size);
  if (first > p + len) return void t.push(E.ATTRS_ERR, p - shift);
  t.push(E.ATTRS, size);
  level(b, first, p + len, 0, t, shift);
}

/** One level of attributes in `[start, end)`; offsets recorded minus `shift`. */
function level(b: Uint8Array, start: number, end: number, depth: number, t: Trace, shift: number) {
  let p = start;
  let first = -1;
  while (end - p > 0) {
    const left = end - p;
    if (left < 4) {
      t.push(E.ATTR_ERR, p - shift);
      break;
    }
    const len = rd16(b, p);
    if (len < 4 || len > left) {
      t.push(E.ATTR_ERR, p - shift);
      break;
    }
    const raw = rd16(b, p + 2);
    if (first < 0) first = raw & 0x3fff;
    attribute(b, p, len, raw, depth, t, shift);
    p += roundUp4(len);
  }
  if (first < 0) return;
  for (const type of [first, (first + 1) & 0x3fff]) {
    const found = find(b, start, end, type);
    if (found instanceof Bad) t.push(E.FIND_ERR, found.offset - shift);
    else t.push(E.FIND, type, found >= 0 ? 1 : 0, found >= 0 ? found - shift : -1);
  }
}

function find(b: Uint8Array, start: number, end: number, type: number): number | Bad {
  let p = start;
  while (end - p > 0) {
    if (end - p < 4) return new Bad(p);
    const len = rd16(b, p);
    if (len < 4 || len > end - p) return new Bad(p);
    if ((rd16(b, p + 2) & 0x3fff) === type) return p;
    p += roundUp4(len);
  }
  return -1;
}

function attribute(
  b: Uint8Array,
  p: number,
  len: number,
  raw: number,
  depth: number,
  t: Trace,
  shift: number,
): void {
  const n = len - 4;
  const v = p + 4;
  t.push(
    E.ATTR,
    p - shift,
    raw & 0x3fff,
    raw >= 0x8000 ? 1 : 0,
    raw & 0x4000 ? 1 : 0,
    n,
    v - shift,
  );
  if (n === 1) t.push(E.VAL, rd8(b, v), E.VAL, signed(rd8(b, v), 8));
  else if (n === 2) t.push(E.VAL, rd16(b, v), E.VAL, signed(rd16(b, v), 16), E.VAL, rd16be(b, v));
  else if (n === 4) t.push(E.VAL, rd32(b, v), E.VAL, signed(rd32(b, v), 32), E.VAL, rd32be(b, v));
  else if (n === 8) {
    t.big(rd64(b, v));
    t.big(BigInt.asIntN(64, rd64(b, v)));
    t.big(rd64be(b, v));
  }
  // A getter of the wrong size (whichever wrongSize() picks) always fails there.
  if (tryWrongSize(p - shift)) t.push(E.GET_ERR, p - shift);
  let nul = v;
  while (nul < v + n && b[nul] !== 0) nul++;
  t.str(utf8(b, v, nul));
  t.push(E.VIEW, v - shift, n);
  if (((p - shift) & 60) === 0) {
    let sum = 0;
    for (let i = v; i < v + n; i++) sum += b[i];
    t.push(E.COPY, n, sum);
  }
  const firstLen = n >= 2 ? rd16(b, v) : -1;
  if (depth < MAX_DEPTH && descend(raw >= 0x8000, n, firstLen)) {
    t.push(E.NEST);
    level(b, v, v + n, depth + 1, t, shift);
    t.push(E.NEST_END);
  }
}

interface Ack {
  message: string | undefined;
  offset: number;
  missingType: number;
  missingNest: number;
}

function control(b: Uint8Array, p: number, len: number, t: Trace): void {
  const type = rd16(b, p + 4);
  const flags = rd16(b, p + 6);
  const payload = len - 16;
  let code: number | Bad;
  if (payload < 4) code = type === 2 ? new Bad(p) : 0;
  else {
    code = signed(rd32(b, p + 16), 32);
    if (code > 0) code = new Bad(p + 16);
  }
  if (code instanceof Bad) t.push(E.CODE_ERR, code.offset);
  else t.push(E.CODE, code);
  const ack = extAck(b, p, len, type, flags);
  if (ack instanceof Bad) t.push(E.ACK_ERR, ack.offset);
  else {
    t.push(E.ACK, ack.offset, ack.missingType, ack.missingNest);
    t.str(ack.message);
  }
  if (code instanceof Bad || code >= 0) return;
  if (ack instanceof Bad) return void t.push(E.KERR_ERR, ack.offset);
  const requestType = type === 2 && payload >= 20 ? rd16(b, p + 24) : 0;
  t.push(E.KERR, -code, rd32(b, p + 8), requestType, ack.offset, ack.missingType);
  t.str(ack.message);
}

function extAck(b: Uint8Array, p: number, len: number, type: number, flags: number): Ack | Bad {
  const ack: Ack = { message: undefined, offset: -1, missingType: -1, missingNest: -1 };
  const payload = len - 16;
  if ((flags & 0x200) === 0 || payload < 4) return ack;
  const end = p + len;
  let q = p + 20;
  if (type === 2) {
    if (payload < 20) return new Bad(p);
    if (flags & 0x100) q += 16;
    else {
      const orig = rd32(b, q);
      if (orig < 16 || orig > end - q) return new Bad(q);
      q = Math.min(q + roundUp4(orig), end);
    }
  }
  while (end - q > 0) {
    if (end - q < 4) return new Bad(q);
    const alen = rd16(b, q);
    if (alen < 4 || alen > end - q) return new Bad(q);
    const atype = rd16(b, q + 2) & 0x3fff;
    const n = alen - 4;
    if (atype === 1) {
      let nul = q + 4;
      while (nul < q + alen && b[nul] !== 0) nul++;
      ack.message = utf8(b, q + 4, nul);
    } else if (atype === 2 || atype === 5 || atype === 6) {
      // NLMSGERR_ATTR_OFFS, _MISS_TYPE, _MISS_NEST: u32 each.
      if (n !== 4) return new Bad(q);
      const value = rd32(b, q + 4);
      if (atype === 2) ack.offset = value;
      else if (atype === 5) ack.missingType = value;
      else ack.missingNest = value;
    }
    q += roundUp4(alen);
  }
  return ack;
}
