#!/usr/bin/env python3
"""Writes the 5-region example plan's history (targets/jiaxing-regions-history.csv).

Deterministic: the figures come from fixed starting levels and growth rates,
so re-running it gives the same file. The plan itself is
targets/jiaxing-regions-2030.yaml."""
import sys

REGIONS = [  # id, R&D share 2019 (%), yearly change (pt), GDP 2019 (亿元), GDP growth
    ("nanhu", 2.9, 0.12, 900.0, 0.060),
    ("xiuzhou", 3.1, 0.08, 750.0, 0.055),
    ("jiashan", 3.4, 0.15, 700.0, 0.070),
    ("haiyan", 2.6, 0.05, 600.0, 0.050),
    ("pinghu", 3.0, 0.10, 800.0, 0.065),
]
WIGGLE = [0.0, 0.03, -0.02, 0.04, -0.01, 0.02]  # fixed noise, per year

def main(path):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("region,indicator,period,value\n")
        for k, (rid, share, step, gdp, growth) in enumerate(REGIONS):
            for y, year in enumerate(range(2019, 2025 + 1)):
                wiggle = WIGGLE[(y + k) % len(WIGGLE)]
                out.write(f"{rid},rd_share,{year},{share + step * y + wiggle:.2f}\n")
                out.write(f"{rid},gdp,{year},{gdp * (1 + growth) ** y * (1 + wiggle / 10):.1f}\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "targets/jiaxing-regions-history.csv")
