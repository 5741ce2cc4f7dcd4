/**
 * Consumer tests: the package as users get it. `npm pack` builds the
 * tarball (JavaScript and declarations); fresh app directories install it
 * with npm and with Bun and run the README's first program by the
 * package's name; a Deno app maps the name to the files `deno publish
 * --dry-run` lists; strict apps type-check against it; bundles and single
 * binaries run. Everything happens in temporary directories, with the
 * repository's own runtimes; installs reach only the npm registry (koffi),
 * and its cache first.
 *
 * scripts/test.sh runs this file once, under `node --test`: it starts every
 * runtime itself.
 *
 * @module
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { skipUnless } from "../_helpers.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const denoConfig = JSON.parse(readFileSync(join(root, "deno.json"), "utf8"));
const work = mkdtempSync(join(tmpdir(), "nlrt-package-"));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs a command; returns its result, failing the test with its output if it exits non-zero. */
function run(
  cwd: string,
  cmd: string,
  args: string[],
  options: { allowFailure?: boolean; env?: Record<string, string> } = {},
) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout: 240_000,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  const shown = `${cmd} ${args.join(" ")} (in ${cwd}): exit ${r.status}, signal ${r.signal}\n` +
    `${r.stdout}\n${r.stderr}`;
  assert.equal(r.signal, null, shown);
  if (!options.allowFailure) assert.equal(r.status, 0, shown);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, shown };
}

/** A fresh app directory with its own package.json. */
function app(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name, private: true, type: "module" }, null, 2),
  );
  return dir;
}

/** The README's programs that import the package by name (the first program first). */
function programs(): { name: string; code: string }[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const found = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((code) => code.includes(`from "${pkg.name}`));
  if (found.length === 0) {
    throw new Error(`README.md has no \`\`\`ts block importing "${pkg.name}"`);
  }
  return found.map((code, i) => ({ name: `program${i + 1}`, code }));
}

/** Where each of the package's names points in the repository (from deno.json's exports). */
const sourceOf: Record<string, string> = Object.fromEntries(
  Object.entries(denoConfig.exports as Record<string, string>).map((
    [entry, target],
  ) => [pkg.name + entry.slice(1), join(root, target)]),
);

const expectedOutputs = new Map<string, string>();

/**
 * What a README program prints when run from the repository's sources
 * (under Bun, the names rewritten to paths): what every installed copy
 * must print too.
 */
function expectedOutput(code: string): string {
  let out = expectedOutputs.get(code);
  if (out !== undefined) return out;
  const dir = join(work, "reference");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `program${expectedOutputs.size + 1}.ts`);
  writeFileSync(
    file,
    code.replace(
      /from "([^"]+)"/g,
      (m, name: string) => sourceOf[name] ? `from ${JSON.stringify(sourceOf[name])}` : m,
    ),
  );
  out = run(dir, bin("bun"), [file]).stdout;
  assert.notEqual(out, "", "the program prints something");
  expectedOutputs.set(code, out);
  return out;
}

/** Writes the README's programs into `dir` (as `.ts`) and returns them. */
function writePrograms(dir: string): { name: string; code: string }[] {
  const list = programs();
  for (const p of list) writeFileSync(join(dir, `${p.name}.ts`), p.code);
  return list;
}

/** A test of the user's own code over the testing entry's fake connection: no kernel, no FFI. */
const FAKE_PROGRAM = `import { IFADDRMSG_SIZE, NETLINK_ROUTE, RTM_NEWADDR } from "${pkg.name}";
import { FakeConnection } from "${pkg.name}/testing";

using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined); // acked, as the kernel does
const w = fake.socket.writer.reset();
w.begin(RTM_NEWADDR);
w.reserve(IFADDRMSG_SIZE);
fake.socket.request();
console.log(fake.requests.length, fake.requests[0]?.message.type);
`;

/** The command line's arguments for the CLI tests, and the JSON it must print. */
const CLI_ARGS = ["--family", "nlctrl", "--do", "getfamily", "--json", '{"family-name": "nlctrl"}'];
let cliExpected: string | undefined;
function cliOutput(): string {
  cliExpected ??= run(root, bin("bun"), [join(root, "cli.ts"), ...CLI_ARGS]).stdout;
  assert.match(cliExpected, /"family-name":"nlctrl"/);
  return cliExpected;
}

let tarball: { path: string; files: string[]; size: number; unpackedSize: number } | undefined;

/** Packs the package once (`npm pack` runs the build). */
function packed(): NonNullable<typeof tarball> {
  if (tarball) return tarball;
  const out = run(root, "npm", ["pack", "--json", "--pack-destination", work]).stdout;
  const [info] = JSON.parse(out.slice(out.indexOf("[")));
  tarball = {
    path: join(work, info.filename),
    files: info.files.map((f: { path: string }) => f.path),
    size: info.size,
    unpackedSize: info.unpackedSize,
  };
  return tarball;
}

/** Which of the repository's dev dependencies (or koffi) an app's node_modules holds. */
function devDependenciesIn(dir: string): string[] {
  const names = Object.keys(pkg.devDependencies).filter((name) => name !== "koffi");
  return names.filter((name) => existsSync(join(dir, "node_modules", name)));
}

/** The koffi version the repository tests with. */
const koffiVersion: string = pkg.devDependencies.koffi;

test("package: npm pack holds only the library: dist JavaScript and declarations, README, LICENSE", () => {
  const { files, size, unpackedSize } = packed();
  console.log(`package: ${files.length} files, ${size} bytes packed, ${unpackedSize} unpacked`);
  const strays = files.filter((f) =>
    !/^dist\/.+\.(js|d\.ts)$/.test(f) && !["README.md", "LICENSE", "package.json"].includes(f)
  );
  assert.deepEqual(strays, []);
  assert.ok(!files.some((f) => f.startsWith("dist/src/testmod/")), "the test module's client");
  // Every export points at a file in the tarball.
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const paths: string[] = typeof target === "string"
      ? [target]
      : Object.values(target as Record<string, string>);
    for (const p of paths) assert.ok(files.includes(p.replace(/^\.\//, "")), `${entry}: ${p}`);
  }
  assert.deepEqual(Object.keys(pkg.exports).filter((e) => e !== "./package.json"), [
    ...Object.keys(denoConfig.exports),
  ]);
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.name, denoConfig.name);
  assert.equal(pkg.version, denoConfig.version);
  assert.equal(pkg.license, denoConfig.license);
});

let dryRun: { files: string[]; output: string } | undefined;

/** The files `deno publish --dry-run` would publish, relative to the repository (run once). */
function jsrFiles(): { files: string[]; output: string } {
  if (dryRun) return dryRun;
  const r = run(root, bin("deno"), ["publish", "--dry-run", "--allow-dirty"]);
  const output = r.stdout + r.stderr;
  const files = [...output.matchAll(/file:\/\/(\S+)/g)].map((m) => relative(root, m[1]!));
  return dryRun = { files, output };
}

test("package: deno publish --dry-run passes without warnings and lists only the library", () => {
  const { files, output } = jsrFiles();
  assert.doesNotMatch(output, /warning/i);
  const sources = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? (e.name === "testmod" ? [] : sources(join(dir, e.name)))
        : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : []
    );
  const expected = [
    "LICENSE",
    "README.md",
    "deno.json",
    ...Object.values(denoConfig.exports as Record<string, string>).map((p) => p.slice(2)),
    ...sources("src"),
  ];
  assert.deepEqual([...files].sort(), [...new Set(expected)].sort());
});

const nodeKoffi = "package: npm install in a fresh app brings no dev dependencies; on Node, " +
  "the testing entry runs without koffi, a socket says to install it, with koffi the README's programs and the " +
  "command line print what they print from the repository";
test(nodeKoffi, () => {
  const dir = app("npm-app");
  run(dir, "npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", packed().path]);
  assert.deepEqual(devDependenciesIn(dir), []);
  assert.ok(!existsSync(join(dir, "node_modules", "koffi")), "koffi is an optional peer");
  const list = writePrograms(dir);
  const node = bin("node");
  writeFileSync(join(dir, "fake.ts"), FAKE_PROGRAM);
  assert.equal(run(dir, node, ["fake.ts"]).stdout, "1 20\n", "the testing entry needs no koffi");
  const without = run(dir, node, [`${list[0]!.name}.ts`], { allowFailure: true });
  assert.notEqual(without.status, 0, without.shown);
  assert.match(without.stderr, /FfiUnavailableError: .*npm install koffi/, without.shown);
  run(dir, "npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    `koffi@${koffiVersion}`,
  ]);
  for (const p of list) {
    assert.equal(run(dir, node, [`${p.name}.ts`]).stdout, expectedOutput(p.code), p.code);
  }
  // The bin (its shebang runs Bun), and the same file under Node.
  assert.equal(run(dir, join(dir, "node_modules", ".bin", "nlrt"), CLI_ARGS).stdout, cliOutput());
  const cli = join(dir, "node_modules", ...pkg.name.split("/"), pkg.bin.nlrt);
  assert.equal(run(dir, node, [cli, ...CLI_ARGS]).stdout, cliOutput());
});

/** The system's own Node, when it is not the repository's (an older release line). */
function systemNode(): { path: string; version: string } | undefined {
  for (const path of ["/usr/bin/node", "/usr/local/bin/node"]) {
    if (!existsSync(path)) continue;
    const r = spawnSync(path, ["--version"], { encoding: "utf8" });
    if (r.status === 0) return { path, version: r.stdout.trim() };
  }
  return undefined;
}
const oldNode = systemNode();
const oldNodeSkip = oldNode === undefined
  ? "no system Node (/usr/bin/node) besides the repository's Node 26"
  : Number(oldNode.version.slice(1).split(".")[0]) >= 24
  ? `the system's Node is ${oldNode.version}, not an older release line`
  : undefined;
const OLD_NODE = `package: the system's older Node (${
  oldNode?.version ?? "none"
}) runs the README's programs from the packed JavaScript`;
test(OLD_NODE, skipUnless(OLD_NODE, oldNodeSkip), () => {
  const dir = app("old-node-app");
  run(dir, "npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    packed().path,
    `koffi@${koffiVersion}`,
  ]);
  // Node before 24 has neither `using` nor type stripping: the same
  // programs as JavaScript, closing by hand.
  for (const p of programs()) {
    const using = /^using (\w+) = (.+);$/m.exec(p.code);
    assert.ok(using, p.code);
    const js = p.code.replace(using[0], `const ${using[1]} = ${using[2]};`) +
      `${using[1]}.close();\n`;
    writeFileSync(join(dir, `${p.name}.mjs`), js);
    assert.equal(run(dir, oldNode!.path, [`${p.name}.mjs`]).stdout, expectedOutput(p.code));
  }
});

test("package: bun add in a fresh app brings no dev dependencies; the README's programs and the command line print what they print from the repository, bundled and compiled too", () => {
  const dir = app("bun-app");
  const bun = bin("bun");
  run(dir, bun, ["add", packed().path]);
  assert.deepEqual(devDependenciesIn(dir), []);
  const list = writePrograms(dir);
  for (const p of list) {
    const expected = expectedOutput(p.code);
    assert.equal(run(dir, bun, [`${p.name}.ts`]).stdout, expected, p.code);
    run(dir, bun, ["build", "--target=bun", `${p.name}.ts`, "--outfile", `${p.name}.js`]);
    assert.equal(run(dir, bun, [`${p.name}.js`]).stdout, expected, `${p.name} bundled`);
    run(dir, bun, ["build", "--compile", `${p.name}.ts`, "--outfile", p.name]);
  }
  assert.equal(run(dir, join(dir, "node_modules", ".bin", "nlrt"), CLI_ARGS).stdout, cliOutput());
  rmSync(join(dir, "node_modules"), { recursive: true }); // the binaries need none of it
  for (const p of list) {
    assert.equal(
      run(dir, join(dir, p.name), []).stdout,
      expectedOutput(p.code),
      `${p.name} compiled`,
    );
  }
});

/** The compiler options of a strict app (what `bun init` writes, and more). */
const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  noEmit: true,
  skipLibCheck: false,
  allowImportingTsExtensions: true,
  target: "ES2022",
  lib: ["ES2022", "esnext.disposable"],
};

test("package: a strict app type-checks against the package with tsc (bun-types and bundler; @types/node and nodenext, declarations checked)", () => {
  const dir = app("strict-tsc-app");
  run(dir, "npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", packed().path]);
  writePrograms(dir);
  writeFileSync(join(dir, "fake.ts"), FAKE_PROGRAM);
  writeFileSync(
    join(dir, "codec.ts"),
    `import { MessageWriter, MessageReader } from "${pkg.name}/codec";\n` +
      "const w = new MessageWriter(64);\nw.begin(16);\nw.end();\n" +
      "for (const m of new MessageReader().reset(w.buffer, w.length)) console.log(m.type);\n",
  );
  const typeRoots = [join(root, "node_modules"), join(root, "node_modules", "@types")];
  const configs = {
    "tsconfig.bun.json": {
      ...STRICT,
      module: "Preserve",
      moduleResolution: "bundler",
      types: ["bun-types"],
      // As `bun init` writes it: bun-types itself does not check against
      // every @types/node. The Node app below checks the package's
      // declarations too.
      skipLibCheck: true,
    },
    "tsconfig.node.json": {
      ...STRICT,
      module: "NodeNext",
      moduleResolution: "NodeNext",
      types: ["node"],
    },
  };
  for (const [file, compilerOptions] of Object.entries(configs)) {
    writeFileSync(
      join(dir, file),
      JSON.stringify({ compilerOptions: { ...compilerOptions, typeRoots }, include: ["*.ts"] }),
    );
    run(dir, bin("tsc"), ["-p", file]);
  }
});

/**
 * A Deno app whose import map points the package's name at a copy of the
 * files `deno publish --dry-run` lists, laid out as on JSR.
 */
function denoApp(): string {
  const dir = join(work, "deno-app");
  const vendor = join(dir, "vendor", pkg.name);
  for (const file of jsrFiles().files) {
    if (file === "deno.json") continue; // its exports become the import map below
    mkdirSync(dirname(join(vendor, file)), { recursive: true });
    cpSync(join(root, file), join(vendor, file));
  }
  const imports: Record<string, string> = {};
  for (const [entry, target] of Object.entries(denoConfig.exports as Record<string, string>)) {
    imports[pkg.name + entry.slice(1)] = "./" + join("vendor", pkg.name, target);
  }
  const {
    noEmit: _n,
    skipLibCheck: _s,
    allowImportingTsExtensions: _a,
    target: _t,
    lib: _l,
    ...strict
  } = STRICT;
  writeFileSync(join(dir, "deno.json"), JSON.stringify({ imports, compilerOptions: strict }));
  writePrograms(dir);
  writeFileSync(join(dir, "cli.ts"), `import "${pkg.name}/cli";\n`);
  return dir;
}

test("package: a Deno app mapping the names to the JSR file list type-checks strictly; the README's programs and the command line print what they print from the repository", () => {
  const dir = denoApp();
  const deno = bin("deno");
  const list = programs();
  run(dir, deno, ["check", ...list.map((p) => `${p.name}.ts`), "cli.ts"]);
  for (const p of list) {
    const out = run(dir, deno, ["run", "--allow-ffi", `${p.name}.ts`]).stdout;
    assert.equal(out, expectedOutput(p.code), p.code);
  }
  assert.equal(run(dir, deno, ["run", "--allow-ffi", "cli.ts", ...CLI_ARGS]).stdout, cliOutput());
});

/** Why `deno compile` cannot run here, or `undefined`: it needs the `denort` runtime. */
function denoCompileUnavailable(): string | undefined {
  const probe = mkdtempSync(join(tmpdir(), "nlrt-denort-"));
  try {
    writeFileSync(join(probe, "probe.ts"), "console.log(1);\n");
    const r = spawnSync(bin("deno"), ["compile", "-o", "probe", "probe.ts"], {
      cwd: probe,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: "1" },
    });
    if (r.status === 0) return undefined;
    const download = /Download(?:ing)? (\S+)/.exec(r.stderr)?.[1];
    return download
      ? `deno compile needs its denort runtime from ${download}, which cannot be fetched here ` +
        "(set DENORT_BIN to a denort binary to run this test)"
      : `deno compile fails here: ${r.stderr.trim().split("\n").pop()}`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const DENO_COMPILE = "package: deno compile of examples/ip_link.ts gives a binary that prints " +
  "what deno run prints";
test(DENO_COMPILE, skipUnless(DENO_COMPILE, denoCompileUnavailable()), () => {
  const dir = join(work, "deno-compile");
  mkdirSync(dir);
  const deno = bin("deno");
  const example = join(root, "examples", "ip_link.ts");
  run(dir, deno, ["compile", "--allow-ffi", "-o", "ip_link", example]);
  const expected = run(dir, deno, ["run", "--allow-ffi", example]).stdout;
  assert.equal(run(dir, join(dir, "ip_link"), []).stdout, expected);
});

/** The examples that print and exit on any host (scripts/test.sh compares them across runtimes). */
const FINISHING_EXAMPLES = [
  "ip_link.ts",
  "genl_families.ts",
  "ip_addr.ts",
  "ip_route.ts",
  "ethtool_info.ts",
];

test("package: bun build and bun build --compile of the examples and the command line run and print what bun prints", () => {
  const dir = join(work, "bun-examples");
  mkdirSync(dir);
  const bun = bin("bun");
  for (const name of readdirSync(join(root, "examples")).filter((f) => f.endsWith(".ts"))) {
    const example = join(root, "examples", name);
    const base = name.replace(/\.ts$/, "");
    run(dir, bun, ["build", "--target=bun", example, "--outfile", `${base}.js`]);
    run(dir, bun, ["build", "--compile", example, "--outfile", base]);
    // Those that finish by themselves on any host; the others wait for
    // events or the test module (their waiting is tested by tests/ffi/bundle_test.ts).
    if (FINISHING_EXAMPLES.includes(name)) {
      const expected = run(dir, bun, [example]).stdout;
      assert.equal(run(dir, bun, [`${base}.js`]).stdout, expected, `${name} bundled`);
      assert.equal(run(dir, join(dir, base), []).stdout, expected, `${name} compiled`);
    }
  }
  run(dir, bun, ["build", "--compile", join(root, "cli.ts"), "--outfile", "nlrt"]);
  assert.equal(run(dir, join(dir, "nlrt"), CLI_ARGS).stdout, cliOutput());
});
