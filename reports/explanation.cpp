// The plain-language explanation under each chart and in report.md's gap
// list (declared in report_view.h). Sentences come from the string table,
// so both languages say the same thing.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "reports/indicator_figures.h"
#include "reports/number_format.h"
#include "reports/reason_text.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"
#include "reports/warning_text.h"

namespace plancast {
namespace {

bool IsEnglish(Language language) { return language == Language::kEn; }

std::string Iso(const boost::gregorian::date& d) {
  return d.is_special() ? "—" : boost::gregorian::to_iso_extended_string(d);
}

std::string MilestoneText(const IndicatorResult& r, Language lang) {
  const MilestoneCheck& m = *r.milestone;
  switch (m.state) {
    case MilestoneState::kDone:
      return fmt::format(fmt::runtime(Tr(Msg::kMilestoneDone, lang)),
                         fmt::arg("done", m.done_on ? Iso(*m.done_on) : "—"), fmt::arg("due", Iso(m.due)));
    case MilestoneState::kOverdue:
      return fmt::format(fmt::runtime(Tr(Msg::kMilestoneOverdue, lang)), fmt::arg("due", Iso(m.due)),
                         fmt::arg("days", std::abs(m.days_left)));
    case MilestoneState::kDueSoon:
      return fmt::format(fmt::runtime(Tr(Msg::kMilestoneDueSoon, lang)), fmt::arg("due", Iso(m.due)),
                         fmt::arg("years", FixedNumber(YearsLeft(m.days_left), 1)));
    case MilestoneState::kOnTime:
      break;
  }
  return fmt::format(fmt::runtime(Tr(Msg::kMilestoneOnTime, lang)), fmt::arg("due", Iso(m.due)),
                     fmt::arg("years", FixedNumber(YearsLeft(m.days_left), 1)));
}

std::string PaceSentence(const IndicatorResult& r, Language lang);

std::string InsufficientText(const IndicatorResult& r, Language lang) {
  // The engine's warnings say why (one point, a series break, ...).
  std::string text = fmt::format(fmt::runtime(Tr(Msg::kExplainInsufficient, lang)),
                                 fmt::arg("count", r.indicator->history.size()));
  for (const Warning& warning : r.warnings) {
    text += lang == Language::kEn ? " " + WarningText(warning, lang) + "." : WarningText(warning, lang) + "。";
  }
  // The engine still gives the pace needed from the latest value (issue: one-point targets).
  if (r.required_annual_change) text += " " + PaceSentence(r, lang);
  return text;
}

std::string GapSentence(const IndicatorResult& r, Language lang) {
  const Indicator& ind = *r.indicator;
  const ProjectionSummary& p = *r.projection;
  const FigureStyle style = StyleFor(r, TargetUnit(ind));
  std::string target = PlanFigure(style, ind.target->value, lang);
  auto [from, to] = HistoricalSpan(r);
  std::string trend = (from != 0 && to > from) ? fmt::format(fmt::runtime(Tr(Msg::kTrendSpan, lang)),
                                                             fmt::arg("from", from), fmt::arg("to", to))
                                               : std::string(Tr(Msg::kTrendRecent, lang));
  double shortfall = Shortfall(r);
  double tolerance = 1e-9 * std::max(1.0, std::fabs(ind.target->value));
  Msg gap_key = std::fabs(shortfall) <= tolerance ? Msg::kGapEqual : shortfall > 0 ? Msg::kGapShort : Msg::kGapBeyond;
  std::string gap = fmt::format(fmt::runtime(Tr(gap_key, lang)), fmt::arg("gap", GapFigure(style, shortfall, lang)),
                                fmt::arg("target", target));
  // Chinese says where a rank will stand: "列第16位", not "达到16位".
  return fmt::format(fmt::runtime(Tr(style.rank ? Msg::kExplainProjectedRank : Msg::kExplainProjected, lang)),
                     fmt::arg("trend", trend), fmt::arg("value", EstimateFigure(style, p.value, lang)),
                     fmt::arg("year", p.year), fmt::arg("range", EstimateRange(style, p.value, p.lo80, p.hi80, lang)),
                     fmt::arg("gap", gap));
}

std::string PaceSentence(const IndicatorResult& r, Language lang) {
  auto [from, to] = HistoricalSpan(r);
  int from_year = r.latest ? r.latest->year : to;
  std::string text = fmt::format(fmt::runtime(Tr(Msg::kExplainNeeds, lang)),
                                 fmt::arg("required", IndicatorPaceText(r, *r.required_annual_change, lang)),
                                 fmt::arg("year", from_year));
  if (r.historical_annual_change) {
    text += IsEnglish(lang) ? ", " : "，";
    text += fmt::format(fmt::runtime(Tr(Msg::kExplainMoved, lang)),
                        fmt::arg("historical", IndicatorPaceText(r, *r.historical_annual_change, lang)));
  }
  return text + (IsEnglish(lang) ? "." : "。");
}

}  // namespace

std::string TimeLeftText(int days, Language language) {
  return fmt::format(fmt::runtime(Tr(Msg::kTimeLeft, language)), fmt::arg("years", FixedNumber(YearsLeft(days), 1)));
}

std::string NotJudgedWhy(const IndicatorResult& r, Language lang) {
  std::string reason = ReasonSentence(r, lang);
  return reason.empty() ? ExplainIndicator(r, lang) : reason;
}

std::string ExplainIndicator(const IndicatorResult& r, Language lang) {
  const Indicator& ind = *r.indicator;
  if (r.milestone) return MilestoneText(r, lang);
  if (r.status == TargetStatus::kInsufficientData || !r.projection) return InsufficientText(r, lang);
  const ProjectionSummary& p = *r.projection;
  if (!ind.target) {
    return fmt::format(fmt::runtime(Tr(Msg::kExplainNoTarget, lang)),
                       fmt::arg("value", EstimateFigure(StyleFor(r, ind.unit), p.value, lang)),
                       fmt::arg("year", p.year));
  }
  if (r.status == TargetStatus::kAchieved && r.latest && ind.target->kind == TargetKind::kLevel) {
    return fmt::format(fmt::runtime(Tr(Msg::kExplainAchieved, lang)),
                       fmt::arg("value", PlanFigure(StyleFor(r, ind.unit), r.latest->value, lang)),
                       fmt::arg("year", r.latest->year),
                       fmt::arg("target", PlanFigure(StyleFor(r, ind.unit), ind.target->value, lang)));
  }
  const char* space = IsEnglish(lang) ? " " : "";
  std::string text = GapSentence(r, lang);
  if (r.required_annual_change) text += space + PaceSentence(r, lang);
  if (r.pace_for_p50 && r.pace_for_p80 && r.status != TargetStatus::kAchieved) {
    text += space + fmt::format(fmt::runtime(Tr(Msg::kInversePace, lang)),
                                fmt::arg("p50", IndicatorPaceText(r, *r.pace_for_p50, lang)),
                                fmt::arg("p80", IndicatorPaceText(r, *r.pace_for_p80, lang)));
  }
  if (r.crossing_year && *r.crossing_year > ind.target->year) {
    text += space + fmt::format(fmt::runtime(Tr(Msg::kExplainCrossing, lang)), fmt::arg("year", *r.crossing_year));
  }
  if (r.days_left && *r.days_left > 0 && r.status != TargetStatus::kAchieved) {
    text += space + TimeLeftText(*r.days_left, lang);
  }
  return text;
}

}  // namespace plancast
