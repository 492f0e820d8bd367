// One inline SVG chart per indicator: history points (hollow after a series
// break), the fitted trend, the projection fan (80% and 95% bands) to the
// target year, the target as a marker and line, axis labels with units.
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

// The chart's coordinate system, in SVG user units.
struct ChartGeometry {
  double width = 640.0;
  double height = 300.0;
  double left = 70.0, right = 20.0, top = 16.0, bottom = 46.0;  // plot margins
  AxisRange x;  // years
  AxisRange y;  // indicator units
  double X(double t) const;
  double Y(double value) const;
};

// True when the target is a value of the series itself (level and rank
// targets), so it belongs on the chart's value axis. Cumulative and growth
// targets are sums and rates: the explanation states them instead.
bool TargetOnValueAxis(const Indicator& indicator);

// Axes covering every history value and fitted value, the projection path
// with its 95% band, and the target (year and value) when TargetOnValueAxis. Non-finite values are
// ignored. Years get whole-year ticks; values get 5% headroom, and a range of
// non-negative data does not dip below zero.
ChartGeometry ComputeChartGeometry(const IndicatorResult& result);

// Indices i of `history` where the statistical basis changes from
// history[i-1] (a series break).
std::vector<size_t> SeriesBreaks(const std::vector<Observation>& history);

// The <svg> element for one indicator. `id_prefix` makes the pattern ids
// unique within the page (e.g. "c3"). Plan text (name, unit, basis) is
// escaped; interface text is in `language`.
std::string RenderSvgChart(const IndicatorResult& result, const std::string& id_prefix,
                           Language language);

// A milestone (a qualitative target) has no series: its chart is a timeline
// from the plan's start to the later of the due date and as-of, marking
// as-of (dotted line), the due date (diamond) and completion (filled circle).
std::string RenderMilestoneChart(const IndicatorResult& result, const Plan& plan, boost::gregorian::date as_of,
                                 Language language);

// An HTML legend (<ul class="legend">) whose swatches match the chart marks.
std::string RenderChartLegend(const std::string& id_prefix, Language language);

}  // namespace plancast
