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
import type { LibC } from "./types.ts";

let loaded: LibC | undefined;

/**
 * The libc backend for this runtime, opened on the first call.
 *
 * @returns The backend.
 * @throws {FfiUnavailableError} When the runtime has no usable FFI (Deno
 *   without `--allow-ffi`, or a runtime other than Deno and Bun).
 */
export function libc(): LibC {
  return loaded ??= load();
}

function load(): LibC {
  const g = globalThis as { Deno?: unknown; Bun?: unknown };
  const backend = g.Deno ? "deno" : g.Bun ? "bun" : undefined;
  if (backend === undefined) {
    throw new FfiUnavailableError(
      "nlrt needs Deno (2.x, with --allow-ffi) or Bun (1.x): this runtime has neither FFI",
    );
  }
  try {
    return backend === "deno" ? openDenoLibC() : openBunLibC();
  } catch (cause) {
    const hint = backend === "deno"
      ? "run Deno with --allow-ffi (the plain flag: a path-scoped one breaks pointer views)"
      : "check that libc.so.6 is present";
    throw new FfiUnavailableError(`Cannot load libc through ${backend} FFI: ${hint}`, { cause });
  }
}
