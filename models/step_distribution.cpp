// StepDistribution: a predictive distribution stored as quantiles on the fixed
// grid kQuantileLevels, linear in between (see models/forecaster.h).
#include <algorithm>
#include <cmath>

#include "models/forecaster.h"

namespace plancast {

double StepDistribution::Median() const { return Quantile(0.5); }

double StepDistribution::Quantile(double p) const {
  constexpr size_t kLast = kQuantileLevels.size() - 1;
  if (!(p > kQuantileLevels[0])) return quantiles[0];
  if (p >= kQuantileLevels[kLast]) return quantiles[kLast];
  // First level >= p; p lies in (levels[i-1], levels[i]].
  size_t i = std::lower_bound(kQuantileLevels.begin(), kQuantileLevels.end(), p) -
             kQuantileLevels.begin();
  double p0 = kQuantileLevels[i - 1];
  double p1 = kQuantileLevels[i];
  double w = (p - p0) / (p1 - p0);
  return quantiles[i - 1] + w * (quantiles[i] - quantiles[i - 1]);
}

double StepDistribution::Cdf(double x) const {
  constexpr size_t kLast = kQuantileLevels.size() - 1;
  if (std::isnan(x)) return std::nan("");
  if (x < quantiles[0]) return 0.0;
  // At or above the highest stored quantile (e.g. mass clamped at a bound): 1.
  if (x >= quantiles[kLast]) return 1.0;
  // Last stored quantile <= x; ties (flat stretches, e.g. at a bound) take the
  // highest level so that P(value <= bound) counts the whole mass at the bound.
  size_t i = std::upper_bound(quantiles.begin(), quantiles.end(), x) - quantiles.begin();
  if (i == 0) return kQuantileLevels[0];
  if (i > kLast) return kQuantileLevels[kLast];
  double q0 = quantiles[i - 1];
  double q1 = quantiles[i];
  double w = q1 > q0 ? (x - q0) / (q1 - q0) : 0.0;
  return kQuantileLevels[i - 1] + w * (kQuantileLevels[i] - kQuantileLevels[i - 1]);
}

}  // namespace plancast
