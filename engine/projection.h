// An indicator's known history and simulated future, before any target is
// looked at. Measured indicators are forecast from their own history; derived
// indicators are computed draw by draw from their inputs' projections.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/plan/formula.h"
#include "engine/simulation.h"
#include "engine/plan/types.h"
#include "engine/warning.h"
#include "models/forecast_method.h"

namespace plancast {

struct IndicatorProjection {
  // The series as fitted: known at as-of, on the current statistical basis,
  // flows as annual figures, sorted by t (engine/series_prep.h).
  std::vector<Observation> known;
  std::vector<Observation> year_values;  // final whole-year values, by year (targets and sums read these)
  std::map<int, double> partial_year_amounts;  // flows: amount reported so far in an incomplete year
  std::vector<size_t> history_index;     // known[i] is indicator.history[history_index[i]] (measured only)
  std::vector<Warning> notes;            // series breaks, annualised partial years
  int ignored_after_as_of = 0;
  bool can_project = false;        // paths hold real draws
  std::vector<double> fitted;      // aligned with `known`; NaN where none
  std::string description;         // models and weights, for people
  std::vector<Warning> warnings;
  SimulatedPaths paths;            // years after the latest known one, to the horizon

  // The whole-year value for `year`, if known at as-of.
  std::optional<double> Observed(int year) const;
  // Observed value when known, else the draw's value, else NaN.
  double ValueAt(int year, size_t draw) const;
  // Draws of the value in `year` (all equal to the observation when known).
  std::vector<double> DrawsAt(int year) const;
};

struct ProjectionSettings {
  boost::gregorian::date as_of;
  int horizon_end_year = 0;  // last year simulated
  std::uint64_t seed = 0;
  ForecastMethod method = ForecastMethod::kDefault;
};

// Indices of the observations of `indicator` known at `as_of`: a value
// exists once its period is over.
std::vector<size_t> KnownAt(const Indicator& indicator, const boost::gregorian::date& as_of, int* ignored);

IndicatorProjection ProjectMeasured(const Indicator& indicator, const ProjectionSettings& settings);

// REQUIRES: `inputs[i]` is the projection of formula.Variables()[i].
IndicatorProjection ProjectDerived(const Indicator& indicator, const Formula& formula,
                                   const std::vector<const IndicatorProjection*>& inputs,
                                   const ProjectionSettings& settings);

}  // namespace plancast
