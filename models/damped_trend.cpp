// Damped trend fitted with Ceres; see damped_trend.h.
#include "models/damped_trend.h"

#include <ceres/ceres.h>

#include <cmath>

#include "models/ceres_solve.h"
#include "models/reference_methods.h"

namespace plancast {
namespace {

// One residual per observation: the one-step error of the damped recursion,
// on the normalised series w. state = {l_0, b_0}, smoothing = {alpha, beta, phi}.
struct DampedTrendResiduals {
  explicit DampedTrendResiduals(std::vector<double> w) : w_(std::move(w)) {}
  template <typename T>
  bool operator()(const T* const state, const T* const smoothing, T* residuals) const {
    T level = state[0], slope = state[1];
    const T& alpha = smoothing[0];
    const T& beta = smoothing[1];
    const T& phi = smoothing[2];
    for (size_t i = 0; i < w_.size(); ++i) {
      T forecast = level + phi * slope;
      T e = T(w_[i]) - forecast;
      residuals[i] = e;
      level = forecast + alpha * e;
      slope = phi * slope + alpha * beta * e;
    }
    return true;
  }
  static ceres::CostFunction* Create(const std::vector<double>& w) {
    auto* cost = new ceres::AutoDiffCostFunction<DampedTrendResiduals, ceres::DYNAMIC, 2, 3>(
        new DampedTrendResiduals(w), static_cast<int>(w.size()));
    return cost;
  }
  std::vector<double> w_;
};

}  // namespace

PointPath FitDampedTrend(const ScaledSeries& s, const std::vector<double>& horizon_t,
                         bool robust) {
  PointPath p;
  const size_t n = s.z.size();
  if (n < 6) {
    p.why_not = "damped trend needs 6 points";
    return p;
  }
  // Normalise: w = (z - z_n) / typical change, so the tolerances mean the same
  // thing for every series.
  double unit = 0.0;
  for (size_t i = 1; i < n; ++i) unit += std::fabs(s.z[i] - s.z[i - 1]);
  unit = unit > 0 ? unit / (n - 1) : 1.0;
  std::vector<double> w(n);
  for (size_t i = 0; i < n; ++i) w[i] = (s.z[i] - s.Last()) / unit;
  double state[2] = {w[0], (w[n - 1] - w[0]) / (n - 1)};
  double smoothing[3] = {0.5, 0.1, 0.9};
  ceres::Problem problem;
  problem.AddResidualBlock(DampedTrendResiduals::Create(w),
                           robust ? new ceres::HuberLoss(1.5) : nullptr, state, smoothing);
  const double lo[3] = {0.05, 0.01, 0.80}, hi[3] = {0.99, 0.99, 0.98};
  for (int k = 0; k < 3; ++k) {
    problem.SetParameterLowerBound(smoothing, k, lo[k]);
    problem.SetParameterUpperBound(smoothing, k, hi[k]);
  }
  if (!SolveQuietly(&problem)) {
    p.why_not = "damped trend fit failed";
    return p;
  }
  // Run the recursion once more to get the final level and slope.
  const double alpha = smoothing[0], beta = smoothing[1], phi = smoothing[2];
  double level = state[0], slope = state[1];
  p.fitted.resize(n);
  for (size_t i = 0; i < n; ++i) {
    double f = level + phi * slope;
    double e = w[i] - f;
    p.fitted[i] = s.Last() + f * unit;
    p.sse += e * e * unit * unit;
    level = f + alpha * e;
    slope = phi * slope + alpha * beta * e;
  }
  const double step = MedianStep(s.t);
  for (double t : horizon_t) {
    double h = (t - s.t.back()) / step;
    // Sum of phi^j for j = 1..h, continuous in h: phi (1 - phi^h) / (1 - phi).
    double damp = phi * (1.0 - std::pow(phi, h)) / (1.0 - phi);
    p.center.push_back(s.Last() + (level + damp * slope) * unit);
  }
  p.num_params = 5;
  p.ok = true;
  return p;
}

}  // namespace plancast
