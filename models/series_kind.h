// SeriesTraits, built in one place for `forecast` (engine/projection.cpp) and
// `backtest` (engine/backtest.cpp), so the same history gets the same scale,
// the same drift prior and so the same forecast on both paths.
#pragma once

#include <vector>

#include "models/forecaster.h"

namespace plancast {

// `values`: the history to fit; `bounds`: the indicator's hard limits (none
// for a CSV series); `growth_pace`: the indicator's pace is a growth rate
// (counts and amounts; engine/pace.h), which for a CSV series, with no unit
// or bounds, it is whenever its values are positive. The series is modelled
// as a positive amount (log scale, compound growth, the amounts' drift
// prior) when every value is > 0 and its pace is a growth rate.
SeriesTraits MakeSeriesTraits(const std::vector<double>& values, const Bounds& bounds, bool growth_pace);

}  // namespace plancast

namespace plancast {

// How compound a positive series' growth looks, in [0, 1]: 1 when its yearly
// log changes are much steadier than its yearly changes (coefficient of
// variation at most 0.05 times theirs), 0 from 0.35 times, linear in
// between; 0 for fewer than 4 points or values <= 0. Smooth in the data, so
// P does not jump when a point is added.
double CompoundWeight(const std::vector<double>& t, const std::vector<double>& y);

}  // namespace plancast
