#include "engine/final_evaluation.h"

#include <algorithm>

#include "engine/plan/dates.h"

namespace plancast {
namespace {

bool FinalFigure(const IndicatorResult& r) {
  return r.reason.code == "final_figure_met" || r.reason.code == "final_figure_missed";
}

// Met, missed or no data, from the verdict: a final figure settles it; a
// cumulative total already reached (or a budget already overspent) is
// settled before the last year's figure.
FinalOutcome Outcome(const IndicatorResult& r, const Target& t) {
  if (t.kind == TargetKind::kMilestone) {
    if (!r.milestone) return FinalOutcome::kNoData;
    return r.milestone->state == MilestoneState::kDone ? FinalOutcome::kMet : FinalOutcome::kMissed;
  }
  if (FinalFigure(r) || (t.kind == TargetKind::kCumulative && (r.reason.code == "reached" || r.reason.code == "overspent"))) {
    return r.status == TargetStatus::kAchieved ? FinalOutcome::kMet : FinalOutcome::kMissed;
  }
  return FinalOutcome::kNoData;
}

// The actual quantity: a settled verdict's projection has every draw equal to it.
std::optional<double> Actual(const IndicatorResult& r, const Target& t) {
  if (t.kind == TargetKind::kCumulative && r.achieved_so_far) return r.achieved_so_far;
  if (r.projection) return r.projection->value;
  return std::nullopt;
}

void Completion(const IndicatorResult& r, const Target& t, FinalRow* row) {
  if (!row->actual || t.kind == TargetKind::kMilestone) return;
  const double actual = *row->actual;
  const bool level_like = t.kind == TargetKind::kLevel || t.kind == TargetKind::kRank;
  if (level_like && r.baseline && r.baseline->value != t.value) {
    row->completion = (actual - r.baseline->value) / (t.value - r.baseline->value);
    row->rule = CompletionRule::kProgressFromBase;
    return;
  }
  if (!(actual > 0) || !(t.value > 0)) return;  // a ratio of signed or zero figures says nothing
  if (r.indicator->direction == Direction::kIncrease) {
    row->completion = actual / t.value;
    row->rule = CompletionRule::kActualOverTarget;
  } else {
    row->completion = t.value / actual;
    row->rule = CompletionRule::kTargetOverActual;
  }
}

}  // namespace

bool AtOrAfterPlanEnd(const Assessment& a) {
  return !a.run.as_of.is_special() && a.plan && a.run.as_of >= EndOfYear(a.plan->period_end);
}

std::optional<FinalEvaluation> EvaluateAtPlanEnd(const Assessment& a) {
  if (!AtOrAfterPlanEnd(a)) return std::nullopt;
  FinalEvaluation e;
  e.plan_end = a.plan->period_end;
  for (const IndicatorResult& r : a.indicators) {
    const std::optional<Target>& t = r.indicator->target;
    if (!t || t->year > a.plan->period_end) continue;
    FinalRow row{&r, Outcome(r, *t), std::nullopt, std::nullopt, CompletionRule::kNone};
    if (row.outcome != FinalOutcome::kNoData) row.actual = Actual(r, *t);
    Completion(r, *t, &row);
    const int o = static_cast<int>(row.outcome);
    ++e.counts[o];
    if (r.indicator->binding) ++e.binding_counts[o];
    e.rows.push_back(row);
  }
  std::stable_sort(e.rows.begin(), e.rows.end(), [](const FinalRow& x, const FinalRow& y) {
    return x.result->indicator->binding && !y.result->indicator->binding;
  });
  return e;
}

const char* FinalOutcomeToString(FinalOutcome o) {
  switch (o) {
    case FinalOutcome::kMet: return "met";
    case FinalOutcome::kMissed: return "missed";
    case FinalOutcome::kNoData: return "no_data";
  }
  return "no_data";
}

const char* CompletionRuleToString(CompletionRule r) {
  switch (r) {
    case CompletionRule::kProgressFromBase: return "progress_from_base";
    case CompletionRule::kActualOverTarget: return "actual_over_target";
    case CompletionRule::kTargetOverActual: return "target_over_actual";
    case CompletionRule::kNone: return nullptr;
  }
  return nullptr;
}

}  // namespace plancast
