#!/usr/bin/env bash
# Builds and runs plancast's libFuzzer targets (tests/fuzz/, cmake/Fuzzing.cmake).
#
#   bash tools/fuzz.sh build [DIR]              # configure + build with clang++ into DIR (default build-fuzz)
#   bash tools/fuzz.sh run [DIR] [SECONDS]      # build, then fuzz both targets SECONDS each (default 600),
#                                               # in parallel, keeping the grown corpus in DIR/corpus/
#   bash tools/fuzz.sh check DIR                # CTest's fuzz.bounded_run: build, fuzz each target
#                                               # $PLANCAST_FUZZ_SECONDS (default 20) from the seeds only;
#                                               # exit 77 (skipped) when clang++ or libFuzzer is missing
#
# Seeds: targets/*.yaml and tests/data/**/*.yaml for the plan loader, tests/data/**/*.csv for the
# CSV reader. A crash, leak, UB report, hang (>10 s on one input) or broken invariant stops the run
# with the input saved as DIR/artifacts/<target>-crash-*; replay it with `DIR/<target> FILE`.
# PLANCAST_FUZZ_ARGS adds libFuzzer flags, e.g. "-fork=2 -ignore_crashes=1" to go on past a crash.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-run}"
dir="${2:-$repo/build-fuzz}"
seconds="${3:-600}"
targets=(plan_loader_fuzzer series_csv_fuzzer)

have_libfuzzer() {
  command -v clang++ > /dev/null || { echo "fuzz: SKIPPED: clang++ not found (apt-get install clang libclang-rt-14-dev)"; return 1; }
  local probe
  probe="$(mktemp -d)"
  printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' > "$probe/p.cpp"
  if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" 2> "$probe/err"; then
    echo "fuzz: SKIPPED: clang++ cannot link libFuzzer ($(head -c 300 "$probe/err"))"
    echo "      install it with: apt-get install libclang-rt-14-dev"
    rm -rf "$probe"
    return 1
  fi
  rm -rf "$probe"
}

build() {
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$repo" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
      -DPLANCAST_FUZZ=ON -DPLANCAST_BUILD_TESTS=OFF > "$dir.configure.log" 2>&1 \
      || { cat "$dir.configure.log"; exit 1; }
  fi
  cmake --build "$dir" --target fuzzers -j"$(nproc)"
}

# Fresh seed folders from the repository's plans and CSV files.
make_seeds() {
  rm -rf "$dir/seeds"
  mkdir -p "$dir/seeds/plan_loader_fuzzer" "$dir/seeds/series_csv_fuzzer"
  local i=0 f
  while IFS= read -r f; do
    cp "$f" "$dir/seeds/plan_loader_fuzzer/$((i++))-$(basename "$f")"
  done < <(find "$repo/targets" "$repo/tests/data" -name '*.yaml' -size -256k | sort)
  while IFS= read -r f; do
    cp "$f" "$dir/seeds/series_csv_fuzzer/$((i++))-$(basename "$f")"
  done < <(find "$repo/tests/data" -name '*.csv' -size -256k | sort)
}

# fuzz TARGET SECONDS CORPUS: runs one target; its log goes to DIR/logs/TARGET.log.
fuzz() {
  local target="$1" time="$2" corpus="$3"
  local dict=()
  [ -f "$repo/tests/fuzz/$target.dict" ] && dict=(-dict="$repo/tests/fuzz/$target.dict")
  mkdir -p "$corpus" "$dir/artifacts" "$dir/logs"
  "$dir/$target" "${dict[@]}" -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -print_funcs=0 -artifact_prefix="$dir/artifacts/$target-" ${PLANCAST_FUZZ_ARGS:-} \
    "$corpus" "$dir/seeds/$target" > "$dir/logs/$target.log" 2>&1
}

summarize() {
  local target="$1" status="$2"
  local log="$dir/logs/$target.log"
  # The last status line, "#RUNS ... cov: N ft: N corp: N ..." (also in -fork mode).
  local last
  last="$(grep -E '^#[0-9]+' "$log" | tail -1)"
  local runs="${last%%[!#0-9]*}"
  echo "fuzz: $target: exit $status, ${runs#\#} runs, $(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*' <<< "$last" || true)"
  if [ "$status" -ne 0 ]; then
    echo "---- last lines of $log:"
    grep -v 'NEW_FUNC' "$log" | tail -30
    ls "$dir/artifacts/" 2> /dev/null | grep "^$target-" | sed "s|^|artifact: $dir/artifacts/|"
  fi
}

run_all() {
  local time="$1" corpus_root="$2"
  local pids=() status=0 t
  for t in "${targets[@]}"; do
    fuzz "$t" "$time" "$corpus_root/$t" &
    pids+=($!)
  done
  for i in "${!targets[@]}"; do
    local s=0
    wait "${pids[$i]}" || s=$?
    summarize "${targets[$i]}" "$s"
    [ "$s" -eq 0 ] || status=1
  done
  return "$status"
}

case "$mode" in
  build)
    have_libfuzzer || exit 1
    build
    ;;
  run)
    have_libfuzzer || exit 1
    build
    make_seeds
    run_all "$seconds" "$dir/corpus"
    ;;
  check)
    have_libfuzzer || exit 77
    mkdir -p "$dir"
    build
    make_seeds
    rm -rf "$dir/check-corpus" "$dir/artifacts"
    run_all "${PLANCAST_FUZZ_SECONDS:-20}" "$dir/check-corpus"
    ;;
  *)
    echo "usage: bash tools/fuzz.sh build|run|check [DIR] [SECONDS]" >&2
    exit 2
    ;;
esac
