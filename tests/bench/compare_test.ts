import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compare, markdown } from "../../bench/compare.ts";
import { envelope } from "../../bench/envelope.ts";
import type { RuntimeResults } from "../../bench/report.ts";
import { runtimeCommand } from "../_runtime.ts";

function results(ratios: Record<string, number>): RuntimeResults {
  return {
    runtime: "test",
    version: "0",
    date: "2026-11-28T00:00:00Z",
    cpu: "test",
    smoke: true,
    allocations: {},
    mitata: undefined,
    comparisons: Object.entries(ratios).map(([name, ratio]) => ({
      name,
      unit: "round trip",
      ns: 1000,
      perSecond: 1e6,
      referenceNs: 1000 * ratio,
      reference: "C",
      ratio,
    })),
  };
}

const base = results({ "host: getlink request()": 0.95, "host: link dump": 0.97, "vm: echo": 0.9 });

test("compare: small changes pass, a planted 20% regression fails", () => {
  const fine = compare(
    base,
    results({ "host: getlink request()": 0.9, "host: link dump": 1.0 }),
    0.15,
  );
  assert.equal(fine.changes.length, 2);
  assert.ok(fine.changes.every((c) => !c.regressed));
  assert.deepEqual(fine.missing, ["vm: echo"]);
  const planted = compare(
    base,
    results({ "host: getlink request()": 0.76, "host: link dump": 0.97 }),
    0.15,
  );
  const bad = planted.changes.filter((c) => c.regressed).map((c) => c.name);
  assert.deepEqual(bad, ["host: getlink request()"]);
  assert.match(
    markdown("test", planted.changes, 0.15),
    /\| host: getlink request\(\) \| 0\.950 \| 0\.760 \| -20\.0% \| REGRESSION \|/,
  );
  // The threshold is configurable.
  assert.equal(
    compare(base, results({ "host: getlink request()": 0.76 }), 0.25).changes[0].regressed,
    false,
  );
});

test("compare: the command exits 1 on a planted regression and 0 otherwise", () => {
  const dir = mkdtempSync(join(tmpdir(), "nlrt-compare-"));
  try {
    const basePath = join(dir, "base.json");
    const okPath = join(dir, "ok.json");
    const badPath = join(dir, "bad.json");
    writeFileSync(basePath, JSON.stringify(base));
    writeFileSync(okPath, JSON.stringify(results({ "host: getlink request()": 0.96 })));
    writeFileSync(badPath, JSON.stringify(results({ "host: getlink request()": 0.5 })));
    const [cmd, ...args] = runtimeCommand(new URL("../../bench/compare.ts", import.meta.url));
    const ok = spawnSync(cmd, [...args, basePath, okPath], { encoding: "utf8" });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /no regression in 1 ratios/);
    const bad = spawnSync(cmd, [...args, basePath, badPath], { encoding: "utf8" });
    assert.equal(bad.status, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /REGRESSION/);
    const loose = spawnSync(cmd, [...args, basePath, badPath, "--threshold", "0.6"], {
      encoding: "utf8",
    });
    assert.equal(loose.status, 0, loose.stdout + loose.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("envelope: a baseline folded over runs keeps each ratio's lowest", () => {
  const a = results({ x: 0.9, y: 1.2 });
  const b = results({ x: 0.95, y: 1.1, z: 0.5 });
  const folded = envelope(a, b);
  assert.deepEqual(
    folded.comparisons.map((c) => [c.name, c.ratio]),
    [["x", 0.9], ["y", 1.1], ["z", 0.5]],
  );
});
