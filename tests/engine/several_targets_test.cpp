// Several targets per indicator (`targets:`, issue 12 item 1): each judged on
// its own by the same pipeline, on the same draws; the plan-period one keeps
// the indicator's top-level fields; later ones are long-range goals.
#define BOOST_TEST_MODULE several_targets
#include <boost/test/unit_test.hpp>

#include "engine/plan/diagnostics.h"
#include "engine/plan/plan_loader.h"
#include "engine/target_judge.h"
#include "tests/support/hand_made_projection.h"
#include "tests/support/plan_builder.h"
#include "tests/support/printers.h"

using namespace plancast;
using namespace plancast::testing;
namespace bg = boost::gregorian;
namespace tt = boost::test_tools;

namespace {

Target At(int year, double value, int line) {
  Target t = LevelTarget(year, value);
  t.where = {"test.yaml", line, 9};
  return t;
}

// History 2019: 10, 2020: 20; draw d of year Y is d + 100 (Y - 2025), so
// P(level >= v in Y) = (1000 - (v - 100 (Y - 2025))) / 1000, counted by hand.
struct Fixture {
  Plan plan = MakePlan();
  Indicator* ind = nullptr;
  IndicatorProjection projection = HandMade({{2019, 10}, {2020, 20}},
                                            [](int year, size_t d) { return d + 100.0 * (year - 2025); }, 2035);
  Fixture() {
    ind = &AddIndicator(plan, "x", {{2019, 10}, {2020, 20}});
    ind->pace = PaceKind::kSlope;
    ind->targets = {At(2023, 200, 19), At(2025, 900, 20), At(2035, 1500, 21)};
    ind->target = ind->targets[1];
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(SeveralTargets, Fixture)

BOOST_AUTO_TEST_CASE(each_target_is_judged_on_its_own) {
  const Verdict v = JudgeIndicator(plan, *ind, projection, bg::date(2021, 6, 30));
  BOOST_TEST_REQUIRE(v.result.targets.size() == 3u);
  const TargetResult& mid = v.result.targets[0];
  const TargetResult& end = v.result.targets[1];
  const TargetResult& far = v.result.targets[2];
  // 2023: d - 200 >= 200 iff d >= 400: P 0.6, at risk (0.40 <= P < 0.75).
  BOOST_TEST(*mid.p_meet == 0.6, tt::tolerance(1e-12));
  BOOST_TEST(mid.status == TargetStatus::kAtRisk);
  BOOST_TEST(!mid.plan_period);
  BOOST_TEST(!mid.long_range);
  // 2025: d >= 900: P 0.1, off track; the top-level fields are this one's.
  BOOST_TEST(end.plan_period);
  BOOST_TEST(*end.p_meet == 0.1, tt::tolerance(1e-12));
  BOOST_TEST(*v.result.p_meet == 0.1, tt::tolerance(1e-12));
  BOOST_TEST(v.result.status == TargetStatus::kOffTrack);
  BOOST_TEST(end.status == TargetStatus::kOffTrack);
  BOOST_TEST(v.result.projection->year == 2025);
  // 2035: d + 1000 >= 1500 iff d >= 500: P 0.5, at risk; a long-range goal.
  BOOST_TEST(far.long_range);
  BOOST_TEST(!far.plan_period);
  BOOST_TEST(*far.p_meet == 0.5, tt::tolerance(1e-12));
  BOOST_TEST(far.status == TargetStatus::kAtRisk);
  BOOST_TEST(far.projection->year == 2035);
  BOOST_TEST(far.projection->value == 1499.5, tt::tolerance(1e-9));  // median of d + 1000
  // Pace needed from the latest figure (2020: 20) to 1500 in 2035: 1480 / 15 a year.
  BOOST_TEST(far.required_annual_change->value == 1480.0 / 15, tt::tolerance(1e-12));
  BOOST_TEST(*far.days_left == (bg::date(2035, 12, 31) - bg::date(2021, 6, 30)).days());
  // The joint draws of the goal roll-up stay the plan-period target's.
  BOOST_TEST(v.met_by_draw[899] == 0);
  BOOST_TEST(v.met_by_draw[900] == 1);
}

BOOST_AUTO_TEST_CASE(a_lone_target_is_its_only_entry) {
  ind->targets.clear();
  const Verdict v = JudgeIndicator(plan, *ind, projection, bg::date(2021, 6, 30));
  BOOST_TEST_REQUIRE(v.result.targets.size() == 1u);
  BOOST_TEST(v.result.targets[0].plan_period);
  BOOST_TEST(*v.result.targets[0].p_meet == 0.1, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_SUITE_END()

// The loader picks the plan-period target: the one due in the plan's last
// year, else the latest before it; later ones stay in `targets` only.
BOOST_AUTO_TEST_CASE(loader_picks_the_plan_period_target) {
  const std::string head =
      "plan: {id: t, name: T, period: {start: 2021, end: 2025}, baseline_year: 2020}\n"
      "indicators:\n"
      "  - id: x\n    name: X\n    direction: increase\n    history: {2019: 1, 2020: 2}\n    targets:\n";
  Diagnostics diagnostics;
  std::optional<Plan> plan =
      ParsePlan(head + "      - {year: 2035, value: 9}\n      - {year: 2023, value: 3}\n      - {year: 2024, value: 4}\n",
                "p.yaml", &diagnostics);
  BOOST_TEST_REQUIRE(plan.has_value());
  const Indicator& x = plan->indicators[0];
  BOOST_TEST(x.targets.size() == 3u);
  BOOST_TEST_REQUIRE(x.target.has_value());
  BOOST_TEST(x.target->year == 2024);  // none in 2025: the latest before it
  BOOST_TEST(x.target->where.line == 10);
  plan = ParsePlan(head + "      - {year: 2035, value: 9}\n", "p.yaml", &diagnostics);
  BOOST_TEST_REQUIRE(plan.has_value());
  BOOST_TEST(!plan->indicators[0].target.has_value());  // a long-range goal only
  BOOST_TEST(plan->indicators[0].targets.size() == 1u);
}

// The loader's bands: a range's midpoint as value; "about" with a relative
// or an absolute tolerance.
BOOST_AUTO_TEST_CASE(loader_reads_range_and_about) {
  Diagnostics diagnostics;
  const std::optional<Plan> plan = ParsePlan(
      "plan: {id: t, name: T, period: {start: 2021, end: 2025}, baseline_year: 2020}\n"
      "indicators:\n"
      "  - id: x\n    name: X\n    direction: increase\n    history: {2019: 1, 2020: 2}\n    targets:\n"
      "      - {year: 2025, range: [3.3, 3.7]}\n"
      "      - {year: 2030, value: 5, about: true, tolerance: 5%}\n"
      "      - {year: 2035, value: 6, about: true, tolerance: 0.5}\n",
      "p.yaml", &diagnostics);
  BOOST_TEST_REQUIRE(plan.has_value());
  const std::vector<Target>& t = plan->indicators[0].targets;
  BOOST_TEST_REQUIRE(t.size() == 3u);
  BOOST_TEST(t[0].band->lo == 3.3);
  BOOST_TEST(t[0].band->hi == 3.7);
  BOOST_TEST(t[0].value == 3.5, tt::tolerance(1e-12));
  BOOST_TEST(!t[0].band->about);
  BOOST_TEST(t[1].band->about);
  BOOST_TEST(t[1].band->tolerance_relative);
  BOOST_TEST(t[1].band->lo == 4.75, tt::tolerance(1e-12));
  BOOST_TEST(t[1].band->hi == 5.25, tt::tolerance(1e-12));
  BOOST_TEST(!t[2].band->tolerance_relative);
  BOOST_TEST(t[2].band->lo == 5.5, tt::tolerance(1e-12));
}
