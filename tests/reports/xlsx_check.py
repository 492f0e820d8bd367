#!/usr/bin/env python3
"""Checks report.xlsx against report.json with a reader that is not ours (openpyxl).

usage: xlsx_check.py REPORT.xlsx REPORT.json zh|en
Exit 0 when every check holds, 1 with the failures listed, 77 when openpyxl is missing.
"""
import json
import math
import sys

try:
    import openpyxl
except ImportError:
    print("SKIP: python3-openpyxl is not installed (apt-get install python3-openpyxl)")
    sys.exit(77)

LABELS = {
    "zh": {"sheet": "指标完成情况表", "history": "历史数据", "name": "指标名称", "p": "达标概率",
           "time": "时间进度", "task": "完成进度", "status": "状态", "binding": "约束性", "expected": "预期性",
           "growth_pace": "%/年",
           "statuses": {"achieved": "已达成", "on_track": "进展顺利", "at_risk": "存在风险",
                        "off_track": "难以完成", "insufficient_data": "数据不足"}},
    "en": {"sheet": "Indicator progress", "history": "History", "name": "Indicator",
           "p": "Chance of meeting the target", "time": "Time elapsed", "task": "Task done", "status": "Status",
           "binding": "binding", "expected": "expected", "growth_pace": "%/yr",
           "statuses": {"achieved": "achieved", "on_track": "on track", "at_risk": "at risk",
                        "off_track": "off track", "insufficient_data": "insufficient data"}},
}
FILLS = {"off_track": "F4C7C3", "at_risk": "FCE8B2", "on_track": "C8E6C9", "achieved": "BBDEFB",
         "insufficient_data": "E0E0E0"}

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def same(cell, expected, what):
    if expected is None:
        check(cell.value is None, f"{what}: expected an empty cell, found {cell.value!r}")
        return
    ok = isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) and cell.data_type == "n" \
        and math.isclose(cell.value, expected, rel_tol=1e-12, abs_tol=1e-12)
    check(ok, f"{what}: expected the number {expected!r}, found {cell.value!r} ({cell.data_type})")


def main():
    xlsx_path, json_path, lang = sys.argv[1], sys.argv[2], sys.argv[3]
    labels = LABELS[lang]
    report = json.load(open(json_path, encoding="utf-8"))
    book = openpyxl.load_workbook(xlsx_path)
    check(book.sheetnames == [labels["sheet"], labels["history"]], f"sheet names {book.sheetnames}")
    ws = book[labels["sheet"]]
    header = [c.value for c in ws[1]]
    col = {name: i for i, name in enumerate(header)}
    for key in ("name", "p", "time", "task", "status"):
        check(labels[key] in col, f"header lacks {labels[key]!r}: {header}")
    if failures:
        return
    check(ws.freeze_panes == "B2", f"frozen pane {ws.freeze_panes}, expected B2 (header row and names)")
    check(ws.column_dimensions["A"].width >= 20, "the name column is narrow")
    baseline = next(h for h in header if h and (h.startswith("基期值") or h.startswith("Baseline")))
    check(str(report["plan"]["baseline_year"]) in baseline, f"baseline header {baseline!r} lacks its year")

    indicators = report["indicators"]
    check(ws.max_row == len(indicators) + 1, f"{ws.max_row - 1} rows for {len(indicators)} indicators")
    for row, ind in enumerate(indicators, start=2):
        cells = ws[row]
        at = lambda i: cells[i]
        where = f"row {row} ({ind['id']})"
        check(at(col[labels["name"]]).value == ind["name"], f"{where}: name {at(0).value!r}")
        check(at(2).value == labels["binding" if ind["binding"] else "expected"], f"{where}: binding {at(2).value!r}")
        same(at(3), ind["baseline"] and ind["baseline"]["value"], f"{where} baseline")
        same(at(4), ind["latest"] and ind["latest"]["value"], f"{where} latest")
        same(at(5), ind["latest"] and ind["latest"]["year"], f"{where} latest year")
        target = ind["target"]
        numeric_target = target is not None and target["kind"] != "milestone"
        same(at(6), target["value"] if numeric_target else None, f"{where} target")
        same(at(7), target and target["year"], f"{where} target year")
        projection = ind["projection"] or {}
        same(at(8), projection.get("value"), f"{where} projection")
        same(at(9), projection.get("lo80"), f"{where} lo80")
        same(at(10), projection.get("hi80"), f"{where} hi80")
        same(at(col[labels["p"]]), ind["p_meet"], f"{where} P")
        same(at(12), ind["required_annual_change"], f"{where} required pace")
        same(at(13), ind["historical_annual_change"], f"{where} historical pace")
        schedule = ind["schedule"] or {}
        same(at(col[labels["time"]]), schedule.get("time_elapsed"), f"{where} time elapsed")
        same(at(col[labels["task"]]), schedule.get("task_done"), f"{where} task done")
        status = at(col[labels["status"]])
        check(status.value == labels["statuses"][ind["status"]], f"{where}: status {status.value!r}")
        check(status.fill.fgColor.rgb[-6:] == FILLS[ind["status"]], f"{where}: status fill {status.fill.fgColor.rgb}")
        # Number formats: P and the schedule as percentages, paces signed with their unit.
        if ind["p_meet"] is not None:
            check(at(col[labels["p"]]).number_format == "0%", f"{where}: P format {at(11).number_format!r}")
        if ind["latest"] is not None:
            check(at(4).number_format not in ("General", "@"), f"{where}: latest format {at(4).number_format!r}")
        if ind["required_annual_change"] is not None:
            fmt = at(12).number_format
            check(fmt.startswith("+"), f"{where}: pace format {fmt!r} is not signed")
            if ind["pace_kind"] == "growth_rate":
                check(labels["growth_pace"] in fmt, f"{where}: growth pace format {fmt!r}")
        if ind["reason"] is not None:
            check(isinstance(at(len(header) - 1).value, str) and at(len(header) - 1).value,
                  f"{where}: no reason sentence")

    history = book[labels["history"]]
    check(history.freeze_panes == "B2", f"history frozen pane {history.freeze_panes}")
    rows = list(history.iter_rows(min_row=2))
    points = [(ind, p) for ind in indicators for p in ind["history"]]
    check(len(rows) == len(points), f"history has {len(rows)} rows for {len(points)} figures")
    for cells, (ind, point) in zip(rows, points):
        where = f"history of {ind['id']} {point.get('period', point['year'])}"
        check(cells[0].value == ind["name"], f"{where}: name {cells[0].value!r}")
        check(str(cells[1].value) == str(point.get("period", point["year"])), f"{where}: period {cells[1].value!r}")
        same(cells[2], point["value"], where)
        check((cells[4].value or "") == point.get("note", ""), f"{where}: note {cells[4].value!r}")


main()
if failures:
    print(f"{len(failures)} problem(s):")
    for f in failures[:40]:
        print("  " + f)
    sys.exit(1)
print("report.xlsx agrees with report.json")
