/**
 * Malformed input through the generated views and the JSON codec: random
 * and truncated messages either decode or fail with a DecodeError (or a
 * RangeError from a display hint on a value of the wrong length), never
 * with anything else; and what they read does not depend on the bytes past
 * the message.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { DecodeError, MessageReader, MessageWriter } from "../../codec.ts";
import { encodeNewlink, LinkMessage } from "../../src/families/rt-link.ts";
import { encodeSet, MainMessage } from "./_demo.ts";

function rng(seed: number): () => number {
  let x = seed | 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

/** Reads every getter of a view (iterating iterators), then both plain forms. */
function readAll(view: object): void {
  for (
    let proto = Object.getPrototypeOf(view);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (!d.get || name === "buffer" || name === "view") continue;
      const v = (view as Record<string, unknown>)[name];
      if (v && typeof v === "object" && Symbol.iterator in v) {
        for (const item of v as Iterable<unknown>) {
          if (item && typeof item === "object") readAll(item);
        }
      } else if (v && typeof v === "object" && !(v instanceof Uint8Array)) readAll(v);
    }
  }
  const withForms = view as { toJSON?: () => unknown; toObject?: () => unknown };
  withForms.toJSON?.();
  withForms.toObject?.();
}

function expectDecodeOrTypedError(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof DecodeError || err instanceof RangeError, `unexpected ${String(err)}`);
  }
}

test("ynl views: random payloads decode or fail with DecodeError", () => {
  const next = rng(42);
  const link = new LinkMessage();
  const demo = new MainMessage();
  for (let i = 0; i < 3000; i++) {
    const len = 16 + Math.floor(next() * 200);
    const body = new Uint8Array(len);
    for (let j = 16; j < len; j++) {
      body[j] = next() < 0.3 ? Math.floor(next() * 12) : Math.floor(next() * 256);
    }
    new DataView(body.buffer).setUint32(0, len, true);
    // The same message in two buffers whose tails past it differ: what is
    // read from it must not depend on the tail.
    const seen: string[] = [];
    for (const poison of [0xee, 0x11]) {
      const buf = new Uint8Array(len + 64).fill(poison);
      buf.set(body);
      const m = new MessageReader().reset(buf, len);
      assert.ok(m.advance());
      let out = "";
      expectDecodeOrTypedError(() => {
        readAll(link.read(m));
        out += JSON.stringify(link.read(m).toJSON());
      });
      expectDecodeOrTypedError(() => {
        readAll(demo.read(m));
        out += JSON.stringify(demo.read(m).toJSON());
      });
      seen.push(out);
    }
    assert.equal(seen[0], seen[1], "a decoded value depends on bytes past the message");
  }
});

test("ynl views: every truncation of a valid message decodes or fails with DecodeError", () => {
  const w = new MessageWriter(1024);
  encodeNewlink(w, {
    ifinfomsg: { ifiIndex: 3 },
    ifname: "va",
    mtu: 1500,
    linkinfo: { kind: "veth", data: { peer: { ifinfomsg: {}, ifname: "vb" } } },
  });
  const full = w.buffer.slice(0, w.length);
  const demoW = new MessageWriter(1024);
  encodeSet(demoW, {
    kind: "gamma",
    data: { pair: { a: 1, b: 2 }, level: 3 },
    tag: [1, 2],
    items: [{ x: 1 }],
  });
  const demoFull = demoW.buffer.slice(0, demoW.length);
  for (const [bytes, view] of [[full, new LinkMessage()], [demoFull, new MainMessage()]] as const) {
    for (let cut = 16; cut <= bytes.length; cut++) {
      const buf = new Uint8Array(cut);
      buf.set(bytes.subarray(0, cut));
      new DataView(buf.buffer).setUint32(0, cut, true);
      const m = new MessageReader().reset(buf, cut);
      m.advance();
      expectDecodeOrTypedError(() => readAll(view.read(m)));
    }
  }
});
