// One construction of SeriesTraits; see series_kind.h.
#include "models/series_kind.h"

#include <algorithm>

namespace plancast {

SeriesTraits MakeSeriesTraits(const std::vector<double>& values, const Bounds& bounds, bool growth_pace) {
  SeriesTraits traits;
  traits.bounds = bounds;
  traits.positive = growth_pace && std::all_of(values.begin(), values.end(), [](double v) { return v > 0; });
  return traits;
}

}  // namespace plancast
