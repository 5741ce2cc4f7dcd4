/**
 * Shared test helpers: probes for what a test needs, with a printed reason
 * whenever a test is skipped.
 *
 * @module
 */
import { execFileSync } from "node:child_process";

/**
 * Options for `test()` that skip it, saying why, when `reason` is set.
 *
 * @param name The test's name, for the printed line.
 * @param reason Why it cannot run here, or `undefined` to run it.
 * @returns Options for `node:test`'s `test(name, options, fn)`.
 */
export function skipUnless(name: string, reason: string | undefined): { skip: string | false } {
  if (reason) console.log(`SKIP ${name}: ${reason}`);
  return { skip: reason ?? false };
}

/**
 * Runs a command and returns its stdout, or throws with its stderr.
 *
 * @param cmd The program.
 * @param args Its arguments.
 * @returns What it printed.
 */
export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Why network-namespace tests cannot run here, or `undefined` when they can.
 *
 * @returns A reason, or `undefined`.
 */
export function netnsUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return "needs root to create network namespaces";
  try {
    run("ip", ["-V"]);
  } catch {
    return "needs the `ip` command (Debian package iproute2)";
  }
  const probe = `nlrt-probe-${process.pid}`;
  try {
    run("ip", ["netns", "add", probe]);
    run("ip", ["netns", "del", probe]);
  } catch (err) {
    return `cannot create a network namespace: ${String(err).split("\n")[0]}`;
  }
  return undefined;
}

/**
 * Builds a byte array from a table of fields, each `[value, size]` in host
 * (little-endian) order, so tests can spell wire bytes one field per line.
 *
 * @param fields `[value, byteSize]` pairs; a `Uint8Array` or string is copied as is.
 * @returns The bytes.
 */
export function bytes(...fields: ([number, 1 | 2 | 3 | 4] | Uint8Array | string)[]): Uint8Array {
  const out: number[] = [];
  for (const f of fields) {
    if (typeof f === "string") out.push(...new TextEncoder().encode(f));
    else if (f instanceof Uint8Array) out.push(...f);
    else {
      const [value, size] = f;
      for (let i = 0; i < size; i++) out.push((value >>> (8 * i)) & 0xff);
    }
  }
  return new Uint8Array(out);
}
