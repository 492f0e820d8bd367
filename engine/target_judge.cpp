#include "engine/target_judge.h"

#include <fmt/format.h>

#include <cmath>
#include <functional>
#include <limits>

#include "engine/plan/dates.h"
#include "engine/milestone.h"
#include "engine/pace.h"
#include "engine/staleness.h"
#include "engine/target_rules.h"

namespace plancast {
namespace {

// The target's quantity in the target year, draw by draw.
struct TargetQuantity {
  std::vector<double> draws;
  std::function<bool(double)> meets;
  std::optional<double> level_equivalent;  // level in the target year that meets the target
  std::optional<double> done;              // achieved so far (cumulative / growth kinds)
  bool flow_sum = false;                   // cumulative sum of a flow: paces are yearly amounts
};

std::optional<TargetQuantity> MakeTargetQuantity(const Plan& plan, const Indicator& indicator,
                                                 const IndicatorProjection& projection, const Target& target,
                                                 std::vector<std::string>* warnings) {
  const Direction direction = indicator.direction;
  const double goal = target.value;
  const Observation& latest = projection.known.back();
  const int base_year = plan.baseline_year;
  TargetQuantity q;
  switch (target.kind) {
    case TargetKind::kLevel:
      q.draws = projection.DrawsAt(target.year);
      q.meets = [=](double v) { return MeetsTarget(direction, v, goal); };
      q.level_equivalent = goal;
      return q;
    case TargetKind::kRank:
      // Ranks are whole numbers and lower is better: rank 11.4 is 11th.
      q.draws = projection.DrawsAt(target.year);
      q.meets = [=](double v) { return std::round(v) <= goal; };
      q.level_equivalent = goal;
      return q;
    case TargetKind::kGrowth: {
      const auto base = projection.Observed(base_year);
      if (!base || *base <= 0) {
        warnings->push_back(fmt::format("a growth target needs a positive value for {} (the baseline year)",
                                        base_year));
        return std::nullopt;
      }
      const double years = target.year - base_year;
      q.draws = projection.DrawsAt(target.year);
      // A level at or below zero has lost everything: -100%/yr, a miss, not a gap.
      for (double& v : q.draws) v = v > 0 ? (std::pow(v / *base, 1.0 / years) - 1.0) * 100.0 : -100.0;
      q.meets = [=](double v) { return MeetsTarget(direction, v, goal); };
      q.level_equivalent = *base * std::pow(1.0 + goal / 100.0, years);
      if (latest.year > base_year && latest.value > 0) {
        q.done = (std::pow(latest.value / *base, 1.0 / (latest.year - base_year)) - 1.0) * 100.0;
      }
      return q;
    }
    case TargetKind::kCumulative: {
      q.meets = [=](double v) { return MeetsTarget(direction, v, goal); };
      if (!indicator.is_flow) {  // a stock: the increase since the year before the plan
        const auto base = projection.Observed(base_year);
        if (!base) {
          warnings->push_back(fmt::format("a cumulative target on a stock needs its value for {}", base_year));
          return std::nullopt;
        }
        q.draws = projection.DrawsAt(target.year);
        for (double& v : q.draws) v -= *base;
        q.level_equivalent = *base + goal;
        q.done = latest.value - *base;
        return q;
      }
      q.flow_sum = true;
      q.draws.assign(kDraws, 0.0);
      q.done = 0.0;
      for (int year = plan.period_start; year <= target.year; ++year) {
        const auto observed = projection.Observed(year);
        const auto partial = projection.partial_year_amounts.find(year);
        if (!observed && !projection.paths.Covers(year) && year <= latest.year) {
          warnings->push_back(fmt::format("cumulative target: no value for {}, so the sum cannot be formed", year));
          return std::nullopt;
        }
        if (observed) *q.done += *observed;
        if (partial != projection.partial_year_amounts.end()) *q.done += partial->second;  // reported so far
        for (size_t d = 0; d < kDraws; ++d) q.draws[d] += projection.ValueAt(year, d);
      }
      return q;
    }
    case TargetKind::kMilestone:
      break;
  }
  return std::nullopt;
}

ChartPoint ChartPointAt(const IndicatorProjection& projection, int year) {
  const std::vector<double> draws = projection.DrawsAt(year);
  return {static_cast<double>(year), DrawQuantile(draws, 0.5), DrawQuantile(draws, 0.10),
          DrawQuantile(draws, 0.90), DrawQuantile(draws, 0.025), DrawQuantile(draws, 0.975)};
}

// The recent pace: over the last plan-period length of history (the
// 2016-2020 pace for a 2021-2025 plan), or the last two points.
std::optional<Pace> HistoricalPace(const Plan& plan, PaceKind kind, const std::vector<Observation>& known) {
  if (known.size() < 2) return std::nullopt;
  const Observation& latest = known.back();
  const int window = plan.period_end - plan.period_start + 1;
  const Observation* start = &known[known.size() - 2];
  for (const Observation& o : known) {
    if (o.year >= latest.year - window) {
      if (&o != &latest) start = &o;
      break;
    }
  }
  return PaceBetween(kind, start->t, start->value, latest.t, latest.value);
}

// Constant pace from the latest value that makes P(meet) = p, assuming the
// projection's spread around its median carries over to the new path.
std::optional<Pace> PaceForProbability(double p, Direction direction, PaceKind kind, const Observation& latest,
                                       int target_year, double level_equivalent,
                                       const std::vector<double>& level_draws) {
  const double median = DrawQuantile(level_draws, 0.5);
  const double quantile = DrawQuantile(level_draws, direction == Direction::kIncrease ? 1.0 - p : p);
  if (!std::isfinite(median) || !std::isfinite(quantile)) return std::nullopt;
  if (kind == PaceKind::kGrowthRate) {
    if (!(median > 0 && quantile > 0)) return std::nullopt;
    return PaceBetween(kind, latest.t, latest.value, target_year, level_equivalent * median / quantile);
  }
  return PaceBetween(kind, latest.t, latest.value, target_year, level_equivalent + median - quantile);
}

void JudgeMilestone(const Target& target, const boost::gregorian::date& as_of, IndicatorResult* r) {
  r->milestone = CheckMilestone(target, as_of);
  r->days_left = r->milestone->days_left;
  r->status = MilestoneStatus(r->milestone->state);
  r->p_meet = r->milestone->state == MilestoneState::kDone ? std::optional<double>(1.0) : std::nullopt;
  r->progress_class =
      r->milestone->state == MilestoneState::kDone ? ProgressClass::kTargetMet : ProgressClass::kNotAssessable;
}

}  // namespace

Verdict JudgeIndicator(const Plan& plan, const Indicator& indicator, const IndicatorProjection& projection,
                       const boost::gregorian::date& as_of) {
  Verdict verdict;
  IndicatorResult& r = verdict.result;
  r.indicator = &indicator;
  r.model_description = projection.description;
  if (indicator.formula.empty()) {
    // Charts pair fitted values with the plan's history, so align them with it.
    r.fitted.assign(indicator.history.size(), std::numeric_limits<double>::quiet_NaN());
    for (size_t i = 0; i < projection.history_index.size() && i < projection.fitted.size(); ++i) {
      r.fitted[projection.history_index[i]] = projection.fitted[i];
    }
  } else {
    r.fitted = projection.fitted;
    r.derived_series = projection.known;
  }
  r.series_notes = projection.notes;
  for (size_t i = 1; i < indicator.history.size(); ++i) {
    if (indicator.history[i].basis != indicator.history[i - 1].basis) r.basis_breaks.push_back(indicator.history[i].year);
  }
  if (projection.ignored_after_as_of > 0) {
    r.warnings.push_back(fmt::format("{} observation(s) after the as-of date {} were ignored",
                                     projection.ignored_after_as_of, FormatIsoDate(as_of)));
  }
  r.warnings.insert(r.warnings.end(), projection.warnings.begin(), projection.warnings.end());
  r.warnings.insert(r.warnings.end(), projection.notes.begin(), projection.notes.end());
  const Target* target = indicator.target ? &*indicator.target : nullptr;
  if (target && target->kind == TargetKind::kMilestone) {
    JudgeMilestone(*target, as_of, &r);
    return verdict;
  }
  if (projection.known.empty()) {
    r.warnings.push_back("no observation known at the as-of date");
    if (target && target->kind == TargetKind::kCumulative && indicator.is_flow && target->year >= plan.period_start) {
      // Nothing counted yet: the whole amount is still to do, spread evenly.
      const int years = target->year - plan.period_start + 1;
      r.required_annual_change = Pace{target->value / years, PaceKind::kSlope, plan.period_start - 1, target->year};
      r.achieved_so_far = 0.0;
      r.days_left = static_cast<int>((EndOfYear(target->year) - as_of).days());
    }
    return verdict;
  }
  const Observation& latest = projection.known.back();
  r.latest = YearValue{latest.year, latest.value, latest.period.label == std::to_string(latest.year) ? "" : latest.period.label,
                       latest.provisional};
  if (const auto stale = CheckStaleness(indicator, latest, as_of)) {
    r.stale = true;
    r.stale_since = FormatIsoDate(stale->expected_by);
    r.warnings.push_back(fmt::format("stale: the figure for {} was expected by {} and is still missing",
                                     stale->next_period, r.stale_since));
  }
  if (const auto base = projection.Observed(plan.baseline_year)) r.baseline = YearValue{plan.baseline_year, *base, "", false};
  const PaceKind kind = ChoosePaceKind(indicator);
  r.historical_annual_change = HistoricalPace(plan, kind, projection.known);

  const int target_year = target ? target->year : plan.period_end;
  r.path.push_back({latest.t, latest.value, latest.value, latest.value, latest.value, latest.value});
  if (projection.can_project) {
    for (int year = latest.year + 1; year <= target_year; ++year) r.path.push_back(ChartPointAt(projection, year));
  } else {
    r.warnings.push_back("too little history to project (needs at least two observations)");
  }
  if (target == nullptr) {
    r.warnings.push_back("no target set: projected to the plan's end only");
    return verdict;
  }
  r.days_left = static_cast<int>((EndOfYear(target->year) - as_of).days());

  // Without a projection the draws are NaN: the pace needed, the crossing so
  // far and the schedule can still be told, p(meet) cannot.
  const std::optional<TargetQuantity> q = MakeTargetQuantity(plan, indicator, projection, *target, &r.warnings);
  if (!q) return verdict;
  r.achieved_so_far = q->done;
  const double p = DrawShare(q->draws, q->meets);
  const bool judged = !std::isnan(p);
  if (judged) {
    r.p_meet = p;
    r.projection = ProjectionSummary{target->year, DrawQuantile(q->draws, 0.5), DrawQuantile(q->draws, 0.10),
                                     DrawQuantile(q->draws, 0.90), DrawQuantile(q->draws, 0.025),
                                     DrawQuantile(q->draws, 0.975)};
    verdict.met_by_draw.resize(kDraws);
    for (size_t d = 0; d < kDraws; ++d) verdict.met_by_draw[d] = q->meets(q->draws[d]) ? 1 : 0;
  } else if (projection.can_project) {
    r.warnings.push_back(fmt::format("no value can be projected for {}", target->year));
  }

  bool achieved = false;
  if (q->level_equivalent) {
    const double level = *q->level_equivalent;
    // A provisional figure (a year-to-date total annualised) is not a result yet.
    achieved = !latest.provisional && (target->kind == TargetKind::kRank
                                           ? q->meets(latest.value)
                                           : MeetsTarget(indicator.direction, latest.value, level));
    r.required_annual_change = PaceBetween(kind, latest.t, latest.value, target->year, level);
    const std::vector<double> level_draws = projection.DrawsAt(target->year);
    r.pace_for_p50 = PaceForProbability(0.5, indicator.direction, kind, latest, target->year, level, level_draws);
    r.pace_for_p80 = PaceForProbability(0.8, indicator.direction, kind, latest, target->year, level, level_draws);
    for (const Observation& o : projection.known) {
      if (MeetsTarget(indicator.direction, o.value, level)) {
        r.crossing_year = o.year;
        break;
      }
    }
    for (int year = latest.year + 1; !r.crossing_year && projection.paths.Covers(year); ++year) {
      if (MeetsTarget(indicator.direction, DrawQuantile(projection.DrawsAt(year), 0.5), level)) r.crossing_year = year;
    }
    if (r.baseline) {
      r.schedule = CheckSchedule(DateToYearFraction(as_of), plan.baseline_year, target->year, r.baseline->value,
                                 latest.value, level);
    }
  } else if (q->flow_sum) {
    // A yearly amount: what is still needed per remaining year, against the
    // average of the recent years.
    achieved = MeetsTarget(Direction::kIncrease, *q->done, target->value) && indicator.direction == Direction::kIncrease;
    const int remaining = target->year - latest.year;
    if (remaining > 0) r.required_annual_change = Pace{(target->value - *q->done) / remaining, PaceKind::kSlope,
                                                       latest.year, target->year};
    double sum = 0;
    int count = 0;
    for (const Observation& o : projection.known) {
      if (o.year >= latest.year - (plan.period_end - plan.period_start)) sum += o.value, ++count;
    }
    if (count > 0) r.historical_annual_change = Pace{sum / count, PaceKind::kSlope, latest.year - count + 1, latest.year};
    const double span = target->year - plan.baseline_year;
    if (span > 0 && target->value != 0) {
      r.schedule = ScheduleCheck{
          std::clamp((DateToYearFraction(as_of) - (plan.baseline_year + 0.5)) / span, 0.0, 1.0),
          *q->done / target->value};
    }
  }

  // Once the target year's own figure is known, it decides.
  if (const auto at_target = projection.Observed(target->year);
      at_target && (target->kind == TargetKind::kLevel || target->kind == TargetKind::kRank)) {
    achieved = q->meets(*at_target);
    if (!achieved) {
      r.status = TargetStatus::kOffTrack;
      r.progress_class = ProgressClass::kNotAssessable;
      return verdict;
    }
  }
  if (achieved) {
    r.status = TargetStatus::kAchieved;
    r.progress_class = ProgressClass::kTargetMet;
    return verdict;
  }
  if (!judged) return verdict;
  r.status = StatusFromProbability(p, plan.thresholds);
  if (r.historical_annual_change && r.required_annual_change) {
    if (q->flow_sum) {  // yearly amounts: the ratio of the recent amount to the amount needed
      const double ratio = r.historical_annual_change->value / std::max(r.required_annual_change->value, 1e-12);
      r.progress_class = ratio >= 0.95 ? ProgressClass::kSignificant
                         : ratio >= 0.6 ? ProgressClass::kModerate
                                        : ProgressClass::kInsufficient;
    } else {
      r.progress_class =
          ClassifyProgress(indicator.direction, *r.historical_annual_change, *r.required_annual_change);
    }
  }
  return verdict;
}

}  // namespace plancast
