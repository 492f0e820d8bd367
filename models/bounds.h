// Allowed range of a series' values; shares 0-100, ranks 1-N, counts >= 0.
//
// Lives in models/ because the forecaster clamps its fits to it; the plan
// data (engine/plan/types.h) includes this header for an indicator's bounds,
// so the arrow runs engine -> models and never back.
#pragma once

#include <limits>

namespace plancast {

struct Bounds {
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
  bool HasLower() const { return lo > -std::numeric_limits<double>::infinity(); }
  bool HasUpper() const { return hi < std::numeric_limits<double>::infinity(); }
};

}  // namespace plancast
