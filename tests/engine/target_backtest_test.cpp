// Probability scores of the target-attainment backtest, against hand-computed values.
#define BOOST_TEST_MODULE target_backtest
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "engine/target_backtest.h"

using namespace plancast;

BOOST_AUTO_TEST_SUITE(TargetBacktest)

BOOST_AUTO_TEST_CASE(brier_log_loss_auc_and_bins) {
  const std::vector<double> p = {0.9, 0.8, 0.3, 0.3, 0.05};
  const std::vector<bool> met = {true, false, true, false, false};
  const ProbabilityScore s = ScoreProbabilities("x", p, met);
  BOOST_TEST(s.brier == (0.01 + 0.64 + 0.49 + 0.09 + 0.0025) / 5, boost::test_tools::tolerance(1e-12));
  const double ll = -(std::log(0.9) + std::log(0.2) + std::log(0.3) + std::log(0.7) + std::log(0.95)) / 5;
  BOOST_TEST(s.log_loss == ll, boost::test_tools::tolerance(1e-12));
  // Met: 0.9, 0.3; missed: 0.8, 0.3, 0.05. Pairs won: 0.9 beats 3, 0.3 beats 0.05 and ties 0.3.
  BOOST_TEST(s.auc == (3 + 1 + 0.5) / 6, boost::test_tools::tolerance(1e-12));
  BOOST_REQUIRE(s.reliability.size() == 4u);
  BOOST_TEST(s.reliability[0].bin == "0.0-0.1");
  BOOST_TEST(s.reliability[1].bin == "0.3-0.4");
  BOOST_TEST(s.reliability[1].n == 2);
  BOOST_TEST(s.reliability[1].observed == 0.5);
  BOOST_TEST(s.reliability[3].bin == "0.9-1.0");
}

BOOST_AUTO_TEST_CASE(zero_one_forecasts_have_a_finite_log_loss) {
  const ProbabilityScore s = ScoreProbabilities("rule", {1.0, 0.0}, {false, true});
  BOOST_TEST(s.brier == 1.0);
  BOOST_TEST(std::isfinite(s.log_loss));
  BOOST_TEST(s.log_loss == -std::log(0.005), boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(eurostat_rule_compares_growth_from_the_base_year) {
  SeriesData s;
  s.id = "s";
  for (int year = 2000; year <= 2012; ++year) {
    s.period.push_back(year);
    s.value.push_back(100.0 * std::pow(1.05, year - 2000));
  }
  TargetCase c;
  c.id = "c";
  c.series_id = "s";
  c.origin = 2007;
  c.target_year = 2012;
  // Required from 2002 (origin - 5) to 2012: 5%/yr is on track, 5.5%/yr is not (0.91 < 0.95).
  c.target_value = 100.0 * std::pow(1.05, 12);
  BOOST_TEST(TargetCaseProbabilities(s, c)[2] == 1.0);
  c.target_value = 100.0 * std::pow(1.05, 2) * std::pow(1.055, 10);
  BOOST_TEST(TargetCaseProbabilities(s, c)[2] == 0.0);
  c.direction = Direction::kDecrease;
  c.target_value = 90;  // asks for a fall, the series grows
  BOOST_TEST(TargetCaseProbabilities(s, c)[2] == 0.0);
  BOOST_TEST(TargetMet(s, c) == false);
}

BOOST_AUTO_TEST_CASE(missing_probabilities_count_as_half_and_are_reported) {
  const ProbabilityScore s = ScoreProbabilities("x", {std::nan(""), 1.0}, {true, true});
  BOOST_TEST(s.unjudged == 1);
  BOOST_TEST(s.brier == 0.25 / 2, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_SUITE_END()
