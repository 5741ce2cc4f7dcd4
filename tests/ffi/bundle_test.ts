import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { skipUnless } from "../_helpers.ts";

const isBun = typeof (globalThis as { Bun?: unknown }).Bun !== "undefined";
const program = fileURLToPath(new URL("./_bundled_wait.ts", import.meta.url));

/** Runs a command in `cwd`; returns its stdout, or fails the test with its output. */
function run(cwd: string, cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout: 60_000 });
  assert.equal(r.signal, null, `${cmd} ${args.join(" ")}: killed\n${r.stdout}${r.stderr}`);
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")}:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

const NAME = "bundle: a program that waits asynchronously still wakes after bun build " +
  "(--target=bun and --compile)";
test(
  NAME,
  skipUnless(NAME, isBun ? undefined : "bun build is Bun's bundler: this runs under bun test"),
  () => {
    const dir = mkdtempSync(join(tmpdir(), "nlrt-bundle-"));
    try {
      run(dir, process.execPath, ["build", "--target=bun", program, "--outfile", "bundle.js"]);
      assert.equal(run(dir, process.execPath, ["bundle.js"]).trim(), "woke 42");
      run(dir, process.execPath, ["build", "--compile", program, "--outfile", "waiter"]);
      assert.equal(run(dir, join(dir, "waiter"), []).trim(), "woke 42");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
