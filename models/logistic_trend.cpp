// Logistic trend fitted with Ceres; see logistic_trend.h.
#include "models/logistic_trend.h"

#include <ceres/ceres.h>

#include <algorithm>
#include <cmath>

#include "models/bounded_parameter.h"
#include "models/ceres_solve.h"
#include "models/robust_residual.h"

namespace plancast {
namespace {

// residual_i = v_i - K / (1 + exp(-r (s_i - s0))), one block for the whole
// history, with K = Squash(kappa, k_lo, k_hi) (k_lo == k_hi: a known ceiling).
// Parameters {kappa, r, s0}.
struct LogisticResidual {
  LogisticResidual(const CurveFrame& frame, double k_lo, double k_hi, double delta)
      : frame_(frame), k_lo_(k_lo), k_hi_(k_hi), delta_(delta) {}
  template <typename T>
  bool operator()(const T* const p, T* residual) const {
    T k = k_hi_ > k_lo_ ? Squash(p[0], k_lo_, k_hi_) : T(k_lo_);
    for (size_t i = 0; i < frame_.s.size(); ++i)
      residual[i] = RobustResidual(T(frame_.v[i]) - k / (T(1.0) + exp(-p[1] * (T(frame_.s[i]) - p[2]))),
                                   delta_);
    return true;
  }
  static ceres::CostFunction* Create(const CurveFrame& frame, double k_lo, double k_hi,
                                     double delta) {
    return new ceres::AutoDiffCostFunction<LogisticResidual, ceres::DYNAMIC, 3>(
        new LogisticResidual(frame, k_lo, k_hi, delta), static_cast<int>(frame.s.size()));
  }
  const CurveFrame& frame_;
  double k_lo_, k_hi_, delta_;
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
  const double k_lo = bounded ? in.bounds.hi / frame.y_scale : v_max * 1.0001;
  const double k_hi = bounded ? k_lo : v_max * 10.0;
  if (bounded && !(k_lo > v_max)) return NotEligible("values at the ceiling");
  // Start: the best ceiling on a grid, with the line through logit(v / K) =
  // r s - r s0 for it.
  std::vector<double> ceilings = {k_lo};
  if (!bounded)
    for (double m : {1.05, 1.2, 1.5, 2.0, 3.0, 5.0, 9.0}) ceilings.push_back(v_max * m);
  const SaturatingStart start = ProfileCeiling(
      frame, ceilings, [](double q) { return std::log(q / (1 - q)); },
      [](double x) { return 1.0 / (1.0 + std::exp(-x)); });
  // Unbounded ceilings need the inflection inside the data; when even the
  // best profiled start puts it after the last observation, the fit is not
  // tried (it would nearly always end there too, and it is the costliest).
  if (!bounded && (start.b <= 0 || -start.a / start.b > 0))
    return NotEligible("logistic: no inflection point within the data, ceiling not identified");
  double r0 = std::clamp(start.b, -2.9, 2.9);
  if (std::fabs(r0) < 1e-3) r0 = 1e-3;
  double p[3] = {bounded ? 0.0 : Unsquash(start.k, k_lo, k_hi), r0,
                 std::clamp(-start.a / r0, -199.0, 199.0)};
  ceres::Problem problem;
  problem.AddResidualBlock(
      LogisticResidual::Create(frame, k_lo, k_hi, in.robust ? frame.huber_delta : 0.0), nullptr, p);
  if (!SolveQuietly(&problem)) return NotEligible("logistic fit failed");
  const double k = bounded ? k_lo : Squash(p[0], k_lo, k_hi), r = p[1], s0 = p[2];
  if (!(std::fabs(r) <= 3.0 && std::fabs(s0) <= 200.0))
    return NotEligible("logistic fit left the plausible range (|r| <= 3/yr)");
  if (!bounded && s0 > 0)
    return NotEligible("logistic: data end before the inflection point, ceiling not identified");
  return AnchoredPath(in, frame, [=](double s) { return k / (1.0 + std::exp(-r * (s - s0))); },
                      bounded ? 2 : 3);
}

}  // namespace plancast
