// The reason sentences (declared in reason_text.h): one table, both languages.
#include "reports/reason_text.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "reports/indicator_figures.h"
#include "reports/number_format.h"
#include "reports/report_view.h"

namespace plancast {
namespace {

// Sentences carry no final full stop: optional clauses are appended before it.
const std::vector<ReasonTemplate> kTable = {
    {"final_figure_met", "The {latest_year} figure is known: {latest}, meeting the {year} target {target}",
     "{latest_year}年数据已出：{latest}，达到{year}年目标{target}"},
    {"final_figure_missed", "The {latest_year} figure is known: {latest}, missing the {year} target {target}",
     "{latest_year}年数据已出：{latest}，未达到{year}年目标{target}"},
    {"reached", "Reached {latest} in {latest_year}, ahead of the {year} target {target}",
     "{latest_year}年已达{latest}，提前达到{year}年目标{target}"},
    {"overspent", "{done} already used, beyond the total allowed ({target}): the target can no longer be met",
     "已用{done}，超出总额度{target}，目标已无法实现"},
    {"no_data", "No figure yet, so no verdict", "尚无数据，无法判断"},
    {"one_figure", "Only one figure ({latest_year}: {latest}), so no trend to project",
     "仅有1个数据点（{latest_year}年{latest}），无法推算趋势"},
    {"not_judged", "The figures cannot be projected to {year}, so no verdict", "现有数据推算不到{year}年，未作判断"},
    {"met_now_may_slip",
     "The latest figure {latest} meets the target {target}, but the projection ({projected}) may fall back: a {p} "
     "chance it still does in {year}",
     "最新数据{latest}已达目标{target}，但预测按{projected}可能回落，{year}年仍达标的概率为{p}"},
    {"moving_away", "History moved {historical} ({history}), away from the target; it needs {required}: a {p} chance",
     "历史{historical}（{history}），与目标方向相反；需{required}，达标概率{p}"},
    {"projected_slower_than_history",
     "History ran at {historical} ({history}), faster than the {required} needed; {why}, the projection runs at "
     "{projected}: a {p} chance",
     "历史{historical}（{history}），快于所需{required}；{why}，预测按{projected}，达标概率{p}"},
    {"projected_faster_than_history",
     "History ran at {historical} ({history}), slower than the {required} needed, but the projection speeds up to "
     "{projected}: a {p} chance",
     "历史{historical}（{history}），慢于所需{required}；但预测加快至{projected}，达标概率{p}"},
    {"on_pace", "The projection runs at {projected} against the {required} needed ({history}): a {p} chance",
     "预测{projected}，不低于所需{required}（{history}），达标概率{p}"},
    {"uncertain",
     "It needs {required}; history ran at {historical} ({history}), the projection at {projected}: a {p} chance, "
     "too close to call",
     "需{required}；历史{historical}（{history}），预测{projected}，达标概率{p}，结果难定"},
    {"pace_too_slow",
     "History ({historical}, {history}) and the projection ({projected}) both fall short of the {required} needed: "
     "a {p} chance",
     "历史{historical}（{history}）和预测{projected}都慢于所需{required}，达标概率{p}"},
    // Phrases the sentences are built from.
    {"_history", "{points} figures over {years} years", "{points}个数据点，跨{years}年"},
    {"_history_few", "only {points} figures over {years} years", "仅{points}个数据点，跨{years}年"},
    {"_history_few_1", "only {points} figures, one year apart", "仅{points}个数据点，相隔1年"},
    {"_jump", ", a one-year jump of {jump} in {jump_year}", "，{jump_year}年一年跃升{jump}"},
    {"_jump_rank", ", a big one-year move up in {jump_year}", "，{jump_year}年一年大幅前进"},
    {"_why_jump", "but one-year jumps seldom last", "但单年跃升多不持续"},
    {"_why_slow", "but the trend flattens", "但趋势趋缓"},
    {"_needs", "; meeting the target needs {required}", "；达到目标需{required}"},
    {"_at_history", "; at the historical pace it would be {p_hist}", "；若保持历史速度，达标概率为{p_hist}"},
    {"_end", ".", "。"},
};

const char* Template(const std::string& code, Language lang) {
  for (const ReasonTemplate& t : kTable) {
    if (code == t.code) return lang == Language::kEn ? t.en : t.zh;
  }
  return nullptr;
}

std::string PaceOrDash(const IndicatorResult& r, const std::optional<plancast::Pace>& pace, Language lang) {
  return pace ? IndicatorPaceText(r, *pace, lang) : "—";
}

std::string HistoryPhrase(const IndicatorResult& r, Language lang) {
  const VerdictReason& reason = r.reason;
  auto args = fmt::dynamic_format_arg_store<fmt::format_context>();
  args.push_back(fmt::arg("points", reason.history_points));
  args.push_back(fmt::arg("years", reason.history_years));
  // Two figures are one change: say "only", a planner should weigh that.
  const char* key = reason.history_points > 2 ? "_history" : reason.history_years == 1 ? "_history_few_1" : "_history_few";
  std::string text = fmt::vformat(Template(key, lang), args);
  if (reason.largest_jump && reason.largest_jump_year) {
    auto jump = fmt::dynamic_format_arg_store<fmt::format_context>();
    jump.push_back(fmt::arg("jump", DisplaySigned(*reason.largest_jump * 100, kEstimateDigits) + "%"));
    jump.push_back(fmt::arg("jump_year", *reason.largest_jump_year));
    // A rank's relative change ("-45%") means nothing to a reader: say it moved.
    const bool rank = r.indicator->target && r.indicator->target->kind == TargetKind::kRank;
    text += fmt::vformat(Template(rank ? "_jump_rank" : "_jump", lang), jump);
  }
  return text;
}

}  // namespace

const std::vector<ReasonTemplate>& ReasonTemplates() { return kTable; }

const std::vector<std::string>& ReasonCodes() {
  static const std::vector<std::string> codes = {
      "final_figure_met", "final_figure_missed", "reached",  "overspent", "no_data",
      "one_figure",       "not_judged",          "met_now_may_slip", "moving_away",
      "projected_slower_than_history", "projected_faster_than_history", "on_pace", "uncertain", "pace_too_slow"};
  return codes;
}

std::string ReasonSentence(const IndicatorResult& r, Language lang) {
  const VerdictReason& reason = r.reason;
  const char* pattern = reason.code.empty() ? nullptr : Template(reason.code, lang);
  if (pattern == nullptr) return "";
  const Indicator& ind = *r.indicator;
  const std::string target_unit = TargetUnit(ind);
  auto args = fmt::dynamic_format_arg_store<fmt::format_context>();
  args.push_back(fmt::arg("required", PaceOrDash(r, r.required_annual_change, lang)));
  args.push_back(fmt::arg("historical", PaceOrDash(r, r.historical_annual_change, lang)));
  args.push_back(fmt::arg("projected", PaceOrDash(r, r.projected_annual_change, lang)));
  args.push_back(fmt::arg("p", r.p_meet ? DisplayProbability(*r.p_meet) : "—"));
  args.push_back(fmt::arg("history", HistoryPhrase(r, lang)));
  args.push_back(fmt::arg("latest", r.latest ? IndicatorValueText(r, r.latest->value, lang) : "—"));
  args.push_back(fmt::arg("latest_year", r.latest ? std::to_string(r.latest->year) : "—"));
  const FigureStyle target_style = StyleFor(r, target_unit);
  args.push_back(fmt::arg("target", !ind.target ? "—"
                                    : ind.target->band ? TargetValueText(*ind.target, target_unit, lang)
                                                       : PlanFigure(target_style, ind.target->value, lang)));
  args.push_back(fmt::arg("year", ind.target ? std::to_string(ind.target->year) : "—"));
  args.push_back(fmt::arg("done", r.achieved_so_far ? PlanFigure(target_style, *r.achieved_so_far, lang) : "—"));
  args.push_back(fmt::arg("why", Template(reason.largest_jump ? "_why_jump" : "_why_slow", lang)));
  std::string text = fmt::vformat(pattern, args);

  const bool unjudged = reason.code == "no_data" || reason.code == "one_figure" || reason.code == "not_judged";
  if (unjudged && r.required_annual_change) text += fmt::vformat(Template("_needs", lang), args);
  // What the historical pace would give, where the paces disagree about the verdict.
  const bool paces_disagree = reason.code == "projected_slower_than_history" || reason.code == "uncertain" ||
                              reason.code == "projected_faster_than_history";
  if (paces_disagree && r.p_meet_at_historical_pace) {
    auto hist = fmt::dynamic_format_arg_store<fmt::format_context>();
    hist.push_back(fmt::arg("p_hist", DisplayProbability(*r.p_meet_at_historical_pace)));
    text += fmt::vformat(Template("_at_history", lang), hist);
  }
  return text + Template("_end", lang);
}

}  // namespace plancast
