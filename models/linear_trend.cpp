// Linear trend fitted with Ceres; see linear_trend.h.
#include "models/linear_trend.h"

#include <ceres/ceres.h>

#include "models/ceres_solve.h"

namespace plancast {
namespace {

// residual = v - (a + b s), for one observation (s, v).
struct LinearResidual {
  LinearResidual(double s, double v) : s_(s), v_(v) {}
  template <typename T>
  bool operator()(const T* const p, T* residual) const {
    residual[0] = T(v_) - (p[0] + p[1] * T(s_));
    return true;
  }
  static ceres::CostFunction* Create(double s, double v) {
    return new ceres::AutoDiffCostFunction<LinearResidual, 1, 2>(new LinearResidual(s, v));
  }
  double s_, v_;
};

}  // namespace

PointPath FitLinearTrend(const CurveInput& in) {
  if (in.t.size() < 3) return NotEligible("linear needs 3 points");
  CurveFrame frame(in);
  double p[2] = {frame.v.back(), (frame.v.back() - frame.v.front()) / -frame.s.front()};
  ceres::Problem problem;
  for (size_t i = 0; i < frame.s.size(); ++i) {
    ceres::LossFunction* loss = in.robust ? new ceres::HuberLoss(frame.huber_delta) : nullptr;
    problem.AddResidualBlock(LinearResidual::Create(frame.s[i], frame.v[i]), loss, p);
  }
  if (!SolveQuietly(&problem)) return NotEligible("linear fit failed");
  return AnchoredPath(in, frame, [&](double s) { return p[0] + p[1] * s; }, 2);
}

}  // namespace plancast
