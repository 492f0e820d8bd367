#include "engine/assess.h"

#include <algorithm>

#include "engine/plan/diagnostics.h"
#include "engine/plan/goal_graph.h"
#include "engine/goal_rollup.h"
#include "engine/judging_pass.h"
#include "engine/owner_scope.h"
#include "engine/projection.h"
#include "engine/scenario.h"

namespace plancast {
namespace {

struct Outcome {
  std::vector<IndicatorResult> indicators;
  std::vector<std::vector<std::uint8_t>> met_by_draw;
  std::vector<GoalResult> goals;
  GoalResult overall;
};

ProjectionSettings SettingsFor(const Plan& plan, const AssessOptions& options) {
  ProjectionSettings settings;
  settings.as_of = options.as_of;
  settings.seed = options.seed;
  settings.method = options.method;
  int last_year = plan.period_end;
  for (const Indicator& i : plan.indicators) {
    for (const Target& t : i.targets) last_year = std::max(last_year, t.year);
    if (i.target) last_year = std::max(last_year, i.target->year);
  }
  settings.horizon_end_year = last_year + options.crossing_search_years;
  return settings;
}

// One variant's verdicts with the goals rolled up over them.
Outcome RolledUp(const Plan& plan, JudgedIndicators&& judged) {
  Outcome outcome;
  outcome.indicators = std::move(judged.indicators);
  outcome.met_by_draw = std::move(judged.met_by_draw);
  RollUpGoals(plan, outcome.indicators, outcome.met_by_draw, &outcome.goals, &outcome.overall);
  return outcome;
}

}  // namespace

namespace {

// A copy of `plan` without the observations not yet known at as-of; counts
// the ones removed per indicator.
std::shared_ptr<const Plan> VisiblePlan(const Plan& full, const boost::gregorian::date& as_of,
                                        std::vector<int>* hidden) {
  auto visible = std::make_shared<Plan>(full);
  hidden->assign(full.indicators.size(), 0);
  for (size_t i = 0; i < visible->indicators.size(); ++i) {
    Indicator& indicator = visible->indicators[i];
    std::vector<Observation> known;
    for (size_t k : KnownAt(indicator, as_of, &(*hidden)[i])) known.push_back(indicator.history[k]);
    indicator.history = std::move(known);
  }
  return visible;
}

}  // namespace

namespace {

// The scenario `name` of `plan`, or an InputError naming the closest one.
const Scenario& ScenarioOrThrow(const Plan& plan, const std::string& name) {
  if (const Scenario* scenario = FindScenario(plan, name)) return *scenario;
  std::vector<std::string> names;
  for (const Scenario& s : plan.scenarios) names.push_back(s.name);
  std::string all;
  for (const std::string& n : names) all += (all.empty() ? "" : ", ") + n;
  const std::string closest = ClosestMatch(name, names);
  Diagnostics d;
  d.Error({plan.file, 0, 0}, "the plan has no scenario named '" + name + "'",
          !closest.empty() ? "did you mean '" + closest + "'?"
          : names.empty()  ? "add one under `scenarios:` (see docs/plan-format.md)"
                           : "scenarios in this plan: " + all);
  throw InputError(std::move(d));
}

// Beside each scenario result, the same indicator and goal under the trend.
void AttachBaseline(const Outcome& baseline, const std::vector<std::vector<std::string>>& assumptions,
                    Outcome* outcome) {
  for (size_t i = 0; i < outcome->indicators.size(); ++i) {
    const IndicatorResult& b = baseline.indicators[i];
    outcome->indicators[i].baseline_trend = BaselineComparison{b.projection, b.p_meet, b.status};
    outcome->indicators[i].scenario_assumptions = assumptions[i];
  }
  for (size_t g = 0; g < outcome->goals.size(); ++g) {
    outcome->goals[g].baseline_status = baseline.goals[g].status;
    outcome->goals[g].baseline_progress_score = baseline.goals[g].progress_score;
  }
  outcome->overall.baseline_status = baseline.overall.status;
  outcome->overall.baseline_progress_score = baseline.overall.progress_score;
}

// `outcome` narrowed to the indicators at `kept` (plan order), pointing into
// `scope` (ScopePlan of the same indices), with the roll-up redone over them.
void NarrowOutcome(const Plan& scope, const std::vector<size_t>& kept, Outcome* outcome) {
  Outcome narrowed;
  for (size_t k = 0; k < kept.size(); ++k) {
    narrowed.indicators.push_back(std::move(outcome->indicators[kept[k]]));
    narrowed.indicators.back().indicator = &scope.indicators[k];
    narrowed.met_by_draw.push_back(std::move(outcome->met_by_draw[kept[k]]));
  }
  RollUpGoals(scope, narrowed.indicators, narrowed.met_by_draw, &narrowed.goals, &narrowed.overall);
  *outcome = std::move(narrowed);
}

}  // namespace

ProjectionSettings ProjectionSettingsFor(const Plan& plan, const AssessOptions& options) {
  return SettingsFor(plan, options);
}

Assessment AssessPlan(const Plan& full_plan, const AssessOptions& options) {
  std::vector<int> hidden;
  const std::shared_ptr<const Plan> visible = VisiblePlan(full_plan, options.as_of, &hidden);
  const Plan& plan = *visible;
  Diagnostics diagnostics;
  std::optional<GoalGraph> graph = GoalGraph::Build(plan, &diagnostics);
  if (!graph) throw InputError(std::move(diagnostics));
  const Scenario* scenario = options.scenario.empty() ? nullptr : &ScenarioOrThrow(plan, options.scenario);

  JudgingPassInput pass{&plan, &*graph, SettingsFor(plan, options), options.method, scenario, hidden,
                        options.adjust_measured};
  int ignored = 0;
  for (int count : hidden) ignored += count;
  // Draws are released as the pass goes (engine/judging_pass.h); [1] is the trend beside a scenario.
  std::vector<JudgedIndicators> judged = ProjectAndJudge(pass).variants;
  std::vector<std::vector<std::string>> assumptions = std::move(judged[0].assumptions);
  Outcome outcome = RolledUp(plan, std::move(judged[0]));
  // --owner: everything was projected (derived indicators may read other
  // units' figures); the report keeps the unit's indicators only.
  std::shared_ptr<const Plan> reported = visible;
  std::vector<size_t> kept;
  if (!options.owner.empty()) {
    kept = OwnerIndicatorsOrThrow(plan, options.owner);
    auto scope = std::make_shared<const Plan>(ScopePlan(plan, kept));
    NarrowOutcome(*scope, kept, &outcome);
    std::vector<std::vector<std::string>> kept_assumptions;
    for (size_t i : kept) kept_assumptions.push_back(assumptions[i]);
    assumptions = std::move(kept_assumptions);
    reported = scope;
  }
  if (scenario != nullptr) {
    Outcome baseline = RolledUp(plan, std::move(judged[1]));
    if (!options.owner.empty()) NarrowOutcome(*reported, kept, &baseline);
    AttachBaseline(baseline, assumptions, &outcome);
    scenario = &reported->scenarios[scenario - plan.scenarios.data()];
  }

  Assessment assessment;
  assessment.visible_plan = reported;
  assessment.plan = reported.get();
  assessment.scenario = scenario;
  assessment.run.as_of = options.as_of;
  assessment.run.seed = options.seed;
  if (!options.owner.empty()) {
    assessment.run.notes.push_back(
        Warning{WarningCode::kRunOwnerScope,
                {TextArg("owner", options.owner), NumberArg("kept", kept.size(), std::to_string(kept.size())),
                 NumberArg("total", plan.indicators.size(), std::to_string(plan.indicators.size()))}});
  }
  if (ignored > 0) {
    assessment.run.notes.push_back(
        Warning{WarningCode::kRunIgnoredAfterAsOf, {NumberArg("count", ignored, std::to_string(ignored))}});
  }
  assessment.indicators = std::move(outcome.indicators);
  assessment.goals = std::move(outcome.goals);
  assessment.overall = std::move(outcome.overall);
  return assessment;
}

PlanProjections ProjectPlan(const Plan& full_plan, const AssessOptions& options, int through_year) {
  std::vector<int> hidden;
  PlanProjections out;
  out.plan = VisiblePlan(full_plan, options.as_of, &hidden);
  const Plan& plan = *out.plan;
  Diagnostics diagnostics;
  std::optional<GoalGraph> graph = GoalGraph::Build(plan, &diagnostics);
  if (!graph) throw InputError(std::move(diagnostics));
  // The forecast's own horizon, longer only when asked: a year forecast
  // covers gets the very draws forecast judged.
  ProjectionSettings settings = SettingsFor(plan, options);
  settings.horizon_end_year = std::max(settings.horizon_end_year, through_year);
  // Every projection is kept (propose reads them all), in evaluation order
  // so a derived indicator's inputs are ready; no scenario.
  out.projections.resize(plan.indicators.size());
  for (size_t i : graph->IndicatorOrder()) {
    if (const Formula* formula = graph->FormulaOf(i)) {
      std::vector<const IndicatorProjection*> inputs;
      for (size_t input : graph->InputsOf(i)) inputs.push_back(&out.projections[input]);
      out.projections[i] = ProjectDerived(plan.indicators[i], *formula, inputs, settings);
    } else {
      out.projections[i] = ProjectMeasured(plan.indicators[i], settings);
    }
  }
  return out;
}

}  // namespace plancast
