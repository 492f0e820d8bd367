#include "engine/target_rules.h"

#include <algorithm>
#include <cmath>

namespace plancast {

bool MeetsTarget(Direction direction, double value, double target) {
  return direction == Direction::kIncrease ? value >= target : value <= target;
}

double ProbabilityOfMeeting(const StepDistribution& distribution, Direction direction, double target) {
  const double below = distribution.Cdf(target);
  return direction == Direction::kIncrease ? 1.0 - below : below;
}

int ProbabilityPercent(double p) {
  if (std::isnan(p)) return 0;
  return static_cast<int>(std::lround(std::clamp(p, 0.0, 1.0) * 100.0));
}

TargetStatus StatusFromProbability(double p, const StatusThresholds& thresholds) {
  const double shown = ProbabilityPercent(p) / 100.0;  // 40 / 100.0 is the double 0.40
  if (shown >= thresholds.on_track) return TargetStatus::kOnTrack;
  if (shown >= thresholds.at_risk) return TargetStatus::kAtRisk;
  return TargetStatus::kOffTrack;
}

ProgressClass ClassifyProgress(Direction direction, const Pace& actual, const Pace& required) {
  // Work in "good direction" units: positive is progress towards the target.
  const double sign = direction == Direction::kIncrease ? 1.0 : -1.0;
  const double needed = sign * required.value;
  const double made = sign * actual.value;
  if (needed <= 0) return ProgressClass::kTargetMet;
  return ClassFromRatio(made / needed);
}

ProgressClass ClassFromRatio(double ratio) {
  if (ratio >= kSignificantProgressRatio) return ProgressClass::kSignificant;
  if (ratio >= kModerateProgressRatio) return ProgressClass::kModerate;
  if (ratio >= 0.0) return ProgressClass::kInsufficient;
  return ProgressClass::kMovingAway;
}

std::optional<ScheduleCheck> CheckSchedule(double as_of_t, int baseline_year, int target_year,
                                           double baseline_value, double latest_value,
                                           double target_value) {
  const double distance = target_value - baseline_value;
  const double span = target_year - baseline_year;
  if (distance == 0 || span <= 0) return std::nullopt;
  // Years are annual values centred on t = Y; the plan clock runs from the end
  // of the baseline year (Y + 0.5) to the end of the target year.
  const double elapsed = (as_of_t - (baseline_year + 0.5)) / span;
  ScheduleCheck check;
  check.time_elapsed = std::clamp(elapsed, 0.0, 1.0);
  check.task_done = (latest_value - baseline_value) / distance;
  return check;
}

}  // namespace plancast
