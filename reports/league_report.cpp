#include "reports/league_report.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "engine/csv_field.h"
#include "engine/plan/dates.h"
#include "reports/league_strings.h"
#include "reports/number_format.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"
#include "reports/text_escape.h"

namespace plancast {
namespace {

using Json = nlohmann::ordered_json;

// Places 1..n of the rows by `better` (missing values last, ties to the region listed first).
template <typename Key>
std::vector<size_t> Places(const std::vector<LeagueRow>& rows, Key key, bool higher_is_better) {
  std::vector<size_t> order(rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const std::optional<double> ka = key(rows[a]), kb = key(rows[b]);
    if (!ka || !kb) return ka.has_value() && !kb.has_value();
    return higher_is_better ? *ka > *kb : *ka < *kb;
  });
  std::vector<size_t> place(rows.size());
  for (size_t k = 0; k < order.size(); ++k) place[order[k]] = k + 1;
  return place;
}

std::optional<double> Projected(const LeagueRow& r) {
  if (!r.projection || !std::isfinite(r.projection->value)) return std::nullopt;
  return r.projection->value;
}
std::optional<double> Chance(const LeagueRow& r) { return r.p_meet; }

struct Ranked {
  std::vector<size_t> by_projection, by_chance, order;  // places, and rows sorted by projection
};

Ranked Rank(const LeagueIndicator& li) {
  Ranked out;
  out.by_projection = Places(li.regions, Projected, li.indicator->direction == Direction::kIncrease);
  out.by_chance = Places(li.regions, Chance, true);
  out.order.resize(li.regions.size());
  for (size_t i = 0; i < li.regions.size(); ++i) out.order[out.by_projection[i] - 1] = i;
  return out;
}

const char* AggregateName(Indicator::Aggregate a) {
  switch (a) {
    case Indicator::Aggregate::kSum: return "sum";
    case Indicator::Aggregate::kMean: return "mean";
    case Indicator::Aggregate::kWeighted: return "weighted";
    case Indicator::Aggregate::kNone: break;
  }
  return "";
}

double Rounded(double v) { return RoundSignificant(v); }

Json PaceJson(const std::optional<Pace>& p) {
  if (!p) return nullptr;
  return Json{{"value", Rounded(p->value)}, {"kind", PaceKindToString(p->kind)}};
}

Json RowJson(const LeagueRow& r, std::optional<size_t> place, std::optional<size_t> place_p) {
  Json j;
  j["region"] = r.region_id;
  j["name"] = r.region_name;
  j["parent"] = r.parent;
  j["latest"] = r.latest ? Json{{"year", r.latest->year}, {"value", r.latest->value}} : Json(nullptr);
  j["projection"] = r.projection ? Json{{"year", r.projection->year},
                                        {"value", Rounded(r.projection->value)},
                                        {"lo80", Rounded(r.projection->lo80)},
                                        {"hi80", Rounded(r.projection->hi80)}}
                                 : Json(nullptr);
  j["p_meet"] = r.p_meet ? Json(Rounded(*r.p_meet)) : Json(nullptr);
  j["target"] = r.target ? Json{{"kind", TargetKindToString(r.target->kind)},
                                {"year", r.target->year},
                                {"value", r.target->value}}
                         : Json(nullptr);
  j["required_annual_change"] = PaceJson(r.required_annual_change);
  j["historical_annual_change"] = PaceJson(r.historical_annual_change);
  j["status"] = TargetStatusToString(r.status);
  if (place) j["place_by_projection"] = *place;
  if (place_p) j["place_by_p_meet"] = *place_p;
  j["shortfall_contribution"] = r.shortfall_contribution ? Json(Rounded(*r.shortfall_contribution)) : Json(nullptr);
  return j;
}

Json IndicatorJson(const LeagueIndicator& li) {
  const Ranked ranked = Rank(li);
  Json j;
  j["id"] = li.indicator->id;
  j["name"] = li.indicator->name;
  j["unit"] = li.indicator->unit;
  j["direction"] = DirectionToString(li.indicator->direction);
  j["aggregate"] = AggregateName(li.indicator->aggregate);
  j["rank_of"] = li.indicator->rank_of;
  j["expected_regions_meeting"] = li.expected_regions_meeting ? Json(Rounded(*li.expected_regions_meeting)) : Json(nullptr);
  j["total"] = li.total ? RowJson(*li.total, std::nullopt, std::nullopt) : Json(nullptr);
  Json held = Json::array();
  for (size_t r : li.held_back) held.push_back(li.regions[r].region_id);
  j["held_back"] = held;
  Json rows = Json::array();
  for (size_t r = 0; r < li.regions.size(); ++r) {
    rows.push_back(RowJson(li.regions[r], ranked.by_projection[r], ranked.by_chance[r]));
  }
  j["regions"] = rows;
  return j;
}

// The same text as one dump(2) of the whole document, built one indicator at
// a time: a JSON tree of 140,000 rows would be the largest thing in memory.
std::string RenderJson(const League& league) {
  Json root;
  root["plan"] = Json{{"id", league.plan->id}, {"name", league.plan->name}, {"region", league.plan->region}};
  root["as_of"] = FormatIsoDate(league.run.as_of);
  root["seed"] = league.run.seed;
  root["regions"] = league.plan->regions.size();
  root["indicators"] = Json::array();
  std::string out = root.dump(2);
  const std::string empty_tail = "[]\n}";
  out.erase(out.size() - empty_tail.size());
  if (league.indicators.empty()) return out + "[]\n}\n";
  out += "[\n";
  for (size_t k = 0; k < league.indicators.size(); ++k) {
    const std::string item = IndicatorJson(league.indicators[k]).dump(2);
    size_t start = 0;
    while (start < item.size()) {  // indent by two levels; strings hold no raw newline
      const size_t end = item.find('\n', start);
      out += "    " + item.substr(start, end == std::string::npos ? std::string::npos : end - start + 1);
      if (end == std::string::npos) break;
      start = end + 1;
    }
    out += k + 1 < league.indicators.size() ? ",\n" : "\n";
  }
  return out + "  ]\n}\n";
}

std::string CsvPace(const std::optional<Pace>& p) { return p ? MachineNumber(p->value) : ""; }

std::string CsvRow(const LeagueIndicator& li, const LeagueRow& r, const std::string& place, const std::string& place_p) {
  std::vector<std::string> f = {
      CsvTextField(li.indicator->id),
      CsvTextField(r.region_id),
      CsvTextField(r.region_name),
      CsvTextField(r.parent),
      r.latest ? std::to_string(r.latest->year) : "",
      r.latest ? ExactMachineNumber(r.latest->value) : "",
      r.projection ? std::to_string(r.projection->year) : "",
      r.projection ? MachineNumber(r.projection->value) : "",
      r.projection ? MachineNumber(r.projection->lo80) : "",
      r.projection ? MachineNumber(r.projection->hi80) : "",
      MachineNumber(r.p_meet),
      r.target ? TargetKindToString(r.target->kind) : "",
      r.target ? std::to_string(r.target->year) : "",
      r.target ? ExactMachineNumber(r.target->value) : "",
      CsvPace(r.required_annual_change),
      CsvPace(r.historical_annual_change),
      r.required_annual_change ? PaceKindToString(r.required_annual_change->kind) : "",
      TargetStatusToString(r.status),
      place,
      place_p,
      MachineNumber(r.shortfall_contribution)};
  std::string line;
  for (size_t k = 0; k < f.size(); ++k) line += (k ? "," : "") + f[k];
  return line + "\n";
}

std::string RenderCsv(const League& league) {
  std::string out =
      "indicator,region,region_name,parent,latest_year,latest,projection_year,projection,lo80,hi80,p_meet,"
      "target_kind,target_year,target,required_pace,historical_pace,pace_kind,status,place_by_projection,"
      "place_by_p_meet,shortfall_contribution\n";
  for (const LeagueIndicator& li : league.indicators) {
    const Ranked ranked = Rank(li);
    for (size_t r : ranked.order) {
      out += CsvRow(li, li.regions[r], std::to_string(ranked.by_projection[r]), std::to_string(ranked.by_chance[r]));
    }
    if (li.total) out += CsvRow(li, *li.total, "", "");
  }
  return out;
}

// The cells of one region's row, as text (escaped by the caller).
struct RowText {
  std::vector<std::string> cells;
};

std::string Value(const LeagueIndicator& li, double v, Language lang, int digits = 4) {
  return ValueWithUnit(v, li.indicator->unit, lang, digits);
}

std::string TargetText(const LeagueIndicator& li, const LeagueRow& r, Language lang) {
  if (!r.target) return LeagueText(LeagueMsg::kNoTarget, lang);
  return fmt::format("{} ({})", Value(li, r.target->value, lang), r.target->year);
}

RowText Cells(const LeagueIndicator& li, const LeagueRow& r, size_t place, size_t place_p, Language lang) {
  RowText t;
  t.cells.push_back(std::to_string(place));
  t.cells.push_back(std::to_string(place_p));
  t.cells.push_back(r.region_name.empty() ? r.region_id : r.region_name);
  t.cells.push_back(r.parent);
  t.cells.push_back(r.latest ? fmt::format("{} ({})", Value(li, r.latest->value, lang), r.latest->year) : "—");
  t.cells.push_back(r.projection ? fmt::format("{} ({})", Value(li, r.projection->value, lang, kEstimateDigits),
                                               r.projection->year)
                                 : "—");
  t.cells.push_back(r.projection ? DisplayNumber(r.projection->lo80, kEstimateDigits) + "–" +
                                       DisplayNumber(r.projection->hi80, kEstimateDigits)
                                 : "—");
  t.cells.push_back(TargetText(li, r, lang));
  t.cells.push_back(r.p_meet ? DisplayProbability(*r.p_meet) : "—");
  t.cells.push_back(r.required_annual_change ? PaceText(*r.required_annual_change, li.indicator->unit, lang) : "—");
  t.cells.push_back(r.historical_annual_change ? PaceText(*r.historical_annual_change, li.indicator->unit, lang) : "—");
  t.cells.push_back(StatusLabel(r.status, lang));
  return t;
}

std::vector<std::string> Header(Language lang) {
  std::vector<std::string> h;
  for (LeagueMsg m : {LeagueMsg::kPlace, LeagueMsg::kPlaceP, LeagueMsg::kRegion, LeagueMsg::kParent, LeagueMsg::kLatest,
                      LeagueMsg::kProjected, LeagueMsg::kRange, LeagueMsg::kTarget, LeagueMsg::kPMeet,
                      LeagueMsg::kRequired, LeagueMsg::kHistorical, LeagueMsg::kStatus}) {
    h.push_back(LeagueText(m, lang));
  }
  return h;
}

// The sentences above an indicator's table: its total, the expected count, who holds the total back.
std::vector<std::string> Summary(const League& league, const LeagueIndicator& li, Language lang) {
  std::vector<std::string> lines;
  if (li.total && li.total->projection) {
    const LeagueRow& t = *li.total;
    const std::string name = league.plan->region.empty() ? LeagueText(LeagueMsg::kTotal, lang) : league.plan->region;
    lines.push_back(fmt::format(
        fmt::runtime(LeagueText(t.target ? LeagueMsg::kTotalLine : LeagueMsg::kTotalNoTarget, lang)),
        fmt::arg("name", name), fmt::arg("year", t.projection->year),
        fmt::arg("value", Value(li, t.projection->value, lang, kEstimateDigits)),
        fmt::arg("lo", DisplayNumber(t.projection->lo80, kEstimateDigits)),
        fmt::arg("hi", DisplayNumber(t.projection->hi80, kEstimateDigits)), fmt::arg("target", TargetText(li, t, lang)),
        fmt::arg("p", t.p_meet ? DisplayProbability(*t.p_meet) : "—"), fmt::arg("status", StatusLabel(t.status, lang))));
  }
  if (li.expected_regions_meeting) {
    lines.push_back(fmt::format(fmt::runtime(LeagueText(LeagueMsg::kExpected, lang)),
                                fmt::arg("n", DisplayNumber(*li.expected_regions_meeting, kEstimateDigits))));
  }
  if (li.total) {
    if (li.held_back.empty()) {
      lines.push_back(LeagueText(LeagueMsg::kHeldBackNone, lang));
    } else {
      std::string list;
      for (size_t r : li.held_back) {
        const LeagueRow& row = li.regions[r];
        const double gap = std::abs(row.target->value - row.projection->value);
        list += (list.empty() ? " " : (lang == Language::kZh ? "；" : "; ")) + row.region_name + " " +
                fmt::format(fmt::runtime(LeagueText(LeagueMsg::kShortBy, lang)),
                            fmt::arg("gap", GapText(gap, li.indicator->unit, lang)));
      }
      lines.push_back(LeagueText(LeagueMsg::kHeldBack, lang) + list);
    }
  }
  return lines;
}

std::string Heading(const League& league, Language lang) {
  return fmt::format(fmt::runtime(LeagueText(LeagueMsg::kTitle, lang)), fmt::arg("plan", league.plan->name));
}

std::string AsOfLine(const League& league, Language lang) {
  return fmt::format(fmt::runtime(LeagueText(LeagueMsg::kAsOf, lang)), fmt::arg("as_of", FormatIsoDate(league.run.as_of)),
                     fmt::arg("count", league.plan->regions.size()));
}

std::string RenderMarkdown(const League& league, Language lang) {
  std::string out = "# " + EscapeMarkdown(Heading(league, lang)) + "\n\n" + AsOfLine(league, lang) + " " +
                    LeagueText(LeagueMsg::kOrder, lang) + "\n";
  const std::vector<std::string> header = Header(lang);
  for (const LeagueIndicator& li : league.indicators) {
    out += "\n## " + EscapeMarkdown(li.indicator->name) + "\n\n";
    for (const std::string& line : Summary(league, li, lang)) out += EscapeMarkdown(line) + "\n\n";
    std::string row = "|", rule = "|";
    for (const std::string& h : header) {
      row += " " + EscapeMarkdownCell(h) + " |";
      rule += "---|";
    }
    out += row + "\n" + rule + "\n";
    const Ranked ranked = Rank(li);
    for (size_t r : ranked.order) {
      std::string line = "|";
      for (const std::string& c : Cells(li, li.regions[r], ranked.by_projection[r], ranked.by_chance[r], lang).cells) {
        line += " " + EscapeMarkdownCell(c) + " |";
      }
      out += line + "\n";
    }
  }
  return out;
}

std::string RenderHtml(const League& league, Language lang) {
  std::string out = std::string("<!DOCTYPE html>\n<html lang=\"") + LanguageRow(lang).html_lang +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + EscapeHtml(Heading(league, lang)) +
                    "</title>\n<style>body{font-family:sans-serif;margin:1.5em;max-width:90em}"
                    "table{border-collapse:collapse;font-size:0.9em}th,td{border:1px solid #bbb;padding:0.2em 0.5em;"
                    "text-align:left}th{background:#eee}</style>\n</head>\n<body>\n<h1>" +
                    EscapeHtml(Heading(league, lang)) + "</h1>\n<p>" + EscapeHtml(AsOfLine(league, lang)) + " " +
                    EscapeHtml(LeagueText(LeagueMsg::kOrder, lang)) + "</p>\n";
  const std::vector<std::string> header = Header(lang);
  for (const LeagueIndicator& li : league.indicators) {
    out += "<h2>" + EscapeHtml(li.indicator->name) + "</h2>\n";
    for (const std::string& line : Summary(league, li, lang)) out += "<p>" + EscapeHtml(line) + "</p>\n";
    out += "<table>\n<tr>";
    for (const std::string& h : header) out += "<th>" + EscapeHtml(h) + "</th>";
    out += "</tr>\n";
    const Ranked ranked = Rank(li);
    for (size_t r : ranked.order) {
      out += "<tr>";
      for (const std::string& c : Cells(li, li.regions[r], ranked.by_projection[r], ranked.by_chance[r], lang).cells) {
        out += "<td>" + EscapeHtml(c) + "</td>";
      }
      out += "</tr>\n";
    }
    out += "</table>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace

std::vector<std::string> LeagueFormatNames() { return {"md", "json", "csv", "html"}; }

std::string RenderLeague(const std::string& format, const League& league, const ReportOptions& options) {
  if (format == "md") return RenderMarkdown(league, options.language);
  if (format == "json") return RenderJson(league);
  if (format == "csv") return RenderCsv(league);
  if (format == "html") return RenderHtml(league, options.language);
  throw std::invalid_argument("unknown league format: " + format);
}

}  // namespace plancast
