/**
 * The statistics behind the benchmark gate, on the log scale of ratios
 * (a ratio falling from 1.0 to 0.8 and rising from 0.8 to 1.0 are the same
 * distance apart).
 *
 * A benchmark row is measured in one or more processes; each process runs
 * several interleaved rounds and yields one ratio per round. A process is
 * summarized by the median of its rounds and the median's standard error,
 * estimated without assuming a distribution (McKean and Schrader, 1984:
 * from the order statistics that bound a 95% interval of the median), so
 * rounds hit by a preempted chunk widen the error instead of moving the
 * estimate. Processes differ among themselves by more than their rounds
 * suggest (JIT decisions, code placement, the machine's load at the time):
 * that between-process variance is estimated from a baseline's processes
 * (DerSimonian and Laird's random-effects estimator) and never taken below
 * {@linkcode MIN_BETWEEN_SD}. A row's ratio is the random-effects mean of its
 * processes' medians, each weighted by 1 / (its variance + the
 * between-process variance).
 *
 * @module
 */

/** One process's rounds of one row, summarized. */
export interface ProcessSummary {
  /** The median of the per-round ratios (as a ratio, not its log). */
  ratio: number;
  /** Standard error of the median's log. */
  se: number;
  /** Rounds measured. */
  rounds: number;
}

/** A pooled estimate on the log scale. */
export interface Pooled {
  /** The estimate of the log ratio. */
  mean: number;
  /** Its variance. */
  variance: number;
}

/**
 * The smallest between-process standard deviation the gate assumes (on the
 * log scale, so 0.01 is about 1%): a baseline recorded in one sitting sees
 * fewer of the machine's moods than a CI machine meets over weeks.
 */
export const MIN_BETWEEN_SD = 0.01;

/**
 * The smallest standard error a process's median is given (0.2%): the
 * timers' resolution, and a guard against rounds that all read the same.
 */
export const MIN_SE = 0.002;

/**
 * The median of a list.
 *
 * @param xs Numbers (not changed).
 * @returns Their median (`NaN` for an empty list).
 */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * A quantile of a list (the nearest rank at or below).
 *
 * @param xs Numbers (not changed).
 * @param q The quantile, from 0 (the least) to 1 (the greatest).
 * @returns The quantile (`NaN` for an empty list).
 */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * (s.length - 1))))];
}

/**
 * Standard error of the median of a sample, without assuming its
 * distribution: the distance between the order statistics that bound a
 * 95% confidence interval of the median, divided by 2 × 1.96
 * (McKean and Schrader, 1984).
 *
 * @param xs The sample.
 * @returns The standard error (0 for fewer than two values).
 */
export function medianStandardError(xs: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const z = 1.959964;
  const c = Math.min(Math.max(1, Math.round((n + 1) / 2 - z * Math.sqrt(n) / 2)), n >> 1);
  return (s[n - c] - s[c - 1]) / (2 * z);
}

/**
 * Summarizes one process's per-round ratios.
 *
 * @param ratios The rounds' ratios (reference time / nlrt time), all above 0.
 * @returns The median and its standard error on the log scale.
 * @throws {RangeError} When there are no rounds or a ratio is not a positive number.
 */
export function summarize(ratios: readonly number[]): ProcessSummary {
  if (ratios.length === 0) throw new RangeError("Cannot summarize a row without rounds");
  const logs = ratios.map((r) => {
    if (!(r > 0) || !Number.isFinite(r)) {
      throw new RangeError(`Cannot summarize a round ratio of ${r}: ratios must be positive`);
    }
    return Math.log(r);
  });
  return {
    ratio: Math.exp(median(logs)),
    se: Math.max(MIN_SE, medianStandardError(logs)),
    rounds: ratios.length,
  };
}

/**
 * The between-process variance of a row (DerSimonian-Laird): how much
 * more the processes' medians disagree than their own errors explain.
 *
 * @param processes The row's processes.
 * @returns The variance on the log scale, at least `MIN_BETWEEN_SD²`.
 */
export function betweenProcessVariance(processes: readonly ProcessSummary[]): number {
  const floor = MIN_BETWEEN_SD ** 2;
  if (processes.length < 2) return floor;
  let sw = 0, sw2 = 0, swy = 0;
  for (const p of processes) {
    const w = 1 / p.se ** 2;
    sw += w;
    sw2 += w * w;
    swy += w * Math.log(p.ratio);
  }
  const mean = swy / sw;
  let q = 0;
  for (const p of processes) q += (Math.log(p.ratio) - mean) ** 2 / p.se ** 2;
  const tau2 = (q - (processes.length - 1)) / (sw - sw2 / sw);
  return Math.max(floor, tau2);
}

/**
 * The random-effects mean of processes' medians.
 *
 * @param processes The row's processes (at least one).
 * @param between The between-process variance.
 * @returns The log-ratio estimate and its variance.
 * @throws {RangeError} When there is no process.
 */
export function pool(processes: readonly ProcessSummary[], between: number): Pooled {
  if (processes.length === 0) throw new RangeError("Cannot pool a row measured in no process");
  let sw = 0, swy = 0;
  for (const p of processes) {
    const w = 1 / (p.se ** 2 + between);
    sw += w;
    swy += w * Math.log(p.ratio);
  }
  return { mean: swy / sw, variance: 1 / sw };
}

/**
 * The standard normal quantile function (Acklam's rational approximation,
 * relative error below 1.2e-9).
 *
 * @param p A probability in (0, 1).
 * @returns x with Φ(x) = p.
 * @throws {RangeError} When p is not in (0, 1).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  const a = [
    -39.69683028665376,
    220.9460984245205,
    -275.9285104469687,
    138.357751867269,
    -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406,
    161.5858368580409,
    -155.6989798598866,
    66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293,
    -0.3223964580411365,
    -2.400758277161838,
    -2.549732539343734,
    4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
