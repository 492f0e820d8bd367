#!/usr/bin/env python3
"""Development cases for `plancast backtest HISTORY --targets TARGETS`, built the way planners set targets.

Usage: tools/make_target_cases.py SOURCE.csv OUT_DIR [--plans-per-series K] [--seed S]

SOURCE.csv is a `series_id,period,value` file (e.g. ../shared/data/tourism_yearly.csv; it is read,
never copied into the repository). OUT_DIR receives
  history.csv          the plans' series: each is a source series cut to start where the plan's
                       history starts (id SOURCE_ID@FIRST_YEAR), to its last year
  cases_adoption.csv   the review at adoption (origin = adoption year a)
  cases_mid.csv        the mid-term review (origin = a + floor(H / 2))
  cases_late.csv       two years before the due year (origin = T - 2; only when T - 2 > a)
  cases_all.csv        the three together
Recipe (docs/forecasting.md, "Target-attainment backtest"), per source series, K plans, each with
its own deterministic random draws (seeded by S and the series id):
  - horizon H uniform in 2..10 years, due year T = a + H <= the series' last year;
  - history at adoption L in {2, 3, 4, 5, 6, 8, 10, 15, all} (short histories are what plans have);
  - the planner's reference pace g0: compound growth over the last min(5, L - 1) years to a;
  - ambition: the target's growth is g0 + d (increase targets) with d ~ N(+1.5, 3) %/yr, so about
    70% of targets ask for more than the trend; a series falling over the reference window gets a
    decrease target ("cut to ...", g0 - d) half of the time, else an increase target (a turnaround);
  - the target value is rounded to 3 significant figures, as plans print them.
"""
import argparse
import csv
import math
import os
import random
from collections import OrderedDict

LENGTHS = [2, 3, 4, 5, 6, 8, 10, 15, None]  # None: the whole history before adoption


def read_series(path):
    series = OrderedDict()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            series.setdefault(row["series_id"], []).append((int(float(row["period"])), float(row["value"])))
    for points in series.values():
        points.sort()
    return series


def round_sig(x, digits=3):
    if x == 0:
        return 0.0
    return round(x, digits - 1 - int(math.floor(math.log10(abs(x)))))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source")
    ap.add_argument("out_dir")
    ap.add_argument("--plans-per-series", type=int, default=4)
    ap.add_argument("--seed", type=int, default=2021)
    args = ap.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    series = read_series(args.source)
    history_rows, reviews = [], {"adoption": [], "mid": [], "late": []}
    for sid, points in series.items():
        years = [p[0] for p in points]
        values = dict(points)
        if any(v <= 0 for v in values.values()):
            continue  # the recipe's compound paces need positive values
        rng = random.Random(f"{args.seed}:{sid}")
        used = set()
        for k in range(args.plans_per_series):
            horizon = rng.randint(2, 10)
            # Adoption year: at least two values known, the due year inside the data.
            lo, hi = years[0] + 1, years[-1] - horizon
            if hi < lo:
                continue
            a = rng.randint(lo, hi)
            length = rng.choice(LENGTHS)
            first = years[0] if length is None else max(years[0], a - length + 1)
            if (first, a) in used:
                continue
            used.add((first, a))
            variant = f"{sid}@{first}"
            history_rows.extend((variant, y, values[y]) for y in years if y >= first)  # repeats dropped below
            window = min(5, a - first)
            g0 = (values[a] / values[a - window]) ** (1.0 / window) - 1.0
            d = rng.gauss(0.015, 0.03)
            decrease = g0 < 0 and rng.random() < 0.5
            g = g0 - d if decrease else g0 + d
            g = max(g, -0.5)
            target = round_sig(values[a] * (1.0 + g) ** horizon)
            due = a + horizon
            direction = "decrease" if decrease else "increase"
            case = f"{variant}:{a}-{due}"
            reviews["adoption"].append((case + ":a", variant, a, due, target, direction))
            reviews["mid"].append((case + ":m", variant, a + horizon // 2, due, target, direction))
            if due - 2 > a:
                reviews["late"].append((case + ":l", variant, due - 2, due, target, direction))
    with open(os.path.join(args.out_dir, "history.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["series_id", "period", "value"])
        seen = set()
        for row in history_rows:
            if (row[0], row[1]) in seen:
                continue
            seen.add((row[0], row[1]))
            w.writerow([row[0], row[1], repr(row[2])])
    header = ["case_id", "series_id", "origin", "target_year", "target_value", "direction"]
    for name, rows in list(reviews.items()) + [("all", reviews["adoption"] + reviews["mid"] + reviews["late"])]:
        with open(os.path.join(args.out_dir, f"cases_{name}.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for r in rows:
                w.writerow([r[0], r[1], r[2], r[3], "%.6g" % r[4], r[5]])
    print(f"{args.source}: {len(reviews['adoption'])} plans; cases: adoption {len(reviews['adoption'])}, "
          f"mid {len(reviews['mid'])}, late {len(reviews['late'])}")


if __name__ == "__main__":
    main()
