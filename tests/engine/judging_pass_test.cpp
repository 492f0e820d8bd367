// The judging pass (engine/judging_pass.h): the same verdicts as projecting
// every indicator first and judging after, while holding only the projections
// a derived indicator still has to read (a plan's draws used to be held whole:
// ~250 KB per indicator until the end of the run).
#define BOOST_TEST_MODULE judging_pass
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <optional>

#include "engine/judging_pass.h"
#include "engine/plan/goal_graph.h"
#include "engine/scenario.h"
#include "engine/target_judge.h"
#include "tests/support/plan_builder.h"
#include "tests/support/printers.h"

using namespace plancast;
using namespace plancast::testing;

namespace {

std::vector<std::pair<int, double>> Growing(double start, double rate, double wiggle) {
  std::vector<std::pair<int, double>> history;
  for (int year = 2012; year <= 2020; ++year) {
    history.emplace_back(year, start * std::pow(1 + rate, year - 2012) * (1 + wiggle * std::sin(year * 1.3)));
  }
  return history;
}

// `measured` plain indicators m0.. with targets, then d1 = m0 + m1, d2 = d1 * 2
// (two levels), and a scenario overriding m0 (so d1 and d2 differ under it).
Plan MixedPlan(int measured) {
  Plan plan = MakePlan();
  AddGoal(plan, "g");
  for (int k = 0; k < measured; ++k) {
    AddIndicator(plan, "m" + std::to_string(k), Growing(100 + k, 0.03 + 0.01 * (k % 4), 0.02), {"g"}).target =
        LevelTarget(2025, 130 + k);
  }
  Indicator& d1 = AddIndicator(plan, "d1", {}, {"g"});
  d1.formula = "m0 + m1";
  d1.target = LevelTarget(2025, 260);
  Indicator& d2 = AddIndicator(plan, "d2", {}, {"g"});
  d2.formula = "d1 * 2";
  d2.target = LevelTarget(2025, 500);
  Scenario push;
  push.name = "push";
  push.overrides.push_back({"m0", 2021, 10.0, PaceKind::kGrowthRate, {}});
  plan.scenarios.push_back(push);
  return plan;
}

JudgingPassInput InputFor(const Plan& plan, const GoalGraph& graph, const Scenario* scenario) {
  JudgingPassInput input{&plan, &graph, {}, ForecastMethod::kDefault, scenario, std::vector<int>(plan.indicators.size())};
  input.settings.as_of = *plan.as_of;
  input.settings.horizon_end_year = 2035;
  input.settings.seed = 11;
  return input;
}

// The reference: every projection first (held together), then every verdict.
std::vector<Verdict> AllAtOnce(const Plan& plan, const GoalGraph& graph, const ProjectionSettings& settings,
                               const Scenario* scenario) {
  std::vector<IndicatorProjection> projections(plan.indicators.size());
  for (size_t i : graph.IndicatorOrder()) {
    if (const Formula* formula = graph.FormulaOf(i)) {
      std::vector<const IndicatorProjection*> inputs;
      for (size_t input : graph.InputsOf(i)) inputs.push_back(&projections[input]);
      projections[i] = ProjectDerived(plan.indicators[i], *formula, inputs, settings);
    } else {
      projections[i] = ProjectMeasured(plan.indicators[i], settings);
    }
    for (const ScenarioOverride& o : scenario ? scenario->overrides : std::vector<ScenarioOverride>{}) {
      if (o.indicator == plan.indicators[i].id)
        ApplyScenarioOverride(o, plan.indicators[i], settings.horizon_end_year, &projections[i]);
    }
  }
  std::vector<Verdict> verdicts;
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    verdicts.push_back(JudgeIndicator(plan, plan.indicators[i], projections[i], settings.as_of));
  }
  return verdicts;
}

void CheckSame(const JudgedIndicators& pass, const std::vector<Verdict>& reference) {
  BOOST_REQUIRE(pass.indicators.size() == reference.size());
  for (size_t i = 0; i < reference.size(); ++i) {
    const IndicatorResult& a = pass.indicators[i];
    const IndicatorResult& b = reference[i].result;
    BOOST_TEST_CONTEXT("indicator " << i) {
      BOOST_TEST(a.indicator == b.indicator);
      BOOST_TEST(a.status == b.status);
      BOOST_TEST(a.p_meet.has_value() == b.p_meet.has_value());
      if (a.p_meet && b.p_meet) BOOST_TEST(*a.p_meet == *b.p_meet);  // exactly: same draws
      BOOST_TEST(a.projection.has_value() == b.projection.has_value());
      if (a.projection && b.projection) {
        BOOST_TEST(a.projection->value == b.projection->value);
        BOOST_TEST(a.projection->lo95 == b.projection->lo95);
        BOOST_TEST(a.projection->hi95 == b.projection->hi95);
      }
      BOOST_TEST(a.path.size() == b.path.size());
      BOOST_TEST(pass.met_by_draw[i] == reference[i].met_by_draw);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(JudgingPass)

BOOST_AUTO_TEST_CASE(the_pass_gives_the_verdicts_of_projecting_everything_first) {
  const Plan plan = MixedPlan(4);
  Diagnostics d;
  const std::optional<GoalGraph> graph = GoalGraph::Build(plan, &d);
  BOOST_REQUIRE_MESSAGE(graph.has_value(), d.ToString());

  const JudgingPassInput trend_only = InputFor(plan, *graph, nullptr);
  const JudgingPassResult trend = ProjectAndJudge(trend_only);
  BOOST_REQUIRE(trend.variants.size() == 1u);
  CheckSame(trend.variants[0], AllAtOnce(plan, *graph, trend_only.settings, nullptr));
  BOOST_TEST(trend.variants[0].indicators[4].status != TargetStatus::kInsufficientData);  // d1 was judged

  const JudgingPassResult both = ProjectAndJudge(InputFor(plan, *graph, &plan.scenarios[0]));
  BOOST_REQUIRE(both.variants.size() == 2u);
  const std::vector<Verdict> under_scenario = AllAtOnce(plan, *graph, trend_only.settings, &plan.scenarios[0]);
  CheckSame(both.variants[0], under_scenario);
  CheckSame(both.variants[1], AllAtOnce(plan, *graph, trend_only.settings, nullptr));
  // The override reaches m0 and, through the formulas, d1 and d2, which the trend does not see.
  for (size_t i : {0u, 4u, 5u}) {
    BOOST_TEST(both.variants[0].indicators[i].projection->value != trend.variants[0].indicators[i].projection->value);
  }
  BOOST_TEST(both.variants[0].assumptions[0].size() == 1u);
  BOOST_TEST(both.variants[1].assumptions[0].empty());
}

BOOST_AUTO_TEST_CASE(a_projection_is_held_only_while_a_derived_indicator_still_reads_it) {
  {
    Plan plan = MixedPlan(300);
    plan.indicators.resize(300);  // formulas off: every projection is dropped once judged
    Diagnostics d;
    const std::optional<GoalGraph> graph = GoalGraph::Build(plan, &d);
    BOOST_TEST(ProjectAndJudge(InputFor(plan, *graph, nullptr)).most_projections_held == 1u);
  }
  // m0 and m1 are held until d1 has read them, d1 until d2 has; the other 298 one at a time.
  const Plan plan = MixedPlan(300);
  Diagnostics d;
  const std::optional<GoalGraph> graph = GoalGraph::Build(plan, &d);
  BOOST_TEST(ProjectAndJudge(InputFor(plan, *graph, nullptr)).most_projections_held <= 3u);
  BOOST_TEST(ProjectAndJudge(InputFor(plan, *graph, &plan.scenarios[0])).most_projections_held <= 3u);
}

BOOST_AUTO_TEST_SUITE_END()
