// Milestones: qualitative targets that are done or not by a due date.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "engine/assessment.h"
#include "engine/plan/types.h"

namespace plancast {

// Days before the due date from which an open milestone counts as due soon.
constexpr int kDueSoonDays = 90;

// The milestone's state at `as_of`: done (completed on or before as_of),
// overdue (open after its due date), due soon (open, due within
// kDueSoonDays), else on time. The due date defaults to the end of the
// target year. A completion date after as_of is not yet known: still open.
MilestoneCheck CheckMilestone(const Target& target, const boost::gregorian::date& as_of);

// done -> achieved, on time -> on_track, due soon -> at_risk, overdue -> off_track.
TargetStatus MilestoneStatus(MilestoneState state);

}  // namespace plancast
