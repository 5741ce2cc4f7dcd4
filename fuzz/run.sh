#!/usr/bin/env bash
# The fuzz command (`npm run fuzz`): captures real datagrams from this
# kernel into a temporary directory (dumps, errors with extended acks,
# generic netlink; as root also, in a throw-away network namespace, the
# notifications and uevents of a veth pair created and deleted there), then
# runs fuzz/main.ts under Deno and Bun with the same seed. The corpus is
# removed at the end; nothing is written into the repository.
#
#   npm run fuzz                                 10,000,000 datagrams per runtime
#   npm run fuzz -- --seed 7 --count 100000      a shorter, reproducible run
#   npm run fuzz -- --runtime bun                one runtime only (deno, bun, both)
#   npm run fuzz -- --writer-count N             writer iterations (default count/20)
#
# Exit status: 0 when every runtime found nothing, 1 otherwise, 2 on bad usage.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" NO_COLOR=1

runtime=both seed="" pass=()
while [ $# -gt 0 ]; do
  case $1 in
    --runtime) runtime=$2; shift ;;
    --seed) seed=$2; shift ;;
    --count | --writer-count) pass+=("$1" "$2"); shift ;;
    *) echo "fuzz: unknown option $1 (see fuzz/run.sh)" >&2; exit 2 ;;
  esac
  shift
done
case $runtime in
  both) runtimes=(deno bun) ;;
  deno | bun) runtimes=("$runtime") ;;
  *) echo "fuzz: --runtime is deno, bun or both, not $runtime" >&2; exit 2 ;;
esac
[ -n "$seed" ] || seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nlrt-fuzz.XXXXXX")
ns=nlrt-fuzz-$$
cleanup() {
  ip netns del "$ns" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# The corpus: this kernel's answers, read-only requests on the host's namespace...
corpus=(--corpus "$tmp/host.bin")
bun fuzz/capture.ts --out "$tmp/host.bin"
# ...and, where we may, the events of links created in a namespace of our own.
if [ "$(id -u)" = 0 ] && ip netns add "$ns" 2>/dev/null; then
  ip -n "$ns" link set lo up
  ip netns exec "$ns" env PATH="$PATH" bun fuzz/capture.ts --out "$tmp/netns.bin" --modify
  corpus+=(--corpus "$tmp/netns.bin")
else
  echo "fuzz: not root or no network namespace: events and uevents are not captured"
fi

status=0
for rt in "${runtimes[@]}"; do
  if [ "$rt" = deno ]; then
    deno run -A fuzz/main.ts "${corpus[@]}" --seed "$seed" "${pass[@]}" || status=1
  else
    bun fuzz/main.ts "${corpus[@]}" --seed "$seed" "${pass[@]}" || status=1
  fi
done
exit $status
