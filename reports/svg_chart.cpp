// Chart geometry: axis ranges and ticks. Drawing is in svg_chart_render.cpp.
#include "reports/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace plancast {
namespace {

// Collects finite values into a [lo, hi] span.
struct Span {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -std::numeric_limits<double>::infinity();
  void Add(double v) {
    if (!std::isfinite(v)) return;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  bool Empty() const { return lo > hi; }
};

double NiceStep(double span, int max_ticks) {
  double raw = span / std::max(1, max_ticks - 1);
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    double step = m * magnitude;
    if (span / step <= max_ticks - 1 + 1e-9) return step;
  }
  return 10.0 * magnitude;
}

// Rounds away the binary noise of lo + i * step (0.30000000000000004 -> 0.3).
double CleanTick(double value, double step) {
  double unit = step / 1000.0;
  return std::round(value / unit) * unit;
}

}  // namespace

AxisRange NiceRange(double lo, double hi, int max_ticks) {
  if (!std::isfinite(lo) || !std::isfinite(hi) || !std::isfinite(hi - lo)) lo = 0.0, hi = 1.0;
  if (lo > hi) std::swap(lo, hi);
  if (hi - lo < 1e-12 * std::max(1.0, std::fabs(hi))) {
    double pad = lo == 0.0 ? 1.0 : std::fabs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  double step = NiceStep(hi - lo, max_ticks);
  // A span that straddles the step boundaries can need one more tick.
  while (std::ceil(hi / step - 1e-9) - std::floor(lo / step + 1e-9) > max_ticks - 1) {
    step = NiceStep(step * max_ticks, max_ticks);
  }
  AxisRange range;
  range.lo = CleanTick(std::floor(lo / step + 1e-9) * step, step);
  range.hi = CleanTick(std::ceil(hi / step - 1e-9) * step, step);
  // Counted, not stepped: a step lost in rounding (huge values) must not loop forever.
  for (int i = 0; i <= max_ticks + 1; ++i) {
    const double t = range.lo + i * step;
    if (!std::isfinite(t) || t > range.hi + step * 1e-6) break;
    range.ticks.push_back(CleanTick(t, step));
  }
  return range;
}

double ChartGeometry::X(double t) const {
  return left + (t - x.lo) / (x.hi - x.lo) * (width - left - right);
}

double ChartGeometry::Y(double value) const {
  return top + (y.hi - value) / (y.hi - y.lo) * (height - top - bottom);
}

bool TargetOnValueAxis(const Indicator& indicator) {
  return indicator.target &&
         (indicator.target->kind == TargetKind::kLevel || indicator.target->kind == TargetKind::kRank);
}

std::vector<size_t> SeriesBreaks(const std::vector<Observation>& history) {
  std::vector<size_t> breaks;
  for (size_t i = 1; i < history.size(); ++i) {
    if (history[i].basis != history[i - 1].basis) breaks.push_back(i);
  }
  return breaks;
}

ChartGeometry ComputeChartGeometry(const IndicatorResult& result) {
  Span years, values;
  const Indicator& ind = *result.indicator;
  for (const Observation& o : ind.history) {
    years.Add(o.t);
    values.Add(o.value);
  }
  for (double f : result.fitted) values.Add(f);
  for (const ChartPoint& p : result.path) {
    years.Add(p.t);
    for (double v : {p.value, p.lo80, p.hi80, p.lo95, p.hi95}) values.Add(v);
  }
  if (ind.target) years.Add(ind.target->year);
  if (TargetOnValueAxis(ind)) values.Add(ind.target->value);
  if (years.Empty()) years.Add(0.0);
  if (values.Empty()) values.Add(0.0);

  ChartGeometry g;
  // Whole years, with half a year of air so end points are not on the frame.
  AxisRange x = NiceRange(std::floor(years.lo), std::ceil(years.hi), 8);
  double step = x.ticks.size() > 1 ? x.ticks[1] - x.ticks[0] : 1.0;
  if (step < 1.0) {  // a short span: one tick per year, never fractional years
    x.ticks.clear();
    for (double t = std::floor(years.lo); t <= std::ceil(years.hi); t += 1.0) x.ticks.push_back(t);
  }
  x.lo = std::min(x.lo, years.lo - 0.5);
  x.hi = std::max(x.hi, years.hi + 0.5);
  x.ticks.erase(std::remove_if(x.ticks.begin(), x.ticks.end(), [&](double t) { return t < x.lo || t > x.hi; }),
                x.ticks.end());
  g.x = x;

  double headroom = 0.05 * (values.hi - values.lo);
  double lo = values.lo - headroom;
  if (values.lo >= 0.0 && lo < 0.0) lo = 0.0;
  g.y = NiceRange(lo, values.hi + headroom, 6);
  return g;
}

}  // namespace plancast
