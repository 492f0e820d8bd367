// Drift priors by kind and their shrinkage; see short_history_prior.h.
#include "models/short_history_prior.h"

#include <algorithm>
#include <cmath>

namespace plancast {
namespace {

// Prior sd of the drift per year (relative on log/logit scales). 0.04 was
// calibrated on two-point cuts of both data sets (docs/forecasting.md).
constexpr double kDriftPriorSd = 0.04;
// Typical growth per year of a positive amount or count (log scale): 4%/yr.
// Amounts and counts in plans (money in a growing economy, firms, visitors,
// R&D intensity) mostly grow; a prior centred on no growth pulled short
// histories down, and P came out too low (tourism target cases: targets met
// 11% of the time where P said 4%, 28% where it said 15%). Summed Brier of
// the adoption review over both data sets: 0.322 with 0 (revision 2), 0.307
// with 0.02, 0.304 with 0.03, 0.301 with 0.04 (the scan table in
// docs/forecasting.md has the settings of each row).
constexpr double kAmountGrowth = 0.04;
// The shrinkage fades linearly from full at 6 points to none at 16: the old
// cut-off (full up to 6, none from 7) made P jump (0.50 -> 0.95 from 6 to 7
// points on one example). 16 against 7 / 10 / 12: R&D target cases and point
// forecasts better, tourism within 0.0005 Brier (docs/forecasting.md).
constexpr double kFullShrinkPoints = 6;
constexpr double kNoShrinkPoints = 16;

double MeanAbs(const std::vector<double>& z) {
  double sum = 0.0;
  for (double v : z) sum += std::fabs(v);
  const double mean = z.empty() ? 0.0 : sum / z.size();
  return mean > 0 ? mean : 1.0;
}

}  // namespace

double PoolWeight(size_t points) {
  return std::clamp((static_cast<double>(points) - kFullShrinkPoints) / (kNoShrinkPoints - kFullShrinkPoints), 0.0, 1.0);
}

DriftPrior DriftPriorFor(ScaleKind kind) {
  DriftPrior prior;
  prior.sd = kDriftPriorSd;
  if (kind == ScaleKind::kLog) prior.mean = kAmountGrowth;
  return prior;
}

DriftShrinkage ShrinkDrift(const ErrorScale& error, const ScaledSeries& series, ScaleKind kind, size_t points) {
  const DriftPrior prior = DriftPriorFor(kind);
  const double unit = kind == ScaleKind::kIdentity ? MeanAbs(series.z) : 1.0;
  const double tau = prior.sd * unit;
  const double noise = error.sigma * error.sigma / error.span;
  const double share = tau * tau + noise > 0 ? tau * tau / (tau * tau + noise) : 0.0;
  const double fade = PoolWeight(points);
  DriftShrinkage out;
  out.share = share + fade * (1.0 - share);
  out.mean = prior.mean * unit;
  return out;
}

}  // namespace plancast
