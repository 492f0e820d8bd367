// Judging one indicator: a pipeline of named steps, in the order they run.
//
//   DescribeSeries   fitted values, series notes, basis breaks, warnings
//   (milestones and indicators without data leave here)
//   DescribeLatest   latest figure, staleness, baseline, historical pace
//   ProjectPath      the yearly chart path to the target year
//   MakeTargetQuantity (target_quantity.h): the target's quantity, draw by draw
//   JudgeDraws       P(meet), the projection summary, met-by-draw
//   LevelPaces / FlowSumPaces   pace needed, paces for P50/P80, crossing year, schedule
//   DecideStatus     achieved / status from P / progress class
#include "engine/target_judge.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/plan/dates.h"
#include "engine/milestone.h"
#include "engine/pace.h"
#include "engine/staleness.h"
#include "engine/target_quantity.h"
#include "engine/target_rules.h"

namespace plancast {
namespace {

ChartPoint ChartPointAt(const IndicatorProjection& projection, int year) {
  const std::vector<double> draws = projection.DrawsAt(year);
  return {static_cast<double>(year), DrawQuantile(draws, 0.5), DrawQuantile(draws, 0.10),
          DrawQuantile(draws, 0.90), DrawQuantile(draws, 0.025), DrawQuantile(draws, 0.975)};
}

// What the series is, before any target: fitted values aligned with the
// plan's history (charts pair them), notes, basis breaks and warnings.
void DescribeSeries(const Indicator& indicator, const IndicatorProjection& projection,
                    const boost::gregorian::date& as_of, IndicatorResult* r) {
  r->indicator = &indicator;
  r->model_description = projection.description;
  if (indicator.formula.empty()) {
    r->fitted.assign(indicator.history.size(), std::numeric_limits<double>::quiet_NaN());
    for (size_t i = 0; i < projection.history_index.size() && i < projection.fitted.size(); ++i) {
      r->fitted[projection.history_index[i]] = projection.fitted[i];
    }
  } else {
    r->fitted = projection.fitted;
    r->derived_series = projection.known;
  }
  r->series_notes = projection.notes;
  for (size_t i = 1; i < indicator.history.size(); ++i) {
    if (indicator.history[i].basis != indicator.history[i - 1].basis) r->basis_breaks.push_back(indicator.history[i].year);
  }
  if (projection.ignored_after_as_of > 0) {
    r->warnings.push_back(fmt::format("{} observation(s) after the as-of date {} were ignored",
                                      projection.ignored_after_as_of, FormatIsoDate(as_of)));
  }
  r->warnings.insert(r->warnings.end(), projection.warnings.begin(), projection.warnings.end());
  r->warnings.insert(r->warnings.end(), projection.notes.begin(), projection.notes.end());
}

void JudgeMilestone(const Target& target, const boost::gregorian::date& as_of, IndicatorResult* r) {
  r->milestone = CheckMilestone(target, as_of);
  r->days_left = r->milestone->days_left;
  r->status = MilestoneStatus(r->milestone->state);
  r->p_meet = r->milestone->state == MilestoneState::kDone ? std::optional<double>(1.0) : std::nullopt;
  r->progress_class =
      r->milestone->state == MilestoneState::kDone ? ProgressClass::kTargetMet : ProgressClass::kNotAssessable;
}

// No figure known at as-of: nothing to project, but a flow's cumulative
// target still tells the yearly amount it needs (the whole of it, spread evenly).
void JudgeWithoutData(const Plan& plan, const Indicator& indicator, const Target* target,
                      const boost::gregorian::date& as_of, IndicatorResult* r) {
  r->warnings.push_back("no observation known at the as-of date");
  if (target && target->kind == TargetKind::kCumulative && indicator.is_flow && target->year >= plan.period_start) {
    const int years = target->year - plan.period_start + 1;
    r->required_annual_change = Pace{target->value / years, PaceKind::kSlope, plan.period_start - 1, target->year};
    r->achieved_so_far = 0.0;
    r->days_left = static_cast<int>((EndOfYear(target->year) - as_of).days());
  }
}

// The latest figure and what it says on its own: staleness, the baseline
// value, the historical pace.
void DescribeLatest(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                    PaceKind kind, const boost::gregorian::date& as_of, IndicatorResult* r) {
  const Observation& latest = projection.known.back();
  const bool plain_year = latest.period.label == std::to_string(latest.year);
  r->latest = YearValue{latest.year, latest.value, plain_year ? "" : latest.period.label, latest.provisional};
  if (const auto stale = CheckStaleness(indicator, latest, as_of)) {
    r->stale = true;
    r->stale_since = FormatIsoDate(stale->expected_by);
    r->warnings.push_back(fmt::format("stale: the figure for {} was expected by {} and is still missing",
                                      stale->next_period, r->stale_since));
  }
  if (const auto base = projection.Observed(plan.baseline_year)) r->baseline = YearValue{plan.baseline_year, *base, "", false};
  r->historical_annual_change = HistoricalPace(plan, kind, projection.known);
}

// The chart path: the latest figure, then the yearly median and bands.
void ProjectPath(const IndicatorProjection& projection, int target_year, IndicatorResult* r) {
  const Observation& latest = projection.known.back();
  r->path.push_back({latest.t, latest.value, latest.value, latest.value, latest.value, latest.value});
  if (!projection.can_project) {
    r->warnings.push_back("too little history to project (needs at least two observations)");
    return;
  }
  for (int year = latest.year + 1; year <= target_year; ++year) r->path.push_back(ChartPointAt(projection, year));
}

// P(meet) and the summary of the quantity in the due year. Without a
// projection the draws are NaN: returns false and leaves P unset.
bool JudgeDraws(const TargetQuantity& q, const Target& target, bool can_project, Verdict* verdict) {
  IndicatorResult& r = verdict->result;
  const double p = DrawShare(q.draws, q.meets);
  if (std::isnan(p)) {
    if (can_project) r.warnings.push_back(fmt::format("no value can be projected for {}", target.year));
    return false;
  }
  r.p_meet = p;
  r.projection = ProjectionSummary{target.year,
                                   DrawQuantile(q.draws, 0.5),
                                   DrawQuantile(q.draws, 0.10),
                                   DrawQuantile(q.draws, 0.90),
                                   DrawQuantile(q.draws, 0.025),
                                   DrawQuantile(q.draws, 0.975)};
  verdict->met_by_draw.resize(kDraws);
  for (size_t d = 0; d < kDraws; ++d) verdict->met_by_draw[d] = q.meets(q.draws[d]) ? 1 : 0;
  return true;
}

// Targets with a level equivalent (level, rank, growth, stock increase): the
// pace from the latest figure to that level, the paces for P50/P80, the year
// it is first met (observed, else projected median), the schedule check.
// Returns whether the latest figure already meets it.
bool LevelPaces(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                const TargetQuantity& q, const Target& target, PaceKind kind,
                const boost::gregorian::date& as_of, IndicatorResult* r) {
  const Observation& latest = projection.known.back();
  const double level = *q.level_equivalent;
  // A provisional figure (a year-to-date total annualised) is not a result yet.
  const bool achieved = !latest.provisional && (target.kind == TargetKind::kRank
                                                    ? q.meets(latest.value)
                                                    : MeetsTarget(indicator.direction, latest.value, level));
  r->required_annual_change = PaceBetween(kind, latest.t, latest.value, target.year, level);
  const std::vector<double> level_draws = projection.DrawsAt(target.year);
  r->pace_for_p50 = PaceForProbability(0.5, indicator.direction, kind, latest, target.year, level, level_draws);
  r->pace_for_p80 = PaceForProbability(0.8, indicator.direction, kind, latest, target.year, level, level_draws);
  for (const Observation& o : projection.known) {
    if (MeetsTarget(indicator.direction, o.value, level)) {
      r->crossing_year = o.year;
      break;
    }
  }
  for (int year = latest.year + 1; !r->crossing_year && projection.paths.Covers(year); ++year) {
    if (MeetsTarget(indicator.direction, DrawQuantile(projection.DrawsAt(year), 0.5), level)) r->crossing_year = year;
  }
  if (r->baseline) {
    r->schedule = CheckSchedule(DateToYearFraction(as_of), plan.baseline_year, target.year, r->baseline->value,
                                latest.value, level);
  }
  return achieved;
}

// A flow's cumulative target, in yearly amounts: what is still needed per
// remaining year against the average of the recent years, and the share of
// the total done. Returns whether the amount done already meets it.
bool FlowSumPaces(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                  const TargetQuantity& q, const Target& target, const boost::gregorian::date& as_of,
                  IndicatorResult* r) {
  const Observation& latest = projection.known.back();
  const bool achieved =
      MeetsTarget(Direction::kIncrease, *q.done, target.value) && indicator.direction == Direction::kIncrease;
  const int remaining = target.year - latest.year;
  if (remaining > 0) {
    r->required_annual_change = Pace{(target.value - *q.done) / remaining, PaceKind::kSlope, latest.year, target.year};
  }
  double sum = 0;
  int count = 0;
  for (const Observation& o : projection.known) {
    if (o.year >= latest.year - (plan.period_end - plan.period_start)) sum += o.value, ++count;
  }
  if (count > 0) r->historical_annual_change = Pace{sum / count, PaceKind::kSlope, latest.year - count + 1, latest.year};
  const double span = target.year - plan.baseline_year;
  if (span > 0 && target.value != 0) {
    r->schedule = ScheduleCheck{std::clamp((DateToYearFraction(as_of) - (plan.baseline_year + 0.5)) / span, 0.0, 1.0),
                                *q.done / target.value};
  }
  return achieved;
}

// The status and progress class, from (in this order) the target year's own
// figure once known, an already-met target, P(meet), and the ratio of the
// historical to the required pace.
void DecideStatus(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                  const TargetQuantity& q, const Target& target, bool achieved, bool judged, IndicatorResult* r) {
  if (const auto at_target = projection.Observed(target.year);
      at_target && (target.kind == TargetKind::kLevel || target.kind == TargetKind::kRank)) {
    achieved = q.meets(*at_target);
    if (!achieved) {
      r->status = TargetStatus::kOffTrack;
      r->progress_class = ProgressClass::kNotAssessable;
      return;
    }
  }
  if (achieved) {
    r->status = TargetStatus::kAchieved;
    r->progress_class = ProgressClass::kTargetMet;
    return;
  }
  if (!judged) return;
  r->status = StatusFromProbability(*r->p_meet, plan.thresholds);
  if (!r->historical_annual_change || !r->required_annual_change) return;
  if (q.flow_sum) {  // yearly amounts: the ratio of the recent amount to the amount needed
    r->progress_class =
        ClassFromRatio(r->historical_annual_change->value / std::max(r->required_annual_change->value, 1e-12));
  } else {
    r->progress_class = ClassifyProgress(indicator.direction, *r->historical_annual_change, *r->required_annual_change);
  }
}

}  // namespace

Verdict JudgeIndicator(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                       const boost::gregorian::date& as_of) {
  Verdict verdict;
  IndicatorResult& r = verdict.result;
  DescribeSeries(indicator, projection, as_of, &r);
  const Target* target = indicator.target ? &*indicator.target : nullptr;
  if (target && target->kind == TargetKind::kMilestone) {
    JudgeMilestone(*target, as_of, &r);
    return verdict;
  }
  if (projection.known.empty()) {
    JudgeWithoutData(plan, indicator, target, as_of, &r);
    return verdict;
  }
  const PaceKind kind = ChoosePaceKind(indicator);
  DescribeLatest(plan, indicator, projection, kind, as_of, &r);
  ProjectPath(projection, target ? target->year : plan.period_end, &r);
  if (target == nullptr) {
    r.warnings.push_back("no target set: projected to the plan's end only");
    return verdict;
  }
  r.days_left = static_cast<int>((EndOfYear(target->year) - as_of).days());

  const std::optional<TargetQuantity> q = MakeTargetQuantity(plan, indicator, projection, *target, &r.warnings);
  if (!q) return verdict;
  r.achieved_so_far = q->done;
  const bool judged = JudgeDraws(*q, *target, projection.can_project, &verdict);
  bool achieved = false;
  if (q->level_equivalent) {
    achieved = LevelPaces(plan, indicator, projection, *q, *target, kind, as_of, &r);
  } else if (q->flow_sum) {
    achieved = FlowSumPaces(plan, indicator, projection, *q, *target, as_of, &r);
  }
  DecideStatus(plan, indicator, projection, *q, *target, achieved, judged, &r);
  return verdict;
}

}  // namespace plancast
