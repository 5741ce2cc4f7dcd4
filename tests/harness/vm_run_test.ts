/**
 * The VM harness (kmod/vm/run) cannot lie: CMD's status comes back through
 * a kernel-log flood that forges exit lines, a kernel WARNING during CMD
 * fails the run unless --allow-warn, --env passes what is asked and nothing
 * else, and bad options and kernel parameters are refused before booting.
 * Its pure helpers (kmod/vm/lib.sh) are tested without a VM.
 *
 * The harness is a bash script: scripts/test.sh runs this file once, on
 * the host (QEMU does not run inside the VM).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { skipUnless } from "../_helpers.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const RUN = `${ROOT}kmod/vm/run`;
const LIB = `${ROOT}kmod/vm/lib.sh`;
const TIMEOUT = 600_000;

/** Why the VM cannot boot here, or undefined. */
const vmMissing: string | undefined = (() => {
  if (process.env.NLRT_VM) return "inside the VM already (QEMU runs on the host)";
  const r = spawnSync(RUN, ["--check"], { encoding: "utf8" });
  return r.status === 0 ? undefined : `kmod/vm/run --check: ${r.stdout.trim()}`;
})();

/** Runs kmod/vm/run with `args`; returns status, stdout and stderr. */
function vmRun(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(RUN, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: TIMEOUT,
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `script` in bash with kmod/vm/lib.sh sourced. */
function lib(script: string, input = "") {
  const r = spawnSync("bash", ["-c", `. ${LIB}; ${script}`], { encoding: "utf8", input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("harness: modprobe's built-in modules are skipped, module files listed once, odd lines refused", () => {
  const ok = lib(
    "vm_depends_paths",
    [
      "insmod /lib/modules/x/virtio_ring.ko",
      "builtin virtio_pci",
      "insmod /lib/modules/x/virtio.ko",
      "insmod /lib/modules/x/virtio_ring.ko",
      "insmod /lib/modules/x/9p.ko opt=1",
      "",
    ].join("\n"),
  );
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(ok.stdout.trim().split("\n"), [
    "/lib/modules/x/virtio_ring.ko",
    "/lib/modules/x/virtio.ko",
    "/lib/modules/x/9p.ko",
  ]);
  const bad = lib("vm_depends_paths", "modprobe: FATAL: Module nope not found\n");
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /unexpected modprobe --show-depends line/);
});

test("harness: die stops the run from a command or process substitution, a pipeline, a subshell", () => {
  for (
    const body of [
      'x=$(die "inside"); echo "survived $x"',
      'while read -r l; do echo "got $l"; done < <(echo a; die "inside"; echo b)',
      'echo x | { read -r l; die "inside"; }',
      '( die "inside" )',
    ]
  ) {
    const r = lib(`vm_stop_on_die; ${body}; echo survived`);
    assert.equal(r.status, 125, body);
    assert.doesNotMatch(r.stdout, /survived/, body);
    assert.equal(r.stderr, "kmod/vm/run: inside\n", body);
  }
});

test("harness: the guest's status must be a number from 0 to 255; taint reports BUG, WARNING, Oops", () => {
  const read = (text: string) =>
    lib(
      `vm_read_status /dev/stdin && echo "$vm_exit|$vm_fail|$vm_taint_before|$vm_taint_after"`,
      text,
    );
  assert.equal(read("exit 3\ntaint 12288 12288\n").stdout, "3||12288|12288\n");
  assert.equal(read("exit 003\ntaint 1 1\n").stdout, "3||1|1\n");
  assert.equal(read("fail cannot mount\n").stdout, "|cannot mount||\n");
  for (const bad of ["exit 256\n", "exit -1\n", "exit 3 4\n", "exit x\n", "taint 1 1\n", ""]) {
    const r = read(bad);
    assert.notEqual(r.status, 0, `refused: ${JSON.stringify(bad)}`);
  }
  assert.equal(lib("vm_taint_failure 12288 12800").stdout, "W (WARNING)");
  assert.equal(lib("vm_taint_failure 12288 12416").stdout, "D (Oops or BUG)");
  assert.equal(lib("vm_taint_failure 0 12288").stdout, "", "O and E (the module itself) are fine");
  assert.equal(lib("vm_taint_failure 512 512").stdout, "", "only new taint counts");
});

test("harness: bad options, variables and kernel parameters are refused before booting (status 2)", () => {
  const cases: [string[], Record<string, string>, RegExp][] = [
    [["--kernel-arg", "console=ttyS1", "--", "true"], {}, /set by the harness/],
    [["--kernel-arg", "init=/bin/sh", "--", "true"], {}, /set by the harness/],
    [["--kernel-arg", "a b", "--", "true"], {}, /not of the form/],
    [["--kernel-arg", "x;reboot", "--", "true"], {}, /not of the form/],
    [["--", "true"], { NLRT_VM_KERNEL_ARGS: "loglevel=8 --" }, /not of the form/],
    [["--", "true"], { NLRT_VM_KERNEL_LOG: "loglevel=8" }, /NLRT_VM_KERNEL_ARGS/],
    [["--env", "1X", "--", "true"], {}, /not a variable name/],
    [["--env", "NLRT_TEST_PROTO=3", "--", "true"], {}, /use --proto/],
    [["--env", "NLRT_NOT_SET_ANYWHERE", "--", "true"], {}, /is not set here/],
    [["--timeout", "soon", "--", "true"], {}, /whole seconds/],
    [["--smp", "0", "--", "true"], {}, /number of CPUs/],
    [["--proto", "32", "--", "true"], {}, /0\.\.31/],
    [["--bogus"], {}, /unknown option/],
  ];
  for (const [args, env, why] of cases) {
    const r = vmRun(args, env);
    assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, why, args.join(" "));
  }
});

const FLOOD =
  "harness: CMD's status (3), output and --env variables come back through a kernel-log " +
  "flood that forges exit lines";
test(FLOOD, { ...skipUnless(FLOOD, vmMissing), timeout: TIMEOUT }, () => {
  // Three background writers fill the kernel log (and the serial console)
  // with forged "NLRT_VM_EXIT=0" lines, before and after CMD exits 3.
  const forge = 'while :; do echo "NLRT_VM_EXIT=0" >/dev/kmsg; done';
  const script = [
    `for i in 1 2 3; do setsid bash -c '${forge}' </dev/null >/dev/null 2>&1 & done`,
    'for i in $(seq 300); do echo "flood $i NLRT_VM_EXIT=0" >/dev/kmsg; done',
    'echo "FOO=$FOO BAR=$BAR SECRET=${NLRT_HARNESS_SECRET-unset} OTHER=${OTHER_VAR-unset}"',
    'echo "to stderr" >&2',
    "exit 3",
  ].join("\n");
  const r = vmRun(
    ["--no-module", "--env", "FOO", "--env", "BAR=b a r", "--", "bash", "-c", script],
    {
      FOO: "foo",
      NLRT_HARNESS_SECRET: "passed as NLRT_*",
      OTHER_VAR: "not passed",
    },
  );
  assert.equal(r.status, 3, r.stderr);
  assert.equal(r.stdout, "FOO=foo BAR=b a r SECRET=passed as NLRT_* OTHER=unset\n");
  assert.equal(r.stderr, "to stderr\n");
});

const WARN =
  "harness: a kernel WARNING during CMD fails the run (125); --allow-warn gives CMD's status";
test(WARN, { ...skipUnless(WARN, vmMissing), timeout: TIMEOUT }, () => {
  // The module's test-only trigger: root writes its test_warn parameter.
  const script = "echo 1 >/sys/module/nlrt_test/parameters/test_warn && echo warned; exit 7";
  const failed = vmRun(["--", "sh", "-c", script]);
  assert.equal(failed.status, 125, failed.stderr);
  assert.equal(failed.stdout, "warned\n");
  assert.match(failed.stderr, /logged a BUG, WARNING or Oops during the command \(new taint: W/);
  assert.match(failed.stderr, /WARNING: .*nlrt_test_warn_set/);
  assert.match(failed.stderr, /--allow-warn accepts it/);
  const allowed = vmRun(["--allow-warn", "--", "sh", "-c", script]);
  assert.equal(allowed.status, 7, allowed.stderr);
  assert.match(allowed.stderr, /new taint: W \(WARNING\)/);
  assert.match(allowed.stderr, /accepted \(--allow-warn\)/);
});
