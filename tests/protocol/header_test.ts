/**
 * Checks that the test module's three descriptions agree: the uapi header
 * (kmod/uapi/nlrt_test.h, the C side), the YNL spec (kmod/nlrt_test.yaml)
 * and the module generated from it (src/families/nlrt-test.ts, whose
 * constants carry the header's C names): every NLRT_TEST_ constant of the
 * generated module has the header's value, and every NLRT_TEST_ name of the
 * header is generated. (`npm test` also checks that the generated module is
 * what the spec generates.)
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as generated from "../../src/families/nlrt-test.ts";

const headerUrl = new URL("../../kmod/uapi/nlrt_test.h", import.meta.url);

/** Strips C comments, keeping line breaks so that #define lines stay whole. */
function stripComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
    .replace(/\/\/[^\n]*/g, "");
}

/** Evaluates the small C expressions the header uses: numbers, names, + - <<, parens. */
function evalExpr(expr: string, known: Map<string, number | string>): number {
  const tokens = expr.match(/0x[0-9a-fA-F]+|\d+|[A-Za-z_]\w*|<<|[-+()]/g) ?? [];
  let pos = 0;
  const primary = (): number => {
    const t = tokens[pos++];
    if (t === undefined) throw new SyntaxError(`unexpected end of "${expr}"`);
    if (t === "(") {
      const v = shift();
      if (tokens[pos++] !== ")") throw new SyntaxError(`missing ) in "${expr}"`);
      return v;
    }
    if (t === "-") return -primary();
    if (/^\d|^0x/.test(t)) return Number(t);
    const v = known.get(t);
    if (typeof v !== "number") throw new SyntaxError(`unknown name ${t} in "${expr}"`);
    return v;
  };
  const additive = (): number => {
    let v = primary();
    while (tokens[pos] === "+" || tokens[pos] === "-") {
      v = tokens[pos++] === "+" ? v + primary() : v - primary();
    }
    return v;
  };
  const shift = (): number => {
    let v = additive();
    while (tokens[pos] === "<<") {
      pos++;
      v = v * 2 ** additive();
    }
    return v;
  };
  const v = shift();
  if (pos !== tokens.length) throw new SyntaxError(`cannot parse "${expr}"`);
  return v;
}

/**
 * Every #define and enum member of the header, with its value.  Enum members
 * are read first; #defines are resolved in passes, since one may name
 * another or an enum member defined later in the file.
 */
function parseHeader(text: string): Map<string, number | string> {
  const src = stripComments(text);
  const known = new Map<string, number | string>();
  for (const m of src.matchAll(/enum\s+\w+\s*\{([\s\S]*?)\}/g)) {
    let next = 0;
    for (const item of m[1].split(",")) {
      const e = /^\s*(\w+)\s*(?:=\s*(.+?))?\s*$/.exec(item);
      if (!e) continue;
      const value = e[2] === undefined ? next : evalExpr(e[2], known);
      known.set(e[1], value);
      next = value + 1;
    }
  }
  const defines = [...src.matchAll(/^#define[ \t]+(\w+)[ \t]+(.+?)[ \t]*$/gm)]
    .filter((m) => !m[1].startsWith("_UAPI_"));
  for (let pass = 0; pass <= defines.length; pass++) {
    let pending = 0;
    for (const [, name, body] of defines) {
      if (known.has(name)) continue;
      const str = /^"((?:[^"\\]|\\.)*)"$/.exec(body);
      try {
        known.set(name, str ? JSON.parse(`"${str[1]}"`) : evalExpr(body, known));
      } catch {
        pending++;
      }
    }
    if (pending === 0) return known;
  }
  const left = defines.filter((m) => !known.has(m[1])).map((m) => `${m[1]} ${m[2]}`);
  throw new SyntaxError(`Cannot evaluate #define ${left.join(", ")}`);
}

function header(): Map<string, number | string> {
  return parseHeader(readFileSync(headerUrl, "utf8"));
}

// The generated module's C names mirror kmod/uapi/nlrt_test.h.
const fromHeader = header();
const protocol = Object.fromEntries(
  Object.entries(generated).filter(([name]) => name.startsWith("NLRT_TEST_")),
);
const exported = Object.entries(protocol) as [string, unknown][];

test("protocol: exports at least the protocol's core constants", () => {
  for (
    const name of [
      "NLRT_TEST_PROTO",
      "NLRT_TEST_MSG_HELLO",
      "NLRT_TEST_MSG_ECHO",
      "NLRT_TEST_MSG_MCAST",
      "NLRT_TEST_MSG_STATS",
      "NLRT_TEST_A_DATA",
      "NLRT_TEST_A_PAD",
      "NLRT_TEST_A_MAX",
      "NLRT_TEST_GRP_EVENTS",
      "NLRT_TEST_ECHO_MAX",
    ]
  ) {
    assert.ok(name in protocol, `${name} is not exported`);
  }
});

test("protocol: gives every exported constant the header's value", () => {
  for (const [name, value] of exported) {
    assert.ok(fromHeader.has(name), `${name} is not in nlrt_test.h`);
    assert.equal(value, fromHeader.get(name), `${name} differs from nlrt_test.h`);
  }
});

test("protocol: exports every NLRT_TEST_ name of the header", () => {
  for (const name of fromHeader.keys()) {
    if (!name.startsWith("NLRT_TEST_")) continue;
    assert.ok(name in protocol, `${name} of nlrt_test.h is not exported`);
  }
});

test("protocol: the spec's numbers are the header's, by operation, attribute and group", () => {
  assert.equal(generated.PROTONUM, fromHeader.get("NLRT_TEST_PROTO"));
  for (const [op, value] of Object.entries(generated.Requests)) {
    const name = `NLRT_TEST_MSG_${op.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
    assert.equal(value, fromHeader.get(name), `request ${op} is not ${name}`);
  }
  // The broadcasts carry MCAST's type, as replies carry their request's.
  assert.equal(generated.Replies.mcastEvent, fromHeader.get("NLRT_TEST_MSG_MCAST"));
  for (const [attr, value] of Object.entries(generated.Attrs)) {
    const name = `NLRT_TEST_A_${attr.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
    assert.equal(value, fromHeader.get(name), `attribute ${attr} is not ${name}`);
  }
  assert.equal(generated.McastGroups.events, fromHeader.get("NLRT_TEST_GRP_EVENTS"));
});

test("protocol: reads the values the protocol fixes", () => {
  assert.equal(fromHeader.get("NLRT_TEST_PROTO"), 30);
  assert.equal(fromHeader.get("NLRT_TEST_MSG_HELLO"), 0x10);
  assert.equal(fromHeader.get("NLRT_TEST_MSG_STATS"), 0x13);
  assert.equal(fromHeader.get("NLRT_TEST_A_MAX"), 9);
  assert.equal(fromHeader.get("NLRT_TEST_MSG_COALESCE"), 0x14);
  assert.equal(fromHeader.get("NLRT_TEST_DGRAM_SIZE_MAX"), 1 << 16);
  assert.equal(fromHeader.get("NLRT_TEST_MCAST_COUNT_MAX"), 1 << 20);
  assert.equal(fromHeader.get("NLRT_TEST_HELLO_REPLY"), "hello users!!!");
});
