// The words of report.xlsx in zh and en, from one table (tests check that
// every key has both languages). Status and 约束性/预期性 labels come from
// report_strings.h like in every other report.
#pragma once

#include <string>
#include <vector>

#include "engine/plan/language.h"

namespace plancast {

enum class XlsxText {
  kProgressSheet, kHistorySheet,
  kColName, kColUnit, kColBinding, kColBaseline, kColLatest, kColLatestYear, kColTarget, kColTargetYear,
  kColProjection, kColLo80, kColHi80, kColProbability, kColRequiredPace, kColHistoricalPace,
  kColTimeElapsed, kColTaskDone, kColStatus, kColReason,
  kColPeriod, kColValue, kColNote, kColSource,
  kPerYearGrowth, kPerYearPoints, kPerYearSuffix,
  kCount  // number of keys; not a label
};

const char* XlsxLabel(XlsxText key, Language language);

// Column headings of the 指标完成情况表, in column order; the baseline
// column names its year ("基期值（2020年）").
std::vector<std::string> XlsxProgressHeaders(int baseline_year, Language language);
// Column headings of the history sheet.
std::vector<std::string> XlsxHistoryHeaders(Language language);

}  // namespace plancast
