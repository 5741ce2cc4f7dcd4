// Wrong calls of the writer: each throws the error class the README's codec
// rules name, and leaves the buffer exactly as it was (bytes and cursor).
import { test } from "node:test";
import assert from "node:assert/strict";
import { BufferCapacityError, MessageReader, MessageWriter, NLA_F_NESTED } from "../../mod.ts";

/** Everything a failed call must leave unchanged. */
function snapshot(w: MessageWriter): [Uint8Array, number, number, number] {
  return [w.buffer.slice(), w.length, w.messageOffset, w.openNests];
}

/**
 * A writer holding one open message with a 16-byte family header, one
 * attribute and an open nest, over a buffer filled with a pattern so that
 * any stray write shows.
 */
function busyWriter(size = 256): { w: MessageWriter; nest: number } {
  const w = new MessageWriter(new Uint8Array(size).fill(0xa5));
  w.begin(0x10, 1, 7, 0);
  w.reserve(16);
  w.putU32(1, 1500);
  const nest = w.nestStart(2);
  w.putString(1, "veth");
  return { w, nest };
}

type ErrorClass = new (...args: never[]) => Error;
type Call = [name: string, call: (w: MessageWriter, nest: number) => unknown, error: ErrorClass];

const wrongCalls: Call[] = [
  ["putU8(t, 256)", (w) => w.putU8(1, 256), RangeError],
  ["putU8(t, -1)", (w) => w.putU8(1, -1), RangeError],
  ["putU8(t, 1.5)", (w) => w.putU8(1, 1.5), RangeError],
  ["putU8(t, '1')", (w) => w.putU8(1, "1" as unknown as number), TypeError],
  ["putU8(t, 1n)", (w) => w.putU8(1, 1n as unknown as number), TypeError],
  ["putU16(t, 70000)", (w) => w.putU16(1, 70000), RangeError],
  ["putU16BE(t, -1)", (w) => w.putU16BE(1, -1), RangeError],
  ["putU32(t, -1)", (w) => w.putU32(1, -1), RangeError],
  ["putU32(t, 2 ** 32)", (w) => w.putU32(1, 2 ** 32), RangeError],
  ["putU32(t, NaN)", (w) => w.putU32(1, NaN), RangeError],
  ["putU32(t, Infinity)", (w) => w.putU32(1, Infinity), RangeError],
  ["putU32(t, null)", (w) => w.putU32(1, null as unknown as number), TypeError],
  ["putU32BE(t, 4294967296)", (w) => w.putU32BE(1, 4294967296), RangeError],
  ["putS8(t, 200)", (w) => w.putS8(1, 200), RangeError],
  ["putS8(t, -129)", (w) => w.putS8(1, -129), RangeError],
  ["putS16(t, 32768)", (w) => w.putS16(1, 32768), RangeError],
  ["putS32(t, 2 ** 31)", (w) => w.putS32(1, 2 ** 31), RangeError],
  ["putS32(t, -0.5)", (w) => w.putS32(1, -0.5), RangeError],
  ["putU64(t, -1n)", (w) => w.putU64(1, -1n), RangeError],
  ["putU64(t, 2n ** 64n)", (w) => w.putU64(1, 2n ** 64n), RangeError],
  ["putU64(t, -1)", (w) => w.putU64(1, -1), RangeError],
  ["putU64(t, 2 ** 53)", (w) => w.putU64(1, 2 ** 53), RangeError],
  ["putU64(t, 1.5)", (w) => w.putU64(1, 1.5), RangeError],
  ["putU64(t, '5')", (w) => w.putU64(1, "5" as unknown as number), TypeError],
  ["putU64BE(t, -1n)", (w) => w.putU64BE(1, -1n), RangeError],
  ["putS64(t, 2n ** 63n)", (w) => w.putS64(1, 2n ** 63n), RangeError],
  ["putS64(t, -(2n ** 63n) - 1n)", (w) => w.putS64(1, -(2n ** 63n) - 1n), RangeError],
  ["putS64(t, -(2 ** 53))", (w) => w.putS64(1, -(2 ** 53)), RangeError],
  ["attribute type 0x10000", (w) => w.putU32(0x10000, 1), RangeError],
  ["attribute type -1", (w) => w.putU32(-1, 1), RangeError],
  ["attribute type 2.5", (w) => w.putFlag(2.5), RangeError],
  ["attribute type '3'", (w) => w.putU32("3" as unknown as number, 1), TypeError],
  ["nestStart(0x10000)", (w) => w.nestStart(0x10000), RangeError],
  ["putString(t, 70,000 characters)", (w) => w.putString(1, "x".repeat(70000)), RangeError],
  ["putString(t, 65,531 characters)", (w) => w.putString(1, "x".repeat(65531)), RangeError],
  [
    "putString(t, 21,844 three-byte characters)",
    (w) => w.putString(1, "€".repeat(21844)),
    RangeError,
  ],
  ["putString(t, 'a\\0b')", (w) => w.putString(1, "a\0b"), RangeError],
  ["putString(t, 'é\\0')", (w) => w.putString(1, "é\0"), RangeError],
  ["putString(t, lone high surrogate)", (w) => w.putString(1, "ab\ud800"), RangeError],
  ["putString(t, lone low surrogate)", (w) => w.putString(1, "\udc00x"), RangeError],
  ["putString(t, 5)", (w) => w.putString(1, 5 as unknown as string), TypeError],
  ["putString(0x10000, 'x')", (w) => w.putString(0x10000, "x"), RangeError],
  ["putBytes(t, 5)", (w) => w.putBytes(1, 5 as unknown as Uint8Array), TypeError],
  ["putBytes(t, [1, 2])", (w) => w.putBytes(1, [1, 2] as unknown as Uint8Array), TypeError],
  [
    "putBytes(t, Uint16Array)",
    (w) => w.putBytes(1, new Uint16Array(2) as unknown as Uint8Array),
    TypeError,
  ],
  ["putBytes(t, 65,532 bytes)", (w) => w.putBytes(1, new Uint8Array(65532)), RangeError],
  ["append(5)", (w) => w.append(5 as unknown as Uint8Array), TypeError],
  ["reserve(-16)", (w) => w.reserve(-16), RangeError],
  ["reserve(1.5)", (w) => w.reserve(1.5), RangeError],
  ["reserve(NaN)", (w) => w.reserve(NaN), RangeError],
  ["reserve('4')", (w) => w.reserve("4" as unknown as number), TypeError],
  ["nestEnd(0)", (w) => w.nestEnd(0), RangeError],
  ["nestEnd(unknown token)", (w) => w.nestEnd(12345), RangeError],
  ["nestEnd(token - 4)", (w, nest) => w.nestEnd(nest - 4), RangeError],
  ["nestEnd('36')", (w, nest) => w.nestEnd(String(nest) as unknown as number), TypeError],
  ["nestCancel(unknown token)", (w) => w.nestCancel(8), RangeError],
  ["end() with a nest open", (w) => w.end(), Error],
  ["begin() with a nest open", (w) => w.begin(0x10), Error],
  ["begin(0x10000)", (w) => w.begin(0x10000), RangeError],
  ["begin(t, 0x10000)", (w) => w.begin(0x10, 0x10000), RangeError],
  ["begin(t, f, -1)", (w) => w.begin(0x10, 1, -1), RangeError],
  ["begin(t, f, 2 ** 32)", (w) => w.begin(0x10, 1, 2 ** 32), RangeError],
  ["begin(t, f, s, -1)", (w) => w.begin(0x10, 1, 0, -1), RangeError],
  ["begin(t, f, s, 1.5)", (w) => w.begin(0x10, 1, 0, 1.5), RangeError],
  ["putBytes past capacity", (w) => w.putBytes(1, new Uint8Array(1000)), BufferCapacityError],
  ["putString past capacity", (w) => w.putString(1, "é".repeat(300)), BufferCapacityError],
  ["reserve past capacity", (w) => w.reserve(2 ** 31), BufferCapacityError],
];

for (const [name, call, error] of wrongCalls) {
  test(`writer checks: ${name} throws ${error.name} and changes nothing`, () => {
    const { w, nest } = busyWriter();
    const before = snapshot(w);
    assert.throws(() => call(w, nest), (err: unknown) => {
      assert.ok(err instanceof error, `${name}: ${err}`);
      if (error === Error) assert.ok(!(err instanceof RangeError) && !(err instanceof TypeError));
      return true;
    });
    assert.deepEqual(snapshot(w), before, name);
    // The writer still works and its message still decodes.
    w.nestEnd(nest);
    w.end();
    const r = new MessageReader().reset(w.buffer, w.length);
    assert.equal(r.advance(), true);
    const types: number[] = [];
    for (const a of r.attributes(16)) types.push(a.type);
    assert.deepEqual(types, [1, 2]);
  });
}

test("writer checks: nest tokens: twice, out of order, cancel of an outer nest", () => {
  const w = new MessageWriter(new Uint8Array(128).fill(0xa5));
  w.begin(0x10);
  const outer = w.nestStart(1);
  const inner = w.nestStart(2);
  let before = snapshot(w);
  assert.throws(() => w.nestEnd(outer), /inside it is still open/);
  assert.deepEqual(snapshot(w), before);
  w.nestEnd(inner);
  before = snapshot(w);
  assert.throws(() => w.nestEnd(inner), /not an open nest/);
  assert.deepEqual(snapshot(w), before);
  w.nestEnd(outer);
  w.putU32(3, 9); // the sibling that a second nestEnd(outer) would swallow
  before = snapshot(w);
  assert.throws(() => w.nestEnd(outer), RangeError);
  assert.deepEqual(snapshot(w), before);
  assert.equal(w.end(), 16 + 8 + 8);
  // Cancelling an outer nest drops the nests inside it too.
  w.begin(0x11);
  const a = w.nestStart(1);
  w.nestStart(2);
  w.putU32(1, 1);
  w.nestCancel(a);
  assert.equal(w.openNests, 0);
  assert.equal(w.end(), 16);
});

test("writer checks: attributes, nests, reserve and append need an open message", () => {
  const w = new MessageWriter(new Uint8Array(64).fill(0xa5));
  const calls: (() => unknown)[] = [
    () => w.putU32(1, 1),
    () => w.putFlag(1),
    () => w.putString(1, "x"),
    () => w.nestStart(1),
    () => w.reserve(4),
    () => w.append(new Uint8Array(1)),
    () => w.end(),
  ];
  for (const call of calls) {
    const before = snapshot(w);
    assert.throws(call, /no message is open|none was begun/);
    assert.deepEqual(snapshot(w), before);
  }
});

test("writer checks: a failed write after an unpadded append leaves even the padding unwritten", () => {
  const w = new MessageWriter(new Uint8Array(24).fill(0xa5));
  w.begin(0x11);
  w.append(new Uint8Array([1, 2, 3])); // 19 bytes: the next attribute would start at 20
  const before = snapshot(w);
  assert.throws(() => w.putU32(1, 1), BufferCapacityError);
  assert.deepEqual(snapshot(w), before);
  assert.equal(w.buffer[19], 0xa5);
  w.putFlag(1); // fits exactly: padding then the header
  assert.deepEqual([...w.buffer.subarray(16, 24)], [1, 2, 3, 0, 4, 0, 1, 0]);
});

test("writer checks: a nest too large for 16 bits stays open and can be cancelled", () => {
  const w = new MessageWriter(70000);
  w.begin(0x10);
  const nest = w.nestStart(1);
  w.putBytes(2, new Uint8Array(65000));
  w.putBytes(3, new Uint8Array(1000));
  const before = snapshot(w);
  assert.throws(() => w.nestEnd(nest), /limit is 65535/);
  assert.deepEqual(snapshot(w), before);
  w.nestCancel(nest);
  assert.equal(w.end(), 16);
});

test("writer checks: the edges of every range are accepted and written exactly", () => {
  const w = new MessageWriter(1 << 19);
  w.begin(0xffff, 0xffff, 0xffffffff, 0xffffffff);
  w.putU8(1, 255).putU8(2, 0).putS8(3, -128).putS8(4, 127);
  w.putU16(5, 65535).putS16(6, -32768).putU32(7, 0xffffffff).putS32(8, -0x80000000);
  w.putU64(9, 2n ** 64n - 1n).putU64(10, 2 ** 53 - 1).putU64BE(11, 5);
  w.putS64(12, -(2n ** 63n)).putS64(13, Number.MIN_SAFE_INTEGER).putS64(14, -1);
  w.putU32(0xffff, 1);
  w.putString(15, "x".repeat(65530));
  w.putString(16, "€".repeat(21843) + "a"); // 65530 bytes in UTF-8
  w.putString(17, "a😀é€");
  w.putBytes(18, new Uint8Array(65531));
  const nest = w.nestStart(19);
  w.putBytes(1, new Uint8Array(65524)); // the nest: 4 + 65528 bytes
  w.nestEnd(nest);
  w.end();
  const r = new MessageReader().reset(w.buffer, w.length);
  r.advance();
  assert.deepEqual([r.type, r.flags, r.seq, r.pid], [0xffff, 0xffff, 0xffffffff, 0xffffffff]);
  const got = new Map<number, unknown>();
  for (const a of r.attributes()) {
    const t = a.type | (a.isNested ? NLA_F_NESTED : 0) | (a.isNetByteOrder ? 0x4000 : 0);
    switch (t) {
      case 1:
      case 2:
        got.set(t, a.u8());
        break;
      case 3:
      case 4:
        got.set(t, a.s8());
        break;
      case 5:
        got.set(t, a.u16());
        break;
      case 6:
        got.set(t, a.s16());
        break;
      case 7:
        got.set(t, a.u32());
        break;
      case 8:
        got.set(t, a.s32());
        break;
      case 9:
      case 10:
        got.set(t, a.u64());
        break;
      case 11:
        got.set(t, a.u64be());
        break;
      case 12:
      case 13:
      case 14:
        got.set(t, a.s64());
        break;
      case 15:
      case 16:
      case 17:
        got.set(t, a.string());
        break;
      case 18:
        got.set(t, a.length);
        break;
      case 19 | NLA_F_NESTED:
        got.set(19, a.length);
        break;
      case 0xffff:
        got.set(t, a.u32());
        break;
    }
  }
  assert.deepEqual(Object.fromEntries(got), {
    1: 255,
    2: 0,
    3: -128,
    4: 127,
    5: 65535,
    6: -32768,
    7: 0xffffffff,
    8: -0x80000000,
    9: 2n ** 64n - 1n,
    10: 2n ** 53n - 1n,
    11: 5n,
    12: -(2n ** 63n),
    13: BigInt(Number.MIN_SAFE_INTEGER),
    14: -1n,
    15: "x".repeat(65530),
    16: "€".repeat(21843) + "a",
    17: "a😀é€",
    18: 65531,
    19: 65528,
    65535: 1,
  });
  const attrs = r.attributes();
  assert.equal(attrs.find(17), true);
  assert.deepEqual([...attrs.bytes()], [...new TextEncoder().encode("a😀é€"), 0]);
});

test("writer checks: constructor arguments", () => {
  assert.throws(() => new MessageWriter(-1), RangeError);
  assert.throws(() => new MessageWriter(1.5), RangeError);
  assert.throws(() => new MessageWriter("64" as unknown as number), TypeError);
  assert.throws(() => new MessageWriter([0, 0] as unknown as Uint8Array), TypeError);
});
