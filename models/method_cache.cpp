// Method runs with shared fits; see method_cache.h.
#include "models/method_cache.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <stdexcept>

#include "models/error_scale.h"
#include "models/series_kind.h"
#include "models/short_history_prior.h"

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
// forward the posterior mean of the drift under the prior of its kind
// (models/short_history_prior.h), fading out with the number of points. Up to
// 6 points the centre is the drift on the model scale, shrunk; from 16 the
// pool median; in between a mix of the two (PoolWeight), shrunk as far as
// the fade says.
// (The old rule, shrinking up to 6 points and not from 7, made P jump.)

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
  const DriftShrinkage d = ShrinkDrift(error, scaled_, model_scale_.kind(), t_.size());
  // The change from the latest value keeps `share` of its drift; the rest is the prior's.
  for (size_t h = 0; h < path->center.size(); ++h) {
    const double k = horizon_t_[h] - t_.back();
    path->center[h] = scaled_.Last() + d.share * (path->center[h] - scaled_.Last()) + (1.0 - d.share) * d.mean * k;
  }
  path->drift_share = d.share;
}

void MethodCache::LeanOnDrift(MethodRun* combined) {
  const double pool = PoolWeight(t_.size());
  if (pool >= 1.0) return;
  const MethodRun& drift = Get(ForecastMethod::kGrowth);  // the drift on the model scale
  for (size_t h = 0; h < combined->path.center.size(); ++h)
    combined->path.center[h] = (1.0 - pool) * drift.path.center[h] + pool * combined->path.center[h];
  // Say it in the weights people read: the pool's equal shares scaled, the rest to the drift.
  for (ModelWeight& w : combined->components) {
    w.weight *= pool;
    if (w.model == ForecastMethodName(ForecastMethod::kGrowth)) w.weight += 1.0 - pool;
  }
}

const MethodRun& MethodCache::LogScaleReference(ForecastMethod method) {
  auto it = log_scale_refs_.find(method);
  if (it != log_scale_refs_.end()) return it->second;
  MethodRun run{method == ForecastMethod::kDrift ? DriftForecast(scaled_, horizon_t_) : ThetaForecast(scaled_, horizon_t_),
                &model_scale_, {}};
  return log_scale_refs_.emplace(method, std::move(run)).first->second;
}

MethodRun MethodCache::RunDefault() {
  std::vector<const MethodRun*> members;
  std::vector<ForecastMethod> member_methods;
  MethodRun combined;
  for (ForecastMethod method : kDefaultPool) {
    // Two points give a growth rate (drift on the model scale) and nothing else.
    if (t_.size() < 3 && method != ForecastMethod::kGrowth) continue;
    const MethodRun& r = Get(method);
    if (!r.path.ok) continue;
    members.push_back(&r);
    member_methods.push_back(method);
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
  // The arithmetic references (drift, theta on the raw values) move towards
  // their log-scale versions as far as the series grows compound.
  const double compound = model_scale_.kind() == ScaleKind::kLog ? CompoundWeight(t_, y_) : 0.0;
  std::vector<const MethodRun*> log_refs(members.size(), nullptr);
  if (compound > 0)
    for (size_t k = 0; k < members.size(); ++k)
      if (members[k]->scale == &raw_scale_) log_refs[k] = &LogScaleReference(member_methods[k]);
  std::vector<double> values(members.size());
  for (size_t h = 0; h < horizon_t_.size(); ++h) {
    for (size_t k = 0; k < members.size(); ++k) {
      values[k] = members[k]->scale->Backward(members[k]->path.center[h]);
      if (log_refs[k] && log_refs[k]->path.ok)
        values[k] = (1 - compound) * values[k] + compound * model_scale_.Backward(log_refs[k]->path.center[h]);
    }
    combined.path.center.push_back(model_scale_.ForwardInside(Median(values)));
  }
  LeanOnDrift(&combined);
  ShrinkTowardLatest(&combined.path);  // a no-op from kNoShrinkPoints on (share 1)
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
