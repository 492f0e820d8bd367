// Each target kind's probability of being met, against hand-computed cases.
//
// The projections here are made by hand: draw d of the target year holds a
// known value, so the share of draws meeting the target is countable.
#define BOOST_TEST_MODULE target_kinds
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <functional>

#include "tests/support/printers.h"
#include "engine//milestone.h"
#include "engine/target_judge.h"
#include "tests/support/hand_made_projection.h"
#include "tests/support/plan_builder.h"

using namespace plancast;
using namespace plancast::testing;
namespace bg = boost::gregorian;

namespace {


const bg::date kAsOf(2021, 6, 30);

}  // namespace

BOOST_AUTO_TEST_SUITE(TargetKinds)

BOOST_AUTO_TEST_CASE(level_target_counts_draws_at_or_above_target) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2019, 10}, {2020, 20}});
  ind.target = LevelTarget(2025, 900);
  const auto p = HandMade({{2019, 10}, {2020, 20}}, [](int, size_t d) { return double(d); });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_TEST(*v.result.p_meet == 0.1, boost::test_tools::tolerance(1e-12));  // draws 900..999
  BOOST_TEST(v.result.status == TargetStatus::kOffTrack);
  BOOST_TEST(v.result.projection->value == 499.5, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(v.met_by_draw[899] == 0);
  BOOST_TEST(v.met_by_draw[900] == 1);
}

BOOST_AUTO_TEST_CASE(rank_target_rounds_and_lower_is_better) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "rank", {{2019, 20}, {2020, 11}});
  ind.direction = Direction::kDecrease;
  ind.bounds = Bounds{1, 89};
  ind.target = LevelTarget(2025, 10, TargetKind::kRank);
  // Draws 9.0 .. 12.996: rank <= 10 after rounding means value < 10.5, d < 375.
  const auto p = HandMade({{2019, 20}, {2020, 11}}, [](int, size_t d) { return 9.0 + 4.0 * d / 1000; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_TEST(*v.result.p_meet == 0.375, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(v.result.status == TargetStatus::kOffTrack);
}

BOOST_AUTO_TEST_CASE(cumulative_target_on_a_stock_uses_its_increase) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "enterprises", {{2015, 46}, {2020, 297}});
  ind.target = LevelTarget(2025, 300, TargetKind::kCumulative);  // 300 new 2021-2025
  const auto p = HandMade({{2015, 46}, {2020, 297}}, [](int, size_t d) { return 297.0 + d; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_TEST(*v.result.p_meet == 0.7, boost::test_tools::tolerance(1e-12));  // increase >= 300: d >= 300
  BOOST_TEST(*v.result.achieved_so_far == 0.0);
  BOOST_TEST(v.result.status == TargetStatus::kAtRisk);
}

BOOST_AUTO_TEST_CASE(cumulative_target_on_a_flow_sums_the_period) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "new_firms", {{2020, 40}, {2021, 50}});
  ind.is_flow = true;
  ind.target = LevelTarget(2025, 250, TargetKind::kCumulative);
  // 2021 is known (50); 2022-2025 each d/10: sum = 50 + 0.4 d >= 250 iff d >= 500.
  const auto p = HandMade({{2020, 40}, {2021, 50}}, [](int, size_t d) { return d / 10.0; });
  const Verdict v = JudgeIndicator(plan, ind, p, bg::date(2022, 3, 1));
  BOOST_TEST(*v.result.p_meet == 0.5, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(*v.result.achieved_so_far == 50.0);
  // Still needed: 200 over 4 years.
  BOOST_TEST(v.result.required_annual_change->value == 50.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(growth_target_reads_average_annual_growth) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "fund", {{2015, 50}, {2020, 100}});
  ind.target = LevelTarget(2025, 10, TargetKind::kGrowth);  // >= 10%/yr over 2021-2025
  const double needed = 100 * std::pow(1.1, 5);
  // Draw d reaches needed * (d + 0.5) / 500: growth >= 10% iff d >= 500.
  const auto p = HandMade({{2015, 50}, {2020, 100}}, [&](int, size_t d) { return needed * (d + 0.5) / 500; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_TEST(*v.result.p_meet == 0.5, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(v.result.projection->value == 10.0, boost::test_tools::tolerance(0.01));
}

BOOST_AUTO_TEST_CASE(inverse_paces_shift_the_spread_onto_a_new_path) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "share", {{2019, 1.0}, {2020, 2.0}});
  ind.unit = "%";
  ind.target = LevelTarget(2025, 5.0);
  // Symmetric draws 2025: 3 + (d - 499.5)/500, median 3.0, 20% quantile ~2.6.
  const auto p = HandMade({{2019, 1.0}, {2020, 2.0}}, [](int, size_t d) { return 3.0 + (d - 499.5) / 500.0; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_TEST(v.result.pace_for_p50->value == 0.6, boost::test_tools::tolerance(1e-6));  // (5 - 2) / 5
  const double q20 = 3.0 + (0.2 * 999 - 499.5) / 500.0;
  BOOST_TEST(v.result.pace_for_p80->value == (5.0 + (3.0 - q20) - 2.0) / 5, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(v.result.required_annual_change->value == 0.6, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(already_met_is_achieved) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2019, 10}, {2020, 20}});
  ind.target = LevelTarget(2025, 15);
  const auto p = HandMade({{2019, 10}, {2020, 20}}, [](int, size_t d) { return double(d); });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_TEST(v.result.status == TargetStatus::kAchieved);
  BOOST_TEST(v.result.progress_class == ProgressClass::kTargetMet);
  BOOST_TEST(*v.result.crossing_year == 2020);
}

BOOST_AUTO_TEST_CASE(milestones_by_date_leap_years_included) {
  Target t;
  t.kind = TargetKind::kMilestone;
  t.year = 2024;
  t.due = bg::date(2024, 2, 29);
  auto state = [&](bg::date as_of) { return CheckMilestone(t, as_of).state; };
  BOOST_TEST((state(bg::date(2023, 11, 30)) == MilestoneState::kOnTime));   // 91 days before
  BOOST_TEST(CheckMilestone(t, bg::date(2023, 12, 1)).days_left == 90);
  BOOST_TEST((state(bg::date(2023, 12, 1)) == MilestoneState::kDueSoon));
  BOOST_TEST((state(bg::date(2024, 2, 29)) == MilestoneState::kDueSoon));   // due today
  BOOST_TEST((state(bg::date(2024, 3, 1)) == MilestoneState::kOverdue));
  BOOST_TEST(CheckMilestone(t, bg::date(2024, 3, 1)).days_left == -1);
  t.done_on = bg::date(2024, 1, 15);
  BOOST_TEST((state(bg::date(2024, 1, 14)) == MilestoneState::kDueSoon));   // not yet done then
  BOOST_TEST((state(bg::date(2024, 1, 15)) == MilestoneState::kDone));
  BOOST_TEST(MilestoneStatus(MilestoneState::kOverdue) == TargetStatus::kOffTrack);
  // Without a due date a milestone is due at the end of its year.
  Target plain;
  plain.kind = TargetKind::kMilestone;
  plain.year = 2023;
  BOOST_TEST(CheckMilestone(plain, bg::date(2023, 12, 31)).days_left == 0);
}

BOOST_AUTO_TEST_SUITE_END()
