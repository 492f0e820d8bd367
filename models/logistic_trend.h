// Logistic (saturating) trend:  y(t) = K / (1 + exp(-r (t - t_n - s0)))
//   K: ceiling (the indicator's upper bound when it has one, else fitted
//      between the largest value and 10 times it), r: steepness per year,
//   s0: inflection time relative to the last observation.
// Eligible with 4 points (3 with a bounded ceiling), all positive; an
// unbounded fit whose inflection lies after the last observation is refused,
// because such data cannot tell where the ceiling is.
#pragma once

#include "models/trend_curve.h"

namespace plancast {

PointPath FitLogisticTrend(const CurveInput& in);

}  // namespace plancast
