import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { machineDifferences, machineKey } from "../../bench/fingerprint.ts";
import { baselineOf, baselinePath, listBaselines, readBaseline } from "../../bench/record.ts";
import { merge } from "../../bench/report.ts";
import type { PartResults } from "../../bench/suite.ts";
import { MACHINE, processes, random, results } from "./_synthetic.ts";

function part(name: string, environment: string, ratios: number[], cpu = "Test CPU"): PartResults {
  return {
    runtime: "deno",
    version: "1.0.0",
    part: name,
    environment,
    smoke: false,
    date: "2026-11-30T00:00:00.000Z",
    cpu,
    fingerprint: {
      cpu,
      cores: 2,
      kernel: environment === "vm" ? "6.1.0-guest" : "6.18.0-test",
      runtime: "deno",
      version: "1.0.0",
      environment,
    },
    comparisons: [{
      name: name === "module" ? "echo" : "getlink request()",
      unit: "round trip",
      ns: 1000 / ratios[0],
      perSecond: 0,
      referenceNs: 1000,
      reference: "C",
      ratio: ratios[0],
      ratios,
    }],
  };
}

test("merge: processes of one part become one row with every round kept", () => {
  const toolchain = { cc: MACHINE.cc, libmnl: MACHINE.libmnl };
  const merged = merge(
    [
      part("host", "host", [0.9, 0.92, 0.91]),
      part("host", "host", [0.95, 0.94, 0.96]),
      part("module", "vm", [0.8, 0.82], "QEMU TCG CPU"),
    ],
    toolchain,
  );
  assert.deepEqual(merged.fingerprint, {
    machine: MACHINE,
    runtime: "deno 1.0.0",
    module: "vm 6.1.0-guest, QEMU TCG CPU",
  });
  assert.deepEqual(merged.comparisons.map((c) => [c.name, c.part, c.runs.length]), [
    ["host: getlink request()", "host", 2],
    ["vm: echo", "module", 1],
  ]);
  const host = merged.comparisons[0];
  assert.deepEqual(host.runs, [[0.9, 0.92, 0.91], [0.95, 0.94, 0.96]]);
  assert.ok(host.ratio > 0.91 && host.ratio < 0.95);
  assert.equal("ratios" in host, false);
  assert.equal(host.times.length, 2);
  assert.equal(merge([part("host", "host", [1])], toolchain).fingerprint.module, "none");
});

test("baselineOf: per-process summaries and the between-process spread, both runtimes in one file", () => {
  const rand = random(9);
  const rows = { "host: getlink request()": processes(rand, 0.9, { processes: 6, rounds: 25 }) };
  const b = baselineOf([results("deno", rows), results("bun", rows, { version: "2.0.0" })]);
  assert.equal(b.kind, "nlrt-bench-baseline");
  assert.equal(b.smoke, true);
  assert.deepEqual(b.machine, MACHINE);
  assert.deepEqual(Object.keys(b.runtimes), ["deno", "bun"]);
  assert.equal(b.runtimes.bun.runtime, "bun 2.0.0");
  const row = b.runtimes.deno.rows["host: getlink request()"];
  assert.equal(row.processes.length, 6);
  assert.ok(Math.abs(row.ratio - 0.9) < 0.05);
  assert.ok(row.between >= 0.01);
  assert.throws(
    () =>
      baselineOf([
        results("deno", rows),
        results("bun", rows, { machine: { ...MACHINE, cores: 4 } }),
      ]),
    RangeError,
  );
});

test("baseline files: named by machine, found by kind, older formats refused", () => {
  const dir = mkdtempSync(join(tmpdir(), "nlrt-baselines-"));
  try {
    const rand = random(10);
    const rows = { "host: x": processes(rand, 1, { processes: 2, rounds: 5 }) };
    const smoke = baselineOf([results("deno", rows)]);
    const full = baselineOf([results("deno", rows, { smoke: false })]);
    const smokePath = baselinePath(dir, MACHINE, true);
    assert.match(smokePath, /test-cpu-2cpu-6\.18\.0-test-[0-9a-f]{6}\.smoke\.json$/);
    writeFileSync(smokePath, JSON.stringify(smoke));
    writeFileSync(baselinePath(dir, MACHINE, false), JSON.stringify(full));
    writeFileSync(
      join(dir, "deno.smoke.json"),
      JSON.stringify({ runtime: "deno", comparisons: [] }),
    );
    const found = listBaselines(dir, true);
    assert.deepEqual(found.found.map((f) => f.path), [smokePath]);
    assert.deepEqual(found.unreadable, [join(dir, "deno.smoke.json")]);
    assert.equal(listBaselines(dir, false).found[0].baseline.smoke, false);
    assert.throws(
      () => readBaseline(join(dir, "deno.smoke.json")),
      /not a baseline of this format/,
    );
    assert.deepEqual(listBaselines(join(dir, "none"), true), { found: [], unreadable: [] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("fingerprint: every field counts, and the file key tells machines apart", () => {
  assert.deepEqual(machineDifferences(MACHINE, { ...MACHINE }), []);
  assert.deepEqual(machineDifferences(MACHINE, { ...MACHINE, cc: "cc 13", cores: 4 }), [
    "cores: 2 here, 4 there",
    'cc: "cc (Test) 12.2.0" here, "cc 13" there',
  ]);
  assert.notEqual(machineKey(MACHINE), machineKey({ ...MACHINE, libmnl: "1.0.5" }));
  assert.match(
    machineKey({ ...MACHINE, cpu: "Intel(R) Xeon(R) CPU @ 2.20GHz" }),
    /^intel-xeon-2cpu-6\.18\.0-test-[0-9a-f]{6}$/,
  );
});
