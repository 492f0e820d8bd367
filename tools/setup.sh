#!/usr/bin/env bash
# plancast set-up for a fresh Debian 12 machine. Installs what is missing (apt),
# builds in ./build, then either runs the example plan or the whole test suite.
#
#   bash tools/setup.sh example   # install + build + forecast targets/pinghu-2025.yaml
#   bash tools/setup.sh test      # install + build + every test through CTest
#   bash tools/setup.sh build     # install + build only
set -euo pipefail

mode="${1:-example}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PLANCAST_BUILD_DIR:-$repo/build}"

# Build and run-time dependencies (Debian 12 package names).
packages=(g++ cmake ninja-build pkg-config
  libceres-dev libyaml-cpp-dev libboost-graph-dev libboost-date-time-dev libboost-test-dev
  libboost-program-options-dev libboost-dev nlohmann-json3-dev libfmt-dev libcli11-dev libmuparser-dev libxlsxwriter-dev)
# Only the tests need these: a real browser and CJK fonts for the HTML report
# test, clang for the fuzz targets.
test_packages=(chromium fonts-noto-cjk clang libclang-rt-14-dev python3-openpyxl)

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "plancast setup: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq -o DPkg::Lock::Timeout=300 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "${missing[@]}"
}

# build_all [target...]: configure once, then build the given targets (default: everything).
build_all() {
  mkdir -p "$build"
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release > "$build/configure.log" 2>&1 \
    || { cat "$build/configure.log"; exit 1; }
  if [ $# -eq 0 ]; then
    cmake --build "$build" -j"$(nproc)"
  else
    cmake --build "$build" -j"$(nproc)" --target "$@"
  fi
}

case "$mode" in
  example)
    install_missing "${packages[@]}"
    build_all plancast
    cd "$repo"
    "$build/cli/plancast" forecast targets/pinghu-2025.yaml
    echo
    echo "Open out/pinghu-2025/report.html in a browser, or read out/pinghu-2025/report.md."
    ;;
  test)
    install_missing "${packages[@]}" "${test_packages[@]}"
    build_all
    cd "$build"
    ctest --output-on-failure -j"$(nproc)"
    ;;
  build)
    install_missing "${packages[@]}"
    build_all plancast
    ;;
  *)
    echo "usage: bash tools/setup.sh [example|test|build]" >&2
    exit 2
    ;;
esac
