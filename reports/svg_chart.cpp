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
  const double share = inverted ? (value - y.lo) / (y.hi - y.lo) : (y.hi - value) / (y.hi - y.lo);
  return top + share * (height - top - bottom);
}

bool TargetOnValueAxis(const Indicator& indicator) {
  return indicator.target &&
         (indicator.target->kind == TargetKind::kLevel || indicator.target->kind == TargetKind::kRank);
}

bool IsBackCalculated(const Observation& o) {
  for (const char* word : {"推算", "倒推", "back-calculated", "Back-calculated"}) {
    if (o.note.find(word) != std::string::npos) return true;
  }
  return false;
}

ChartSeries ChartedSeries(const IndicatorResult& result, int period_start) {
  const Indicator& ind = *result.indicator;
  ChartSeries series;
  series.points = ind.history;
  if (series.points.empty() && !result.derived_series.empty()) {
    series.points = result.derived_series;
    series.derived = true;
  }
  if (!ind.target) return series;
  const Target& target = *ind.target;
  switch (target.kind) {
    case TargetKind::kLevel:
    case TargetKind::kRank:
      series.target_level = target.value;
      break;
    case TargetKind::kCumulative:
      if (ind.is_flow) {
        // The yearly amounts summed from the plan's first year: the total is the target.
        series.running_total = true;
        std::vector<Observation> totals;
        double sum = 0.0;
        for (const Observation& o : series.points) {
          if ((period_start != 0 && o.year < period_start) || !std::isfinite(o.value)) continue;
          sum += o.value;
          totals.push_back(o);
          totals.back().value = sum;
        }
        series.points = totals;
        series.target_level = target.value;
      } else if (result.baseline) {
        series.target_level = result.baseline->value + target.value;
      }
      break;
    case TargetKind::kGrowth:
      if (result.baseline && target.year > result.baseline->year) {
        series.target_level =
            result.baseline->value * std::pow(1.0 + target.value / 100.0, target.year - result.baseline->year);
      }
      break;
    case TargetKind::kMilestone:
      break;
  }
  return series;
}

namespace {

// The projection drawn on a running-total chart: the total at the target
// year with its 80% range (the yearly path is of amounts, not totals).
bool ProjectedTotal(const IndicatorResult& result, const ChartSeries& series) {
  return series.running_total && result.projection && std::isfinite(result.projection->value);
}

AxisRange YearAxis(Span years) {
  AxisRange x = NiceRange(std::floor(years.lo), std::ceil(years.hi), 8);
  double step = x.ticks.size() > 1 ? x.ticks[1] - x.ticks[0] : 1.0;
  // Half a year of air so end points are not on the frame, and never before the first year drawn.
  x.lo = years.lo - 0.5;
  x.hi = years.hi + 0.5;
  if (step < 1.0 || std::ceil(years.hi) - std::floor(years.lo) <= 8) {  // a short span: one tick per year
    x.ticks.clear();
    for (double t = std::ceil(x.lo); t <= x.hi; t += 1.0) x.ticks.push_back(t);
  }
  x.ticks.erase(std::remove_if(x.ticks.begin(), x.ticks.end(), [&](double t) { return t < x.lo || t > x.hi; }),
                x.ticks.end());
  return x;
}

}  // namespace

ChartGeometry ComputeChartGeometry(const IndicatorResult& result, int period_start) {
  Span years, values;
  const Indicator& ind = *result.indicator;
  const ChartSeries series = ChartedSeries(result, period_start);
  for (const Observation& o : series.points) {
    years.Add(o.t);
    values.Add(o.value);
  }
  if (!series.running_total) {
    for (double f : result.fitted) values.Add(f);
    for (const ChartPoint& p : result.path) {
      years.Add(p.t);
      for (double v : {p.value, p.lo80, p.hi80}) values.Add(v);  // not the 95% band: it would flatten the rest
    }
  } else if (ProjectedTotal(result, series)) {
    for (double v : {result.projection->value, result.projection->lo80, result.projection->hi80}) values.Add(v);
  }
  if (ind.target) years.Add(ind.target->year);
  // Nothing observed yet: the plan period to the target year, not a range around one year.
  if (series.points.empty() && period_start != 0) years.Add(period_start);
  if (series.running_total && period_start != 0) years.Add(period_start);
  if (series.target_level) values.Add(*series.target_level);
  if (years.Empty()) years.Add(0.0);
  if (values.Empty()) values.Add(0.0);

  ChartGeometry g;
  g.x = YearAxis(years);
  g.inverted = ind.target && ind.target->kind == TargetKind::kRank;
  double headroom = 0.05 * (values.hi - values.lo);
  double lo = values.lo - headroom;
  if (values.lo >= 0.0 && lo < 0.0) lo = 0.0;
  g.y = NiceRange(lo, values.hi + headroom, 6);
  if (g.inverted) {
    // Places are whole and start at 1: no "0" or "2.5" on a rank axis.
    g.y.ticks.erase(std::remove_if(g.y.ticks.begin(), g.y.ticks.end(),
                                   [](double t) { return t < 1.0 || t != std::round(t); }),
                    g.y.ticks.end());
    g.y.lo = std::max(g.y.lo, 0.5);
    if (g.y.ticks.empty()) g.y.ticks.push_back(std::max(1.0, std::round((g.y.lo + g.y.hi) / 2)));
  }
  return g;
}

ChartMarks DrawnMarks(const IndicatorResult& result, int period_start) {
  const ChartSeries series = ChartedSeries(result, period_start);
  const ChartGeometry g = ComputeChartGeometry(result, period_start);
  ChartMarks m;
  const std::vector<size_t> breaks = SeriesBreaks(series.points);
  for (size_t i = 0; i < series.points.size(); ++i) {
    const Observation& o = series.points[i];
    if (!std::isfinite(o.value)) continue;
    const bool after_break = !breaks.empty() && i >= breaks.front();
    if (series.derived || IsBackCalculated(o)) {
      m.back_calculated = true;
    } else if (after_break) {
      m.after_break = true;
    } else {
      m.observed = true;
    }
    if (o.provisional) m.provisional = true;
  }
  auto count = [&](auto finite) {
    return std::count_if(result.path.begin(), result.path.end(), finite);
  };
  if (series.running_total) {
    m.projection = m.band80 = ProjectedTotal(result, series);
  } else {
    m.fitted = std::count_if(result.fitted.begin(), result.fitted.end(), [](double f) { return std::isfinite(f); }) >= 2;
    m.projection = count([](const ChartPoint& p) { return std::isfinite(p.value); }) >= 2;
    m.band80 = count([](const ChartPoint& p) { return std::isfinite(p.lo80) && std::isfinite(p.hi80); }) >= 2;
    m.band95 = count([](const ChartPoint& p) { return std::isfinite(p.lo95) && std::isfinite(p.hi95); }) >= 2;
    m.band95_clipped = m.band95 && count([&](const ChartPoint& p) {
                                     return std::isfinite(p.lo95) && std::isfinite(p.hi95) &&
                                            (p.lo95 < g.y.lo || p.hi95 > g.y.hi);
                                   }) > 0;
  }
  m.target = series.target_level.has_value() && std::isfinite(*series.target_level);
  return m;
}

std::vector<size_t> SeriesBreaks(const std::vector<Observation>& history) {
  std::vector<size_t> breaks;
  for (size_t i = 1; i < history.size(); ++i) {
    if (history[i].basis != history[i - 1].basis) breaks.push_back(i);
  }
  return breaks;
}

}  // namespace plancast
