// deno-fmt-ignore-file -- byte tables keep one wire field group per line, with comments.
// Wrong calls of the readers, and hostile bytes in control messages: a
// reader cannot be pointed past its buffer or read while on nothing, and
// every structural problem is a DecodeError with the offset.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  AttributeReader,
  DecodeError,
  errorCode,
  extendedAck,
  kernelError,
  MessageReader,
  MessageWriter,
  NLM_F_ACK_TLVS,
  NLM_F_CAPPED,
  NLMSG_DONE,
  NLMSG_ERROR,
  NLMSGERR_ATTR_MSG,
  NLMSGERR_ATTR_OFFS,
} from "../../mod.ts";
import { bytes } from "../_helpers.ts";

function linkMessage(): Uint8Array {
  const w = new MessageWriter(128);
  w.begin(0x10);
  w.reserve(16);
  w.putString(3, "veth0");
  w.putU32(4, 1500);
  w.end();
  return w.buffer.slice(0, w.length);
}

test("reader checks: reset() cannot point past the buffer", () => {
  const buf = linkMessage();
  const r = new MessageReader();
  const cases: [string, () => unknown, new (...a: never[]) => Error][] = [
    ["length beyond the buffer", () => r.reset(buf, buf.length + 1), RangeError],
    ["start + length beyond the buffer", () => r.reset(buf, buf.length, undefined, 4), RangeError],
    ["start beyond the buffer", () => r.reset(buf, 0, undefined, buf.length + 4), RangeError],
    ["negative length", () => r.reset(buf, -1), RangeError],
    ["negative start", () => r.reset(buf, 16, undefined, -16), RangeError],
    ["fractional length", () => r.reset(buf, 1.5), RangeError],
    ["NaN length", () => r.reset(buf, NaN), RangeError],
    ["length as a string", () => r.reset(buf, "16" as unknown as number), TypeError],
    ["not a Uint8Array", () => r.reset([1, 2] as unknown as Uint8Array, 2), TypeError],
    ["a view of other memory", () => r.reset(buf, 16, new DataView(new ArrayBuffer(buf.length))), TypeError],
    ["a view of part of the buffer", () => r.reset(buf, 16, new DataView(buf.buffer, 4)), TypeError],
  ];
  r.reset(buf, buf.length);
  for (const [name, call, error] of cases) {
    assert.throws(call, error, name);
    // A refused reset leaves the reader where it was: on its datagram, still readable.
    assert.equal(r.advance(), true, name);
    assert.equal(r.type, 0x10, name);
    r.reset(buf, buf.length);
  }
  const small = new Uint8Array(8);
  assert.throws(() => r.reset(small, 16), RangeError);
  assert.equal(r.advance(), true); // still on the first buffer
  // A window inside a larger buffer is fine.
  const big = new Uint8Array(buf.length + 8);
  big.set(buf, 8);
  r.reset(big, buf.length, undefined, 8);
  assert.equal(r.advance(), true);
  assert.equal(r.offset, 8);
});

test("reader checks: nothing is read before the first advance() or after the last", () => {
  const buf = linkMessage();
  const r = new MessageReader().reset(buf, buf.length);
  const reads: [string, () => unknown][] = [
    ["type", () => r.type],
    ["flags", () => r.flags],
    ["seq", () => r.seq],
    ["pid", () => r.pid],
    ["payloadOffset", () => r.payloadOffset],
    ["payloadLength", () => r.payloadLength],
    ["payload()", () => r.payload()],
    ["copy()", () => r.copy()],
    ["toOwned()", () => r.toOwned()],
    ["attributes()", () => r.attributes(16)],
    ["errorCode()", () => errorCode(r)],
    ["extendedAck()", () => extendedAck(r)],
  ];
  for (const [name, read] of reads) assert.throws(read, /on no message/, `${name} before advance()`);
  assert.equal(r.offset, -1);
  assert.equal(r.advance(), true);
  assert.equal(r.type, 0x10);
  assert.equal(r.advance(), false);
  for (const [name, read] of reads) assert.throws(read, /on no message/, `${name} after the end`);
});

test("reader checks: attributes() takes a non-negative integer header size", () => {
  const buf = linkMessage();
  const r = new MessageReader().reset(buf, buf.length);
  r.advance();
  assert.throws(() => r.attributes(-4), RangeError);
  assert.throws(() => r.attributes(-16), RangeError);
  assert.throws(() => r.attributes(2.5), RangeError);
  assert.throws(() => r.attributes(2 ** 32), RangeError);
  assert.throws(() => r.attributes("16" as unknown as number), TypeError);
  assert.throws(() => r.attributes(2 ** 32 - 1), DecodeError); // longer than the payload
  const types: number[] = [];
  for (const a of r.attributes(16)) types.push(a.type);
  assert.deepEqual(types, [3, 4]);
});

test("reader checks: AttributeReader.reset() cannot point past the buffer", () => {
  const buf = bytes([8, 2], [1, 2], [42, 4]);
  const a = new AttributeReader();
  assert.throws(() => a.reset(buf, 0, buf.length + 1), RangeError);
  assert.throws(() => a.reset(buf, 4, 0), RangeError);
  assert.throws(() => a.reset(buf, -4, 8), RangeError);
  assert.throws(() => a.reset(buf, 0.5, 8), RangeError);
  assert.throws(() => a.reset(buf, "0" as unknown as number, 8), TypeError);
  assert.throws(() => a.reset({} as Uint8Array, 0, 0), TypeError);
  assert.throws(() => a.reset(buf, 0, 8, new DataView(new ArrayBuffer(8))), TypeError);
  assert.equal(a.reset(buf, 0, 8).advance(), true);
  assert.equal(a.u32(), 42);
  // A refused reset to another buffer leaves the reader on its own.
  a.rewind();
  assert.throws(() => a.reset(new Uint8Array(4), 0, 8), RangeError);
  assert.equal(a.advance(), true);
  assert.equal(a.u32(), 42);
});

test("reader checks: attribute values are not read while the cursor is on none", () => {
  const buf = bytes([8, 2], [1, 2], [42, 4]);
  const a = new AttributeReader().reset(buf, 0, buf.length);
  const reads: [string, () => unknown][] = [
    ["length", () => a.length],
    ["isNested", () => a.isNested],
    ["isNetByteOrder", () => a.isNetByteOrder],
    ["valueOffset", () => a.valueOffset],
    ["u32()", () => a.u32()],
    ["u8()", () => a.u8()],
    ["string()", () => a.string()],
    ["bytes()", () => a.bytes()],
    ["copy()", () => a.copy()],
    ["nested()", () => a.nested()],
  ];
  for (const [name, read] of reads) assert.throws(read, /on no attribute/, `${name} before advance()`);
  assert.equal(a.type, -1); // no attribute has type -1
  assert.equal(a.offset, -1);
  assert.equal(a.advance(), true);
  assert.equal(a.type, 1);
  assert.equal(a.u32(), 42);
  assert.equal(a.advance(), false);
  for (const [name, read] of reads) assert.throws(read, /on no attribute/, `${name} after the end`);
  assert.equal(a.type, -1);
  assert.equal(a.find(9), false);
  assert.equal(a.type, -1);
  assert.throws(() => a.find("1" as unknown as number), TypeError);
});

test("reader checks: a message length with the top bit set is a DecodeError", () => {
  for (const len of [0x7fffffff, 0x80000000, 0xfffffffd, 0xffffffff]) {
    const datagram = bytes([len, 4], [0x10, 2], [0, 2], [0, 4], [0, 4]);
    assert.throws(() => new MessageReader().reset(datagram, datagram.length).advance(), (err: unknown) =>
      err instanceof DecodeError && err.offset === 0 && /overruns/.test(err.message));
  }
});

/** An NLMSG_ERROR with ack TLVs whose echoed request claims `origLen` bytes. */
function errorWithOrigLen(origLen: number, flags = NLM_F_ACK_TLVS): Uint8Array {
  return bytes(
    [16 + 4 + 16 + 12, 4], [NLMSG_ERROR, 2], [flags, 2], [1, 4], [0, 4],
    [-22 >>> 0, 4], // -EINVAL
    [origLen, 4], [0x10, 2], [5, 2], [1, 4], [0, 4], // echoed request header
    [12, 2], [NLMSGERR_ATTR_MSG, 2], "bad", [0, 1], [0, 4],
  );
}

function firstMessage(datagram: Uint8Array): MessageReader {
  const r = new MessageReader().reset(datagram, datagram.length);
  assert.equal(r.advance(), true);
  return r;
}

test("control checks: an echoed request length that would wrap 32-bit alignment is a DecodeError", () => {
  // (origLen + 3) & ~3 wraps to 0 or to a negative offset for these.
  for (const origLen of [0x7ffffffd, 0x7fffffff, 0x80000000, 0xfffffffd, 0xffffffff]) {
    const m = firstMessage(errorWithOrigLen(origLen));
    for (const call of [() => extendedAck(m), () => kernelError(m, errorCode(m))]) {
      assert.throws(call, (err: unknown) => {
        assert.ok(err instanceof DecodeError, `origLen ${origLen}: ${err}`);
        assert.equal(err.offset, 20);
        assert.match(err.message, /echoed request's length \d+ overruns/);
        return true;
      });
    }
  }
});

test("control checks: an echoed request shorter than a header is a DecodeError", () => {
  for (const origLen of [0, 1, 15]) {
    const m = firstMessage(errorWithOrigLen(origLen));
    assert.throws(() => extendedAck(m), (err: unknown) =>
      err instanceof DecodeError && err.offset === 20 && /below the header size 16/.test(err.message));
  }
});

test("control checks: the echoed request's own length places the TLVs, capped or not", () => {
  assert.equal(extendedAck(firstMessage(errorWithOrigLen(16))).message, "bad");
  // Capped: the echoed length is ignored, only the header was echoed.
  for (const origLen of [0, 0xffffffff, 400]) {
    assert.equal(extendedAck(firstMessage(errorWithOrigLen(origLen, NLM_F_ACK_TLVS | NLM_F_CAPPED))).message, "bad");
  }
  // A 17-byte request echoed unpadded at the very end: no TLVs, no error.
  const m = firstMessage(bytes(
    [16 + 4 + 17, 4], [NLMSG_ERROR, 2], [NLM_F_ACK_TLVS, 2], [1, 4], [0, 4],
    [-22 >>> 0, 4],
    [17, 4], [0x10, 2], [5, 2], [1, 4], [0, 4], [0xee, 1],
  ));
  assert.deepEqual(extendedAck(m), { message: undefined, offset: undefined, missingType: undefined, missingNest: undefined });
});

test("control checks: a positive error code is a DecodeError; kernelError() wants a negative code", () => {
  const err5 = firstMessage(bytes([20, 4], [NLMSG_ERROR, 2], [0, 2], [1, 4], [0, 4], [5, 4]));
  assert.throws(() => errorCode(err5), (err: unknown) => err instanceof DecodeError && err.offset === 16);
  const done5 = firstMessage(bytes([20, 4], [NLMSG_DONE, 2], [2, 2], [1, 4], [0, 4], [5, 4]));
  assert.throws(() => errorCode(done5), DecodeError);
  const m = firstMessage(errorWithOrigLen(16));
  for (const code of [0, 5, -1.5, NaN, -(2 ** 31) - 1]) assert.throws(() => kernelError(m, code), RangeError);
  assert.throws(() => kernelError(m, "-22" as unknown as number), TypeError);
  assert.equal(kernelError(m, -(2 ** 31)).errno, 2 ** 31);
});

test("control checks: malformed TLVs after the echoed request are DecodeErrors with their offset", () => {
  const m = firstMessage(bytes(
    [16 + 4 + 16 + 8 + 8, 4], [NLMSG_ERROR, 2], [NLM_F_ACK_TLVS | NLM_F_CAPPED, 2], [1, 4], [0, 4],
    [-22 >>> 0, 4],
    [16, 4], [0x10, 2], [5, 2], [1, 4], [0, 4],
    [6, 2], [NLMSGERR_ATTR_OFFS, 2], [0, 4], // a 2-byte offset where 4 are expected
    [40, 2], [NLMSGERR_ATTR_MSG, 2], [0, 4], // overruns the message
  ));
  assert.throws(() => extendedAck(m), (err: unknown) => err instanceof DecodeError && err.offset === 36);
});

test("string(): the string cache never gives another string", () => {
  // Many values that share lengths, prefixes and suffixes, read over and
  // over in random order: every read must equal a fresh decoding.
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const values: Uint8Array[] = [];
  for (let i = 0; i < 3000; i++) {
    const n = rand(4) === 0 ? rand(40) : 1 + rand(16);
    const v = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      const r = rand(20);
      v[k] = r === 0 ? 0 : r === 1 ? 0x80 + rand(0x80) : 0x61 + rand(4); // few letters: many near-twins
    }
    values.push(v);
  }
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const expected = (v: Uint8Array) => {
    const nul = v.indexOf(0);
    return decoder.decode(nul < 0 ? v : v.subarray(0, nul));
  };
  const buf = new Uint8Array(64);
  const a = new AttributeReader();
  for (let round = 0; round < 20000; round++) {
    const v = values[rand(values.length)];
    const at = 4 * rand(4);
    buf.fill(0xee);
    buf.set([(v.length + 4) & 0xff, (v.length + 4) >> 8, 1, 0], at);
    buf.set(v, at + 4);
    a.reset(buf, at, at + 4 + v.length);
    assert.equal(a.advance(), true);
    assert.equal(a.string(), expected(v), `round ${round}: ${[...v]}`);
  }
});
