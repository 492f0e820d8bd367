#include "engine/annual_path.h"

#include <cmath>
#include <map>

#include "engine/simulation.h"
#include "engine/target_rules.h"

namespace plancast {
namespace {

bool CountsAmounts(const Indicator& indicator, const Target& target) {
  return target.kind == TargetKind::kCumulative && indicator.is_flow;
}

// `annual: even`: the year's target, from the baseline figure `base`.
std::map<int, double> EvenPath(const Plan& plan, const Indicator& indicator, const Target& target, double base,
                               PaceKind kind) {
  std::map<int, double> path;
  const int from = plan.baseline_year, years = target.year - from;
  if (years <= 0) return path;
  for (int year = plan.period_start; year <= target.year; ++year) {
    const double share = double(year - from) / years;
    if (CountsAmounts(indicator, target)) {
      path[year] = target.value / (target.year - plan.period_start + 1);
    } else if (target.kind == TargetKind::kCumulative) {
      path[year] = target.value * share;  // a stock's increase since the baseline
    } else if (target.kind == TargetKind::kGrowth) {
      path[year] = base * std::pow(1.0 + target.value / 100.0, year - from);
    } else if (kind == PaceKind::kGrowthRate && base > 0 && target.value > 0) {
      path[year] = base * std::pow(target.value / base, share);
    } else {
      path[year] = base + (target.value - base) * share;
    }
  }
  return path;
}

}  // namespace

std::vector<AnnualStep> AnnualPath(const Plan& plan, const Indicator& indicator, const Target& target,
                                   const IndicatorProjection& projection, PaceKind kind) {
  std::vector<AnnualStep> steps;
  if (target.annual.empty() && !target.annual_even) return steps;
  const std::optional<double> base = projection.Observed(plan.baseline_year);
  const bool needs_base = target.annual_even ? !CountsAmounts(indicator, target)
                                             : target.kind == TargetKind::kCumulative && !indicator.is_flow;
  if (needs_base && !base) return steps;
  const std::map<int, double> path =
      target.annual_even ? EvenPath(plan, indicator, target, base.value_or(0.0), kind) : target.annual;
  // A stock's increase is measured from the baseline figure; levels and amounts as they are.
  const double offset = target.kind == TargetKind::kCumulative && !indicator.is_flow ? *base : 0.0;
  for (const auto& [year, value] : path) {
    AnnualStep step;
    step.year = year;
    step.target = value;
    if (const std::optional<double> observed = projection.Observed(year)) {
      step.actual = *observed - offset;
      step.gap = *step.actual - value;
      step.state = MeetsTarget(indicator.direction, *step.actual, value) ? AnnualState::kAhead : AnnualState::kBehind;
    } else if (projection.can_project && projection.paths.Covers(year)) {
      const double median = DrawQuantile(projection.DrawsAt(year), 0.5);
      if (std::isfinite(median)) step.projected = median - offset;
    }
    steps.push_back(step);
  }
  return steps;
}

}  // namespace plancast
