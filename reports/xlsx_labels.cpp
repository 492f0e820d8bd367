#include "reports/xlsx_labels.h"

#include <fmt/format.h>

namespace plancast {
namespace {

struct Entry {
  XlsxText key;
  const char* en;
  const char* zh;
};

// In enum order; XlsxLabel searches by key, so a missing entry is "" (and fails the test).
const Entry kLabels[] = {
    {XlsxText::kProgressSheet, "Indicator progress", "指标完成情况表"},
    {XlsxText::kHistorySheet, "History", "历史数据"},
    {XlsxText::kColName, "Indicator", "指标名称"},
    {XlsxText::kColUnit, "Unit", "单位"},
    {XlsxText::kColBinding, "Binding / expected", "指标属性"},
    {XlsxText::kColBaseline, "Baseline ({year})", "基期值（{year}年）"},
    {XlsxText::kColLatest, "Latest", "最新值"},
    {XlsxText::kColLatestYear, "Latest year", "最新值年份"},
    {XlsxText::kColTarget, "Target", "目标值"},
    {XlsxText::kColTargetYear, "Target year", "目标年份"},
    {XlsxText::kColProjection, "Projection", "预测值"},
    {XlsxText::kColLo80, "80% range, low", "80%区间下限"},
    {XlsxText::kColHi80, "80% range, high", "80%区间上限"},
    {XlsxText::kColProbability, "Chance of meeting the target", "达标概率"},
    {XlsxText::kColRequiredPace, "Pace needed per year", "所需年均变化"},
    {XlsxText::kColHistoricalPace, "Pace so far per year", "历史年均变化"},
    {XlsxText::kColTimeElapsed, "Time elapsed", "时间进度"},
    {XlsxText::kColTaskDone, "Task done", "完成进度"},
    {XlsxText::kColStatus, "Status", "状态"},
    {XlsxText::kColReason, "Why", "原因"},
    {XlsxText::kColPeriod, "Period", "时期"},
    {XlsxText::kColValue, "Value", "数值"},
    {XlsxText::kColNote, "Note", "备注"},
    {XlsxText::kColSource, "Source", "来源"},
    {XlsxText::kPerYearGrowth, "%/yr", "%/年"},
    {XlsxText::kPerYearPoints, " pt/yr", "个百分点/年"},
    {XlsxText::kPerYearSuffix, "/yr", "/年"},
};

}  // namespace

const char* XlsxLabel(XlsxText key, Language language) {
  for (const Entry& e : kLabels) {
    if (e.key == key) return language == Language::kEn ? e.en : e.zh;
  }
  return "";
}

std::vector<std::string> XlsxProgressHeaders(int baseline_year, Language l) {
  std::vector<std::string> headers;
  for (XlsxText key : {XlsxText::kColName, XlsxText::kColUnit, XlsxText::kColBinding, XlsxText::kColBaseline,
                       XlsxText::kColLatest, XlsxText::kColLatestYear, XlsxText::kColTarget, XlsxText::kColTargetYear,
                       XlsxText::kColProjection, XlsxText::kColLo80, XlsxText::kColHi80, XlsxText::kColProbability,
                       XlsxText::kColRequiredPace, XlsxText::kColHistoricalPace, XlsxText::kColTimeElapsed,
                       XlsxText::kColTaskDone, XlsxText::kColStatus, XlsxText::kColReason}) {
    headers.push_back(key == XlsxText::kColBaseline
                          ? fmt::format(fmt::runtime(XlsxLabel(key, l)), fmt::arg("year", baseline_year))
                          : XlsxLabel(key, l));
  }
  return headers;
}

std::vector<std::string> XlsxHistoryHeaders(Language l) {
  std::vector<std::string> headers;
  for (XlsxText key : {XlsxText::kColName, XlsxText::kColPeriod, XlsxText::kColValue, XlsxText::kColUnit,
                       XlsxText::kColNote, XlsxText::kColSource})
    headers.push_back(XlsxLabel(key, l));
  return headers;
}

}  // namespace plancast
