#include "reports/final_evaluation_section.h"

#include <fmt/format.h>

#include <vector>

#include "engine/final_evaluation.h"
#include "reports/number_format.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"
#include "reports/text_escape.h"

namespace plancast {
namespace {

struct Section {
  std::string title, summary, rule_note;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // plain text
  std::vector<bool> binding;                   // per row
};

Msg OutcomeMsg(FinalOutcome o) {
  switch (o) {
    case FinalOutcome::kMet: return Msg::kFinalMet;
    case FinalOutcome::kMissed: return Msg::kFinalMissed;
    case FinalOutcome::kNoData: return Msg::kFinalNoData;
  }
  return Msg::kFinalNoData;
}

std::string ActualText(const FinalRow& row, Language l) {
  if (!row.actual) return "—";
  const Indicator& ind = *row.result->indicator;
  const TargetKind kind = ind.target->kind;
  if (kind == TargetKind::kLevel || kind == TargetKind::kRank) return IndicatorValueText(*row.result, *row.actual, l);
  return ValueWithUnit(*row.actual, TargetUnit(ind), l);
}

// No data: say what the latest figure is, so the gap to fill is plain.
std::string OutcomeText(const FinalRow& row, Language l) {
  std::string text = Tr(OutcomeMsg(row.outcome), l);
  if (row.outcome == FinalOutcome::kNoData && row.result->indicator->target->kind != TargetKind::kMilestone) {
    text += fmt::format(fmt::runtime(Tr(Msg::kFinalLatestIs, l)), fmt::arg("latest", LatestText(*row.result, l)));
  }
  return text;
}

std::string CompletionText(const FinalRow& row) {
  return row.completion ? DisplayNumber(*row.completion * 100.0, 3) + "%" : "—";
}

std::optional<Section> Build(const Assessment& a, Language l) {
  const std::optional<FinalEvaluation> e = EvaluateAtPlanEnd(a);
  if (!e) return std::nullopt;
  Section s;
  s.title = fmt::format(fmt::runtime(Tr(Msg::kFinalEvaluation, l)), fmt::arg("start", a.plan->period_start),
                        fmt::arg("end", a.plan->period_end));
  const auto n = [](const int* c, FinalOutcome o) { return c[static_cast<int>(o)]; };
  const int total = static_cast<int>(e->rows.size());
  const int binding = n(e->binding_counts, FinalOutcome::kMet) + n(e->binding_counts, FinalOutcome::kMissed) +
                      n(e->binding_counts, FinalOutcome::kNoData);
  s.summary = fmt::format(fmt::runtime(Tr(Msg::kFinalSummary, l)), fmt::arg("total", total),
                          fmt::arg("met", n(e->counts, FinalOutcome::kMet)),
                          fmt::arg("missed", n(e->counts, FinalOutcome::kMissed)),
                          fmt::arg("no_data", n(e->counts, FinalOutcome::kNoData)), fmt::arg("binding", binding),
                          fmt::arg("binding_met", n(e->binding_counts, FinalOutcome::kMet)));
  s.rule_note = Tr(Msg::kFinalRateNote, l);
  s.header = {Tr(Msg::kColIndicator, l), Tr(Msg::kColTarget, l), Tr(Msg::kColActual, l), Tr(Msg::kFinalColOutcome, l),
              Tr(Msg::kFinalColRate, l)};
  for (const FinalRow& row : e->rows) {
    s.rows.push_back({row.result->indicator->name, TargetText(*row.result, l), ActualText(row, l), OutcomeText(row, l),
                      CompletionText(row)});
    s.binding.push_back(row.result->indicator->binding);
  }
  return s;
}

}  // namespace

std::string FinalEvaluationMarkdown(const Assessment& a, Language l) {
  const std::optional<Section> s = Build(a, l);
  if (!s) return "";
  std::string out = fmt::format("## {}\n\n**{}**\n\n", EscapeMarkdown(s->title), EscapeMarkdown(s->summary));
  if (!s->rows.empty()) {
    out += "|";
    for (const std::string& h : s->header) out += " " + EscapeMarkdownCell(h) + " |";
    out += "\n|---|---:|---:|---|---:|\n";
    for (size_t i = 0; i < s->rows.size(); ++i) {
      const std::vector<std::string>& row = s->rows[i];
      std::string name = EscapeMarkdownCell(row[0]);
      if (s->binding[i]) name += fmt::format(" **({})**", Tr(Msg::kBinding, l));
      out += "| " + name + " |";
      for (size_t c = 1; c < row.size(); ++c) out += " " + EscapeMarkdownCell(row[c]) + " |";
      out += "\n";
    }
    out += "\n";
  }
  return out + EscapeMarkdown(s->rule_note) + "\n\n";
}

std::string FinalEvaluationHtml(const Assessment& a, Language l) {
  const std::optional<Section> s = Build(a, l);
  if (!s) return "";
  std::string out = fmt::format("<section id=\"final-evaluation\">\n<h2>{}</h2>\n<p class=\"summary\"><strong>{}</strong></p>\n",
                                EscapeHtml(s->title), EscapeHtml(s->summary));
  if (!s->rows.empty()) {
    out += "<div class=\"table-wrap\"><table class=\"final-evaluation\"><thead><tr>";
    for (const std::string& h : s->header) out += "<th>" + EscapeHtml(h) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (size_t i = 0; i < s->rows.size(); ++i) {
      const std::vector<std::string>& row = s->rows[i];
      out += "<tr><td>" + EscapeHtml(row[0]);
      if (s->binding[i]) out += fmt::format(" <strong>({})</strong>", Tr(Msg::kBinding, l));
      out += "</td>";
      for (size_t c = 1; c < row.size(); ++c) out += (c == 3 ? "<td>" : "<td class=\"num\">") + EscapeHtml(row[c]) + "</td>";
      out += "</tr>\n";
    }
    out += "</tbody></table></div>\n";
  }
  return out + "<p class=\"meta\">" + EscapeHtml(s->rule_note) + "</p>\n</section>\n";
}

}  // namespace plancast
