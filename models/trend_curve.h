// Shared shape of the fitted trend curves (linear, exponential, logistic,
// Gompertz): the input each fit reads and how a fitted curve becomes a
// forecast that stays anchored to the latest observation.
//
// Each curve is fitted by least squares with Ceres to the raw values (scaled by
// their largest magnitude, time measured from the last observation), with
// parameter bounds and an optional Huber loss. The forecast keeps the curve's
// *change* from the last time, not its level:
//   identity scale:  y(t) = y_n + f(t) - f(t_n)
//   log/logit scale: z(t) = z_n + g(f(t)) - g(f(t_n)),  g = the series' scale
// so a curve that misses the latest value does not drag the forecast away from
// it (a global curve extrapolated is the worst yearly forecaster; see
// docs/forecasting.md).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "models/forecaster.h"
#include "models/point_path.h"
#include "models/series_scale.h"

namespace plancast {

struct CurveInput {
  std::vector<double> t;          // history times
  std::vector<double> y;          // history values (data scale)
  std::vector<double> horizon_t;  // times to forecast
  Bounds bounds;                  // indicator bounds (ceilings for saturating curves)
  const SeriesScale* scale = nullptr;
  const ScaledSeries* scaled = nullptr;
  bool robust = true;             // Huber loss on residuals beyond ~1 typical change
};

// Normalisation shared by the fits: s = t - t_n, v = y / y_scale.
struct CurveFrame {
  std::vector<double> s;
  std::vector<double> v;
  double y_scale = 1.0;
  double huber_delta = 0.1;  // in v units: the typical one-step change
  explicit CurveFrame(const CurveInput& in);
};

// Builds the anchored PointPath from a fitted curve f(s) (in v units), with
// `num_params` and the fit's sum of squared residuals (v units) for AICc.
PointPath AnchoredPath(const CurveInput& in, const CurveFrame& frame,
                       const std::function<double(double)>& curve, int num_params);

PointPath NotEligible(const std::string& why);

// Starting values for a saturating curve, by profiling its ceiling K: for
// each candidate K the linearised curve g(v / K) = a + b s is fitted by least
// squares, and the K whose curve K * h(a + b s) fits v best wins. Good starts
// halve the solver's iterations (docs/performance.md).
struct SaturatingStart {
  double k = 1.0;
  double a = 0.0;
  double b = 0.0;
};
SaturatingStart ProfileCeiling(const CurveFrame& frame, const std::vector<double>& ceilings,
                               const std::function<double(double)>& linearise,
                               const std::function<double(double)>& shape);

}  // namespace plancast
