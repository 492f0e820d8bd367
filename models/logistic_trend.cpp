// Logistic trend fitted with Ceres; see logistic_trend.h.
#include "models/logistic_trend.h"

#include <ceres/ceres.h>

#include <algorithm>
#include <cmath>

#include "models/ceres_solve.h"

namespace plancast {
namespace {

// residual = v - K / (1 + exp(-r (s - s0))); ceiling[0] = K, shape = {r, s0}.
struct LogisticResidual {
  LogisticResidual(double s, double v) : s_(s), v_(v) {}
  template <typename T>
  bool operator()(const T* const ceiling, const T* const shape, T* residual) const {
    residual[0] = T(v_) - ceiling[0] / (T(1.0) + exp(-shape[0] * (T(s_) - shape[1])));
    return true;
  }
  static ceres::CostFunction* Create(double s, double v) {
    return new ceres::AutoDiffCostFunction<LogisticResidual, 1, 1, 2>(new LogisticResidual(s, v));
  }
  double s_, v_;
};

}  // namespace

PointPath FitLogisticTrend(const CurveInput& in) {
  const bool bounded = in.bounds.HasUpper();
  const size_t n = in.t.size();
  if (n < (bounded ? 3u : 4u)) return NotEligible(bounded ? "logistic needs 3 points" : "logistic needs 4 points");
  if (!std::all_of(in.y.begin(), in.y.end(), [](double v) { return v > 0; }))
    return NotEligible("logistic needs positive values");
  CurveFrame frame(in);
  const double v_max = *std::max_element(frame.v.begin(), frame.v.end());
  double ceiling[1] = {bounded ? in.bounds.hi / frame.y_scale : 1.5 * v_max};
  if (bounded && !(ceiling[0] > v_max)) return NotEligible("values at the ceiling");
  // Start from the least-squares line through logit(v / K) = r s - r s0.
  double ms = 0, ml = 0;
  std::vector<double> lg(n);
  for (size_t i = 0; i < n; ++i) {
    double q = std::clamp(frame.v[i] / ceiling[0], 1e-6, 1 - 1e-6);
    lg[i] = std::log(q / (1 - q));
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
  double r0 = std::clamp(sxy / sxx, -2.9, 2.9);
  if (std::fabs(r0) < 1e-3) r0 = 1e-3;
  double shape[2] = {r0, std::clamp(ms - ml / r0, -199.0, 199.0)};
  ceres::Problem problem;
  for (size_t i = 0; i < n; ++i) {
    ceres::LossFunction* loss = in.robust ? new ceres::HuberLoss(frame.huber_delta) : nullptr;
    problem.AddResidualBlock(LogisticResidual::Create(frame.s[i], frame.v[i]), loss, ceiling, shape);
  }
  if (bounded) {
    problem.SetParameterBlockConstant(ceiling);
  } else {
    problem.SetParameterLowerBound(ceiling, 0, v_max * 1.0001);
    problem.SetParameterUpperBound(ceiling, 0, v_max * 10.0);
  }
  problem.SetParameterLowerBound(shape, 0, -3.0);
  problem.SetParameterUpperBound(shape, 0, 3.0);
  problem.SetParameterLowerBound(shape, 1, -200.0);
  problem.SetParameterUpperBound(shape, 1, 200.0);
  if (!SolveQuietly(&problem)) return NotEligible("logistic fit failed");
  if (!bounded && shape[1] > 0)
    return NotEligible("logistic: data end before the inflection point, ceiling not identified");
  const double k = ceiling[0], r = shape[0], s0 = shape[1];
  return AnchoredPath(in, frame, [=](double s) { return k / (1.0 + std::exp(-r * (s - s0))); },
                      bounded ? 2 : 3);
}

}  // namespace plancast
