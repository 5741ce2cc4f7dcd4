import { test } from "node:test";
import assert from "node:assert/strict";
import { gate, judge, markdown, pair, type RowSample } from "../../bench/compare.ts";
import { baselineOf } from "../../bench/record.ts";
import { summarize } from "../../bench/stats.ts";
import { MACHINE, type Noise, processes, QUIET, random, results } from "./_synthetic.ts";

const ROWS = 20;
const names = Array.from({ length: ROWS }, (_, i) => `host: row ${i}`);

/** A baseline of 6 processes and a new run of 2, both drawn around `ratio`, for every row. */
function family(
  seed: number,
  newRatio: (name: string, ratio: number) => number,
  noise?: Noise,
): RowSample[] {
  const rand = random(seed);
  const rows: RowSample[] = [];
  for (const runtime of ["deno", "bun"]) {
    for (const [i, name] of names.entries()) {
      const ratio = 0.8 + i * 0.05;
      rows.push({
        runtime,
        name,
        before: processes(rand, ratio, { processes: 6, rounds: 25, noise }).map((r) =>
          summarize(r)
        ),
        after: processes(rand, newRatio(name, ratio), { processes: 2, rounds: 25, noise }).map((
          r,
        ) => summarize(r)),
      });
    }
  }
  return rows;
}

test("gate: noise within the intervals never fails (200 runs of 40 rows on a busy machine)", () => {
  let regressions = 0;
  let noisyOrOk = 0;
  for (let seed = 1; seed <= 200; seed++) {
    for (const c of judge(family(seed, (_, r) => r), { threshold: 0.08 })) {
      if (c.verdict === "REGRESSION") regressions++;
      else noisyOrOk++;
    }
  }
  assert.equal(regressions, 0);
  assert.equal(noisyOrOk, 200 * 2 * ROWS);
});

test("gate: a ratio 5% worse (within the 8% threshold) does not fail", () => {
  for (let seed = 1; seed <= 50; seed++) {
    const changes = judge(family(seed, (_, r) => r * 0.95), { threshold: 0.08 });
    assert.equal(changes.filter((c) => c.verdict === "REGRESSION").length, 0, `seed ${seed}`);
  }
});

test("gate: a planted 20% slowdown of one row is caught at least 95 times in 100 (quiet machine)", () => {
  let caught = 0;
  let elsewhere = 0;
  for (let seed = 1; seed <= 100; seed++) {
    const changes = judge(family(seed, (n, r) => (n === "host: row 3" ? r / 1.2 : r), QUIET), {
      threshold: 0.08,
    });
    for (const c of changes.filter((c) => c.verdict === "REGRESSION")) {
      if (c.name === "host: row 3") caught++;
      else elsewhere++;
    }
  }
  assert.equal(elsewhere, 0);
  assert.ok(caught >= 2 * 95, `caught ${caught} of 200`);
});

test("gate: a clear regression fails, with its interval wholly below -threshold", () => {
  const rand = random(7);
  const before = processes(rand, 0.9, { processes: 6, rounds: 25 }).map((r) => summarize(r));
  const after = processes(rand, 0.6, { processes: 2, rounds: 25 }).map((r) => summarize(r));
  const [c] = judge([{ runtime: "deno", name: "host: x", before, after }], { threshold: 0.08 });
  assert.equal(c.verdict, "REGRESSION");
  assert.ok(c.high < -0.08 && c.low < c.change && c.change < c.high);
  assert.ok(Math.abs(c.change - (0.6 / 0.9 - 1)) < 0.05, `change ${c.change}`);
  assert.match(
    markdown("deno 1.0.0", [c], 0.08),
    /\| host: x \| 0\.[89]\d\d \| 0\.[56]\d\d \| -3\d\.\d% \| .* \| REGRESSION \|/,
  );
});

test("gate: a drop drowned in noise is 'noisy', not a regression", () => {
  const rand = random(11);
  const wild = { between: 0.02, within: 0.5, outliers: 0.4 };
  const before = processes(rand, 1, { processes: 6, rounds: 25 }).map((r) => summarize(r));
  const after = processes(rand, 0.8, { processes: 1, rounds: 25, noise: wild }).map((r) =>
    summarize(r)
  );
  const [c] = judge([{ runtime: "bun", name: "host: y", before, after }], { threshold: 0.08 });
  assert.equal(c.verdict, "noisy");
  assert.ok(c.low < -0.08 && c.high > -0.08);
});

test("gate: a clear improvement says 'faster'", () => {
  const rand = random(5);
  const before = processes(rand, 1, { processes: 6, rounds: 25 }).map((r) => summarize(r));
  const after = processes(rand, 1.5, { processes: 2, rounds: 25 }).map((r) => summarize(r));
  assert.equal(
    judge([{ runtime: "deno", name: "z", before, after }], { threshold: 0.08 })[0].verdict,
    "faster",
  );
});

test("gate: the interval widens with the number of rows compared (Bonferroni)", () => {
  const rand = random(3);
  const before = processes(rand, 1, { processes: 6, rounds: 25 }).map((r) => summarize(r));
  const after = processes(rand, 1, { processes: 2, rounds: 25 }).map((r) => summarize(r));
  const row = { runtime: "deno", name: "r", before, after };
  const one = judge([row], { threshold: 0.08 })[0];
  const many = judge(Array(40).fill(row), { threshold: 0.08 })[0];
  assert.ok(many.high - many.low > one.high - one.low);
  assert.throws(() => judge([row], { threshold: 1.5 }), RangeError);
});

/** Results and a baseline with a planted regression in one row. */
function planted(seed: number) {
  const rand = random(seed);
  const rows = (ratio: number, n: number) => ({
    "host: getlink request()": processes(rand, ratio, { processes: n, rounds: 25 }),
    "host: link dump": processes(rand, 0.97, { processes: n, rounds: 25 }),
  });
  const baseline = baselineOf([results("deno", rows(0.93, 6)), results("bun", rows(0.95, 6))]);
  const now = [results("deno", rows(0.93 / 1.3, 2)), results("bun", rows(0.95, 2))];
  return { baseline, now };
}

function capture(): { print: (s: string) => void; text: () => string } {
  const lines: string[] = [];
  return { print: (s) => lines.push(s), text: () => lines.join("\n") };
}

test("gate(): a regression against the same machine's baseline returns 1 and names the row", () => {
  const { baseline, now } = planted(21);
  const out = capture();
  const status = gate(
    now,
    { explicit: [baseline], dir: "/nonexistent", threshold: 0.08 },
    out.print,
  );
  assert.equal(status, 1, out.text());
  assert.match(out.text(), /deno: 1 regression\(s\): host: getlink request\(\)/);
  assert.match(out.text(), /bun: no regression in 2 ratios/);
});

test("pair(): a baseline from another machine gives no verdict unless named explicitly", () => {
  const { baseline, now } = planted(22);
  const foreign = { ...baseline, machine: { ...MACHINE, cpu: "Other CPU", kernel: "6.1.0" } };
  const auto = pair(now[0], foreign, false);
  assert.match(auto.noVerdict ?? "", /cpu: "Test CPU" here, "Other CPU" there; kernel/);
  assert.equal(auto.rows.length, 0);
  const forced = pair(now[0], foreign, true);
  assert.equal(forced.noVerdict, undefined);
  assert.equal(forced.rows.length, 2);
  assert.equal(forced.warnings.length, 2);
});

test("pair(): another runtime version, or smoke against full, gives no verdict", () => {
  const { baseline, now } = planted(23);
  const newer = results("deno", { "host: getlink request()": [[0.9]] }, { version: "1.0.1" });
  assert.match(
    pair(newer, baseline, false).noVerdict ?? "",
    /runtime: deno 1\.0\.1 here, deno 1\.0\.0 there/,
  );
  const full = { ...now[1], smoke: false };
  assert.match(pair(full, baseline, false).noVerdict ?? "", /kind: full run here, smoke there/);
});

test("pair(): new rows are listed and never judged; missing ones are named", () => {
  const { baseline } = planted(24);
  const rand = random(24);
  const now = results("deno", {
    "host: getlink request()": processes(rand, 0.93, { processes: 2, rounds: 25 }),
    "host: a new row": processes(rand, 0.1, { processes: 2, rounds: 25 }),
  });
  const p = pair(now, baseline, false);
  assert.deepEqual(p.added, ["host: a new row"]);
  assert.deepEqual(p.missing, ["host: link dump"]);
  assert.deepEqual(p.rows.map((r) => r.name), ["host: getlink request()"]);
  const out = capture();
  assert.equal(gate([now], { explicit: [baseline], dir: "", threshold: 0.08 }, out.print), 0);
  assert.match(out.text(), /new, no baseline \(never fails\): host: a new row/);
});

test("pair(): module rows measured elsewhere (native against the VM) are not judged", () => {
  const rand = random(25);
  const rows = (n: number) => ({
    "host: getlink request()": processes(rand, 0.93, { processes: n, rounds: 25 }),
    "vm: echo": processes(rand, 0.9, { processes: n, rounds: 25 }),
  });
  const base = baselineOf([
    results("deno", rows(6), { module: "vm 6.1.0, QEMU TCG CPU", smoke: false }),
  ]);
  const now = results("deno", rows(1), { module: "native 6.18.0-test", smoke: false });
  const p = pair(now, base, false);
  assert.deepEqual(p.rows.map((r) => r.name), ["host: getlink request()"]);
  assert.match(p.skipped[0].why, /module ran native 6\.18\.0-test here, vm 6\.1\.0/);
});

test("gate: a load spike that shifts one of the new processes makes the row noisy, not a regression", () => {
  const rand = random(31);
  const before = processes(rand, 1.05, { processes: 6, rounds: 25, noise: QUIET }).map((r) =>
    summarize(r)
  );
  const calm = processes(rand, 1.05, { processes: 1, rounds: 25, noise: QUIET });
  const spiked = processes(rand, 0.79, { processes: 1, rounds: 29, noise: QUIET });
  const after = [...spiked, ...calm].map((r) => summarize(r));
  const [c] = judge([{ runtime: "deno", name: "codec", before, after }], { threshold: 0.08 });
  assert.equal(c.verdict, "noisy");
  // Both processes shifted alike is a regression.
  const both = processes(rand, 0.79, { processes: 2, rounds: 25, noise: QUIET }).map((r) =>
    summarize(r)
  );
  assert.equal(
    judge([{ runtime: "deno", name: "codec", before, after: both }], { threshold: 0.08 })[0]
      .verdict,
    "REGRESSION",
  );
});
