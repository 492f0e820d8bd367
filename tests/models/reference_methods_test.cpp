// Naive, drift and theta against forecasts worked out by hand.
#define BOOST_TEST_MODULE reference_methods
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "models/reference_methods.h"

using namespace plancast;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(ReferenceMethods)

BOOST_AUTO_TEST_CASE(naive_repeats_the_last_value) {
  ScaledSeries s{{1, 2, 3, 4}, {5, 7, 6, 9}};
  PointPath p = NaiveForecast(s, {5, 6});
  BOOST_TEST(p.center[0] == 9.0);
  BOOST_TEST(p.center[1] == 9.0);
  // sigma = sqrt(mean squared change) = sqrt((4 + 1 + 9) / 3); sqrt(h) growth.
  BOOST_TEST(p.sigma[0] == std::sqrt(14.0 / 3.0), tt::tolerance(1e-12));
  BOOST_TEST(p.sigma[1] == std::sqrt(2.0 * 14.0 / 3.0), tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(drift_extends_the_first_to_last_slope) {
  // Slope (9 - 5) / 3 per year; from 9 at t = 4.
  ScaledSeries s{{1, 2, 3, 4}, {5, 7, 6, 9}};
  PointPath p = DriftForecast(s, {5, 7});
  BOOST_TEST(p.center[0] == 9.0 + 4.0 / 3.0, tt::tolerance(1e-12));
  BOOST_TEST(p.center[1] == 9.0 + 3 * 4.0 / 3.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(drift_counts_years_across_gaps) {
  // 2015 -> 2020 is five years: 10 -> 15 is +1 per year.
  ScaledSeries s{{2015, 2020}, {10, 15}};
  PointPath p = DriftForecast(s, {2025});
  BOOST_TEST(p.center[0] == 20.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(theta_on_a_constant_series_is_constant) {
  ScaledSeries s{{1, 2, 3, 4, 5}, {4, 4, 4, 4, 4}};
  PointPath p = ThetaForecast(s, {6, 8});
  BOOST_TEST(p.center[0] == 4.0, tt::tolerance(1e-9));
  BOOST_TEST(p.center[1] == 4.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(theta_on_a_line_adds_half_the_slope) {
  // y = 2i: SES tracks the line with alpha near 0.99, so the level is ~y_n
  // and the theta line adds b/2 = 1 per step (plus the small offset term
  // b/2 ((1 - (1 - a)^n) / a - 1), ~0 for a ~ 1): forecasts ~ y_n + h.
  ScaledSeries s{{0, 1, 2, 3, 4, 5, 6, 7}, {0, 2, 4, 6, 8, 10, 12, 14}};
  PointPath p = ThetaForecast(s, {8, 10});
  SesFit ses = FitSes(s.z);
  BOOST_TEST(ses.alpha > 0.95);
  BOOST_TEST(p.center[0] == 15.0, tt::tolerance(0.05));
  BOOST_TEST(p.center[1] == 17.0, tt::tolerance(0.05));
}

BOOST_AUTO_TEST_CASE(ses_level_is_closed_form_for_known_alpha) {
  // With a constant series every alpha fits perfectly; the level is the value.
  SesFit f = FitSes({3, 3, 3});
  BOOST_TEST(f.level == 3.0, tt::tolerance(1e-12));
  BOOST_TEST(f.sse == 0.0, tt::tolerance(1e-20));
}

BOOST_AUTO_TEST_SUITE_END()
