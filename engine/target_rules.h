// The rules that turn a projection into a verdict on a target: p(meet),
// status, Eurostat progress class and the 时间过半/任务过半 schedule check.
// Each is a small pure function so tests can check it against hand-computed cases.
#pragma once

#include <optional>

#include "engine/assessment.h"
#include "models/forecaster.h"

namespace plancast {

// True iff `value` meets `target` in the indicator's direction (>= for
// increase, <= for decrease).
bool MeetsTarget(Direction direction, double value, double target);

// P(value in the target year meets the target) under `distribution`.
double ProbabilityOfMeeting(const StepDistribution& distribution, Direction direction, double target);

// P in whole percent, as every report shows it (DisplayProbability prints this
// number): 0.397 is 40. NaN counts as 0.
int ProbabilityPercent(double p);

// on_track when P >= thresholds.on_track, at_risk when P >= thresholds.at_risk,
// off_track below, with P taken as shown (ProbabilityPercent): a P printed as
// "40%" is never off track against a 0.40 cut-off. (achieved, no_target and
// insufficient_data are decided before.)
TargetStatus StatusFromProbability(double p, const StatusThresholds& thresholds);

// Eurostat's cut-offs on the ratio actual/required pace, the one place they live.
constexpr double kSignificantProgressRatio = 0.95;
constexpr double kModerateProgressRatio = 0.60;

// The class of a ratio actual/required pace: >= 0.95 significant, 0.6-0.95
// moderate, 0-0.6 insufficient, < 0 moving away.
ProgressClass ClassFromRatio(double ratio);

// Eurostat-style class from the ratio actual/required pace (ClassFromRatio).
// `required` is the pace still needed; when it asks for no change or a change
// against the indicator's direction, the target is already met.
ProgressClass ClassifyProgress(Direction direction, const Pace& actual, const Pace& required);

// Share of plan time elapsed at `as_of_t` (baseline year end -> target year
// end) against share of the baseline -> target distance covered by `latest`.
// nullopt when the target equals the baseline value (no distance to cover).
std::optional<ScheduleCheck> CheckSchedule(double as_of_t, int baseline_year, int target_year,
                                           double baseline_value, double latest_value,
                                           double target_value);

}  // namespace plancast
