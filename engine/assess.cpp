#include "engine/assess.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/dates.h"
#include "engine/goal_rollup.h"
#include "engine/pace.h"
#include "engine/target_rules.h"
#include "models/forecaster.h"

namespace plancast {
namespace {

// Observations known on `as_of`: an annual value exists once its year is over.
std::vector<const Observation*> KnownAt(const Indicator& indicator,
                                        const boost::gregorian::date& as_of, int* ignored) {
  std::vector<const Observation*> known;
  *ignored = 0;
  for (const Observation& o : indicator.history) {
    if (EndOfYear(o.year) <= as_of) {
      known.push_back(&o);
    } else {
      ++*ignored;
    }
  }
  return known;
}

// The recent pace: over the last plan-period length of history (so the
// 2016-2020 pace for a 2021-2025 plan), or the whole history when shorter.
std::optional<Pace> HistoricalPace(const Plan& plan, PaceKind kind,
                                   const std::vector<const Observation*>& known) {
  if (known.size() < 2) return std::nullopt;
  const Observation& latest = *known.back();
  const int window = plan.period_end - plan.period_start + 1;
  const Observation* start = known.front();
  for (const Observation* o : known) {
    if (o->year >= latest.year - window) {
      start = o;
      break;
    }
  }
  if (start == &latest) start = known[known.size() - 2];
  return PaceBetween(kind, start->t, start->value, latest.t, latest.value);
}

ChartPoint PointFrom(const StepDistribution& step) {
  return {step.t, step.Median(), step.Quantile(0.10), step.Quantile(0.90), step.Quantile(0.025),
          step.Quantile(0.975)};
}

}  // namespace

IndicatorResult AssessIndicator(const Plan& plan, const Indicator& indicator,
                                const AssessOptions& options) {
  IndicatorResult result;
  result.indicator = &indicator;
  result.model = options.method;

  int ignored = 0;
  const std::vector<const Observation*> known = KnownAt(indicator, options.as_of, &ignored);
  if (ignored > 0) {
    result.warnings.push_back(fmt::format("{} observation(s) after the as-of date {} were ignored",
                                          ignored, FormatIsoDate(options.as_of)));
  }
  if (known.empty()) {
    result.warnings.push_back("no observation known at the as-of date");
    return result;
  }
  const Observation& latest = *known.back();
  result.latest = YearValue{latest.year, latest.value};
  for (const Observation* o : known) {
    if (o->year == plan.baseline_year) result.baseline = YearValue{o->year, o->value};
  }

  const Target* target = indicator.target ? &*indicator.target : nullptr;
  if (target == nullptr) result.warnings.push_back("no target set: projected to the plan's end only");
  const int target_year = target ? target->year : plan.period_end;
  const PaceKind kind = ChoosePaceKind(indicator);
  result.historical_annual_change = HistoricalPace(plan, kind, known);

  // Forecast every year from the latest observation to past the target year.
  std::vector<double> t, y;
  bool all_positive = true;
  for (const Observation* o : known) {
    t.push_back(o->t);
    y.push_back(o->value);
    all_positive = all_positive && o->value > 0;
  }
  std::vector<double> horizon;
  for (int year = latest.year + 1; year <= target_year + options.crossing_search_years; ++year) {
    horizon.push_back(year);
  }
  SeriesTraits traits;
  if (indicator.bounds) traits.bounds = *indicator.bounds;
  traits.positive = all_positive && kind == PaceKind::kGrowthRate;
  ForecastOptions forecast_options;
  forecast_options.method = options.method;
  const Forecast forecast = ForecastSeries(t, y, horizon, traits, forecast_options);
  result.model_description = forecast.description;
  result.warnings.insert(result.warnings.end(), forecast.warnings.begin(), forecast.warnings.end());
  const bool can_project = forecast.status == ForecastStatus::kOk;
  if (can_project) {
    result.fitted = forecast.fitted;
    result.path.push_back({latest.t, latest.value, latest.value, latest.value, latest.value, latest.value});
    for (const StepDistribution& step : forecast.steps) {
      if (step.t > target_year + 1e-9) break;
      result.path.push_back(PointFrom(step));
    }
  } else {
    result.warnings.push_back("too little history to project (needs at least two observations)");
  }

  if (target == nullptr) return result;
  const bool achieved = MeetsTarget(indicator.direction, latest.value, target->value);

  // Crossing year: first known year meeting the target, else the first
  // projected year whose median meets it.
  for (const Observation* o : known) {
    if (MeetsTarget(indicator.direction, o->value, target->value)) {
      result.crossing_year = o->year;
      break;
    }
  }
  if (!result.crossing_year && can_project) {
    for (const StepDistribution& step : forecast.steps) {
      if (MeetsTarget(indicator.direction, step.Median(), target->value)) {
        result.crossing_year = static_cast<int>(std::lround(step.t));
        break;
      }
    }
  }

  result.required_annual_change = PaceBetween(kind, latest.t, latest.value, target->year, target->value);
  if (result.baseline) {
    result.schedule = CheckSchedule(DateToYearFraction(options.as_of), plan.baseline_year, target->year,
                                    result.baseline->value, latest.value, target->value);
  }

  if (target->year <= latest.year) {
    // The target year is history: judge the observed value, if there is one.
    const auto observed = std::find_if(known.begin(), known.end(),
                                       [&](const Observation* o) { return o->year == target->year; });
    if (observed != known.end()) {
      const bool met = MeetsTarget(indicator.direction, (*observed)->value, target->value);
      result.p_meet = met ? 1.0 : 0.0;
      result.status = met ? TargetStatus::kAchieved : TargetStatus::kOffTrack;
      result.progress_class = met ? ProgressClass::kTargetMet : ProgressClass::kNotAssessable;
    }
    return result;
  }

  if (can_project) {
    const auto step = std::find_if(forecast.steps.begin(), forecast.steps.end(), [&](const StepDistribution& s) {
      return std::fabs(s.t - target->year) < 1e-9;
    });
    if (step != forecast.steps.end()) {
      const ChartPoint p = PointFrom(*step);
      result.projection = ProjectionSummary{target->year, p.value, p.lo80, p.hi80, p.lo95, p.hi95};
      result.p_meet = ProbabilityOfMeeting(*step, indicator.direction, target->value);
    }
  }

  if (achieved) {
    result.status = TargetStatus::kAchieved;
    result.progress_class = ProgressClass::kTargetMet;
  } else if (result.p_meet) {
    result.status = StatusFromProbability(*result.p_meet, plan.thresholds);
  }
  if (!achieved && result.historical_annual_change && result.required_annual_change) {
    result.progress_class =
        ClassifyProgress(indicator.direction, *result.historical_annual_change, *result.required_annual_change);
  }
  return result;
}

Assessment AssessPlan(const Plan& plan, const AssessOptions& options) {
  Assessment assessment;
  assessment.plan = &plan;
  assessment.run.as_of = options.as_of;
  assessment.run.seed = options.seed;
  assessment.indicators.reserve(plan.indicators.size());
  for (const Indicator& indicator : plan.indicators) {
    assessment.indicators.push_back(AssessIndicator(plan, indicator, options));
  }
  assessment.goals = RollUpGoals(plan, assessment.indicators);
  return assessment;
}

}  // namespace plancast
