// Roll-up: weighted progress scores, binding vetoes, joint p(all binding).
#define BOOST_TEST_MODULE goal_rollup
#include <boost/test/unit_test.hpp>

#include "tests/support/printers.h"
#include "engine//goal_rollup.h"
#include "engine/simulation.h"
#include "tests/support/plan_builder.h"

using namespace plancast;
using namespace plancast::testing;

namespace {

IndicatorResult Result(const Indicator& indicator, TargetStatus status, std::optional<double> p) {
  IndicatorResult r;
  r.indicator = &indicator;
  r.status = status;
  r.p_meet = p;
  return r;
}

// Met in draws [from, to).
std::vector<std::uint8_t> MetBetween(size_t from, size_t to) {
  std::vector<std::uint8_t> met(kDraws, 0);
  for (size_t d = from; d < to; ++d) met[d] = 1;
  return met;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(GoalRollUp)

BOOST_AUTO_TEST_CASE(progress_score_is_the_weighted_mean_of_children) {
  Plan plan = MakePlan();
  AddGoal(plan, "hub");
  AddGoal(plan, "a", "hub", 3.0);
  AddGoal(plan, "b", "hub", 1.0);
  AddIndicator(plan, "x", {}, {"a"});
  AddIndicator(plan, "y", {}, {"a"}).goal_weights["a"] = 3.0;
  AddIndicator(plan, "z", {}, {"b"});
  const std::vector<IndicatorResult> results = {
      Result(plan.indicators[0], TargetStatus::kOnTrack, 0.8),
      Result(plan.indicators[1], TargetStatus::kAchieved, 0.95),  // achieved counts as 1
      Result(plan.indicators[2], TargetStatus::kOffTrack, 0.2)};
  std::vector<GoalResult> goals;
  GoalResult overall;
  RollUpGoals(plan, results, {{}, {}, {}}, &goals, &overall);
  // a = (1*0.8 + 3*1.0) / 4 = 0.95; b = 0.2; hub = (3*0.95 + 1*0.2) / 4 = 0.7625.
  BOOST_TEST(*goals[1].progress_score == 0.95, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(goals[1].status == TargetStatus::kOnTrack);
  BOOST_TEST(*goals[2].progress_score == 0.2, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(goals[2].status == TargetStatus::kOffTrack);
  BOOST_TEST(*goals[0].progress_score == 0.7625, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(goals[0].status == TargetStatus::kOnTrack);  // no binding child: no veto
  BOOST_TEST(*overall.progress_score == 0.7625, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(goals[0].counts[static_cast<int>(TargetStatus::kOffTrack)] == 1);
  BOOST_TEST(!goals[0].p_all_binding.has_value());
}

BOOST_AUTO_TEST_CASE(a_binding_indicator_vetoes_a_better_status) {
  Plan plan = MakePlan();
  AddGoal(plan, "hub");
  AddIndicator(plan, "good1", {}, {"hub"});
  AddIndicator(plan, "good2", {}, {"hub"});
  AddIndicator(plan, "rd", {}, {"hub"}).binding = true;
  const std::vector<IndicatorResult> results = {Result(plan.indicators[0], TargetStatus::kAchieved, 1.0),
                                                Result(plan.indicators[1], TargetStatus::kAchieved, 1.0),
                                                Result(plan.indicators[2], TargetStatus::kOffTrack, 0.3)};
  std::vector<GoalResult> goals;
  GoalResult overall;
  RollUpGoals(plan, results, {MetBetween(0, 1000), MetBetween(0, 1000), MetBetween(0, 300)}, &goals, &overall);
  // Score (1 + 1 + 0.3) / 3 = 0.767 would read on_track; the binding rd holds it at off_track.
  BOOST_TEST(goals[0].status == TargetStatus::kOffTrack);
  BOOST_TEST(goals[0].status_reason.find("rd") != std::string::npos);
  BOOST_TEST(*goals[0].p_all_binding == 0.3, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(p_all_binding_is_joint_not_a_product) {
  Plan plan = MakePlan();
  AddGoal(plan, "hub");
  AddIndicator(plan, "a", {}, {"hub"}).binding = true;
  AddIndicator(plan, "b", {}, {"hub"}).binding = true;
  const std::vector<IndicatorResult> results = {Result(plan.indicators[0], TargetStatus::kAtRisk, 0.6),
                                                Result(plan.indicators[1], TargetStatus::kAtRisk, 0.7)};
  std::vector<GoalResult> goals;
  GoalResult overall;
  // a met in draws 0-599, b in 300-999: both in 300-599 = 30% (a product would say 42%).
  RollUpGoals(plan, results, {MetBetween(0, 600), MetBetween(300, 1000)}, &goals, &overall);
  BOOST_TEST(*goals[0].p_all_binding == 0.3, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(*overall.p_all_binding == 0.3, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(goals_without_verdicts_are_insufficient_data) {
  Plan plan = MakePlan();
  AddGoal(plan, "empty");
  AddIndicator(plan, "x", {}, {"empty"});
  std::vector<GoalResult> goals;
  GoalResult overall;
  RollUpGoals(plan, {Result(plan.indicators[0], TargetStatus::kInsufficientData, std::nullopt)}, {{}}, &goals,
              &overall);
  BOOST_TEST(goals[0].status == TargetStatus::kInsufficientData);
  BOOST_TEST(!goals[0].progress_score.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
