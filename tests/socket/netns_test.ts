import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { netnsUnavailable, run, skipUnless } from "../_helpers.ts";
import { runtimeCommand } from "../_runtime.ts";

const NAME = "netns: a link dump of 200 veth pairs in a new namespace gives 401 links";

test(NAME, skipUnless(NAME, netnsUnavailable()), () => {
  const ns = `nlrt-test-${process.pid}`;
  const dir = mkdtempSync(join(tmpdir(), "nlrt-"));
  run("ip", ["netns", "add", ns]);
  try {
    const batch = join(dir, "links.batch");
    const lines: string[] = [];
    for (let i = 0; i < 200; i++) lines.push(`link add va${i} type veth peer name vb${i}`);
    writeFileSync(batch, lines.join("\n") + "\n");
    run("ip", ["-n", ns, "-batch", batch]);
    const script = new URL("./_count_links.ts", import.meta.url);
    const out = execFileSync("ip", ["netns", "exec", ns, ...runtimeCommand(script)], {
      encoding: "utf8",
      timeout: 60000,
    });
    const result = JSON.parse(out.trim().split("\n").pop()!);
    assert.equal(result.links, 401);
    assert.ok(
      result.datagrams > 1,
      `a 401-link dump spans several datagrams (${result.datagrams})`,
    );
  } finally {
    run("ip", ["netns", "del", ns]);
    rmSync(dir, { recursive: true, force: true });
  }
});
