#include "reports/propose_report.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

#include "engine/plan/unsafe_text.h"
#include "reports/number_format.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"
#include "reports/text_escape.h"

namespace plancast {
namespace {

using Json = nlohmann::ordered_json;

// The shared value and pace wordings read an IndicatorResult; only its
// indicator and latest figure matter to them.
IndicatorResult ViewOf(const ProposalRow& row) {
  IndicatorResult r;
  r.indicator = row.indicator;
  r.latest = row.latest;
  return r;
}

std::string ChanceLabel(double chance) { return DisplayProbability(chance); }

std::string ValueCell(const ProposalRow& row, const ProposedValue& v, Language l) {
  const IndicatorResult view = ViewOf(row);
  std::string text = IndicatorValueText(view, v.value, l, kEstimateDigits);
  if (v.pace) text += " (" + IndicatorPaceText(view, *v.pace, l) + ")";
  return text;
}

std::string WhyNone(const ProposalRow& row, Language l) {
  if (row.why_none == "no_data") return Tr(Msg::kProposeNoData, l);
  if (row.why_none == "one_figure") return Tr(Msg::kProposeOneFigure, l);
  return Tr(Msg::kProposeNoProjection, l);
}

std::string Title(const Proposal& p, Language l) {
  return fmt::format(fmt::runtime(Tr(Msg::kProposeTitle, l)), fmt::arg("year", p.year));
}

std::string Intro(const Proposal& p, Language l) {
  return fmt::format(fmt::runtime(Tr(Msg::kProposeIntro, l)), fmt::arg("year", p.year),
                     fmt::arg("as_of", boost::gregorian::to_iso_extended_string(p.as_of)));
}

std::string Markdown(const Proposal& p, Language l) {
  std::string out = fmt::format("# {} — {}\n\n{}\n\n", EscapeMarkdown(p.plan->name), EscapeMarkdown(Title(p, l)),
                                EscapeMarkdown(Intro(p, l)));
  out += fmt::format("| {} | {} |", Tr(Msg::kColIndicator, l), Tr(Msg::kColLatest, l));
  std::string rule = "|---|---:|";
  for (double c : p.chances) {
    out += " " + fmt::format(fmt::runtime(Tr(Msg::kProposeColChance, l)), fmt::arg("chance", ChanceLabel(c))) + " |";
    rule += "---:|";
  }
  out += "\n" + rule + "\n";
  std::string none;
  for (const ProposalRow& row : p.rows) {
    if (row.values.empty()) {
      none += fmt::format("- {}: {}\n", EscapeMarkdown(row.indicator->name), EscapeMarkdown(WhyNone(row, l)));
      continue;
    }
    out += fmt::format("| {} | {} |", EscapeMarkdownCell(row.indicator->name), EscapeMarkdownCell(LatestText(ViewOf(row), l)));
    for (const ProposedValue& v : row.values) out += " " + EscapeMarkdownCell(ValueCell(row, v, l)) + " |";
    out += "\n";
  }
  out += "\n" + EscapeMarkdown(Tr(Msg::kProposeHowToRead, l)) + "\n\n";
  if (!none.empty()) out += fmt::format("## {}\n\n{}\n", Tr(Msg::kProposeNone, l), none);
  return out;
}

Json Num(double v) { return std::isfinite(v) ? Json(RoundSignificant(v)) : Json(nullptr); }

std::string JsonText(const Proposal& p, const std::string& version) {
  Json root;
  root["format"] = "plancast-proposal";
  root["format_version"] = 1;
  root["plan"] = Json{{"id", p.plan->id}, {"name", p.plan->name}};
  root["as_of"] = boost::gregorian::to_iso_extended_string(p.as_of);
  root["seed"] = p.seed;
  root["plancast_version"] = version;
  root["year"] = p.year;
  root["latest_data_year"] = p.latest_data_year;
  Json chances = Json::array();
  for (double c : p.chances) chances.push_back(c);
  root["chances"] = chances;
  Json indicators = Json::array();
  for (const ProposalRow& row : p.rows) {
    const Indicator& ind = *row.indicator;
    Json latest = nullptr;
    if (row.latest) {
      latest = Json{{"year", row.latest->year}, {"value", row.latest->value}};
      if (!row.latest->period.empty()) latest["period"] = row.latest->period;
    }
    Json values = Json::array();
    for (const ProposedValue& v : row.values) {
      values.push_back(Json{{"chance", v.chance}, {"value", Num(v.value)},
                            {"annual_change", v.pace ? Num(v.pace->value) : Json(nullptr)}});
    }
    indicators.push_back(Json{{"id", ind.id}, {"name", ind.name}, {"unit", ind.unit},
                              {"direction", DirectionToString(ind.direction)}, {"latest", latest},
                              {"pace_kind", PaceKindToString(row.pace_kind)}, {"values", values},
                              {"reason", row.why_none.empty() ? Json(nullptr) : Json(row.why_none)}});
  }
  root["indicators"] = indicators;
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::vector<std::string> ProposalFormatNames() { return {"md", "json"}; }

std::string RenderProposal(const std::string& format, const Proposal& proposal, Language language,
                           const std::string& version) {
  if (format == "md") return Markdown(proposal, language);
  if (format == "json") return JsonText(proposal, version);
  throw std::invalid_argument("unknown proposal format: " + format);
}

std::string ProposalTerminalTable(const Proposal& p, Language l) {
  std::string out = EscapeForTerminal(p.plan->name) + " — " + Title(p, l) + "\n";
  for (const ProposalRow& row : p.rows) {
    const IndicatorResult view = ViewOf(row);
    out += "  " + EscapeForTerminal(row.indicator->name) + ": ";
    if (row.values.empty()) {
      out += WhyNone(row, l) + "\n";
      continue;
    }
    out += LatestText(view, l);
    for (const ProposedValue& v : row.values) {
      out += fmt::format("; {} {}", ChanceLabel(v.chance), IndicatorValueText(view, v.value, l, kEstimateDigits));
    }
    out += "\n";
  }
  return out;
}

}  // namespace plancast
