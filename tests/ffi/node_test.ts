import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { skipUnless } from "../_helpers.ts";
import { runtimeName } from "../_runtime.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const notNode = runtimeName() === "node"
  ? undefined
  : "the koffi backend is Node's: this runs under node --test";

/** A script that imports nlrt, uses the codec, then opens a socket and prints what it threw. */
const PROBE = `
import { MessageWriter, NETLINK_ROUTE, NetlinkSocket } from "./mod.ts";
const w = new MessageWriter(64);
w.begin(18);
w.end();
console.log("codec", w.length);
try {
  NetlinkSocket.open(NETLINK_ROUTE).close();
  console.log("opened");
} catch (err) {
  console.log(err.name + ": " + err.message);
}
`;

/**
 * Runs `PROBE` (after `prelude`) with Node in a copy of the library where
 * koffi cannot be found, or where `koffi` is a stand-in of that version.
 */
function probe(prelude: string, koffiVersion?: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "nlrt-node-"));
  try {
    for (const entry of ["mod.ts", "codec.ts", "src"]) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    if (koffiVersion !== undefined) {
      const koffi = join(dir, "node_modules", "koffi");
      mkdirSync(koffi, { recursive: true });
      writeFileSync(
        join(koffi, "package.json"),
        JSON.stringify({ name: "koffi", main: "index.js" }),
      );
      writeFileSync(join(koffi, "index.js"), `module.exports = { version: "${koffiVersion}" };\n`);
    }
    writeFileSync(join(dir, "probe.ts"), prelude + PROBE);
    const r = spawnSync(process.execPath, ["probe.ts"], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim().split("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NO_KOFFI = "node: without the koffi package, the codec works and opening a socket is " +
  "FfiUnavailableError saying to install koffi";
test(NO_KOFFI, skipUnless(NO_KOFFI, notNode), () => {
  const [codec, opened] = probe("");
  assert.equal(codec, "codec 16");
  assert.match(
    opened!,
    /^FfiUnavailableError: Cannot load libc on Node\.js [\d.]+: the koffi package is not installed: run `npm install koffi` in your app \(nlrt needs Deno 2\.x \(with --allow-ffi\), Bun 1\.x, or Node\.js 20\.16 or later/,
  );
});

const OLD_KOFFI =
  "node: koffi 2 (External pointers) gets FfiUnavailableError saying to install koffi 3";
test(OLD_KOFFI, skipUnless(OLD_KOFFI, notNode), () => {
  const [codec, opened] = probe("", "2.9.1");
  assert.equal(codec, "codec 16");
  assert.equal(
    opened,
    "FfiUnavailableError: nlrt needs koffi 3.x (BigInt pointers), and this app has koffi 2.9.1: " +
      "run `npm install koffi@3`",
  );
});

const OLD_NODE = "node: a Node.js older than 20.16 (no process.getBuiltinModule) gets " +
  "FfiUnavailableError naming the supported runtimes and versions";
test(OLD_NODE, skipUnless(OLD_NODE, notNode), () => {
  const [codec, opened] = probe("delete process.getBuiltinModule;\n");
  assert.equal(codec, "codec 16");
  assert.match(
    opened!,
    /^FfiUnavailableError: nlrt cannot call libc on Node\.js [\d.]+: it needs Deno 2\.x \(with --allow-ffi\), Bun 1\.x, or Node\.js 20\.16 or later with the koffi package \(npm install koffi\), on Linux$/,
  );
});

const PERMISSION = "node: under --permission without --allow-addons, FfiUnavailableError says " +
  "to add --allow-addons (koffi is a native addon)";
test(PERMISSION, skipUnless(PERMISSION, notNode), () => {
  const script = join(root, "examples", "ip_link.ts");
  const r = spawnSync(process.execPath, ["--permission", "--allow-fs-read=*", script], {
    encoding: "utf8",
  });
  assert.notEqual(r.status, 0);
  assert.match(
    r.stderr,
    /FfiUnavailableError: Cannot load libc on Node\.js [\d.]+: Node's permission model blocks native addons such as koffi: add --allow-addons/,
  );
});
