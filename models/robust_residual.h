// Optional robust loss inside a residual functor, for problems written as one
// residual block (where a per-block ceres::LossFunction would robustify the
// whole block's norm instead of each observation).
//
// Returns r for |r| <= delta and sign(r) sqrt(2 delta |r| - delta^2) beyond,
// so that the squared residual is 2x Huber's loss: quadratic near zero,
// linear in |r| for outliers. Continuous with a continuous first derivative.
// Works for double and for ceres::Jet (sqrt and abs are found by ADL).
#pragma once

#include <cmath>

namespace plancast {

template <typename T>
T RobustResidual(const T& r, double delta) {
  using std::abs;
  using std::sqrt;
  if (!(delta > 0)) return r;
  T a = abs(r);
  if (a <= T(delta)) return r;
  T root = sqrt(T(2.0 * delta) * a - T(delta * delta));
  return r < T(0.0) ? -root : root;
}

}  // namespace plancast
