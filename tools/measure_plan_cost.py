#!/usr/bin/env python3
"""Time and peak memory of `plancast forecast` on generated plans (docs/reliability.md).

Usage: tools/measure_plan_cost.py [PLANCAST] [CASE ...]
  PLANCAST  the binary (default build/cli/plancast)
  CASE      indicators:N  N plain indicators (8 yearly figures and a target each)
            derived:N     N indicators, every second one a formula over its two neighbours
            daily:N       one indicator with N daily figures
            chain:N       a chain of N formulas (d1 = d0 * 1, ...)
            (default: indicators:2000 indicators:10000 derived:10000 daily:10000 chain:64 chain:50000)

Each plan is written to a fresh temporary folder and forecast there with
/usr/bin/time -v; the table gives exit code, wall and CPU seconds and the
peak resident set size. Nothing outside the temporary folder is written.
"""
import os
import subprocess
import sys
import tempfile

HEAD = """schema: 1
plan:
  id: cost
  name: Generated plan
  period: {start: 2021, end: 2025}
  baseline_year: 2020
  as_of: 2021-06-30
goals:
  - id: g
    name: Goal
indicators:
"""


def indicator(k, history):
    return (f"  - id: x{k}\n    name: X{k}\n    unit: t\n    direction: increase\n    goals: [g]\n"
            f"    history: {{{history}}}\n    target: {{year: 2025, value: {130 + k % 7}}}\n")


def yearly(k):
    return ", ".join(f"{2013 + y}: {100 + y * (1 + k % 5) + (k * 7 + y * 3) % 4}" for y in range(8))


def derived(k, formula):
    return (f"  - id: x{k}\n    name: X{k}\n    unit: t\n    direction: increase\n    goals: [g]\n"
            f"    formula: \"{formula}\"\n    target: none\n")


def make_plan(kind, n):
    parts = [HEAD]
    if kind == "indicators":
        parts += [indicator(k, yearly(k)) for k in range(n)]
    elif kind == "derived":
        for k in range(n):
            odd = k % 2 == 1 and k + 1 < n
            parts.append(derived(k, f"x{k - 1} + x{k + 1}") if odd else indicator(k, yearly(k)))
    elif kind == "daily":
        import datetime
        day = datetime.date(2021, 6, 29) - datetime.timedelta(days=n - 1)
        values = []
        for i in range(n):
            values.append(f"{day.isoformat()}: {100 + i * 0.01 + (i * 37) % 11 * 0.1:.2f}")
            day += datetime.timedelta(days=1)
        parts.append("  - id: x0\n    name: X0\n    unit: t\n    direction: increase\n    goals: [g]\n"
                     "    measure: stock\n"
                     f"    history: {{{', '.join(values)}}}\n    target: {{year: 2025, value: 180}}\n")
    elif kind == "chain":
        parts.append(indicator(0, yearly(0)))
        parts += [derived(k, f"x{k - 1} * 1.0") for k in range(1, n + 1)]
    else:
        sys.exit(f"unknown case kind '{kind}'")
    return "".join(parts)


def measure(plancast, case):
    kind, n = case.split(":")
    with tempfile.TemporaryDirectory(prefix="plancast-cost-") as folder:
        plan = os.path.join(folder, "plan.yaml")
        with open(plan, "w") as f:
            f.write(make_plan(kind, int(n)))
        run = subprocess.run(["/usr/bin/time", "-v", plancast, "forecast", plan, "--out", os.path.join(folder, "out")],
                             capture_output=True, text=True)
        stats = dict(line.strip().rsplit(": ", 1) for line in run.stderr.splitlines() if line.startswith("\t"))
        wall = stats.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "?")
        cpu = float(stats.get("User time (seconds)", 0)) + float(stats.get("System time (seconds)", 0))
        rss = int(stats.get("Maximum resident set size (kbytes)", 0)) / 1024
        first_error = next((line for line in run.stderr.splitlines() if "error:" in line), "")
        size = os.path.getsize(plan) / 1048576
        print(f"| {case} | {size:.1f} MiB | {run.returncode} | {wall} | {cpu:.2f} | {rss:.0f} MB | {first_error[:90]} |",
              flush=True)


def main():
    args = sys.argv[1:]
    plancast = "build/cli/plancast"
    if args and ":" not in args[0]:
        plancast = args.pop(0)
    cases = args or ["indicators:2000", "indicators:10000", "derived:10000", "daily:10000", "chain:64", "chain:50000"]
    print("| case | plan size | exit | wall | CPU s | peak RSS | first error |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for case in cases:
        measure(os.path.abspath(plancast), case)


if __name__ == "__main__":
    main()
