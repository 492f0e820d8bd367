// forecast --owner: the plan narrowed to one unit's indicators and the goals above them
// (engine/owner_scope.h), and AssessPlan rolling up over what is kept.
#define BOOST_TEST_MODULE owner_scope
#include <boost/test/unit_test.hpp>

#include "engine/assess.h"
#include "engine/owner_scope.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/plan_loader.h"

using namespace plancast;

namespace {

const char* kPlan = R"(schema: 1
plan: {id: t, name: T, period: {start: 2021, end: 2025}, baseline_year: 2020, as_of: 2021-06-30}
goals:
  - id: top
    name: Top
    children:
      - {id: science, name: Science}
      - {id: market, name: Market}
indicators:
  - {id: a, name: A, direction: increase, goals: [science], owner: 市科技局,
     history: {2016: 1, 2017: 2, 2018: 3, 2019: 4, 2020: 5}, target: {year: 2025, value: 10}}
  - {id: b, name: B, direction: increase, goals: [market], owner: 市市场监管局,
     history: {2016: 1, 2017: 1.1, 2018: 1.2, 2019: 1.3, 2020: 1.4}, target: {year: 2025, value: 50}}
  - {id: c, name: C, direction: increase, goals: [market], formula: "a * 2", target: {year: 2025, value: 20},
     owner: 市市场监管局}
scenarios:
  - {name: push, overrides: [{indicator: b, growth: 80}]}
)";

Plan Load() {
  Diagnostics d;
  std::optional<Plan> plan = ParsePlan(kPlan, "t.yaml", &d);
  BOOST_TEST_REQUIRE(plan.has_value(), d.ToString());
  return *plan;
}

}  // namespace

BOOST_AUTO_TEST_CASE(scope_keeps_the_goals_above_the_kept_indicators) {
  const Plan plan = Load();
  BOOST_TEST((PlanOwners(plan) == std::vector<std::string>{"市科技局", "市市场监管局"}));
  const Plan scope = ScopePlan(plan, OwnerIndicatorsOrThrow(plan, "市科技局"));
  BOOST_TEST_REQUIRE(scope.indicators.size() == 1u);
  BOOST_TEST_REQUIRE(scope.goals.size() == 2u);
  BOOST_TEST(scope.goals[0].id == "top");
  BOOST_TEST((scope.goals[0].children == std::vector<std::string>{"science"}));
  BOOST_TEST(scope.goals[1].id == "science");
}

BOOST_AUTO_TEST_CASE(unknown_owner_is_an_input_error_with_the_owners) {
  const Plan plan = Load();
  try {
    OwnerIndicatorsOrThrow(plan, "市科技");
    BOOST_FAIL("no error");
  } catch (const InputError& e) {
    BOOST_TEST(e.diagnostics().ToString().find("did you mean '市科技局'? owners in this plan: 市科技局, 市市场监管局") !=
               std::string::npos, e.diagnostics().ToString());
  }
}

BOOST_AUTO_TEST_CASE(owner_report_matches_the_full_run_and_rolls_up_over_what_is_kept) {
  const Plan plan = Load();
  AssessOptions options;
  options.as_of = *plan.as_of;
  options.scenario = "push";
  const Assessment full = AssessPlan(plan, options);
  options.owner = "市市场监管局";
  const Assessment unit = AssessPlan(plan, options);
  BOOST_TEST_REQUIRE(unit.indicators.size() == 2u);
  BOOST_TEST(unit.plan->indicators.size() == 2u);
  // The derived indicator still sees its input of another unit: same verdict as in the full run.
  for (size_t k = 0; k < 2; ++k) {
    BOOST_TEST(unit.indicators[k].indicator == &unit.plan->indicators[k]);
    BOOST_TEST(unit.indicators[k].indicator->id == full.indicators[k + 1].indicator->id);
    BOOST_TEST(unit.indicators[k].p_meet.value_or(-1) == full.indicators[k + 1].p_meet.value_or(-1));
    BOOST_TEST(unit.indicators[k].scenario_assumptions == full.indicators[k + 1].scenario_assumptions);
  }
  BOOST_TEST_REQUIRE(unit.scenario != nullptr);
  BOOST_TEST(unit.scenario->name == "push");
  BOOST_TEST_REQUIRE(unit.goals.size() == 2u);  // top and market; science has nothing kept
  BOOST_TEST(unit.goals[1].goal->id == "market");
  // `market` holds the same indicators in both runs, so its roll-up is the same.
  BOOST_TEST(unit.goals[1].progress_score.value_or(-1) == full.goals[2].progress_score.value_or(-1));
  BOOST_TEST(unit.overall.progress_score.value_or(-1) == unit.goals[1].progress_score.value_or(-1));
  BOOST_TEST((unit.run.notes.back().code == WarningCode::kRunOwnerScope));
  BOOST_TEST(unit.run.notes.back().Arg("owner")->text == "市市场监管局");
  BOOST_TEST(unit.run.notes.back().Arg("kept")->text == "2");
}
