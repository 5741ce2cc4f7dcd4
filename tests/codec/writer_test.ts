// deno-fmt-ignore-file -- byte tables keep one wire field group per line, with comments.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  BufferCapacityError,
  MessageReader,
  MessageWriter,
  NLA_F_NESTED,
  NLM_F_ACK,
  NLM_F_DUMP,
  NLM_F_REQUEST,
} from "../../mod.ts";
import { bytes } from "../_helpers.ts";

function written(w: MessageWriter): Uint8Array {
  return w.buffer.slice(0, w.length);
}

test("writer: header only", () => {
  const w = new MessageWriter(64);
  w.begin(18, NLM_F_REQUEST | NLM_F_DUMP, 7, 42);
  assert.equal(w.end(), 16);
  assert.deepEqual(
    written(w),
    bytes(
      [16, 4], // nlmsg_len
      [18, 2], // nlmsg_type: RTM_GETLINK
      [0x301, 2], // nlmsg_flags: REQUEST | DUMP
      [7, 4], // nlmsg_seq
      [42, 4], // nlmsg_pid
    ),
  );
});

test("writer: family header and every integer attribute type", () => {
  const w = new MessageWriter(256);
  w.begin(0x10, NLM_F_REQUEST | NLM_F_ACK, 1, 0);
  const hdr = w.reserve(5); // rounded up to 8
  w.view.setUint8(hdr, 0xaa);
  w.putU8(1, 0x12).putU16(2, 0x3456).putU32(3, 0x789abcde).putU64(4, 0x0102030405060708n);
  w.putS8(5, -1).putS16(6, -2).putS32(7, -3).putS64(8, -4n);
  w.putU16BE(9, 0x1234).putU32BE(10, 0x12345678).putU64BE(11, 0x0102030405060708n);
  w.putFlag(12);
  const len = w.end();
  assert.equal(len, 16 + 8 + 8 + 8 + 8 + 12 + 8 + 8 + 8 + 12 + 8 + 8 + 12 + 4);
  assert.deepEqual(
    written(w),
    bytes(
      [len, 4], [0x10, 2], [5, 2], [1, 4], [0, 4], // nlmsghdr
      [0xaa, 1], [0, 1], [0, 2], [0, 4], // 5-byte family header + 3 pad
      [5, 2], [1, 2], [0x12, 1], [0, 1], [0, 2], // u8 + 3 pad
      [6, 2], [2, 2], [0x3456, 2], [0, 2], // u16 + 2 pad
      [8, 2], [3, 2], [0x789abcde, 4], // u32
      [12, 2], [4, 2], [0x05060708, 4], [0x01020304, 4], // u64 little-endian
      [5, 2], [5, 2], [0xff, 1], [0, 1], [0, 2], // s8 -1
      [6, 2], [6, 2], [0xfffe, 2], [0, 2], // s16 -2
      [8, 2], [7, 2], [0xfffffffd, 4], // s32 -3
      [12, 2], [8, 2], [0xfffffffc, 4], [0xffffffff, 4], // s64 -4
      [6, 2], [9, 2], [0x12, 1], [0x34, 1], [0, 2], // u16 big-endian
      [8, 2], [10, 2], [0x12, 1], [0x34, 1], [0x56, 1], [0x78, 1], // u32 big-endian
      [12, 2], [11, 2], new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), // u64 big-endian
      [4, 2], [12, 2], // flag: header only
    ),
  );
});

test("writer: strings are NUL-terminated and padded", () => {
  const w = new MessageWriter(64);
  w.begin(1);
  w.putString(3, "lo");
  w.putString(3, "eth0");
  w.putString(3, "é");
  w.end();
  assert.deepEqual(
    written(w).subarray(16),
    bytes(
      [7, 2], [3, 2], "lo", [0, 1], [0, 1], // "lo\0" + 1 pad
      [9, 2], [3, 2], "eth0", [0, 1], [0, 3], // "eth0\0" + 3 pad
      [7, 2], [3, 2], new Uint8Array([0xc3, 0xa9]), [0, 1], [0, 1], // UTF-8 "é\0" + 1 pad
    ),
  );
});

test("writer: bytes of every length 0..5 are padded to 4", () => {
  for (let n = 0; n <= 5; n++) {
    const w = new MessageWriter(64);
    w.begin(1);
    w.putBytes(1, new Uint8Array(n).fill(0xee));
    assert.equal(w.end(), 16 + ((4 + n + 3) & ~3), `length ${n}`);
    assert.equal(w.view.getUint16(16, true), 4 + n);
    for (let i = 20 + n; i < w.length; i++) assert.equal(w.buffer[i], 0, `pad byte ${i}`);
  }
});

test("writer: nested attributes get NLA_F_NESTED and their length fixed", () => {
  const w = new MessageWriter(128);
  w.begin(16);
  const outer = w.nestStart(18);
  const inner = w.nestStart(2);
  w.putU32(1, 9);
  w.nestEnd(inner);
  w.putString(1, "veth");
  w.nestEnd(outer);
  w.end();
  assert.deepEqual(
    written(w).subarray(16),
    bytes(
      [4 + 12 + 12, 2], [18 | NLA_F_NESTED, 2], // outer nest
      [12, 2], [2 | NLA_F_NESTED, 2], // inner nest
      [8, 2], [1, 2], [9, 4], // u32 inside
      [9, 2], [1, 2], "veth", [0, 1], [0, 3], // string inside outer
    ),
  );
});

test("writer: nestCancel drops the nest and its contents", () => {
  const w = new MessageWriter(128);
  w.begin(16);
  w.putU32(1, 1);
  const nest = w.nestStart(2);
  w.putU32(3, 3);
  w.nestCancel(nest);
  w.putU8(4, 4);
  assert.equal(w.end(), 16 + 8 + 8);
  assert.equal(w.view.getUint16(24 + 2, true), 4);
});

test("writer: a batch holds messages back to back", () => {
  const w = new MessageWriter(256);
  for (let i = 0; i < 3; i++) {
    w.begin(0x11, NLM_F_REQUEST, i + 1);
    w.putBytes(1, new Uint8Array(i + 1));
    w.end();
  }
  assert.equal(w.length, 3 * 24);
  for (let i = 0; i < 3; i++) {
    assert.equal(w.view.getUint32(i * 24, true), 24);
    assert.equal(w.view.getUint32(i * 24 + 8, true), i + 1);
  }
  w.begin(0x11); // begin() ends an open message first
  w.begin(0x12);
  w.end();
  assert.equal(w.length, 3 * 24 + 32);
});

test("writer: writing past capacity throws and writes nothing", () => {
  const w = new MessageWriter(24);
  w.begin(1);
  assert.throws(() => w.putU64(1, 1n), BufferCapacityError);
  assert.equal(w.length, 16);
  w.putU32(1, 1);
  assert.throws(() => w.putFlag(2), /Cannot write attribute 2 \(4 bytes\) at offset 24/);
  assert.throws(() => w.putString(3, "x"), BufferCapacityError);
  assert.throws(() => w.begin(1), BufferCapacityError);
  assert.throws(() => new MessageWriter(8).begin(1), BufferCapacityError);
  const s = new MessageWriter(28);
  s.begin(1);
  assert.throws(() => s.putString(1, "abcdefgh"), BufferCapacityError);
  assert.equal(s.length, 16);
});

test("writer: over-long attribute values are refused", () => {
  const w = new MessageWriter(70000);
  w.begin(1);
  assert.throws(() => w.putBytes(1, new Uint8Array(65532)), RangeError);
  w.putBytes(1, new Uint8Array(65531));
  assert.equal(w.end(), 16 + 65536);
});

test("writer: end() without begin() is an error", () => {
  assert.throws(() => new MessageWriter(32).end(), /none was begun/);
});

test("writer: respects a caller buffer's byteOffset", () => {
  const backing = new Uint8Array(64).fill(0x55);
  const w = new MessageWriter(backing.subarray(8, 40));
  w.begin(3, 0, 9, 0);
  w.end();
  assert.deepEqual(backing.subarray(0, 8), new Uint8Array(8).fill(0x55));
  assert.equal(new DataView(backing.buffer).getUint32(8, true), 16);
  assert.equal(new DataView(backing.buffer).getUint32(16, true), 9);
});

test("writer: append() writes an unpadded payload; the next message is aligned", () => {
  const w = new MessageWriter(128);
  w.begin(0x11, NLM_F_REQUEST, 1);
  w.append(new Uint8Array([1, 2, 3, 4, 5]));
  assert.equal(w.end(), 21); // nlmsg_len counts the 5 bytes exactly
  w.begin(0x11, NLM_F_REQUEST, 2);
  w.end();
  assert.equal(w.length, 24 + 16);
  assert.deepEqual(
    written(w),
    bytes(
      [21, 4], [0x11, 2], [1, 2], [1, 4], [0, 4], // first header: length 21
      new Uint8Array([1, 2, 3, 4, 5]), [0, 3], // payload + padding to 24
      [16, 4], [0x11, 2], [1, 2], [2, 4], [0, 4], // second message at 24
    ),
  );
  const r = new MessageReader().reset(w.buffer, w.length);
  assert.deepEqual([...r].length, 2);
});

test("writer: a buffer that starts at an odd offset gets the same bytes", () => {
  const write = (w: MessageWriter) => {
    w.begin(0x10, NLM_F_REQUEST, 7, 9);
    w.view.setUint8(w.reserve(5), 0xaa);
    w.putString(3, "veth123");
    w.putU32(4, 1500);
    const nest = w.nestStart(18);
    w.putString(1, "veth");
    w.putU64(2, 0x0102030405060708n);
    w.nestEnd(nest);
    w.append(new Uint8Array([1, 2, 3]));
    w.putFlag(5);
    w.end();
    return w.buffer.slice(0, w.length);
  };
  const aligned = write(new MessageWriter(128));
  for (const skew of [1, 2, 3]) {
    const backing = new Uint8Array(128 + skew).fill(0x55);
    assert.deepEqual(write(new MessageWriter(backing.subarray(skew))), aligned, `offset ${skew}`);
    assert.equal(backing[skew - 1], 0x55);
  }
});

