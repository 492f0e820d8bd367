// report.html: the page planners open in meetings and print.
//
// One self-contained file: inline CSS and SVG, no scripts, no fonts, no
// images, no links out. A Content-Security-Policy forbids loading anything,
// so even a mistake in escaping could not run a script or fetch a resource.
// Layout: overview (counts, goal tree, table sorted by risk), then one block
// per indicator with its chart and a plain-language explanation.
// Every piece of plan text goes through EscapeHtml.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <cmath>
#include <map>
#include <set>

#include "reports/final_evaluation_section.h"
#include "reports/annual_table.h"
#include "reports/target_lines.h"
#include "reports/html_style.h"
#include "reports/indicator_figures.h"
#include "reports/number_format.h"
#include "reports/reason_text.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"
#include "reports/report_writer.h"
#include "reports/svg_chart.h"
#include "reports/text_escape.h"
#include "reports/method_appendix.h"
#include "reports/warning_text.h"

namespace plancast {
namespace {

struct Page {
  const Assessment& a;
  Language lang;
  std::map<std::string, const IndicatorResult*> indicators;  // by id
  std::map<std::string, int> index;                          // id -> position in plan order (anchor ids)
  std::map<std::string, const GoalResult*> goals;            // by id
  std::string out;
};

std::string Badge(TargetStatus s, Language lang) {
  return fmt::format("<span class=\"badge status-{}\">{}</span>", TargetStatusToString(s), StatusLabel(s, lang));
}

std::string BindingTag(const Indicator& ind, Language lang) {
  return ind.binding ? fmt::format("<span class=\"tag binding\">{}</span>", Tr(Msg::kBinding, lang)) : "";
}

std::string ReasonOrDash(const IndicatorResult& r, Language lang) {
  std::string reason = ReasonSentence(r, lang);
  return reason.empty() ? "—" : reason;
}

std::string Anchor(const Page& p, const IndicatorResult& r) {
  return fmt::format("ind-{}", p.index.at(r.indicator->id));
}

// A CSS string literal: quotes, backslashes, line breaks and '<' (which could
// close the <style> element) as CSS escapes.
std::string CssString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '\n' || c == '\r' || c == '&') {
      out += fmt::format("\\{:X} ", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Print (issue 11): A4, a running header with the plan and as-of date, page
// numbers at the foot. Per report, because the header carries its text.
std::string PrintPageStyle(const Assessment& a, Language lang) {
  std::string as_of = a.run.as_of.is_special() ? "—" : boost::gregorian::to_iso_extended_string(a.run.as_of);
  std::string header = a.plan->name + " · " + Tr(Msg::kAsOf, lang) + (lang == Language::kEn ? ": " : "：") + as_of;
  return fmt::format(
      "@page{{size:A4;margin:16mm 14mm 16mm 14mm;"
      "@top-center{{content:{};font-size:8pt;color:#555}}"
      "@bottom-center{{content:counter(page) \" / \" counter(pages);font-size:8pt;color:#555}}}}",
      CssString(header));
}

void WriteHead(Page* p) {
  const Plan& plan = *p->a.plan;
  p->out += fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{} — {}</title>\n<style>{}</style>\n<style>{}</style>\n</head>\n<body>\n",
      LanguageRow(p->lang).html_lang, EscapeHtml(plan.name), Tr(Msg::kReportTitle, p->lang), kReportStylesheet,
      PrintPageStyle(p->a, p->lang));
  std::string as_of =
      p->a.run.as_of.is_special() ? "—" : boost::gregorian::to_iso_extended_string(p->a.run.as_of);
  p->out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"meta\">{} · <span class=\"as-of\">{}: {}</span> · {}: {}–{}",
                        EscapeHtml(plan.name), Tr(Msg::kReportTitle, p->lang), Tr(Msg::kAsOf, p->lang), as_of,
                        Tr(Msg::kPeriod, p->lang), plan.period_start, plan.period_end);
  if (!plan.region.empty()) p->out += fmt::format(" · {}: {}", Tr(Msg::kRegion, p->lang), EscapeHtml(plan.region));
  p->out += "</p>\n";  // the seed is in the method appendix at the end
  if (p->a.scenario) {
    p->out += fmt::format("<p class=\"scenario\"><strong>{}: {}</strong> — {}</p>\n", Tr(Msg::kScenario, p->lang),
                          EscapeHtml(p->a.scenario->name), EscapeHtml(p->a.scenario->description));
  }
  p->out += "</header>\n";
}

std::string RequiredPace(const IndicatorResult& r, Language lang) {
  return r.required_annual_change ? IndicatorPaceText(r, *r.required_annual_change, lang) : "—";
}

// Issue 11: the first screen answers the meeting's questions: what is at
// risk (binding first), why, what pace closes each gap, and what the
// headline rests on.
void WriteFirstScreen(Page* p) {
  Language l = p->lang;
  p->out += fmt::format("<section id=\"at-risk\">\n<h2>{}</h2>\n<p class=\"rests-on\">{}</p>\n",
                        Tr(Msg::kAtRiskTitle, l), EscapeHtml(RestsOnText(p->a, l)));
  std::vector<const IndicatorResult*> at_risk = AtRisk(p->a);
  if (at_risk.empty()) {
    p->out += fmt::format("<p>{}</p>\n</section>\n", Tr(Msg::kNoneAtRisk, l));
    return;
  }
  p->out += fmt::format("<table class=\"at-risk\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                        Tr(Msg::kColIndicator, l), Tr(Msg::kColStatus, l), Tr(Msg::kColPaceNeeded, l),
                        Tr(Msg::kColReason, l));
  for (const IndicatorResult* r : at_risk) {
    p->out += fmt::format("<tr class=\"status-{}\"><td><a href=\"#{}\">{}</a>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"reason\">{}</td></tr>\n",
                          TargetStatusToString(r->status), Anchor(*p, *r), EscapeHtml(r->indicator->name),
                          BindingTag(*r->indicator, l), Badge(r->status, l), EscapeHtml(RequiredPace(*r, l)),
                          EscapeHtml(ReasonOrDash(*r, l)));
  }
  p->out += "</tbody></table>\n</section>\n";
}

// Indicators without a verdict: one row each, still with the pace the target needs.
void WriteNotJudged(Page* p, const std::vector<const IndicatorResult*>& order) {
  Language l = p->lang;
  std::string rows;
  for (const IndicatorResult* r : order) {
    if (!NotJudged(*r)) continue;
    rows += fmt::format("<tr class=\"not-judged\" id=\"{}\" data-indicator-id=\"{}\"><td>{}{}</td><td class=\"num\">{}</td>"
                        "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"reason\">{}</td></tr>\n",
                        Anchor(*p, *r), EscapeHtml(r->indicator->id), EscapeHtml(r->indicator->name),
                        BindingTag(*r->indicator, l), EscapeHtml(LatestText(*r, l)), EscapeHtml(TargetText(*r, l)),
                        EscapeHtml(RequiredPace(*r, l)), EscapeHtml(NotJudgedWhy(*r, l)));
  }
  if (rows.empty()) return;
  p->out += fmt::format("<section id=\"not-judged\">\n<h2>{}</h2>\n<div class=\"table-wrap\"><table class=\"not-judged\">\n"
                        "<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n{}</tbody></table></div>\n</section>\n",
                        Tr(Msg::kNotJudgedTitle, l), Tr(Msg::kColIndicator, l), Tr(Msg::kColLatest, l),
                        Tr(Msg::kColTarget, l), Tr(Msg::kColPaceNeeded, l), Tr(Msg::kColReason, l), rows);
}

void WriteCounts(Page* p) {
  std::array<int, kTargetStatusCount> counts = CountByStatus(p->a);
  p->out += fmt::format("<h3>{}</h3>\n<ul class=\"counts\">\n", Tr(Msg::kCountsByStatus, p->lang));
  auto item = [&](TargetStatus s) {
    p->out += fmt::format(
        "<li class=\"status-{0}\" data-status=\"{0}\" data-count=\"{1}\"><span class=\"n\">{1}</span>{2}</li>\n",
        TargetStatusToString(s), counts[static_cast<int>(s)], StatusLabel(s, p->lang));
  };
  for (TargetStatus s : StatusesByRisk()) {
    if (s != TargetStatus::kNoTarget) item(s);
  }
  // The total counts targets; indicators tracked without one come after it.
  p->out += fmt::format("<li class=\"total\" data-status=\"total\" data-count=\"{0}\"><span class=\"n\">{0}</span>{1}</li>\n",
                        TargetCount(p->a), Tr(Msg::kTotal, p->lang));
  if (counts[static_cast<int>(TargetStatus::kNoTarget)] > 0) item(TargetStatus::kNoTarget);
  p->out += "</ul>\n";
}

// A small table owner -> counts by status; only when the plan names owners.
void WriteOwners(Page* p) {
  const std::vector<OwnerCounts> owners = CountByOwner(p->a);
  if (owners.empty()) return;
  p->out += fmt::format("<h3>{}</h3>\n<table class=\"owners\">\n<tr><th>{}</th>", Tr(Msg::kByOwner, p->lang),
                        Tr(Msg::kColOwner, p->lang));
  for (TargetStatus s : StatusesByRisk()) p->out += fmt::format("<th>{}</th>", StatusLabel(s, p->lang));
  p->out += "</tr>\n";
  for (const OwnerCounts& o : owners) {
    p->out += fmt::format("<tr><td>{}</td>", o.owner.empty() ? Tr(Msg::kNoOwner, p->lang) : EscapeHtml(o.owner));
    for (TargetStatus s : StatusesByRisk()) {
      p->out += fmt::format("<td data-status=\"{}\">{}</td>", TargetStatusToString(s), o.counts[static_cast<int>(s)]);
    }
    p->out += "</tr>\n";
  }
  p->out += "</table>\n";
}

// Progress score, P(all binding met) and the reason for the status, when known.
std::string RollUp(const Assessment& a, const GoalResult& g, Language lang) {
  std::string parts;
  if (g.progress_score) {
    parts += fmt::format(fmt::runtime(Tr(Msg::kProgressScore, lang)),
                         fmt::arg("score", DisplayProbability(*g.progress_score)), fmt::arg("judged", JudgedCount(g)),
                                fmt::arg("total", TotalCount(g)));
  }
  if (g.p_all_binding) {
    parts += (parts.empty() ? "" : " · ") + fmt::format(fmt::runtime(Tr(Msg::kPAllBinding, lang)),
                                                         fmt::arg("p", DisplayProbability(*g.p_all_binding)));
  }
  std::string held = HeldByText(a, g, lang);
  if (!held.empty()) parts += (parts.empty() ? "" : " — ") + held;
  return parts.empty() ? "" : " <span class=\"rollup\">" + EscapeHtml(parts) + "</span>";
}

// Goals nest by parent; `seen` guards against a cycle the loader should have rejected.
void WriteGoal(Page* p, const GoalResult& g, std::set<std::string>* seen) {
  if (!seen->insert(g.goal->id).second) return;
  p->out += fmt::format("<li class=\"goal\">{} <span class=\"goal-name\">{}</span>{}", Badge(g.status, p->lang),
                        EscapeHtml(g.goal->name), RollUp(p->a, g, p->lang));
  std::string inner;
  for (const std::string& id : g.indicator_ids) {
    auto it = p->indicators.find(id);
    if (it == p->indicators.end()) continue;
    const IndicatorResult& r = *it->second;
    inner += fmt::format("<li class=\"ind\">{} <a href=\"#{}\">{}</a>{}</li>", Badge(r.status, p->lang), Anchor(*p, r),
                         EscapeHtml(r.indicator->name), BindingTag(*r.indicator, p->lang));
  }
  if (!inner.empty() || !g.child_ids.empty()) {
    p->out += "<ul>" + inner;
    for (const std::string& child : g.child_ids) {
      auto it = p->goals.find(child);
      if (it != p->goals.end()) WriteGoal(p, *it->second, seen);
    }
    p->out += "</ul>";
  }
  p->out += "</li>\n";
}

void WriteGoalTree(Page* p) {
  if (p->a.goals.empty()) return;
  p->out += fmt::format("<h3>{}</h3>\n<ul class=\"goal-tree\">\n<li class=\"goal overall\">{} <span class=\"goal-name\">{}</span>{}</li>\n",
                        Tr(Msg::kGoals, p->lang), Badge(p->a.overall.status, p->lang), Tr(Msg::kOverall, p->lang),
                        RollUp(p->a, p->a.overall, p->lang));
  std::set<std::string> seen;
  for (const GoalResult& g : p->a.goals) {
    if (g.goal->parent.empty() || p->goals.count(g.goal->parent) == 0) WriteGoal(p, g, &seen);
  }
  p->out += "</ul>\n";
}

void WriteTable(Page* p, const std::vector<const IndicatorResult*>& order) {
  Language l = p->lang;
  p->out += fmt::format(
      // Status right after the name: on a narrow screen the table scrolls, and the verdict must stay in view.
      "<h3>{}</h3>\n<div class=\"table-wrap\"><table class=\"by-risk\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
      Tr(Msg::kIndicatorsByRisk, l), Tr(Msg::kColIndicator, l), Tr(Msg::kColStatus, l), Tr(Msg::kColReason, l),
      Tr(Msg::kColLatest, l),
      Tr(Msg::kColTarget, l), Tr(Msg::kColProjection, l), Tr(Msg::kColProbability, l), Tr(Msg::kColPace, l));
  bool illustrative = false;
  for (const IndicatorResult* r : order) {
    for (const Target& t : r->indicator->targets) illustrative = illustrative || t.illustrative;  // † on any line
    if (r->indicator->target && r->indicator->target->illustrative) illustrative = true;
    if (NotJudged(*r)) continue;  // in the compact table below
    p->out += fmt::format(
        "<tr class=\"status-{}\"><td><a href=\"#{}\">{}</a>{}</td><td>{}</td><td class=\"reason\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        TargetStatusToString(r->status), Anchor(*p, *r), EscapeHtml(r->indicator->name), BindingTag(*r->indicator, l),
        Badge(r->status, l), EscapeHtml(ReasonOrDash(*r, l)), EscapeHtml(LatestText(*r, l)), EscapeHtml(TargetText(*r, l)),
        EscapeHtml(ProjectionText(*r, l)), r->p_meet ? DisplayProbability(*r->p_meet) : "—",
        EscapeHtml(PacesText(*r, l)));
  }
  p->out += "</tbody></table></div>\n";
  if (illustrative) p->out += fmt::format("<p class=\"note\">{}</p>\n", Tr(Msg::kIllustrativeNote, l));
}

void WriteFacts(Page* p, const IndicatorResult& r) {
  Language l = p->lang;
  auto fact = [&](Msg key, const std::string& value) {
    p->out += fmt::format("<dt>{}</dt><dd>{}</dd>", Tr(key, l), value);
  };
  p->out += "<dl class=\"facts\">";
  fact(Msg::kColLatest, EscapeHtml(LatestText(r, l)));
  std::string target = EscapeHtml(TargetText(r, l));
  if (r.indicator->target && r.indicator->target->illustrative) {
    target += fmt::format("<span class=\"tag illustrative\">{}</span>", Tr(Msg::kIllustrative, l));
  }
  fact(Msg::kColTarget, target);
  if (r.projection) {
    const ProjectionSummary& pr = *r.projection;
    fact(Msg::kColProjection,
         EscapeHtml(fmt::format("{}: {} · 95%: {}", pr.year, ProjectionText(r, l),
                                EstimateRange(StyleFor(r, TargetUnit(*r.indicator)), pr.value, pr.lo95, pr.hi95, l))));
  }
  if (r.p_meet) fact(Msg::kColProbability, DisplayProbability(*r.p_meet));
  fact(Msg::kColPace, EscapeHtml(PacesText(r, l)));
  if (r.schedule) {
    fact(Msg::kSchedule, fmt::format(fmt::runtime(Tr(Msg::kScheduleValue, l)),
                                     fmt::arg("time", DisplayProbability(r.schedule->time_elapsed)),
                                     fmt::arg("task", std::isfinite(r.schedule->task_done)
                                                         ? fmt::format("{}%", std::lround(r.schedule->task_done * 100))
                                                         : std::string("—"))));
  }
  fact(Msg::kProgressClass, ProgressClassLabel(r.progress_class, l));
  if (r.crossing_year) fact(Msg::kCrossingYear, std::to_string(*r.crossing_year));
  if (r.baseline_trend) {
    const BaselineComparison& b = *r.baseline_trend;
    std::string text = b.projection ? fmt::format("{}: {}", b.projection->year,
                                                  EstimateWithRange(StyleFor(r, TargetUnit(*r.indicator)),
                                                                    b.projection->value, b.projection->lo80,
                                                                    b.projection->hi80, l))
                                    : "—";
    if (b.p_meet) text += " · " + DisplayProbability(*b.p_meet);
    fact(Msg::kBaselineTrend, EscapeHtml(text) + " " + Badge(b.status, l));
    std::string assumptions;
    for (const std::string& a : r.scenario_assumptions) assumptions += (assumptions.empty() ? "" : "; ") + a;
    if (!assumptions.empty()) fact(Msg::kAssumptions, EscapeHtml(assumptions));
  }
  if (!r.indicator->formula.empty()) {
    std::string inputs;
    for (const std::string& id : r.derived_from) inputs += (inputs.empty() ? "" : ", ") + id;
    fact(Msg::kDerived, EscapeHtml(r.indicator->formula) +
                            (inputs.empty() ? "" : " (" + EscapeHtml(fmt::format(fmt::runtime(Tr(Msg::kDerivedFrom, l)),
                                                                                 fmt::arg("inputs", inputs))) + ")"));
  }
  // The model stays out of the card: it is in the method appendix and report.json.
  if (!r.indicator->source.empty()) fact(Msg::kSource, EscapeHtml(r.indicator->source));
  p->out += "</dl>";
  if (!r.warnings.empty()) {
    p->out += fmt::format("<ul class=\"warnings\" aria-label=\"{}\">", Tr(Msg::kWarnings, l));
    for (const Warning& w : r.warnings) p->out += fmt::format("<li>{}</li>", EscapeHtml(WarningText(w, l)));
    p->out += "</ul>";
  }
}

// A line per further target (a long-range goal, a second year), under the verdict.
void WriteFurtherTargets(Page* p, const IndicatorResult& r) {
  const std::vector<FurtherTargetText> targets = FurtherTargets(r, p->lang);
  if (targets.empty()) return;
  p->out += "<ul class=\"further-targets\">";
  for (const FurtherTargetText& t : targets) p->out += fmt::format("<li>{}</li>", EscapeHtml(FurtherTargetLine(t, p->lang)));
  p->out += "</ul>\n";
}

// 年度分解: the year-by-year path, next to the chart's projection.
void WriteAnnual(Page* p, const IndicatorResult& r) {
  const std::vector<AnnualRowText> rows = AnnualRows(r, p->lang);
  if (rows.empty()) return;
  const Language l = p->lang;
  p->out += fmt::format("<table class=\"annual\"><caption>{}</caption><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
                        Tr(Msg::kAnnualTitle, l), Tr(Msg::kColYear, l), Tr(Msg::kColAnnualTarget, l),
                        Tr(Msg::kColAnnualActual, l), Tr(Msg::kColStatus, l));
  for (const AnnualRowText& row : rows) {
    p->out += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>", row.year,
                          EscapeHtml(row.target), EscapeHtml(row.actual), EscapeHtml(row.state));
  }
  p->out += "</tbody></table>\n";
}

void WriteIndicators(Page* p, const std::vector<const IndicatorResult*>& order) {
  p->out += fmt::format("<section id=\"indicators\">\n<h2>{}</h2>\n", Tr(Msg::kDetails, p->lang));
  for (const IndicatorResult* r : order) {
    if (NotJudged(*r)) continue;  // a row in the not-judged table, no empty chart
    std::string anchor = Anchor(*p, *r);
    p->out += fmt::format("<article class=\"indicator status-{}\" id=\"{}\" data-indicator-id=\"{}\">\n",
                          TargetStatusToString(r->status), anchor, EscapeHtml(r->indicator->id));
    p->out += fmt::format("<h3>{} {}{}</h3>\n", EscapeHtml(r->indicator->name), Badge(r->status, p->lang),
                          BindingTag(*r->indicator, p->lang));
    std::string reason = ReasonSentence(*r, p->lang);
    if (!reason.empty()) p->out += fmt::format("<p class=\"reason\">{}</p>\n", EscapeHtml(reason));
    WriteFurtherTargets(p, *r);
    p->out += "<figure>" + (r->milestone ? RenderMilestoneChart(*r, *p->a.plan, p->a.run.as_of, p->lang)
                                         : RenderSvgChart(*r, anchor, p->lang, p->a.plan->period_start));
    p->out += fmt::format("<figcaption class=\"explanation\">{}</figcaption></figure>\n",
                          EscapeHtml(ExplainIndicator(*r, p->lang)));
    // The legend lists what this chart draws; a milestone's timeline labels its own marks.
    if (!r->milestone) p->out += RenderChartLegend(*r, anchor, p->lang, p->a.plan->period_start);
    WriteFacts(p, *r);
    WriteAnnual(p, *r);
    p->out += "\n</article>\n";
  }
  p->out += "</section>\n";
}

void WriteFooter(Page* p) {
  p->out += MethodAppendixHtml(p->a, p->lang);
  p->out += "<footer>\n";
  if (!p->a.run.notes.empty()) {
    p->out += fmt::format("<p>{}:</p><ul>", Tr(Msg::kNotes, p->lang));
    for (const Warning& n : p->a.run.notes) p->out += fmt::format("<li>{}</li>", EscapeHtml(WarningText(n, p->lang)));
    p->out += "</ul>";
  }
  p->out += fmt::format("<p>{}</p>\n</footer>\n</body>\n</html>\n",
                        EscapeHtml(fmt::format(fmt::runtime(Tr(Msg::kGeneratedBy, p->lang)),
                                               fmt::arg("version", p->a.run.version))));
}

}  // namespace

std::string RenderHtmlReport(const Assessment& assessment, const ReportOptions& options) {
  Page page{assessment, options.language, {}, {}, {}, {}};
  for (size_t i = 0; i < assessment.indicators.size(); ++i) {
    const IndicatorResult& r = assessment.indicators[i];
    page.indicators.emplace(r.indicator->id, &r);
    page.index.emplace(r.indicator->id, static_cast<int>(i));
  }
  for (const GoalResult& g : assessment.goals) page.goals.emplace(g.goal->id, &g);
  std::vector<const IndicatorResult*> order = IndicatorsByRisk(assessment);
  WriteHead(&page);
  page.out += FinalEvaluationHtml(assessment, page.lang);  // at or after the plan's end only
  WriteFirstScreen(&page);
  page.out += fmt::format("<section id=\"overview\">\n<h2>{}</h2>\n", Tr(Msg::kOverview, page.lang));
  WriteCounts(&page);
  WriteOwners(&page);
  WriteGoalTree(&page);
  WriteTable(&page, order);
  page.out += "</section>\n";
  WriteNotJudged(&page, order);
  WriteIndicators(&page, order);
  WriteFooter(&page);
  return page.out;
}

}  // namespace plancast
