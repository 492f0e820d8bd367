// Drawing one indicator's chart as inline SVG (geometry in svg_chart.cpp).
//
// Marks are told apart without colour, for black-and-white print: the 95%
// band is a light fill with a dashed outline (clipped to the plot, an
// arrowhead where it leaves), the 80% band is hatched, the projection is a
// dashed line, the fitted trend a thin solid line, the target a diamond plus
// a dash-dot line; published figures are filled circles, back-calculated
// ones hollow, figures after a series break squares.
// Styles come from classes defined in the page's stylesheet (html_style.cpp).
#include <fmt/format.h>

#include <cmath>

#include "reports/indicator_figures.h"
#include "reports/number_format.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"
#include "reports/svg_chart.h"
#include "reports/text_escape.h"

namespace plancast {
namespace {

std::string Pt(double x, double y) { return fmt::format("{:.1f},{:.1f}", x, y); }

std::string Polyline(const std::vector<std::pair<double, double>>& points, const char* css_class) {
  if (points.size() < 2) return "";
  std::string out = fmt::format("<polyline class=\"{}\" points=\"", css_class);
  for (size_t i = 0; i < points.size(); ++i) out += (i ? " " : "") + Pt(points[i].first, points[i].second);
  return out + "\"/>";
}

// A band between lo and hi along the path, skipping points without bounds.
std::string Band(const ChartGeometry& g, const std::vector<ChartPoint>& path, double ChartPoint::*lo,
                 double ChartPoint::*hi, const std::string& css_class, const std::string& fill) {
  std::vector<const ChartPoint*> ok;
  for (const ChartPoint& p : path) {
    if (std::isfinite(p.*lo) && std::isfinite(p.*hi)) ok.push_back(&p);
  }
  if (ok.size() < 2) return "";
  std::string points;
  for (const ChartPoint* p : ok) points += Pt(g.X(p->t), g.Y(p->*hi)) + " ";
  for (auto it = ok.rbegin(); it != ok.rend(); ++it) points += Pt(g.X((*it)->t), g.Y((*it)->*lo)) + " ";
  points.pop_back();
  return fmt::format("<polygon class=\"{}\"{} points=\"{}\"/>", css_class, fill, points);
}

// Tick labels and the unit in the indicator's printed unit (亿元 where the report says 亿元).
std::string Axes(const ChartGeometry& g, const FigureStyle& style, Language lang) {
  std::string out = "<g class=\"axes\">";
  double x0 = g.left, x1 = g.width - g.right, y0 = g.top, y1 = g.height - g.bottom;
  for (double v : g.y.ticks) {
    out += fmt::format("<line class=\"grid\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>", x0, g.Y(v), x1,
                       g.Y(v));
    out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", x0 - 5,
                       g.Y(v) + 4, DisplayNumber(InStyleUnit(style, v)));
  }
  for (double t : g.x.ticks) {
    out += fmt::format("<line class=\"tickmark\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>", g.X(t), y1,
                       g.X(t), y1 + 5);
    out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>", g.X(t),
                       y1 + 18, DisplayNumber(t));
  }
  out += fmt::format("<path class=\"axis\" d=\"M{:.1f},{:.1f} V{:.1f} H{:.1f}\"/>", x0, y0, y1, x1);
  out += fmt::format("<text class=\"axis-label\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>",
                     (x0 + x1) / 2, g.height - 4, Tr(Msg::kChartYear, lang));
  // Upright, above the value axis: a rotated "个" reads as an arrow.
  std::string unit = style.rank ? Tr(Msg::kChartRankUnit, lang) : style.unit;
  if (!unit.empty()) {
    out += fmt::format("<text class=\"axis-label unit\" x=\"4\" y=\"{:.1f}\" text-anchor=\"start\">{}</text>",
                       y0 - 12, EscapeHtml(unit));
  }
  return out + "</g>";
}

std::string TargetMarks(const ChartGeometry& g, const IndicatorResult& r, double level, Language lang) {
  const Target& target = *r.indicator->target;
  double x = g.X(target.year), y = g.Y(level);
  std::string out = "<g class=\"target\">";
  out += fmt::format("<line class=\"target-line\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>", g.left,
                     y, g.width - g.right, y);
  out += fmt::format("<path class=\"target-mark\" d=\"M{:.1f},{:.1f} L{:.1f},{:.1f} L{:.1f},{:.1f} L{:.1f},{:.1f} Z\"/>", x,
                     y - 7, x + 7, y, x, y + 7, x - 7, y);
  // The label says the target as the plan words it ("新增300家", "年均增长8%"), placed on its level.
  std::string label = fmt::format("{} {}", Tr(Msg::kLegendTarget, lang), TargetText(r, lang));
  const std::string dagger = " †";  // the card says the target is illustrative; the chart has no room
  if (label.size() > dagger.size() && label.compare(label.size() - dagger.size(), dagger.size(), dagger) == 0) {
    label.resize(label.size() - dagger.size());
  }
  const bool below = y - 8 < g.top + 10;  // keep the label inside the plot
  out += fmt::format("<text class=\"target-label\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", x - 10,
                     below ? y + 18 : y - 8, EscapeHtml(label));
  return out + "</g>";
}

std::string History(const ChartGeometry& g, const ChartSeries& series, const FigureStyle& style, Language lang) {
  const auto& history = series.points;
  std::string out;
  std::vector<size_t> breaks = SeriesBreaks(history);
  for (size_t i : breaks) {
    double x = g.X((history[i - 1].t + history[i].t) / 2);
    out += fmt::format("<line class=\"break\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>", x, g.top, x,
                       g.height - g.bottom);
    out += fmt::format("<text class=\"break-label\" x=\"{:.1f}\" y=\"{:.1f}\">{}: {}</text>", x + 3, g.top + 10,
                       Tr(Msg::kLegendBreak, lang), EscapeHtml(history[i].basis));
  }
  bool after_break = false;
  for (size_t i = 0; i < history.size(); ++i) {
    const Observation& o = history[i];
    if (!breaks.empty() && i == breaks.front()) after_break = true;
    if (!std::isfinite(o.value)) continue;
    const bool worked_out = series.derived || IsBackCalculated(o);
    std::string css = worked_out ? "obs obs-derived" : after_break ? "obs obs-after-break" : "obs";
    if (o.provisional) css += " obs-provisional";
    std::string when = o.period.label.empty() ? std::to_string(o.year) : EscapeHtml(o.period.label);
    std::string title = fmt::format("<title>{}: {}{}</title>", when, EscapeHtml(PlanFigure(style, o.value, lang)),
                                    worked_out ? EscapeHtml(" (" + std::string(Tr(Msg::kLegendBackCalculated, lang)) + ")")
                                               : "");
    const double x = g.X(o.t), y = g.Y(o.value);
    if (after_break && !worked_out) {  // a square: still published, on the new basis
      out += fmt::format("<rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"8\" height=\"8\">{}</rect>", css, x - 4,
                         y - 4, title);
    } else {
      out += fmt::format("<circle class=\"{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\">{}</circle>", css, x, y, title);
    }
  }
  return out;
}

// Where the 95% band leaves the plot: a small arrowhead on the frame at the
// first year it does, per side.
std::string ClipMarks(const ChartGeometry& g, const std::vector<ChartPoint>& path, Language lang) {
  std::string out;
  const double top = g.top, bottom = g.height - g.bottom;
  bool marked_top = false, marked_bottom = false;
  for (const ChartPoint& p : path) {
    if (!std::isfinite(p.lo95) || !std::isfinite(p.hi95)) continue;
    for (double v : {p.lo95, p.hi95}) {
      if (v >= g.y.lo && v <= g.y.hi) continue;
      const bool at_top = (v > g.y.hi) != g.inverted;
      bool& marked = at_top ? marked_top : marked_bottom;
      if (marked) continue;
      marked = true;
      const double x = g.X(p.t), y = at_top ? top : bottom, d = at_top ? -1.0 : 1.0;
      out += fmt::format("<path class=\"clip-mark\" d=\"M{:.1f},{:.1f} L{:.1f},{:.1f} L{:.1f},{:.1f} Z\"><title>{}</title></path>",
                         x - 5, y, x + 5, y, x, y + 7 * d, Tr(Msg::kLegendBand95Clipped, lang));
    }
  }
  return out;
}

std::string HatchPattern(const std::string& id) {
  return fmt::format(
      "<defs><pattern id=\"{}\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
      "patternTransform=\"rotate(45)\"><rect class=\"hatch-bg\" width=\"6\" height=\"6\"/>"
      "<line class=\"hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>",
      id);
}

std::string PlotClip(const ChartGeometry& g, const std::string& id) {
  return fmt::format("<clipPath id=\"{}\"><rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\"/></clipPath>",
                     id, g.left, g.top, g.width - g.left - g.right, g.height - g.top - g.bottom);
}

// A running total's projection: a dashed step from the last total to the
// projected total, and its 80% range as a hatched bar.
std::string ProjectedTotalMarks(const ChartGeometry& g, const ChartSeries& series, const IndicatorResult& r,
                                const std::string& hatch, int period_start) {
  const ProjectionSummary& p = *r.projection;
  const double x = g.X(r.indicator->target ? r.indicator->target->year : p.year);
  std::string out;
  if (std::isfinite(p.lo80) && std::isfinite(p.hi80)) {
    const double y_hi = std::min(g.Y(p.lo80), g.Y(p.hi80)), y_lo = std::max(g.Y(p.lo80), g.Y(p.hi80));
    out += fmt::format("<rect class=\"band80\" fill=\"url(#{})\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"10\" height=\"{:.1f}\"/>",
                       hatch, x - 5, y_hi, y_lo - y_hi);
  }
  double x0 = series.points.empty() ? g.X(period_start != 0 ? period_start - 0.5 : g.x.lo) : g.X(series.points.back().t);
  double y0 = series.points.empty() ? g.Y(0.0) : g.Y(series.points.back().value);
  out += fmt::format("<polyline class=\"projection\" points=\"{} {}\"/>", Pt(x0, y0), Pt(x, g.Y(p.value)));
  return out;
}

}  // namespace

std::string RenderSvgChart(const IndicatorResult& r, const std::string& id_prefix, Language language, int period_start) {
  const Indicator& ind = *r.indicator;
  ChartGeometry g = ComputeChartGeometry(r, period_start);
  const ChartSeries series = ChartedSeries(r, period_start);
  const ChartMarks marks = DrawnMarks(r, period_start);
  const FigureStyle style = StyleFor(r, ind.unit);
  std::string hatch = id_prefix + "-hatch", clip = id_prefix + "-plot";
  std::string out = fmt::format(
      "<svg class=\"chart status-{}\" viewBox=\"0 0 {:.0f} {:.0f}\" role=\"img\" aria-label=\"{}\">",
      TargetStatusToString(r.status), g.width, g.height, EscapeHtml(ind.name));
  out += fmt::format("<title>{}</title>", EscapeHtml(ind.name));
  out += HatchPattern(hatch);
  out += "<defs>" + PlotClip(g, clip) + "</defs>";
  out += Axes(g, style, language);
  if (!series.running_total) {
    // Drawn whole but clipped to the plot: the 95% band does not set the scale.
    if (marks.band95) {
      out += fmt::format("<g clip-path=\"url(#{})\">", clip) +
             Band(g, r.path, &ChartPoint::lo95, &ChartPoint::hi95, "band95", "") + "</g>";
    }
    out += Band(g, r.path, &ChartPoint::lo80, &ChartPoint::hi80, "band80", fmt::format(" fill=\"url(#{})\"", hatch));
    std::vector<std::pair<double, double>> fitted, projection;
    for (size_t i = 0; i < r.fitted.size() && i < ind.history.size(); ++i) {
      if (std::isfinite(r.fitted[i])) fitted.emplace_back(g.X(ind.history[i].t), g.Y(r.fitted[i]));
    }
    for (const ChartPoint& p : r.path) {
      if (std::isfinite(p.value)) projection.emplace_back(g.X(p.t), g.Y(p.value));
    }
    out += Polyline(fitted, "fitted");
    out += Polyline(projection, "projection");
    if (marks.band95_clipped) out += ClipMarks(g, r.path, language);
  } else if (marks.projection) {
    out += ProjectedTotalMarks(g, series, r, hatch, period_start);
  }
  if (marks.target) out += TargetMarks(g, r, *series.target_level, language);
  out += History(g, series, style, language);
  if (series.points.empty() && ind.history.empty()) {
    out += fmt::format("<text class=\"no-data\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>",
                       (g.left + g.width - g.right) / 2, (g.top + g.height - g.bottom) / 2, Tr(Msg::kNoData, language));
  }
  return out + "</svg>";
}

std::string RenderChartLegend(const IndicatorResult& result, const std::string& id_prefix, Language language,
                              int period_start) {
  const ChartMarks m = DrawnMarks(result, period_start);
  auto item = [](const std::string& swatch, Msg label, Language lang) {
    return fmt::format("<li><svg class=\"swatch\" viewBox=\"0 0 28 14\" aria-hidden=\"true\">{}</svg>{}</li>", swatch,
                       Tr(label, lang));
  };
  std::string hatch = id_prefix + "-hatch";
  std::string out = "<ul class=\"legend\">";
  if (m.observed) out += item("<circle class=\"obs\" cx=\"14\" cy=\"7\" r=\"4\"/>", Msg::kLegendHistory, language);
  if (m.after_break) {
    out += item("<rect class=\"obs obs-after-break\" x=\"10\" y=\"3\" width=\"8\" height=\"8\"/>", Msg::kLegendBreak,
                language);
  }
  if (m.back_calculated) {
    out += item("<circle class=\"obs obs-derived\" cx=\"14\" cy=\"7\" r=\"4\"/>", Msg::kLegendBackCalculated, language);
  }
  if (m.provisional) {
    out += item("<circle class=\"obs obs-provisional\" cx=\"14\" cy=\"7\" r=\"4\"/>", Msg::kLegendProvisional, language);
  }
  if (m.fitted) out += item("<line class=\"fitted\" x1=\"1\" y1=\"7\" x2=\"27\" y2=\"7\"/>", Msg::kLegendFitted, language);
  if (m.projection) {
    out += item("<line class=\"projection\" x1=\"1\" y1=\"7\" x2=\"27\" y2=\"7\"/>", Msg::kLegendProjection, language);
  }
  if (m.band80) {
    out += item(fmt::format("<rect class=\"band80\" fill=\"url(#{})\" x=\"1\" y=\"1\" width=\"26\" height=\"12\"/>", hatch),
                Msg::kLegendBand80, language);
  }
  if (m.band95) out += item("<rect class=\"band95\" x=\"1\" y=\"1\" width=\"26\" height=\"12\"/>", Msg::kLegendBand95, language);
  if (m.band95_clipped) {
    out += item("<path class=\"clip-mark\" d=\"M9,11 L19,11 L14,4 Z\"/>", Msg::kLegendBand95Clipped, language);
  }
  if (m.target) out += item("<path class=\"target-mark\" d=\"M14,1 L20,7 L14,13 L8,7 Z\"/>", Msg::kLegendTarget, language);
  return out + "</ul>";
}

}  // namespace plancast
