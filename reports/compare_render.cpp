// compare.md / compare.json / compare.html: the same Comparison three ways.
// Plan text is escaped for each format (EscapeMarkdownCell, EscapeHtml,
// nlohmann-json); numbers are rounded as in report.json.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>

#include "reports/compare.h"
#include "reports/html_style.h"
#include "reports/number_format.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"
#include "reports/text_escape.h"

namespace plancast {
namespace {

using Json = nlohmann::ordered_json;

// A status string from report.json as a label; unknown strings shown as written.
std::string StatusText(const std::string& status, Language lang) {
  for (TargetStatus s : kAllTargetStatuses) {
    if (status == TargetStatusToString(s)) return StatusLabel(s, lang);
  }
  return status.empty() ? "—" : status;
}

std::string Value(std::optional<double> v, const std::string& unit, Language lang) {
  return v ? ValueWithUnit(*v, unit, lang) : "—";
}

std::string ProjectionCell(const SnapshotProjection& p, const std::string& unit, Language lang) {
  std::string text =
      fmt::format("{}: {}", p.year, p.value ? ValueWithUnit(*p.value, unit, lang, kEstimateDigits) : "—");
  if (p.lo80 && p.hi80) {
    text += fmt::format(" ({}–{})", DisplayNumber(*p.lo80, kEstimateDigits), DisplayNumber(*p.hi80, kEstimateDigits));
  }
  return text;
}

std::string ProbabilityMove(const ProjectionDrift& d) {
  auto p = [](std::optional<double> v) { return v ? DisplayProbability(*v) : std::string("—"); };
  return p(d.old_p_meet) + " → " + p(d.new_p_meet);
}

std::string TargetCell(const std::optional<SnapshotTarget>& t, const std::string& unit, Language lang) {
  if (!t) return Tr(Msg::kNoTarget, lang);
  std::string text = fmt::format("{}: {}", t->year, Value(t->value, unit, lang));
  if (!t->kind.empty() && t->kind != "level") text += " [" + t->kind + "]";
  if (t->illustrative) text += " †";
  return text;
}

std::string DataText(const DataChange& d, Language lang) {
  std::string text;
  for (const SnapshotPoint& p : d.added) {
    text += fmt::format("{}{} {}: {}", text.empty() ? "" : "; ", Tr(Msg::kAddedPoints, lang), p.Key(),
                        Value(p.value, d.unit, lang));
  }
  for (const DataChange::Revision& r : d.revised) {
    text += fmt::format("{}{} {}: {} → {}", text.empty() ? "" : "; ", Tr(Msg::kRevised, lang), r.key,
                        DisplayNumber(r.old_value), Value(r.new_value, d.unit, lang));
  }
  return text;
}

// One table per section, built once and printed as Markdown or HTML.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // plain text, escaped when printed
  std::vector<std::string> lead;  // sentences before the table (plain text)
};

std::string BandCell(const TrackScore& s, Language l) {
  std::string text = ValueWithUnit(s.projected, s.unit, l, kEstimateDigits);
  if (s.lo80 && s.hi80) {
    text += fmt::format(" ({}–{})", DisplayNumber(*s.lo80, kEstimateDigits), DisplayNumber(*s.hi80, kEstimateDigits));
  }
  return text;
}

std::string MissCell(const TrackScore& s) {
  std::string text = DisplaySigned(s.error, kEstimateDigits);
  if (s.error_pct) text += " (" + DisplaySigned(*s.error_pct, 2) + "%)";
  return text;
}

// The earlier projections against the figures published since, in planner words.
Table TrackRecordTable(const TrackRecord& t, Language l) {
  Table table{{Tr(Msg::kColIndicator, l), Tr(Msg::kColYear, l), Tr(Msg::kColEarlierProjection, l),
               Tr(Msg::kColActual, l), Tr(Msg::kColError, l), Tr(Msg::kColInside80, l)},
              {},
              {}};
  if (!t.old_report_has_paths && !t.without_path.empty()) {
    table.lead.push_back(Tr(Msg::kTrackNoPaths, l));
    return table;
  }
  if (t.summary.scored == 0) {
    table.lead.push_back(Tr(Msg::kTrackNothingYet, l));
  } else {
    const TrackSummary& s = t.summary;
    table.lead.push_back(fmt::format(
        fmt::runtime(Tr(Msg::kTrackSummary, l)), fmt::arg("scored", s.scored), fmt::arg("inside", s.inside_80),
        fmt::arg("share", s.share_inside_80 ? DisplayProbability(*s.share_inside_80) : std::string("—")),
        fmt::arg("error", s.median_abs_error_pct ? DisplayNumber(*s.median_abs_error_pct, 2) + "%" : std::string("—"))));
  }
  if (!t.without_path.empty()) {
    std::string names;
    for (const TrackRecord::Unscored& u : t.without_path) {
      names += (names.empty() ? "" : l == Language::kZh ? "、" : ", ") + u.name;
    }
    table.lead.push_back(fmt::format(fmt::runtime(Tr(Msg::kTrackWithoutPath, l)), fmt::arg("names", names)));
  }
  for (const TrackScore& s : t.scores) {
    const std::string inside = !s.inside_80 ? "—" : Tr(*s.inside_80 ? Msg::kYes : Msg::kNo, l);
    table.rows.push_back({s.name, std::to_string(s.year), BandCell(s, l), ValueWithUnit(s.actual, s.unit, l),
                          MissCell(s), inside});
  }
  return table;
}

// A status out of insufficient_data (or out of no_target: a target just set)
// is a first verdict, not a change for
// better or worse (issue 11).
bool FirstAssessment(const StatusChange& s) {
  return s.old_status == TargetStatusToString(TargetStatus::kInsufficientData) ||
         s.old_status == TargetStatusToString(TargetStatus::kNoTarget);
}

// Real changes first (worse before better, in the comparison's order), then first assessments.
std::vector<const StatusChange*> StatusChangesForPeople(const Comparison& c) {
  std::vector<const StatusChange*> order;
  for (const StatusChange& s : c.status_changes) order.push_back(&s);
  std::stable_sort(order.begin(), order.end(), [](const StatusChange* a, const StatusChange* b) {
    return !FirstAssessment(*a) && FirstAssessment(*b);
  });
  return order;
}

std::vector<std::pair<Msg, Table>> Sections(const Comparison& c, Language l) {
  std::vector<std::pair<Msg, Table>> sections;
  Table status{{Tr(Msg::kColIndicator, l), Tr(Msg::kBefore, l), Tr(Msg::kAfter, l), Tr(Msg::kChange, l)}, {}, {}};
  for (const StatusChange* s : StatusChangesForPeople(c)) {
    Msg change = FirstAssessment(*s) ? Msg::kFirstAssessment : s->worse ? Msg::kWorse : Msg::kBetter;
    status.rows.push_back({s->name, StatusText(s->old_status, l), StatusText(s->new_status, l), Tr(change, l)});
  }
  sections.emplace_back(Msg::kStatusChanges, status);
  Table drift{{Tr(Msg::kColIndicator, l), Tr(Msg::kBefore, l), Tr(Msg::kAfter, l), Tr(Msg::kChange, l),
               Tr(Msg::kColProbability, l)},
              {}, {}};
  for (const ProjectionDrift& d : c.drifts) {
    std::string change = DisplaySigned(d.change, kEstimateDigits);
    if (d.outside_old_interval) change += " (" + std::string(Tr(Msg::kOutsideInterval, l)) + ")";
    drift.rows.push_back({d.name, ProjectionCell(d.old_projection, d.unit, l), ProjectionCell(d.new_projection, d.unit, l),
                          change, ProbabilityMove(d)});
  }
  sections.emplace_back(Msg::kProjectionDrift, drift);
  Table data{{Tr(Msg::kColIndicator, l), Tr(Msg::kChange, l)}, {}, {}};
  for (const DataChange& d : c.data_changes) data.rows.push_back({d.name, DataText(d, l)});
  sections.emplace_back(Msg::kNewData, data);
  sections.emplace_back(Msg::kTrackRecord, TrackRecordTable(c.track_record, l));
  Table targets{{Tr(Msg::kColIndicator, l), Tr(Msg::kBefore, l), Tr(Msg::kAfter, l)}, {}, {}};
  for (const TargetEdit& t : c.target_edits) {
    targets.rows.push_back({t.name, TargetCell(t.old_target, t.unit, l), TargetCell(t.new_target, t.unit, l)});
  }
  sections.emplace_back(Msg::kEditedTargets, targets);
  for (auto [key, list] : {std::pair{Msg::kAdded, &c.added}, std::pair{Msg::kRemoved, &c.removed}}) {
    Table t{{Tr(Msg::kColIndicator, l), "id", Tr(Msg::kColStatus, l)}, {}, {}};
    for (const IndicatorRef& r : *list) t.rows.push_back({r.name, r.id, StatusText(r.status, l)});
    sections.emplace_back(key, t);
  }
  return sections;
}

// "pinghu-2025/report.json": the folder says which run, the rest of a local
// path says nothing to a meeting (compare.json keeps the full path).
std::string ShortName(const std::string& path) {
  std::filesystem::path p(path);
  std::filesystem::path parent = p.parent_path().filename();
  return parent.empty() ? p.filename().string() : (parent / p.filename()).string();
}

std::string RunsLine(const Comparison& c, Language l) {
  auto or_dash = [](const std::string& s) { return s.empty() ? std::string("—") : s; };
  return fmt::format(fmt::runtime(Tr(Msg::kCompareRuns, l)), fmt::arg("old", ShortName(c.old_path)),
                     fmt::arg("new", ShortName(c.new_path)), fmt::arg("old_as_of", or_dash(c.old_as_of)),
                     fmt::arg("new_as_of", or_dash(c.new_as_of)));
}

// The line a reader needs first: how many verdicts got worse, better, or were given for the first time.
std::string SummaryLine(const Comparison& c, Language l) {
  int worse = 0, better = 0, first = 0, moved = 0;
  for (const StatusChange& s : c.status_changes) (FirstAssessment(s) ? first : s.worse ? worse : better)++;
  for (const ProjectionDrift& d : c.drifts) moved += d.outside_old_interval ? 1 : 0;
  return fmt::format(fmt::runtime(Tr(Msg::kCompareSummary, l)), fmt::arg("worse", worse), fmt::arg("better", better),
                     fmt::arg("first", first), fmt::arg("moved", moved));
}

std::string Markdown(const Comparison& c, Language l) {
  std::string out = fmt::format("# {} — {}\n\n**{}**\n\n{}\n\n", EscapeMarkdown(c.new_plan.empty() ? c.old_plan : c.new_plan),
                                Tr(Msg::kCompareTitle, l), EscapeMarkdown(SummaryLine(c, l)), EscapeMarkdown(RunsLine(c, l)));
  for (const auto& [key, table] : Sections(c, l)) {
    out += fmt::format("## {}\n\n", Tr(key, l));
    for (const std::string& sentence : table.lead) out += EscapeMarkdown(sentence) + "\n\n";
    if (table.rows.empty()) {
      if (table.lead.empty()) out += fmt::format("{}\n\n", Tr(Msg::kNone, l));
      continue;
    }
    std::string rule = "|";
    out += "|";
    for (const std::string& h : table.header) {
      out += " " + EscapeMarkdownCell(h) + " |";
      rule += "---|";
    }
    out += "\n" + rule + "\n";
    for (const auto& row : table.rows) {
      out += "|";
      for (const std::string& cell : row) out += " " + EscapeMarkdownCell(cell) + " |";
      out += "\n";
    }
    out += "\n";
  }
  return out;
}

std::string Html(const Comparison& c, Language l) {
  std::string title = EscapeHtml(c.new_plan.empty() ? c.old_plan : c.new_plan);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{} — {}</title>\n<style>{}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"summary\"><strong>{}</strong></p>\n"
      "<p class=\"meta\">{}</p>\n",
      LanguageRow(l).html_lang, title, Tr(Msg::kCompareTitle, l), kReportStylesheet, title,
      EscapeHtml(SummaryLine(c, l)), EscapeHtml(RunsLine(c, l)));
  for (const auto& [key, table] : Sections(c, l)) {
    out += fmt::format("<section>\n<h2>{}</h2>\n", Tr(key, l));
    for (const std::string& sentence : table.lead) out += "<p>" + EscapeHtml(sentence) + "</p>\n";
    if (table.rows.empty()) {
      out += table.lead.empty() ? fmt::format("<p>{}</p>\n</section>\n", Tr(Msg::kNone, l)) : "</section>\n";
      continue;
    }
    out += "<div class=\"table-wrap\"><table><thead><tr>";
    for (const std::string& h : table.header) out += "<th>" + EscapeHtml(h) + "</th>";
    out += "</tr></thead><tbody>\n";
    for (const auto& row : table.rows) {
      out += "<tr>";
      for (const std::string& cell : row) out += "<td>" + EscapeHtml(cell) + "</td>";
      out += "</tr>\n";
    }
    out += "</tbody></table></div>\n</section>\n";
  }
  return out + "</body>\n</html>\n";
}

Json Num(std::optional<double> v) {
  if (!v || !std::isfinite(*v)) return nullptr;
  return RoundSignificant(*v);
}

Json ProjectionJson(const SnapshotProjection& p) {
  return Json{{"year", p.year}, {"value", Num(p.value)}, {"lo80", Num(p.lo80)}, {"hi80", Num(p.hi80)},
              {"lo95", Num(p.lo95)}, {"hi95", Num(p.hi95)}};
}

Json TargetJson(const std::optional<SnapshotTarget>& t) {
  if (!t) return nullptr;
  return Json{{"year", t->year}, {"value", Num(t->value)}, {"illustrative", t->illustrative},
              {"kind", t->kind.empty() ? "level" : t->kind}};
}

Json OptBool(std::optional<bool> b) { return b ? Json(*b) : Json(nullptr); }

Json TrackRecordJson(const TrackRecord& t) {
  Json scores = Json::array();
  for (const TrackScore& s : t.scores) {
    scores.push_back(Json{{"id", s.id}, {"name", s.name}, {"year", s.year}, {"projected", Num(s.projected)},
                          {"lo80", Num(s.lo80)}, {"hi80", Num(s.hi80)}, {"actual", Num(s.actual)},
                          {"inside_80", OptBool(s.inside_80)}, {"error", Num(s.error)}, {"error_pct", Num(s.error_pct)}});
  }
  Json without = Json::array();
  for (const TrackRecord::Unscored& u : t.without_path) without.push_back(u.id);
  const TrackSummary& s = t.summary;
  return Json{{"summary", Json{{"scored", s.scored}, {"with_band", s.with_band}, {"inside_80", s.inside_80},
                               {"share_inside_80", Num(s.share_inside_80)},
                               {"median_abs_error_pct", Num(s.median_abs_error_pct)}}},
              {"old_report_has_paths", t.old_report_has_paths},
              {"without_path", without},
              {"scores", scores}};
}

std::string JsonText(const Comparison& c) {
  Json root;
  root["format"] = "plancast-comparison";
  root["format_version"] = 1;
  root["old"] = Json{{"path", c.old_path}, {"plan", c.old_plan}, {"as_of", c.old_as_of}};
  root["new"] = Json{{"path", c.new_path}, {"plan", c.new_plan}, {"as_of", c.new_as_of}};
  Json status = Json::array();
  for (const StatusChange& s : c.status_changes) {
    status.push_back(Json{{"id", s.id}, {"name", s.name}, {"old", s.old_status}, {"new", s.new_status},
                          {"change", s.worse ? "worse" : "better"}});
  }
  root["status_changes"] = status;
  Json drifts = Json::array();
  for (const ProjectionDrift& d : c.drifts) {
    drifts.push_back(Json{{"id", d.id}, {"name", d.name}, {"old", ProjectionJson(d.old_projection)},
                          {"new", ProjectionJson(d.new_projection)}, {"change", Num(d.change)},
                          {"outside_old_interval", d.outside_old_interval}, {"old_p_meet", Num(d.old_p_meet)},
                          {"new_p_meet", Num(d.new_p_meet)}});
  }
  root["projection_drift"] = drifts;
  Json data = Json::array();
  for (const DataChange& d : c.data_changes) {
    Json added = Json::array(), revised = Json::array();
    for (const SnapshotPoint& p : d.added) {
      Json point{{"year", p.year}, {"value", Num(p.value)}};
      if (!p.period.empty()) point["period"] = p.period;
      added.push_back(std::move(point));
    }
    for (const DataChange::Revision& r : d.revised) {
      Json point{{"year", r.year}, {"old", Num(r.old_value)}, {"new", Num(r.new_value)}};
      if (r.key != std::to_string(r.year)) point["period"] = r.key;
      revised.push_back(std::move(point));
    }
    data.push_back(Json{{"id", d.id}, {"name", d.name}, {"added", added}, {"revised", revised}});
  }
  root["new_data"] = data;
  Json targets = Json::array();
  for (const TargetEdit& t : c.target_edits) {
    targets.push_back(Json{{"id", t.id}, {"name", t.name}, {"old", TargetJson(t.old_target)}, {"new", TargetJson(t.new_target)}});
  }
  root["target_edits"] = targets;
  for (auto [key, list] : {std::pair{"added", &c.added}, std::pair{"removed", &c.removed}}) {
    Json items = Json::array();
    for (const IndicatorRef& r : *list) items.push_back(Json{{"id", r.id}, {"name", r.name}, {"status", r.status}});
    root[key] = items;
  }
  root["track_record"] = TrackRecordJson(c.track_record);
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::vector<std::string> ComparisonFormatNames() { return {"md", "json", "html"}; }

std::string RenderComparison(const std::string& format, const Comparison& comparison, const ReportOptions& options) {
  if (format == "md") return Markdown(comparison, options.language);
  if (format == "json") return JsonText(comparison);
  if (format == "html") return Html(comparison, options.language);
  throw std::invalid_argument("unknown comparison format: " + format);
}

}  // namespace plancast
