/**
 * The {@linkcode LibC} backend of the running runtime, loaded on first use.
 *
 * Nothing is loaded at import time: importing the codec (or this module)
 * needs no FFI permission. Each backend is imported statically, so bundlers
 * (`bun build`, `deno compile`) see every file; a backend touches its
 * runtime's FFI only when {@linkcode libc} first calls it.
 *
 * @module
 */
import { FfiUnavailableError } from "../errors.ts";
import { openBunLibC } from "./bun.ts";
import { openDenoLibC } from "./deno.ts";
import { openNodeLibC } from "./node.ts";
import type { LibC } from "./types.ts";

/** The runtimes nlrt runs on, for error messages. */
const SUPPORTED_RUNTIMES =
  "Deno 2.x (with --allow-ffi), Bun 1.x, or Node.js 20.16 or later with the koffi package " +
  "(npm install koffi), on Linux";

let loaded: LibC | undefined;

/**
 * The libc backend for this runtime, opened on the first call.
 *
 * @returns The backend.
 * @throws {FfiUnavailableError} When the runtime has no usable FFI: Deno
 *   without `--allow-ffi`, Node.js without the `koffi` package, older than
 *   20.16 or under `--permission` without `--allow-addons`, or a runtime
 *   other than Deno, Bun and Node.js.
 */
export function libc(): LibC {
  return loaded ??= load();
}

/** Which backend fits this runtime, by its globals. */
function detect(): "deno" | "bun" | "node" | undefined {
  const g = globalThis as {
    Deno?: unknown;
    Bun?: unknown;
    process?: { versions?: { node?: string } };
  };
  if (g.Deno !== undefined) return "deno";
  if (g.Bun !== undefined) return "bun";
  if (g.process?.versions?.node !== undefined) return "node";
  return undefined;
}

function load(): LibC {
  const backend = detect();
  if (backend === undefined) {
    throw new FfiUnavailableError(
      `nlrt cannot call libc here: it needs ${SUPPORTED_RUNTIMES}; this runtime is none of them`,
    );
  }
  if (backend === "node") return loadNode();
  try {
    return backend === "deno" ? openDenoLibC() : openBunLibC();
  } catch (cause) {
    const hint = backend === "deno"
      ? "run Deno with --allow-ffi (the plain flag: a path-scoped one breaks pointer views)"
      : "check that libc.so.6 is present";
    throw new FfiUnavailableError(`Cannot load libc through ${backend} FFI: ${hint}`, { cause });
  }
}

function loadNode(): LibC {
  const version = process.versions.node;
  if (typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule !== "function") {
    throw new FfiUnavailableError(
      `nlrt cannot call libc on Node.js ${version}: it needs ${SUPPORTED_RUNTIMES}`,
    );
  }
  try {
    return openNodeLibC();
  } catch (cause) {
    if (cause instanceof FfiUnavailableError) throw cause;
    const code = (cause as { code?: unknown }).code;
    const hint = code === "MODULE_NOT_FOUND"
      ? "the koffi package is not installed: run `npm install koffi` in your app"
      : code === "ERR_DLOPEN_DISABLED"
      ? "Node's permission model blocks native addons such as koffi: add --allow-addons"
      : "check that libc.so.6 is present and that koffi has a build for this platform";
    throw new FfiUnavailableError(
      `Cannot load libc on Node.js ${version}: ${hint} (nlrt needs ${SUPPORTED_RUNTIMES})`,
      { cause },
    );
  }
}
