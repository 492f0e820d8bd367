// Gompertz trend fitted with Ceres; see gompertz_trend.h.
#include "models/gompertz_trend.h"

#include <ceres/ceres.h>

#include <algorithm>
#include <cmath>

#include "models/bounded_parameter.h"
#include "models/ceres_solve.h"
#include "models/robust_residual.h"

namespace plancast {
namespace {

// residual_i = v_i - K exp(-b exp(-c s_i)), one block for the whole history,
// with K = Squash(kappa, k_lo, k_hi) (k_lo == k_hi: a known ceiling),
// b = exp(beta), c = exp(gamma). Parameters {kappa, beta, gamma}.
struct GompertzResidual {
  GompertzResidual(const CurveFrame& frame, double k_lo, double k_hi, double delta)
      : frame_(frame), k_lo_(k_lo), k_hi_(k_hi), delta_(delta) {}
  template <typename T>
  bool operator()(const T* const p, T* residual) const {
    T k = k_hi_ > k_lo_ ? Squash(p[0], k_lo_, k_hi_) : T(k_lo_);
    T b = exp(p[1]), c = exp(p[2]);
    for (size_t i = 0; i < frame_.s.size(); ++i)
      residual[i] = RobustResidual(T(frame_.v[i]) - k * exp(-b * exp(-c * T(frame_.s[i]))), delta_);
    return true;
  }
  static ceres::CostFunction* Create(const CurveFrame& frame, double k_lo, double k_hi,
                                     double delta) {
    return new ceres::AutoDiffCostFunction<GompertzResidual, ceres::DYNAMIC, 3>(
        new GompertzResidual(frame, k_lo, k_hi, delta), static_cast<int>(frame.s.size()));
  }
  const CurveFrame& frame_;
  double k_lo_, k_hi_, delta_;
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
  const double k_lo = bounded ? in.bounds.hi / frame.y_scale : v_max * 1.0001;
  const double k_hi = bounded ? k_lo : v_max * 10.0;
  if (bounded && !(k_lo > v_max)) return NotEligible("values at the ceiling");
  // Start: the best ceiling on a grid, with the line through
  // log(-log(v / K)) = log b - c s for it.
  std::vector<double> ceilings = {k_lo};
  if (!bounded)
    for (double m : {1.05, 1.2, 1.5, 2.0, 3.0, 5.0, 9.0}) ceilings.push_back(v_max * m);
  const SaturatingStart start = ProfileCeiling(
      frame, ceilings, [](double q) { return std::log(-std::log(q)); },
      [](double x) { return std::exp(-std::exp(x)); });
  // As for the logistic: an unbounded ceiling needs the inflection
  // (s = ln(b) / c = a / c) inside the data already at the profiled start.
  if (!bounded && (start.b >= 0 || start.a / -start.b > 0))
    return NotEligible("gompertz: no inflection point within the data, ceiling not identified");
  double c0 = std::clamp(-start.b, 1e-3, 1.9);
  double p[3] = {bounded ? 0.0 : Unsquash(start.k, k_lo, k_hi), std::clamp(start.a, -13.0, 13.0),
                 std::log(c0)};
  ceres::Problem problem;
  problem.AddResidualBlock(
      GompertzResidual::Create(frame, k_lo, k_hi, in.robust ? frame.huber_delta : 0.0), nullptr, p);
  if (!SolveQuietly(&problem)) return NotEligible("gompertz fit failed");
  const double k = bounded ? k_lo : Squash(p[0], k_lo, k_hi), b = std::exp(p[1]),
               c = std::exp(p[2]);
  if (!(c <= 2.0 && std::isfinite(b))) return NotEligible("gompertz fit left the plausible range (c <= 2/yr)");
  if (!bounded && std::log(b) / c > 0)
    return NotEligible("gompertz: data end before the inflection point, ceiling not identified");
  return AnchoredPath(in, frame, [=](double s) { return k * std::exp(-b * std::exp(-c * s)); },
                      bounded ? 2 : 3);
}

}  // namespace plancast
