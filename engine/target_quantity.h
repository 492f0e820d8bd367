// Step 1 of judging (engine/target_judge.cpp): the target's own quantity in
// its due year, draw by draw, whatever the target's kind.
//
// Every numeric kind is reduced to the same shape: draws of the quantity the
// target is about (the level, a rank, a cumulative sum, an average growth
// rate), a rule saying whether a value meets the target, and, where one
// exists, the level in the target year that is equivalent to meeting it (used
// for paces, the crossing year and the schedule check).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/projection.h"
#include "engine/plan/types.h"
#include "engine/warning.h"

namespace plancast {

struct TargetQuantity {
  std::vector<double> draws;               // kDraws values; NaN where nothing can be projected
  std::function<bool(double)> meets;       // does a value of the quantity meet the target?
  std::optional<double> level_equivalent;  // level in the target year that meets the target
  std::optional<double> done;              // achieved so far (cumulative / growth kinds)
  bool flow_sum = false;                   // cumulative sum of a flow: paces are yearly amounts
  // A range or "about" target (Target::band): the edge paces aim at, the one
  // nearer the quantity now (the latest figure, or growth so far).
  std::optional<double> nearer_edge;
};

// The reporting precision of the indicator's history: the largest step 1,
// 0.1, ..., 1e-6 on which every figure lies (3.09 -> 0.01, 297 -> 1); 0 when
// finer or unknown. A projected level is compared with a level target as it
// would be published, rounded to this step.
double ReportingStep(const Indicator& indicator);

// The quantity of a numeric `target` (not a milestone) of `indicator`. A
// range or "about" target is met inside its band; its level equivalent is the
// nearer edge's, so the pace needed is the pace toward that edge.
// REQUIRES: projection.known is not empty; target.kind != kMilestone.
// nullopt (with the reason appended to `warnings`) when the history lacks what
// the kind needs: a baseline-year value for growth and stock increases, every
// past year for a flow's sum.
std::optional<TargetQuantity> MakeTargetQuantity(const Plan& plan, const Indicator& indicator,
                                                 const IndicatorProjection& projection, const Target& target,
                                                 std::vector<Warning>* warnings);

}  // namespace plancast
