// Short histories: the interval must grow with the change actually observed
// (models/error_scale.h), because with two points the drift and the noise
// cannot be told apart. The example plan's cases, in miniature.
#define BOOST_TEST_MODULE short_history_interval
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "models/forecaster.h"

using namespace plancast;

namespace {

// Width of the 80% interval on the log scale (a relative width, comparable
// across levels).
double LogWidth80(const StepDistribution& s) { return std::log(s.Quantile(0.9) / s.Quantile(0.1)); }

SeriesTraits Count() {
  SeriesTraits traits;
  traits.bounds = Bounds{0.0, std::numeric_limits<double>::infinity()};
  return traits;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ShortHistoryInterval)

BOOST_AUTO_TEST_CASE(a_big_two_point_jump_gets_a_wider_interval_than_a_small_change) {
  // 高新技术企业数 46 -> 297 (2015 -> 2020) against a quiet 280 -> 297. (The
  // big jump's centre is also shrunk hard towards the latest value, since such
  // jumps mostly do not persist; that must not make its interval narrow.)
  Forecast big = ForecastSeries({2015, 2020}, {46, 297}, {2025}, Count(), {});
  Forecast small = ForecastSeries({2015, 2020}, {280, 297}, {2025}, Count(), {});
  BOOST_REQUIRE(big.status == ForecastStatus::kOk);
  BOOST_REQUIRE(small.status == ForecastStatus::kOk);
  const double w_big = LogWidth80(big.steps[0]);
  const double w_small = LogWidth80(small.steps[0]);
  BOOST_TEST_MESSAGE("80% log-width: big jump " << w_big << ", small change " << w_small);
  BOOST_TEST(w_big > 1.5 * w_small);
  // The small change still gets the prior's honest spread (not falsely certain).
  BOOST_TEST(w_small > 0.3);
}

BOOST_AUTO_TEST_CASE(the_same_change_is_less_uncertain_when_many_steady_points_show_it) {
  // 46 -> 297 as a steady 45%/yr over 2015..2020: the drift is then identified
  // by the data, so the interval is narrower than with the two end points alone.
  std::vector<double> t, y;
  for (int i = 0; i <= 5; ++i) {
    t.push_back(2015 + i);
    y.push_back(46 * std::pow(297.0 / 46.0, i / 5.0));
  }
  Forecast steady = ForecastSeries(t, y, {2025}, Count(), {});
  Forecast two = ForecastSeries({2015, 2020}, {46, 297}, {2025}, Count(), {});
  BOOST_TEST(LogWidth80(steady.steps[0]) < LogWidth80(two.steps[0]));
}

BOOST_AUTO_TEST_CASE(a_rank_after_one_jump_keeps_a_wide_interval_six_years_ahead) {
  // 创新指数全省排名 among 89 counties: 20th (2018), 11th (2019); where in 2025?
  // Criterion: one observed change of 9 places cannot rule out, at 80%, either
  // staying where it is (11) or giving the gain back (20), so the 80% interval
  // must contain both and span at least 10 places; and the chance of reaching
  // the target (8th or better) must be neither near-certain (below 90%) nor
  // dismissed (above 20%: 3 places to go, and the only change seen was a gain).
  SeriesTraits traits;
  traits.bounds = Bounds{1.0, 89.0};
  Forecast f = ForecastSeries({2018, 2019}, {20, 11}, {2025}, traits, {});
  BOOST_REQUIRE(f.status == ForecastStatus::kOk);
  const StepDistribution& s = f.steps[0];
  const double lo80 = s.Quantile(0.1), hi80 = s.Quantile(0.9);
  BOOST_TEST_MESSAGE("rank 2025: median " << s.Median() << ", 80% " << lo80 << "-" << hi80
                                          << ", P(<= 8) " << s.Cdf(8.0));
  BOOST_TEST(lo80 <= 11.0);
  BOOST_TEST(hi80 >= 20.0);
  BOOST_TEST(hi80 - lo80 >= 10.0);
  BOOST_TEST(lo80 >= 1.0);  // bounds still hold
  BOOST_TEST(s.Quantile(0.975) <= 89.0);
  BOOST_TEST(s.Cdf(8.0) < 0.9);
  BOOST_TEST(s.Cdf(8.0) > 0.2);
}

BOOST_AUTO_TEST_CASE(short_histories_shrink_a_jump_long_steady_trends_keep_it) {
  // Three yearly points with a doubling at the end: the data sets say such a
  // jump mostly does not persist, so the 2023 median stays well below the
  // 2018-2020 rate carried on (41%/yr: 566) and near the latest value. Twelve steady
  // points at +10%/yr are evidence of a trend, and keep more of it than their
  // own last three points alone do.
  Forecast jump = ForecastSeries({2018, 2019, 2020}, {100, 105, 200}, {2023}, Count(), {});
  BOOST_REQUIRE(jump.status == ForecastStatus::kOk);
  BOOST_TEST_MESSAGE("3-point jump, 2023 median " << jump.steps[0].Median());
  BOOST_TEST(jump.steps[0].Median() < 260.0);
  BOOST_TEST(jump.steps[0].Median() > 150.0);
  std::vector<double> t, y;
  for (int i = 0; i < 12; ++i) {
    t.push_back(2009 + i);
    y.push_back(100 * std::pow(1.1, i));
  }
  Forecast steady = ForecastSeries(t, y, {2023}, Count(), {});
  Forecast last3 =
      ForecastSeries({t.end() - 3, t.end()}, {y.end() - 3, y.end()}, {2023}, Count(), {});
  BOOST_TEST_MESSAGE("steady: 12 points " << steady.steps[0].Median() << ", last 3 "
                                          << last3.steps[0].Median() << ", latest " << y.back());
  BOOST_TEST(steady.steps[0].Median() > last3.steps[0].Median());
  BOOST_TEST(last3.steps[0].Median() > y.back());  // shrunk, not dropped
}

BOOST_AUTO_TEST_SUITE_END()
