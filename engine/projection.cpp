#include "engine/projection.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

#include "engine/indicator_bounds.h"
#include "engine/plan/dates.h"
#include "engine/pace.h"
#include "engine/series_prep.h"
#include "models/forecaster.h"
#include "models/series_kind.h"

namespace plancast {

std::optional<double> IndicatorProjection::Observed(int year) const {
  for (const Observation& o : year_values) {
    if (o.year == year) return o.value;
  }
  return std::nullopt;
}

double IndicatorProjection::ValueAt(int year, size_t draw) const {
  if (paths.Covers(year)) return paths.Year(year)[draw];
  const auto observed = Observed(year);
  return observed ? *observed : std::numeric_limits<double>::quiet_NaN();
}

std::vector<double> IndicatorProjection::DrawsAt(int year) const {
  if (paths.Covers(year)) return paths.Year(year);
  const auto observed = Observed(year);
  return std::vector<double>(kDraws, observed ? *observed : std::numeric_limits<double>::quiet_NaN());
}

std::vector<size_t> KnownAt(const Indicator& indicator, const boost::gregorian::date& as_of, int* ignored) {
  std::vector<size_t> known;
  *ignored = 0;
  for (size_t i = 0; i < indicator.history.size(); ++i) {
    const Observation& o = indicator.history[i];
    const boost::gregorian::date end = o.period.end.is_not_a_date() ? EndOfYear(o.year) : o.period.end;
    if (end <= as_of) {
      known.push_back(i);
    } else {
      ++*ignored;
    }
  }
  return known;
}

IndicatorProjection ProjectMeasured(const Indicator& indicator, const ProjectionSettings& settings) {
  IndicatorProjection projection;
  const std::vector<size_t> known = KnownAt(indicator, settings.as_of, &projection.ignored_after_as_of);
  if (known.empty()) return projection;
  std::vector<Observation> observations;
  for (size_t i : known) observations.push_back(indicator.history[i]);
  const bool growth = ChoosePaceKind(indicator) == PaceKind::kGrowthRate;
  PreparedSeries prepared = PrepareSeries(indicator, observations, growth);
  projection.known = std::move(prepared.fit);
  projection.year_values = std::move(prepared.year_values);
  projection.partial_year_amounts = std::move(prepared.partial_year_amounts);
  projection.notes = std::move(prepared.notes);
  for (size_t i : prepared.fit_source) projection.history_index.push_back(known[i]);
  if (projection.known.empty()) return projection;

  std::vector<double> t, y;
  for (const Observation& o : projection.known) {
    t.push_back(o.t);
    y.push_back(o.value);
  }
  // The first year to project: the first whole year after the latest point
  // (a year-to-date value already stands for its year).
  const int first_year = static_cast<int>(std::floor(t.back() + 1e-9)) + 1;
  std::vector<double> horizon;
  for (int year = first_year; year <= settings.horizon_end_year; ++year) horizon.push_back(year);
  if (horizon.empty()) return projection;

  const SeriesTraits traits = MakeSeriesTraits(y, EffectiveBounds(indicator), growth);
  ForecastOptions options;
  options.method = settings.method;
  const Forecast forecast = ForecastSeries(t, y, horizon, traits, options);
  projection.description = forecast.description;
  // Too little history is reported once, by the judge, in plain words.
  if (forecast.status != ForecastStatus::kOk || forecast.steps.size() != horizon.size()) return projection;
  for (const std::string& why : forecast.warnings)  // only a method that did not apply (forecaster.h)
    projection.warnings.push_back(Warning{WarningCode::kMethodFallback, {TextArg("detail", why)}});
  projection.can_project = true;
  projection.fitted = forecast.fitted;
  projection.paths = SimulatedPaths::FromSteps(first_year, forecast.steps,
                                               IndicatorSeed(settings.seed, indicator.id));
  return projection;
}

namespace {

// A derived indicator's history: every year in which all inputs were
// observed, computed by the formula (years where it is not finite are skipped
// with a warning).
void DerivedHistory(const Indicator& indicator, const Formula& formula,
                    const std::vector<const IndicatorProjection*>& inputs, IndicatorProjection* projection) {
  std::set<int> years;
  for (const IndicatorProjection* input : inputs) {
    for (const Observation& o : input->year_values) years.insert(o.year);
  }
  std::vector<double> values(inputs.size());
  for (int year : years) {
    bool complete = true;
    for (size_t i = 0; i < inputs.size() && complete; ++i) {
      const auto observed = inputs[i]->Observed(year);
      complete = observed.has_value();
      if (complete) values[i] = *observed;
    }
    if (!complete) continue;
    const double value = formula.Evaluate(values);
    if (!std::isfinite(value)) {
      projection->warnings.push_back(Warning{WarningCode::kFormulaNotFinite, {NumberArg("year", year, std::to_string(year))}});
      continue;
    }
    Observation o;
    o.year = year;
    o.t = year;
    o.value = value;
    o.note = "computed from " + indicator.formula;
    projection->known.push_back(o);
  }
  projection->year_values = projection->known;
  projection->fitted.assign(projection->known.size(), std::numeric_limits<double>::quiet_NaN());
  projection->description = "derived: " + indicator.formula;
}

// A derived indicator's future, draw by draw from its inputs' draws, held
// within the indicator's bounds (with a warning saying how often).
void SimulateDerived(const Indicator& indicator, const Formula& formula,
                     const std::vector<const IndicatorProjection*>& inputs, int first_year, int last_year,
                     IndicatorProjection* projection) {
  projection->paths = SimulatedPaths::Empty(first_year, last_year - first_year + 1);
  const Bounds bounds = EffectiveBounds(indicator);
  std::vector<double> values(inputs.size());
  size_t clamped = 0;
  for (int year = first_year; year <= last_year; ++year) {
    std::vector<double>& out = projection->paths.Year(year);
    for (size_t d = 0; d < kDraws; ++d) {
      for (size_t i = 0; i < inputs.size(); ++i) values[i] = inputs[i]->ValueAt(year, d);
      const double value = formula.Evaluate(values);
      out[d] = std::isfinite(value) ? value : std::numeric_limits<double>::quiet_NaN();
      if (out[d] < bounds.lo || out[d] > bounds.hi) {
        out[d] = std::clamp(out[d], bounds.lo, bounds.hi);
        ++clamped;
      }
    }
  }
  if (clamped > 0) {
    projection->warnings.push_back(Warning{WarningCode::kFormulaClamped,
                                           {NumberArg("count", static_cast<double>(clamped), std::to_string(clamped)),
                                            NumberArg("lower", bounds.lo, fmt::format("{:g}", bounds.lo)),
                                            NumberArg("upper", bounds.hi, fmt::format("{:g}", bounds.hi))}});
  }
  projection->can_project = true;
}

}  // namespace

IndicatorProjection ProjectDerived(const Indicator& indicator, const Formula& formula,
                                   const std::vector<const IndicatorProjection*>& inputs,
                                   const ProjectionSettings& settings) {
  // A caller's mistake here reads past `inputs` or mixes up indicators, and
  // nothing downstream would notice: checked in Release too (once per indicator).
  if (inputs.size() != formula.Variables().size() ||
      std::find(inputs.begin(), inputs.end(), nullptr) != inputs.end())
    throw std::logic_error("ProjectDerived: need one projection per formula variable");
  IndicatorProjection projection;
  DerivedHistory(indicator, formula, inputs, &projection);
  bool inputs_projectable = !inputs.empty();
  for (const IndicatorProjection* input : inputs) inputs_projectable = inputs_projectable && input->can_project;
  if (projection.known.empty() || !inputs_projectable) {
    if (!inputs_projectable) projection.warnings.push_back(Warning{WarningCode::kInputNotProjectable, {}});
    return projection;
  }
  const int first_year = projection.known.back().year + 1;
  if (first_year > settings.horizon_end_year) return projection;
  SimulateDerived(indicator, formula, inputs, first_year, settings.horizon_end_year, &projection);
  return projection;
}

}  // namespace plancast
