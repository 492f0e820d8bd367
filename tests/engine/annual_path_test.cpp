// 年度分解 (issue 12 item 2): annual paths as written and spread evenly along
// the pace kind, and each year with a figure judged against its own target,
// against hand-computed values.
#define BOOST_TEST_MODULE annual_path
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "engine/annual_path.h"
#include "tests/support/hand_made_projection.h"
#include "tests/support/plan_builder.h"
#include "tests/support/printers.h"

using namespace plancast;
using namespace plancast::testing;
namespace tt = boost::test_tools;

namespace {

std::vector<AnnualStep> Path(const std::vector<std::pair<int, double>>& history, Target target, PaceKind kind,
                             bool flow = false, Direction direction = Direction::kIncrease) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", history);
  ind.is_flow = flow;
  ind.direction = direction;
  const auto p = HandMade(history, [](int, size_t d) { return double(d); });
  return AnnualPath(plan, ind, target, p, kind);
}

Target Even(double value, TargetKind kind = TargetKind::kLevel) {
  Target t = LevelTarget(2025, value, kind);
  t.annual_even = true;
  return t;
}

}  // namespace

BOOST_AUTO_TEST_CASE(even_slope_takes_equal_steps_and_judges_known_years) {
  // 2020: 2.0 -> 2025: 3.0 in five equal steps of 0.2: 2.2, 2.4, 2.6, 2.8, 3.0.
  const auto steps = Path({{2020, 2.0}, {2021, 2.3}, {2022, 2.3}}, Even(3.0), PaceKind::kSlope);
  BOOST_TEST_REQUIRE(steps.size() == 5u);
  BOOST_TEST(steps[0].target == 2.2, tt::tolerance(1e-12));
  BOOST_TEST(steps[4].target == 3.0, tt::tolerance(1e-12));
  BOOST_TEST(steps[0].state == AnnualState::kAhead);
  BOOST_TEST(*steps[0].gap == 0.1, tt::tolerance(1e-9));
  BOOST_TEST(steps[1].state == AnnualState::kBehind);
  BOOST_TEST(*steps[1].gap == -0.1, tt::tolerance(1e-9));
  BOOST_TEST(steps[2].state == AnnualState::kPending);
  BOOST_TEST(*steps[2].projected == 499.5, tt::tolerance(1e-9));  // median of draws 0..999
}

BOOST_AUTO_TEST_CASE(even_growth_takes_equal_rates) {
  // 100 -> 161.051 is 10%/yr: 110, 121, 133.1, ...
  const auto steps = Path({{2020, 100}, {2021, 109}}, Even(161.051), PaceKind::kGrowthRate);
  BOOST_TEST_REQUIRE(steps.size() == 5u);
  BOOST_TEST(steps[0].target == 110.0, tt::tolerance(1e-9));
  BOOST_TEST(steps[2].target == 133.1, tt::tolerance(1e-9));
  BOOST_TEST(steps[0].state == AnnualState::kBehind);
  BOOST_TEST(*steps[0].gap == -1.0, tt::tolerance(1e-9));
  // A growth target: its level path, 100 * 1.05^n.
  const auto growth = Path({{2020, 100}}, Even(5, TargetKind::kGrowth), PaceKind::kGrowthRate);
  BOOST_TEST(growth[1].target == 110.25, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(even_cumulative_flow_takes_equal_shares_and_a_stock_equal_steps) {
  // 50 over 2021-2025: 10 a year; 2021's 12 is ahead by 2.
  const auto flow = Path({{2020, 8}, {2021, 12}}, Even(50, TargetKind::kCumulative), PaceKind::kSlope, true);
  BOOST_TEST(flow[0].target == 10.0, tt::tolerance(1e-12));
  BOOST_TEST(*flow[0].gap == 2.0, tt::tolerance(1e-12));
  BOOST_TEST(flow[3].target == 10.0, tt::tolerance(1e-12));
  // A stock's increase since 2020 (297): 300 over five years, 60 a year; 2021 at 340 is +43, behind by 17.
  const auto stock = Path({{2020, 297}, {2021, 340}}, Even(300, TargetKind::kCumulative), PaceKind::kSlope);
  BOOST_TEST(stock[0].target == 60.0, tt::tolerance(1e-12));
  BOOST_TEST(*stock[0].actual == 43.0, tt::tolerance(1e-12));
  BOOST_TEST(stock[0].state == AnnualState::kBehind);
  BOOST_TEST(stock[1].target == 120.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(written_years_are_judged_in_the_indicators_direction) {
  Target t = LevelTarget(2025, 5.0);
  t.annual = {{2021, 6.0}, {2022, 5.5}};
  // A ceiling (decrease): 5.8 <= 6.0 is ahead, 5.7 > 5.5 is behind by 0.2.
  const auto steps = Path({{2020, 6.2}, {2021, 5.8}, {2022, 5.7}}, t, PaceKind::kSlope, false, Direction::kDecrease);
  BOOST_TEST_REQUIRE(steps.size() == 2u);
  BOOST_TEST(steps[0].state == AnnualState::kAhead);
  BOOST_TEST(steps[1].state == AnnualState::kBehind);
  BOOST_TEST(*steps[1].gap == 0.2, tt::tolerance(1e-9));
  // Without `annual:` there is no path.
  BOOST_TEST(Path({{2020, 6.2}}, LevelTarget(2025, 5.0), PaceKind::kSlope).empty());
}
