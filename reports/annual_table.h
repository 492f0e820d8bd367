// 年度分解: the rows of an indicator's year-by-year path (`annual:`) as plain
// text — year, the year's target, the actual figure (or the projection's
// median in brackets), and "超前 0.2个百分点" / "落后 5家" — for report.md and
// report.html, which escape them.
#pragma once

#include <string>
#include <vector>

#include "engine/assessment.h"

namespace plancast {

struct AnnualRowText {
  std::string year, target, actual, state;
};

std::vector<AnnualRowText> AnnualRows(const IndicatorResult& result, Language language);

}  // namespace plancast
