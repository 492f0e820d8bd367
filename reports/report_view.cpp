#include "reports/report_view.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "reports/indicator_figures.h"
#include "reports/number_format.h"
#include "reports/report_strings.h"

namespace plancast {
namespace {

bool IsEnglish(Language language) { return language == Language::kEn; }

std::string Pattern(Msg key, Language language) { return Tr(key, language); }

}  // namespace

std::array<TargetStatus, kTargetStatusCount> StatusesByRisk() {
  std::array<TargetStatus, kTargetStatusCount> statuses = {
      TargetStatus::kOffTrack, TargetStatus::kAtRisk, TargetStatus::kInsufficientData,
      TargetStatus::kOnTrack, TargetStatus::kAchieved, TargetStatus::kNoTarget};
  std::stable_sort(statuses.begin(), statuses.end(),
                   [](TargetStatus a, TargetStatus b) { return RiskRank(a) < RiskRank(b); });
  return statuses;
}

std::array<int, kTargetStatusCount> CountByStatus(const Assessment& assessment) {
  std::array<int, kTargetStatusCount> counts{};
  for (const IndicatorResult& r : assessment.indicators) ++counts[static_cast<int>(r.status)];
  return counts;
}

std::vector<OwnerCounts> CountByOwner(const Assessment& assessment) {
  std::vector<OwnerCounts> owners;
  OwnerCounts unowned;
  for (const IndicatorResult& r : assessment.indicators) {
    const std::string& owner = r.indicator->owner;
    auto it = std::find_if(owners.begin(), owners.end(), [&](const OwnerCounts& o) { return o.owner == owner; });
    OwnerCounts* entry = &unowned;
    if (!owner.empty()) {
      if (it == owners.end()) it = owners.insert(owners.end(), OwnerCounts{owner, {}});
      entry = &*it;
    }
    ++entry->counts[static_cast<int>(r.status)];
  }
  if (owners.empty()) return owners;
  if (std::any_of(unowned.counts.begin(), unowned.counts.end(), [](int n) { return n > 0; })) {
    owners.push_back(unowned);
  }
  return owners;
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

std::vector<const IndicatorResult*> AtRisk(const Assessment& assessment) {
  std::vector<const IndicatorResult*> at_risk;
  for (const IndicatorResult* r : IndicatorsByRisk(assessment)) {
    if (r->status == TargetStatus::kOffTrack || r->status == TargetStatus::kAtRisk) at_risk.push_back(r);
  }
  // Binding targets first: a planner is held to them.
  std::stable_sort(at_risk.begin(), at_risk.end(), [](const IndicatorResult* a, const IndicatorResult* b) {
    return a->indicator->binding && !b->indicator->binding;
  });
  return at_risk;
}

bool NotJudged(const IndicatorResult& result) {
  if (result.milestone) return false;
  // A tracked indicator with figures gets its card and chart; without any, a row.
  return result.status == TargetStatus::kInsufficientData ||
         (result.status == TargetStatus::kNoTarget && !result.projection);
}

std::string RestsOnText(const Assessment& assessment, Language language) {
  // Indicators without a target are tracked, not judged: not in either count.
  int total = TargetCount(assessment);
  int unjudged = 0;
  std::string binding_names;
  for (const IndicatorResult& r : assessment.indicators) {
    if (r.status != TargetStatus::kInsufficientData) continue;
    ++unjudged;
    if (r.indicator->binding) binding_names += (binding_names.empty() ? "" : IsEnglish(language) ? "; " : "、") + r.indicator->name;
  }
  std::string text = fmt::format(fmt::runtime(Pattern(Msg::kRestsOn, language)), fmt::arg("judged", total - unjudged),
                                 fmt::arg("total", total), fmt::arg("unjudged", unjudged));
  if (!binding_names.empty()) {
    text += fmt::format(fmt::runtime(Pattern(Msg::kRestsOnBinding, language)), fmt::arg("names", binding_names));
  }
  return text + (IsEnglish(language) ? "." : "。");
}

std::string ValueWithUnit(double value, const std::string& unit, Language language, int significant) {
  std::string number = DisplayNumber(value, significant);
  if (unit.empty()) return number;
  if (unit == "%" || unit == "‰" || !IsEnglish(language)) return number + unit;
  return number + " " + unit;
}

std::string PaceText(const Pace& pace, const std::string& unit, Language language) {
  std::string value = DisplaySigned(pace.value, kEstimateDigits);
  if (pace.kind == PaceKind::kGrowthRate) {
    return fmt::format(fmt::runtime(Pattern(Msg::kPaceGrowth, language)), fmt::arg("value", value));
  }
  if (unit == "%") {
    return fmt::format(fmt::runtime(Pattern(Msg::kPaceSlopePoints, language)), fmt::arg("value", value));
  }
  return fmt::format(fmt::runtime(Pattern(Msg::kPaceSlopeUnit, language)), fmt::arg("value", value),
                     fmt::arg("unit", unit));
}

std::string IndicatorValueText(const IndicatorResult& result, double value, Language language, int significant) {
  const FigureStyle style = StyleFor(result, result.indicator->unit);
  return significant < 4 ? EstimateFigure(style, value, language) : PlanFigure(style, value, language);
}

std::string IndicatorPaceText(const IndicatorResult& result, const Pace& pace, Language language) {
  const Indicator& ind = *result.indicator;
  if (!ind.target || ind.target->kind != TargetKind::kRank || pace.kind != PaceKind::kSlope) {
    if (pace.kind != PaceKind::kSlope) return PaceText(pace, ind.unit, language);
    // A slope in the indicator's printed unit (亿元 where the figures are), points to the data's precision.
    const FigureStyle style = StyleFor(result, ind.unit);
    const std::string value = PaceNumber(style, pace.value);
    if (style.points) return fmt::format(fmt::runtime(Pattern(Msg::kPaceSlopePoints, language)), fmt::arg("value", value));
    return fmt::format(fmt::runtime(Pattern(Msg::kPaceSlopeUnit, language)), fmt::arg("value", value),
                       fmt::arg("unit", style.unit));
  }
  // Two digits: a rank moves by whole places, a pace of 0.833 places a year is "about 0.83".
  std::string places = DisplayNumber(std::fabs(pace.value), 2);
  if (std::fabs(pace.value) < 1e-9) return Pattern(Msg::kRankPaceSteady, language);
  return fmt::format(fmt::runtime(Pattern(pace.value < 0 ? Msg::kRankPaceUp : Msg::kRankPaceDown, language)),
                     fmt::arg("places", places));
}

std::string GapText(double gap, const std::string& unit, Language language) {
  if (unit == "%") {
    return fmt::format(fmt::runtime(Pattern(Msg::kGapPoints, language)),
                       fmt::arg("value", DisplayNumber(std::fabs(gap), kEstimateDigits)));
  }
  return ValueWithUnit(std::fabs(gap), unit, language, kEstimateDigits);
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
  // Reading an empty optional is undefined behaviour and would rank the
  // indicator on garbage: a thrown logic_error, in Release too.
  if (!result.projection || !result.indicator->target)
    throw std::logic_error("Shortfall needs a projection and a target");
  const Indicator& ind = *result.indicator;
  double diff = ind.target->value - result.projection->value;
  bool lower_is_better = ind.direction == Direction::kDecrease || ind.target->kind == TargetKind::kRank;
  return lower_is_better ? -diff : diff;
}

std::string TargetUnit(const Indicator& indicator) {
  return indicator.target && indicator.target->kind == TargetKind::kGrowth ? "%" : indicator.unit;
}

std::string HeldByText(const Assessment& assessment, const GoalResult& goal, Language language) {
  if (goal.held_by.empty()) return "";
  std::string name = goal.held_by;
  for (const IndicatorResult& r : assessment.indicators) {
    if (r.indicator->id == goal.held_by) name = r.indicator->name;
  }
  return fmt::format(fmt::runtime(Pattern(Msg::kHeldBy, language)), fmt::arg("status", StatusLabel(goal.status, language)),
                     fmt::arg("name", name));
}

int TotalCount(const GoalResult& goal) {
  int total = 0;
  for (TargetStatus s : kAllTargetStatuses) {
    if (s != TargetStatus::kNoTarget) total += goal.counts[static_cast<int>(s)];
  }
  return total;
}

int JudgedCount(const GoalResult& goal) {
  return TotalCount(goal) - goal.counts[static_cast<int>(TargetStatus::kInsufficientData)];
}

int TargetCount(const Assessment& assessment) {
  return static_cast<int>(assessment.indicators.size()) - CountByStatus(assessment)[static_cast<int>(TargetStatus::kNoTarget)];
}

std::string LatestText(const IndicatorResult& result, Language language) {
  if (!result.latest) return "—";
  const YearValue& latest = *result.latest;
  const std::string when = latest.period.empty() ? std::to_string(latest.year) : latest.period;
  std::string text = fmt::format("{}: {}", when, IndicatorValueText(result, latest.value, language));
  if (latest.provisional) text += language == Language::kEn ? " (provisional, annualised)" : "（初步，折算全年）";
  return text;
}

std::string TargetValueText(const Target& target, const std::string& unit, Language language) {
  if (!target.band) return ValueWithUnit(target.value, unit, language);
  const TargetBand& band = *target.band;
  if (!band.about) return DisplayNumber(band.lo) + "–" + ValueWithUnit(band.hi, unit, language);
  const std::string tolerance =
      band.tolerance_relative ? DisplayNumber(band.tolerance) + "%" : ValueWithUnit(band.tolerance, unit, language);
  return fmt::format(fmt::runtime(Pattern(Msg::kAboutValue, language)),
                     fmt::arg("value", ValueWithUnit(target.value, unit, language)), fmt::arg("tolerance", tolerance));
}

std::string TargetText(const IndicatorResult& result, Language language) {
  const Indicator& ind = *result.indicator;
  if (!ind.target) return Tr(Msg::kNoTarget, language);
  const Target& t = *ind.target;
  // A rank target's template says "第{value}": the place and its unit, as written.
  std::string value = t.band                          ? TargetValueText(t, TargetUnit(ind), language)
                      : t.kind == TargetKind::kRank ? ValueWithUnit(t.value, ind.unit, language)
                                                    : PlanFigure(StyleFor(result, TargetUnit(ind)), t.value, language);
  std::string text;
  switch (t.kind) {
    case TargetKind::kMilestone:
      text = fmt::format(fmt::runtime(Pattern(Msg::kDue, language)),
                         fmt::arg("due", t.due ? boost::gregorian::to_iso_extended_string(*t.due)
                                               : std::to_string(t.year)));
      break;
    case TargetKind::kCumulative:
      text = fmt::format(fmt::runtime(Pattern(Msg::kTargetCumulative, language)), fmt::arg("year", t.year),
                         fmt::arg("value", value));
      break;
    case TargetKind::kGrowth:
      text = t.band ? fmt::format(fmt::runtime(Pattern(Msg::kTargetGrowthBand, language)), fmt::arg("year", t.year),
                                  fmt::arg("value", value))
                    : fmt::format(fmt::runtime(Pattern(Msg::kTargetGrowth, language)), fmt::arg("year", t.year),
                                  fmt::arg("value", ShiftedExact(t.value, 0)));
      break;
    case TargetKind::kRank:
      text = fmt::format(fmt::runtime(Pattern(Msg::kTargetRank, language)), fmt::arg("year", t.year),
                         fmt::arg("value", value));
      break;
    case TargetKind::kLevel:
      text = fmt::format("{}: {}", t.year, value);
      break;
  }
  return t.illustrative ? text + " †" : text;
}

std::string ProjectionText(const IndicatorResult& result, Language language) {
  if (!result.projection) return "—";
  const ProjectionSummary& p = *result.projection;
  // A cumulative target's projection is the amount added over the plan, not a level.
  const bool added = result.indicator->target && result.indicator->target->kind == TargetKind::kCumulative;
  const std::string prefix = added ? (language == Language::kEn ? "+" : "新增") : "";
  return prefix + EstimateWithRange(StyleFor(result, TargetUnit(*result.indicator)), p.value, p.lo80, p.hi80,
                                    language);
}

std::string PacesText(const IndicatorResult& result, Language language) {
  std::string required =
      result.required_annual_change ? IndicatorPaceText(result, *result.required_annual_change, language) : "—";
  std::string historical =
      result.historical_annual_change ? IndicatorPaceText(result, *result.historical_annual_change, language) : "—";
  return required + " / " + historical;
}

}  // namespace plancast
