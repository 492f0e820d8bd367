#include "reports/report_view.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "reports/number_format.h"
#include "reports/report_strings.h"

namespace plancast {
namespace {

bool IsEnglish(const std::string& language) { return language == "en"; }

std::string Pattern(Msg key, const std::string& language) { return Tr(key, language); }

}  // namespace

std::array<TargetStatus, kStatusCount> StatusesByRisk() {
  std::array<TargetStatus, kStatusCount> statuses = {
      TargetStatus::kOffTrack, TargetStatus::kAtRisk, TargetStatus::kInsufficientData,
      TargetStatus::kOnTrack, TargetStatus::kAchieved};
  std::stable_sort(statuses.begin(), statuses.end(),
                   [](TargetStatus a, TargetStatus b) { return RiskRank(a) < RiskRank(b); });
  return statuses;
}

std::array<int, kStatusCount> CountByStatus(const Assessment& assessment) {
  std::array<int, kStatusCount> counts{};
  for (const IndicatorResult& r : assessment.indicators) ++counts[static_cast<int>(r.status)];
  return counts;
}

std::vector<const IndicatorResult*> IndicatorsByRisk(const Assessment& assessment) {
  std::vector<const IndicatorResult*> order;
  for (const IndicatorResult& r : assessment.indicators) order.push_back(&r);
  auto p_or_max = [](const IndicatorResult* r) { return r->p_meet ? *r->p_meet : 2.0; };
  std::stable_sort(order.begin(), order.end(), [&](const IndicatorResult* a, const IndicatorResult* b) {
    if (RiskRank(a->status) != RiskRank(b->status)) return RiskRank(a->status) < RiskRank(b->status);
    if (a->indicator->binding != b->indicator->binding) return a->indicator->binding;
    return p_or_max(a) < p_or_max(b);
  });
  return order;
}

std::string ValueWithUnit(double value, const std::string& unit, const std::string& language) {
  std::string number = DisplayNumber(value);
  if (unit.empty()) return number;
  if (unit == "%" || unit == "‰" || !IsEnglish(language)) return number + unit;
  return number + " " + unit;
}

std::string PaceText(const Pace& pace, const std::string& unit, const std::string& language) {
  std::string value = DisplaySigned(pace.value);
  if (pace.kind == PaceKind::kGrowthRate) {
    return fmt::format(fmt::runtime(Pattern(Msg::kPaceGrowth, language)), fmt::arg("value", value));
  }
  if (unit == "%") {
    return fmt::format(fmt::runtime(Pattern(Msg::kPaceSlopePoints, language)), fmt::arg("value", value));
  }
  return fmt::format(fmt::runtime(Pattern(Msg::kPaceSlopeUnit, language)), fmt::arg("value", value),
                     fmt::arg("unit", unit));
}

std::string GapText(double gap, const std::string& unit, const std::string& language) {
  if (unit == "%") {
    return fmt::format(fmt::runtime(Pattern(Msg::kGapPoints, language)),
                       fmt::arg("value", DisplayNumber(std::fabs(gap))));
  }
  return ValueWithUnit(std::fabs(gap), unit, language);
}

std::pair<int, int> HistoricalSpan(const IndicatorResult& result) {
  if (result.historical_annual_change && result.historical_annual_change->from_year != 0) {
    return {result.historical_annual_change->from_year, result.historical_annual_change->to_year};
  }
  const auto& history = result.indicator->history;
  int from = result.baseline ? result.baseline->year : (history.empty() ? 0 : history.front().year);
  int to = result.latest ? result.latest->year : 0;
  return {from, to};
}

double Shortfall(const IndicatorResult& result) {
  double diff = result.indicator->target->value - result.projection->value;
  return result.indicator->direction == Direction::kIncrease ? diff : -diff;
}

std::string ExplainIndicator(const IndicatorResult& result, const std::string& language) {
  const Indicator& ind = *result.indicator;
  const std::string& unit = ind.unit;
  if (result.status == TargetStatus::kInsufficientData || !result.projection) {
    // The engine's warnings say why (one point, a series break, ...); they are
    // plancast's own English text, so they follow in both languages.
    std::string text = fmt::format(fmt::runtime(Pattern(Msg::kExplainInsufficient, language)),
                                   fmt::arg("count", ind.history.size()));
    for (const std::string& warning : result.warnings) text += (IsEnglish(language) ? " " : "") + warning + ".";
    return text;
  }
  const ProjectionSummary& p = *result.projection;
  if (!ind.target) {
    return fmt::format(fmt::runtime(Pattern(Msg::kExplainNoTarget, language)),
                       fmt::arg("value", ValueWithUnit(p.value, unit, language)), fmt::arg("year", p.year));
  }
  std::string target = ValueWithUnit(ind.target->value, unit, language);
  if (result.status == TargetStatus::kAchieved && result.latest) {
    return fmt::format(fmt::runtime(Pattern(Msg::kExplainAchieved, language)),
                       fmt::arg("value", ValueWithUnit(result.latest->value, unit, language)),
                       fmt::arg("year", result.latest->year), fmt::arg("target", target));
  }
  auto [from, to] = HistoricalSpan(result);
  std::string trend = (from != 0 && to > from)
                          ? fmt::format(fmt::runtime(Pattern(Msg::kTrendSpan, language)),
                                        fmt::arg("from", from), fmt::arg("to", to))
                          : std::string(Tr(Msg::kTrendRecent, language));
  double shortfall = Shortfall(result);
  double tolerance = 1e-9 * std::max(1.0, std::fabs(ind.target->value));
  Msg gap_key = std::fabs(shortfall) <= tolerance ? Msg::kGapEqual
                : shortfall > 0                   ? Msg::kGapShort
                                                  : Msg::kGapBeyond;
  std::string gap = fmt::format(fmt::runtime(Pattern(gap_key, language)),
                                fmt::arg("gap", GapText(shortfall, unit, language)), fmt::arg("target", target));
  std::string text = fmt::format(
      fmt::runtime(Pattern(Msg::kExplainProjected, language)), fmt::arg("trend", trend),
      fmt::arg("value", ValueWithUnit(p.value, unit, language)), fmt::arg("year", p.year),
      fmt::arg("lo", DisplayNumber(p.lo80)), fmt::arg("hi", DisplayNumber(p.hi80)), fmt::arg("gap", gap));
  const char* space = IsEnglish(language) ? " " : "";
  if (result.required_annual_change) {
    int from_year = result.latest ? result.latest->year : to;
    text += space;
    text += fmt::format(fmt::runtime(Pattern(Msg::kExplainNeeds, language)),
                        fmt::arg("required", PaceText(*result.required_annual_change, unit, language)),
                        fmt::arg("year", from_year));
    if (result.historical_annual_change) {
      text += IsEnglish(language) ? ", " : "，";
      text += fmt::format(fmt::runtime(Pattern(Msg::kExplainMoved, language)),
                          fmt::arg("historical", PaceText(*result.historical_annual_change, unit, language)));
    }
    text += IsEnglish(language) ? "." : "。";
  }
  if (result.crossing_year && *result.crossing_year > ind.target->year) {
    text += space;
    text += fmt::format(fmt::runtime(Pattern(Msg::kExplainCrossing, language)),
                        fmt::arg("year", *result.crossing_year));
  }
  return text;
}

std::string LatestText(const IndicatorResult& result, const std::string& language) {
  if (!result.latest) return "—";
  return fmt::format("{}: {}", result.latest->year,
                     ValueWithUnit(result.latest->value, result.indicator->unit, language));
}

std::string TargetText(const IndicatorResult& result, const std::string& language) {
  const auto& target = result.indicator->target;
  if (!target) return Tr(Msg::kNoTarget, language);
  return fmt::format("{}: {}{}", target->year, ValueWithUnit(target->value, result.indicator->unit, language),
                     target->illustrative ? " †" : "");
}

std::string ProjectionText(const IndicatorResult& result, const std::string& language) {
  if (!result.projection) return "—";
  const ProjectionSummary& p = *result.projection;
  return fmt::format("{} ({}–{})", ValueWithUnit(p.value, result.indicator->unit, language),
                     DisplayNumber(p.lo80), DisplayNumber(p.hi80));
}

std::string PacesText(const IndicatorResult& result, const std::string& language) {
  const std::string& unit = result.indicator->unit;
  std::string required = result.required_annual_change ? PaceText(*result.required_annual_change, unit, language) : "—";
  std::string historical =
      result.historical_annual_change ? PaceText(*result.historical_annual_change, unit, language) : "—";
  return required + " / " + historical;
}

}  // namespace plancast
