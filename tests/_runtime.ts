/**
 * How to start the runtime running the tests on another script, for tests
 * that need a child process (a network namespace, a process that must exit).
 *
 * @module
 */
import { fileURLToPath } from "node:url";

/**
 * The command line that runs `script` under the current runtime.
 *
 * @param script A path or `file:` URL.
 * @returns `[program, ...args]`.
 */
export function runtimeCommand(script: string | URL): string[] {
  const path = script instanceof URL ? fileURLToPath(script) : script;
  const isDeno = typeof (globalThis as { Deno?: unknown }).Deno !== "undefined";
  return isDeno ? [process.execPath, "run", "-A", path] : [process.execPath, path];
}
