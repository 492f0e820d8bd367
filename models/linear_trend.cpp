// Linear trend fitted with Ceres; see linear_trend.h.
#include "models/linear_trend.h"

#include <ceres/ceres.h>

#include "models/ceres_solve.h"
#include "models/robust_residual.h"

namespace plancast {
namespace {

// residual_i = v_i - (a + b s_i), one block for the whole history (a block
// per observation costs more in Ceres' bookkeeping than in arithmetic).
struct LinearResidual {
  LinearResidual(const CurveFrame& frame, double delta) : frame_(frame), delta_(delta) {}
  template <typename T>
  bool operator()(const T* const p, T* residual) const {
    for (size_t i = 0; i < frame_.s.size(); ++i)
      residual[i] = RobustResidual(T(frame_.v[i]) - (p[0] + p[1] * T(frame_.s[i])), delta_);
    return true;
  }
  static ceres::CostFunction* Create(const CurveFrame& frame, double delta) {
    return new ceres::AutoDiffCostFunction<LinearResidual, ceres::DYNAMIC, 2>(
        new LinearResidual(frame, delta), static_cast<int>(frame.s.size()));
  }
  const CurveFrame& frame_;
  double delta_;
};

}  // namespace

PointPath FitLinearTrend(const CurveInput& in) {
  if (in.t.size() < 3) return NotEligible("linear needs 3 points");
  CurveFrame frame(in);
  double p[2] = {frame.v.back(), (frame.v.back() - frame.v.front()) / -frame.s.front()};
  ceres::Problem problem;
  problem.AddResidualBlock(LinearResidual::Create(frame, in.robust ? frame.huber_delta : 0.0),
                           nullptr, p);
  if (!SolveQuietly(&problem)) return NotEligible("linear fit failed");
  return AnchoredPath(in, frame, [&](double s) { return p[0] + p[1] * s; }, 2);
}

}  // namespace plancast
