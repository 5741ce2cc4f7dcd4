import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  CAP_DATA_BYTES,
  CAP_HEADER_SIZE,
  capabilitiesSettled,
  effectiveIsPermitted,
} from "../../src/socket/capabilities.ts";
import { libc } from "../../src/ffi/libc.ts";
import { runtimeCommand, runtimeName, spawnScriptSync } from "../_runtime.ts";
import { skipUnless } from "../_helpers.ts";

/** The 24 bytes capget() fills, from [effective, permitted] of the low and high words. */
function capData(low: [number, number], high: [number, number]): DataView {
  const v = new DataView(new ArrayBuffer(24));
  v.setUint32(0, low[0], true);
  v.setUint32(4, low[1], true);
  v.setUint32(8, 0xffffffff, true); // inheritable: not part of the rule
  v.setUint32(12, high[0], true);
  v.setUint32(16, high[1], true);
  return v;
}

test("capabilities: settled only when both effective words equal the permitted ones", () => {
  assert.equal(effectiveIsPermitted(capData([0, 0], [0, 0])), true);
  assert.equal(effectiveIsPermitted(capData([0xffffffff, 0xffffffff], [0x1ff, 0x1ff])), true);
  assert.equal(effectiveIsPermitted(capData([0xffffefff, 0xffffffff], [0x1ff, 0x1ff])), false);
  assert.equal(effectiveIsPermitted(capData([0xffffffff, 0xffffffff], [0x0ff, 0x1ff])), false);
  assert.equal(effectiveIsPermitted(capData([0x1000, 0], [0, 0])), false);
});

test("capabilities: capget() agrees with /proc/self/status", () => {
  const status = readFileSync("/proc/self/status", "utf8");
  const field = (name: string) =>
    BigInt("0x" + status.match(new RegExp(`^${name}:\\s*([0-9a-f]+)$`, "m"))![1]);
  const c = libc();
  const header = new Uint8Array(new ArrayBuffer(CAP_HEADER_SIZE));
  const data = new Uint8Array(new ArrayBuffer(CAP_DATA_BYTES));
  const settled = capabilitiesSettled(
    c,
    new DataView(header.buffer),
    c.ref(header),
    new DataView(data.buffer),
    c.ref(data),
  );
  assert.equal(settled, field("CapEff") === field("CapPrm"));
});

const BRACKET =
  "socket: a process that raises CAP_NET_ADMIN after opening still gets its privileged requests through";
test(
  BRACKET,
  skipUnless(
    BRACKET,
    runtimeName() === "node" ? "the fixture binds capset through Deno's or Bun's FFI" : undefined,
  ),
  (t) => {
    const [program, ...args] = runtimeCommand(new URL("./_cap_bracket.ts", import.meta.url));
    const r = spawnScriptSync(program!, args, { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    if (r.stdout.trim() === "no CAP_NET_ADMIN") {
      t.skip("this process has no CAP_NET_ADMIN to bracket");
      console.log(`SKIP ${BRACKET}: no CAP_NET_ADMIN`);
      return;
    }
    assert.deepEqual(r.stdout.trim().split("\n"), [
      "opened lowered, request(): ok",
      // The control: without the address the kernel checks the opener's
      // credentials, which lacked the capability.
      "opened lowered, sent without address: errno 1",
      "opened raised, request(): ok",
    ]);
  },
);
