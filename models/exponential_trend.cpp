// Exponential trend fitted with Ceres; see exponential_trend.h.
#include "models/exponential_trend.h"

#include <ceres/ceres.h>

#include <algorithm>
#include <cmath>

#include "models/ceres_solve.h"
#include "models/robust_residual.h"

namespace plancast {
namespace {

// residual_i = v_i - a exp(g s_i), one block for the whole history.
struct ExponentialResidual {
  ExponentialResidual(const CurveFrame& frame, double delta) : frame_(frame), delta_(delta) {}
  template <typename T>
  bool operator()(const T* const p, T* residual) const {
    for (size_t i = 0; i < frame_.s.size(); ++i)
      residual[i] = RobustResidual(T(frame_.v[i]) - p[0] * exp(p[1] * T(frame_.s[i])), delta_);
    return true;
  }
  static ceres::CostFunction* Create(const CurveFrame& frame, double delta) {
    return new ceres::AutoDiffCostFunction<ExponentialResidual, ceres::DYNAMIC, 2>(
        new ExponentialResidual(frame, delta), static_cast<int>(frame.s.size()));
  }
  const CurveFrame& frame_;
  double delta_;
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
  problem.AddResidualBlock(
      ExponentialResidual::Create(frame, in.robust ? frame.huber_delta : 0.0), nullptr, p);
  if (!SolveQuietly(&problem)) return NotEligible("exponential fit failed");
  if (!(p[0] > 0 && std::fabs(p[1]) <= 1.0))
    return NotEligible("exponential fit left the plausible range (|g| <= 1/yr)");
  return AnchoredPath(in, frame, [&](double s) { return p[0] * std::exp(p[1] * s); }, 2);
}

}  // namespace plancast
