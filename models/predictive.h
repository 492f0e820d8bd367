// Turns a centre and an error scale on the model scale into a StepDistribution
// on the data scale: quantiles z = center + sigma * q_p, with q_p the standard
// normal (df <= 0 or df > 200) or Student-t(df) quantile, mapped back through
// the series scale (so bounds hold and quantiles stay ordered).
#pragma once

#include "models/forecaster.h"
#include "models/series_scale.h"

namespace plancast {

StepDistribution MakeStep(double t, double center, double sigma, double df,
                          const SeriesScale& scale);

// The standard quantiles at every level for one df, so that many steps with
// the same df look them up once.
using StandardRow = std::array<double, kQuantileLevels.size()>;
StandardRow StandardQuantiles(double df);
StepDistribution MakeStep(double t, double center, double sigma, const StandardRow& standard,
                          const SeriesScale& scale);

// Quantile of the standard normal (df <= 0) or Student-t(df) at kQuantileLevels[i].
// Tabulated once and interpolated in 1/df, so cheap enough per forecast step.
double StandardQuantile(size_t level_index, double df);

}  // namespace plancast
