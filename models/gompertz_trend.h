// Gompertz trend (asymmetric saturation):  y(t) = K exp(-b exp(-c (t - t_n)))
//   K: ceiling (upper bound when given, else fitted up to 10 times the largest
//   value), b > 0: displacement, c > 0: growth rate per year. The inflection
//   is at t_n + ln(b) / c, where y = K / e.
// Eligible with 4 points (3 with a bounded ceiling), all positive; unbounded
// fits whose inflection lies after the last observation are refused.
#pragma once

#include "models/trend_curve.h"

namespace plancast {

PointPath FitGompertzTrend(const CurveInput& in);

}  // namespace plancast
