#!/usr/bin/env bash
# The benchmark suite (`npm run bench`): builds the C baselines, runs the
# codec and host-kernel benchmarks under Deno, Bun and Node inside a network
# namespace holding 200 veth pairs, runs the module benchmarks on a real
# kernel with the test module loaded (natively if loaded, else in the QEMU
# VM), prints the results table and compares the ratios with the committed
# baselines (bench/baselines/), failing on a regression.
#
#   npm run bench                      full run (the module included)
#   npm run bench -- --smoke           short host-only run + comparison (CI)
#   npm run bench -- --update-baseline record this run as the new baselines
#                                      (with --smoke: fold it into the smoke
#                                      baselines, keeping each ratio's lowest)
#   npm run bench -- --threshold 0.2   allowed worsening of a ratio (default 0.15)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" NO_COLOR=1

smoke="" module=1 update=0 threshold=0.15
while [ $# -gt 0 ]; do
  case $1 in
    --smoke) smoke=--smoke module=0 ;;
    --no-module) module=0 ;;
    --update-baseline) update=1 ;;
    --threshold) threshold=$2; shift ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

results=bench/results
mkdir -p bench/.build "$results"
rm -f "$results"/*.json
cc -O2 -Wall -Wextra -shared -fPIC -o bench/.build/libbaseline.so bench/c/baseline.c -lmnl
runtimes=(deno bun node)
run_suite() { # run_suite RUNTIME ARGS...
  local rt=$1
  shift
  case $rt in
    deno) deno run -A bench/suite.ts "$@" ;;
    *) "$rt" bench/suite.ts "$@" ;;
  esac
}

# Host kernel: inside a namespace of 200 veth pairs (401 links) when possible.
in_ns=()
ns=nlrt-bench-$$
if [ "$(id -u)" = 0 ] && ip netns add "$ns" 2>/dev/null; then
  trap 'ip netns del "$ns" 2>/dev/null || true' EXIT
  ip -n "$ns" link set lo up
  for i in $(seq 0 199); do echo "link add va$i type veth peer name vb$i"; done | ip -n "$ns" -batch -
  in_ns=(ip netns exec "$ns")
else
  echo "bench: cannot create a network namespace (needs root and iproute2): the 400-link dump is skipped"
fi
for rt in "${runtimes[@]}"; do
  for part in codec host; do
    echo "== $rt: $part"
    "${in_ns[@]}" env PATH="$PATH" NO_COLOR=1 bash -c \
      "$(declare -f run_suite); run_suite $rt --part $part $smoke --out $results/$part-$rt.json"
  done
done

# The test module: natively when loaded, else in the VM.
if [ $module = 1 ]; then
  module_cmd="$(declare -f run_suite); for rt in ${runtimes[*]}; do echo \"== \$rt: test module\"; run_suite \$rt --part module --out $results/module-\$rt.json; done"
  if grep -q '^nlrt_test ' /proc/modules 2>/dev/null; then
    bash -c "$module_cmd"
  elif why=$(kmod/vm/run --check 2>&1); then
    kmod/vm/run --timeout 3000 -- bash -c "$module_cmd"
  else
    echo "bench: the module benchmarks are skipped: the module is not loaded and the VM cannot run: $why"
  fi
fi

status=0
for rt in "${runtimes[@]}"; do
  parts=("$results/codec-$rt.json" "$results/host-$rt.json")
  [ -f "$results/module-$rt.json" ] && parts+=("$results/module-$rt.json")
  echo
  bun bench/report.ts --out "$results/$rt.json" "${parts[@]}"
done
# Smoke runs are compared with smoke baselines: shorter runs measure a little differently.
for rt in "${runtimes[@]}"; do
  echo
  base=bench/baselines/$rt${smoke:+.smoke}.json
  if [ $update = 1 ]; then
    mkdir -p bench/baselines
    if [ -n "$smoke" ]; then
      bun bench/envelope.ts "$base" "$results/$rt.json"
      echo "bench: folded $results/$rt.json into $base (lowest ratio of each kept)"
    else
      cp "$results/$rt.json" "$base"
      echo "bench: recorded $results/$rt.json as $base"
    fi
  elif [ -f "$base" ]; then
    bun bench/compare.ts "$base" "$results/$rt.json" --threshold "$threshold" || status=1
  else
    echo "bench: no baseline $base yet (record one with --update-baseline)"
  fi
done
exit $status
