// Gompertz trend fitted with Ceres; see gompertz_trend.h.
#include "models/gompertz_trend.h"

#include <ceres/ceres.h>

#include <algorithm>
#include <cmath>

#include "models/ceres_solve.h"

namespace plancast {
namespace {

// residual = v - K exp(-b exp(-c s)); ceiling[0] = K, shape = {b, c}.
struct GompertzResidual {
  GompertzResidual(double s, double v) : s_(s), v_(v) {}
  template <typename T>
  bool operator()(const T* const ceiling, const T* const shape, T* residual) const {
    residual[0] = T(v_) - ceiling[0] * exp(-shape[0] * exp(-shape[1] * T(s_)));
    return true;
  }
  static ceres::CostFunction* Create(double s, double v) {
    return new ceres::AutoDiffCostFunction<GompertzResidual, 1, 1, 2>(new GompertzResidual(s, v));
  }
  double s_, v_;
};

}  // namespace

PointPath FitGompertzTrend(const CurveInput& in) {
  const bool bounded = in.bounds.HasUpper();
  const size_t n = in.t.size();
  if (n < (bounded ? 3u : 4u)) return NotEligible(bounded ? "gompertz needs 3 points" : "gompertz needs 4 points");
  if (!std::all_of(in.y.begin(), in.y.end(), [](double v) { return v > 0; }))
    return NotEligible("gompertz needs positive values");
  CurveFrame frame(in);
  const double v_max = *std::max_element(frame.v.begin(), frame.v.end());
  double ceiling[1] = {bounded ? in.bounds.hi / frame.y_scale : 1.5 * v_max};
  if (bounded && !(ceiling[0] > v_max)) return NotEligible("values at the ceiling");
  // Start from the line through log(-log(v / K)) = log b - c s.
  double ms = 0, ml = 0;
  std::vector<double> lg(n);
  for (size_t i = 0; i < n; ++i) {
    double q = std::clamp(frame.v[i] / ceiling[0], 1e-9, 1 - 1e-9);
    lg[i] = std::log(-std::log(q));
    ms += frame.s[i];
    ml += lg[i];
  }
  ms /= n;
  ml /= n;
  double sxy = 0, sxx = 0;
  for (size_t i = 0; i < n; ++i) {
    sxy += (frame.s[i] - ms) * (lg[i] - ml);
    sxx += (frame.s[i] - ms) * (frame.s[i] - ms);
  }
  double c0 = std::clamp(-sxy / sxx, 1e-3, 1.9);
  double shape[2] = {std::clamp(std::exp(ml + c0 * ms), 1e-6, 1e6), c0};
  ceres::Problem problem;
  for (size_t i = 0; i < n; ++i) {
    ceres::LossFunction* loss = in.robust ? new ceres::HuberLoss(frame.huber_delta) : nullptr;
    problem.AddResidualBlock(GompertzResidual::Create(frame.s[i], frame.v[i]), loss, ceiling, shape);
  }
  if (bounded) {
    problem.SetParameterBlockConstant(ceiling);
  } else {
    problem.SetParameterLowerBound(ceiling, 0, v_max * 1.0001);
    problem.SetParameterUpperBound(ceiling, 0, v_max * 10.0);
  }
  problem.SetParameterLowerBound(shape, 0, 1e-8);
  problem.SetParameterUpperBound(shape, 0, 1e8);
  problem.SetParameterLowerBound(shape, 1, 1e-4);
  problem.SetParameterUpperBound(shape, 1, 2.0);
  if (!SolveQuietly(&problem)) return NotEligible("gompertz fit failed");
  const double k = ceiling[0], b = shape[0], c = shape[1];
  if (!bounded && std::log(b) / c > 0)
    return NotEligible("gompertz: data end before the inflection point, ceiling not identified");
  return AnchoredPath(in, frame, [=](double s) { return k * std::exp(-b * std::exp(-c * s)); },
                      bounded ? 2 : 3);
}

}  // namespace plancast
