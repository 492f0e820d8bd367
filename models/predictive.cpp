// Predictive distributions from centre + scale; see predictive.h.
#include "models/predictive.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace plancast {
namespace {

constexpr int kMaxTabulatedDf = 200;
using LevelRow = std::array<double, kQuantileLevels.size()>;

// Row 0 is the normal; row d (1..200) is Student-t with d degrees of freedom.
// Built once (thread-safe static initialisation); Boost's quantile inversion
// costs microseconds per call, far too much per forecast step.
const std::vector<LevelRow>& QuantileTable() {
  static const std::vector<LevelRow> table = [] {
    std::vector<LevelRow> rows(kMaxTabulatedDf + 1);
    boost::math::normal_distribution<double> normal;
    for (size_t i = 0; i < kQuantileLevels.size(); ++i)
      rows[0][i] = boost::math::quantile(normal, kQuantileLevels[i]);
    for (int d = 1; d <= kMaxTabulatedDf; ++d) {
      boost::math::students_t_distribution<double> student(d);
      for (size_t i = 0; i < kQuantileLevels.size(); ++i)
        rows[d][i] = boost::math::quantile(student, kQuantileLevels[i]);
    }
    return rows;
  }();
  return table;
}

}  // namespace

double StandardQuantile(size_t level_index, double df) {
  const auto& table = QuantileTable();
  if (!(df > 0.0) || df > kMaxTabulatedDf) return table[0][level_index];
  // Interpolate linearly between integer degrees of freedom (df >= 1).
  double d = std::max(df, 1.0);
  int lo = static_cast<int>(std::floor(d));
  if (lo >= kMaxTabulatedDf) return table[kMaxTabulatedDf][level_index];
  double w = d - lo;
  return (1 - w) * table[lo][level_index] + w * table[lo + 1][level_index];
}

StepDistribution MakeStep(double t, double center, double sigma, double df,
                          const SeriesScale& scale) {
  StepDistribution step;
  step.t = t;
  double s = std::isfinite(sigma) && sigma > 0 ? sigma : 0.0;
  for (size_t i = 0; i < kQuantileLevels.size(); ++i)
    step.quantiles[i] = scale.Backward(center + s * StandardQuantile(i, df));
  // Back-transforms are monotone, but exp() overflow clamps and identity
  // clamping can produce ties; keep the grid non-decreasing regardless.
  for (size_t i = 1; i < step.quantiles.size(); ++i)
    step.quantiles[i] = std::max(step.quantiles[i], step.quantiles[i - 1]);
  return step;
}

}  // namespace plancast
