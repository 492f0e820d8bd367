// ForecastSeries: validates the history, picks the modelling scale, runs the
// requested method (or plancast's default combination) and turns centre paths
// into predictive distributions.
#include "models/forecaster.h"

#include <algorithm>
#include <cmath>

#include "models/damped_trend.h"
#include "models/error_scale.h"
#include "models/exponential_trend.h"
#include "models/gompertz_trend.h"
#include "models/linear_trend.h"
#include "models/logistic_trend.h"
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

// Everything the methods of one call share.
struct Context {
  const std::vector<double>& t;
  const std::vector<double>& y;
  const std::vector<double>& horizon_t;
  const SeriesTraits& traits;
  SeriesScale raw_scale;    // identity, clamped to bounds: the references
  SeriesScale model_scale;  // log / logit / identity: plancast's models
  ScaledSeries raw;
  ScaledSeries scaled;
};

// A method's centre path on its own scale.
struct Run {
  PointPath path;
  const SeriesScale* scale = nullptr;
};

Run RunSingle(const std::string& method, const Context& c) {
  if (method == "naive") return {NaiveForecast(c.raw, c.horizon_t), &c.raw_scale};
  if (method == "drift") return {DriftForecast(c.raw, c.horizon_t), &c.raw_scale};
  if (method == "theta") return {ThetaForecast(c.raw, c.horizon_t), &c.raw_scale};
  if (method == "damped") return {FitDampedTrend(c.scaled, c.horizon_t, true), &c.model_scale};
  if (method == "growth") return {DriftForecast(c.scaled, c.horizon_t), &c.model_scale};
  CurveInput in{c.t, c.y, c.horizon_t, c.traits.bounds, &c.model_scale, &c.scaled, true};
  if (method == "linear") return {FitLinearTrend(in), &c.model_scale};
  if (method == "exponential") return {FitExponentialTrend(in), &c.model_scale};
  if (method == "logistic") return {FitLogisticTrend(in), &c.model_scale};
  if (method == "gompertz") return {FitGompertzTrend(in), &c.model_scale};
  return {NotEligible("unknown method " + method), &c.model_scale};
}

// plancast's default: the median, step by step on the data scale, of every
// eligible model. Chosen over smaller pools on rolling origins inside the
// fitting parts of both data sets (docs/forecasting.md has the evidence).
const char* const kDefaultPool[] = {"growth", "drift",    "theta",  "linear",
                                    "gompertz", "logistic", "damped"};

Run RunDefault(const Context& c, Forecast* out) {
  std::vector<Run> runs;
  for (const char* name : kDefaultPool) {
    // Two points give a growth rate (drift on the model scale) and nothing else.
    if (c.t.size() < 3 && std::string(name) != "growth") continue;
    Run r = RunSingle(name, c);
    if (!r.path.ok) continue;
    runs.push_back(std::move(r));
    out->components.push_back({name, 0.0});
  }
  for (ModelWeight& w : out->components) w.weight = 1.0 / runs.size();
  Run combined;
  combined.scale = &c.model_scale;
  combined.path.ok = true;
  std::vector<double> values(runs.size());
  for (size_t h = 0; h < c.horizon_t.size(); ++h) {
    for (size_t k = 0; k < runs.size(); ++k)
      values[k] = runs[k].scale->Backward(runs[k].path.center[h]);
    std::sort(values.begin(), values.end());
    size_t m = values.size();
    double median = m % 2 ? values[m / 2] : 0.5 * (values[m / 2 - 1] + values[m / 2]);
    combined.path.center.push_back(c.model_scale.Forward(median));
  }
  return combined;
}

}  // namespace

std::vector<std::string> ForecastMethodNames() {
  return {"default", "linear", "exponential", "logistic", "gompertz", "damped", "growth",
          "naive",   "drift",  "theta"};
}

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
  Context c{t, values, horizon_t, traits, SeriesScale::Identity(traits.bounds),
            SeriesScale::Choose(values, traits), {}, {}};
  c.raw = ScaledSeries{t, values};
  c.scaled = ScaledSeries{t, c.model_scale.Forward(values)};

  Run run;
  if (out.method == "default") {
    run = RunDefault(c, &out);
  } else {
    run = RunSingle(out.method, c);
    if (!run.path.ok) {
      // Not eligible: fall back to the default, as `forecast` does.
      out.warnings.push_back(out.method + ": " + run.path.why_not + "; used default");
      out.fallback = true;
      run = RunDefault(c, &out);
    } else {
      out.components.push_back({out.method, 1.0});
    }
  }
  // Spread: the references keep their textbook intervals; plancast's methods
  // share the calibrated error scale of error_scale.h on the model scale.
  const bool own_sigma = IsReference(out.method) && !out.fallback && !run.path.sigma.empty() &&
                         run.path.sigma[0] > 0;
  ErrorScale error = EstimateErrorScale(c.scaled, c.model_scale.kind());
  std::vector<double> sigma = HorizonSigma(error, c.scaled, horizon_t);
  for (size_t i = 0; i < horizon_t.size(); ++i) {
    if (own_sigma) {
      out.steps.push_back(MakeStep(horizon_t[i], run.path.center[i], run.path.sigma[i], 0.0, *run.scale));
    } else {
      double center = run.scale == &c.model_scale
                          ? run.path.center[i]
                          : c.model_scale.Forward(run.scale->Backward(run.path.center[i]));
      out.steps.push_back(MakeStep(horizon_t[i], center, sigma[i], error.df, c.model_scale));
    }
  }
  if (options.compute_fitted) {
    out.fitted.assign(t.size(), std::nan(""));
    for (size_t i = 0; i < run.path.fitted.size() && i < t.size(); ++i)
      if (std::isfinite(run.path.fitted[i])) out.fitted[i] = run.scale->Backward(run.path.fitted[i]);
  }
  out.description = out.method + " on " + c.model_scale.Name() + " scale:";
  for (const ModelWeight& w : out.components)
    out.description += " " + w.model + " " + std::to_string(static_cast<int>(std::lround(w.weight * 100))) + "%";
  out.status = ForecastStatus::kOk;
  return out;
}

}  // namespace plancast
