/**
 * Loads the {@linkcode LibC} backend of the running runtime, once.
 *
 * The backend is picked by a dynamic import so that neither runtime ever
 * resolves the other's FFI module.
 *
 * @module
 */
import { FfiUnavailableError } from "../errors.ts";
import type { LibC } from "./types.ts";

async function loadLibC(): Promise<LibC> {
  const g = globalThis as { Deno?: unknown; Bun?: unknown };
  const backend = g.Deno ? "deno" : g.Bun ? "bun" : undefined;
  if (backend === undefined) {
    throw new FfiUnavailableError("nlrt runs on Deno or Bun; this runtime has neither FFI");
  }
  const mod = (await import(`./${backend}.ts`)) as { openLibC(): LibC };
  try {
    return mod.openLibC();
  } catch (cause) {
    const hint = backend === "deno"
      ? "run Deno with --allow-ffi (the plain flag: a path-scoped one breaks pointer views)"
      : "check that libc.so.6 is present";
    throw new FfiUnavailableError(`Cannot load libc through ${backend} FFI: ${hint}`, { cause });
  }
}

/** The libc backend for this runtime. */
export const libc: LibC = await loadLibC();
