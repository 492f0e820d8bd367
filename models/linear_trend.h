// Linear trend:  y(t) = a + b (t - t_n)
//   a: level at the last observation, b: change per year.
// Eligible with 3 or more points (two parameters plus one to judge the fit).
// The forecast keeps the slope b and starts from the latest value (see
// trend_curve.h for the anchoring).
#pragma once

#include "models/trend_curve.h"

namespace plancast {

PointPath FitLinearTrend(const CurveInput& in);

}  // namespace plancast
