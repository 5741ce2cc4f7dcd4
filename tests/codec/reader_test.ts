// deno-fmt-ignore-file -- byte tables keep one wire field group per line, with comments.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  AttributeReader,
  DecodeError,
  MessageReader,
  MessageWriter,
  NLA_F_NESTED,
  NLA_F_NET_BYTEORDER,
  NLM_F_MULTI,
} from "../../mod.ts";
import { bytes } from "../_helpers.ts";

function readAll(datagram: Uint8Array): number[] {
  const types: number[] = [];
  for (const m of new MessageReader().reset(datagram, datagram.length)) types.push(m.type);
  return types;
}

test("reader: header fields of a message spelled byte by byte", () => {
  const datagram = bytes(
    [20, 4], // nlmsg_len
    [0x10, 2], // nlmsg_type: RTM_NEWLINK
    [NLM_F_MULTI, 2], // nlmsg_flags
    [0xdeadbeef, 4], // nlmsg_seq
    [1234, 4], // nlmsg_pid
    [0x04030201, 4], // payload
  );
  const r = new MessageReader().reset(datagram, datagram.length);
  assert.equal(r.advance(), true);
  assert.equal(r.offset, 0);
  assert.equal(r.length, 20);
  assert.equal(r.type, 0x10);
  assert.equal(r.flags, NLM_F_MULTI);
  assert.equal(r.seq, 0xdeadbeef);
  assert.equal(r.pid, 1234);
  assert.equal(r.payloadOffset, 16);
  assert.equal(r.payloadLength, 4);
  assert.deepEqual(r.payload(), new Uint8Array([1, 2, 3, 4]));
  assert.equal(r.advance(), false);
});

test("reader: payload() is a view and copy() is a copy", () => {
  const datagram = bytes([20, 4], [1, 2], [0, 2], [0, 4], [0, 4], [7, 4]);
  const r = new MessageReader().reset(datagram, datagram.length);
  r.advance();
  const view = r.payload();
  const copy = r.copy();
  datagram[16] = 99;
  assert.equal(view[0], 99);
  assert.equal(view.buffer, datagram.buffer);
  assert.equal(copy[16], 7);
  assert.notEqual(copy.buffer, datagram.buffer);
});

test("reader: several messages in one datagram, unaligned last message", () => {
  const datagram = bytes(
    [17, 4], [1, 2], [0, 2], [0, 4], [0, 4], [0xaa, 1], [0, 3], // 17 bytes + 3 pad
    [16, 4], [2, 2], [0, 2], [0, 4], [0, 4],
    [18, 4], [3, 2], [0, 2], [0, 4], [0, 4], [0xbbbb, 2], // last: unpadded
  );
  assert.deepEqual(readAll(datagram), [1, 2, 3]);
});

test("reader: iteration reuses one object", () => {
  const w = new MessageWriter(128);
  for (let i = 0; i < 4; i++) {
    w.begin(0x20 + i);
    w.end();
  }
  const r = new MessageReader().reset(w.buffer, w.length);
  const seen = new Set<object>();
  let count = 0;
  for (const m of r) {
    seen.add(m);
    count++;
  }
  assert.equal(count, 4);
  assert.equal(seen.size, 1);
});

test("reader: malformed datagrams give DecodeError with the offset", () => {
  const good = bytes([16, 4], [1, 2], [0, 2], [0, 4], [0, 4]);
  const cases: [string, Uint8Array, number, RegExp][] = [
    ["truncated header", bytes([16, 4], [1, 2], [0, 2]), 0, /8 bytes are too few/],
    ["length below 16", bytes([8, 4], [1, 2], [0, 2], [0, 4], [0, 4]), 0, /length 8 is below/],
    ["length 0", bytes([0, 4], [1, 2], [0, 2], [0, 4], [0, 4]), 0, /length 0 is below/],
    ["length beyond datagram", bytes([64, 4], [1, 2], [0, 2], [0, 4], [0, 4]), 0, /overruns/],
    ["second message truncated", bytes(good, [16, 4], [1, 2]), 16, /6 bytes are too few/],
    ["huge length", bytes(good, [0xffffffff, 4], [1, 2], [0, 2], [0, 4], [0, 4]), 16, /overruns/],
  ];
  for (const [name, datagram, offset, message] of cases) {
    assert.throws(() => readAll(datagram), (err: unknown) => {
      assert.ok(err instanceof DecodeError, name);
      assert.equal(err.offset, offset, name);
      assert.match(err.message, message, name);
      return true;
    });
  }
});

test("reader: reads only `length` bytes of a larger buffer", () => {
  const buf = new Uint8Array(64);
  buf.set(bytes([16, 4], [5, 2], [0, 2], [0, 4], [0, 4]));
  buf.set(bytes([16, 4], [6, 2]), 16); // garbage beyond length
  assert.deepEqual((() => {
    const types: number[] = [];
    for (const m of new MessageReader().reset(buf, 16)) types.push(m.type);
    return types;
  })(), [5]);
});

test("attributes: typed getters round-trip every writer type", () => {
  const w = new MessageWriter(512);
  w.begin(1);
  w.putU8(1, 200).putU16(2, 60000).putU32(3, 4000000000).putU64(4, 2n ** 63n + 5n);
  w.putS8(5, -100).putS16(6, -30000).putS32(7, -2000000000).putS64(8, -(2n ** 62n));
  w.putU16BE(9, 0xabcd).putU32BE(10, 0xdeadbeef).putU64BE(11, 0x0102030405060708n);
  w.putString(12, "héllo").putBytes(13, new Uint8Array([9, 8, 7])).putFlag(14);
  w.end();
  const r = new MessageReader().reset(w.buffer, w.length);
  r.advance();
  const a = r.attributes();
  const got: Record<number, unknown> = {};
  for (const attr of a) {
    switch (attr.type) {
      case 1: got[1] = attr.u8(); break;
      case 2: got[2] = attr.u16(); break;
      case 3: got[3] = attr.u32(); break;
      case 4: got[4] = attr.u64(); break;
      case 5: got[5] = attr.s8(); break;
      case 6: got[6] = attr.s16(); break;
      case 7: got[7] = attr.s32(); break;
      case 8: got[8] = attr.s64(); break;
      case 9: got[9] = attr.u16be(); break;
      case 10: got[10] = attr.u32be(); break;
      case 11: got[11] = attr.u64be(); break;
      case 12: got[12] = attr.string(); break;
      case 13: got[13] = [...attr.bytes()]; break;
      case 14: got[14] = attr.length; break;
    }
  }
  assert.deepEqual(got, {
    1: 200, 2: 60000, 3: 4000000000, 4: 2n ** 63n + 5n,
    5: -100, 6: -30000, 7: -2000000000, 8: -(2n ** 62n),
    9: 0xabcd, 10: 0xdeadbeef, 11: 0x0102030405060708n,
    12: "héllo", 13: [9, 8, 7], 14: 0,
  });
});

test("attributes: nested iteration, flags and find()", () => {
  const w = new MessageWriter(256);
  w.begin(16);
  w.reserve(16);
  w.putString(3, "veth0");
  const info = w.nestStart(18);
  w.putString(1, "veth");
  const data = w.nestStart(2);
  w.putU32(1, 77);
  w.nestEnd(data);
  w.nestEnd(info);
  w.putU32(4 | NLA_F_NET_BYTEORDER, 1500);
  w.end();
  const r = new MessageReader().reset(w.buffer, w.length);
  r.advance();
  const a = r.attributes(16);
  assert.equal(a.find(18), true);
  assert.equal(a.isNested, true);
  const inner = a.nested();
  assert.equal(inner.find(1), true);
  assert.equal(inner.string(), "veth");
  assert.equal(inner.find(2), true);
  const deeper = inner.nested();
  assert.equal(deeper.find(1), true);
  assert.equal(deeper.u32(), 77);
  assert.equal(a.find(4), true);
  assert.equal(a.isNetByteOrder, true);
  assert.equal(a.type, 4);
  assert.equal(a.u32(), 1500);
  assert.equal(a.find(99), false);
  assert.equal(a.find(3), true);
  assert.equal(a.string(), "veth0");
});

test("attributes: unknown types are skipped, not rejected", () => {
  const buf = bytes(
    [8, 2], [0x3fff, 2], [1, 4], // unknown type
    [5, 2], [7, 2], [1, 1], [0, 3],
    [8, 2], [3, 2], [42, 4],
  );
  const a = new AttributeReader().reset(buf, 0, buf.length);
  const types: number[] = [];
  for (const x of a) types.push(x.type);
  assert.deepEqual(types, [0x3fff, 7, 3]);
  assert.equal(a.find(3), true);
  assert.equal(a.u32(), 42);
});

test("attributes: string without NUL, and with early NUL", () => {
  const buf = bytes([7, 2], [1, 2], "abc", [0, 1], [8, 2], [2, 2], "ab", [0, 1], "z");
  const a = new AttributeReader().reset(buf, 0, buf.length);
  a.advance();
  assert.equal(a.string(), "abc");
  a.advance();
  assert.equal(a.string(), "ab");
});

test("attributes: malformed input gives DecodeError with the offset", () => {
  const cases: [string, Uint8Array, number, RegExp][] = [
    ["length below 4", bytes([3, 2], [1, 2], [0, 4]), 0, /length 3 is below/],
    ["length 0", bytes([0, 2], [1, 2]), 0, /length 0 is below/],
    ["beyond container", bytes([8, 2], [1, 2], [0, 4], [12, 2], [2, 2], [0, 4]), 8, /overruns/],
    ["trailing bytes", bytes([8, 2], [1, 2], [0, 4], [0, 2]), 8, /2 trailing bytes/],
  ];
  for (const [name, buf, offset, message] of cases) {
    const a = new AttributeReader().reset(buf, 0, buf.length);
    assert.throws(() => {
      for (const _ of a);
    }, (err: unknown) => {
      assert.ok(err instanceof DecodeError, name);
      assert.equal(err.offset, offset, name);
      assert.match(err.message, message, name);
      return true;
    });
  }
});

test("attributes: nesting that overruns its parent is caught", () => {
  // Outer nest claims 12 bytes; its child claims 16.
  const buf = bytes([12, 2], [1 | NLA_F_NESTED, 2], [16, 2], [1, 2], [0, 4], [0, 4]);
  const a = new AttributeReader().reset(buf, 0, buf.length);
  assert.equal(a.advance(), true);
  assert.throws(() => a.nested().advance(), (err: unknown) => {
    assert.ok(err instanceof DecodeError);
    assert.equal(err.offset, 4);
    return true;
  });
});

test("attributes: wrong value size is a DecodeError, not a RangeError", () => {
  const buf = bytes([6, 2], [1, 2], [0x1234, 2], [0, 2]);
  const a = new AttributeReader().reset(buf, 0, buf.length);
  a.advance();
  assert.equal(a.u16(), 0x1234);
  for (const get of [() => a.u32(), () => a.u64(), () => a.u8(), () => a.s32()]) {
    assert.throws(get, (err: unknown) => err instanceof DecodeError && /2-byte value/.test(err.message));
  }
});

test("attributes: a family header longer than the payload is a DecodeError", () => {
  const datagram = bytes([20, 4], [16, 2], [0, 2], [0, 4], [0, 4], [0, 4]);
  const r = new MessageReader().reset(datagram, datagram.length);
  r.advance();
  assert.throws(() => r.attributes(16), DecodeError);
  assert.equal([...r.attributes(4)].length, 0);
});

test("attributes: bytes() is a view, copy() a copy", () => {
  const buf = bytes([8, 2], [1, 2], [0x01020304, 4]);
  const a = new AttributeReader().reset(buf, 0, buf.length);
  a.advance();
  const view = a.bytes();
  const copy = a.copy();
  buf[4] = 0xff;
  assert.equal(view[0], 0xff);
  assert.equal(copy[0], 4);
});

test("codec: decode(encode(x)) is stable for random attribute sets", () => {
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let round = 0; round < 200; round++) {
    const w = new MessageWriter(8192);
    w.begin(0x20 + rand(100), rand(0x1000), rand(1 << 30), rand(1 << 30));
    const expected: [number, number[]][] = [];
    const count = rand(20);
    for (let i = 0; i < count; i++) {
      const type = 1 + rand(0x3ffe);
      const value = Array.from({ length: rand(40) }, () => rand(256));
      w.putBytes(type, new Uint8Array(value));
      expected.push([type, value]);
    }
    w.end();
    const r = new MessageReader().reset(w.buffer, w.length);
    assert.equal(r.advance(), true);
    const got: [number, number[]][] = [];
    for (const a of r.attributes()) got.push([a.type, [...a.bytes()]]);
    assert.deepEqual(got, expected);
    // Re-encode what was decoded and compare bytes.
    const w2 = new MessageWriter(8192);
    w2.begin(r.type, r.flags, r.seq, r.pid);
    for (const [type, value] of got) w2.putBytes(type, new Uint8Array(value));
    w2.end();
    assert.deepEqual(w2.buffer.subarray(0, w2.length), w.buffer.subarray(0, w.length));
  }
});

test("codec: random garbage never escapes as anything but DecodeError", () => {
  let seed = 99;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let round = 0; round < 2000; round++) {
    const len = rand(80);
    const buf = new Uint8Array(len);
    for (let i = 0; i < len; i++) buf[i] = rand(4) === 0 ? rand(256) : rand(24);
    try {
      for (const m of new MessageReader().reset(buf, len)) {
        for (const a of m.attributes()) {
          if (a.isNested) for (const _ of a.nested());
          if (a.length === 4) a.u32();
        }
      }
    } catch (err) {
      assert.ok(err instanceof DecodeError, `round ${round}: ${err}`);
    }
  }
});
