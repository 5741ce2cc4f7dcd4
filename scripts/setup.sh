#!/usr/bin/env bash
# Installs what the tests and benchmarks need, idempotently: Debian packages
# (iproute2 for network namespaces, gcc and libmnl-dev for the C baselines) and the npm dev
# dependencies (Deno, Bun, Node 26, koffi, TypeScript, mitata). The VM harness
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
# npm ci again whenever package-lock.json changed since the last install.
lock_hash=$(sha256sum package-lock.json | cut -c1-16)
if [ "$(cat node_modules/.nlrt-lock-hash 2>/dev/null)" != "$lock_hash" ] ||
  [ ! -x node_modules/.bin/deno ] || [ ! -x node_modules/.bin/bun ] || [ ! -x node_modules/.bin/node ]; then
  npm ci --no-audit --no-fund
  echo "$lock_hash" >node_modules/.nlrt-lock-hash
fi
