// Projections made by hand for judging tests: draw d of each future year
// holds a known value, so the share of draws meeting a target is countable.
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "engine/projection.h"

namespace plancast::testing {

// Known annual history, then draws `value(year, d)` for each later year through `last_year`.
inline IndicatorProjection HandMade(const std::vector<std::pair<int, double>>& history,
                                    const std::function<double(int year, size_t d)>& value, int last_year = 2025) {
  IndicatorProjection p;
  for (const auto& [year, v] : history) {
    Observation o;
    o.year = year;
    o.t = year;
    o.value = v;
    p.known.push_back(o);
  }
  p.year_values = p.known;
  const int first = p.known.back().year + 1;
  p.paths = SimulatedPaths::Empty(first, last_year - first + 1);
  for (int year = first; year <= last_year; ++year) {
    for (size_t d = 0; d < kDraws; ++d) p.paths.Year(year)[d] = value(year, d);
  }
  p.can_project = true;
  return p;
}

}  // namespace plancast::testing
