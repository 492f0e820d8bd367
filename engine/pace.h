// Yearly pace of an indicator: growth rate (%/yr) or slope (unit/yr).
#pragma once

#include <optional>
#include <vector>

#include "engine/assessment.h"
#include "engine/plan/types.h"

namespace plancast {

// The pace kind for `indicator`: its `pace:` if set; otherwise a slope for
// shares, percentages, indices and ranks (anything bounded above or measured
// in %), for targets at or below zero, and a growth rate for counts and amounts.
PaceKind ChoosePaceKind(const Indicator& indicator);

// Constant yearly pace that takes `from_value` in `from_year` to `to_value`
// in `to_year`. nullopt when the years do not advance, or a growth rate is
// asked between values that are not both positive.
std::optional<Pace> PaceBetween(PaceKind kind, double from_year, double from_value, double to_year,
                                double to_value);

// Value after applying `pace` for `years` years to `value`.
double ApplyPace(const Pace& pace, double value, double years);

// The figure the historical pace starts from. Once the plan has figures
// after its baseline year: the baseline year's (else the last before it, else
// the first), so adding a year never moves the start. Before that: the figure
// nearest to one plan length before the latest. nullptr with fewer than two.
const Observation* BaseObservation(const Plan& plan, const std::vector<Observation>& known);

// The pace from BaseObservation to the latest figure (Eurostat's "actual
// growth since the base year"). nullopt with fewer than two observations.
std::optional<Pace> HistoricalPace(const Plan& plan, PaceKind kind, const std::vector<Observation>& known);

// Constant pace from `latest` that makes P(meet) = p, assuming the
// projection's spread around its median (`level_draws`, the level in the
// target year) carries over to the new path.
std::optional<Pace> PaceForProbability(double p, Direction direction, PaceKind kind, const Observation& latest,
                                       int target_year, double level_equivalent,
                                       const std::vector<double>& level_draws);

}  // namespace plancast
