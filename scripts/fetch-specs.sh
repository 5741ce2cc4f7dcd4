#!/usr/bin/env bash
# Fetches the kernel's YNL specs (Documentation/netlink) and its YNL tools
# (tools/net/ynl, to read for semantics) from Debian's linux-source package,
# into a cache outside the repository. Nothing of it is committed: the
# generator (`npm run gen`) reads the specs from there.
#
#   bash scripts/fetch-specs.sh          prints the directory holding
#                                        Documentation/ and tools/
#
# environment:
#   NLRT_YNL_CACHE    cache dir (default ${XDG_CACHE_HOME:-$HOME/.cache}/nlrt-ynl)
#   NLRT_YNL_SOURCE   the package (default linux-source-6.12)
#   NLRT_YNL_VERSION  its exact version (default: the one the committed
#                     families were generated from, see below)
set -euo pipefail
package=${NLRT_YNL_SOURCE:-linux-source-6.12}
# The version the committed families in src/families/ were generated from.
# Changing it regenerates them from another kernel's specs.
version=${NLRT_YNL_VERSION:-6.12.117-1~deb12u1}
cache=${NLRT_YNL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nlrt-ynl}
tree=${package#linux-source-}
dest="$cache/$package-$version"

if [ -f "$dest/.complete" ]; then
  echo "$dest"
  exit 0
fi

die() {
  echo "fetch-specs: $*" >&2
  exit 1
}

mkdir -p "$cache"
work=$(mktemp -d "$cache/.fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT

download() {
  (cd "$work" && apt-get download -qq "$package=$version" >/dev/null 2>"$work/apt.err")
}
if ! download; then
  # An old package list, or none yet: refresh it once and try again.
  apt-get update -qq >/dev/null 2>&1 || true
  if ! download; then
    # The archive keeps only recent stable updates: take the current one
    # (stable updates rarely touch the specs; the regeneration check says so
    # when they did).
    candidate=$(apt-cache policy "$package" 2>/dev/null | awk '/Candidate:/ { print $2 }')
    [ -n "$candidate" ] && [ "$candidate" != "(none)" ] ||
      die "cannot download $package=$version with apt-get, and apt knows no other version: $(cat "$work/apt.err")"
    echo "fetch-specs: $package=$version is no longer in the archive; using $candidate" >&2
    version=$candidate
    dest="$cache/$package-$version"
    if [ -f "$dest/.complete" ]; then
      echo "$dest"
      exit 0
    fi
    download || die "cannot download $package=$version with apt-get: $(cat "$work/apt.err")"
  fi
fi
deb=$(ls "$work"/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || die "apt-get download left no .deb in $work"

# Only the two directories: the tarball inside the package is read as a stream.
mkdir -p "$work/out"
dpkg-deb --fsys-tarfile "$deb" |
  tar -x "./usr/src/linux-source-$tree.tar.xz" -O |
  tar -xJ -C "$work/out" --strip-components=1 \
    "linux-source-$tree/Documentation/netlink" "linux-source-$tree/tools/net/ynl" ||
  die "cannot extract Documentation/netlink and tools/net/ynl from $deb"
[ -d "$work/out/Documentation/netlink/specs" ] || die "$deb holds no Documentation/netlink/specs"

rm -rf "$dest"
mv "$work/out" "$dest"
echo "$package $version" >"$dest/.complete"
echo "$dest"
