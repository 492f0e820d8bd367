// Drawing one indicator's chart as inline SVG (geometry in svg_chart.cpp).
//
// Marks are told apart without colour, for black-and-white print: the 95%
// band is a light fill with a dashed outline, the 80% band is hatched, the
// projection is a dashed line, the fitted trend a thin solid line, the target
// a diamond plus a dash-dot line, observations after a series break hollow.
// Styles come from classes defined in the page's stylesheet (html_style.cpp).
#include <fmt/format.h>

#include <cmath>

#include "reports/number_format.h"
#include "reports/report_strings.h"
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

std::string Axes(const ChartGeometry& g, const std::string& unit, Language lang) {
  std::string out = "<g class=\"axes\">";
  double x0 = g.left, x1 = g.width - g.right, y0 = g.top, y1 = g.height - g.bottom;
  for (double v : g.y.ticks) {
    out += fmt::format("<line class=\"grid\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>", x0, g.Y(v), x1,
                       g.Y(v));
    out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", x0 - 6,
                       g.Y(v) + 4, DisplayNumber(v));
  }
  for (double t : g.x.ticks) {
    out += fmt::format("<line class=\"tickmark\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>", g.X(t), y1,
                       g.X(t), y1 + 5);
    out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>", g.X(t),
                       y1 + 18, DisplayNumber(t));
  }
  out += fmt::format("<path class=\"axis\" d=\"M{:.1f},{:.1f} V{:.1f} H{:.1f}\"/>", x0, y0, y1, x1);
  out += fmt::format("<text class=\"axis-label\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>",
                     (x0 + x1) / 2, g.height - 6, Tr(Msg::kChartYear, lang));
  if (!unit.empty()) {
    out += fmt::format(
        "<text class=\"axis-label\" transform=\"translate(14,{:.1f}) rotate(-90)\" text-anchor=\"middle\">{}</text>",
        (y0 + y1) / 2, EscapeHtml(unit));
  }
  return out + "</g>";
}

std::string TargetMarks(const ChartGeometry& g, const Target& target, const std::string& unit, Language lang) {
  double x = g.X(target.year), y = g.Y(target.value);
  std::string out = "<g class=\"target\">";
  out += fmt::format("<line class=\"target-line\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>", g.left,
                     y, g.width - g.right, y);
  out += fmt::format("<path class=\"target-mark\" d=\"M{:.1f},{:.1f} L{:.1f},{:.1f} L{:.1f},{:.1f} L{:.1f},{:.1f} Z\"/>", x,
                     y - 7, x + 7, y, x, y + 7, x - 7, y);
  std::string label = fmt::format("{} {}{}", Tr(Msg::kLegendTarget, lang), DisplayNumber(target.value),
                                  unit == "%" ? "%" : "");
  out += fmt::format("<text class=\"target-label\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", x - 10,
                     y - 8, EscapeHtml(label));
  return out + "</g>";
}

std::string History(const ChartGeometry& g, const IndicatorResult& r, Language lang) {
  const auto& history = r.indicator->history;
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
    std::string css = after_break ? "obs obs-after-break" : "obs";
    if (o.provisional) css += " obs-provisional";
    std::string when = o.period.label.empty() ? std::to_string(o.year) : EscapeHtml(o.period.label);
    out += fmt::format("<circle class=\"{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\"><title>{}: {}</title></circle>", css,
                       g.X(o.t), g.Y(o.value), when, DisplayNumber(o.value));
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

}  // namespace

std::string RenderSvgChart(const IndicatorResult& r, const std::string& id_prefix, Language language) {
  const Indicator& ind = *r.indicator;
  ChartGeometry g = ComputeChartGeometry(r);
  std::string hatch = id_prefix + "-hatch";
  std::string out = fmt::format(
      "<svg class=\"chart status-{}\" viewBox=\"0 0 {:.0f} {:.0f}\" role=\"img\" aria-label=\"{}\">",
      TargetStatusToString(r.status), g.width, g.height, EscapeHtml(ind.name));
  out += fmt::format("<title>{}</title>", EscapeHtml(ind.name));
  out += HatchPattern(hatch);
  out += Axes(g, ind.unit, language);
  out += Band(g, r.path, &ChartPoint::lo95, &ChartPoint::hi95, "band95", "");
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
  if (TargetOnValueAxis(ind)) out += TargetMarks(g, *ind.target, ind.unit, language);
  out += History(g, r, language);
  if (ind.history.empty()) {
    out += fmt::format("<text class=\"no-data\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>",
                       (g.left + g.width - g.right) / 2, (g.top + g.height - g.bottom) / 2, Tr(Msg::kNoData, language));
  }
  return out + "</svg>";
}

std::string RenderChartLegend(const std::string& id_prefix, Language language) {
  auto item = [](const std::string& swatch, Msg label, Language lang) {
    return fmt::format("<li><svg class=\"swatch\" viewBox=\"0 0 28 14\" aria-hidden=\"true\">{}</svg>{}</li>", swatch,
                       Tr(label, lang));
  };
  std::string hatch = id_prefix + "-hatch";
  std::string out = "<ul class=\"legend\">";
  out += item("<circle class=\"obs\" cx=\"14\" cy=\"7\" r=\"4\"/>", Msg::kLegendHistory, language);
  out += item("<circle class=\"obs obs-after-break\" cx=\"14\" cy=\"7\" r=\"4\"/>", Msg::kLegendBreak, language);
  out += item("<line class=\"fitted\" x1=\"1\" y1=\"7\" x2=\"27\" y2=\"7\"/>", Msg::kLegendFitted, language);
  out += item("<line class=\"projection\" x1=\"1\" y1=\"7\" x2=\"27\" y2=\"7\"/>", Msg::kLegendProjection, language);
  out += item(fmt::format("<rect class=\"band80\" fill=\"url(#{})\" x=\"1\" y=\"1\" width=\"26\" height=\"12\"/>", hatch),
              Msg::kLegendBand80, language);
  out += item("<rect class=\"band95\" x=\"1\" y=\"1\" width=\"26\" height=\"12\"/>", Msg::kLegendBand95, language);
  out += item("<path class=\"target-mark\" d=\"M14,1 L20,7 L14,13 L8,7 Z\"/>", Msg::kLegendTarget, language);
  return out + "</ul>";
}

}  // namespace plancast
