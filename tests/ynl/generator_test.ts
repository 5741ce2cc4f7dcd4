/**
 * The generator on small specs written for these tests (tests/ynl/fixture.yaml
 * and fixture_genl.yaml, generated into _demo.ts and _demo_genl.ts by
 * `npm run gen`): encodings compared byte for byte with hand-written tables,
 * decoding through the views, the plain-object and JSON forms, checks, and
 * the errors for what the generator does not support.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { MessageReader, MessageWriter } from "../../codec.ts";
import { bytes } from "../_helpers.ts";
import {
  Color,
  DemoHdr,
  encodeGet,
  encodeSet,
  MainMessage,
  Perm,
  schema,
  type SetRequest,
} from "./_demo.ts";
import { encodeAdd, encodeGetDump as encodeGenlGetDump, ThingsMessage } from "./_demo_genl.ts";
import { readSpec, SpecError } from "../../scripts/ynl/spec.ts";
import { emitFamily } from "../../scripts/ynl/emit.ts";
import { decodeJsonMessage, encodeJsonRequest } from "../../src/ynl/cli.ts";
import { textToMac } from "../../src/ynl/hints.ts";

const NESTED = 0x8000;
const be = (...b: number[]) => new Uint8Array(b);

/** Wraps a payload in a nlmsghdr (seq 0, pid 0). */
function message(type: number, flags: number, ...payload: Parameters<typeof bytes>): Uint8Array {
  const body = bytes(...payload);
  return bytes([16 + body.length, 4], [type, 2], [flags, 2], [0, 4], [0, 4], body);
}

function written(w: MessageWriter): Uint8Array {
  return w.buffer.slice(0, w.length);
}

function readBack(buf: Uint8Array) {
  const r = new MessageReader().reset(buf, buf.length);
  assert.ok(r.advance());
  return new MainMessage().read(r);
}

const SET: SetRequest = {
  u8: 0xab,
  u16: 0x1234,
  u32: 0xdeadbeef,
  u64: 0x0102030405060708n,
  s8: -1,
  s16: -2,
  s32: -3,
  s64: -4n,
  uint: 5,
  sint: -6,
  name: "nm",
  blob: be(1, 2, 3),
  addr: "192.0.2.1",
  pair: { a: 1, b: -1 },
  enabled: true,
  tag: [10, 11],
  targets: [0xc0000201],
  items: [{ x: 9 }],
  port: 80,
  color: Color.green,
  perms: Perm.read | Perm.exec,
  bits: { value: 1, selector: 3 },
  kind: "alpha",
  data: { level: 300 },
  percent: 50,
  big: -2,
};

// The request above, attribute by attribute in the spec's order.
const SET_BYTES = message(
  18, // set
  0x5, // NLM_F_REQUEST | NLM_F_ACK
  new Uint8Array(16), // demo-hdr, all zero
  [5, 2], // u8: nla_len
  [1, 2], // nla_type
  [0xab, 1], // value
  [0, 3], // padding
  [6, 2],
  [2, 2],
  [0x1234, 2],
  [0, 2], // u16
  [8, 2],
  [3, 2],
  [0xdeadbeef, 4], // u32
  [12, 2],
  [4, 2],
  be(8, 7, 6, 5, 4, 3, 2, 1), // u64
  [5, 2],
  [5, 2],
  [0xff, 1],
  [0, 3], // s8 -1
  [6, 2],
  [6, 2],
  [0xfffe, 2],
  [0, 2], // s16 -2
  [8, 2],
  [7, 2],
  [0xfffffffd, 4], // s32 -3
  [12, 2],
  [8, 2],
  be(0xfc, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), // s64 -4
  [8, 2],
  [9, 2],
  [5, 4], // uint 5: 4 bytes
  [8, 2],
  [10, 2],
  [0xfffffffa, 4], // sint -6: 4 bytes
  [7, 2],
  [11, 2],
  "nm",
  [0, 1],
  [0, 1], // name, NUL, pad
  [7, 2],
  [12, 2],
  be(1, 2, 3),
  [0, 1], // blob, pad
  [8, 2],
  [13, 2],
  be(192, 0, 2, 1), // addr from text
  [12, 2],
  [14, 2],
  [1, 4],
  [0xffffffff, 4], // pair {a: 1, b: -1}
  [4, 2],
  [15, 2], // enabled
  [8, 2],
  [17, 2],
  [10, 4], // tag
  [8, 2],
  [17, 2],
  [11, 4], // tag again
  [12, 2],
  [18 | NESTED, 2],
  [8, 2],
  [0, 2],
  be(192, 0, 2, 1), // targets[0], big-endian
  [16, 2],
  [19 | NESTED, 2],
  [12, 2],
  [0 | NESTED, 2],
  [8, 2],
  [1, 2],
  [9, 4], // items[0].x
  [6, 2],
  [20, 2],
  be(0, 80),
  [0, 2], // port, big-endian
  [8, 2],
  [21, 2],
  [1, 4], // color green
  [8, 2],
  [22, 2],
  [5, 4], // perms read|exec
  [12, 2],
  [23, 2],
  [1, 4],
  [3, 4], // bits
  [10, 2],
  [26, 2],
  "alpha",
  [0, 1],
  [0, 2], // kind
  [12, 2],
  [27 | NESTED, 2],
  [6, 2],
  [1, 2],
  [300, 2],
  [0, 2], // data (alpha): level
  [5, 2],
  [28, 2],
  [50, 1],
  [0, 3], // percent
  [8, 2],
  [40, 2],
  be(0xff, 0xff, 0xff, 0xfe), // big: s32 -2, big-endian
);

test("ynl generator: encodes every attribute type byte for byte", () => {
  const w = new MessageWriter(1024);
  encodeSet(w, SET);
  assert.deepEqual(written(w), SET_BYTES);
});

test("ynl generator: encodes the fixed header with big-endian and binary members", () => {
  const w = new MessageWriter(256);
  encodeGet(w, {
    demoHdr: { shade: Color.blue, port: 0x1234, index: -2, mac: textToMac("02:00:00:00:00:01") },
    u32: 7,
    name: "abc",
    inner: { x: 1, y: "z" },
  });
  const expected = message(
    16, // get
    0x1, // NLM_F_REQUEST: get has a reply
    [5, 1], // shade: blue = 5
    [0, 1], // pad1
    be(0x12, 0x34), // port, big-endian
    [0xfffffffe, 4], // index -2
    be(2, 0, 0, 0, 0, 1), // mac
    [0, 2], // pad2
    [8, 2],
    [3, 2],
    [7, 4], // u32
    [8, 2],
    [11, 2],
    "abc",
    [0, 1], // name
    [20, 2],
    [16 | NESTED, 2], // inner
    [8, 2],
    [1, 2],
    [1, 4], //   x
    [6, 2],
    [2, 2],
    "z",
    [0, 1],
    [0, 2], //   y
  );
  assert.deepEqual(written(w), expected);
});

test("ynl generator: views read every value in place; absent differs from zero", () => {
  const m = readBack(SET_BYTES);
  assert.equal(m.u8, 0xab);
  assert.equal(m.u16, 0x1234);
  assert.equal(m.u32, 0xdeadbeef);
  assert.equal(m.u64, 0x0102030405060708n);
  assert.equal(m.s8, -1);
  assert.equal(m.s16, -2);
  assert.equal(m.s32, -3);
  assert.equal(m.s64, -4n);
  assert.equal(m.uint, 5n);
  assert.equal(m.sint, -6n);
  assert.equal(m.name, "nm");
  assert.deepEqual([...m.blob!], [1, 2, 3]);
  assert.equal(m.addrText, "192.0.2.1");
  assert.equal(m.pair?.a, 1);
  assert.equal(m.pair?.b, -1);
  assert.equal(m.enabled, true);
  assert.equal(m.inner, undefined);
  assert.deepEqual([...m.tag], [10, 11]);
  assert.deepEqual([...m.targets!], [0xc0000201]);
  assert.deepEqual([...m.items!].map((i) => i.x), [9]);
  assert.equal(m.port, 80);
  assert.equal(m.color, Color.green);
  assert.equal(m.perms, Perm.read | Perm.exec);
  assert.deepEqual(m.bits, { value: 1, selector: 3 });
  assert.equal(m.kind, "alpha");
  const data = m.data;
  assert.ok(data && "level" in data);
  assert.equal(data.level, 300);
  assert.equal(m.percent, 50);
  assert.equal(m.big, -2);
  assert.equal(m.demoHdr.index, 0);

  const w = new MessageWriter(256);
  encodeSet(w, { u32: 0 });
  const zero = readBack(written(w));
  assert.equal(zero.u32, 0);
  assert.equal(zero.u16, undefined);
  assert.equal(zero.enabled, false);
  assert.equal(zero.targets, undefined);
});

test("ynl generator: header accessors read and write in place", () => {
  const w = new MessageWriter(256);
  encodeGet(w, { demoHdr: { port: 1, index: 5 } });
  const buf = written(w);
  const m = readBack(buf);
  m.demoHdr.index = -7;
  m.demoHdr.port = 0xabcd;
  assert.deepEqual([...buf.subarray(18, 24)], [0xab, 0xcd, 0xf9, 0xff, 0xff, 0xff]);
  assert.equal(new DemoHdr().reset(new DataView(buf.buffer), 16).index, -7);
});

test("ynl generator: toObject() gives back the request, which encodes to the same bytes", () => {
  const obj = readBack(SET_BYTES).toObject();
  assert.equal(obj.uint, 5n);
  assert.deepEqual(obj.addr, be(192, 0, 2, 1));
  assert.deepEqual(obj.items, [{ x: 9 }]);
  assert.deepEqual(obj.data, { level: 300 });
  const w = new MessageWriter(1024);
  encodeSet(w, obj as SetRequest);
  assert.deepEqual(written(w), SET_BYTES);
});

test("ynl generator: toJSON() uses the spec's names, enum names and display hints", () => {
  const json = readBack(SET_BYTES).toJSON();
  assert.equal(json.shade, "red"); // the header's field, beside the attributes
  assert.equal(json.mac, "00:00:00:00:00:00");
  assert.equal(json.addr, "192.0.2.1");
  assert.equal(json.color, "green");
  assert.deepEqual(json.perms, ["read", "exec"]);
  assert.deepEqual(json.targets, ["192.0.2.1"]);
  assert.equal(json.u64, "72623859790382856"); // beyond 2^53: exact, as a decimal string
  assert.equal(json.s64, -4); // within 2^53: a number
  assert.equal(json.blob, "010203");
  assert.deepEqual(json.data, { level: 300 });
  assert.equal(JSON.parse(JSON.stringify(json)).name, "nm");
});

test("ynl generator: the JSON codec writes the same bytes as the typed encoder", () => {
  const json = {
    "u8": 0xab,
    "u16": 0x1234,
    "u32": 0xdeadbeef,
    "u64": "72623859790382856",
    "s8": -1,
    "s16": -2,
    "s32": -3,
    "s64": -4,
    "uint": 5,
    "sint": -6,
    "name": "nm",
    "blob": "010203",
    "addr": "192.0.2.1",
    "pair": { "a": 1, "b": -1 },
    "enabled": true,
    "tag": [10, 11],
    "targets": ["192.0.2.1"],
    "items": [{ "x": 9 }],
    "port": 0, // the header's port (a field wins over an attribute of the same name)
    "color": "green",
    "perms": ["read", "exec"],
    "bits": { "value": 1, "selector": 3 },
    "kind": "alpha",
    "data": { "level": 300 },
    "percent": 50,
    "big": -2,
  };
  const op = schema.ops.find((o) => o.name === "set")!;
  const w = new MessageWriter(1024);
  encodeJsonRequest(schema, { familyId: 0 }, op, "do", w, json, 0x5);
  // Without the port attribute (taken by the header), the rest is identical.
  const expected = new MessageWriter(1024);
  encodeSet(expected, { ...SET, port: undefined });
  assert.deepEqual(written(w), written(expected));
  const r = new MessageReader().reset(w.buffer, w.length);
  r.advance();
  assert.deepEqual(decodeJsonMessage(schema, op, r), readBack(written(expected)).toJSON());
});

test("ynl generator: sub-message formats with a fixed header, with and without attributes", () => {
  const w = new MessageWriter(256);
  encodeSet(w, { kind: "beta", data: { pair: { a: 7, b: 8 } } });
  encodeSet(w, { kind: "gamma", data: { pair: { a: 1, b: 2 }, level: 3 } });
  const r = new MessageReader().reset(w.buffer, w.length);
  const view = new MainMessage();
  r.advance();
  view.read(r);
  assert.deepEqual(
    written(w).subarray(16 + 16, r.length),
    bytes([9, 2], [26, 2], "beta", [0, 1], [0, 3], [12, 2], [27 | NESTED, 2], [7, 4], [8, 4]),
  );
  const beta = view.data;
  assert.ok(beta && "a" in beta);
  assert.equal(beta.b, 8);
  r.advance();
  view.read(r);
  assert.deepEqual(view.toObject().data, { pair: { a: 1, b: 2 }, level: 3 });
  assert.deepEqual(view.toJSON().data, { a: 1, b: 2, level: 3 });
  assert.throws(() => encodeSet(w, { kind: "delta", data: {} }), /no format for kind "delta"/);
});

test("ynl generator: checks reject out-of-range values and write nothing", () => {
  const w = new MessageWriter(256);
  assert.throws(() => encodeSet(w, { percent: 0 }), /percent is 0; the spec allows 1\.\.100/);
  assert.throws(() => encodeSet(w, { name: "too long!" }), /name is 9 bytes long/);
  assert.throws(() => encodeSet(w, { addr: "192.0.2" }), /not an IPv4 address/);
});

test("ynl generator: generic netlink: genlmsghdr, user header, uint of 8 bytes", () => {
  const w = new MessageWriter(256);
  encodeAdd(w, { userHdr: { id: 7 }, id: 1, count: 2n ** 40n, label: "x" }, 0x5, 0x20);
  assert.deepEqual(
    written(w),
    message(
      0x20, // the family id
      0x5,
      [5, 1],
      [2, 1],
      [0, 2], // genlmsghdr: cmd add = 5, version 2
      [7, 4], // user-hdr
      [8, 2],
      [3, 2],
      [1, 4], // id (value 3)
      [12, 2],
      [4, 2],
      be(0, 0, 0, 0, 0, 1, 0, 0), // count = 2^40: 8 bytes
      [6, 2],
      [5, 2],
      "x",
      [0, 1],
      [0, 2], // label
    ),
  );
  const r = new MessageReader().reset(w.buffer, w.length);
  r.advance();
  const m = new ThingsMessage().read(r);
  assert.equal(m.cmd, 5);
  assert.equal(m.userHdr.id, 7);
  assert.equal(m.count, 2n ** 40n);
  w.reset();
  encodeGenlGetDump(w, {}, undefined, 0x20);
  assert.deepEqual(written(w), message(0x20, 0x301, [6, 1], [2, 1], [0, 2], [0, 4]));
});

const MINIMAL = `
name: t
protocol: netlink-raw
protonum: 31
attribute-sets:
  - name: s
    attributes:
      - name: a
        type: u32
`;

test("ynl generator: what it does not support is an error naming it", () => {
  const cases: [string, RegExp][] = [
    [
      MINIMAL.replace("type: u32", "type: u128"),
      /attribute-sets\[s\]\.a: attribute type "u128" is not supported/,
    ],
    [
      MINIMAL.replace("type: u32", "type: u32\n        frobnicate: true"),
      /key "frobnicate" is not supported/,
    ],
    [MINIMAL.replace("type: u32", "type: nest"), /a nest attribute needs "nested-attributes"/],
    [
      MINIMAL.replace("type: u32", "type: nest\n        nested-attributes: nowhere"),
      /nested-attributes "nowhere" is not defined/,
    ],
    [
      MINIMAL.replace("type: u32", "type: binary\n        display-hint: fddi"),
      /display-hint "fddi" is not supported/,
    ],
    [
      MINIMAL.replace("type: u32", "type: u32\n        byte-order: middle-endian"),
      /byte-order "middle-endian"/,
    ],
    [
      MINIMAL.replace(
        "type: u32",
        "type: sub-message\n        sub-message: m\n        selector: a",
      ),
      /sub-message "m" is not defined/,
    ],
    [
      MINIMAL + "mcast-groups:\n  list:\n    - name: g\n",
      /mcast-groups\[g\]: netlink-raw groups need a value/,
    ],
    [
      MINIMAL + "definitions:\n  - name: d\n    type: union\n",
      /definition type "union" is not supported/,
    ],
    [
      MINIMAL.replace("netlink-raw", "netlink-cooked"),
      /protocol "netlink-cooked" is not supported/,
    ],
    [
      MINIMAL.replace("type: u32", "type: u32\n        checks:\n          max: far-away"),
      /limit "far-away" is not supported/,
    ],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => readSpec("t.yaml", text), (err: unknown) => {
      assert.ok(err instanceof SpecError, String(err));
      assert.match(err.message, /^t\.yaml: /);
      assert.match(err.message, message);
      return true;
    });
  }
});

test("ynl generator: generated modules say where they come from and not to edit them", () => {
  const text = emitFamily(readSpec("t.yaml", MINIMAL), {
    source: "t.yaml",
    origin: "a test",
    src: "../",
  });
  assert.match(
    text,
    /^\/\/ Generated from t\.yaml \(a test\) by scripts\/ynl\/gen\.ts \(npm run gen\): do not edit\./,
  );
  assert.match(text, /export class SView extends AttrView/);
  assert.match(text, /export function writeS\(w: MessageWriter, v: SValues\): void/);
});
