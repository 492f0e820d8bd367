// An indicator's known history and simulated future, before any target is
// looked at. Measured indicators are forecast from their own history; derived
// indicators are computed draw by draw from their inputs' projections.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <vector>

#include "engine/formula.h"
#include "engine/simulation.h"
#include "engine/types.h"

namespace plancast {

struct IndicatorProjection {
  std::vector<Observation> known;  // history known at as-of, sorted by year
  int ignored_after_as_of = 0;
  bool can_project = false;        // paths hold real draws
  std::vector<double> fitted;      // aligned with `known`; NaN where none
  std::string description;         // models and weights, for people
  std::vector<std::string> warnings;
  SimulatedPaths paths;            // years after the latest known one, to the horizon

  // The observed value for `year`, if known at as-of.
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
  std::string method = "default";
};

// Observations of `indicator` known at `as_of`: an annual value exists once
// its year is over.
std::vector<Observation> KnownAt(const Indicator& indicator, const boost::gregorian::date& as_of,
                                 int* ignored);

IndicatorProjection ProjectMeasured(const Indicator& indicator, const ProjectionSettings& settings);

// REQUIRES: `inputs[i]` is the projection of formula.Variables()[i].
IndicatorProjection ProjectDerived(const Indicator& indicator, const Formula& formula,
                                   const std::vector<const IndicatorProjection*>& inputs,
                                   const ProjectionSettings& settings);

}  // namespace plancast
