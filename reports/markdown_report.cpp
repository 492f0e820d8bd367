// report.md: what a planner reads first. Headline counts, the goal tree with
// its roll-up, the binding indicators, (a scenario against the baseline),
// one table sorted by risk, then one sentence per off-track or at-risk
// indicator on the pace that would close its gap, derived indicators and
// warnings (stale data, series breaks, ...).
//
// Every piece of plan text goes through EscapeMarkdown / EscapeMarkdownCell,
// so names with | or <tags> cannot break the table or inject HTML.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <set>

#include "reports/final_evaluation_section.h"
#include "reports/indicator_figures.h"
#include "reports/annual_table.h"
#include "reports/number_format.h"
#include "reports/reason_text.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"
#include "reports/report_writer.h"
#include "reports/target_lines.h"
#include "reports/text_escape.h"
#include "reports/method_appendix.h"
#include "reports/warning_text.h"

namespace plancast {
namespace {

std::string IndicatorLabel(const IndicatorResult& r, Language lang) {
  std::string label = EscapeMarkdownCell(r.indicator->name);
  if (r.indicator->binding) label += fmt::format(" **({})**", Tr(Msg::kBinding, lang));
  return label;
}

void WriteHeader(const Assessment& a, Language lang, std::string* out) {
  const Plan& plan = *a.plan;
  *out += fmt::format("# {} — {}\n\n", EscapeMarkdown(plan.name), Tr(Msg::kReportTitle, lang));
  std::string as_of = a.run.as_of.is_special() ? "—" : boost::gregorian::to_iso_extended_string(a.run.as_of);
  *out += fmt::format("{}: {} · {}: {}–{}", Tr(Msg::kAsOf, lang), as_of, Tr(Msg::kPeriod, lang),
                      plan.period_start, plan.period_end);
  if (!plan.region.empty()) *out += fmt::format(" · {}: {}", Tr(Msg::kRegion, lang), EscapeMarkdown(plan.region));
  *out += "\n\n";  // the seed is in the method appendix at the end
  if (a.scenario) {
    *out += fmt::format("**{}: {}** — {}\n\n", Tr(Msg::kScenario, lang), EscapeMarkdown(a.scenario->name),
                        EscapeMarkdown(a.scenario->description));
  }
}

std::string RequiredPace(const IndicatorResult& r, Language lang) {
  return r.required_annual_change ? IndicatorPaceText(r, *r.required_annual_change, lang) : "—";
}

// Issue 11: what is at risk (binding first), why, the pace that closes each
// gap, and what the headline rests on, before anything else.
void WriteFirstScreen(const Assessment& a, Language lang, std::string* out) {
  *out += fmt::format("## {}\n\n{}\n\n", Tr(Msg::kAtRiskTitle, lang), EscapeMarkdown(RestsOnText(a, lang)));
  std::vector<const IndicatorResult*> at_risk = AtRisk(a);
  if (at_risk.empty()) {
    *out += fmt::format("{}\n\n", Tr(Msg::kNoneAtRisk, lang));
    return;
  }
  *out += fmt::format("| {} | {} | {} | {} |\n|---|---|---:|---|\n", Tr(Msg::kColIndicator, lang),
                      Tr(Msg::kColStatus, lang), Tr(Msg::kColPaceNeeded, lang), Tr(Msg::kColReason, lang));
  for (const IndicatorResult* r : at_risk) {
    std::string reason = ReasonSentence(*r, lang);
    *out += fmt::format("| {} | {} | {} | {} |\n", IndicatorLabel(*r, lang), StatusLabel(r->status, lang),
                        EscapeMarkdownCell(RequiredPace(*r, lang)), reason.empty() ? "—" : EscapeMarkdownCell(reason));
  }
  *out += "\n";
}

void WriteNotJudged(const std::vector<const IndicatorResult*>& order, Language lang, std::string* out) {
  std::string rows;
  for (const IndicatorResult* r : order) {
    if (!NotJudged(*r)) continue;
    rows += fmt::format("| {} | {} | {} | {} | {} |\n", IndicatorLabel(*r, lang), EscapeMarkdownCell(LatestText(*r, lang)),
                        EscapeMarkdownCell(TargetText(*r, lang)), EscapeMarkdownCell(RequiredPace(*r, lang)),
                        EscapeMarkdownCell(NotJudgedWhy(*r, lang)));
  }
  if (rows.empty()) return;
  *out += fmt::format("## {}\n\n| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---|\n{}\n", Tr(Msg::kNotJudgedTitle, lang),
                      Tr(Msg::kColIndicator, lang), Tr(Msg::kColLatest, lang), Tr(Msg::kColTarget, lang),
                      Tr(Msg::kColPaceNeeded, lang), Tr(Msg::kColReason, lang), rows);
}

void WriteCounts(const Assessment& a, Language lang, std::string* out) {
  *out += fmt::format("## {}\n\n", Tr(Msg::kOverview, lang));
  std::array<int, kTargetStatusCount> counts = CountByStatus(a);
  std::string line;
  for (TargetStatus s : StatusesByRisk()) {
    if (s == TargetStatus::kNoTarget) continue;  // told apart below: tracked, not a target
    int n = counts[static_cast<int>(s)];
    bool alarming = n > 0 && (s == TargetStatus::kOffTrack || s == TargetStatus::kAtRisk);
    if (!line.empty()) line += " · ";
    line += alarming ? fmt::format("**{} {}**", StatusLabel(s, lang), n) : fmt::format("{} {}", StatusLabel(s, lang), n);
  }
  *out += fmt::format("{} ({} {})", line, Tr(Msg::kTotal, lang), TargetCount(a));
  if (int tracked = counts[static_cast<int>(TargetStatus::kNoTarget)]; tracked > 0) {
    *out += fmt::format(" · {} {}", StatusLabel(TargetStatus::kNoTarget, lang), tracked);
  }
  *out += "\n\n";
}

// A small table owner -> counts by status; only when the plan names owners.
void WriteOwners(const Assessment& a, Language lang, std::string* out) {
  const std::vector<OwnerCounts> owners = CountByOwner(a);
  if (owners.empty()) return;
  *out += fmt::format("## {}\n\n| {} |", Tr(Msg::kByOwner, lang), Tr(Msg::kColOwner, lang));
  std::string rule = "|---|";
  for (TargetStatus s : StatusesByRisk()) {
    *out += fmt::format(" {} |", StatusLabel(s, lang));
    rule += "---:|";
  }
  *out += "\n" + rule + "\n";
  for (const OwnerCounts& o : owners) {
    *out += fmt::format("| {} |", o.owner.empty() ? Tr(Msg::kNoOwner, lang) : EscapeMarkdownCell(o.owner));
    for (TargetStatus s : StatusesByRisk()) *out += fmt::format(" {} |", o.counts[static_cast<int>(s)]);
    *out += "\n";
  }
  *out += "\n";
}

std::string RollUpText(const Assessment& a, const GoalResult& g, Language lang) {
  std::string text = StatusLabel(g.status, lang);
  if (g.progress_score) {
    text += " · " + fmt::format(fmt::runtime(Tr(Msg::kProgressScore, lang)),
                                fmt::arg("score", DisplayProbability(*g.progress_score)), fmt::arg("judged", JudgedCount(g)),
                                fmt::arg("total", TotalCount(g)));
  }
  if (g.p_all_binding) {
    text += " · " + fmt::format(fmt::runtime(Tr(Msg::kPAllBinding, lang)),
                                fmt::arg("p", DisplayProbability(*g.p_all_binding)));
  }
  std::string held = HeldByText(a, g, lang);
  if (!held.empty()) text += " — " + EscapeMarkdown(held);
  return text;
}

void WriteGoal(const Assessment& a, const GoalResult& g, int depth, Language lang,
               std::set<std::string>* seen, std::string* out) {
  if (!seen->insert(g.goal->id).second) return;  // a cycle the loader should have rejected
  *out += fmt::format("{}- **{}**: {}\n", std::string(2 * depth, ' '), EscapeMarkdown(g.goal->name),
                      RollUpText(a, g, lang));
  for (const std::string& child : g.child_ids) {
    for (const GoalResult& c : a.goals) {
      if (c.goal->id == child) WriteGoal(a, c, depth + 1, lang, seen, out);
    }
  }
}

// Issue 3: the goal tree with status comes before the indicator table.
void WriteGoalTree(const Assessment& a, Language lang, std::string* out) {
  if (a.goals.empty()) return;
  *out += fmt::format("## {}\n\n- **{}**: {}\n", Tr(Msg::kGoals, lang), Tr(Msg::kOverall, lang),
                      RollUpText(a, a.overall, lang));
  std::set<std::string> ids, seen;
  for (const GoalResult& g : a.goals) ids.insert(g.goal->id);
  for (const GoalResult& g : a.goals) {
    if (g.goal->parent.empty() || ids.count(g.goal->parent) == 0) WriteGoal(a, g, 0, lang, &seen, out);
  }
  *out += "\n";
}

void WriteScenario(const Assessment& a, const std::vector<const IndicatorResult*>& order, Language lang,
                   std::string* out) {
  if (!a.scenario) return;
  *out += fmt::format("## {}\n\n", Tr(Msg::kScenarioComparison, lang));
  *out += fmt::format("| {} | {} | {} | {} |\n|---|---|---|---|\n", Tr(Msg::kColIndicator, lang),
                      Tr(Msg::kBaselineTrend, lang), EscapeMarkdownCell(a.scenario->name), Tr(Msg::kAssumptions, lang));
  auto cell = [&](const std::optional<ProjectionSummary>& p, std::optional<double> p_meet, TargetStatus s,
                  const IndicatorResult& r) {
    std::string text =
        p ? EstimateWithRange(StyleFor(r, TargetUnit(*r.indicator)), p->value, p->lo80, p->hi80, lang) : "—";
    if (p_meet) text += ", " + DisplayProbability(*p_meet);
    return EscapeMarkdownCell(text) + ", " + StatusLabel(s, lang);
  };
  for (const IndicatorResult* r : order) {
    if (!r->baseline_trend) continue;
    std::string assumptions;
    for (const std::string& s : r->scenario_assumptions) assumptions += (assumptions.empty() ? "" : "; ") + s;
    *out += fmt::format("| {} | {} | {} | {} |\n", EscapeMarkdownCell(r->indicator->name),
                        cell(r->baseline_trend->projection, r->baseline_trend->p_meet, r->baseline_trend->status, *r),
                        cell(r->projection, r->p_meet, r->status, *r), EscapeMarkdownCell(assumptions));
  }
  *out += "\n";
}

void WriteDerivedAndWarnings(const Assessment& a, Language lang, std::string* out) {
  std::string derived, warnings;
  for (const IndicatorResult& r : a.indicators) {
    if (!r.indicator->formula.empty()) {
      derived += fmt::format("- {} = {}\n", EscapeMarkdown(r.indicator->name), EscapeMarkdown(r.indicator->formula));
    }
    if (!r.warnings.empty()) {
      std::string list;
      for (const Warning& w : r.warnings) {
        list += (list.empty() ? "" : (lang == Language::kEn ? "; " : "；")) + WarningText(w, lang);
      }
      warnings += fmt::format("- **{}**: {}\n", EscapeMarkdown(r.indicator->name), EscapeMarkdown(list));
    }
  }
  if (!derived.empty()) *out += fmt::format("## {}\n\n{}\n", Tr(Msg::kDerived, lang), derived);
  if (!warnings.empty()) *out += fmt::format("## {}\n\n{}\n", Tr(Msg::kWarnings, lang), warnings);
}

void WriteBinding(const std::vector<const IndicatorResult*>& order, Language lang, std::string* out) {
  *out += fmt::format("## {}\n\n", Tr(Msg::kBindingIndicators, lang));
  bool any = false;
  for (const IndicatorResult* r : order) {
    if (!r->indicator->binding) continue;
    any = true;
    std::string reason = ReasonSentence(*r, lang);
    *out += fmt::format("- {}: **{}** — {}\n", EscapeMarkdown(r->indicator->name), StatusLabel(r->status, lang),
                        EscapeMarkdown(reason.empty() ? ExplainIndicator(*r, lang) : reason));
  }
  *out += any ? "\n" : fmt::format("{}\n\n", Tr(Msg::kNoBinding, lang));
}

void WriteTable(const std::vector<const IndicatorResult*>& order, Language lang, std::string* out) {
  *out += fmt::format("## {}\n\n", Tr(Msg::kIndicatorsByRisk, lang));
  *out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", Tr(Msg::kColIndicator, lang),
                      Tr(Msg::kColLatest, lang), Tr(Msg::kColTarget, lang), Tr(Msg::kColProjection, lang),
                      Tr(Msg::kColProbability, lang), Tr(Msg::kColPace, lang), Tr(Msg::kColStatus, lang),
                      Tr(Msg::kColReason, lang));
  *out += "|---|---:|---:|---:|---:|---:|---|---|\n";
  bool illustrative = false;
  for (const IndicatorResult* r : order) {
    for (const Target& t : r->indicator->targets) illustrative = illustrative || t.illustrative;  // † on any line
    if (r->indicator->target && r->indicator->target->illustrative) illustrative = true;
    if (NotJudged(*r)) continue;  // in the compact table below
    std::string reason = ReasonSentence(*r, lang);
    *out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", IndicatorLabel(*r, lang),
                        EscapeMarkdownCell(LatestText(*r, lang)), EscapeMarkdownCell(TargetText(*r, lang)),
                        EscapeMarkdownCell(ProjectionText(*r, lang)),
                        r->p_meet ? DisplayProbability(*r->p_meet) : "—", EscapeMarkdownCell(PacesText(*r, lang)),
                        StatusLabel(r->status, lang), reason.empty() ? "—" : EscapeMarkdownCell(reason));
    // Further targets (a long-range goal, a second year) each on a row of their own below it.
    for (const FurtherTargetText& t : FurtherTargets(*r, lang)) {
      *out += fmt::format("| ↳ {} | | {} | {} | {} | | {} | {} |\n", t.label, EscapeMarkdownCell(t.target),
                          EscapeMarkdownCell(t.projection), t.p, t.status, EscapeMarkdownCell(t.reason));
    }
  }
  *out += "\n";
  if (illustrative) *out += fmt::format("{}\n\n", EscapeMarkdown(Tr(Msg::kIllustrativeNote, lang)));
}

// 年度分解: one small table per indicator with an annual path.
void WriteAnnual(const std::vector<const IndicatorResult*>& order, Language lang, std::string* out) {
  std::string tables;
  for (const IndicatorResult* r : order) {
    const std::vector<AnnualRowText> rows = AnnualRows(*r, lang);
    if (rows.empty()) continue;
    tables += fmt::format("**{}**\n\n| {} | {} | {} | {} |\n|---|---:|---:|---|\n", EscapeMarkdown(r->indicator->name),
                          Tr(Msg::kColYear, lang), Tr(Msg::kColAnnualTarget, lang), Tr(Msg::kColAnnualActual, lang),
                          Tr(Msg::kColStatus, lang));
    for (const AnnualRowText& row : rows) {
      tables += fmt::format("| {} | {} | {} | {} |\n", row.year, EscapeMarkdownCell(row.target),
                            EscapeMarkdownCell(row.actual), EscapeMarkdownCell(row.state));
    }
    tables += "\n";
  }
  if (!tables.empty()) *out += fmt::format("## {}\n\n{}", Tr(Msg::kAnnualTitle, lang), tables);
}

void WriteGaps(const std::vector<const IndicatorResult*>& order, Language lang, std::string* out) {
  std::string items;
  for (const IndicatorResult* r : order) {
    if (r->status != TargetStatus::kOffTrack && r->status != TargetStatus::kAtRisk) continue;
    items += fmt::format("- **{}** ({}): {}\n", EscapeMarkdown(r->indicator->name), StatusLabel(r->status, lang),
                         EscapeMarkdown(ExplainIndicator(*r, lang)));
  }
  if (items.empty()) return;
  *out += fmt::format("## {}\n\n{}\n", Tr(Msg::kGaps, lang), items);
}

void WriteNotes(const Assessment& a, Language lang, std::string* out) {
  if (!a.run.notes.empty()) {
    *out += fmt::format("## {}\n\n", Tr(Msg::kNotes, lang));
    for (const Warning& note : a.run.notes) *out += fmt::format("- {}\n", EscapeMarkdown(WarningText(note, lang)));
    *out += "\n";
  }
  *out += MethodAppendixMarkdown(a, lang);  // last: the words an analyst may ask for
  *out += fmt::format("_{}_\n",
                      fmt::format(fmt::runtime(Tr(Msg::kGeneratedBy, lang)), fmt::arg("version", a.run.version)));
}

}  // namespace

std::string RenderMarkdownReport(const Assessment& assessment, const ReportOptions& options) {
  Language lang = options.language;
  std::vector<const IndicatorResult*> order = IndicatorsByRisk(assessment);
  std::string out;
  WriteHeader(assessment, lang, &out);
  out += FinalEvaluationMarkdown(assessment, lang);  // at or after the plan's end only
  WriteFirstScreen(assessment, lang, &out);
  WriteCounts(assessment, lang, &out);
  WriteOwners(assessment, lang, &out);
  WriteGoalTree(assessment, lang, &out);
  WriteBinding(order, lang, &out);
  WriteScenario(assessment, order, lang, &out);
  WriteTable(order, lang, &out);
  WriteNotJudged(order, lang, &out);
  WriteAnnual(order, lang, &out);
  WriteGaps(order, lang, &out);
  WriteDerivedAndWarnings(assessment, lang, &out);
  WriteNotes(assessment, lang, &out);
  return out;
}

}  // namespace plancast
