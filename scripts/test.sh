#!/usr/bin/env bash
# The project's test command (`npm test`): type-checks both runtimes' sides,
# lints, checks formatting, runs the suite under Deno, Bun and Node on this
# kernel, then the package as users install it (tests/package), then the
# module tests on a real kernel with the module loaded (natively when it is
# loaded, else in the QEMU VM of kmod/vm/run), and the tests of the VM
# harness itself.
# Last line: `N passed, N failed[, N skipped]`, summed over every runtime.
set -u
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" NO_COLOR=1
results=.test-results
rm -rf "$results" && mkdir -p "$results"
checks=$results/checks.txt
: >"$checks"
deno_perms=(--allow-all)
# Every directory of tests/ that holds *_test.ts files runs on the host
# under each runtime, except three that run once: the module's
# (tests/kmod), on a kernel with the module; the package's (tests/package),
# which starts every runtime itself; and the VM harness's (tests/harness),
# a bash script's tests.
module_tests=(tests/kmod)
package_tests=(tests/package)
harness_tests=(tests/harness)
host_tests=()
for d in tests/*/; do
  d=${d%/}
  case $d in tests/kmod | tests/package | tests/harness) continue ;; esac
  ls "$d"/*_test.ts >/dev/null 2>&1 && host_tests+=("$d")
done
stray=$(find tests -name '*_test.ts' | grep -v -E "^($(IFS='|'; echo "${host_tests[*]}|${module_tests[*]}|${package_tests[*]}|${harness_tests[*]}"))/" || true)
if [ -n "$stray" ]; then
  echo "test.sh: test files outside tests/<dir>/ would not run: $stray" >&2
  exit 2
fi

check() { # check NAME COMMAND...: one counted check, its output shown on failure
  local name=$1
  shift
  if "$@" >"$results/last.log" 2>&1; then
    echo "pass $name" | tee -a "$checks"
  else
    echo "fail $name" | tee -a "$checks"
    cat "$results/last.log"
  fi
}

runner() { # runner REPORT COMMAND...: a test runner whose report is counted; a failing exit counts too
  local report=$1
  shift
  "$@"
  local rc=$?
  [ $rc -eq 0 ] || echo "exit $rc $report" >>"$checks"
}

echo "== checks"
check "typecheck: Bun side (tsc -p tsconfig.json)" tsc -p tsconfig.json
check "typecheck: the package's sources under a strict app's options (tsc -p tsconfig.build.json)" \
  tsc -p tsconfig.build.json --noEmit
check "typecheck: Deno side (deno check)" deno check mod.ts codec.ts testing.ts cli.ts examples/ tests/ bench/ fuzz/ scripts/
check "lint (deno lint)" deno lint
check "format (deno fmt --check)" deno fmt --check
# The committed families must be what their specs generate (the kernel's specs
# are fetched once into a cache outside the repository, in seconds).
check "generated families are current (npm run gen -- --check)" bun scripts/ynl/gen.ts --check
check "docs: public API documented (deno doc --lint)" deno doc --lint mod.ts codec.ts testing.ts
check "docs: every example type-checks (deno check --doc-only)" \
  deno check --doc-only mod.ts codec.ts testing.ts src/ README.md

echo "== host kernel: deno test"
runner "$results/deno-host.xml" deno test "${deno_perms[@]}" --junit-path="$results/deno-host.xml" "${host_tests[@]}"
echo "== host kernel: bun test"
runner "$results/bun-host.xml" bun test --timeout 120000 --reporter=junit --reporter-outfile="$results/bun-host.xml" "${host_tests[@]}"
echo "== host kernel: node --test"
node_tests=()
for d in "${host_tests[@]}"; do node_tests+=("$d"/*_test.ts); done
runner "$results/node-host.xml" node --test --test-timeout=120000 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination="$results/node-host.xml" "${node_tests[@]}"
echo "== host kernel: examples give the same output on every runtime"
for ex in examples/ip_link.ts examples/genl_families.ts examples/ip_addr.ts examples/ip_route.ts \
  examples/ethtool_info.ts; do
  check "example $ex: identical on Deno, Bun and Node" \
    bash -c "deno run --allow-ffi $ex >$results/ex.deno && diff $results/ex.deno <(bun $ex) && diff $results/ex.deno <(node $ex)"
done

echo "== fuzz slice: mutated captured datagrams and writer trees, fixed seed (npm run fuzz for the full run)"
for rt in deno bun; do
  check "fuzz slice on $rt (seed 1, 40,000 datagrams)" bash fuzz/run.sh --runtime $rt --seed 1 --count 40000 --writer-count 4000
done

echo "== package: packed, installed and run as users get it (node --test, every runtime inside)"
runner "$results/package.xml" node --test --test-timeout=600000 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination="$results/package.xml" "${package_tests[0]}"/*_test.ts

module_cmd() { # the module suite on every runtime, from the repository root
  echo "== module: deno test"
  runner "$results/deno-kmod.xml" deno test --no-check "${deno_perms[@]}" --junit-path="$results/deno-kmod.xml" "${module_tests[@]}"
  echo "== module: bun test"
  runner "$results/bun-kmod.xml" bun test --timeout 600000 --reporter=junit --reporter-outfile="$results/bun-kmod.xml" "${module_tests[@]}"
  echo "== module: node --test"
  runner "$results/node-kmod.xml" node_kmod
}

# The module suite under Node. In the VM, Node 26 crashes at start in about
# one run in ten (QEMU's TCG emulation; never on the host): there the files
# run in one process, and a run that died by a signal is run again (at most
# three runs), saying so.
node_kmod() {
  local isolation=() rc run
  [ -z "${NLRT_VM:-}" ] || isolation=(--test-isolation=none)
  for run in 1 2 3; do
    node --test "${isolation[@]}" --test-timeout=600000 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=junit --test-reporter-destination="$results/node-kmod.xml" "${module_tests[0]}"/*_test.ts
    rc=$?
    [ -n "${NLRT_VM:-}" ] && [ $rc -gt 128 ] && [ $run -lt 3 ] || break
    echo "note: node died by signal $((rc - 128)) (Node under TCG emulation); running the Node module suite again"
  done
  return $rc
}
reports=("$results/deno-host.xml" "$results/bun-host.xml" "$results/node-host.xml" "$results/package.xml")
if [ -d tests/kmod ] && ls tests/kmod/*_test.ts >/dev/null 2>&1; then
  reports+=("$results/deno-kmod.xml" "$results/bun-kmod.xml" "$results/node-kmod.xml")
  if [ -e /proc/net/netlink ] && grep -q '^nlrt_test ' /proc/modules 2>/dev/null; then
    module_cmd
  elif why=$(kmod/vm/run --check 2>&1); then
    echo "== module tests in the VM (kmod/vm/run)"
    kmod/vm/run --timeout 2400 -- bash -c "$(declare -p deno_perms module_tests results checks); $(declare -f runner module_cmd node_kmod); module_cmd"
  else
    echo "SKIP module tests on a real kernel: $why"
    export NLRT_SKIP_REASON="the module is not loaded and the VM cannot run here: $why"
    module_cmd
  fi
fi

# The harness itself (a bash script, so once, under Deno): it boots its own
# VMs from the host; its tests skip, saying why, where the VM cannot run.
echo "== harness: kmod/vm/run"
reports+=("$results/deno-harness.xml")
runner "$results/deno-harness.xml" deno test "${deno_perms[@]}" --junit-path="$results/deno-harness.xml" "${harness_tests[@]}"

echo "== summary"
grep '^exit' "$checks" || true
bun scripts/summarize.ts "$checks" "${reports[@]}"
