#!/bin/sh
# Benchmark of plancast's forecaster (not a test): series per second and peak
# memory of `plancast backtest` with every method and with the reference
# methods only, on the data sets in DATA_DIR and on a generated set of
# 100,000 series, all in one run. Results go to stdout as a table.
#
#   tools/bench.sh [PLANCAST_BINARY] [DATA_DIR] [N_GENERATED]
#
# Defaults: build-bench/cli/plancast (configured and built here if missing),
# ../shared/data next to the repository, 100000 generated series.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build-bench/cli/plancast}
data=${2:-$root/../shared/data}
n=${3:-100000}
if [ ! -x "$bin" ]; then
  cmake -S "$root" -B "$root/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPLANCAST_BUILD_TESTS=OFF >/dev/null
  cmake --build "$root/build-bench" --target plancast >/dev/null
  bin=$root/build-bench/cli/plancast
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

generated=$work/generated_$n.csv
awk -v n="$n" -v seed=42 -f "$root/tools/bench_series.awk" > "$generated"

# One backtest; prints a table row: set, methods, series, wall s, series/s,
# CPU s (user + system: what the run costs even when other jobs share the
# cores), peak MB.
run() {
  label=$1 file=$2 horizon=$3 methods=$4
  if [ "$methods" = all ]; then method_arg=""; else method_arg="--method $methods"; fi
  # shellcheck disable=SC2086
  /usr/bin/time -f "%M %U %S" -o "$work/rss" "$bin" backtest "$file" --horizon "$horizon" $method_arg \
    --out "$work/out.json" > "$work/table" 
  series=$(sed -n 's/.*"series": \([0-9]*\).*/\1/p' "$work/out.json" | head -1)
  wall=$(sed -n 's/.*"wall_seconds": \([0-9.e+-]*\).*/\1/p' "$work/out.json" | head -1)
  rate=$(sed -n 's/.*"series_per_second": \([0-9.e+-]*\).*/\1/p' "$work/out.json" | head -1)
  cpu=$(awk '{print $2 + $3}' "$work/rss")
  rss=$(awk '{print $1 / 1024}' "$work/rss")
  printf '%-22s %-18s %8s %9.3f %11.0f %7.2f %9.1f\n' "$label" "$methods" "$series" "$wall" "$rate" \
    "$cpu" "$rss"
}

echo "plancast benchmark: $(uname -m), $(nproc) cores, $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -1)"
echo "binary: $bin"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %-18s %8s %9s %11s %7s %9s\n' "data set" "methods" "series" "wall s" "series/s" "CPU s" "peak MB"
refs=naive,drift,theta
if [ -f "$data/tourism_yearly.csv" ] && [ -f "$data/rd_gdp_share.csv" ]; then
  both=$work/both.csv
  cat "$data/tourism_yearly.csv" > "$both"
  tail -n +2 "$data/rd_gdp_share.csv" >> "$both"
  for m in all $refs; do run tourism_yearly "$data/tourism_yearly.csv" 4 "$m"; done
  for m in all $refs; do run rd_gdp_share "$data/rd_gdp_share.csv" 5 "$m"; done
  for m in all $refs; do run "tourism+rd (H=4)" "$both" 4 "$m"; done
else
  echo "($data has no tourism_yearly.csv / rd_gdp_share.csv: skipping the real data sets)"
fi
for m in all $refs; do run "generated $n" "$generated" 4 "$m"; done
