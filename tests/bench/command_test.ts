import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { baselineOf, baselinePath } from "../../bench/record.ts";
import { runtimeCommand } from "../_runtime.ts";
import { MACHINE, processes, random, results } from "./_synthetic.ts";

const compareCmd = runtimeCommand(new URL("../../bench/compare.ts", import.meta.url));
const runSh = fileURLToPath(new URL("../../bench/run.sh", import.meta.url));

function compare(args: string[]) {
  const [cmd, ...rest] = compareCmd;
  return spawnSync(cmd, [...rest, ...args], { encoding: "utf8" });
}

/** A baselines directory with this machine's smoke baseline, and results files. */
function fixture(dir: string) {
  const rand = random(42);
  const rows = (getlink: number, n: number) => ({
    "host: getlink request()": processes(rand, getlink, { processes: n, rounds: 25 }),
    "host: link dump": processes(rand, 0.97, { processes: n, rounds: 25 }),
  });
  const baselines = join(dir, "baselines");
  mkdirSync(baselines);
  const baseline = baselineOf([results("deno", rows(0.93, 6)), results("bun", rows(0.95, 6))]);
  const basePath = baselinePath(baselines, MACHINE, true);
  writeFileSync(basePath, JSON.stringify(baseline));
  const write = (name: string, data: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(data));
    return path;
  };
  const other = { ...MACHINE, cpu: "Other CPU" };
  return {
    baselines,
    basePath,
    same: [
      write("deno.json", results("deno", rows(0.93, 2))),
      write("bun.json", results("bun", rows(0.95, 2))),
    ],
    slow: [
      write("deno-slow.json", results("deno", rows(0.93 / 1.25, 2))),
      write("bun-ok.json", results("bun", rows(0.95, 2))),
    ],
    foreign: [
      write("deno-foreign.json", results("deno", rows(0.93 / 1.25, 2), { machine: other })),
    ],
  };
}

test("compare.ts: exit 0 on the same machine without regression, 1 with one", () => {
  const dir = mkdtempSync(join(tmpdir(), "nlrt-gate-"));
  try {
    const f = fixture(dir);
    const ok = compare(["--baselines", f.baselines, ...f.same]);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /deno: no regression in 2 ratios/);
    assert.match(ok.stdout, /4 rows judged at a family-wise false-alarm rate of 0\.01/);
    const bad = compare(["--baselines", f.baselines, ...f.slow]);
    assert.equal(bad.status, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /\| host: getlink request\(\) \|.*\| REGRESSION \|/);
    // A threshold wider than the planted 20% lets it pass.
    const loose = compare(["--baselines", f.baselines, "--threshold", "0.4", ...f.slow]);
    assert.equal(loose.status, 0, loose.stdout + loose.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("compare.ts: a baseline from another machine gives no verdict and exit 0; --baseline forces one", () => {
  const dir = mkdtempSync(join(tmpdir(), "nlrt-gate-"));
  try {
    const f = fixture(dir);
    const auto = compare(["--baselines", f.baselines, ...f.foreign]);
    assert.equal(auto.status, 0, auto.stdout + auto.stderr);
    assert.match(auto.stdout, /no smoke baseline was recorded on this machine \(Other CPU, 2 CPUs/);
    assert.match(
      auto.stdout,
      /come from other machines:\n.*test-cpu-2cpu-6\.18\.0-test-[0-9a-f]{6}\.smoke\.json: Test CPU.*\(differs in cpu\)/,
    );
    assert.match(auto.stdout, /npm run bench -- --smoke --update-baseline/);
    assert.doesNotMatch(auto.stdout, /REGRESSION/);
    const forced = compare(["--baseline", f.basePath, ...f.foreign]);
    assert.equal(forced.status, 1, forced.stdout + forced.stderr);
    assert.match(
      forced.stdout,
      /warning: compared although cpu: "Other CPU" here, "Test CPU" there/,
    );
    assert.match(forced.stdout, /REGRESSION/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("compare.ts: usage errors and unreadable files exit 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "nlrt-gate-"));
  try {
    const f = fixture(dir);
    const old = join(dir, "old.json");
    writeFileSync(old, JSON.stringify({ runtime: "deno", comparisons: [{ name: "x", ratio: 1 }] }));
    for (
      const args of [
        ["--bogus", ...f.same],
        ["--threshold", "2", ...f.same],
        ["--threshold"],
        [],
        ["--baseline", join(dir, "missing.json"), ...f.same],
        ["--baseline", old, ...f.same],
        [old],
      ]
    ) {
      const r = compare(args);
      assert.equal(r.status, 2, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, /usage: compare\.ts/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("run.sh: bad options exit 2 before anything runs", () => {
  for (
    const args of [
      ["--bogus"],
      ["--threshold", "a lot"],
      ["--repeat", "0"],
      ["--baseline", "/nonexistent/baseline.json"],
      ["--update-baseline", "--baseline", runSh],
      ["--part", "memory"],
      ["--part"],
      ["--smoke", "--part", "module"],
      ["--no-module", "--part", "module"],
      ["--update-baseline", "--part", "codec"],
    ]
  ) {
    const r = spawnSync("bash", [runSh, ...args], { encoding: "utf8" });
    assert.equal(r.status, 2, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /usage: npm run bench/);
  }
});
