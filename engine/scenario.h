// Scenarios: alternative assumptions that replace an indicator's trend.
#pragma once

#include <string>

#include "engine/projection.h"
#include "engine/plan/types.h"

namespace plancast {

// Replaces the trend of `projection` from override.from_year on by a constant
// pace from the value the year before (observed, or the trend's median). The
// trend's spread around its median is kept around the new path (relative for
// growth rates, absolute for slopes), so a scenario changes the centre, not
// the honesty of the interval. Values stay within `indicator.bounds`.
// Returns a one-line description of what was assumed, for the report.
std::string ApplyScenarioOverride(const ScenarioOverride& assumption, const Indicator& indicator,
                                  int horizon_end_year, IndicatorProjection* projection);

// Finds a scenario by name; nullptr when the plan has none by that name.
const Scenario* FindScenario(const Plan& plan, const std::string& name);

}  // namespace plancast
