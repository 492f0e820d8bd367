// ForecastSeries: validates the history, picks the modelling scale, runs the
// requested method and turns its centre path into predictive distributions.
#include "models/forecaster.h"

#include <algorithm>
#include <cmath>

#include "models/error_scale.h"
#include "models/predictive.h"
#include "models/reference_methods.h"
#include "models/series_scale.h"

namespace plancast {
namespace {

bool ValidHistory(const std::vector<double>& t, const std::vector<double>& y,
                  const std::vector<double>& horizon_t, std::string* why) {
  if (t.size() != y.size()) {
    *why = "times and values differ in length";
    return false;
  }
  if (t.size() < 2) {
    *why = "fewer than two observations";
    return false;
  }
  for (size_t i = 0; i < t.size(); ++i) {
    if (!std::isfinite(t[i]) || !std::isfinite(y[i])) {
      *why = "non-finite observation";
      return false;
    }
    if (i > 0 && !(t[i] > t[i - 1])) {
      *why = "times not strictly increasing";
      return false;
    }
  }
  for (double h : horizon_t) {
    if (!std::isfinite(h) || !(h > t.back())) {
      *why = "horizon time not after the last observation";
      return false;
    }
  }
  return true;
}

bool IsReference(const std::string& method) {
  return method == "naive" || method == "drift" || method == "theta";
}

PointPath RunMethod(const std::string& method, const ScaledSeries& s,
                    const std::vector<double>& horizon_t) {
  if (method == "naive") return NaiveForecast(s, horizon_t);
  if (method == "theta") return ThetaForecast(s, horizon_t);
  return DriftForecast(s, horizon_t);  // "drift" and, for now, "default"
}

}  // namespace

std::vector<std::string> ForecastMethodNames() { return {"default", "naive", "drift", "theta"}; }

Forecast ForecastSeries(const std::vector<double>& t, const std::vector<double>& values,
                        const std::vector<double>& horizon_t, const SeriesTraits& traits,
                        const ForecastOptions& options) {
  Forecast out;
  out.method = options.method;
  std::string why;
  if (!ValidHistory(t, values, horizon_t, &why)) {
    out.status = ForecastStatus::kInsufficientData;
    out.warnings.push_back(why);
    return out;
  }
  const std::vector<std::string> names = ForecastMethodNames();
  if (std::find(names.begin(), names.end(), options.method) == names.end()) {
    out.warnings.push_back("unknown method \"" + options.method + "\"; using default");
    out.method = "default";
  }
  // References model the raw values (clamped to bounds) with their textbook
  // intervals; plancast's own methods work on the bounded scale.
  SeriesScale scale = IsReference(out.method) ? SeriesScale::Identity(traits.bounds)
                                                : SeriesScale::Choose(values, traits);
  ScaledSeries s{t, scale.Forward(values)};
  PointPath path = RunMethod(out.method, s, horizon_t);
  if (!path.ok) {
    out.warnings.push_back(out.method + ": " + path.why_not + "; using drift");
    path = DriftForecast(s, horizon_t);
  }
  ErrorScale error = EstimateErrorScale(s, scale.kind());
  std::vector<double> sigma = HorizonSigma(error, s, horizon_t);
  bool own_sigma = IsReference(out.method) && !path.sigma.empty() && path.sigma[0] > 0;
  for (size_t i = 0; i < horizon_t.size(); ++i) {
    if (own_sigma)
      out.steps.push_back(MakeStep(horizon_t[i], path.center[i], path.sigma[i], 0.0, scale));
    else
      out.steps.push_back(MakeStep(horizon_t[i], path.center[i], sigma[i], error.df, scale));
  }
  if (options.compute_fitted) {
    out.fitted.assign(t.size(), std::nan(""));
    for (size_t i = 0; i < path.fitted.size() && i < t.size(); ++i)
      if (std::isfinite(path.fitted[i])) out.fitted[i] = scale.Backward(path.fitted[i]);
  }
  out.components.push_back({out.method == "default" ? "drift" : out.method, 1.0});
  out.description = out.method + " on " + scale.Name() + " scale";
  out.status = ForecastStatus::kOk;
  return out;
}

}  // namespace plancast
