import { test } from "node:test";
import assert from "node:assert/strict";
import { interleave, median, setRoundPolicy } from "../../bench/interleave.ts";

test("interleave: keeps every round's ratio, in order, and their median as the ratio", async () => {
  let round = 0;
  const c = await interleave("x", "op", (n) => n * 2, (n) => n * (1 + (round++ % 3)), {
    chunk: 10,
    rounds: 6,
    warmupMs: 0,
  });
  assert.equal(c.ratios?.length, 6);
  assert.equal(c.ratio, median(c.ratios ?? []));
  assert.ok(c.ratios?.every((r) => r === 2 || r === 1 || Math.abs(r - 2 / 3) < 1e-12));
});

test("interleave: the round policy raises the rounds, and adds more only while the median is uncertain", async () => {
  const steady = (n: number) => n;
  let k = 0;
  const erratic = (n: number) => n * (1 + (k++ % 5) * 0.2); // ratios spread over ±40%
  try {
    setRoundPolicy({ minimum: 25, maximum: 60 });
    const raised = await interleave("x", "op", steady, steady, {
      chunk: 1,
      rounds: 5,
      warmupMs: 0,
    });
    assert.equal(raised.ratios?.length, 25);
    const kept = await interleave("x", "op", steady, steady, { chunk: 1, rounds: 30, warmupMs: 0 });
    assert.equal(kept.ratios?.length, 30);
    const noisy = await interleave("x", "op", steady, erratic, {
      chunk: 1,
      rounds: 5,
      warmupMs: 0,
    });
    assert.ok((noisy.ratios?.length ?? 0) > 25, `${noisy.ratios?.length} rounds`);
    assert.ok((noisy.ratios?.length ?? 0) <= 60);
    assert.throws(() => setRoundPolicy({ minimum: 10, maximum: 5 }), RangeError);
    assert.throws(() => setRoundPolicy({ minimum: -1, maximum: 5 }), RangeError);
  } finally {
    setRoundPolicy({ minimum: 0, maximum: 0 });
  }
});

test("interleave: chunks quicker than the policy's minimum are lengthened", async () => {
  const sizes: number[] = [];
  const sleepy = (n: number) => {
    sizes.push(n);
    const until = performance.now() + n * 0.1; // 0.1 ms per operation
    while (performance.now() < until);
    return n * 1000; // what a chunk reports need not be its wall time
  };
  try {
    setRoundPolicy({ minimum: 3, maximum: 3, chunkMs: 2 });
    const c = await interleave("x", "op", sleepy, sleepy, { chunk: 4, rounds: 3, warmupMs: 0 });
    // 4 operations took 0.4 ms (more if preempted): 5 times as many, or 3 or 4 times.
    assert.ok((sizes.at(-1) ?? 0) >= 12 && (sizes.at(-1) ?? 0) <= 20, `chunk of ${sizes.at(-1)}`);
    assert.equal(c.ns, 1000);
    assert.equal(c.ratio, 1);
    assert.throws(() => setRoundPolicy({ minimum: 1, maximum: 1, chunkMs: -1 }), RangeError);
  } finally {
    setRoundPolicy({ minimum: 0, maximum: 0 });
  }
});
