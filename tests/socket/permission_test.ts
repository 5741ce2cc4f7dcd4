import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { skipUnless } from "../_helpers.ts";

const isDeno = typeof (globalThis as { Deno?: unknown }).Deno !== "undefined";
const NAME = "ffi: Deno without --allow-ffi gets an error that says to pass it";

test(NAME, skipUnless(NAME, isDeno ? undefined : "FFI permission is Deno's alone"), () => {
  const script = fileURLToPath(new URL("../../examples/ip_link.ts", import.meta.url));
  const r = spawnSync(process.execPath, ["run", "--allow-read", script], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  assert.notEqual(r.status, 0);
  assert.match(
    r.stderr,
    /FfiUnavailableError: Cannot load libc through deno FFI: run Deno with --allow-ffi/,
  );
});
