// Calibrated forecast error scale; see error_scale.h.
#include "models/error_scale.h"

#include <cmath>

namespace plancast {
namespace {

// Prior volatility per year on a log or logit scale (a relative volatility):
// the median over the series of ../shared/data of the increments' spread.
constexpr double kPriorRelativeSigma = 0.06;
// The prior counts as this many increments.
constexpr double kPriorWeight = 2.0;
// Multiplier of the random-walk-with-uncertain-drift spread.
constexpr double kCalibration = 1.0;

}  // namespace

ErrorScale EstimateErrorScale(const ScaledSeries& s, ScaleKind kind) {
  ErrorScale e;
  size_t n = s.z.size();
  e.span = s.TimeSpan();
  double drift = (s.Last() - s.z.front()) / e.span;
  double ss = 0.0;
  for (size_t i = 1; i < n; ++i) {
    double dt = s.t[i] - s.t[i - 1];
    double r = s.z[i] - s.z[i - 1] - drift * dt;
    ss += r * r / dt;
  }
  double prior = kPriorRelativeSigma;
  if (kind == ScaleKind::kIdentity) {
    double mean_abs = 0.0;
    for (double v : s.z) mean_abs += std::fabs(v);
    mean_abs /= n;
    prior *= mean_abs > 0 ? mean_abs : 1.0;
  }
  double dof_data = static_cast<double>(n) - 2.0;  // increments minus the drift
  e.df = kPriorWeight + dof_data;
  e.sigma = std::sqrt((kPriorWeight * prior * prior + ss) / e.df);
  return e;
}

std::vector<double> HorizonSigma(const ErrorScale& e, const ScaledSeries& s,
                                 const std::vector<double>& horizon_t) {
  std::vector<double> out;
  out.reserve(horizon_t.size());
  for (double t : horizon_t) {
    double k = t - s.t.back();
    out.push_back(kCalibration * e.sigma * std::sqrt(k + k * k / e.span));
  }
  return out;
}

}  // namespace plancast
