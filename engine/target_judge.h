// Judging one indicator against its target, whatever the target's kind.
//
// Every numeric kind is reduced to the same shape: draws of the target's own
// quantity in the target year (the level, a rank, a cumulative sum, an average
// growth rate), a rule saying whether a value meets the target, and, where one
// exists, the level in the target year that is equivalent to meeting it (used
// for paces, the crossing year and the schedule check).
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

Verdict JudgeIndicator(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                       const boost::gregorian::date& as_of);

}  // namespace plancast
