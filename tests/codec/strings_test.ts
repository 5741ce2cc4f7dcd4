import { test } from "node:test";
import assert from "node:assert/strict";
import { hash, INTERN_SETS } from "../../src/codec/_strings.ts";
import { AttributeReader } from "../../codec.ts";

/** The words the cache keys a NUL-terminated name by, as readString() takes them. */
function key(name: string): [number, number, number] {
  const bytes = new TextEncoder().encode(name + "\0");
  const view = new DataView(bytes.buffer);
  const n = bytes.length;
  if (n >= 4) return [n, view.getInt32(0, true), view.getInt32(n - 4, true)];
  const word = bytes[0]! | (n > 1 ? bytes[1]! << 8 : 0) | (n > 2 ? bytes[2]! << 16 : 0);
  return [n, word, word];
}

function spread(names: string[]): { sets: number; fullest: number } {
  const counts = new Map<number, number>();
  for (const name of names) {
    const set = hash(...key(name));
    assert.ok(set >= 0 && set < INTERN_SETS, `${name}: set ${set}`);
    counts.set(set, (counts.get(set) ?? 0) + 1);
  }
  return { sets: counts.size, fullest: Math.max(...counts.values()) };
}

test("string cache: the names of 200 veth pairs spread over the sets as random keys would", () => {
  // Before, they fell into 201 sets, up to 11 in one: 163 names missed the
  // two-entry sets on every lookup, an allocation per link in every dump.
  const veth = [...Array(200).keys()].flatMap((i) => [`va${i}`, `vb${i}`]).concat("lo");
  const s = spread(veth);
  assert.ok(s.sets >= 340, `${s.sets} sets`);
  assert.ok(s.fullest <= 5, `${s.fullest} names in one set`);
  const eth = spread([...Array(400).keys()].map((i) => `eth${i}`));
  assert.ok(eth.sets >= 340 && eth.fullest <= 5, JSON.stringify(eth));
});

test("string cache: names read back right whatever set they share", () => {
  const names = [...Array(1000).keys()].map((i) => `veth${i}`).concat([
    "",
    "a",
    "ab",
    "abc",
    "0123456789abcdef",
  ]);
  const buf = new Uint8Array(new ArrayBuffer(64 * 1024));
  const view = new DataView(buf.buffer);
  let at = 0;
  for (const name of names) {
    const bytes = new TextEncoder().encode(name + "\0");
    const len = 4 + bytes.length;
    view.setUint16(at, len, true);
    view.setUint16(at + 2, 3, true);
    buf.set(bytes, at + 4);
    at += (len + 3) & ~3;
  }
  for (let pass = 0; pass < 3; pass++) {
    const got: string[] = [];
    for (const a of new AttributeReader().reset(buf, 0, at, view)) got.push(a.string());
    assert.deepEqual(got, names, `pass ${pass}`);
  }
});
