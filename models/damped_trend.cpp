// Damped trend fitted with Ceres; see damped_trend.h.
#include "models/damped_trend.h"

#include <ceres/ceres.h>

#include <cmath>

#include "models/bounded_parameter.h"
#include "models/ceres_solve.h"
#include "models/reference_methods.h"
#include "models/robust_residual.h"

namespace plancast {
namespace {

// Bounds of alpha, beta and phi (phi <= 0.98 keeps the trend damped).
constexpr double kLo[3] = {0.05, 0.01, 0.80};
constexpr double kHi[3] = {0.99, 0.99, 0.98};

// One residual per observation: the one-step error of the damped recursion,
// on the normalised series w; smoothing = {alpha, beta, phi}. The initial
// level and slope are set from the first observations rather than fitted:
// two parameters fewer halve the cost and barely move the forecasts, which
// depend on the final state.
struct DampedTrendResiduals {
  DampedTrendResiduals(std::vector<double> w, double level0, double slope0, double delta)
      : w_(std::move(w)), level0_(level0), slope0_(slope0), delta_(delta) {}
  template <typename T>
  bool operator()(const T* const smoothing, T* residuals) const {
    T level = T(level0_), slope = T(slope0_);
    const T alpha = Squash(smoothing[0], kLo[0], kHi[0]);
    const T beta = Squash(smoothing[1], kLo[1], kHi[1]);
    const T phi = Squash(smoothing[2], kLo[2], kHi[2]);
    for (size_t i = 0; i < w_.size(); ++i) {
      T forecast = level + phi * slope;
      T e = T(w_[i]) - forecast;
      residuals[i] = RobustResidual(e, delta_);
      level = forecast + alpha * e;
      slope = phi * slope + alpha * beta * e;
    }
    return true;
  }
  static ceres::CostFunction* Create(const std::vector<double>& w, double level0, double slope0,
                                     double delta) {
    return new ceres::AutoDiffCostFunction<DampedTrendResiduals, ceres::DYNAMIC, 3>(
        new DampedTrendResiduals(w, level0, slope0, delta), static_cast<int>(w.size()));
  }
  std::vector<double> w_;
  double level0_, slope0_;
  double delta_;  // robust threshold in units of the typical change; 0: plain least squares
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
  // Start: level at the first value, slope of the first three changes.
  const double state[2] = {w[0] - (w[3] - w[0]) / 3.0, (w[3] - w[0]) / 3.0};
  double smoothing[3] = {Unsquash(0.5, kLo[0], kHi[0]), Unsquash(0.1, kLo[1], kHi[1]),
                          Unsquash(0.9, kLo[2], kHi[2])};
  ceres::Problem problem;
  problem.AddResidualBlock(DampedTrendResiduals::Create(w, state[0], state[1], robust ? 1.5 : 0.0),
                           nullptr, smoothing);
  if (!SolveQuietly(&problem)) {
    p.why_not = "damped trend fit failed";
    return p;
  }
  // Run the recursion once more to get the final level and slope.
  const double alpha = Squash(smoothing[0], kLo[0], kHi[0]);
  const double beta = Squash(smoothing[1], kLo[1], kHi[1]);
  const double phi = Squash(smoothing[2], kLo[2], kHi[2]);
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
