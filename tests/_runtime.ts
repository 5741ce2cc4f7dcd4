/**
 * Which runtime runs the tests, and how to start it on another script, for
 * tests that need a child process (a network namespace, a process that
 * must exit).
 *
 * @module
 */
import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from "node:child_process";
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

/** Signals of a process that crashed (rather than one that was stopped). */
const CRASH_SIGNALS = new Set(["SIGSEGV", "SIGTRAP", "SIGILL", "SIGBUS", "SIGABRT"]);

/**
 * `spawnSync(command, args, options)` of a program that runs a script of
 * the current runtime (`command` may be a wrapper such as `setpriv` or
 * `ip netns exec`). Node 26 under QEMU's TCG emulation crashes at start
 * in about one run in ten (a V8 fatal error or SIGSEGV in JIT code; never
 * on the host: 0 in 70 runs; not cured by disabling AVX or the Wasm trap
 * handler), so under Node in the VM a child that died by such a signal is
 * run again (at most three runs), saying so on stderr. Anywhere else, and for any other
 * failure, the first result is returned.
 *
 * @param command The program.
 * @param args Its arguments.
 * @param options As for `spawnSync`, with `encoding: "utf8"`.
 * @returns The run's result.
 */
export function spawnScriptSync(
  command: string,
  args: string[],
  options: SpawnSyncOptions & { encoding: "utf8" },
): SpawnSyncReturns<string> {
  let result = spawnSync(command, args, options);
  for (let run = 2; run <= 3; run++) {
    if (
      runtimeName() !== "node" || !process.env.NLRT_VM || result.signal === null ||
      !CRASH_SIGNALS.has(result.signal)
    ) break;
    const what = [command, ...args].join(" ");
    console.error(
      `note: ${what} died by ${result.signal} (Node under TCG emulation); running it again`,
    );
    result = spawnSync(command, args, options);
  }
  return result;
}
