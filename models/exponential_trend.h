// Exponential trend (constant growth rate):  y(t) = a exp(g (t - t_n))
//   a > 0: level at the last observation, g: growth rate per year (|g| <= 1).
// Eligible with 3 or more points, all positive. Forecasts keep the growth rate
// from the latest value.
#pragma once

#include "models/trend_curve.h"

namespace plancast {

PointPath FitExponentialTrend(const CurveInput& in);

}  // namespace plancast
