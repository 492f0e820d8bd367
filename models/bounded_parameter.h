// Parameter bounds by smooth reparametrisation: a bounded parameter p in
// (lo, hi) is fitted as an unbounded x with p = lo + (hi - lo) sigmoid(x).
//
// Why not Problem::SetParameterLowerBound/UpperBound: on these tiny problems
// Ceres then runs a projected line search with polynomial root finding on
// every step, which profiling (callgrind, docs/performance.md) showed to cost
// more than the fit itself. The mapped form keeps the bounds exact and the
// solver unconstrained. Works for double and ceres::Jet (exp found by ADL).
#pragma once

#include <algorithm>
#include <cmath>

namespace plancast {

template <typename T>
T Squash(const T& x, double lo, double hi) {
  using std::exp;
  // Two branches so that neither exp() overflows: a saturated parameter must
  // keep a finite (near-zero) derivative, or the solver sees NaN.
  if (x >= T(0.0)) return T(lo) + T(hi - lo) / (T(1.0) + exp(-x));
  T e = exp(x);
  return T(lo) + T(hi - lo) * e / (T(1.0) + e);
}

// Inverse of Squash for a starting value; `p` is pulled inside (lo, hi).
inline double Unsquash(double p, double lo, double hi) {
  double q = std::clamp((p - lo) / (hi - lo), 1e-6, 1.0 - 1e-6);
  return std::log(q / (1.0 - q));
}

}  // namespace plancast
