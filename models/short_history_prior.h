// What a short history's trend is worth: the drift prior by kind of series,
// and the shrinkage of the observed drift towards it.
//
// A history of a few points cannot tell a trend from a lucky run, so the
// default carries forward the posterior mean of the drift (per year, on the
// model scale) under a normal prior N(mean, sd^2) seen through the noise of
// the observed drift, sigma^2 / span:
//
//   share = sd^2 / (sd^2 + sigma^2 / span)
//   drift carried forward = mean + share * (observed - mean)
//
// The prior depends on what the series is (its scale says it: log for
// positive amounts and counts, logit for bounded shares, identity for ranks,
// indices and anything that may cross zero). Positive amounts in a growing
// economy have a positive typical growth; a share or a rank has no presumed
// direction. The shrinkage fades out with the number of points (no cliff at a
// threshold): full for histories of up to kFullShrinkPoints points, none from
// kNoShrinkPoints on, linear in between (docs/forecasting.md has the evidence).
#pragma once

#include <cstddef>

#include "models/error_scale.h"
#include "models/series_scale.h"

namespace plancast {

struct DriftPrior {
  double mean = 0.0;  // per year on the model scale (identity: relative to the mean level)
  double sd = 0.0;    // same units
};

DriftPrior DriftPriorFor(ScaleKind kind);

// The drift to carry forward for a history of `points` points, as
// mean + share * (observed - mean), with `share` and `mean` on the model
// scale per year (identity scale: absolute units). share is 1 for long histories.
struct DriftShrinkage {
  double share = 1.0;
  double mean = 0.0;
};
DriftShrinkage ShrinkDrift(const ErrorScale& error, const ScaledSeries& series, ScaleKind kind, size_t points);

// How much of the default's centre comes from the model pool rather than from
// the drift on the model scale (a random walk with drift, whose posterior
// drift is the shrunk one above): 0 up to kFullShrinkPoints points, 1 from
// kNoShrinkPoints, linear in between. With few points the centre is the
// drift's posterior, so a new figure at the projected median leaves the
// drift, and the median path, where it was (a Kalman update of a local level
// with drift); before, the third point switched the centre to the pool's
// arithmetic members and good news could lower P (patents 0.48 -> 0.35).
double PoolWeight(size_t points);

}  // namespace plancast
