// The timeline chart of a milestone target (see svg_chart.h).
#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <algorithm>

#include "reports/report_strings.h"
#include "reports/svg_chart.h"
#include "reports/text_escape.h"

namespace plancast {
namespace {

double YearFraction(const boost::gregorian::date& d) {
  boost::gregorian::date start(d.year(), 1, 1);
  double days_in_year = boost::gregorian::gregorian_calendar::is_leap_year(d.year()) ? 366.0 : 365.0;
  return d.year() + (d - start).days() / days_in_year;
}

}  // namespace

std::string RenderMilestoneChart(const IndicatorResult& r, const Plan& plan, boost::gregorian::date as_of,
                                 Language language) {
  const MilestoneCheck& m = *r.milestone;
  const double width = 480, height = 120, left = 24, right = 24, axis_y = 70;  // as wide as the value charts
  double from = plan.period_start > 0 ? plan.period_start : YearFraction(m.due) - 1;
  double to = YearFraction(m.due) + 0.5;
  if (!as_of.is_special()) to = std::max(to, YearFraction(as_of) + 0.25);
  if (m.done_on) to = std::max(to, YearFraction(*m.done_on) + 0.25);
  if (!(to > from)) to = from + 1;
  auto x = [&](double t) { return left + (t - from) / (to - from) * (width - left - right); };

  std::string out = fmt::format(
      "<svg class=\"chart milestone status-{}\" viewBox=\"0 0 {:.0f} {:.0f}\" role=\"img\" aria-label=\"{}\">"
      "<title>{}</title>",
      TargetStatusToString(r.status), width, height, EscapeHtml(r.indicator->name), EscapeHtml(r.indicator->name));
  out += fmt::format("<g class=\"axes\"><path class=\"axis\" d=\"M{:.1f},{:.1f} H{:.1f}\"/>", x(from), axis_y, x(to));
  for (int year = static_cast<int>(std::ceil(from)); year <= static_cast<int>(to); ++year) {
    out += fmt::format(
        "<line class=\"tickmark\" x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\"/>"
        "<text class=\"tick\" x=\"{0:.1f}\" y=\"{3:.1f}\" text-anchor=\"middle\">{4}</text>",
        x(year), axis_y, axis_y + 5, axis_y + 20, year);
  }
  out += fmt::format("<text class=\"axis-label\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text></g>",
                     width / 2, height - 6, Tr(Msg::kChartYear, language));
  if (!as_of.is_special()) {
    double ax = x(YearFraction(as_of));
    out += fmt::format(
        "<line class=\"break\" x1=\"{0:.1f}\" y1=\"20\" x2=\"{0:.1f}\" y2=\"{1:.1f}\"/>"
        "<text class=\"break-label\" x=\"{2:.1f}\" y=\"18\">{3} {4}</text>",
        ax, axis_y, ax + 3, Tr(Msg::kAsOf, language), boost::gregorian::to_iso_extended_string(as_of));
  }
  double dx = x(YearFraction(m.due));
  out += fmt::format(
      "<path class=\"target-mark milestone-due\" d=\"M{0:.1f},{1:.1f} L{2:.1f},{3:.1f} L{0:.1f},{4:.1f} L{5:.1f},{3:.1f} "
      "Z\"/><text class=\"target-label\" x=\"{0:.1f}\" y=\"{6:.1f}\" text-anchor=\"middle\">{7}</text>",
      dx, axis_y - 9, dx + 9, axis_y, axis_y + 9, dx - 9, axis_y - 14,
      EscapeHtml(fmt::format(fmt::runtime(Tr(Msg::kDue, language)),
                             fmt::arg("due", boost::gregorian::to_iso_extended_string(m.due)))));
  if (m.done_on) {
    out += fmt::format("<circle class=\"obs milestone-done\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"6\"/>",
                       x(YearFraction(*m.done_on)), axis_y);
  }
  return out + "</svg>";
}

}  // namespace plancast
