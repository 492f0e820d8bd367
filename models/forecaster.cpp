// ForecastSeries: validates the history, runs the requested methods through a
// MethodCache and turns their centre paths into predictive distributions.
#include "models/forecaster.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>

#include "models/error_scale.h"
#include "models/method_cache.h"
#include "models/predictive.h"

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

// One method's Forecast from the cache: its run (or the default's, when it is
// not eligible) with distributions around it.
Forecast Assemble(ForecastMethod requested, MethodCache& cache, const std::vector<double>& t,
                  const std::vector<double>& horizon_t, bool compute_fitted) {
  Forecast out;
  out.method = requested;
  const MethodRun* run = &cache.Get(requested);
  if (!run->path.ok) {
    // Not eligible: fall back to the default, as `forecast` does.
    out.warnings.push_back(std::string(ForecastMethodName(requested)) + ": " + run->path.why_not +
                           "; used default");
    out.fallback = true;
    run = &cache.Get(ForecastMethod::kDefault);
  }
  out.components = run->components.empty()
                       ? std::vector<ModelWeight>{{ForecastMethodName(requested), 1.0}}
                                            : run->components;
  // Spread: the references keep their textbook intervals on the raw values
  // (or, when those are undefined, e.g. two points, the calibrated error
  // scale on the raw values); plancast's methods use the calibrated error
  // scale of error_scale.h on the model scale.
  const bool reference = ForecastMethodRow(requested).reference && !out.fallback;
  const SeriesScale& scale = reference ? *run->scale : cache.model_scale();
  const ScaledSeries& series = reference ? cache.raw() : cache.scaled();
  const bool own_sigma = reference && !run->path.sigma.empty() && run->path.sigma[0] > 0;
  const ErrorScale error = EstimateErrorScale(series, scale.kind());
  const std::vector<double> sigma =
      HorizonSigma(error, series, horizon_t, reference ? 1.0 : run->path.drift_share);
  const StandardRow standard = StandardQuantiles(own_sigma ? 0.0 : error.df);
  for (size_t i = 0; i < horizon_t.size(); ++i) {
    const double center = run->scale == &scale
                              ? run->path.center[i]
                              : scale.ForwardInside(run->scale->Backward(run->path.center[i]));
    out.steps.push_back(
        MakeStep(horizon_t[i], center, own_sigma ? run->path.sigma[i] : sigma[i], standard, scale));
  }
  if (compute_fitted) {
    out.fitted.assign(t.size(), std::nan(""));
    for (size_t i = 0; i < run->path.fitted.size() && i < t.size(); ++i)
      if (std::isfinite(run->path.fitted[i])) out.fitted[i] = run->scale->Backward(run->path.fitted[i]);
  }
  out.description = std::string(ForecastMethodName(requested)) + " on " + std::string(scale.Name()) + " scale:";
  for (const ModelWeight& w : out.components)
    out.description += " " + w.model + " " + std::to_string(std::lround(w.weight * 100)) + "%";
  out.status = ForecastStatus::kOk;
  return out;
}

}  // namespace

std::vector<Forecast> ForecastSeriesMethods(const std::vector<double>& t,
                                            const std::vector<double>& values,
                                            const std::vector<double>& horizon_t,
                                            const SeriesTraits& traits,
                                            const std::vector<ForecastMethod>& methods,
                                            bool compute_fitted, std::vector<double>* seconds) {
  using Clock = std::chrono::steady_clock;
  std::vector<Forecast> out(methods.size());
  if (seconds) seconds->assign(methods.size(), 0.0);
  std::string why;
  const bool valid = ValidHistory(t, values, horizon_t, &why);
  std::unique_ptr<MethodCache> cache;
  if (valid) cache = std::make_unique<MethodCache>(t, values, horizon_t, traits);
  for (size_t m = 0; m < methods.size(); ++m) {
    auto start = Clock::now();
    if (!valid) {
      out[m].method = methods[m];
      out[m].status = ForecastStatus::kInsufficientData;
      out[m].warnings.push_back(why);
    } else {
      out[m] = Assemble(methods[m], *cache, t, horizon_t, compute_fitted);
    }
    if (seconds) (*seconds)[m] = std::chrono::duration<double>(Clock::now() - start).count();
  }
  return out;
}

Forecast ForecastSeries(const std::vector<double>& t, const std::vector<double>& values,
                        const std::vector<double>& horizon_t, const SeriesTraits& traits,
                        const ForecastOptions& options) {
  return ForecastSeriesMethods(t, values, horizon_t, traits, {options.method},
                               options.compute_fitted, nullptr)
      .front();
}

}  // namespace plancast
