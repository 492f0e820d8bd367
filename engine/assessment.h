// The outcome of a forecast run: per indicator, where it is heading and how it
// stands against its target; per goal, a roll-up. Reports read only this.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/plan/types.h"
#include "engine/warning.h"
#include "models/forecast_method.h"

namespace plancast {

// kNoTarget: `target: none`, tracked and projected but not judged; it is no
// verdict and stays out of every count of judged targets.
enum class TargetStatus { kAchieved, kOnTrack, kAtRisk, kOffTrack, kNoTarget, kInsufficientData };
// How many statuses there are: the size of every array indexed by TargetStatus.
// kInsufficientData must stay the last enumerator (checked below).
constexpr int kTargetStatusCount = static_cast<int>(TargetStatus::kInsufficientData) + 1;
// Every status, in enum order, for loops over all of them.
constexpr std::array<TargetStatus, kTargetStatusCount> kAllTargetStatuses = {
    TargetStatus::kAchieved, TargetStatus::kOnTrack, TargetStatus::kAtRisk, TargetStatus::kOffTrack,
    TargetStatus::kNoTarget, TargetStatus::kInsufficientData};
constexpr bool TargetStatusesInEnumOrder() {
  for (int i = 0; i < kTargetStatusCount; ++i)
    if (static_cast<int>(kAllTargetStatuses[i]) != i) return false;
  return true;
}
static_assert(TargetStatusesInEnumOrder() && kAllTargetStatuses.back() == TargetStatus::kInsufficientData,
              "a new TargetStatus goes before kInsufficientData and into kAllTargetStatuses");

// A status that is a verdict on a target (neither insufficient_data nor no_target).
constexpr bool IsVerdict(TargetStatus s) {
  return s != TargetStatus::kInsufficientData && s != TargetStatus::kNoTarget;
}

// Eurostat's classes, from the ratio of actual to required pace.
enum class ProgressClass {
  kTargetMet,       // target already reached
  kSignificant,     // ratio >= 95%
  kModerate,        // 60% <= ratio < 95%
  kInsufficient,    // 0 <= ratio < 60%
  kMovingAway,      // ratio < 0
  kNotAssessable,   // too little data, or no target
};

struct Pace {
  double value = 0.0;  // %/yr for growth rates, unit/yr for slopes
  PaceKind kind = PaceKind::kSlope;
  int from_year = 0;   // years the pace spans (reports say "the 2015-2020 pace"); 0 when unknown
  int to_year = 0;
};

struct YearValue {
  int year = 0;
  double value = 0.0;
  std::string period;        // the history key when not a plain year, e.g. "2021-Q3"
  bool provisional = false;  // e.g. a year-to-date value annualised before the year is over
};

struct ProjectionSummary {
  int year = 0;
  double value = 0.0;  // median
  double lo80 = 0.0, hi80 = 0.0, lo95 = 0.0, hi95 = 0.0;
};

// 时间过半/任务过半: share of plan time elapsed vs share of the distance from
// the baseline value to the target already covered.
struct ScheduleCheck {
  double time_elapsed = 0.0;  // 0..1
  double task_done = 0.0;     // may be < 0 (moved away) or > 1 (beyond target)
};

// One point of a chart series; lo/hi are NaN where not applicable.
struct ChartPoint {
  double t = 0.0;
  double value = 0.0;
  double lo80 = 0.0, hi80 = 0.0, lo95 = 0.0, hi95 = 0.0;
};

// A milestone's standing at as-of (issue 5 vocabulary).
enum class MilestoneState { kDone, kOnTime, kDueSoon, kOverdue };

struct MilestoneCheck {
  MilestoneState state = MilestoneState::kOnTime;
  boost::gregorian::date due;
  std::optional<boost::gregorian::date> done_on;
  int days_left = 0;  // due - as_of in days; negative when overdue
};

// The same indicator under the baseline trend, shown next to a scenario.
struct BaselineComparison {
  std::optional<ProjectionSummary> projection;
  std::optional<double> p_meet;
  TargetStatus status = TargetStatus::kInsufficientData;
};

// Why a verdict is what it is: a code (docs/reports.md lists them) and the
// figures it rests on, so reports can say it in words and tools can check it.
struct VerdictReason {
  std::string code;  // e.g. "on_pace", "pace_too_slow", "projected_slower_than_history"; empty: not judged
  int history_points = 0;  // figures the projection rests on
  int history_years = 0;   // years they span, first to latest
  // The largest one-year relative change in the history (e.g. 0.317 for +31.7%),
  // told when the projection is slower than the history: such jumps rarely repeat.
  std::optional<double> largest_jump;
  std::optional<int> largest_jump_year;
};

// One year of a target's annual path (年度分解, `annual:`), in the target's
// quantity: the year's target, its actual figure when known, and the
// projection's median when not.
enum class AnnualState { kAhead, kBehind, kPending };  // met or beaten / short / no figure yet

struct AnnualStep {
  int year = 0;
  double target = 0.0;
  std::optional<double> actual;
  std::optional<double> projected;  // median, for years without a figure
  std::optional<double> gap;        // actual - target (raw; the direction decides ahead or behind)
  AnnualState state = AnnualState::kPending;
};

// The verdict on one of an indicator's targets (`targets:`), judged on its own
// by the same pipeline as the plan-period target, whose fields it repeats.
struct TargetResult {
  const Target* target = nullptr;  // owned by the Plan, which outlives the result
  bool plan_period = false;        // the indicator's plan-period target (IndicatorResult's own fields)
  bool long_range = false;         // due after the plan's end: a long-range goal (远景目标)
  std::optional<ProjectionSummary> projection;
  std::optional<double> p_meet;
  std::optional<Pace> required_annual_change;
  std::optional<Pace> projected_annual_change;
  std::optional<Pace> pace_for_p50;
  std::optional<Pace> pace_for_p80;
  std::optional<double> achieved_so_far;
  std::optional<int> crossing_year;
  std::optional<int> days_left;
  std::optional<MilestoneCheck> milestone;
  ProgressClass progress_class = ProgressClass::kNotAssessable;
  TargetStatus status = TargetStatus::kInsufficientData;
  VerdictReason reason;
};

struct IndicatorResult {
  const Indicator* indicator = nullptr;  // owned by the Plan, which outlives the result
  std::optional<YearValue> latest;
  std::optional<YearValue> baseline;      // value in the plan's baseline year, if known
  std::optional<ProjectionSummary> projection;
  std::optional<double> p_meet;
  std::optional<Pace> required_annual_change;    // from latest to target
  std::optional<Pace> historical_annual_change;  // from baseline (or first) to latest
  std::optional<int> crossing_year;
  std::optional<ScheduleCheck> schedule;
  ProgressClass progress_class = ProgressClass::kNotAssessable;
  TargetStatus status = TargetStatus::kInsufficientData;
  ForecastMethod model = ForecastMethod::kDefault;  // method requested (a fallback says so in warnings)
  std::string model_description;  // models and weights, for people
  std::vector<double> fitted;     // in-sample fit aligned with indicator->history
  std::vector<ChartPoint> path;   // yearly projection from the latest year to the target year
  std::vector<Warning> warnings;  // codes with arguments; reports/warning_text.h says them

  // Target kinds beyond `level`: the projection and p_meet are about the
  // target's own quantity (a cumulative sum, an average growth rate in %).
  std::optional<double> achieved_so_far;  // cumulative: amount already done; growth: growth so far, %/yr
  // Inverse question: constant pace from the latest value that gives a 50% /
  // 80% chance of meeting the target (same kind as required_annual_change).
  std::optional<Pace> pace_for_p50;
  std::optional<Pace> pace_for_p80;
  // The pace of the projection's median, from the latest figure to the due
  // year (same kind as required_annual_change): what the forecast expects.
  std::optional<Pace> projected_annual_change;
  // P(meet) if the historical pace simply continued, with the projection's spread.
  std::optional<double> p_meet_at_historical_pace;
  VerdictReason reason;
  std::optional<MilestoneCheck> milestone;
  std::optional<int> days_left;  // as-of to the target's due date (end of target year by default)
  std::vector<std::string> derived_from;  // input ids of a derived indicator
  std::optional<BaselineComparison> baseline_trend;  // set when a scenario is active
  std::vector<std::string> scenario_assumptions;    // human-readable overrides applied to this indicator
  // The latest figure is older than it should be at as-of (the next one is
  // overdue given the publication lag); the message is also in `warnings`.
  bool stale = false;
  std::string stale_since;  // YYYY-MM-DD the missing figure was expected by
  // Observations as the run used them for derived indicators (computed from
  // their inputs); empty for measured ones, whose history is in the plan.
  std::vector<Observation> derived_series;
  std::vector<Warning> series_notes;  // series breaks and annualised partial years (also in `warnings`)
  std::vector<int> basis_breaks;          // years whose value starts a new statistical basis
  // Every target of the indicator in file order (the plan-period one among
  // them); empty when it has none.
  std::vector<TargetResult> targets;
  // The plan-period target's annual path; empty without `annual:`.
  std::vector<AnnualStep> annual;
};

struct GoalResult {
  const Goal* goal = nullptr;
  TargetStatus status = TargetStatus::kInsufficientData;
  // Weighted mean of the children's p(meet) (sub-goals by their own score):
  // the expected weighted share of targets met. NaN-free: nullopt when no
  // child has a probability.
  std::optional<double> progress_score;
  // P(every binding target in the subtree is met), from joint draws;
  // nullopt when the subtree has no binding numeric target.
  std::optional<double> p_all_binding;
  std::string status_reason;  // English, for tools, e.g. "held at off_track by binding indicator rd_share (...)"
  std::string held_by;        // id of the binding indicator whose veto set the status; empty when none
  std::optional<TargetStatus> baseline_status;   // set when a scenario is active
  std::optional<double> baseline_progress_score;
  std::vector<std::string> indicator_ids;  // indicators attached directly
  std::vector<std::string> child_ids;      // sub-goals
  int counts[kTargetStatusCount] = {};     // indicators below this goal, by TargetStatus
};

struct RunInfo {
  boost::gregorian::date as_of;
  std::uint64_t seed = 0;
  std::string version;  // plancast version, for the record
  std::vector<Warning> notes;  // e.g. 2 observations after as-of were ignored (codes kRun*)
};

struct Assessment {
  // The plan as seen at as-of: observations whose period ends after as-of are
  // removed, so no report can show what was not known yet. `plan` points here.
  std::shared_ptr<const Plan> visible_plan;
  const Plan* plan = nullptr;
  RunInfo run;
  const Scenario* scenario = nullptr;  // nullptr: the baseline trend
  GoalResult overall;                  // the whole plan rolled up (goal == nullptr)
  std::vector<IndicatorResult> indicators;  // in plan order
  std::vector<GoalResult> goals;            // in plan order (parents first)
};

// Enum <-> string pairs; these strings are part of report.json's contract.
const char* TargetStatusToString(TargetStatus s);
const char* ProgressClassToString(ProgressClass c);
const char* PaceKindToString(PaceKind k);
const char* DirectionToString(Direction d);
const char* TargetKindToString(TargetKind k);
const char* MilestoneStateToString(MilestoneState s);
const char* AnnualStateToString(AnnualState s);

// Sort key: lower means more at risk (off_track first, achieved last, no_target after it).
int RiskRank(TargetStatus s);

}  // namespace plancast
