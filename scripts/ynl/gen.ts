/**
 * Generates the typed netlink families from YNL specs (`npm run gen`).
 *
 *   bun scripts/ynl/gen.ts            fetch the kernel's specs (cached) and
 *                                     write src/families/*.ts
 *   bun scripts/ynl/gen.ts --check    regenerate in memory and exit 1 when a
 *                                     committed file differs (npm test runs it)
 *   bun scripts/ynl/gen.ts --specs D  read the kernel's specs from D instead
 *                                     (a Documentation/netlink/specs directory)
 *
 * The families and where their specs come from are listed in
 * `scripts/ynl/families.ts`.
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { emitFamily } from "./emit.ts";
import { FAMILIES, KERNEL_ORIGIN } from "./families.ts";
import { readSpec } from "./spec.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const check = args.includes("--check");
const specsArg = args.includes("--specs") ? args[args.indexOf("--specs") + 1] : undefined;

function kernelSpecs(): string {
  if (specsArg) return specsArg;
  const dir = execFileSync("bash", [join(root, "scripts", "fetch-specs.sh")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
  return join(dir, "Documentation", "netlink", "specs");
}

/** Formats generated files with the project's `deno fmt` settings. */
function format(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "nlrt-gen-"));
  try {
    const names = Object.keys(files);
    names.forEach((n, i) => writeFileSync(join(dir, `${i}.ts`), files[n]));
    const deno = join(root, "node_modules", ".bin", "deno");
    execFileSync(deno, ["fmt", "--quiet", "--no-config", "--line-width", "100", dir], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    return Object.fromEntries(names.map((n, i) => [n, readFileSync(join(dir, `${i}.ts`), "utf8")]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const started = performance.now();
let kernelDir: string | undefined;
const generated: Record<string, string> = {};
for (const fam of FAMILIES) {
  let specPath: string;
  if (fam.kernelSpec) {
    kernelDir ??= kernelSpecs();
    specPath = join(kernelDir, fam.kernelSpec);
  } else specPath = join(root, fam.projectSpec!);
  const text = readFileSync(specPath, "utf8");
  const extensions = (fam.extensions ?? []).map((e) => readFileSync(join(root, e), "utf8"));
  const source = fam.kernelSpec ? `Documentation/netlink/specs/${fam.kernelSpec}` : fam.projectSpec!;
  const family = readSpec(source, text, extensions);
  const out = join(root, "src", "families", `${family.name}.ts`);
  const ext = (fam.extensions ?? []).length > 0 ? ` + ${fam.extensions!.join(", ")}` : "";
  generated[out] = emitFamily(family, {
    source: source + ext,
    origin: fam.kernelSpec ? KERNEL_ORIGIN : "this repository",
    src: "../",
  });
}
const formatted = format(generated);
let stale = 0;
for (const [path, text] of Object.entries(formatted)) {
  const rel = relative(root, path);
  if (check) {
    let have = "";
    try {
      have = readFileSync(path, "utf8");
    } catch {
      // missing: stale
    }
    if (have !== text) {
      stale++;
      console.error(`gen --check: ${rel} differs from what its spec generates; run \`npm run gen\``);
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${rel} (${text.split("\n").length} lines)`);
  }
}
const ms = Math.round(performance.now() - started);
console.log(
  check
    ? `gen --check: ${Object.keys(formatted).length - stale} of ${Object.keys(formatted).length} families current (${ms} ms)`
    : `generated ${Object.keys(formatted).length} families in ${ms} ms`,
);
process.exit(stale > 0 ? 1 : 0);
