// Verdicts tell one story (issue 15): status, progress class, achieved flag,
// crossing year and P never contradict each other, and each verdict carries
// its reason. Each case names the bug it guards against; all of them failed
// on the judging code before issue 15.
#define BOOST_TEST_MODULE verdict_coherence
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <random>
#include <string>

#include "engine/assess.h"
#include "engine/target_judge.h"
#include "engine/target_rules.h"
#include "reports/number_format.h"
#include "tests/support/hand_made_projection.h"
#include "tests/support/plan_builder.h"
#include "tests/support/printers.h"

using namespace plancast;
using namespace plancast::testing;
namespace bg = boost::gregorian;

namespace {

const bg::date kAsOf(2021, 6, 30);

AssessOptions Options(const bg::date& as_of = kAsOf) {
  AssessOptions o;
  o.as_of = as_of;
  return o;
}

const IndicatorResult& Only(const Assessment& a) {
  BOOST_REQUIRE(!a.indicators.empty());
  return a.indicators.front();
}

// A spread of draws around `centre`, d = 0..kDraws-1 evenly from -width to +width.
double Spread(double centre, double width, size_t d) {
  return centre + width * (2.0 * (static_cast<double>(d) + 0.5) / kDraws - 1.0);
}

// The invariants every verdict must keep, whatever the series.
void CheckCoherent(const IndicatorResult& r, const Plan& plan, const std::string& what) {
  BOOST_TEST_CONTEXT(what) {
    BOOST_TEST((r.status == TargetStatus::kAchieved) == (r.progress_class == ProgressClass::kTargetMet));
    const bool final_known = r.latest && r.indicator->target && r.latest->year >= r.indicator->target->year;
    if (r.p_meet && !final_known && r.status != TargetStatus::kAchieved) {
      BOOST_TEST(r.status == StatusFromProbability(*r.p_meet, plan.thresholds));
    }
    if (r.status == TargetStatus::kAchieved && r.p_meet && !final_known) BOOST_TEST(*r.p_meet >= 0.5);
    if (r.p_meet) BOOST_TEST(!r.reason.code.empty());
    if (r.p_meet && r.historical_annual_change) BOOST_TEST(r.p_meet_at_historical_pace.has_value());
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(VerdictCoherence)

// "Energy use growth <= 2%/yr" (a cap, direction decrease): growth so far is
// 1%/yr, but the projection puts 2025 around the cap with P 0.44. Was:
// status achieved, class target_met, crossing year 2015, beside P 0.44.
BOOST_AUTO_TEST_CASE(a_growth_cap_held_so_far_is_not_achieved_before_its_year) {
  Plan plan = MakePlan();
  std::vector<std::pair<int, double>> history;
  for (int y = 2015; y <= 2021; ++y) history.push_back({y, 100 * std::pow(1.01, y - 2020)});
  Indicator& ind = AddIndicator(plan, "energy", history);
  ind.direction = Direction::kDecrease;
  ind.target = LevelTarget(2025, 2.0, TargetKind::kGrowth);
  const double cap_level = 100 * std::pow(1.02, 5);
  // 44% of draws at or below the cap level.
  const auto p = HandMade(history, [&](int year, size_t d) {
    return year == 2025 ? Spread(cap_level + 0.12 * 10, 10, d) : 100 * std::pow(1.01, year - 2020);
  });
  const Verdict v = JudgeIndicator(plan, ind, p, bg::date(2022, 6, 30));
  const IndicatorResult& r = v.result;
  BOOST_REQUIRE(r.p_meet.has_value());
  BOOST_TEST(*r.p_meet == 0.44, boost::test_tools::tolerance(0.01));
  BOOST_TEST(r.status == TargetStatus::kAtRisk);
  BOOST_TEST(r.progress_class != ProgressClass::kTargetMet);
  BOOST_TEST(!r.crossing_year.has_value());
  BOOST_TEST(r.reason.code == "met_now_may_slip");
  CheckCoherent(r, plan, "growth cap");
}

// A decreasing cumulative budget (<= 100 over 2021-2025) already overspent
// by 2022 (60 + 50): a final miss. Was: classed significant_progress.
BOOST_AUTO_TEST_CASE(an_overspent_budget_is_a_final_miss) {
  Plan plan = MakePlan();
  const std::vector<std::pair<int, double>> history = {{2019, 40}, {2020, 45}, {2021, 60}, {2022, 50}};
  Indicator& ind = AddIndicator(plan, "emissions", history);
  ind.is_flow = true;
  ind.direction = Direction::kDecrease;
  ind.target = LevelTarget(2025, 100, TargetKind::kCumulative);
  const auto p = HandMade(history, [](int, size_t d) { return Spread(40, 10, d); });
  const Verdict v = JudgeIndicator(plan, ind, p, bg::date(2023, 6, 30));
  const IndicatorResult& r = v.result;
  BOOST_TEST(r.status == TargetStatus::kOffTrack);
  BOOST_TEST(r.progress_class != ProgressClass::kSignificant);
  BOOST_TEST(r.reason.code == "overspent");
  BOOST_REQUIRE(r.p_meet.has_value());
  BOOST_TEST(*r.p_meet == 0.0);
}

// "Eliminate" (a level of 0) on a count: the pace needed is a slope, not an
// empty growth rate. Was: no required pace, not_assessable, silently.
BOOST_AUTO_TEST_CASE(a_target_of_zero_gets_a_pace_needed) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "accidents", {{2018, 30}, {2019, 25}, {2020, 20}});
  ind.direction = Direction::kDecrease;
  ind.target = LevelTarget(2025, 0);
  const Assessment a = AssessPlan(plan, Options());
  const IndicatorResult& r = Only(a);
  BOOST_REQUIRE(r.required_annual_change.has_value());
  BOOST_TEST(r.required_annual_change->kind == PaceKind::kSlope);
  BOOST_TEST(r.required_annual_change->value == -4.0, boost::test_tools::tolerance(1e-9));
}

// A series falling in a straight line to 0 by the target year, and a share
// rising in a straight line to 100%: a target at a bound is compared as it
// would be published (rounded to the history's step), and the share's
// projection stays within [0, 100] without `bounds:`. Open (issue 15 note):
// the forecaster's logit scale keeps a share's projection well short of its
// bound (P 0.007 for the 100% case), so only the judging side is asserted.
BOOST_AUTO_TEST_CASE(targets_at_a_bound_can_be_reached) {
  {
    Plan plan = MakePlan();
    Indicator& ind = AddIndicator(plan, "poverty", {{2016, 18}, {2017, 16}, {2018, 14}, {2019, 12}, {2020, 10}});
    ind.unit = "万人";
    ind.direction = Direction::kDecrease;
    ind.target = LevelTarget(2025, 0);
    const Assessment a = AssessPlan(plan, Options());
    BOOST_REQUIRE(Only(a).p_meet.has_value());
    BOOST_TEST(*Only(a).p_meet > 0.05);  // was 0: no draw is ever exactly 0
    CheckCoherent(Only(a), plan, "eliminate");
  }
  {
    Plan plan = MakePlan();
    Indicator& ind = AddIndicator(plan, "access", {{2016, 80}, {2017, 84}, {2018, 88}, {2019, 92}, {2020, 96}});
    ind.unit = "%";
    ind.target = LevelTarget(2025, 100);
    const Assessment a = AssessPlan(plan, Options());
    BOOST_REQUIRE(Only(a).p_meet.has_value());
    BOOST_REQUIRE(Only(a).projection.has_value());
    BOOST_TEST(Only(a).projection->hi95 <= 100.0);  // a share does not pass 100%
    CheckCoherent(Only(a), plan, "universal access");
  }
}

// 99.96% in a history written with one decimal is published as 100.0%: it
// meets a 100% target. Was: every draw below 100 missed.
BOOST_AUTO_TEST_CASE(a_level_is_judged_at_the_history_reporting_step) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "access", {{2019, 97.5}, {2020, 98.8}});
  ind.unit = "%";
  ind.target = LevelTarget(2025, 100);
  const auto p = HandMade({{2019, 97.5}, {2020, 98.8}}, [](int, size_t d) { return d < 600 ? 99.96 : 99.9; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_REQUIRE(v.result.p_meet.has_value());
  BOOST_TEST(*v.result.p_meet == 0.6, boost::test_tools::tolerance(1e-12));
}

// The baseline already past the target: no "任务完成 -100%".
BOOST_AUTO_TEST_CASE(no_schedule_when_the_baseline_already_met_the_target) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {{2019, 110}, {2020, 120}});
  ind.target = LevelTarget(2025, 100);
  const auto p = HandMade({{2019, 110}, {2020, 120}}, [](int, size_t d) { return Spread(125, 5, d); });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_TEST(!v.result.schedule.has_value());
}

// The historical pace starts at the plan's baseline year once the plan has
// figures, so a new year never silently moves its start. Was: a rolling
// window of the plan's length (2016 with a 2021 figure, 2017 with 2022).
BOOST_AUTO_TEST_CASE(the_historical_pace_keeps_its_start_when_a_year_is_added) {
  std::vector<std::pair<int, double>> history;
  for (int y = 2010; y <= 2022; ++y) history.push_back({y, 2.0 + 0.1 * (y - 2010) + (y % 2 ? 0.05 : 0)});
  int start_2021 = 0, start_2022 = 0;
  for (int latest : {2021, 2022}) {
    Plan plan = MakePlan();
    std::vector<std::pair<int, double>> known(history.begin(), history.begin() + (latest - 2010 + 1));
    Indicator& ind = AddIndicator(plan, "rd", known);
    ind.unit = "%";
    ind.target = LevelTarget(2025, 4);
    const Assessment a = AssessPlan(plan, Options(bg::date(latest + 1, 6, 30)));
    BOOST_REQUIRE(Only(a).historical_annual_change.has_value());
    (latest == 2021 ? start_2021 : start_2022) = Only(a).historical_annual_change->from_year;
  }
  BOOST_TEST(start_2021 == 2020);
  BOOST_TEST(start_2022 == 2020);
}

// A count of net additions ("新增", a flow) never gets a negative band.
BOOST_AUTO_TEST_CASE(a_flow_of_new_firms_has_no_negative_band) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "new_firms", {{2017, 30}, {2018, 10}, {2019, 50}, {2020, 20}});
  ind.unit = "家";
  ind.is_flow = true;
  ind.target = LevelTarget(2025, 60);
  const Assessment a = AssessPlan(plan, Options());
  BOOST_REQUIRE(Only(a).projection.has_value());
  BOOST_TEST(Only(a).projection->lo95 >= 0.0);
}

// The Eurostat class as published (open-sdg): actual pace since the base
// year against the pace needed from the base year, not from the latest value.
// Base 2020 = 100, target 150 by 2025 (needs +10/yr); 2021 = 112 (+12/yr): a
// significant pace even though the pace still needed from 2021 is +9.5/yr.
// An outlier long before the base year does not decide.
BOOST_AUTO_TEST_CASE(eurostat_class_uses_the_base_year_for_both_paces) {
  Plan plan = MakePlan();
  const std::vector<std::pair<int, double>> history = {{2010, 400}, {2019, 95}, {2020, 100}, {2021, 108}};
  Indicator& ind = AddIndicator(plan, "x", history);
  ind.pace = PaceKind::kSlope;
  ind.target = LevelTarget(2025, 150);
  const auto p = HandMade(history, [](int year, size_t d) { return Spread(108 + 8 * (year - 2021), 20, d); });
  const Verdict v = JudgeIndicator(plan, ind, p, bg::date(2022, 6, 30));
  BOOST_TEST(v.result.historical_annual_change->from_year == 2020);
  BOOST_TEST(v.result.historical_annual_change->value == 8.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(v.result.progress_class == ProgressClass::kModerate);  // 8 / 10 = 0.8
}

// Needs +11%/yr, grew +31.7%/yr in its one recorded year, projected slower:
// the report must say so, with the jump, and what P would be at the
// historical pace. Was: "P 17%, off_track", no reason.
BOOST_AUTO_TEST_CASE(a_verdict_slower_than_history_says_why) {
  Plan plan = MakePlan();
  const std::vector<std::pair<int, double>> history = {{2019, 100}, {2020, 131.7}};
  Indicator& ind = AddIndicator(plan, "rd_spend", history);
  ind.target = LevelTarget(2025, 131.7 * std::pow(1.111, 5));
  const auto p = HandMade(history, [](int year, size_t d) { return Spread(131.7 * std::pow(1.02, year - 2020), 40, d); });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  const IndicatorResult& r = v.result;
  BOOST_TEST(r.reason.code == "projected_slower_than_history");
  BOOST_REQUIRE(r.reason.largest_jump.has_value());
  BOOST_TEST(*r.reason.largest_jump == 0.317, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(r.reason.history_points == 2);
  BOOST_REQUIRE(r.p_meet_at_historical_pace.has_value());
  BOOST_TEST(*r.p_meet_at_historical_pace > *r.p_meet);
  BOOST_REQUIRE(r.projected_annual_change.has_value());
  BOOST_TEST(r.projected_annual_change->value == 2.0, boost::test_tools::tolerance(0.01));
  CheckCoherent(r, plan, "slower than history");
}

// The percent a reader sees, back as a number: "<1%" and ">99%" as 0.5 and 99.5.
double ShownPercent(const std::string& text) {
  if (text == "<1%") return 0.5;
  if (text == ">99%") return 99.5;
  return std::stod(text);
}

// P 0.397 printed "40%" beside 难以完成 (cut-off 0.40). Around every cut-off,
// default and plan-set, the status sits on the side of the cut-off that the
// printed percent is on.
BOOST_AUTO_TEST_CASE(the_printed_percent_and_the_status_agree_at_every_cut_off) {
  for (StatusThresholds th : {StatusThresholds{}, StatusThresholds{0.6, 0.3}, StatusThresholds{0.9, 0.333},
                              StatusThresholds{0.805, 0.5}, StatusThresholds{0.99, 0.02}}) {
    for (double cut : {th.on_track, th.at_risk}) {
      for (int k = -150; k <= 150; ++k) {
        const double p = cut + k * 1e-4;
        if (p < 0 || p > 1) continue;
        const TargetStatus s = StatusFromProbability(p, th);
        const bool above = cut == th.on_track ? s == TargetStatus::kOnTrack : s != TargetStatus::kOffTrack;
        BOOST_TEST_CONTEXT("cut " << cut << ", P " << p << " shown " << DisplayProbability(p)) {
          BOOST_TEST(above == (ShownPercent(DisplayProbability(p)) >= cut * 100 - 1e-9));
        }
      }
    }
  }
}

// The same through the judge: 397 of 1000 draws meet the target.
BOOST_AUTO_TEST_CASE(a_p_printed_as_40_percent_is_at_risk) {
  Plan plan = MakePlan();
  const std::vector<std::pair<int, double>> history = {{2018, 8}, {2019, 9}, {2020, 10}};
  Indicator& ind = AddIndicator(plan, "x", history);
  ind.target = LevelTarget(2025, 15);
  const auto p = HandMade(history, [&](int year, size_t d) { return year == 2025 && d < 397 ? 16.0 : 12.0; });
  const Verdict v = JudgeIndicator(plan, ind, p, kAsOf);
  BOOST_REQUIRE(v.result.p_meet.has_value());
  BOOST_TEST(*v.result.p_meet == 0.397, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(DisplayProbability(*v.result.p_meet) == "40%");
  BOOST_TEST(v.result.status == TargetStatus::kAtRisk);  // was off_track
}

// Generated series and targets through the whole engine: the invariants hold
// for every one; P is monotone in the target and does not depend on the unit.
BOOST_AUTO_TEST_CASE(generated_series_keep_the_invariants) {
  std::mt19937_64 rng(42);
  std::normal_distribution<double> noise(0.0, 1.0);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int k = 0; k < 60; ++k) {
    const int points = 2 + k % 9;
    const double growth = -0.05 + 0.2 * u(rng), level = 10 + 90 * u(rng), sd = 0.02 + 0.1 * u(rng);
    std::vector<std::pair<int, double>> history;
    double v = level;
    for (int i = 0; i < points; ++i) {
      history.push_back({2021 - points + i, v});
      v *= 1 + growth + sd * noise(rng);
      v = std::max(v, 0.5);
    }
    const double ambition = 0.8 + 0.8 * u(rng);
    const Direction direction = k % 4 == 3 ? Direction::kDecrease : Direction::kIncrease;
    std::optional<double> previous_p;
    for (double step : {0.9, 1.0, 1.1}) {
      Plan plan = MakePlan();
      plan.as_of = bg::date(2021, 6, 30);
      Indicator& ind = AddIndicator(plan, "g", history);
      ind.direction = direction;
      const double target = history.back().second * ambition * step;
      ind.target = LevelTarget(2025, target);
      const Assessment a = AssessPlan(plan, Options(bg::date(2021, 6, 30)));
      const IndicatorResult& r = Only(a);
      CheckCoherent(r, plan, "series " + std::to_string(k));
      if (!r.p_meet) continue;
      // A higher target is harder to increase to and easier to stay below.
      if (previous_p) {
        if (direction == Direction::kIncrease) BOOST_TEST(*r.p_meet <= *previous_p + 1e-12);
        if (direction == Direction::kDecrease) BOOST_TEST(*r.p_meet >= *previous_p - 1e-12);
      }
      previous_p = r.p_meet;
      if (step != 1.0) continue;
      // The same series in thousandths: the same P (to Monte Carlo noise).
      Plan scaled = MakePlan();
      std::vector<std::pair<int, double>> times1000;
      for (auto [year, value] : history) times1000.push_back({year, value * 1000});
      Indicator& s = AddIndicator(scaled, "g", times1000);
      s.direction = direction;
      s.target = LevelTarget(2025, target * 1000);
      const Assessment b = AssessPlan(scaled, Options(bg::date(2021, 6, 30)));
      BOOST_REQUIRE(Only(b).p_meet.has_value());
      BOOST_TEST_CONTEXT("series " << k) { BOOST_TEST(std::fabs(*Only(b).p_meet - *r.p_meet) <= 0.02); }
    }
  }
}

// Better-than-projected news does not lower the outlook. A 2021 figure at or
// above the 2020 run's median for 2021:
// - leaves the 2025 median where it was, or higher, while the centre is the
//   drift's posterior (up to 6 points with the news); was: down by up to 17%
//   (patents 0.48 -> 0.35), the third point switching the centre from the
//   drift to the pool's arithmetic members;
// - clearly better news (10% above the median) never lowers P, whatever the
//   length (was: by up to 0.07).
// News exactly at the median may lower P when P < 0.5: one year less leaves
// less room to catch up (any calibrated forecaster does this), so P itself is
// only asserted for news clearly better than projected.
BOOST_AUTO_TEST_CASE(better_than_projected_news_never_lowers_the_outlook) {
  std::mt19937_64 rng(15);
  std::normal_distribution<double> noise(0.0, 1.0);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  int checked = 0;
  for (int k = 0; k < 80; ++k) {
    const int points = 2 + k % 10;
    const int gap = k % 7 == 0 ? 5 : 1;  // some histories are a five-year figure and a one-year one
    const double growth = -0.02 + 0.25 * u(rng), sd = 0.01 + 0.08 * u(rng);
    std::vector<int> years;
    for (int i = 0; i < points; ++i) years.push_back(2020 - (points - 1 - i));
    if (gap == 5) years.front() = years[1] - 5;
    std::vector<std::pair<int, double>> history;
    double v = 10 + 90 * u(rng);
    for (int year : years) {
      const int dt = history.empty() ? 0 : year - history.back().first;
      v *= std::exp(growth * dt + sd * std::sqrt(dt) * noise(rng));
      history.push_back({year, v});
    }
    const double target = history.back().second * std::pow(1 + growth + 0.05 * (u(rng) - 0.5), 5);
    auto assess = [&](const std::vector<std::pair<int, double>>& h, const bg::date& as_of) {
      Plan plan = MakePlan();
      Indicator& ind = AddIndicator(plan, "g", h);
      ind.target = LevelTarget(2025, target);
      return AssessPlan(plan, Options(as_of));
    };
    const Assessment before = assess(history, bg::date(2021, 6, 30));
    const IndicatorResult& r0 = Only(before);
    if (!r0.p_meet || r0.path.size() < 2) continue;
    const double median_2021 = r0.path[1].value;
    for (double better : {1.0, 1.03, 1.10}) {
      std::vector<std::pair<int, double>> with_news = history;
      with_news.push_back({2021, median_2021 * better});
      const Assessment after = assess(with_news, bg::date(2022, 6, 30));
      const IndicatorResult& r1 = Only(after);
      BOOST_REQUIRE(r1.p_meet.has_value());
      ++checked;
      BOOST_TEST_CONTEXT("series " << k << " (" << points << " points), news x" << better << ": P " << *r0.p_meet
                                   << " -> " << *r1.p_meet << ", median " << r0.projection->value << " -> "
                                   << r1.projection->value) {
        if (points + 1 <= 6) BOOST_TEST(r1.projection->value >= 0.985 * r0.projection->value);
        if (better >= 1.10) BOOST_TEST(*r1.p_meet >= *r0.p_meet - 0.01);
      }
    }
  }
  BOOST_TEST(checked >= 150);
}

BOOST_AUTO_TEST_SUITE_END()
