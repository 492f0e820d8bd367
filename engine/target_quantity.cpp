#include "engine/target_quantity.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cmath>

#include "engine/simulation.h"
#include "engine/target_rules.h"

namespace plancast {

double ReportingStep(const Indicator& indicator) {
  if (indicator.history.empty()) return 0.0;
  double step = 1.0;
  for (int decimals = 0; decimals <= 6; ++decimals, step /= 10) {
    const bool all_on_grid = std::all_of(indicator.history.begin(), indicator.history.end(), [&](const Observation& o) {
      const double units = o.value / step;
      return std::fabs(units - std::round(units)) <= 1e-6 * std::max(1.0, std::fabs(units));
    });
    if (all_on_grid) return step;
  }
  return 0.0;
}

namespace {

// Level and rank targets: the value itself in the target year.
TargetQuantity LevelQuantity(const Indicator& indicator, const IndicatorProjection& projection,
                             const Target& target) {
  const Direction direction = indicator.direction;
  const double goal = target.value;
  TargetQuantity q;
  q.draws = projection.DrawsAt(target.year);
  if (target.kind == TargetKind::kRank) {
    // Ranks are whole numbers and lower is better: rank 11.4 is 11th.
    q.meets = [=](double v) { return std::round(v) <= goal; };
  } else {
    // As it would be published: 99.96% written with one decimal is 100.0%,
    // so a target at a bound ("universal", "eliminate") can be reached.
    const double step = ReportingStep(indicator);
    q.meets = [=](double v) { return MeetsTarget(direction, step > 0 ? std::round(v / step) * step : v, goal); };
  }
  q.level_equivalent = goal;
  return q;
}

// Growth targets: average yearly growth in % from the baseline year.
std::optional<TargetQuantity> GrowthQuantity(const Plan& plan, const Indicator& indicator,
                                             const IndicatorProjection& projection, const Target& target,
                                             std::vector<Warning>* warnings) {
  const int base_year = plan.baseline_year;
  const auto base = projection.Observed(base_year);
  if (!base || *base <= 0) {
    warnings->push_back(Warning{WarningCode::kGrowthNeedsBase, {NumberArg("year", base_year, std::to_string(base_year))}});
    return std::nullopt;
  }
  const Direction direction = indicator.direction;
  const double goal = target.value;
  const double years = target.year - base_year;
  const Observation& latest = projection.known.back();
  TargetQuantity q;
  q.draws = projection.DrawsAt(target.year);
  // A level at or below zero has lost everything: -100%/yr, a miss, not a gap.
  for (double& v : q.draws) v = v > 0 ? (std::pow(v / *base, 1.0 / years) - 1.0) * 100.0 : -100.0;
  q.meets = [=](double v) { return MeetsTarget(direction, v, goal); };
  q.level_equivalent = *base * std::pow(1.0 + goal / 100.0, years);
  if (latest.year > base_year && latest.value > 0) {
    q.done = (std::pow(latest.value / *base, 1.0 / (latest.year - base_year)) - 1.0) * 100.0;
  }
  return q;
}

// Cumulative target on a stock: the increase since the baseline year.
std::optional<TargetQuantity> StockIncreaseQuantity(const Plan& plan, const Indicator& indicator,
                                                    const IndicatorProjection& projection, const Target& target,
                                                    std::vector<Warning>* warnings) {
  const auto base = projection.Observed(plan.baseline_year);
  if (!base) {
    warnings->push_back(Warning{WarningCode::kCumulativeNeedsBase,
                                {NumberArg("year", plan.baseline_year, std::to_string(plan.baseline_year))}});
    return std::nullopt;
  }
  const Direction direction = indicator.direction;
  const double goal = target.value;
  TargetQuantity q;
  q.meets = [=](double v) { return MeetsTarget(direction, v, goal); };
  q.draws = projection.DrawsAt(target.year);
  for (double& v : q.draws) v -= *base;
  q.level_equivalent = *base + goal;
  q.done = projection.known.back().value - *base;
  return q;
}

// Cumulative target on a flow: the yearly amounts summed from the plan's
// first year, observed where known (plus what a partial year reported so
// far), drawn where not.
std::optional<TargetQuantity> FlowSumQuantity(const Plan& plan, const Indicator& indicator,
                                              const IndicatorProjection& projection, const Target& target,
                                              std::vector<Warning>* warnings) {
  const Direction direction = indicator.direction;
  const double goal = target.value;
  const Observation& latest = projection.known.back();
  TargetQuantity q;
  q.meets = [=](double v) { return MeetsTarget(direction, v, goal); };
  q.flow_sum = true;
  q.draws.assign(kDraws, 0.0);
  q.done = 0.0;
  for (int year = plan.period_start; year <= target.year; ++year) {
    const auto observed = projection.Observed(year);
    const auto partial = projection.partial_year_amounts.find(year);
    if (!observed && !projection.paths.Covers(year) && year <= latest.year) {
      warnings->push_back(Warning{WarningCode::kCumulativeMissingYear, {NumberArg("year", year, std::to_string(year))}});
      return std::nullopt;
    }
    if (observed) *q.done += *observed;
    if (partial != projection.partial_year_amounts.end()) *q.done += partial->second;  // reported so far
    for (size_t d = 0; d < kDraws; ++d) q.draws[d] += projection.ValueAt(year, d);
  }
  return q;
}

std::optional<TargetQuantity> PlainQuantity(const Plan& plan, const Indicator& indicator,
                                            const IndicatorProjection& projection, const Target& target,
                                            std::vector<Warning>* warnings);

// A band target: the quantity toward the nearer edge, met inside [lo, hi]
// (a level as it would be published, like LevelQuantity).
std::optional<TargetQuantity> BandQuantity(const Plan& plan, const Indicator& indicator,
                                           const IndicatorProjection& projection, const Target& target,
                                           std::vector<Warning>* warnings) {
  const TargetBand band = *target.band;
  Target edge = target;
  edge.band.reset();
  edge.value = band.lo;
  std::optional<TargetQuantity> q = PlainQuantity(plan, indicator, projection, edge, warnings);
  if (!q) return q;
  const double now = q->done ? *q->done : projection.known.back().value;
  if (std::fabs(now - band.hi) < std::fabs(now - band.lo)) {
    edge.value = band.hi;
    q = PlainQuantity(plan, indicator, projection, edge, warnings);
  }
  const double step = target.kind == TargetKind::kLevel ? ReportingStep(indicator) : 0.0;
  q->meets = [=](double v) {
    const double published = step > 0 ? std::round(v / step) * step : v;
    return published >= band.lo && published <= band.hi;
  };
  q->nearer_edge = edge.value;
  return q;
}

std::optional<TargetQuantity> PlainQuantity(const Plan& plan, const Indicator& indicator,
                                            const IndicatorProjection& projection, const Target& target,
                                            std::vector<Warning>* warnings) {
  switch (target.kind) {
    case TargetKind::kLevel:
    case TargetKind::kRank:
      return LevelQuantity(indicator, projection, target);
    case TargetKind::kGrowth:
      return GrowthQuantity(plan, indicator, projection, target, warnings);
    case TargetKind::kCumulative:
      return indicator.is_flow ? FlowSumQuantity(plan, indicator, projection, target, warnings)
                               : StockIncreaseQuantity(plan, indicator, projection, target, warnings);
    case TargetKind::kMilestone:
      break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<TargetQuantity> MakeTargetQuantity(const Plan& plan, const Indicator& indicator,
                                                 const IndicatorProjection& projection, const Target& target,
                                                 std::vector<Warning>* warnings) {
  assert(!projection.known.empty());
  if (target.band) return BandQuantity(plan, indicator, projection, target, warnings);
  return PlainQuantity(plan, indicator, projection, target, warnings);
}

}  // namespace plancast
