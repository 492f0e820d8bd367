// Target rules against hand-computed cases.
#define BOOST_TEST_MODULE target_rules
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "tests/support/printers.h"
#include "engine//pace.h"
#include "engine/target_rules.h"

using namespace plancast;

namespace {
// A distribution whose quantiles are the level itself: q(p) = 10 + 10 p,
// i.e. uniform on [10, 20], so P(X <= x) = (x - 10) / 10.
StepDistribution Uniform10To20() {
  StepDistribution d;
  d.t = 2025;
  for (size_t i = 0; i < kQuantileLevels.size(); ++i) d.quantiles[i] = 10 + 10 * kQuantileLevels[i];
  return d;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(TargetRules)

BOOST_AUTO_TEST_CASE(meets_target_follows_direction) {
  BOOST_TEST(MeetsTarget(Direction::kIncrease, 3.1, 3.0));
  BOOST_TEST(MeetsTarget(Direction::kIncrease, 3.0, 3.0));
  BOOST_TEST(!MeetsTarget(Direction::kIncrease, 2.9, 3.0));
  BOOST_TEST(MeetsTarget(Direction::kDecrease, 8, 10));  // rank 8 beats rank 10
  BOOST_TEST(!MeetsTarget(Direction::kDecrease, 11, 10));
}

BOOST_AUTO_TEST_CASE(probability_of_meeting_reads_the_distribution) {
  const StepDistribution d = Uniform10To20();
  BOOST_TEST(ProbabilityOfMeeting(d, Direction::kIncrease, 15.0) == 0.5, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(ProbabilityOfMeeting(d, Direction::kIncrease, 18.0) == 0.2, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(ProbabilityOfMeeting(d, Direction::kDecrease, 12.0) == 0.2, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(ProbabilityOfMeeting(d, Direction::kIncrease, 100.0) == 0.0);
  BOOST_TEST(ProbabilityOfMeeting(d, Direction::kIncrease, 0.0) == 1.0);
}

// Inclusive lower bounds on P as shown in whole percent: 0.7499 prints as 75%
// and is on track; 0.744 prints as 74% and is not.
BOOST_AUTO_TEST_CASE(status_thresholds_are_inclusive_lower_bounds) {
  const StatusThresholds th;  // 0.75 / 0.40
  BOOST_TEST(StatusFromProbability(0.75, th) == TargetStatus::kOnTrack);
  BOOST_TEST(StatusFromProbability(0.7499, th) == TargetStatus::kOnTrack);
  BOOST_TEST(StatusFromProbability(0.744, th) == TargetStatus::kAtRisk);
  BOOST_TEST(StatusFromProbability(0.40, th) == TargetStatus::kAtRisk);
  BOOST_TEST(StatusFromProbability(0.397, th) == TargetStatus::kAtRisk);
  BOOST_TEST(StatusFromProbability(0.394, th) == TargetStatus::kOffTrack);
  StatusThresholds strict{0.9, 0.6};
  BOOST_TEST(StatusFromProbability(0.8, strict) == TargetStatus::kAtRisk);
}

BOOST_AUTO_TEST_CASE(progress_classes_follow_eurostat_cutoffs) {
  const Pace required{0.10, PaceKind::kSlope};
  auto classify = [&](double actual) {
    return ClassifyProgress(Direction::kIncrease, Pace{actual, PaceKind::kSlope}, required);
  };
  BOOST_TEST(classify(0.095) == ProgressClass::kSignificant);
  BOOST_TEST(classify(0.094) == ProgressClass::kModerate);
  BOOST_TEST(classify(0.060) == ProgressClass::kModerate);
  BOOST_TEST(classify(0.059) == ProgressClass::kInsufficient);
  BOOST_TEST(classify(0.0) == ProgressClass::kInsufficient);
  BOOST_TEST(classify(-0.01) == ProgressClass::kMovingAway);
  // A rank must fall: required -2/yr, it fell 1/yr -> 50% of the pace.
  BOOST_TEST(ClassifyProgress(Direction::kDecrease, Pace{-1, PaceKind::kSlope}, Pace{-2, PaceKind::kSlope}) ==
             ProgressClass::kInsufficient);
  // Nothing left to do.
  BOOST_TEST(ClassifyProgress(Direction::kIncrease, Pace{1, PaceKind::kSlope}, Pace{-1, PaceKind::kSlope}) ==
             ProgressClass::kTargetMet);
}

BOOST_AUTO_TEST_CASE(schedule_check_compares_time_and_task_shares) {
  // Plan 2021-2025, baseline 2020 value 2.0, target 3.0 in 2025. As of the
  // end of 2022 (t = 2022.5) two of five years are gone; value 2.5 is half way.
  const auto check = CheckSchedule(2022.5, 2020, 2025, 2.0, 2.5, 3.0);
  BOOST_REQUIRE(check.has_value());
  BOOST_TEST(check->time_elapsed == 0.4, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(check->task_done == 0.5, boost::test_tools::tolerance(1e-12));
  // Moving away gives a negative share; no distance to cover gives none.
  BOOST_TEST(CheckSchedule(2022.5, 2020, 2025, 2.0, 1.5, 3.0)->task_done == -0.5,
             boost::test_tools::tolerance(1e-12));
  BOOST_TEST(!CheckSchedule(2022.5, 2020, 2025, 2.0, 2.5, 2.0).has_value());
}

BOOST_AUTO_TEST_CASE(pace_between_and_apply_are_inverse) {
  const auto growth = PaceBetween(PaceKind::kGrowthRate, 2015, 46, 2020, 297);
  BOOST_REQUIRE(growth.has_value());
  // (297/46)^(1/5) - 1 = 45.2...%
  BOOST_TEST(growth->value == (std::pow(297.0 / 46.0, 0.2) - 1) * 100, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(growth->from_year == 2015);
  BOOST_TEST(ApplyPace(*growth, 46, 5) == 297.0, boost::test_tools::tolerance(1e-9));
  const auto slope = PaceBetween(PaceKind::kSlope, 2015, 2.61, 2020, 3.09);
  BOOST_TEST(slope->value == 0.096, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(!PaceBetween(PaceKind::kGrowthRate, 2015, 0, 2020, 5).has_value());
  BOOST_TEST(!PaceBetween(PaceKind::kSlope, 2020, 1, 2020, 5).has_value());
}

BOOST_AUTO_TEST_CASE(pace_kind_defaults_from_unit_and_bounds) {
  Indicator share;
  share.unit = "%";
  BOOST_TEST((ChoosePaceKind(share) == PaceKind::kSlope));
  Indicator count;
  count.unit = "家";
  count.bounds = Bounds{0, std::numeric_limits<double>::infinity()};
  count.history.push_back({2020, 2020, 297});
  BOOST_TEST((ChoosePaceKind(count) == PaceKind::kGrowthRate));
  Indicator rank;
  rank.unit = "位";
  rank.bounds = Bounds{1, 89};
  BOOST_TEST((ChoosePaceKind(rank) == PaceKind::kSlope));
  count.pace = PaceKind::kSlope;
  BOOST_TEST((ChoosePaceKind(count) == PaceKind::kSlope));
}

BOOST_AUTO_TEST_SUITE_END()
