// The forecaster's contract: a history in, predictive distributions out.
//
// This header is the public face of models/ (the engine calls it). It holds no
// Ceres types, so including it costs nothing; the implementation (and Ceres)
// lives in models/*.cpp. `plancast forecast` and `plancast backtest` both call
// ForecastSeries with the default options: one forecaster, not two.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "models/forecast_method.h"
#include "models/bounds.h"

namespace plancast {

// Probability levels at which every predictive distribution is stored.
// Symmetric, dense enough in the tails for 95% intervals and p(meet) values.
constexpr std::array<double, 21> kQuantileLevels = {
    0.005, 0.01, 0.025, 0.05, 0.075, 0.10, 0.15, 0.20, 0.30, 0.40, 0.50,
    0.60,  0.70, 0.80,  0.85, 0.90,  0.925, 0.95, 0.975, 0.99, 0.995};

// Predictive distribution of the value at one future time, as quantiles at
// kQuantileLevels (non-decreasing). Between levels it is linear.
struct StepDistribution {
  double t = 0.0;
  std::array<double, kQuantileLevels.size()> quantiles{};

  double Median() const;
  // Quantile at any p in (0,1); beyond the stored tails it is held flat.
  double Quantile(double p) const;
  // P(value <= x), clamped to [0.005, 0.995]-ish by the stored grid:
  // returns 0 below the lowest stored quantile and 1 above the highest.
  double Cdf(double x) const;
};

// What the history looks like to the forecaster.
struct SeriesTraits {
  Bounds bounds;               // hard limits (shares 0-100, counts >= 0)
  bool positive = false;       // every value > 0 and the quantity is a count/amount
};

struct ForecastOptions {
  // kDefault is plancast's combination; the others are single models or
  // references (models/forecast_method.h has the table, models/README.md the
  // details). An enum, so an unknown name cannot reach the forecaster: names
  // are parsed where they enter (ParseForecastMethod).
  ForecastMethod method = ForecastMethod::kDefault;
  bool compute_fitted = true;  // in-sample fitted values, for charts
};

enum class ForecastStatus { kOk, kInsufficientData };

struct ModelWeight {
  std::string model;
  double weight = 0.0;
};

struct Forecast {
  ForecastStatus status = ForecastStatus::kInsufficientData;
  ForecastMethod method = ForecastMethod::kDefault;  // the method requested
  std::string description;                // one line for people: models and weights
  std::vector<ModelWeight> components;    // models that contributed, weights sum to 1
  std::vector<double> fitted;             // in-sample fit at each history t (NaN where none)
  std::vector<StepDistribution> steps;    // one per requested horizon time, same order
  std::vector<std::string> warnings;      // e.g. "logistic fit did not converge; dropped"
  bool fallback = false;                  // the requested method was not eligible; `method` says what ran
};

// Forecasts `values` observed at times `t` (strictly increasing, same length,
// finite) at each of `horizon_t` (each > t.back()). Fewer than two points gives
// status kInsufficientData and no steps. Deterministic: the same input gives
// the same output bit for bit, on any thread.
Forecast ForecastSeries(const std::vector<double>& t, const std::vector<double>& values,
                        const std::vector<double>& horizon_t, const SeriesTraits& traits,
                        const ForecastOptions& options);

// Several methods on one history at once, each model fitted once (the
// default's members are shared with single-model results): element i is what
// ForecastSeries would return for methods[i]. When `seconds` is non-null it
// receives the time spent on each method, charged to the first method that
// needed a fit (put kDefault first to charge it its whole cost).
std::vector<Forecast> ForecastSeriesMethods(const std::vector<double>& t,
                                            const std::vector<double>& values,
                                            const std::vector<double>& horizon_t,
                                            const SeriesTraits& traits,
                                            const std::vector<ForecastMethod>& methods,
                                            bool compute_fitted, std::vector<double>* seconds);

}  // namespace plancast
