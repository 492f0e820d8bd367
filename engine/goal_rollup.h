// Roll-up of indicator verdicts into goal statuses.
#pragma once

#include <vector>

#include "engine/assessment.h"
#include "engine/types.h"

namespace plancast {

// One GoalResult per plan goal, in plan order. A goal's status is the worst
// verdict (off_track < at_risk < on_track < achieved) among the indicators in
// its subtree that have one; insufficient_data when none has. Binding
// indicators and non-binding ones count alike here.
// REQUIRES: `results` are in plan.indicators order.
std::vector<GoalResult> RollUpGoals(const Plan& plan, const std::vector<IndicatorResult>& results);

}  // namespace plancast
