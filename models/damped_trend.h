// Damped trend (Holt's linear method with a damped slope, Gardner & McKenzie
// 1985), on the series' model scale z:
//   forecast  z(n + h) = l_n + (phi + phi^2 + ... + phi^h) b_n
//   updates   e_i = z_i - (l_{i-1} + phi b_{i-1})
//             l_i = l_{i-1} + phi b_{i-1} + alpha e_i
//             b_i = phi b_{i-1} + alpha beta e_i
// Parameters alpha in [0.05, 0.99], beta in [0.01, 0.99], phi in [0.80, 0.98],
// fitted with Ceres on the one-step errors; l_0 and b_0 come from the first
// four observations (b_0 their mean change, l_0 one step before the first).
// Eligible with 6 or more points (three parameters plus two initial states). It is anchored by
// construction: the level follows the latest observations.
#pragma once

#include <vector>

#include "models/point_path.h"

namespace plancast {

PointPath FitDampedTrend(const ScaledSeries& series, const std::vector<double>& horizon_t,
                         bool robust);

}  // namespace plancast
