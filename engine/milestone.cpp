#include "engine/milestone.h"

#include "engine/plan/dates.h"

namespace plancast {

MilestoneCheck CheckMilestone(const Target& target, const boost::gregorian::date& as_of) {
  MilestoneCheck check;
  check.due = target.due ? *target.due : EndOfYear(target.year);
  check.days_left = static_cast<int>((check.due - as_of).days());
  if (target.done_on && *target.done_on <= as_of) {
    check.state = MilestoneState::kDone;
    check.done_on = target.done_on;
  } else if (check.days_left < 0) {
    check.state = MilestoneState::kOverdue;
  } else if (check.days_left <= kDueSoonDays) {
    check.state = MilestoneState::kDueSoon;
  } else {
    check.state = MilestoneState::kOnTime;
  }
  return check;
}

TargetStatus MilestoneStatus(MilestoneState state) {
  switch (state) {
    case MilestoneState::kDone: return TargetStatus::kAchieved;
    case MilestoneState::kOnTime: return TargetStatus::kOnTrack;
    case MilestoneState::kDueSoon: return TargetStatus::kAtRisk;
    case MilestoneState::kOverdue: return TargetStatus::kOffTrack;
  }
  return TargetStatus::kInsufficientData;
}

}  // namespace plancast
