#!/usr/bin/env -S bun
/**
 * `nlrt`: netlink from the command line, with the families generated from
 * the kernel's YNL specs (see `src/ynl/cli.ts`).
 *
 * Run: `bun x nlrt --help`, `bun cli.ts ...` or
 * `deno run --allow-ffi cli.ts ...`.
 *
 * @module
 */
import { main } from "./src/ynl/cli.ts";

process.exitCode = await main(process.argv.slice(2));
