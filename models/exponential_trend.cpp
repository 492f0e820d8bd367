// Exponential trend fitted with Ceres; see exponential_trend.h.
#include "models/exponential_trend.h"

#include <ceres/ceres.h>

#include <algorithm>
#include <cmath>

#include "models/ceres_solve.h"

namespace plancast {
namespace {

// residual = v - a exp(g s)
struct ExponentialResidual {
  ExponentialResidual(double s, double v) : s_(s), v_(v) {}
  template <typename T>
  bool operator()(const T* const p, T* residual) const {
    residual[0] = T(v_) - p[0] * exp(p[1] * T(s_));
    return true;
  }
  static ceres::CostFunction* Create(double s, double v) {
    return new ceres::AutoDiffCostFunction<ExponentialResidual, 1, 2>(
        new ExponentialResidual(s, v));
  }
  double s_, v_;
};

}  // namespace

PointPath FitExponentialTrend(const CurveInput& in) {
  if (in.t.size() < 3) return NotEligible("exponential needs 3 points");
  if (!std::all_of(in.y.begin(), in.y.end(), [](double v) { return v > 0; }))
    return NotEligible("exponential needs positive values");
  CurveFrame frame(in);
  // Start from the least-squares line through log v.
  const size_t n = frame.s.size();
  double ms = 0, ml = 0;
  for (size_t i = 0; i < n; ++i) {
    ms += frame.s[i];
    ml += std::log(frame.v[i]);
  }
  ms /= n;
  ml /= n;
  double sxy = 0, sxx = 0;
  for (size_t i = 0; i < n; ++i) {
    sxy += (frame.s[i] - ms) * (std::log(frame.v[i]) - ml);
    sxx += (frame.s[i] - ms) * (frame.s[i] - ms);
  }
  double g0 = std::clamp(sxy / sxx, -0.99, 0.99);
  double p[2] = {std::exp(ml - g0 * ms), g0};
  ceres::Problem problem;
  for (size_t i = 0; i < n; ++i) {
    ceres::LossFunction* loss = in.robust ? new ceres::HuberLoss(frame.huber_delta) : nullptr;
    problem.AddResidualBlock(ExponentialResidual::Create(frame.s[i], frame.v[i]), loss, p);
  }
  problem.SetParameterLowerBound(p, 0, 1e-9);
  problem.SetParameterLowerBound(p, 1, -1.0);
  problem.SetParameterUpperBound(p, 1, 1.0);
  if (!SolveQuietly(&problem)) return NotEligible("exponential fit failed");
  return AnchoredPath(in, frame, [&](double s) { return p[0] * std::exp(p[1] * s); }, 2);
}

}  // namespace plancast
