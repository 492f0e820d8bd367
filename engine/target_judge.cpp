// Judging one indicator: a pipeline of named steps, in the order they run.
//
//   DescribeSeries   fitted values, series notes, basis breaks, warnings
//   (milestones and indicators without data leave here)
//   DescribeLatest   latest figure, staleness, baseline, historical pace
//   ProjectPath      the yearly chart path to the target year
//   MakeTargetQuantity (target_quantity.h): the target's quantity, draw by draw
//   JudgeDraws       P(meet), the projection summary, met-by-draw
//   LevelPaces / FlowSumPaces   pace needed, paces for P50/P80, crossing year, schedule
//   OutlookAtHistoricalPace     the projected pace, P if the historical pace continued
//   DecideStatus     final figure / reached early / status from P / progress class
//   ExplainVerdict   the reason: a code and the figures behind it
//
// Coherence rules (docs/assessment.md, tests/engine/verdict_coherence_test.cpp):
// `achieved` and the class `target_met` go together; a ceiling already kept at
// the baseline (a cap to hold, e.g. "growth <= 2%/yr") is never achieved
// before its due year; nor is a target the projection says will slip back (P < 0.5).
#include "engine/target_judge.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/annual_path.h"
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
    r->warnings.push_back(Warning{WarningCode::kIgnoredAfterAsOf,
                                  {NumberArg("count", projection.ignored_after_as_of,
                                             std::to_string(projection.ignored_after_as_of)),
                                   TextArg("as_of", FormatIsoDate(as_of))}});
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
  r->warnings.push_back(Warning{WarningCode::kNoObservation, {}});
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
    r->warnings.push_back(Warning{WarningCode::kStale,
                                  {TextArg("period", stale->next_period), TextArg("expected_by", r->stale_since)}});
  }
  if (const auto base = projection.Observed(plan.baseline_year)) r->baseline = YearValue{plan.baseline_year, *base, "", false};
  r->historical_annual_change = HistoricalPace(plan, kind, projection.known);
}

// The chart path: the latest figure, then the yearly median and bands.
void ProjectPath(const IndicatorProjection& projection, int target_year, IndicatorResult* r) {
  const Observation& latest = projection.known.back();
  r->path.push_back({latest.t, latest.value, latest.value, latest.value, latest.value, latest.value});
  if (!projection.can_project) {
    r->warnings.push_back(Warning{WarningCode::kTooLittleHistory, {}});
    return;
  }
  for (int year = latest.year + 1; year <= target_year; ++year) r->path.push_back(ChartPointAt(projection, year));
}

// A tracked indicator's projection is the chart path's last year (the plan's
// end): what the report tells about it, with no P.
void SummarisePathEnd(int year, IndicatorResult* r) {
  if (r->path.size() < 2) return;  // nothing projected
  const ChartPoint& end = r->path.back();
  r->projection = ProjectionSummary{year, end.value, end.lo80, end.hi80, end.lo95, end.hi95};
}

// P(meet) and the summary of the quantity in the due year. Without a
// projection the draws are NaN: returns false and leaves P unset.
bool JudgeDraws(const TargetQuantity& q, const Target& target, bool can_project, Verdict* verdict) {
  IndicatorResult& r = verdict->result;
  const double p = DrawShare(q.draws, q.meets);
  if (std::isnan(p)) {
    if (can_project)
      r.warnings.push_back(Warning{WarningCode::kNoProjection, {NumberArg("year", target.year, std::to_string(target.year))}});
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

// The way to the level a target asks for: the indicator's direction, except
// for a range, whose nearer edge may lie either way of the latest figure.
Direction TowardLevel(const Indicator& indicator, const TargetQuantity& q, double latest) {
  if (!q.nearer_edge) return indicator.direction;
  return latest <= *q.level_equivalent ? Direction::kIncrease : Direction::kDecrease;
}

// Targets with a level equivalent (level, rank, growth, stock increase): the
// pace from the latest figure to that level, the paces for P50/P80, the year
// it is first crossed (observed, else projected median; none when it was met
// from the start), the schedule check (none when the baseline already met it).
// Returns whether the latest figure meets it now.
bool LevelPaces(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                const TargetQuantity& q, const Target& target, PaceKind kind,
                const boost::gregorian::date& as_of, IndicatorResult* r) {
  const Observation& latest = projection.known.back();
  const double level = *q.level_equivalent;
  const Direction toward = TowardLevel(indicator, q, latest.value);
  const bool own_quantity = target.kind == TargetKind::kRank || target.kind == TargetKind::kLevel;
  const auto meets_level = [&](double v) { return own_quantity ? q.meets(v) : MeetsTarget(toward, v, level); };
  // A provisional figure (a year-to-date total annualised) is not a result yet.
  const bool met_now = !latest.provisional && meets_level(latest.value);
  r->required_annual_change = PaceBetween(kind, latest.t, latest.value, target.year, level);
  const std::vector<double> level_draws = projection.DrawsAt(target.year);
  r->pace_for_p50 = PaceForProbability(0.5, toward, kind, latest, target.year, level, level_draws);
  r->pace_for_p80 = PaceForProbability(0.8, toward, kind, latest, target.year, level, level_draws);
  bool unmet_before = false;
  for (const Observation& o : projection.known) {
    if (!meets_level(o.value)) {
      unmet_before = true;
    } else if (unmet_before) {
      r->crossing_year = o.year;
      break;
    }
  }
  for (int year = latest.year + 1; !r->crossing_year && !meets_level(latest.value) && projection.paths.Covers(year);
       ++year) {
    if (meets_level(DrawQuantile(projection.DrawsAt(year), 0.5))) r->crossing_year = year;
  }
  if (r->baseline && !meets_level(r->baseline->value)) {
    r->schedule = CheckSchedule(DateToYearFraction(as_of), plan.baseline_year, target.year, r->baseline->value,
                                latest.value, level);
  }
  return met_now;
}

// A flow's cumulative target, in yearly amounts: what is still needed (or,
// for a budget with `direction: decrease`, still allowed) per remaining year
// against the average of the recent years, and the share of the total done.
// Returns whether the amount done already settles it: reached for an
// increase, overspent (a final miss) for a budget.
bool FlowSumPaces(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                  const TargetQuantity& q, const Target& target, const boost::gregorian::date& as_of,
                  IndicatorResult* r) {
  const Observation& latest = projection.known.back();
  const bool settled = indicator.direction == Direction::kIncrease ? *q.done >= target.value : *q.done > target.value;
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
  return settled;
}

// The projected pace (the median's, latest -> due year) and P(meet) if the
// historical pace continued instead, keeping the projection's spread: the
// draws are moved (growth: scaled) so that their median follows that pace.
void OutlookAtHistoricalPace(const Indicator& indicator, const IndicatorProjection& projection,
                             const TargetQuantity& q, const Target& target, PaceKind kind, IndicatorResult* r) {
  const Observation& latest = projection.known.back();
  if (!r->p_meet || !r->historical_annual_change || !(target.year > latest.t)) return;
  const Pace& history = *r->historical_annual_change;
  if (q.flow_sum) {
    const double median = DrawQuantile(q.draws, 0.5);
    const int years_left = target.year - latest.year;
    const double shift = *q.done + history.value * years_left - median;
    r->projected_annual_change = Pace{(median - *q.done) / std::max(years_left, 1), PaceKind::kSlope, latest.year,
                                      target.year};
    r->p_meet_at_historical_pace = DrawShare(q.draws, [&](double v) { return q.meets(v + shift); });
    return;
  }
  if (!q.level_equivalent) return;
  const std::vector<double> level_draws = projection.DrawsAt(target.year);
  const double median = DrawQuantile(level_draws, 0.5);
  r->projected_annual_change = PaceBetween(kind, latest.t, latest.value, target.year, median);
  const double at_history = ApplyPace(history, latest.value, target.year - latest.t);
  const bool scale = kind == PaceKind::kGrowthRate && median > 0;
  const bool own_quantity = target.kind == TargetKind::kRank || target.kind == TargetKind::kLevel;
  const Direction toward = TowardLevel(indicator, q, latest.value);
  const auto meets_level = [&](double v) {
    return own_quantity ? q.meets(v) : MeetsTarget(toward, v, *q.level_equivalent);
  };
  r->p_meet_at_historical_pace = DrawShare(level_draws, [&](double v) {
    return meets_level(scale ? v * at_history / median : v + at_history - median);
  });
}

// The status and progress class, from (in this order) the final figure once
// known, a settled amount (a reached total, an overspent budget), a target
// reached before its due year, and P(meet). The class is Eurostat's, as
// published: the actual pace since the base year against the pace the target
// needed from the base year (ratio >= 0.95 significant, ...).
void DecideStatus(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                  const TargetQuantity& q, const Target& target, PaceKind kind, bool met_now, bool judged,
                  IndicatorResult* r) {
  const auto settle = [&](bool met) {
    r->status = met ? TargetStatus::kAchieved : TargetStatus::kOffTrack;
    r->progress_class = met ? ProgressClass::kTargetMet : ProgressClass::kNotAssessable;
  };
  const Observation& latest = projection.known.back();
  const bool final_known = latest.year >= target.year && !latest.provisional && projection.Observed(target.year);
  if (final_known) return settle(q.flow_sum ? q.meets(*q.done) : q.meets(q.draws.front()));
  if (q.flow_sum && met_now) return settle(indicator.direction == Direction::kIncrease);
  // A ceiling already kept at the baseline (a cap: "growth <= 2%/yr", "keep
  // below 5%") is a task of holding it to the due year, never done early; a
  // floor already passed is achieved.
  const bool cap_held = indicator.direction == Direction::kDecrease && r->baseline && q.level_equivalent &&
                        MeetsTarget(indicator.direction, r->baseline->value, *q.level_equivalent);
  // A range or "about" target is kept, not reached: only the final figure settles it.
  const bool had_to_reach = !cap_held && !target.band;
  if (met_now && had_to_reach && (!judged || ProbabilityPercent(*r->p_meet) >= 50)) return settle(true);  // P as shown
  if (!judged) return;
  r->status = StatusFromProbability(*r->p_meet, plan.thresholds);
  if (!r->historical_annual_change) return;
  if (q.flow_sum) {  // yearly amounts: recent amount against the amount needed (a budget: allowed against spent)
    if (!r->required_annual_change) return;
    const double needed = r->required_annual_change->value, made = r->historical_annual_change->value;
    r->progress_class = indicator.direction == Direction::kIncrease
                            ? ClassFromRatio(made / std::max(needed, 1e-12))
                            : (needed < 0 ? ProgressClass::kMovingAway : ClassFromRatio(needed / std::max(made, 1e-12)));
    return;
  }
  const Observation* base = BaseObservation(plan, projection.known);
  const std::optional<Pace> needed_from_base =
      base && q.level_equivalent ? PaceBetween(kind, base->t, base->value, target.year, *q.level_equivalent)
                                 : std::nullopt;
  if (!needed_from_base) return;
  const double sign = indicator.direction == Direction::kIncrease ? 1.0 : -1.0;
  if (sign * needed_from_base->value <= 0) {  // met at the base: holding it is the task
    r->progress_class = met_now ? ProgressClass::kSignificant : ProgressClass::kMovingAway;
    return;
  }
  r->progress_class = ClassifyProgress(indicator.direction, *r->historical_annual_change, *needed_from_base);
}

// The largest one-year relative change in the series and its year.
void LargestJump(const std::vector<Observation>& known, VerdictReason* reason) {
  for (size_t i = 1; i < known.size(); ++i) {
    const Observation& a = known[i - 1];
    const Observation& b = known[i];
    if (b.year != a.year + 1 || !(a.value > 0)) continue;
    const double jump = b.value / a.value - 1.0;
    if (!reason->largest_jump || std::fabs(jump) > std::fabs(*reason->largest_jump)) {
      reason->largest_jump = jump;
      reason->largest_jump_year = b.year;
    }
  }
}

// The verdict's reason, from the figures already set: the code says which of
// the final figure, P and the historical, projected and required paces
// decided it (codes in docs/reports.md).
void ExplainVerdict(const Indicator& indicator, const IndicatorProjection& projection, const Target& target,
                    bool met_now, IndicatorResult* r) {
  VerdictReason& reason = r->reason;
  reason.history_points = static_cast<int>(projection.known.size());
  if (!projection.known.empty()) reason.history_years = projection.known.back().year - projection.known.front().year;
  const double sign = indicator.direction == Direction::kIncrease ? 1.0 : -1.0;
  const auto good = [&](const std::optional<Pace>& p) { return p ? std::optional<double>(sign * p->value) : std::nullopt; };
  const auto needed = good(r->required_annual_change), made = good(r->historical_annual_change),
             projected = good(r->projected_annual_change);
  const bool final_year = r->latest && r->latest->year >= target.year && !r->latest->provisional;
  if (r->status == TargetStatus::kAchieved) {
    reason.code = final_year ? "final_figure_met" : "reached";
  } else if (r->status == TargetStatus::kOffTrack && r->progress_class == ProgressClass::kNotAssessable &&
             (final_year || met_now)) {
    reason.code = final_year ? "final_figure_missed" : "overspent";
  } else if (!r->p_meet) {
    reason.code = projection.known.empty() ? "no_data" : !projection.can_project ? "one_figure" : "not_judged";
  } else if (met_now && r->status != TargetStatus::kOnTrack) {
    reason.code = "met_now_may_slip";
  } else if (made && *made < 0 && needed && *needed > 0) {
    reason.code = "moving_away";
  } else if (made && needed && projected && *made >= *needed && *projected < *needed) {
    reason.code = "projected_slower_than_history";
    LargestJump(projection.known, &reason);
  } else if (made && needed && projected && *made < *needed && *projected >= *needed) {
    reason.code = "projected_faster_than_history";
  } else if (r->status == TargetStatus::kOnTrack) {
    reason.code = "on_pace";
  } else {
    reason.code = r->status == TargetStatus::kAtRisk ? "uncertain" : "pace_too_slow";
  }
}

}  // namespace

namespace {

// The whole pipeline against `target` (nullptr: none).
Verdict JudgeAgainst(const Plan& plan, const Indicator& indicator, const Target* target,
                     const IndicatorProjection& projection, const boost::gregorian::date& as_of) {
  Verdict verdict;
  IndicatorResult& r = verdict.result;
  DescribeSeries(indicator, projection, as_of, &r);
  if (target && target->kind == TargetKind::kMilestone) {
    JudgeMilestone(*target, as_of, &r);
    return verdict;
  }
  if (target == nullptr) r.status = TargetStatus::kNoTarget;  // tracked only, with or without data
  if (projection.known.empty()) {
    JudgeWithoutData(plan, indicator, target, as_of, &r);
    return verdict;
  }
  const PaceKind kind = ChoosePaceKind(indicator);
  DescribeLatest(plan, indicator, projection, kind, as_of, &r);
  ProjectPath(projection, target ? target->year : plan.period_end, &r);
  if (target == nullptr) {
    r.warnings.push_back(Warning{WarningCode::kNoTarget, {}});
    SummarisePathEnd(plan.period_end, &r);
    return verdict;
  }
  r.days_left = static_cast<int>((EndOfYear(target->year) - as_of).days());

  const std::optional<TargetQuantity> q = MakeTargetQuantity(plan, indicator, projection, *target, &r.warnings);
  if (!q) return verdict;
  r.achieved_so_far = q->done;
  const bool judged = JudgeDraws(*q, *target, projection.can_project, &verdict);
  bool met_now = false;
  if (q->level_equivalent) {
    met_now = LevelPaces(plan, indicator, projection, *q, *target, kind, as_of, &r);
  } else if (q->flow_sum) {
    met_now = FlowSumPaces(plan, indicator, projection, *q, *target, as_of, &r);
  }
  if (judged) OutlookAtHistoricalPace(indicator, projection, *q, *target, kind, &r);
  DecideStatus(plan, indicator, projection, *q, *target, kind, met_now, judged, &r);
  ExplainVerdict(indicator, projection, *target, met_now, &r);
  return verdict;
}

TargetResult SummarizeTarget(const Plan& plan, const Target& target, bool plan_period, const IndicatorResult& r) {
  TargetResult t;
  t.target = &target;
  t.plan_period = plan_period;
  t.long_range = plan.period_end > 0 && target.year > plan.period_end;
  t.projection = r.projection;
  t.p_meet = r.p_meet;
  t.required_annual_change = r.required_annual_change;
  t.projected_annual_change = r.projected_annual_change;
  t.pace_for_p50 = r.pace_for_p50;
  t.pace_for_p80 = r.pace_for_p80;
  t.achieved_so_far = r.achieved_so_far;
  t.crossing_year = r.crossing_year;
  t.days_left = r.days_left;
  t.milestone = r.milestone;
  t.progress_class = r.progress_class;
  t.status = r.status;
  t.reason = r.reason;
  return t;
}

bool SameTarget(const Target& a, const Target& b) {
  return a.year == b.year && a.kind == b.kind && a.where.line == b.where.line && a.where.column == b.where.column;
}

}  // namespace

Verdict JudgeIndicator(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                       const boost::gregorian::date& as_of) {
  const Target* primary = indicator.target ? &*indicator.target : nullptr;
  Verdict verdict = JudgeAgainst(plan, indicator, primary, projection, as_of);
  // Each further target through the same pipeline, on the same draws.
  for (const Target& target : indicator.targets) {
    if (primary && SameTarget(target, *primary)) {
      verdict.result.targets.push_back(SummarizeTarget(plan, target, true, verdict.result));
      continue;
    }
    const Verdict other = JudgeAgainst(plan, indicator, &target, projection, as_of);
    verdict.result.targets.push_back(SummarizeTarget(plan, target, false, other.result));
  }
  if (indicator.targets.empty() && primary) {
    verdict.result.targets.push_back(SummarizeTarget(plan, *primary, true, verdict.result));
  }
  if (primary && primary->kind != TargetKind::kMilestone && !projection.known.empty()) {
    verdict.result.annual = AnnualPath(plan, indicator, *primary, projection, ChoosePaceKind(indicator));
  }
  return verdict;
}

}  // namespace plancast
