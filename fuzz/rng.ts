/**
 * A small seeded random number generator (sfc32), so that a fuzz run is
 * reproducible from its seed on both runtimes.
 *
 * @module
 */

/** sfc32: four 32-bit words of state, period about 2^128. */
export class Rng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  /** @param seed Any 32-bit integer. */
  constructor(seed: number) {
    this.#a = 0x9e3779b9;
    this.#b = 0x243f6a88;
    this.#c = 0xb7e15162;
    this.#d = seed >>> 0;
    for (let i = 0; i < 16; i++) this.u32();
  }

  /** @returns A uniformly random 32-bit unsigned integer. */
  u32(): number {
    const a = this.#a, b = this.#b, c = this.#c, d = this.#d;
    const t = (((a + b) | 0) + d) | 0;
    this.#d = (d + 1) | 0;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.#c = (r + t) | 0;
    return t >>> 0;
  }

  /** @param n Bound. @returns An integer in `[0, n)`. */
  int(n: number): number {
    return n <= 0x100000000 ? Math.floor((this.u32() / 0x100000000) * n) : 0;
  }

  /** @param p Probability. @returns `true` with probability `p`. */
  chance(p: number): boolean {
    return this.u32() < p * 0x100000000;
  }

  /** @param items A non-empty list. @returns One of them. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}
