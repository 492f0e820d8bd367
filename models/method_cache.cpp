// Method runs with shared fits; see method_cache.h.
#include "models/method_cache.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <stdexcept>

#include "models/error_scale.h"

#include "models/damped_trend.h"
#include "models/exponential_trend.h"
#include "models/gompertz_trend.h"
#include "models/linear_trend.h"
#include "models/logistic_trend.h"
#include "models/reference_methods.h"

namespace plancast {
namespace {

// Robust (Huber-like) residuals in the curve fits: measured on both data sets
// they change sMAPE/MASE by < 1% either way and cost 2-5x the iterations, so
// plain least squares is the default (docs/forecasting.md).
constexpr bool kRobustFits = false;

// plancast's default: the median, step by step on the data scale, of every
// eligible model. Chosen over smaller pools on rolling origins inside the
// fitting parts of both data sets (docs/forecasting.md has the evidence).
constexpr ForecastMethod kDefaultPool[] = {
    ForecastMethod::kGrowth, ForecastMethod::kDrift,    ForecastMethod::kTheta, ForecastMethod::kLinear,
    ForecastMethod::kGompertz, ForecastMethod::kLogistic, ForecastMethod::kDamped};

// A short history cannot tell a trend from a lucky run: the default carries
// forward the posterior mean of the drift under a normal prior
// (DriftShare in error_scale.h), so a big jump, which on the data sets mostly
// does not persist, is shrunk hard. Two points: the growth rate shrunk (it
// replaced a fixed half of the rate: sMAPE 30.3 -> 22.8 on tourism and
// 18.5 -> 15.6 on R&D shares for cuts 1 year apart, 5 years apart unchanged
// or better). Three to kShortHistoryMax points: the pool median's change
// shrunk (3-point cuts: sMAPE 34.1 -> 24.1 and 23.1 -> 16.1 for consecutive
// years, 20.6 -> 21.0 and 17.9 -> 15.8 three years apart). Longer histories
// keep their trend: shrinking every history made tourism worse in-sample
// (sMAPE 20.3 -> 21.0). docs/forecasting.md has the scans.
constexpr size_t kShortHistoryMax = 6;

double Median(std::vector<double>& v) {
  std::sort(v.begin(), v.end());
  size_t m = v.size();
  return m % 2 ? v[m / 2] : 0.5 * (v[m / 2 - 1] + v[m / 2]);
}

}  // namespace

MethodCache::MethodCache(const std::vector<double>& t, const std::vector<double>& y,
                         const std::vector<double>& horizon_t, const SeriesTraits& traits)
    : t_(t),
      y_(y),
      horizon_t_(horizon_t),
      traits_(traits),
      raw_scale_(SeriesScale::Identity(traits.bounds)),
      model_scale_(SeriesScale::Choose(y, traits)),
      raw_{t, y},
      scaled_{t, model_scale_.Forward(y)} {
  // Asserted only: the one caller, ForecastSeriesMethods, checks the history
  // with ValidHistory() before it builds a cache.
  assert(t.size() == y.size() && t.size() >= 2);
  assert(horizon_t.empty() || horizon_t.front() > t.back());
}

const MethodRun& MethodCache::Get(ForecastMethod method) {
  auto it = runs_.find(method);
  if (it != runs_.end()) return it->second;
  MethodRun run = method == ForecastMethod::kDefault ? RunDefault() : RunSingle(method);
  return runs_.emplace(method, std::move(run)).first->second;
}

MethodRun MethodCache::RunSingle(ForecastMethod method) {
  CurveInput in{t_, y_, horizon_t_, traits_.bounds, &model_scale_, &scaled_, kRobustFits};
  switch (method) {
    case ForecastMethod::kNaive: return {NaiveForecast(raw_, horizon_t_), &raw_scale_, {}};
    case ForecastMethod::kDrift: return {DriftForecast(raw_, horizon_t_), &raw_scale_, {}};
    case ForecastMethod::kTheta: return {ThetaForecast(raw_, horizon_t_), &raw_scale_, {}};
    case ForecastMethod::kGrowth: return {DriftForecast(scaled_, horizon_t_), &model_scale_, {}};
    case ForecastMethod::kDamped:
      return {FitDampedTrend(scaled_, horizon_t_, kRobustFits), &model_scale_, {}};
    case ForecastMethod::kLinear: return {FitLinearTrend(in), &model_scale_, {}};
    case ForecastMethod::kExponential: return {FitExponentialTrend(in), &model_scale_, {}};
    case ForecastMethod::kLogistic: return {FitLogisticTrend(in), &model_scale_, {}};
    case ForecastMethod::kGompertz: return {FitGompertzTrend(in), &model_scale_, {}};
    case ForecastMethod::kDefault: break;  // Get() runs it through RunDefault()
  }
  // Only kDefault gets here, and Get() never passes it: a logic error, not input.
  throw std::logic_error("RunSingle called for the default combination");
}

void MethodCache::ShrinkTowardLatest(PointPath* path) const {
  const ErrorScale error = EstimateErrorScale(scaled_, model_scale_.kind());
  const double share = DriftShare(error, scaled_, model_scale_.kind());
  for (double& z : path->center) z = scaled_.Last() + share * (z - scaled_.Last());
  path->drift_share = share;
}

MethodRun MethodCache::RunDefault() {
  std::vector<const MethodRun*> members;
  MethodRun combined;
  for (ForecastMethod method : kDefaultPool) {
    // Two points give a growth rate (drift on the model scale) and nothing else.
    if (t_.size() < 3 && method != ForecastMethod::kGrowth) continue;
    const MethodRun& r = Get(method);
    if (!r.path.ok) continue;
    members.push_back(&r);
    combined.components.push_back({ForecastMethodName(method), 0.0});
  }
  for (ModelWeight& w : combined.components) w.weight = 1.0 / members.size();
  combined.scale = &model_scale_;
  combined.path.ok = true;
  if (t_.size() == 2) {
    combined.path.center = members.front()->path.center;  // "growth"
    combined.path.fitted = members.front()->path.fitted;
    ShrinkTowardLatest(&combined.path);
    return combined;
  }
  std::vector<double> values(members.size());
  for (size_t h = 0; h < horizon_t_.size(); ++h) {
    for (size_t k = 0; k < members.size(); ++k)
      values[k] = members[k]->scale->Backward(members[k]->path.center[h]);
    combined.path.center.push_back(model_scale_.ForwardInside(Median(values)));
  }
  if (t_.size() <= kShortHistoryMax) ShrinkTowardLatest(&combined.path);
  // In-sample: the median of the members' fitted values where they have one.
  combined.path.fitted.assign(t_.size(), std::nan(""));
  for (size_t i = 0; i < t_.size(); ++i) {
    std::vector<double> fits;
    for (const MethodRun* m : members)
      if (i < m->path.fitted.size() && std::isfinite(m->path.fitted[i]))
        fits.push_back(m->scale->Backward(m->path.fitted[i]));
    if (!fits.empty()) combined.path.fitted[i] = model_scale_.ForwardInside(Median(fits));
  }
  return combined;
}

}  // namespace plancast
