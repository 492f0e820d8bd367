#!/usr/bin/env bash
# Benchmark of a plan with many regions (issue 13): generates REGIONS regions x
# INDICATORS indicators (default 2,800 x 50: 140,000 series, 7 yearly figures
# each) in a temporary folder, then times `plancast forecast` end to end (JSON
# report per region, the league in every format) and prints wall time and
# peak memory from /usr/bin/time -v. Results: docs/performance.md.
#
#   tools/bench_regions.sh [BUILD_DIR] [REGIONS] [INDICATORS] [THREADS]
set -euo pipefail
build=${1:-build}
regions=${2:-2800}
indicators=${3:-50}
threads=${4:-2}
plancast="$build/cli/plancast"
[ -x "$plancast" ] || { echo "no $plancast: build it first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$regions" "$indicators" <<'PY'
import math, os, sys
work, regions, indicators = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
ids = [f"r{r:05d}" for r in range(regions)]
files = []
per_file = 500  # regions per history file (each stays far below the 10 MiB limit)
for start in range(0, regions, per_file):
    name = f"history-{start // per_file:03d}.csv"
    files.append(name)
    with open(os.path.join(work, name), "w") as out:
        out.write("region,indicator,period,value\n")
        for r in range(start, min(regions, start + per_file)):
            for i in range(indicators - 1):
                level = 50 + (r * 37 + i * 11) % 100
                growth = 0.02 + ((r * 13 + i * 7) % 50) / 1000
                for y in range(7):
                    wiggle = math.sin(r * 1.3 + i * 0.7 + y * 2.1) * 0.02
                    out.write(f"{ids[r]},i{i:02d},{2019 + y},{level * (1 + growth) ** y * (1 + wiggle):.3f}\n")
with open(os.path.join(work, "plan.yaml"), "w") as out:
    out.write("schema: 1\nplan: {id: bench, name: Bench, period: {start: 2026, end: 2030}, baseline_year: 2025, "
              "as_of: 2026-12-02, language: en}\n")
    out.write("history_files: [" + ", ".join(files) + "]\nregions:\n")
    for rid in ids:
        out.write(f"  - {{id: {rid}, name: Region {rid}}}\n")
    out.write("indicators:\n")
    for i in range(indicators - 1):
        how = "sum" if i % 2 == 0 else "mean"
        out.write(f"  - {{id: i{i:02d}, name: Indicator {i}, unit: units, direction: increase, bounds: [0, .inf], "
                  f"aggregate: {how}, target: {{year: 2030, value: 120}}}}\n")
    out.write("  - {id: i00_rank, name: Rank of indicator 0, unit: 位, direction: decrease, rank_of: i00, "
              "target: {year: 2030, value: 100, kind: rank}}\n")
PY
echo "generated: $regions regions x $indicators indicators in $(du -sh "$work" | cut -f1)"
# Reading and checking the plan alone: the part of the run that is not forecasting.
/usr/bin/time -f "validate: %e s wall, %U s user, %M KB peak" "$plancast" validate "$work/plan.yaml" > /dev/null
/usr/bin/time -v "$plancast" forecast "$work/plan.yaml" --format json --threads "$threads" --out "$work/out" \
  2> "$work/time.txt" | head -3 || { grep -v "^	" "$work/time.txt" | head -20 >&2; exit 1; }
grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$work/time.txt"
echo "output: $(du -sh "$work/out" | cut -f1), $(find "$work/out" -type f | wc -l) files"
