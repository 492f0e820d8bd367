// How one indicator's figures print, as a planner writes them (issue 11):
// one money unit per indicator chosen by size (13800万元 .. 22152万元 read
// 1.38亿元 .. 2.22亿元), counts and ranks whole, percentage points to the
// data's precision, estimates to 3 significant digits with the range in the
// same unit and decimals. Plan figures (history, targets) keep every digit
// they are written with; only estimates are rounded.
#pragma once

#include <string>

#include "engine/assessment.h"
#include "engine/plan/language.h"

namespace plancast {

struct FigureStyle {
  std::string unit;          // as printed: "亿元" where the plan says 万元 and the figures reach 1亿
  int shift = 0;             // power of ten from the plan's unit to `unit` (万元 -> 亿元: -4)
  bool count = false;        // firms, people, projects ...: whole and never below zero
  bool rank = false;         // a place: whole, first is best
  bool points = false;       // unit "%": a difference is percentage points
  int written_decimals = 0;  // most decimals the plan's figures of this unit are written with
};

// The style of `result`'s figures in `unit` (the indicator's unit, or "%"
// for a growth target's own figures; see TargetUnit).
FigureStyle StyleFor(const IndicatorResult& result, const std::string& unit);

// "1.38亿元" / "1.38 亿元"; a rank "第16位" / "rank 16"; exact, never rounded.
std::string PlanFigure(const FigureStyle& style, double value, Language language);
// An estimate: 3 significant digits ("1.90亿元"), counts and ranks whole.
std::string EstimateFigure(const FigureStyle& style, double value, Language language);
// The range alone, in the decimals of `central` and with the unit:
// "0.98–3.67亿元", "660–2060家", "6–31位" (en: "6–31").
std::string EstimateRange(const FigureStyle& style, double central, double lo, double hi, Language language);
// "1.90亿元 (0.98–3.67亿元)".
std::string EstimateWithRange(const FigureStyle& style, double central, double lo, double hi,
                              Language language);
// The size of a gap (unsigned): "0.30个百分点", "33家", "4位" / "4 places", "0.124亿元".
std::string GapFigure(const FigureStyle& style, double gap, Language language);
// `value` in the printed unit (13800 万元 -> 1.38 where the unit is 亿元), for chart axes.
double InStyleUnit(const FigureStyle& style, double value);

// A pace's number in this style, signed: "+0.14" (points), "+0.215" (亿元 from 万元).
std::string PaceNumber(const FigureStyle& style, double pace);

}  // namespace plancast
