#include "engine/scenario.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/indicator_bounds.h"
#include "engine/pace.h"

namespace plancast {

const Scenario* FindScenario(const Plan& plan, const std::string& name) {
  for (const Scenario& s : plan.scenarios) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

std::string ApplyScenarioOverride(const ScenarioOverride& assumption, const Indicator& indicator,
                                  int horizon_end_year, IndicatorProjection* projection) {
  const Pace pace{assumption.pace, assumption.kind};
  const std::string what =
      assumption.kind == PaceKind::kGrowthRate
          ? fmt::format("{:+g}%/yr from {}", assumption.pace, assumption.from_year)
          : fmt::format("{:+g} {}/yr from {}", assumption.pace, indicator.unit, assumption.from_year);
  if (projection->known.empty()) return what + " (not applied: no observation to start from)";

  const int latest_year = projection->known.back().year;
  const int from = std::max(assumption.from_year, latest_year + 1);
  if (!projection->can_project) {
    // No trend to borrow a spread from: the path is the assumption alone.
    const int horizon_end = std::max(horizon_end_year, latest_year + 1);
    projection->paths = SimulatedPaths::Empty(latest_year + 1, horizon_end - latest_year);
    for (int year = latest_year + 1; year <= horizon_end; ++year) {
      std::fill(projection->paths.Year(year).begin(), projection->paths.Year(year).end(),
                projection->known.back().value);
    }
    projection->can_project = true;
    projection->warnings.push_back(Warning{WarningCode::kScenarioNoInterval, {}});
  }

  const std::vector<double> start_draws = projection->DrawsAt(from - 1);
  const double anchor = DrawQuantile(start_draws, 0.5);
  const Bounds bounds = EffectiveBounds(indicator);
  for (int year = from; projection->paths.Covers(year); ++year) {
    std::vector<double>& draws = projection->paths.Year(year);
    const double trend_median = DrawQuantile(draws, 0.5);
    const double target_median = ApplyPace(pace, anchor, year - (from - 1));
    const bool relative = assumption.kind == PaceKind::kGrowthRate && trend_median > 0;
    for (double& v : draws) {
      v = relative ? v * (target_median / trend_median) : v + (target_median - trend_median);
      v = std::clamp(v, bounds.lo, bounds.hi);
    }
  }
  return what;
}

}  // namespace plancast
