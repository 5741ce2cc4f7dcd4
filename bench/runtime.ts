/**
 * Which runtime runs the benchmarks, and its version.
 *
 * @module
 */

const g = globalThis as unknown as {
  Deno?: { version: { deno: string } };
  Bun?: { version: string };
};

/** `"deno"`, `"bun"` or `"node"`. */
export const runtime: "deno" | "bun" | "node" = g.Deno !== undefined
  ? "deno"
  : g.Bun !== undefined
  ? "bun"
  : "node";

/** The running runtime's version, e.g. `"2.9.6"`. */
export const runtimeVersion: string = g.Deno?.version.deno ?? g.Bun?.version ??
  process.versions.node;
