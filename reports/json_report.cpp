// report.json: the machine-readable report (contract in docs/reports.md).
//
// Keys are written in a fixed order (nlohmann::ordered_json keeps insertion
// order). Estimates (fits, projections, P, paces) are rounded to 6
// significant digits, so floating-point noise never changes the bytes; the
// plan's own figures (history, target, baseline, latest, weights, thresholds)
// are written exactly as read (shortest round-trip form), so a revision in
// the 9th digit reaches `compare`. Missing or non-finite values are
// null; NaN never appears. nlohmann-json escapes strings for JSON and keeps
// UTF-8 as UTF-8; invalid UTF-8 is replaced (U+FFFD) rather than thrown on.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <nlohmann/json.hpp>

#include <cmath>

#include "engine/final_evaluation.h"
#include "reports/number_format.h"
#include "reports/report_view.h"
#include "reports/report_writer.h"
#include "reports/warning_text.h"

namespace plancast {
namespace {

using Json = nlohmann::ordered_json;

Json Num(double value) {
  if (!std::isfinite(value)) return nullptr;
  return RoundSignificant(value);
}

// A figure the plan gives: never rounded (nlohmann prints the shortest text
// that reads back as the same double).
Json Exact(double value) {
  if (!std::isfinite(value)) return nullptr;
  return value;
}

// Positions on the time axis need more digits than values: 2021.0417 is January.
Json Time(double t) {
  if (!std::isfinite(t)) return nullptr;
  return RoundSignificant(t, 9);
}

template <typename T>
Json Opt(const std::optional<T>& value) {
  if (!value) return nullptr;
  return Num(static_cast<double>(*value));
}

Json OptInt(const std::optional<int>& value) { return value ? Json(*value) : Json(nullptr); }

Json DateJson(const boost::gregorian::date& d) {
  if (d.is_special()) return nullptr;
  return boost::gregorian::to_iso_extended_string(d);
}

Json DateJson(const std::optional<boost::gregorian::date>& d) { return d ? DateJson(*d) : Json(nullptr); }

// `from_plan`: the value is an observation of the plan (not one computed by a
// formula); a provisional (annualised year-to-date) value is an estimate.
Json YearValueJson(const std::optional<YearValue>& yv, bool from_plan) {
  if (!yv) return nullptr;
  Json j{{"year", yv->year}, {"value", from_plan && !yv->provisional ? Exact(yv->value) : Num(yv->value)}};
  if (!yv->period.empty()) j["period"] = yv->period;  // e.g. "2021-Q3"
  if (yv->provisional) j["provisional"] = true;
  return j;
}

// "%/yr" for growth rates, "<unit>/yr" for slopes (report readers need the unit
// to make sense of required/historical_annual_change).
std::string PaceUnit(PaceKind kind, const std::string& unit) {
  return kind == PaceKind::kGrowthRate ? "%/yr" : unit + "/yr";
}

Json StatusCounts(const int* counts) {
  Json out = Json::object();
  for (TargetStatus s : StatusesByRisk()) out[TargetStatusToString(s)] = counts[static_cast<int>(s)];
  return out;
}

// `from_plan`: the points are the plan's own (written exactly); a derived
// indicator's computed series is rounded like every estimate.
Json HistoryJson(const Indicator& ind, const std::vector<double>& fitted, bool from_plan) {
  Json history = Json::array();
  for (size_t i = 0; i < ind.history.size(); ++i) {
    const Observation& o = ind.history[i];
    Json point{{"year", o.year}, {"value", from_plan ? Exact(o.value) : Num(o.value)}};
    // Sub-annual observations (issue 5) carry their period; annual ones need none.
    if (!o.period.label.empty()) {
      point["period"] = o.period.label;
      point["t"] = Time(o.t);
    }
    if (o.provisional) point["provisional"] = true;
    point["fitted"] = i < fitted.size() ? Num(fitted[i]) : Json(nullptr);
    if (!o.basis.empty()) point["basis"] = o.basis;
    if (!o.note.empty()) point["note"] = o.note;
    if (!o.source.empty()) point["source"] = o.source;
    history.push_back(std::move(point));
  }
  return history;
}

Json PathJson(const std::vector<ChartPoint>& path) {
  Json out = Json::array();
  for (const ChartPoint& p : path) {
    out.push_back(Json{{"t", Time(p.t)}, {"value", Num(p.value)}, {"lo80", Num(p.lo80)}, {"hi80", Num(p.hi80)},
                       {"lo95", Num(p.lo95)}, {"hi95", Num(p.hi95)}});
  }
  return out;
}

// The engine's warnings as tools have read them: English sentences.
Json WarningsEnglish(const std::vector<Warning>& warnings) {
  Json out = Json::array();
  for (const Warning& w : warnings) out.push_back(WarningEnglish(w));
  return out;
}

// The same warnings as data, in the same order: {code, args {name: number or text}}.
Json WarningDetails(const std::vector<Warning>& warnings) {
  Json out = Json::array();
  for (const Warning& w : warnings) {
    Json args = Json::object();
    for (const WarningArg& a : w.args) args[a.name] = a.number ? Num(*a.number) : Json(a.text);
    out.push_back(Json{{"code", WarningCodeId(w.code)}, {"args", std::move(args)}});
  }
  return out;
}

Json PaceValue(const std::optional<Pace>& pace) { return pace ? Num(pace->value) : Json(nullptr); }

Json ProjectionJson(const std::optional<ProjectionSummary>& p) {
  if (!p) return nullptr;
  return Json{{"year", p->year}, {"value", Num(p->value)}, {"lo80", Num(p->lo80)}, {"hi80", Num(p->hi80)},
              {"lo95", Num(p->lo95)}, {"hi95", Num(p->hi95)}};
}

// Fields of issues 3 and 5: target kinds, derived indicators, the inverse
// pace question, time left, milestones, scenarios.
void AddGraphAndTimeFields(const IndicatorResult& r, Json* j) {
  const Indicator& ind = *r.indicator;
  (*j)["formula"] = ind.formula.empty() ? Json(nullptr) : Json(ind.formula);
  (*j)["derived_from"] = r.derived_from;
  (*j)["achieved_so_far"] = Opt(r.achieved_so_far);
  (*j)["pace_for_p50"] = PaceValue(r.pace_for_p50);
  (*j)["pace_for_p80"] = PaceValue(r.pace_for_p80);
  (*j)["days_left"] = OptInt(r.days_left);
  if (r.milestone) {
    const MilestoneCheck& m = *r.milestone;
    (*j)["milestone"] = Json{{"state", MilestoneStateToString(m.state)}, {"due", DateJson(m.due)},
                             {"done_on", DateJson(m.done_on)}, {"days_left", m.days_left}};
  } else {
    (*j)["milestone"] = nullptr;
  }
  if (r.baseline_trend) {
    (*j)["baseline_trend"] = Json{{"projection", ProjectionJson(r.baseline_trend->projection)},
                                  {"p_meet", Opt(r.baseline_trend->p_meet)},
                                  {"status", TargetStatusToString(r.baseline_trend->status)}};
  } else {
    (*j)["baseline_trend"] = nullptr;
  }
  (*j)["scenario_assumptions"] = r.scenario_assumptions;
}

// Why the verdict is what it is (issue 15): the reason code and the figures
// it rests on, and what P would be if the historical pace simply continued.
void AddReasonFields(const IndicatorResult& r, Json* j) {
  (*j)["projected_annual_change"] = PaceValue(r.projected_annual_change);
  (*j)["p_meet_at_historical_pace"] = Opt(r.p_meet_at_historical_pace);
  if (r.reason.code.empty()) {
    (*j)["reason"] = nullptr;
    return;
  }
  (*j)["reason"] = Json{{"code", r.reason.code},
                        {"history_points", r.reason.history_points},
                        {"history_years", r.reason.history_years},
                        {"p_meet", Opt(r.p_meet)},
                        {"p_meet_at_historical_pace", Opt(r.p_meet_at_historical_pace)},
                        {"historical_annual_change", PaceValue(r.historical_annual_change)},
                        {"projected_annual_change", PaceValue(r.projected_annual_change)},
                        {"required_annual_change", PaceValue(r.required_annual_change)},
                        {"largest_jump", Opt(r.reason.largest_jump)},
                        {"largest_jump_year", OptInt(r.reason.largest_jump_year)}};
}

// A target as the plan states it: the keys of `target`.
Json TargetFieldsJson(const Target& t) {
  Json j{{"year", t.year}, {"value", Exact(t.value)}, {"illustrative", t.illustrative},
         {"kind", TargetKindToString(t.kind)}, {"due", DateJson(t.due)}, {"done_on", DateJson(t.done_on)}};
  // Range and "about" targets (issue 12): the band the value must land in.
  j["range"] = t.band ? Json::array({Exact(t.band->lo), Exact(t.band->hi)}) : Json(nullptr);
  j["about"] = t.band && t.band->about;
  j["tolerance"] = t.band && t.band->about ? Json{{"value", Exact(t.band->tolerance)},
                                                  {"relative", t.band->tolerance_relative}}
                                           : Json(nullptr);
  return j;
}

// Key order is part of report.json's look (tools diff it): each helper adds
// one run of consecutive keys, and IndicatorJson calls them in that order.

// What the indicator is, where it stands, and what it aims at.
void AddPlanFields(const IndicatorResult& r, Json* j) {
  const Indicator& ind = *r.indicator;
  (*j)["id"] = ind.id;
  (*j)["name"] = ind.name;
  (*j)["unit"] = ind.unit;
  (*j)["direction"] = DirectionToString(ind.direction);
  (*j)["binding"] = ind.binding;
  (*j)["goals"] = ind.goals;
  const bool from_plan = ind.formula.empty();
  (*j)["latest"] = YearValueJson(r.latest, from_plan);
  (*j)["baseline"] = YearValueJson(r.baseline, from_plan);
  if (ind.target) {
    (*j)["target"] = TargetFieldsJson(*ind.target);
  } else {
    (*j)["target"] = nullptr;
  }
}

// The paces: needed, historical (with its span), and their shared kind and unit.
void AddPaceFields(const IndicatorResult& r, Json* j) {
  const Indicator& ind = *r.indicator;
  (*j)["required_annual_change"] = PaceValue(r.required_annual_change);
  (*j)["historical_annual_change"] = PaceValue(r.historical_annual_change);
  // Both paces share one kind; the historical one decides when only it exists.
  std::optional<PaceKind> kind = r.required_annual_change     ? std::optional(r.required_annual_change->kind)
                                 : r.historical_annual_change ? std::optional(r.historical_annual_change->kind)
                                                              : ind.pace;
  (*j)["pace_kind"] = kind ? Json(PaceKindToString(*kind)) : Json(nullptr);
  (*j)["pace_unit"] = kind ? Json(PaceUnit(*kind, ind.unit)) : Json(nullptr);
  if (r.historical_annual_change) {
    auto [from, to] = HistoricalSpan(r);
    (*j)["historical_period"] = Json{{"from", from}, {"to", to}};
  } else {
    (*j)["historical_period"] = nullptr;
  }
}

// The verdict: projection, P, paces, crossing year, schedule, class, status, model.
void AddVerdictFields(const IndicatorResult& r, Json* j) {
  (*j)["projection"] = ProjectionJson(r.projection);
  (*j)["p_meet"] = Opt(r.p_meet);
  AddPaceFields(r, j);
  (*j)["crossing_year"] = OptInt(r.crossing_year);
  (*j)["schedule"] = r.schedule ? Json{{"time_elapsed", Num(r.schedule->time_elapsed)},
                                       {"task_done", Num(r.schedule->task_done)}}
                                : Json(nullptr);
  (*j)["progress_class"] = ProgressClassToString(r.progress_class);
  (*j)["status"] = TargetStatusToString(r.status);
  (*j)["model"] = ForecastMethodName(r.model);
  (*j)["model_description"] = r.model_description;
  (*j)["warnings"] = WarningsEnglish(r.warnings);
  (*j)["warning_details"] = WarningDetails(r.warnings);
}

// What the run noticed about the series: staleness, notes, breaks, source.
void AddSeriesNotes(const IndicatorResult& r, Json* j) {
  (*j)["stale"] = r.stale;
  (*j)["stale_since"] = r.stale ? Json(r.stale_since) : Json(nullptr);
  (*j)["series_notes"] = WarningsEnglish(r.series_notes);
  (*j)["basis_breaks"] = r.basis_breaks;
  (*j)["source"] = r.indicator->source;
}

// History (computed for a derived indicator, which has none in the plan) and the path.
void AddHistoryAndPath(const IndicatorResult& r, Json* j) {
  const Indicator& ind = *r.indicator;
  if (ind.history.empty() && !r.derived_series.empty()) {
    Indicator computed = ind;
    computed.history = r.derived_series;
    (*j)["history"] = HistoryJson(computed, r.fitted, /*from_plan=*/false);
  } else {
    (*j)["history"] = HistoryJson(ind, r.fitted, /*from_plan=*/true);
  }
  (*j)["path"] = PathJson(r.path);
}

// Every target of the indicator (issue 12): the plan's fields, then its own verdict.
Json TargetsJson(const IndicatorResult& r) {
  Json out = Json::array();
  for (const TargetResult& t : r.targets) {
    Json j = TargetFieldsJson(*t.target);
    j["plan_period"] = t.plan_period;
    j["long_range"] = t.long_range;
    j["projection"] = ProjectionJson(t.projection);
    j["p_meet"] = Opt(t.p_meet);
    j["required_annual_change"] = PaceValue(t.required_annual_change);
    j["projected_annual_change"] = PaceValue(t.projected_annual_change);
    j["pace_for_p50"] = PaceValue(t.pace_for_p50);
    j["pace_for_p80"] = PaceValue(t.pace_for_p80);
    j["achieved_so_far"] = Opt(t.achieved_so_far);
    j["crossing_year"] = OptInt(t.crossing_year);
    j["days_left"] = OptInt(t.days_left);
    j["milestone_state"] = t.milestone ? Json(MilestoneStateToString(t.milestone->state)) : Json(nullptr);
    j["progress_class"] = ProgressClassToString(t.progress_class);
    j["status"] = TargetStatusToString(t.status);
    j["reason"] = t.reason.code.empty() ? Json(nullptr) : Json(t.reason.code);
    out.push_back(std::move(j));
  }
  return out;
}

// 年度分解 (issue 12): the plan-period target's year-by-year path.
Json AnnualJson(const IndicatorResult& r) {
  Json out = Json::array();
  for (const AnnualStep& a : r.annual) {
    out.push_back(Json{{"year", a.year}, {"target", Num(a.target)}, {"actual", Opt(a.actual)},
                       {"status", AnnualStateToString(a.state)}, {"gap", Opt(a.gap)}, {"projected", Opt(a.projected)}});
  }
  return out;
}

Json IndicatorJson(const IndicatorResult& r) {
  Json j;
  AddPlanFields(r, &j);
  AddVerdictFields(r, &j);
  AddSeriesNotes(r, &j);
  AddGraphAndTimeFields(r, &j);
  AddReasonFields(r, &j);
  AddHistoryAndPath(r, &j);
  // Added for responsible units (issue 12); new keys go last.
  j["owner"] = r.indicator->owner.empty() ? Json(nullptr) : Json(r.indicator->owner);
  j["targets"] = TargetsJson(r);
  j["annual"] = AnnualJson(r);
  return j;
}

// Roll-up fields shared by goals and the whole plan (`overall`).
void AddRollUp(const GoalResult& g, Json* j) {
  (*j)["status"] = TargetStatusToString(g.status);
  (*j)["status_reason"] = g.status_reason;
  (*j)["held_by"] = g.held_by.empty() ? Json(nullptr) : Json(g.held_by);
  (*j)["progress_score"] = Opt(g.progress_score);
  (*j)["p_all_binding"] = Opt(g.p_all_binding);
  (*j)["baseline_status"] = g.baseline_status ? Json(TargetStatusToString(*g.baseline_status)) : Json(nullptr);
  (*j)["baseline_progress_score"] = Opt(g.baseline_progress_score);
  (*j)["counts"] = StatusCounts(g.counts);
}

Json GoalJson(const GoalResult& g) {
  Json j;
  j["id"] = g.goal->id;
  j["name"] = g.goal->name;
  j["parent"] = g.goal->parent.empty() ? Json(nullptr) : Json(g.goal->parent);
  j["weight"] = Exact(g.goal->weight);
  j["status"] = nullptr;  // keeps the contract's key order; filled by AddRollUp
  j["children"] = g.child_ids;
  j["indicators"] = g.indicator_ids;
  AddRollUp(g, &j);
  return j;
}

Json OutcomeCounts(const int* counts) {
  Json out = Json::object();
  for (FinalOutcome o : {FinalOutcome::kMet, FinalOutcome::kMissed, FinalOutcome::kNoData}) {
    out[FinalOutcomeToString(o)] = counts[static_cast<int>(o)];
  }
  return out;
}

// The final evaluation (issue 12 item 7): null before the plan's end.
Json FinalEvaluationJson(const Assessment& assessment) {
  const std::optional<FinalEvaluation> e = EvaluateAtPlanEnd(assessment);
  if (!e) return nullptr;
  Json rows = Json::array();
  for (const FinalRow& row : e->rows) {
    const Indicator& ind = *row.result->indicator;
    const char* rule = CompletionRuleToString(row.rule);
    rows.push_back(Json{{"id", ind.id},
                        {"binding", ind.binding},
                        {"target_year", ind.target->year},
                        {"target_kind", TargetKindToString(ind.target->kind)},
                        {"target", ind.target->kind == TargetKind::kMilestone ? Json(nullptr) : Exact(ind.target->value)},
                        {"actual", Opt(row.actual)},
                        {"outcome", FinalOutcomeToString(row.outcome)},
                        {"completion", Opt(row.completion)},
                        {"completion_rule", rule ? Json(rule) : Json(nullptr)}});
  }
  return Json{{"plan_end", e->plan_end}, {"counts", OutcomeCounts(e->counts)},
              {"binding_counts", OutcomeCounts(e->binding_counts)}, {"indicators", rows}};
}

}  // namespace

std::string RenderJsonReport(const Assessment& assessment, const ReportOptions& /*options*/) {
  const Plan& plan = *assessment.plan;
  Json root;
  root["format"] = "plancast-report";
  root["format_version"] = 1;
  root["plan"] = Json{{"id", plan.id},
                      {"name", plan.name},
                      {"region", plan.region},
                      {"language", LanguageCode(plan.language)},
                      {"period", Json{{"start", plan.period_start}, {"end", plan.period_end}}},
                      {"baseline_year", plan.baseline_year},
                      {"thresholds", Json{{"on_track", Exact(plan.thresholds.on_track)},
                                          {"at_risk", Exact(plan.thresholds.at_risk)}}}};
  root["as_of"] = assessment.run.as_of.is_special() ? Json(nullptr)
                                                     : Json(boost::gregorian::to_iso_extended_string(assessment.run.as_of));
  root["seed"] = assessment.run.seed;
  root["plancast_version"] = assessment.run.version;
  root["notes"] = WarningsEnglish(assessment.run.notes);
  Json indicators = Json::array();
  for (const IndicatorResult& r : assessment.indicators) indicators.push_back(IndicatorJson(r));
  root["indicators"] = std::move(indicators);
  Json goals = Json::array();
  for (const GoalResult& g : assessment.goals) goals.push_back(GoalJson(g));
  root["goals"] = std::move(goals);
  std::array<int, kTargetStatusCount> counts = CountByStatus(assessment);
  root["summary"] = Json{{"total", assessment.indicators.size()}, {"counts", StatusCounts(counts.data())}};
  Json overall;
  AddRollUp(assessment.overall, &overall);
  root["overall"] = std::move(overall);
  root["scenario"] = assessment.scenario ? Json{{"name", assessment.scenario->name},
                                                {"description", assessment.scenario->description}}
                                         : Json(nullptr);
  root["final_evaluation"] = FinalEvaluationJson(assessment);  // added in issue 12; new keys go last
  root["note_details"] = WarningDetails(assessment.run.notes);  // appended last: earlier keys keep their lines
  // Invalid UTF-8 in plan text is replaced, not thrown on: a report is still written.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace plancast
