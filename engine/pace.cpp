#include "engine/pace.h"

#include <cmath>

#include "engine/simulation.h"

namespace plancast {

PaceKind ChoosePaceKind(const Indicator& indicator) {
  if (indicator.pace) return *indicator.pace;
  if (indicator.unit.find('%') != std::string::npos) return PaceKind::kSlope;
  if (indicator.bounds && indicator.bounds->HasUpper()) return PaceKind::kSlope;
  // "Eliminate" (a level of 0) is -100%/yr as a growth rate: only a slope says how fast.
  if (indicator.target && (indicator.target->kind == TargetKind::kLevel || indicator.target->kind == TargetKind::kRank) &&
      indicator.target->value <= 0) {
    return PaceKind::kSlope;
  }
  for (const Observation& o : indicator.history) {
    if (o.value <= 0) return PaceKind::kSlope;  // growth rates need positive values
  }
  return PaceKind::kGrowthRate;
}

std::optional<Pace> PaceBetween(PaceKind kind, double from_year, double from_value, double to_year,
                                double to_value) {
  const double years = to_year - from_year;
  if (!(years > 0)) return std::nullopt;
  Pace pace;
  pace.kind = kind;
  pace.from_year = static_cast<int>(std::lround(from_year));
  pace.to_year = static_cast<int>(std::lround(to_year));
  if (kind == PaceKind::kSlope) {
    pace.value = (to_value - from_value) / years;
    return pace;
  }
  if (!(from_value > 0 && to_value > 0)) return std::nullopt;
  pace.value = (std::pow(to_value / from_value, 1.0 / years) - 1.0) * 100.0;
  return pace;
}

double ApplyPace(const Pace& pace, double value, double years) {
  if (pace.kind == PaceKind::kSlope) return value + pace.value * years;
  return value * std::pow(1.0 + pace.value / 100.0, years);
}

const Observation* BaseObservation(const Plan& plan, const std::vector<Observation>& known) {
  if (known.size() < 2) return nullptr;
  const Observation& latest = known.back();
  if (latest.year > plan.baseline_year) {
    // The plan's own base: its baseline year, else the last figure before it,
    // else the first one (a series that starts inside the plan).
    const Observation* base = nullptr;
    for (const Observation& o : known) {
      if (o.year <= plan.baseline_year) base = &o;
    }
    if (base == nullptr) base = &known.front();
    return base == &latest ? nullptr : base;
  }
  // The plan has not started: the plan-length window before the latest
  // figure, from the figure nearest its start (at or before it when one exists).
  const int window = plan.period_end - plan.period_start + 1;
  const Observation* base = &known.front();
  for (const Observation& o : known) {
    if (o.year <= latest.year - window) base = &o;
  }
  return base == &latest ? &known[known.size() - 2] : base;
}

std::optional<Pace> HistoricalPace(const Plan& plan, PaceKind kind, const std::vector<Observation>& known) {
  const Observation* base = BaseObservation(plan, known);
  if (base == nullptr) return std::nullopt;
  const Observation& latest = known.back();
  return PaceBetween(kind, base->t, base->value, latest.t, latest.value);
}

std::optional<Pace> PaceForProbability(double p, Direction direction, PaceKind kind, const Observation& latest,
                                       int target_year, double level_equivalent,
                                       const std::vector<double>& level_draws) {
  const double median = DrawQuantile(level_draws, 0.5);
  const double quantile = DrawQuantile(level_draws, direction == Direction::kIncrease ? 1.0 - p : p);
  if (!std::isfinite(median) || !std::isfinite(quantile)) return std::nullopt;
  if (kind == PaceKind::kGrowthRate) {
    if (!(median > 0 && quantile > 0)) return std::nullopt;
    return PaceBetween(kind, latest.t, latest.value, target_year, level_equivalent * median / quantile);
  }
  return PaceBetween(kind, latest.t, latest.value, target_year, level_equivalent + median - quantile);
}

}  // namespace plancast
