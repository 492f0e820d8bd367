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

#include <cmath>
#include <limits>

namespace plancast {
namespace {

// Coefficient of variation of per-year changes (|mean| in the denominator).
double ChangeVariation(const std::vector<double>& t, const std::vector<double>& z) {
  std::vector<double> d;
  for (size_t i = 1; i < z.size(); ++i) d.push_back((z[i] - z[i - 1]) / (t[i] - t[i - 1]));
  double mean = 0.0;
  for (double v : d) mean += v / d.size();
  double ss = 0.0;
  for (double v : d) ss += (v - mean) * (v - mean);
  const double sd = std::sqrt(ss / (d.size() - 1));
  return std::fabs(mean) > 0 ? sd / std::fabs(mean) : std::numeric_limits<double>::infinity();
}

}  // namespace

double CompoundWeight(const std::vector<double>& t, const std::vector<double>& y) {
  // Strict on purpose: tourism series, whose log changes are often a little
  // steadier than their changes, forecast better arithmetically (a 0.25-0.75
  // ramp cost tourism 1.5% MASE; 0.05-0.35 changes both data sets by < 0.2%
  // and still makes a steady compound series compound; docs/forecasting.md).
  constexpr double full = 0.05, none = 0.35;
  if (y.size() < 4 || t.size() != y.size()) return 0.0;
  if (!std::all_of(y.begin(), y.end(), [](double v) { return v > 0; })) return 0.0;
  std::vector<double> logs;
  for (double v : y) logs.push_back(std::log(v));
  const double raw = ChangeVariation(t, y);
  if (!std::isfinite(raw) || raw <= 0) return 0.0;
  const double ratio = ChangeVariation(t, logs) / raw;
  return std::clamp((none - ratio) / (none - full), 0.0, 1.0);
}

}  // namespace plancast
