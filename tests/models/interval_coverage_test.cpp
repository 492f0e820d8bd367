// The default method's intervals cover near nominal on simulated series.
//
// Data: 300 series of 20 yearly values, log y a random walk with drift
// (drift ~ U(-0.02, 0.06) per series, innovation sd ~ U(0.03, 0.10)), from
// std::mt19937 seed 2024. The last 5 values are held out. A random walk with
// drift is the model behind the error scale, so coverage should be close to
// nominal; the band allows for 1500 correlated points and the prior.
#define BOOST_TEST_MODULE interval_coverage
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <random>

#include "models/forecaster.h"

using namespace plancast;

BOOST_AUTO_TEST_CASE(default_covers_near_nominal_on_random_walks_with_drift) {
  std::mt19937 rng(2024);
  std::uniform_real_distribution<double> drift_dist(-0.02, 0.06), sd_dist(0.03, 0.10);
  std::normal_distribution<double> unit(0.0, 1.0);
  int inside80 = 0, inside95 = 0, total = 0;
  for (int series = 0; series < 300; ++series) {
    double drift = drift_dist(rng), sd = sd_dist(rng), log_y = std::log(100.0);
    std::vector<double> t, y;
    for (int i = 0; i < 20; ++i) {
      log_y += drift + sd * unit(rng);
      t.push_back(2000 + i);
      y.push_back(std::exp(log_y));
    }
    std::vector<double> fit_t(t.begin(), t.begin() + 15), fit_y(y.begin(), y.begin() + 15);
    std::vector<double> horizon_t(t.begin() + 15, t.end());
    SeriesTraits traits;
    traits.positive = true;
    ForecastOptions options;
    options.compute_fitted = false;
    Forecast f = ForecastSeries(fit_t, fit_y, horizon_t, traits, options);
    BOOST_REQUIRE(f.status == ForecastStatus::kOk);
    for (size_t h = 0; h < horizon_t.size(); ++h) {
      double actual = y[15 + h];
      const StepDistribution& s = f.steps[h];
      inside80 += actual >= s.Quantile(0.10) && actual <= s.Quantile(0.90);
      inside95 += actual >= s.Quantile(0.025) && actual <= s.Quantile(0.975);
      ++total;
    }
  }
  double cov80 = static_cast<double>(inside80) / total, cov95 = static_cast<double>(inside95) / total;
  BOOST_TEST_MESSAGE("coverage80 " << cov80 << ", coverage95 " << cov95);
  BOOST_TEST(std::fabs(cov80 - 0.80) < 0.07);
  BOOST_TEST(std::fabs(cov95 - 0.95) < 0.04);
}
