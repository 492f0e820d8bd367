#!/usr/bin/env bash
# The league on real data: the countries of shared/data/rd_gdp_share.csv (R&D
# expenditure, % of GDP; 66 countries) as the regions of one plan, with each
# country's rank among them and a "top 10 by 2025" rank target for one
# country. The data stays outside the repository: the plan and its region
# history file are written to a temporary folder (kept, and printed).
#
#   tools/rd_league.sh [BUILD_DIR] [CSV] [COUNTRY] [OUT_DIR]
#   e.g. tools/rd_league.sh build ../shared/data/rd_gdp_share.csv CHN /tmp/rd-league
set -euo pipefail
build=${1:-build}
csv=${2:-../shared/data/rd_gdp_share.csv}
country=${3:-CHN}
out=${4:-}
[ -r "$csv" ] || { echo "cannot read $csv" >&2; exit 2; }
work=$(mktemp -d)
out=${out:-$work/out}
python3 - "$csv" "$work" "$country" <<'PY'
import csv, os, sys
source, work, country = sys.argv[1:]
rows = list(csv.DictReader(open(source, encoding="utf-8")))
ids = sorted({r["series_id"] for r in rows})
if country not in ids:
    sys.exit(f"{country} is not in {source}; pick one of {', '.join(ids)}")
with open(os.path.join(work, "regions.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("region,indicator,period,value\n")
    for r in rows:
        out.write(f"{r['series_id']},rd_share,{r['period']},{r['value']}\n")
with open(os.path.join(work, "plan.yaml"), "w", encoding="utf-8") as out:
    out.write("schema: 1\n")
    out.write("plan: {id: rd-league, name: R&D intensity league, region: All countries, "
              "period: {start: 2021, end: 2025}, baseline_year: 2020, as_of: 2022-12-31, language: en}\n")
    out.write("regions:\n")
    for i in ids:
        out.write(f"  - {{id: {i}, name: {i}}}\n")
    out.write("history_files: [regions.csv]\nindicators:\n")
    out.write("  - {id: rd_share, name: R&D expenditure (% of GDP), unit: '%', direction: increase, "
              "bounds: [0, 100], aggregate: mean, target: none}\n")
    out.write("  - id: rd_rank\n    name: Rank by R&D intensity\n    unit: place\n    direction: decrease\n"
              "    rank_of: rd_share\n    target: none\n"
              f"    region_targets: {{{country}: {{year: 2025, value: 10, kind: rank}}}}\n")
PY
echo "plan and history: $work"
"$build/cli/plancast" forecast "$work/plan.yaml" --out "$out"
echo "league: $out/league.md"
