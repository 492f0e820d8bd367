// How far a forecast may be off, per series and horizon, on the model scale.
//
// The spread of the history's increments around their mean drift gives a
// per-year volatility s; it is pooled with a prior volatility s0 (worth
// kPriorWeight increments) so that two- and three-point histories still get an
// honest, non-zero spread, and with the size of the observed drift (under a
// normal prior on the drift, the whole change is one more degree of freedom of
// evidence about the volatility: with two points it is the only evidence, so a
// big jump widens the interval and a small change does not). The result is
// Student-t with the pooled degrees of freedom. The error scale k years ahead is
//
//   sigma(k) = c * s * sqrt(k + k^2 / span)      (span: years the history covers)
//
// i.e. a random walk with an uncertain drift, with a multiplier c calibrated
// on rolling origins (docs/forecasting.md records how).
#pragma once

#include <vector>

#include "models/point_path.h"
#include "models/series_scale.h"

namespace plancast {

struct ErrorScale {
  double sigma = 0.0;  // pooled per-year volatility on the model scale
  double df = 0.0;     // Student-t degrees of freedom
  double span = 1.0;   // years covered by the history
};

ErrorScale EstimateErrorScale(const ScaledSeries& series, ScaleKind kind);

// sigma(k) for each horizon time (k = t - t_n in years).
// With a shrunk drift (drift_share < 1, ShrinkDrift in short_history_prior.h) the drift's posterior
// variance is drift_share * sigma^2 / span, so the k^2 / span term is scaled by
// drift_share: sigma(k) = c * s * sqrt(k + drift_share * k^2 / span).
std::vector<double> HorizonSigma(const ErrorScale& scale, const ScaledSeries& series,
                                 const std::vector<double>& horizon_t, double drift_share = 1.0);

}  // namespace plancast
