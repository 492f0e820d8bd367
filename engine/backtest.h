// Rolling-origin skill of every forecasting method on a file of series: for
// each series, fit on all but its last H values and forecast them.
//
// Scores (Hyndman & Koehler 2006; M4 for MSIS), averaged over every scored
// series and horizon step h = 1..H:
//   sMAPE = 200 |y - f| / (|y| + |f|)          f = the forecast median
//   MASE  = |y - f| / scale                    scale = mean |y_t - y_{t-1}| of the fitting part
//   coverage80/95 = share of y inside the 80% / 95% interval
//   MSIS  = (u - l + 40 (l - y)+ + 40 (y - u)+) / scale   on the 95% interval
// Series with a zero scale (flat history) count in sMAPE and coverage but not
// in MASE/MSIS. Series with fewer than H + 2 values cannot be fitted and are
// counted in `too_short`.
//
// Determinism: series are processed in batches on `threads` workers, but every
// sum is accumulated in file order, so results are identical for any thread
// count (timings aside).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/plan/series_csv.h"
#include "models/forecast_method.h"

namespace plancast {

struct BacktestOptions {
  int horizon = 1;                   // H, >= 1
  int threads = 0;                   // 0: all cores
  std::vector<ForecastMethod> methods;  // empty: every method of the table (kDefault first)
  size_t batch_size = 256;           // series held in memory at once
};

struct MethodScore {
  std::string name;
  double smape = 0.0;
  double mase = 0.0;
  double coverage80 = 0.0;
  double coverage95 = 0.0;
  double msis = 0.0;
  // Summed time of this method over all workers. Fits are shared: each model
  // is charged to the first method that needed it, and "default" runs first,
  // so its row is the whole cost of plancast's forecaster and single-model
  // rows show only work the default did not need.
  double seconds = 0.0;
  long long points = 0;   // (series, h) pairs scored
  long long fallbacks = 0;  // series where the method was not eligible and another ran
};

struct BacktestResult {
  long long series = 0;       // series read
  long long scored = 0;       // series with enough values to score
  long long too_short = 0;    // fewer than H + 2 values
  long long zero_scale = 0;   // excluded from MASE/MSIS
  int horizon = 0;
  int threads = 0;
  std::vector<MethodScore> methods;
  std::string default_method = ForecastMethodName(ForecastMethod::kDefault);
  double wall_seconds = 0.0;
  double series_per_second = 0.0;
  bool materialized = false;  // rows were scattered: the file was held in memory
};

// Runs the backtest over every series `reader` yields. When `forecasts` is
// non-null, writes `method,series_id,h,forecast,lo80,hi80,lo95,hi95` rows to it.
BacktestResult RunBacktest(SeriesCsvReader& reader, const BacktestOptions& options,
                           std::ostream* forecasts);

// One point's contribution, exposed for tests against hand-computed values.
double SmapeTerm(double actual, double forecast);
double IntervalScoreTerm(double actual, double lo, double hi, double alpha);
// Mean absolute one-step change of `values` (the MASE/MSIS scale).
double NaiveScale(const std::vector<double>& values);

}  // namespace plancast
