// Edge cases found in an outside review of the engine layer. Each case states
// the behaviour a planner would expect and proves the engine has it; the
// comment also names the bug it once had (each failed when written, and was
// fixed in the engine), so the test is a guard against that bug coming back.
#define BOOST_TEST_MODULE review_edge_cases
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <functional>
#include <string>

#include "engine/assess.h"
#include "engine/plan/formula.h"
#include "engine/plan/periods.h"
#include "engine/projection.h"
#include "engine/target_judge.h"
#include "tests/support/hand_made_projection.h"
#include "tests/support/plan_builder.h"
#include "tests/support/printers.h"

using namespace plancast;
using namespace plancast::testing;
namespace bg = boost::gregorian;

namespace {

// Appends an observation with a history key such as "2025-Q4" or "2025-01".
void AddObservation(Indicator& indicator, const std::string& key, double value) {
  std::string error;
  const std::optional<Period> period = ParsePeriod(key, &error);
  BOOST_REQUIRE_MESSAGE(period, error);
  Observation o;
  o.year = period->start.year();
  o.t = o.year;
  o.value = value;
  o.period = *period;
  indicator.history.push_back(o);
}

const IndicatorResult& ResultFor(const Assessment& a, const std::string& id) {
  for (const IndicatorResult& r : a.indicators) {
    if (r.indicator->id == id) return r;
  }
  BOOST_FAIL("no result for " + id);
  return a.indicators.front();
}

const bg::date kAsOf(2021, 6, 30);

}  // namespace

BOOST_AUTO_TEST_SUITE(ReviewEdgeCases)

// --- Direction of cumulative targets -------------------------------------

// A cumulative stock target honours the direction: for a `direction:
// decrease` stock with target -10 (cut by 10 from 100 -> 90), every draw at 80
// meets it, so p_meet is 1 and the status on_track. (Was: `meets` tested
// `v >= goal` whatever the direction, and p_meet came out 0.)
BOOST_AUTO_TEST_CASE(cumulative_stock_decrease_counts_draws_below_the_level) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2019, 105}, {2020, 100}});
  ind.direction = Direction::kDecrease;
  ind.target = LevelTarget(2025, -10, TargetKind::kCumulative);
  const auto p = HandMade({{2019, 105}, {2020, 100}}, [](int, size_t) { return 80.0; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_REQUIRE(v.result.p_meet.has_value());
  BOOST_TEST(*v.result.p_meet == 1.0);  // 80 <= 100 - 10
  BOOST_TEST(v.result.status == TargetStatus::kOnTrack);
}

// The same for a flow: a carbon-style budget (`direction: decrease`,
// cumulative <= 500 over 2021-2025) with 80/yr sums to 400, within budget, so
// p_meet is 1. (Was: `v >= goal` gave p_meet = 0.)
BOOST_AUTO_TEST_CASE(cumulative_flow_budget_with_decrease_direction) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2019, 90}, {2020, 85}});
  ind.is_flow = true;
  ind.direction = Direction::kDecrease;
  ind.target = LevelTarget(2025, 500, TargetKind::kCumulative);
  const auto p = HandMade({{2019, 90}, {2020, 85}}, [](int, size_t) { return 80.0; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_REQUIRE(v.result.p_meet.has_value());
  BOOST_TEST(*v.result.p_meet == 1.0);
}

// --- Draws dropped as NaN bias p_meet ------------------------------------

// Draws at or below zero miss a growth target (in the increase direction) and
// count in p_meet: half the draws at -10 give p_meet 0.5, in agreement with
// met_by_draw and so with p(all binding). (Was: those draws became NaN and
// were skipped, giving 1.0.)
BOOST_AUTO_TEST_CASE(growth_draws_at_or_below_zero_count_as_missed) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2019, 90}, {2020, 100}});
  ind.pace = PaceKind::kSlope;
  ind.target = LevelTarget(2025, 5, TargetKind::kGrowth);
  const auto p = HandMade({{2019, 90}, {2020, 100}}, [](int, size_t d) { return d < 500 ? -10.0 : 200.0; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_REQUIRE(v.result.p_meet.has_value());
  BOOST_TEST(*v.result.p_meet == 0.5, boost::test_tools::tolerance(1e-12));
}

// The judge's per-draw record (met_by_draw) counts those draws as missed too.
BOOST_AUTO_TEST_CASE(growth_met_by_draw_marks_nonpositive_draws_missed) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2019, 90}, {2020, 100}});
  ind.pace = PaceKind::kSlope;
  ind.target = LevelTarget(2025, 5, TargetKind::kGrowth);
  const auto p = HandMade({{2019, 90}, {2020, 100}}, [](int, size_t d) { return d < 500 ? -10.0 : 200.0; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_REQUIRE_EQUAL(v.met_by_draw.size(), kDraws);
  size_t met = 0;
  for (auto m : v.met_by_draw) met += m;
  BOOST_TEST(met == 500u);
}

// --- Bounds of derived indicators ----------------------------------------

// ProjectDerived applies the derived indicator's bounds: a share (bounds
// 0-100) from independent numerator and denominator draws stays <= 100% in
// every draw. (Was: the bounds were ignored and the report's hi95 exceeded 100%.)
BOOST_AUTO_TEST_CASE(derived_share_stays_within_its_bounds) {
  Indicator share;
  share.id = "share";
  share.formula = "part / whole * 100";
  share.bounds = Bounds{0, 100};
  std::string error;
  const std::optional<Formula> formula = Formula::Parse(share.formula, &error);
  BOOST_REQUIRE_MESSAGE(formula, error);
  BOOST_REQUIRE(formula->Variables() == (std::vector<std::string>{"part", "whole"}));
  const auto part = HandMade({{2019, 80}, {2020, 90}}, [](int, size_t d) { return 80.0 + 0.04 * d; });  // 80..120
  const auto whole = HandMade({{2019, 100}, {2020, 100}}, [](int, size_t) { return 100.0; });
  ProjectionSettings settings;
  settings.as_of = kAsOf;
  settings.horizon_end_year = 2025;
  const IndicatorProjection p = ProjectDerived(share, *formula, {&part, &whole}, settings);
  BOOST_REQUIRE(p.can_project);
  for (double v : p.paths.Year(2025)) BOOST_TEST(v <= 100.0);
}

// --- Sub-annual latest figures -------------------------------------------

// A stock's 2025-Q4 figure is its year-end level, i.e. the 2025 value: a 2025
// target gets a p_meet and, met, is achieved. (Was: only whole-year periods
// were year values and the paths started in 2026, so 2025 had no value.)
BOOST_AUTO_TEST_CASE(stock_reported_for_q4_is_the_year_end_value) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2016, 100}, {2017, 110}, {2018, 121}, {2019, 133}, {2020, 146},
                                            {2021, 161}, {2022, 177}, {2023, 195}, {2024, 214}});
  AddObservation(ind, "2025-Q4", 236);
  ind.target = LevelTarget(2025, 230);
  AssessOptions options;
  options.as_of = bg::date(2026, 2, 1);
  const Assessment a = AssessPlan(plan, options);
  const IndicatorResult& r = ResultFor(a, "x");
  BOOST_REQUIRE(r.latest.has_value());
  BOOST_TEST(r.latest->year == 2025);
  BOOST_TEST(r.p_meet.has_value());
  BOOST_TEST(r.status == TargetStatus::kAchieved);
}

// A flow reported by quarter (not year-to-date) through 2025-Q3 is still
// judged against a 2025 level target (p_meet set). (Was: the paths started in
// 2026 and 2025 had neither a whole-year value nor draws.)
BOOST_AUTO_TEST_CASE(quarterly_flow_in_the_target_year_is_still_judged) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2016, 100}, {2017, 110}, {2018, 121}, {2019, 133}, {2020, 146},
                                            {2021, 161}, {2022, 177}, {2023, 195}, {2024, 214}});
  ind.is_flow = true;
  AddObservation(ind, "2025-Q1", 58);
  AddObservation(ind, "2025-Q2", 59);
  AddObservation(ind, "2025-Q3", 60);
  ind.target = LevelTarget(2025, 230);
  AssessOptions options;
  options.as_of = bg::date(2025, 11, 1);
  const Assessment a = AssessPlan(plan, options);
  const IndicatorResult& r = ResultFor(a, "x");
  BOOST_TEST(r.p_meet.has_value());
}

// --- Year-to-date figures ------------------------------------------------

// One month of a year-to-date flow at a good pace (January annualised x12, a
// provisional figure) is not the year's target achieved: the status is not
// `achieved` in February. (Was: `achieved` read the annualised latest value.)
BOOST_AUTO_TEST_CASE(provisional_ytd_figure_does_not_make_a_level_target_achieved) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2016, 50}, {2017, 55}, {2018, 60}, {2019, 66}, {2020, 72},
                                            {2021, 79}, {2022, 86}, {2023, 93}, {2024, 100}});
  ind.is_flow = true;
  ind.year_to_date = true;
  AddObservation(ind, "2025-01", 10);  // annualised: 120
  ind.target = LevelTarget(2025, 110);
  AssessOptions options;
  options.as_of = bg::date(2025, 2, 20);
  const Assessment a = AssessPlan(plan, options);
  const IndicatorResult& r = ResultFor(a, "x");
  BOOST_REQUIRE(r.latest.has_value());
  BOOST_TEST(r.latest->provisional);
  BOOST_TEST(r.status != TargetStatus::kAchieved);
}

// For a cumulative flow target, achieved_so_far ("amount already done") adds
// the amount reported so far in the provisional year (10 in January), not its
// annualised value. (Was: it added 120.)
BOOST_AUTO_TEST_CASE(ytd_cumulative_done_so_far_uses_the_reported_amount) {
  Plan plan = MakePlan(2021, 2025);
  Indicator& ind = AddIndicator(plan, "x", {{2016, 50}, {2017, 55}, {2018, 60}, {2019, 66}, {2020, 72},
                                            {2021, 79}, {2022, 86}, {2023, 93}, {2024, 100}});
  ind.is_flow = true;
  ind.year_to_date = true;
  AddObservation(ind, "2025-01", 10);
  ind.target = LevelTarget(2025, 470, TargetKind::kCumulative);
  AssessOptions options;
  options.as_of = bg::date(2025, 2, 20);
  const Assessment a = AssessPlan(plan, options);
  const IndicatorResult& r = ResultFor(a, "x");
  BOOST_REQUIRE(r.achieved_so_far.has_value());
  BOOST_TEST(*r.achieved_so_far == 79.0 + 86 + 93 + 100 + 10, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(r.status != TargetStatus::kAchieved);  // 358 + 10 < 470; only the x12 extrapolation reaches it
}

// --- Roll-up of milestones -----------------------------------------------

// A goal made only of milestones is off_track when they are overdue. (Was:
// with no progress score the roll-up assumed "none late" and said on_track.)
BOOST_AUTO_TEST_CASE(goal_of_overdue_milestones_is_not_on_track) {
  Plan plan = MakePlan();
  AddGoal(plan, "g");
  for (const char* id : {"m1", "m2"}) {
    Indicator& m = AddIndicator(plan, id, {}, {"g"});
    Target t = LevelTarget(2021, 0, TargetKind::kMilestone);
    t.due = bg::date(2021, 3, 31);
    m.target = t;
  }
  AssessOptions options;
  options.as_of = bg::date(2021, 6, 30);
  const Assessment a = AssessPlan(plan, options);
  BOOST_TEST(ResultFor(a, "m1").status == TargetStatus::kOffTrack);
  BOOST_TEST(a.goals.at(0).status == TargetStatus::kOffTrack);
}

// Figures after as-of must not change anything in the run: here, a
// non-positive one must not turn the pace into a slope. (Was: ChoosePaceKind
// scanned the whole history; AssessPlan now works on VisiblePlan, the plan as
// seen at as-of.)
BOOST_AUTO_TEST_CASE(figures_after_as_of_do_not_change_the_pace_kind) {
  Plan plan = MakePlan();
  AddIndicator(plan, "x", {{2014, 50}, {2015, 55}, {2016, 61}, {2017, 67}, {2018, 74}, {2019, 81}, {2020, 89}})
      .target = LevelTarget(2025, 150);
  AssessOptions options;
  options.as_of = bg::date(2021, 6, 30);
  const Assessment before = AssessPlan(plan, options);
  Plan later = plan;
  Observation o;
  o.year = 2022;
  o.t = 2022;
  o.value = -5;  // e.g. a net flow that later turns negative
  later.indicators[0].history.push_back(o);
  const Assessment after = AssessPlan(later, options);
  BOOST_REQUIRE(before.indicators[0].historical_annual_change.has_value());
  BOOST_REQUIRE(after.indicators[0].historical_annual_change.has_value());
  BOOST_TEST(after.indicators[0].historical_annual_change->kind == before.indicators[0].historical_annual_change->kind);
  BOOST_TEST(after.indicators[0].historical_annual_change->value == before.indicators[0].historical_annual_change->value);
}

// Once the target year's figure is known, it decides: a 2023 target met in
// 2023 (105 >= 100) and followed by a dip in 2024 (95) is achieved, with
// p_meet 1. (Was: `achieved` came from the latest figure only, giving
// on_track as if the target year were still ahead.)
BOOST_AUTO_TEST_CASE(target_year_already_known_decides_the_status) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2021, 90}, {2022, 98}, {2023, 105}, {2024, 95}});
  ind.target = LevelTarget(2023, 100);
  const auto p = HandMade({{2021, 90}, {2022, 98}, {2023, 105}, {2024, 95}}, [](int, size_t) { return 96.0; });
  const Verdict v = JudgeIndicator(plan, ind, p, bg::date(2025, 6, 30));
  BOOST_REQUIRE(v.result.p_meet.has_value());
  BOOST_TEST(*v.result.p_meet == 1.0);
  BOOST_TEST(v.result.status == TargetStatus::kAchieved);
}

// Four quarters of a flow make its year: reported quarter by quarter for all
// of 2021, the flow has a 2021 value (88) and a cumulative target can be
// judged. (Was: only whole-year periods were year values, and the sum "could
// not be formed".)
BOOST_AUTO_TEST_CASE(four_quarters_of_a_flow_make_its_year) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2014, 60}, {2015, 64}, {2016, 68}, {2017, 72}, {2018, 76},
                                            {2019, 80}, {2020, 84}});
  ind.is_flow = true;
  for (const char* q : {"2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"}) AddObservation(ind, q, 22);
  ind.target = LevelTarget(2025, 450, TargetKind::kCumulative);
  AssessOptions options;
  options.as_of = bg::date(2022, 3, 1);
  const Assessment a = AssessPlan(plan, options);
  const IndicatorResult& r = ResultFor(a, "x");
  BOOST_REQUIRE(r.achieved_so_far.has_value());
  BOOST_TEST(*r.achieved_so_far == 88.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(r.p_meet.has_value());
}

// --- Things checked and found right (guards against regressions) ---------

// The 2020 figure counts on 2020-12-31 and not on 2020-12-30.
BOOST_AUTO_TEST_CASE(annual_figure_counts_from_the_last_day_of_its_year) {
  Plan plan = MakePlan();
  const Indicator& ind = AddIndicator(plan, "x", {{2019, 1}, {2020, 2}});
  int ignored = 0;
  BOOST_TEST(KnownAt(ind, bg::date(2020, 12, 31), &ignored).size() == 2u);
  BOOST_TEST(KnownAt(ind, bg::date(2020, 12, 30), &ignored).size() == 1u);
  BOOST_TEST(ignored == 1);
}

// A decreasing level target: draws at or below the target meet it.
BOOST_AUTO_TEST_CASE(decreasing_level_target_counts_draws_below) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2019, 12}, {2020, 10}});
  ind.direction = Direction::kDecrease;
  ind.target = LevelTarget(2025, 8);
  const auto p = HandMade({{2019, 12}, {2020, 10}}, [](int, size_t d) { return 7.0 + 0.002 * d; });  // 7..9
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  // Compared as published: the history is in whole units, so a draw below 8.5
  // reads as 8 and meets "<= 8": d = 0..749.
  BOOST_TEST(*v.result.p_meet == 0.75, boost::test_tools::tolerance(1e-9));
  BOOST_REQUIRE(v.result.required_annual_change.has_value());
  BOOST_TEST(v.result.required_annual_change->value < 0);
}

BOOST_AUTO_TEST_SUITE_END()
