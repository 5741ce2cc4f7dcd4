#!/usr/bin/env bash
# Installs what the tests and benchmarks need, idempotently: Debian packages
# (iproute2 for network namespaces, gcc and libmnl-dev for the C baselines) and the npm dev
# dependencies (Deno, Bun, TypeScript, mitata). The VM harness
# (kmod/vm/run) installs its own packages.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v ip >/dev/null || missing+=(iproute2)
command -v cc >/dev/null || missing+=(gcc libc6-dev)
command -v make >/dev/null || missing+=(make)
[ -f /usr/include/libmnl/libmnl.h ] || missing+=(libmnl-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -x node_modules/.bin/deno ] || [ ! -x node_modules/.bin/bun ] || [ ! -d node_modules/mitata ]; then
  npm ci --no-audit --no-fund
fi
