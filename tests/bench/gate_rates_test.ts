import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { flaggedRows, rejudge, type RunLog, schedule } from "../../bench/gate_rates.ts";
import { baselineOf } from "../../bench/record.ts";
import { processes, random, results } from "./_synthetic.ts";

test("gate_rates: schedule and the rows a run flagged", () => {
  assert.deepEqual(schedule({ unchanged: 3, codec: 2, request: 1 }), [
    "unchanged",
    "codec",
    "request",
    "unchanged",
    "codec",
    "unchanged",
  ]);
  const output = [
    "### deno 2.9.6: ratios against the baseline",
    "| host: getlink request() | 0.930 | 0.700 | -24.7% | -30.0% to -19.0% | REGRESSION |",
    "| host: link dump | 0.970 | 0.960 | -1.0% | -5.0% to +3.0% | ok |",
    "### bun 1.4.5: ratios against the baseline",
    "| host: ping (NOOP + ack) request() | 0.9 | 0.7 | -22% | x | REGRESSION |",
  ].join("\n");
  assert.deepEqual(flaggedRows(output), [
    "deno: host: getlink request()",
    "bun: host: ping (NOOP + ack) request()",
  ]);
});

test("gate_rates --rejudge: stored runs judged again against a baseline", () => {
  const dir = mkdtempSync(join(tmpdir(), "nlrt-rejudge-"));
  try {
    const rand = random(77);
    const rows = (ping: number, n: number) => ({
      "host: ping (NOOP + ack) request()": processes(rand, ping, { processes: n, rounds: 25 }),
    });
    const baseline = baselineOf([results("deno", rows(0.9, 6))]);
    const log: RunLog = {
      machine: "Test CPU",
      repeat: 2,
      threshold: 0.08,
      slowdown: 0.2,
      runs: [
        { name: "01-unchanged", kind: "unchanged", status: 0, seconds: 60, load: 1 },
        { name: "02-request", kind: "request", status: 0, seconds: 60, load: 1 },
        { name: "03-codec", kind: "codec", status: 3, seconds: 5, load: 1 },
      ],
    };
    writeFileSync(join(dir, "runs.json"), JSON.stringify(log));
    writeFileSync(
      join(dir, "01-unchanged-deno.json"),
      JSON.stringify(results("deno", rows(0.9, 2))),
    );
    writeFileSync(
      join(dir, "02-request-deno.json"),
      JSON.stringify(results("deno", rows(0.75, 2))),
    );
    const runs = rejudge(dir, { baseline, threshold: 0.08 });
    assert.deepEqual(runs.map((r) => r.status), [0, 1, 3]);
    assert.deepEqual(runs[1].flagged, ["deno: host: ping (NOOP + ack) request()"]);
    // A threshold beyond the planted change lets it pass.
    assert.equal(rejudge(dir, { baseline, threshold: 0.4 })[1].status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
