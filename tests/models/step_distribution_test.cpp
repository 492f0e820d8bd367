// StepDistribution: quantiles, CDF and median on the stored grid.
#define BOOST_TEST_MODULE step_distribution
#include <boost/test/unit_test.hpp>

#include "models/forecaster.h"

using namespace plancast;

namespace {
// Quantile i equals 100 * level i: a uniform distribution on [0, 100].
StepDistribution Uniform() {
  StepDistribution d;
  for (size_t i = 0; i < kQuantileLevels.size(); ++i) d.quantiles[i] = 100.0 * kQuantileLevels[i];
  return d;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(StepDistributionTest)

BOOST_AUTO_TEST_CASE(quantile_interpolates_linearly_between_levels) {
  StepDistribution d = Uniform();
  BOOST_TEST(d.Median() == 50.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(d.Quantile(0.25) == 25.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(d.Quantile(0.9) == 90.0, boost::test_tools::tolerance(1e-12));
  // Beyond the stored tails the quantile is held flat.
  BOOST_TEST(d.Quantile(0.0001) == 0.5, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(d.Quantile(0.9999) == 99.5, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(cdf_inverts_quantile) {
  StepDistribution d = Uniform();
  for (double p : {0.01, 0.1, 0.33, 0.5, 0.77, 0.975}) {
    BOOST_TEST(d.Cdf(d.Quantile(p)) == p, boost::test_tools::tolerance(1e-9));
  }
  BOOST_TEST(d.Cdf(-1.0) == 0.0);
  BOOST_TEST(d.Cdf(101.0) == 1.0);
}

BOOST_AUTO_TEST_CASE(cdf_counts_mass_piled_at_a_bound) {
  // Upper quantiles clamped at a bound of 100: P(value <= 100) is 1.
  StepDistribution d = Uniform();
  for (size_t i = 15; i < kQuantileLevels.size(); ++i) d.quantiles[i] = 100.0;
  BOOST_TEST(d.Cdf(100.0) == 1.0);
  BOOST_TEST(d.Cdf(99.999) < 0.9);
}

BOOST_AUTO_TEST_SUITE_END()
