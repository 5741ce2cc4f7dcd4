/**
 * Which runtime runs the tests, and how to start it on another script, for
 * tests that need a child process (a network namespace, a process that
 * must exit).
 *
 * @module
 */
import { fileURLToPath } from "node:url";

/** The runtimes the suite runs under. */
export type RuntimeName = "deno" | "bun" | "node";

/**
 * The runtime running this code.
 *
 * @returns `"deno"`, `"bun"` or `"node"`.
 */
export function runtimeName(): RuntimeName {
  const g = globalThis as { Deno?: unknown; Bun?: unknown };
  return g.Deno !== undefined ? "deno" : g.Bun !== undefined ? "bun" : "node";
}

/**
 * The command line that runs `script` under the current runtime. Node runs
 * `.ts` files itself (it strips the types, outside `node_modules`).
 *
 * @param script A path or `file:` URL.
 * @returns `[program, ...args]`.
 */
export function runtimeCommand(script: string | URL): string[] {
  const path = script instanceof URL ? fileURLToPath(script) : script;
  return runtimeName() === "deno"
    ? [process.execPath, "run", "-A", path]
    : [process.execPath, path];
}
