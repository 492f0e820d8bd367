#include "reports/warning_text.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <stdexcept>

namespace plancast {
namespace {

const std::vector<WarningTemplate> kTemplates = {
    {WarningCode::kIgnoredAfterAsOf, "ignored_after_as_of",
     "{count} observation(s) after the as-of date {as_of} were ignored", nullptr,
     "数据截至日{as_of}之后的{count}个观测值未纳入"},
    {WarningCode::kNoObservation, "no_observation", "no observation known at the as-of date", nullptr,
     "数据截至日尚无观测值"},
    {WarningCode::kStale, "stale", "stale: the figure for {period} was expected by {expected_by} and is still missing",
     nullptr, "数据滞后：{period}年的数值应于{expected_by}前发布，目前仍缺"},
    {WarningCode::kTooLittleHistory, "too_little_history",
     "too little history to project (needs at least two observations)", nullptr,
     "历史数据不足，无法预测（至少需要两个观测值）"},
    {WarningCode::kNoTarget, "no_target", "no target set: projected to the plan's end only", nullptr,
     "未设目标：仅预测至规划期末"},
    {WarningCode::kNoProjection, "no_projection", "no value can be projected for {year}", nullptr,
     "无法预测{year}年的数值"},
    {WarningCode::kGrowthNeedsBase, "growth_needs_base",
     "a growth target needs a positive value for {year} (the baseline year)", nullptr,
     "增速目标需要{year}年（基期）的正数值"},
    {WarningCode::kCumulativeNeedsBase, "cumulative_needs_base",
     "a cumulative target on a stock needs its value for {year}", nullptr, "存量指标的累计目标需要{year}年的数值"},
    {WarningCode::kCumulativeMissingYear, "cumulative_missing_year",
     "cumulative target: no value for {year}, so the sum cannot be formed", nullptr,
     "累计目标：缺少{year}年的数值，无法累加"},
    {WarningCode::kFormulaNotFinite, "formula_not_finite", "formula gives no finite value for {year} (division by zero?)",
     nullptr, "公式在{year}年无有效值（是否除以零？）"},
    {WarningCode::kInputNotProjectable, "input_not_projectable", "an input cannot be projected, so neither can this",
     nullptr, "有输入指标无法预测，本指标也无法预测"},
    {WarningCode::kFormulaClamped, "formula_clamped",
     "{count} simulated value(s) of the formula fell outside the bounds [{lower}, {upper}] and were held at them; "
     "check that the inputs measure compatible things",
     nullptr, "公式的{count}个模拟值超出取值范围[{lower}, {upper}]，已按边界截断；请检查各输入指标的口径是否一致"},
    {WarningCode::kPartialYearAnnualised, "partial_year_annualised",
     "{period} covers {share}% of {year}: the amount so far ({amount}) is annualised pro rata and provisional", nullptr,
     "{period}覆盖{year}年的{share}%：目前累计{amount}，已按比例折算为全年，属初步数"},
    {WarningCode::kBasisShiftGiven, "basis_shift_given",
     "values on basis {from} put on basis {to} with the plan's shift (x{ratio} {offset})", nullptr,
     "口径“{from}”的数值已按规划给定的换算（×{ratio} {offset}）调整到口径“{to}”"},
    {WarningCode::kBasisScaled, "basis_scaled", "series break: values on basis {from} scaled by an estimated x{factor} to basis {to}",
     nullptr, "统计口径变化：口径“{from}”的数值按估计系数×{factor}换算到口径“{to}”"},
    {WarningCode::kBasisShifted, "basis_shifted",
     "series break: values on basis {from} shifted by an estimated {shift} to basis {to}", nullptr,
     "统计口径变化：口径“{from}”的数值按估计差值{shift}调整到口径“{to}”"},
    {WarningCode::kBasisLeftOut, "basis_left_out",
     "series break: {count} value(s) on basis {from} left out of the fit, too few points to estimate the shift to "
     "basis {to} (give it under basis_shifts)",
     "series break: {count} value(s) on basis {from} left out of the trend, too few figures to estimate the "
     "difference to basis {to} (the plan file can state it)",
     "统计口径变化：口径“{from}”的{count}个数值未参与趋势推算——数据太少，无法估计与口径“{to}”之间的差异（可在规划文件中给出两种口径的换算关系）"},
    {WarningCode::kScenarioNoInterval, "scenario_no_interval",
     "scenario path has no interval: too little history to estimate one", nullptr, "情景路径没有区间：历史数据不足以估计"},
    {WarningCode::kMethodFallback, "method_fallback", "{detail}",
     "the forecasting method asked for does not fit this series; the standard method was used",
     "所选预测方法不适用于本指标的数据，已改用标准方法"},
    {WarningCode::kRunIgnoredAfterAsOf, "run_ignored_after_as_of",
     "{count} observation(s) dated after the as-of date were ignored", nullptr,
     "规划文件中有{count}个数值晚于数据截至日，未纳入本次评估"},
    {WarningCode::kRunOwnerScope, "run_owner_scope", "report for owner '{owner}': {kept} of {total} indicators", nullptr,
     "牵头单位“{owner}”的报告：共{total}项指标中的{kept}项"},
};

const WarningTemplate& TemplateOf(WarningCode code) {
  for (const WarningTemplate& t : kTemplates)
    if (t.code == code) return t;
  // A programmer error: warning_text_test checks every code has a row.
  throw std::logic_error("warning code without a template");
}

// An unnamed statistical basis is "" in the arguments.
std::string Shown(const WarningArg& arg, bool basis, Language language) {
  if (basis && arg.text.empty()) return language == Language::kZh ? "未注明" : "(unnamed)";
  return arg.text;
}

std::string Render(const char* pattern, const Warning& warning, Language language) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const WarningArg& arg : warning.args) {
    const bool basis = arg.name == "from" || arg.name == "to";
    store.push_back(fmt::arg(arg.name.c_str(), Shown(arg, basis, language)));
  }
  return fmt::vformat(pattern, store);
}

}  // namespace

const std::vector<WarningTemplate>& WarningTemplates() { return kTemplates; }

const char* WarningCodeId(WarningCode code) { return TemplateOf(code).id; }

std::string WarningEnglish(const Warning& warning) {
  return Render(TemplateOf(warning.code).english, warning, Language::kEn);
}

std::string WarningText(const Warning& warning, Language language) {
  const WarningTemplate& t = TemplateOf(warning.code);
  if (language == Language::kZh) return Render(t.zh, warning, language);
  return Render(t.en ? t.en : t.english, warning, language);
}

}  // namespace plancast
