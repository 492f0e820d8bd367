// Predictive distributions from centre + scale; see predictive.h.
#include "models/predictive.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace plancast {
namespace {

using LevelRow = std::array<double, kQuantileLevels.size()>;

// Degrees of freedom with a tabulated row; between them quantiles are
// interpolated linearly in 1/df (nearly exact: q(df) ~ q_normal + c / df),
// beyond the last the normal is used (1/df = 0).
constexpr int kTabulatedDf[] = {1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16,
                                17, 18, 19, 20, 22, 24, 26, 28, 30, 40, 60, 120};
constexpr size_t kRows = sizeof(kTabulatedDf) / sizeof(kTabulatedDf[0]);

// Row i is Student-t with kTabulatedDf[i]; the last row is the normal. Built
// once (thread-safe static initialisation): Boost's quantile inversion costs
// microseconds per call, far too much per forecast step.
const std::vector<LevelRow>& QuantileTable() {
  static const std::vector<LevelRow> table = [] {
    std::vector<LevelRow> rows(kRows + 1);
    for (size_t r = 0; r < kRows; ++r) {
      boost::math::students_t_distribution<double> student(kTabulatedDf[r]);
      for (size_t i = 0; i < kQuantileLevels.size(); ++i)
        rows[r][i] = boost::math::quantile(student, kQuantileLevels[i]);
    }
    boost::math::normal_distribution<double> normal;
    for (size_t i = 0; i < kQuantileLevels.size(); ++i)
      rows[kRows][i] = boost::math::quantile(normal, kQuantileLevels[i]);
    return rows;
  }();
  return table;
}

}  // namespace

double StandardQuantile(size_t level_index, double df) {
  const auto& table = QuantileTable();
  if (!(df > 0.0) || df >= kTabulatedDf[kRows - 1]) {
    // Between the last tabulated df and the normal, interpolate in 1/df.
    if (!(df > 0.0) || !std::isfinite(df)) return table[kRows][level_index];
    double w = static_cast<double>(kTabulatedDf[kRows - 1]) / df;  // 1 at df = 120, 0 at infinity
    return w * table[kRows - 1][level_index] + (1 - w) * table[kRows][level_index];
  }
  double d = std::max(df, 1.0);
  size_t hi = 1;
  while (kTabulatedDf[hi] < d) ++hi;
  const double d0 = kTabulatedDf[hi - 1], d1 = kTabulatedDf[hi];
  const double w = (1.0 / d0 - 1.0 / d) / (1.0 / d0 - 1.0 / d1);
  return (1 - w) * table[hi - 1][level_index] + w * table[hi][level_index];
}

StandardRow StandardQuantiles(double df) {
  StandardRow row;
  for (size_t i = 0; i < row.size(); ++i) row[i] = StandardQuantile(i, df);
  return row;
}

StepDistribution MakeStep(double t, double center, double sigma, const StandardRow& standard,
                          const SeriesScale& scale) {
  StepDistribution step;
  step.t = t;
  double s = std::isfinite(sigma) && sigma > 0 ? sigma : 0.0;
  for (size_t i = 0; i < kQuantileLevels.size(); ++i)
    step.quantiles[i] = scale.Backward(center + s * standard[i]);
  // Back-transforms are monotone, but exp() overflow clamps and identity
  // clamping can produce ties; keep the grid non-decreasing regardless.
  for (size_t i = 1; i < step.quantiles.size(); ++i)
    step.quantiles[i] = std::max(step.quantiles[i], step.quantiles[i - 1]);
  return step;
}

StepDistribution MakeStep(double t, double center, double sigma, double df,
                          const SeriesScale& scale) {
  return MakeStep(t, center, sigma, StandardQuantiles(df), scale);
}

}  // namespace plancast
