// One inline SVG chart per indicator: history points (filled when published,
// hollow when back-calculated, square after a series break), the fitted trend,
// the projection fan (80% and 95% bands) to the target year, the target as a
// marker and line for every kind of target, the unit upright above the value
// axis, rank axes with the first place at the top (issue 11).
//
// Geometry is separate from drawing so tests can check that the axes cover
// everything drawn. Charts stay legible in black-and-white print: bands
// differ by hatching and outline dashes, the projection is dashed, the target
// is a diamond with a dash-dot line; colour only adds the status.
#pragma once

#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "engine/assessment.h"

namespace plancast {

struct AxisRange {
  double lo = 0.0;
  double hi = 1.0;
  std::vector<double> ticks;  // ascending, all within [lo, hi]
};

// A range that contains [lo, hi] with at most `max_ticks` round ticks
// (steps of 1, 2, 2.5 or 5 times a power of ten), from the first tick to the
// last. A degenerate range (lo == hi) is widened around the value.
AxisRange NiceRange(double lo, double hi, int max_ticks);

// The chart's coordinate system, in SVG user units. 480 units wide: the page
// scales the view box to its width, and at a 400 px phone the text stays
// near its stylesheet size.
struct ChartGeometry {
  double width = 480.0;
  double height = 270.0;
  double left = 52.0, right = 14.0, top = 30.0, bottom = 40.0;  // plot margins; the unit sits above the plot
  AxisRange x;  // years
  AxisRange y;  // indicator units
  bool inverted = false;  // ranks: the first place at the top
  double X(double t) const;
  double Y(double value) const;
};

// True when the target is a value of the series itself (level and rank
// targets).
bool TargetOnValueAxis(const Indicator& indicator);

// A figure the plan marks as worked out rather than published (its note says
// 推算/倒推 or "back-calculated"): drawn hollow.
bool IsBackCalculated(const Observation& observation);

// What a chart plots as the series: the history; a derived indicator's
// computed series (all back-calculated); for a cumulative target on a flow
// the running total from the plan's first year (`period_start`, 0 when not
// known), so the target is a level of the series.
struct ChartSeries {
  std::vector<Observation> points;
  bool derived = false;        // every point computed from other indicators
  bool running_total = false;  // points are sums from period_start
  // The target as a value of the plotted series, at the target year: level
  // and rank targets as written; a stock's increase on top of its baseline; a
  // flow's total as the running total's end; an average growth rate as the
  // level it implies from the baseline. Unset without a target or baseline.
  std::optional<double> target_level;
};
ChartSeries ChartedSeries(const IndicatorResult& result, int period_start = 0);

// Axes covering the plotted series and fitted values, the projection path
// with its 80% band, and the target: the 95% band does not set the scale (it
// is clipped to the plot, with a mark where it leaves). Non-finite values are
// ignored. Years run from the first plotted year (the plan period where there
// is none) to the target year with whole-year ticks; values get 5% headroom,
// and a range of non-negative data does not dip below zero. Ranks are
// inverted and never show a place above the first.
ChartGeometry ComputeChartGeometry(const IndicatorResult& result, int period_start = 0);

// What a chart draws, so its legend lists exactly that.
struct ChartMarks {
  bool observed = false, back_calculated = false, after_break = false, provisional = false;
  bool fitted = false, projection = false, band80 = false, band95 = false, band95_clipped = false;
  bool target = false;
};
ChartMarks DrawnMarks(const IndicatorResult& result, int period_start = 0);

// Indices i of `history` where the statistical basis changes from
// history[i-1] (a series break).
std::vector<size_t> SeriesBreaks(const std::vector<Observation>& history);

// The <svg> element for one indicator. `id_prefix` makes the pattern ids
// unique within the page (e.g. "c3"). Plan text (name, unit, basis) is
// escaped; interface text is in `language`.
std::string RenderSvgChart(const IndicatorResult& result, const std::string& id_prefix,
                           Language language, int period_start = 0);

// A milestone (a qualitative target) has no series: its chart is a timeline
// from the plan's start to the later of the due date and as-of, marking
// as-of (dotted line), the due date (diamond) and completion (filled circle).
std::string RenderMilestoneChart(const IndicatorResult& result, const Plan& plan, boost::gregorian::date as_of,
                                 Language language);

// An HTML legend (<ul class="legend">) for one indicator's chart: one entry
// per kind of mark the chart draws (DrawnMarks), swatches as drawn.
std::string RenderChartLegend(const IndicatorResult& result, const std::string& id_prefix, Language language,
                              int period_start = 0);

}  // namespace plancast
