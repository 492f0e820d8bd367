// Trend curves recover known curves from exact and noisy synthetic data.
//
// Data: y_i = f(t_i; known parameters) at t = 2000..2014 (exact), plus, for
// the noisy cases, independent N(0, sd) noise from std::mt19937 with a fixed
// seed (std::normal_distribution). Forecasts are anchored to the last value,
// so with exact data the forecast equals the true curve's continuation
// exactly when the fit recovered the parameters.
#define BOOST_TEST_MODULE trend_fit
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <functional>
#include <random>

#include "models/damped_trend.h"
#include "models/exponential_trend.h"
#include "models/gompertz_trend.h"
#include "models/linear_trend.h"
#include "models/logistic_trend.h"

using namespace plancast;

namespace {

struct Case {
  std::vector<double> t, y, horizon_t;
  SeriesScale scale;
  ScaledSeries scaled;
  CurveInput input;
};

Case MakeCase(const std::function<double(double)>& f, double noise_sd, Bounds bounds,
              bool log_scale) {
  Case c;
  std::mt19937 rng(7);
  std::normal_distribution<double> noise(0.0, noise_sd);
  for (int year = 2000; year <= 2014; ++year) {
    c.t.push_back(year);
    c.y.push_back(f(year) + (noise_sd > 0 ? noise(rng) : 0.0));
  }
  c.horizon_t = {2015, 2017, 2020};
  SeriesTraits traits;
  traits.positive = log_scale;
  c.scale = SeriesScale::Choose(c.y, traits);
  c.scaled = ScaledSeries{c.t, c.scale.Forward(c.y)};
  c.input = CurveInput{c.t, c.y, c.horizon_t, bounds, &c.scale, &c.scaled, false};
  return c;
}

// Forecast on the data scale, as the anchored curve gives it.
std::vector<double> CurveForecast(const Case& c, const PointPath& p) {
  BOOST_REQUIRE_MESSAGE(p.ok, p.why_not);
  std::vector<double> out;
  for (double z : p.center) out.push_back(c.scale.Backward(z));
  return out;
}

void ExpectClose(const std::vector<double>& got, const std::function<double(double)>& truth,
                 const std::vector<double>& horizon_t, double rel_tol) {
  for (size_t i = 0; i < got.size(); ++i) {
    double want = truth(horizon_t[i]);
    BOOST_TEST(std::fabs(got[i] - want) <= rel_tol * std::fabs(want),
               "t=" << horizon_t[i] << " got " << got[i] << " want " << want);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(TrendFit)

BOOST_AUTO_TEST_CASE(linear_recovers_slope) {
  auto f = [](double t) { return 3.0 + 0.25 * (t - 2000); };
  Case c = MakeCase(f, 0.0, {}, false);
  ExpectClose(CurveForecast(c, FitLinearTrend(c.input)), f, c.horizon_t, 1e-6);
}

BOOST_AUTO_TEST_CASE(exponential_recovers_growth_rate) {
  auto f = [](double t) { return 50.0 * std::exp(0.07 * (t - 2000)); };
  Case c = MakeCase(f, 0.0, {}, true);
  ExpectClose(CurveForecast(c, FitExponentialTrend(c.input)), f, c.horizon_t, 1e-5);
}

BOOST_AUTO_TEST_CASE(logistic_recovers_fitted_ceiling_past_inflection) {
  // K = 80, r = 0.45, inflection 2006: the data pass it, so K is identified.
  auto f = [](double t) { return 80.0 / (1.0 + std::exp(-0.45 * (t - 2006))); };
  Case c = MakeCase(f, 0.0, {}, true);
  ExpectClose(CurveForecast(c, FitLogisticTrend(c.input)), f, c.horizon_t, 1e-4);
}

BOOST_AUTO_TEST_CASE(logistic_refuses_unbounded_data_before_inflection) {
  auto f = [](double t) { return 80.0 / (1.0 + std::exp(-0.3 * (t - 2025))); };
  Case c = MakeCase(f, 0.0, {}, true);
  BOOST_TEST(!FitLogisticTrend(c.input).ok);
}

BOOST_AUTO_TEST_CASE(logistic_uses_bounded_ceiling_before_inflection) {
  // Ceiling 100 known from the indicator's bounds; the data end before 2020.
  auto f = [](double t) { return 100.0 / (1.0 + std::exp(-0.2 * (t - 2020))); };
  Case c = MakeCase(f, 0.0, Bounds{0.0, 100.0}, true);
  ExpectClose(CurveForecast(c, FitLogisticTrend(c.input)), f, c.horizon_t, 1e-4);
}

BOOST_AUTO_TEST_CASE(gompertz_recovers_curve) {
  // K = 60, b = 4, c = 0.3: inflection at ln(4)/0.3 = 4.6 years after 2000.
  auto f = [](double t) { return 60.0 * std::exp(-4.0 * std::exp(-0.3 * (t - 2000))); };
  Case c = MakeCase(f, 0.0, {}, true);
  ExpectClose(CurveForecast(c, FitGompertzTrend(c.input)), f, c.horizon_t, 1e-4);
}

BOOST_AUTO_TEST_CASE(noisy_logistic_stays_close) {
  // Noise sd 0.5 on values 10..70: the 2020 forecast is within 5%.
  auto f = [](double t) { return 80.0 / (1.0 + std::exp(-0.45 * (t - 2006))); };
  Case c = MakeCase(f, 0.5, {}, true);
  ExpectClose(CurveForecast(c, FitLogisticTrend(c.input)), f, c.horizon_t, 0.05);
}

BOOST_AUTO_TEST_CASE(noisy_linear_stays_close) {
  auto f = [](double t) { return 20.0 + 1.5 * (t - 2000); };
  Case c = MakeCase(f, 0.8, {}, false);
  ExpectClose(CurveForecast(c, FitLinearTrend(c.input)), f, c.horizon_t, 0.05);
}

BOOST_AUTO_TEST_CASE(damped_trend_follows_an_exact_line_closely) {
  // A straight line has no errors to learn from; the damped slope still
  // keeps most of it over one year.
  auto f = [](double t) { return 10.0 + 2.0 * (t - 2000); };
  Case c = MakeCase(f, 0.0, {}, false);
  PointPath p = FitDampedTrend(c.scaled, c.horizon_t, false);
  BOOST_REQUIRE(p.ok);
  BOOST_TEST(std::fabs(p.center[0] - f(2015)) < 0.3);
  BOOST_TEST(p.center[2] > f(2014));  // still rising
}

BOOST_AUTO_TEST_CASE(curves_refuse_too_short_histories) {
  auto f = [](double t) { return 1.0 + t - 2000; };
  Case c = MakeCase(f, 0.0, {}, true);
  c.input.t.resize(2);
  c.input.y.resize(2);
  BOOST_TEST(!FitLinearTrend(c.input).ok);
  BOOST_TEST(!FitLogisticTrend(c.input).ok);
  BOOST_TEST(!FitGompertzTrend(c.input).ok);
}

BOOST_AUTO_TEST_SUITE_END()
