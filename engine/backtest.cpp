// Backtest runner; see backtest.h.
#include "engine/backtest.h"

#include "engine/csv_field.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

#include "models/forecaster.h"
#include "models/series_kind.h"

namespace plancast {
namespace {

using Clock = std::chrono::steady_clock;

// Sums for one method; added up in series order, so the totals do not depend
// on which worker handled which series.
struct Sums {
  double smape = 0, mase = 0, cov80 = 0, cov95 = 0, msis = 0, seconds = 0;
  long long points = 0, scaled_points = 0, fallbacks = 0;
  void Add(const Sums& o) {
    smape += o.smape;
    mase += o.mase;
    cov80 += o.cov80;
    cov95 += o.cov95;
    msis += o.msis;
    seconds += o.seconds;
    points += o.points;
    scaled_points += o.scaled_points;
    fallbacks += o.fallbacks;
  }
};

struct SeriesOutcome {
  bool scored = false;
  bool zero_scale = false;
  std::vector<Sums> sums;    // per method
  std::string forecast_rows;  // CSV rows, when requested
};

SeriesOutcome ScoreSeries(const SeriesData& s, const BacktestOptions& o,
                          const std::vector<ForecastMethod>& methods, bool want_rows) {
  SeriesOutcome out;
  out.sums.resize(methods.size());
  const size_t n = s.value.size(), h_count = static_cast<size_t>(o.horizon);
  if (n < h_count + 2) return out;
  out.scored = true;
  const size_t fit_n = n - h_count;
  std::vector<double> t(s.period.begin(), s.period.begin() + fit_n);
  std::vector<double> y(s.value.begin(), s.value.begin() + fit_n);
  std::vector<double> horizon_t(s.period.begin() + fit_n, s.period.end());
  // No unit or bounds in a CSV: as for a plan indicator in "units", a growth pace when positive.
  const SeriesTraits traits = MakeSeriesTraits(y, Bounds{}, true);
  const double scale = NaiveScale(y);
  out.zero_scale = !(scale > 0);
  std::vector<double> seconds;
  const std::vector<Forecast> forecasts =
      ForecastSeriesMethods(t, y, horizon_t, traits, methods, false, &seconds);
  for (size_t m = 0; m < methods.size(); ++m) {
    const Forecast& f = forecasts[m];
    Sums& sum = out.sums[m];
    sum.seconds = seconds[m];
    sum.fallbacks = f.fallback ? 1 : 0;
    if (f.status != ForecastStatus::kOk) continue;
    for (size_t h = 0; h < h_count; ++h) {
      const StepDistribution& step = f.steps[h];
      const double actual = s.value[fit_n + h];
      const double point = step.Median();
      const double lo80 = step.Quantile(0.10), hi80 = step.Quantile(0.90);
      const double lo95 = step.Quantile(0.025), hi95 = step.Quantile(0.975);
      sum.smape += SmapeTerm(actual, point);
      sum.cov80 += (actual >= lo80 && actual <= hi80) ? 1.0 : 0.0;
      sum.cov95 += (actual >= lo95 && actual <= hi95) ? 1.0 : 0.0;
      ++sum.points;
      if (!out.zero_scale) {
        sum.mase += std::fabs(actual - point) / scale;
        sum.msis += IntervalScoreTerm(actual, lo95, hi95, 0.05) / scale;
        ++sum.scaled_points;
      }
      if (want_rows)
        out.forecast_rows += fmt::format("{},{},{},{:.10g},{:.10g},{:.10g},{:.10g},{:.10g}\n",
                                         ForecastMethodName(methods[m]), CsvTextField(s.id), h + 1, point, lo80, hi80, lo95, hi95);
    }
  }
  return out;
}

// Scores one batch of series on `threads` workers; outcome i belongs to series i.
std::vector<SeriesOutcome> ScoreBatch(const std::vector<SeriesData>& batch,
                                      const BacktestOptions& o,
                                      const std::vector<ForecastMethod>& methods, int threads,
                                      bool want_rows) {
  std::vector<SeriesOutcome> outcomes(batch.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < batch.size(); i = next++)
      outcomes[i] = ScoreSeries(batch[i], o, methods, want_rows);
  };
  std::vector<std::thread> pool;
  for (int k = 1; k < threads; ++k) pool.emplace_back(work);
  work();
  for (std::thread& th : pool) th.join();
  return outcomes;
}

}  // namespace

double SmapeTerm(double actual, double forecast) {
  if (!std::isfinite(forecast)) return std::nan("");  // make a broken forecast visible
  double denom = std::fabs(actual) + std::fabs(forecast);
  return denom > 0 ? 200.0 * std::fabs(actual - forecast) / denom : 0.0;
}

double IntervalScoreTerm(double actual, double lo, double hi, double alpha) {
  double score = hi - lo;
  if (actual < lo) score += 2.0 / alpha * (lo - actual);
  if (actual > hi) score += 2.0 / alpha * (actual - hi);
  return score;
}

double NaiveScale(const std::vector<double>& values) {
  if (values.size() < 2) return 0.0;
  double sum = 0.0;
  for (size_t i = 1; i < values.size(); ++i) sum += std::fabs(values[i] - values[i - 1]);
  return sum / static_cast<double>(values.size() - 1);
}

BacktestResult RunBacktest(SeriesCsvReader& reader, const BacktestOptions& options,
                           std::ostream* forecasts) {
  const auto start = Clock::now();
  const std::vector<ForecastMethod> methods =
      options.methods.empty() ? AllForecastMethods() : options.methods;
  BacktestResult result;
  result.horizon = options.horizon;
  result.threads = options.threads > 0
                       ? options.threads
                       : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  result.materialized = reader.materialized();
  if (forecasts) *forecasts << "method,series_id,h,forecast,lo80,hi80,lo95,hi95\n";

  std::vector<Sums> totals(methods.size());
  std::vector<SeriesData> batch;
  auto flush = [&] {
    std::vector<SeriesOutcome> outcomes =
        ScoreBatch(batch, options, methods, result.threads, forecasts != nullptr);
    for (const SeriesOutcome& o : outcomes) {
      ++result.series;
      if (!o.scored) {
        ++result.too_short;
        continue;
      }
      ++result.scored;
      if (o.zero_scale) ++result.zero_scale;
      for (size_t m = 0; m < methods.size(); ++m) totals[m].Add(o.sums[m]);
      if (forecasts) *forecasts << o.forecast_rows;
    }
    batch.clear();
  };
  SeriesData s;
  while (reader.Next(&s)) {
    batch.push_back(std::move(s));
    if (batch.size() >= options.batch_size) flush();
  }
  flush();

  for (size_t m = 0; m < methods.size(); ++m) {
    const Sums& t = totals[m];
    MethodScore score;
    score.name = ForecastMethodName(methods[m]);
    double p = std::max<long long>(t.points, 1), sp = std::max<long long>(t.scaled_points, 1);
    score.smape = t.smape / p;
    score.coverage80 = t.cov80 / p;
    score.coverage95 = t.cov95 / p;
    score.mase = t.mase / sp;
    score.msis = t.msis / sp;
    score.seconds = t.seconds;
    score.points = t.points;
    score.fallbacks = t.fallbacks;
    result.methods.push_back(score);
  }
  result.wall_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  result.series_per_second =
      result.wall_seconds > 0 ? static_cast<double>(result.series) / result.wall_seconds : 0.0;
  return result;
}

}  // namespace plancast
