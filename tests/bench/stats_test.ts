import { test } from "node:test";
import assert from "node:assert/strict";
import {
  betweenProcessVariance,
  median,
  medianStandardError,
  MIN_BETWEEN_SD,
  MIN_SE,
  normalQuantile,
  pool,
  quantile,
  summarize,
} from "../../bench/stats.ts";
import { gaussian, random } from "./_synthetic.ts";

test("normalQuantile: matches the normal table", () => {
  assert.ok(Math.abs(normalQuantile(0.975) - 1.959964) < 1e-6);
  assert.ok(Math.abs(normalQuantile(0.5)) < 1e-12);
  assert.ok(Math.abs(normalQuantile(0.999) - 3.090232) < 1e-6);
  assert.ok(Math.abs(normalQuantile(1 - 0.01 / 40) - 3.480756) < 1e-5);
  assert.ok(Math.abs(normalQuantile(0.001) + 3.090232) < 1e-6);
  assert.throws(() => normalQuantile(1), RangeError);
});

test("median and its standard error: order statistics, robust to wild rounds", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.ok(Number.isNaN(median([])));
  // n = 25: the 8th and 18th order statistics bound the median's 95% interval.
  const xs = Array.from({ length: 25 }, (_, i) => i);
  assert.equal(medianStandardError(xs), (17 - 7) / (2 * 1.959964));
  // Replacing the extremes by wild values does not move it.
  const wild = [...xs.slice(3, 22), -1e6, -1e5, 1e5, 1e6, 5e6, -5e6];
  assert.equal(medianStandardError(wild), medianStandardError(xs));
  // For Gaussian rounds it estimates sd · sqrt(π / 2n).
  const rand = random(1);
  let sum = 0;
  for (let k = 0; k < 200; k++) {
    sum += medianStandardError(Array.from({ length: 25 }, () => 0.05 * gaussian(rand)));
  }
  const expected = 0.05 * Math.sqrt(Math.PI / 50);
  assert.ok(Math.abs(sum / 200 / expected - 1) < 0.15, `${sum / 200} vs ${expected}`);
});

test("summarize: a process's median ratio and log-scale error", () => {
  const s = summarize([0.9, 0.91, 0.89, 0.9, 0.92, 0.88, 0.9]);
  assert.equal(s.ratio, 0.9);
  assert.equal(s.rounds, 7);
  assert.ok(s.se > MIN_SE && s.se < 0.03);
  assert.equal(summarize([1, 1, 1, 1, 1]).se, MIN_SE);
  assert.throws(() => summarize([]), RangeError);
  assert.throws(() => summarize([1, 0]), RangeError);
  assert.throws(() => summarize([1, NaN]), RangeError);
});

test("between-process variance: floored when processes agree, estimated when they do not", () => {
  const agree = [1, 1.01, 0.99, 1.005].map((ratio) => ({ ratio, se: 0.01, rounds: 25 }));
  assert.equal(betweenProcessVariance(agree), MIN_BETWEEN_SD ** 2);
  assert.equal(betweenProcessVariance(agree.slice(0, 1)), MIN_BETWEEN_SD ** 2);
  const apart = [1, 1.2, 0.85, 1.1, 0.9].map((ratio) => ({ ratio, se: 0.01, rounds: 25 }));
  const sd = Math.sqrt(betweenProcessVariance(apart));
  assert.ok(sd > 0.08 && sd < 0.2, `sd ${sd}`);
});

test("pool: weights each process by 1 / (its variance + the between-process variance)", () => {
  const sure = { ratio: 1, se: 0.01, rounds: 25 };
  const wild = { ratio: 0.5, se: 1, rounds: 25 };
  const p = pool([sure, wild], 0);
  assert.ok(Math.abs(Math.exp(p.mean) - 1) < 0.001);
  assert.ok(Math.abs(p.variance - 1 / (1 / 0.0001 + 1)) < 1e-9);
  // A large between-process variance weighs them more alike.
  assert.ok(Math.exp(pool([sure, wild], 4).mean) < 0.8);
  assert.throws(() => pool([], 0), RangeError);
});

test("quantile: nearest rank at or below", () => {
  assert.equal(quantile([5, 1, 4, 2, 3], 0), 1);
  assert.equal(quantile([5, 1, 4, 2, 3], 0.1), 1);
  assert.equal(quantile([5, 1, 4, 2, 3], 0.5), 3);
  assert.equal(quantile([5, 1, 4, 2, 3], 1), 5);
  assert.ok(Number.isNaN(quantile([], 0.5)));
});
