// String forms of the assessment enums. These strings are part of the
// report.json / report.csv contract: extend, never rename.
#include "engine/assessment.h"

namespace plancast {

const char* TargetStatusToString(TargetStatus s) {
  switch (s) {
    case TargetStatus::kAchieved: return "achieved";
    case TargetStatus::kOnTrack: return "on_track";
    case TargetStatus::kAtRisk: return "at_risk";
    case TargetStatus::kOffTrack: return "off_track";
    case TargetStatus::kNoTarget: return "no_target";
    case TargetStatus::kInsufficientData: return "insufficient_data";
  }
  return "insufficient_data";
}

const char* ProgressClassToString(ProgressClass c) {
  switch (c) {
    case ProgressClass::kTargetMet: return "target_met";
    case ProgressClass::kSignificant: return "significant_progress";
    case ProgressClass::kModerate: return "moderate_progress";
    case ProgressClass::kInsufficient: return "insufficient_progress";
    case ProgressClass::kMovingAway: return "moving_away";
    case ProgressClass::kNotAssessable: return "not_assessable";
  }
  return "not_assessable";
}

const char* PaceKindToString(PaceKind k) {
  return k == PaceKind::kGrowthRate ? "growth_rate" : "slope";
}

const char* DirectionToString(Direction d) {
  return d == Direction::kIncrease ? "increase" : "decrease";
}

const char* TargetKindToString(TargetKind k) {
  switch (k) {
    case TargetKind::kLevel: return "level";
    case TargetKind::kCumulative: return "cumulative";
    case TargetKind::kGrowth: return "growth";
    case TargetKind::kRank: return "rank";
    case TargetKind::kMilestone: return "milestone";
  }
  return "level";
}

const char* MilestoneStateToString(MilestoneState s) {
  switch (s) {
    case MilestoneState::kDone: return "done";
    case MilestoneState::kOnTime: return "on_time";
    case MilestoneState::kDueSoon: return "due_soon";
    case MilestoneState::kOverdue: return "overdue";
  }
  return "on_time";
}

int RiskRank(TargetStatus s) {
  switch (s) {
    case TargetStatus::kOffTrack: return 0;
    case TargetStatus::kAtRisk: return 1;
    case TargetStatus::kInsufficientData: return 2;
    case TargetStatus::kOnTrack: return 3;
    case TargetStatus::kAchieved: return 4;
    case TargetStatus::kNoTarget: return 5;  // nothing to meet: after every target
  }
  return 2;
}

const char* AnnualStateToString(AnnualState s) {
  switch (s) {
    case AnnualState::kAhead: return "ahead";
    case AnnualState::kBehind: return "behind";
    case AnnualState::kPending: break;
  }
  return "pending";
}

}  // namespace plancast
