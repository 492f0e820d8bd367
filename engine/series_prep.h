// From the observations known at as-of to the series the forecaster fits:
// one time axis, one statistical basis, annual rates.
//
//  - Periods: levels sit at the end of their period, flows in the middle
//    (engine/plan/periods.h), so quarters, months and days join annual values.
//  - Flows: the sub-annual figures of a year (quarters, months, or the latest
//    year-to-date total) make one point: the year's total when they cover the
//    whole year, else the amount so far annualised pro rata (x 12 / months
//    elapsed), placed in the middle of the span covered and flagged
//    provisional. A level ending on December 31 is its year's value.
//  - Series breaks: the basis of the latest observation is current. Values on
//    another basis are put on it by the plan's `basis_shifts` when given, else
//    by a level shift estimated jointly with a linear trend (needs two points
//    on each side and a fifth point, on the log scale for growth indicators);
//    when the shift cannot be estimated they are left out of the fit.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/plan/types.h"
#include "engine/warning.h"

namespace plancast {

struct PreparedSeries {
  std::vector<Observation> fit;         // on the current basis, annual rates, t set; sorted by t
  std::vector<size_t> fit_source;       // fit[i] came from known[fit_source[i]]
  std::vector<Observation> year_values; // final whole-year values, by year
  std::map<int, double> partial_year_amounts;  // incomplete years of a flow: the amount reported so far
  std::string current_basis;
  std::vector<Warning> notes;           // what was done about breaks and partial years, for people
};

// REQUIRES: `known` sorted by time. `log_scale_shift`: estimate level shifts
// as ratios (growth-rate indicators) rather than offsets.
PreparedSeries PrepareSeries(const Indicator& indicator, const std::vector<Observation>& known,
                             bool log_scale_shift);

// The level shift (new basis minus old, or log ratio when `log_scale`) of a
// linear trend with a step at the basis change, by least squares. nullopt
// when either side has fewer than two points or there are fewer than five.
std::optional<double> EstimateLevelShift(const std::vector<double>& t, const std::vector<double>& y,
                                         const std::vector<bool>& on_current_basis);

}  // namespace plancast
