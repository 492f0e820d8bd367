// End-to-end assessment on plans built in code: real forecasts, derived
// indicators consistent with their inputs draw by draw, scenarios.
#define BOOST_TEST_MODULE assess
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "tests/support/printers.h"
#include "engine//assess.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/formula.h"
#include "engine/projection.h"
#include "tests/support/plan_builder.h"

using namespace plancast;
using namespace plancast::testing;

namespace {

// R&D spending growing ~8%/yr, GDP ~5%/yr (deterministic wiggles), and their
// ratio as a derived share with a 2025 target.
Plan ResearchPlan() {
  Plan plan = MakePlan();
  plan.as_of = boost::gregorian::date(2021, 6, 30);
  AddGoal(plan, "innovation");
  std::vector<std::pair<int, double>> rd, gdp;
  for (int year = 2011; year <= 2020; ++year) {
    const double wiggle = 1.0 + 0.01 * std::sin(year * 1.7);
    rd.emplace_back(year, 20.0 * std::pow(1.08, year - 2011) * wiggle);
    gdp.emplace_back(year, 1000.0 * std::pow(1.05, year - 2011) / wiggle);
  }
  AddIndicator(plan, "rd_spending", rd);
  AddIndicator(plan, "gdp", gdp);
  Indicator& share = AddIndicator(plan, "rd_share", {}, {"innovation"});
  share.formula = "rd_spending / gdp * 100";
  share.unit = "%";
  share.binding = true;
  share.target = LevelTarget(2025, 3.0);
  Scenario push;
  push.name = "rd_push";
  push.overrides.push_back({"rd_spending", 2021, 15.0, PaceKind::kGrowthRate, {}});
  plan.scenarios.push_back(push);
  return plan;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Assess)

BOOST_AUTO_TEST_CASE(derived_history_and_draws_follow_the_formula) {
  const Plan plan = ResearchPlan();
  ProjectionSettings settings;
  settings.as_of = *plan.as_of;
  settings.horizon_end_year = 2030;
  settings.seed = 7;
  const IndicatorProjection rd = ProjectMeasured(plan.indicators[0], settings);
  const IndicatorProjection gdp = ProjectMeasured(plan.indicators[1], settings);
  BOOST_REQUIRE(rd.can_project && gdp.can_project);
  std::string error;
  const auto formula = Formula::Parse(plan.indicators[2].formula, &error);
  const IndicatorProjection share = ProjectDerived(plan.indicators[2], *formula, {&gdp, &rd}, settings);
  BOOST_REQUIRE(share.can_project);
  BOOST_TEST(share.known.size() == 10u);
  BOOST_TEST(share.known[0].value == rd.known[0].value / gdp.known[0].value * 100,
             boost::test_tools::tolerance(1e-12));
  // Variables() is sorted: gdp, rd_spending. Every draw is the ratio of the same draws.
  for (int year : {2021, 2025, 2030}) {
    for (size_t d : {size_t(0), size_t(123), kDraws - 1}) {
      BOOST_TEST(share.ValueAt(year, d) == rd.ValueAt(year, d) / gdp.ValueAt(year, d) * 100,
                 boost::test_tools::tolerance(1e-12));
    }
  }
  // Independent inputs: the share's spread is wider than a ratio of medians suggests nothing;
  // at least it is a real interval.
  const auto draws = share.DrawsAt(2025);
  BOOST_TEST(DrawQuantile(draws, 0.975) > DrawQuantile(draws, 0.025));
}

BOOST_AUTO_TEST_CASE(assessment_judges_the_derived_share_and_rolls_it_up) {
  const Plan plan = ResearchPlan();
  AssessOptions options;
  options.as_of = *plan.as_of;
  const Assessment a = AssessPlan(plan, options);
  const IndicatorResult& share = a.indicators[2];
  BOOST_REQUIRE(share.p_meet.has_value());
  BOOST_TEST((share.derived_from == std::vector<std::string>{"gdp", "rd_spending"}));
  BOOST_TEST(share.projection->lo95 <= share.projection->lo80);
  BOOST_TEST(share.projection->lo80 <= share.projection->value);
  BOOST_TEST(share.projection->value <= share.projection->hi80);
  BOOST_TEST(share.projection->hi80 <= share.projection->hi95);
  // The goal's p(all binding) is the share's own p(meet): it is the only binding target.
  BOOST_TEST(*a.goals[0].p_all_binding == *share.p_meet, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(a.scenario == nullptr);
  BOOST_TEST(!share.baseline_trend.has_value());
}

BOOST_AUTO_TEST_CASE(a_scenario_moves_the_derived_share_and_its_goal) {
  const Plan plan = ResearchPlan();
  AssessOptions options;
  options.as_of = *plan.as_of;
  const Assessment base = AssessPlan(plan, options);
  options.scenario = "rd_push";
  const Assessment push = AssessPlan(plan, options);
  BOOST_REQUIRE(push.scenario != nullptr);
  const IndicatorResult& share = push.indicators[2];
  BOOST_REQUIRE(share.baseline_trend.has_value());
  BOOST_TEST(share.projection->value > base.indicators[2].projection->value);
  BOOST_TEST(*share.p_meet >= *base.indicators[2].p_meet);
  BOOST_TEST(*share.baseline_trend->p_meet == *base.indicators[2].p_meet);
  BOOST_TEST(push.indicators[0].scenario_assumptions.size() == 1u);
  BOOST_TEST(*push.goals[0].progress_score >= *base.goals[0].progress_score);
  BOOST_TEST(*push.goals[0].baseline_progress_score == *base.goals[0].progress_score);
  // R&D at 15%/yr from 2021: the 2025 median is the 2020 value * 1.15^5.
  const double rd2020 = plan.indicators[0].history.back().value;
  BOOST_TEST(push.indicators[0].path.back().value == rd2020 * std::pow(1.15, 5), boost::test_tools::tolerance(1e-3));
}

BOOST_AUTO_TEST_CASE(unknown_scenario_is_an_input_error) {
  const Plan plan = ResearchPlan();
  AssessOptions options;
  options.as_of = *plan.as_of;
  options.scenario = "rd_psuh";
  try {
    AssessPlan(plan, options);
    BOOST_FAIL("expected InputError");
  } catch (const InputError& e) {
    BOOST_TEST(e.diagnostics().ToString().find("did you mean 'rd_push'?") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(same_seed_same_numbers_other_seed_other_draws) {
  const Plan plan = ResearchPlan();
  AssessOptions options;
  options.as_of = *plan.as_of;
  const Assessment a = AssessPlan(plan, options);
  const Assessment b = AssessPlan(plan, options);
  BOOST_TEST(*a.indicators[2].p_meet == *b.indicators[2].p_meet);
  BOOST_TEST(a.indicators[2].projection->hi95 == b.indicators[2].projection->hi95);
}

BOOST_AUTO_TEST_CASE(one_point_is_insufficient_data_not_a_crash) {
  Plan plan = MakePlan();
  AddIndicator(plan, "lonely", {{2020, 5.0}}).target = LevelTarget(2025, 10.0);
  AddIndicator(plan, "empty", {}).target = LevelTarget(2025, 10.0);
  AssessOptions options;
  options.as_of = *plan.as_of;
  const Assessment a = AssessPlan(plan, options);
  BOOST_TEST(a.indicators[0].status == TargetStatus::kInsufficientData);
  BOOST_TEST(a.indicators[1].status == TargetStatus::kInsufficientData);
  BOOST_TEST(!a.indicators[0].p_meet.has_value());
  BOOST_TEST(a.indicators[0].latest->value == 5.0);
}

BOOST_AUTO_TEST_CASE(as_of_hides_later_observations) {
  Plan plan = MakePlan();
  AddIndicator(plan, "x", {{2017, 1}, {2018, 2}, {2019, 3}, {2020, 4}, {2021, 5}}).target = LevelTarget(2025, 9);
  AssessOptions options;
  options.as_of = boost::gregorian::date(2019, 12, 31);
  const Assessment a = AssessPlan(plan, options);
  BOOST_TEST(a.indicators[0].latest->year == 2019);
  BOOST_TEST(a.run.notes.size() == 1u);
  BOOST_TEST((a.indicators[0].warnings.front().code == WarningCode::kIgnoredAfterAsOf));
  BOOST_TEST((a.indicators[0].warnings.front().Arg("count")->number == 2.0));
  BOOST_TEST(a.indicators[0].warnings.front().Arg("as_of")->text == "2019-12-31");
}

BOOST_AUTO_TEST_CASE(reports_see_only_the_plan_as_known_at_as_of) {
  Plan plan = MakePlan();
  AddIndicator(plan, "x", {{2018, 1}, {2019, 2}, {2020, 3}, {2021, 4}}).target = LevelTarget(2025, 9);
  AssessOptions options;
  options.as_of = boost::gregorian::date(2019, 12, 31);
  const Assessment a = AssessPlan(plan, options);
  BOOST_TEST(a.plan->indicators[0].history.size() == 2u);
  BOOST_TEST(a.indicators[0].indicator->history.back().year == 2019);
  BOOST_TEST(plan.indicators[0].history.size() == 4u);  // the caller's plan is untouched
}

BOOST_AUTO_TEST_CASE(one_point_still_says_what_pace_is_needed) {
  Plan plan = MakePlan();
  Indicator& va = AddIndicator(plan, "high_tech_va", {{2020, 167.88}});
  va.target = LevelTarget(2025, 290);
  Indicator& firms = AddIndicator(plan, "new_firms", {});
  firms.is_flow = true;
  firms.target = LevelTarget(2025, 100, TargetKind::kCumulative);
  AssessOptions options;
  options.as_of = *plan.as_of;
  const Assessment a = AssessPlan(plan, options);
  BOOST_TEST(a.indicators[0].status == TargetStatus::kInsufficientData);
  BOOST_REQUIRE(a.indicators[0].required_annual_change.has_value());
  BOOST_TEST(a.indicators[0].required_annual_change->value == (std::pow(290 / 167.88, 0.2) - 1) * 100,
             boost::test_tools::tolerance(1e-9));
  BOOST_REQUIRE(a.indicators[1].required_annual_change.has_value());
  BOOST_TEST(a.indicators[1].required_annual_change->value == 20.0);  // 100 over 2021-2025
}

BOOST_AUTO_TEST_CASE(an_indicator_serving_two_goals_counts_once_above_them) {
  Plan plan = MakePlan();
  AddGoal(plan, "top");
  AddGoal(plan, "a", "top");
  AddGoal(plan, "b", "top");
  AddIndicator(plan, "x", {{2019, 1}, {2020, 2}}, {"a", "b"}).target = LevelTarget(2025, 3);
  AssessOptions options;
  options.as_of = *plan.as_of;
  const Assessment a = AssessPlan(plan, options);
  int total = 0;
  for (int c : a.goals[0].counts) total += c;
  BOOST_TEST(total == 1);
  total = 0;
  for (int c : a.overall.counts) total += c;
  BOOST_TEST(total == 1);
}

BOOST_AUTO_TEST_SUITE_END()
