// Roll-up of indicator verdicts into goal statuses (method in docs/plan-format.md, "Roll-up").
//
// For each goal, over its children (sub-goals with their `weight`, indicators
// with their weight in this goal, default 1):
//   progress score  = sum(w * s) / sum(w), s = p(meet) of an indicator
//                     (1 when achieved) or the score of a sub-goal: the expected
//                     weighted share of targets met;
//   p(all binding)  = share of joint draws in which every binding numeric
//                     target in the subtree is met (derived indicators share
//                     their inputs' draws, so this is joint, not a product);
//   status          = achieved when every judged child is achieved; else the
//                     score read with the plan's thresholds; then a veto: no
//                     goal is better than its worst binding indicator.
// The plan itself is rolled up the same way over its top-level goals and the
// indicators attached to no goal.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/assessment.h"
#include "engine/plan/types.h"

namespace plancast {

// REQUIRES: `results` and `met_by_draw` are in plan.indicators order.
// Fills `goals` (plan order) and `overall`.
void RollUpGoals(const Plan& plan, const std::vector<IndicatorResult>& results,
                 const std::vector<std::vector<std::uint8_t>>& met_by_draw, std::vector<GoalResult>* goals,
                 GoalResult* overall);

}  // namespace plancast
