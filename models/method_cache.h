// Runs forecasting methods on one history, fitting each model at most once:
// the default combination and the single-model rows of a backtest share fits.
// Internal to models/ (forecaster.cpp is the public face).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "models/forecaster.h"
#include "models/point_path.h"
#include "models/series_scale.h"

namespace plancast {

// A method's centre path on its own scale.
struct MethodRun {
  PointPath path;
  const SeriesScale* scale = nullptr;
  std::vector<ModelWeight> components;  // for the default: the models combined
};

class MethodCache {
 public:
  // REQUIRES: a valid history (>= 2 points, increasing finite times, finite
  // values) and horizon times after it (asserted). The vectors must outlive
  // the cache.
  MethodCache(const std::vector<double>& t, const std::vector<double>& y,
              const std::vector<double>& horizon_t, const SeriesTraits& traits);

  // The run of `method` (the default combination or a single model/reference).
  // Not eligible: path.ok is false and path.why_not says why.
  const MethodRun& Get(ForecastMethod method);

  const SeriesScale& model_scale() const { return model_scale_; }
  const ScaledSeries& scaled() const { return scaled_; }
  const ScaledSeries& raw() const { return raw_; }

 private:
  MethodRun RunSingle(ForecastMethod method);
  MethodRun RunDefault();
  // drift or theta on the model scale (compound growth on a log scale).
  const MethodRun& LogScaleReference(ForecastMethod method);
  // Shrinks the change from the latest value towards the drift prior (ShrinkDrift).
  void ShrinkTowardLatest(PointPath* path) const;
  // Moves the pool's centre towards the drift on the model scale as far as
  // the history is short (PoolWeight), weights included.
  void LeanOnDrift(MethodRun* combined);

  const std::vector<double>& t_;
  const std::vector<double>& y_;
  const std::vector<double>& horizon_t_;
  SeriesTraits traits_;
  SeriesScale raw_scale_;    // identity, clamped to bounds: the references
  SeriesScale model_scale_;  // log / logit / identity: plancast's models
  ScaledSeries raw_;
  ScaledSeries scaled_;
  std::map<ForecastMethod, MethodRun> runs_;
  std::map<ForecastMethod, MethodRun> log_scale_refs_;  // drift and theta on the model scale (compound growth)
};

}  // namespace plancast
