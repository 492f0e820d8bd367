// Judging one indicator against its target, whatever the target's kind.
//
// The pipeline (engine/target_judge.cpp, read top to bottom):
//   describe the series -> target quantity (target_quantity.h) -> draws at the
//   due year: P(meet) -> paces (required, historical, for P50/P80), crossing
//   year, schedule -> progress class and status.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <vector>

#include "engine/assessment.h"
#include "engine/projection.h"
#include "engine/plan/types.h"

namespace plancast {

struct Verdict {
  IndicatorResult result;
  // Per draw: 1 when the target is met in that draw. Empty for milestones and
  // indicators that cannot be judged. Used for joint probabilities.
  std::vector<std::uint8_t> met_by_draw;
};

// The verdict on `indicator` (which belongs to `plan`) given its projection,
// as seen at `as_of`. Never throws for data problems: what cannot be judged is
// left at insufficient_data with the reason in result.warnings. The result
// points at `indicator`, which must outlive it.
Verdict JudgeIndicator(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                       const boost::gregorian::date& as_of);

}  // namespace plancast
