// What every forecasting method produces before it becomes a distribution: a
// centre path on the model scale (see series_scale.h) and the spread of its
// forecast errors. Internal to models/.
#pragma once

#include <string>
#include <vector>

namespace plancast {

// A history as the methods see it: times and values on the model scale.
struct ScaledSeries {
  std::vector<double> t;
  std::vector<double> z;
  double TimeSpan() const { return t.back() - t.front(); }
  double Last() const { return z.back(); }
};

struct PointPath {
  bool ok = false;                // false: the method is not eligible or failed
  std::string why_not;            // reason when !ok, for warnings
  std::vector<double> center;     // one per horizon time, model scale
  std::vector<double> sigma;      // error scale per horizon time (model scale), when the method has its own
  double df = 0.0;                // Student-t degrees of freedom of `sigma` (0: normal)
  // Share of the history's drift the centre carries forward; the calibrated
  // spread then charges only that share's drift uncertainty (error_scale.h).
  double drift_share = 1.0;
  std::vector<double> fitted;     // in-sample fit on the model scale (empty when none)
  int num_params = 0;             // for AICc
  double sse = 0.0;               // in-sample sum of squared one-step (or fit) residuals
};

}  // namespace plancast
