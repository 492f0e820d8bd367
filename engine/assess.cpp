#include "engine/assess.h"

#include <algorithm>

#include "engine/plan/diagnostics.h"
#include "engine/plan/goal_graph.h"
#include "engine/goal_rollup.h"
#include "engine/owner_scope.h"
#include "engine/projection.h"
#include "engine/scenario.h"
#include "engine/target_judge.h"

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
    if (i.target) last_year = std::max(last_year, i.target->year);
  }
  settings.horizon_end_year = last_year + options.crossing_search_years;
  return settings;
}

// Derived indicators (and scenario overrides) on top of the measured
// projections, in evaluation order.
std::vector<IndicatorProjection> Evaluate(const Plan& plan, const GoalGraph& graph,
                                          const std::vector<IndicatorProjection>& measured,
                                          const ProjectionSettings& settings, const Scenario* scenario,
                                          std::vector<std::vector<std::string>>* assumptions) {
  std::vector<IndicatorProjection> projections = measured;
  assumptions->assign(plan.indicators.size(), {});
  for (size_t i : graph.IndicatorOrder()) {
    const Indicator& indicator = plan.indicators[i];
    if (const Formula* formula = graph.FormulaOf(i)) {
      std::vector<const IndicatorProjection*> inputs;
      for (size_t input : graph.InputsOf(i)) inputs.push_back(&projections[input]);
      projections[i] = ProjectDerived(indicator, *formula, inputs, settings);
    }
    if (scenario == nullptr) continue;
    for (const ScenarioOverride& o : scenario->overrides) {
      if (o.indicator != indicator.id) continue;
      (*assumptions)[i].push_back(ApplyScenarioOverride(o, indicator, settings.horizon_end_year, &projections[i]));
    }
  }
  return projections;
}

Outcome Judge(const Plan& plan, const GoalGraph& graph, const std::vector<IndicatorProjection>& projections,
              const AssessOptions& options) {
  Outcome outcome;
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    Verdict verdict = JudgeIndicator(plan, plan.indicators[i], projections[i], options.as_of);
    verdict.result.model = options.method;
    if (const Formula* formula = graph.FormulaOf(i)) verdict.result.derived_from = formula->Variables();
    outcome.indicators.push_back(std::move(verdict.result));
    outcome.met_by_draw.push_back(std::move(verdict.met_by_draw));
  }
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

Assessment AssessPlan(const Plan& full_plan, const AssessOptions& options) {
  std::vector<int> hidden;
  const std::shared_ptr<const Plan> visible = VisiblePlan(full_plan, options.as_of, &hidden);
  const Plan& plan = *visible;
  Diagnostics diagnostics;
  std::optional<GoalGraph> graph = GoalGraph::Build(plan, &diagnostics);
  if (!graph) throw InputError(std::move(diagnostics));
  const Scenario* scenario = options.scenario.empty() ? nullptr : &ScenarioOrThrow(plan, options.scenario);

  const ProjectionSettings settings = SettingsFor(plan, options);
  std::vector<IndicatorProjection> measured(plan.indicators.size());
  int ignored = 0;
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    if (plan.indicators[i].formula.empty()) measured[i] = ProjectMeasured(plan.indicators[i], settings);
    measured[i].ignored_after_as_of = hidden[i];
    ignored += hidden[i];
  }
  std::vector<std::vector<std::string>> assumptions;
  Outcome outcome = Judge(plan, *graph, Evaluate(plan, *graph, measured, settings, scenario, &assumptions), options);
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
    std::vector<std::vector<std::string>> none;
    Outcome baseline = Judge(plan, *graph, Evaluate(plan, *graph, measured, settings, nullptr, &none), options);
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

}  // namespace plancast
