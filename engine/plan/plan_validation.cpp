#include "engine/plan/plan_validation.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <unordered_map>

namespace plancast {
namespace {

std::string FormatValue(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

std::string FormatBounds(const Bounds& b) {
  auto end = [](double v) { return std::isinf(v) ? std::string(v < 0 ? "-.inf" : ".inf") : FormatValue(v); };
  return "[" + end(b.lo) + ", " + end(b.hi) + "]";
}

void CheckHeader(const Plan& plan, Diagnostics* diagnostics) {
  if (plan.period_start > 0 && plan.period_end > 0 && plan.period_start > plan.period_end) {
    diagnostics->Error(plan.where, "the plan period starts (" + std::to_string(plan.period_start) +
                                       ") after it ends (" + std::to_string(plan.period_end) + ")",
                       "write period: {start: 2021, end: 2025}");
  }
  if (plan.baseline_year > 0 && plan.period_start > 0 && plan.baseline_year > plan.period_start) {
    diagnostics->Error(plan.where, "baseline_year " + std::to_string(plan.baseline_year) +
                                       " is after the start of the plan period (" +
                                       std::to_string(plan.period_start) + ")",
                       "the baseline is the last year before the plan, e.g. 2020 for 2021-2025");
  }
  const StatusThresholds& t = plan.thresholds;
  if (!(t.at_risk >= 0 && t.at_risk < t.on_track && t.on_track <= 1)) {
    diagnostics->Error(plan.where, "status_thresholds need 0 <= at_risk < on_track <= 1 (got at_risk " +
                                       FormatValue(t.at_risk) + ", on_track " + FormatValue(t.on_track) + ")",
                       "they are probabilities of meeting a target, e.g. on_track: 0.75, at_risk: 0.40");
  }
}

void CheckUniqueIds(const Plan& plan, Diagnostics* diagnostics) {
  // Goals and indicators share one namespace: both are nodes of the goal graph.
  std::unordered_map<std::string, SourceLocation> seen;
  auto check = [&](const std::string& id, const SourceLocation& where, const char* kind) {
    if (id.empty()) return;
    auto [it, inserted] = seen.emplace(id, where);
    if (!inserted) {
      diagnostics->Error(where, std::string("duplicate id '") + id + "' (" + kind + ")",
                         "already used at line " + std::to_string(it->second.line) +
                             "; every goal and indicator needs its own id");
    }
  };
  for (const Goal& goal : plan.goals) check(goal.id, goal.where, "goal");
  for (const Indicator& indicator : plan.indicators) check(indicator.id, indicator.where, "indicator");
}

void CheckValueInBounds(const Indicator& indicator, double value, const SourceLocation& where,
                        const std::string& what, Diagnostics* diagnostics) {
  if (!indicator.bounds) return;
  if (value >= indicator.bounds->lo && value <= indicator.bounds->hi) return;
  diagnostics->Error(where, what + " " + FormatValue(value) + " of '" + indicator.id + "' is outside its bounds " +
                                FormatBounds(*indicator.bounds),
                     "check the figure and its unit, or widen 'bounds'");
}

void CheckIndicator(const Plan& plan, const Indicator& indicator, Diagnostics* diagnostics) {
  for (const Observation& obs : indicator.history) {
    CheckValueInBounds(indicator, obs.value, obs.where, "value", diagnostics);
    if (indicator.pace == PaceKind::kGrowthRate && obs.value <= 0) {
      diagnostics->Error(obs.where, "'" + indicator.id + "' has pace: growth but its " + std::to_string(obs.year) +
                                        " value is " + FormatValue(obs.value) + " (not positive)",
                         "growth rates need positive values; use pace: slope");
    }
  }
  // With regions a basis may be used by some regions only (their figures are checked per region).
  for (const Indicator::BasisShift& shift : plan.regions.empty() ? indicator.basis_shifts
                                                                 : std::vector<Indicator::BasisShift>{}) {
    bool used = std::any_of(indicator.history.begin(), indicator.history.end(),
                            [&](const Observation& o) { return o.basis == shift.from_basis; });
    if (!used) {
      diagnostics->Error(shift.from_basis_where, "no history value of '" + indicator.id + "' has basis '" +
                                                     shift.from_basis + "'",
                         "from_basis names the 'basis' written on the old observations");
    }
  }
  // A lone `target:` lies within the plan period; a `targets:` list may also
  // hold long-range goals after it (the plan-period target is never one).
  // Plans built in code may set `target` alone; it is then the only one.
  std::vector<Target> targets = indicator.targets;
  if (targets.empty() && indicator.target) targets.push_back(*indicator.target);
  const bool lone = targets.size() == 1 && indicator.target;
  for (const Target& target : targets) {
    const bool before = target.year < plan.period_start;
    const bool after = target.year > plan.period_end && lone;
    if (plan.period_start > 0 && plan.period_end > 0 && (before || after)) {
      diagnostics->Error(target.where, "target year " + std::to_string(target.year) + " of '" + indicator.id +
                                           "' is outside the plan period " + std::to_string(plan.period_start) +
                                           "-" + std::to_string(plan.period_end),
                         after ? "set the target year within the plan period, or list it under targets: next to "
                                 "the plan-period target as a long-range goal"
                               : "set the target year within the plan period, usually its last year");
    }
    // Growth and cumulative targets are rates and sums, not values of the series.
    if (target.band && !target.band->about && target.kind == TargetKind::kLevel) {  // both ends of a range
      CheckValueInBounds(indicator, target.band->lo, target.where, "target range end", diagnostics);
      CheckValueInBounds(indicator, target.band->hi, target.where, "target range end", diagnostics);
    } else if (target.kind == TargetKind::kLevel || target.kind == TargetKind::kRank) {
      CheckValueInBounds(indicator, target.value, target.where, "target", diagnostics);
    }
    if (target.kind == TargetKind::kRank && indicator.direction != Direction::kDecrease) {
      diagnostics->Error(target.where, "rank target of '" + indicator.id + "' needs direction: decrease",
                         "a rank is better when lower (1 = first); set direction: decrease and bounds: [1, N]");
    }
  }
}

}  // namespace

void ValidateIndicator(const Plan& plan, const Indicator& indicator, Diagnostics* diagnostics) {
  CheckIndicator(plan, indicator, diagnostics);
}

void ValidatePlan(const Plan& plan, Diagnostics* diagnostics) {
  CheckHeader(plan, diagnostics);
  CheckUniqueIds(plan, diagnostics);
  for (const Indicator& indicator : plan.indicators) CheckIndicator(plan, indicator, diagnostics);
}

}  // namespace plancast
