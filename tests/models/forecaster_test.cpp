// ForecastSeries: the contract the engine relies on.
#define BOOST_TEST_MODULE forecaster
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "models/forecaster.h"

using namespace plancast;

BOOST_AUTO_TEST_SUITE(Forecaster)

BOOST_AUTO_TEST_CASE(fewer_than_two_points_is_insufficient_data) {
  BOOST_TEST((ForecastSeries({}, {}, {2025}, {}, {}).status == ForecastStatus::kInsufficientData));
  Forecast f = ForecastSeries({2020}, {5.3}, {2025}, {}, {});
  BOOST_TEST((f.status == ForecastStatus::kInsufficientData));
  BOOST_TEST(f.steps.empty());
}

BOOST_AUTO_TEST_CASE(two_points_five_years_apart_give_a_growth_rate_with_honest_spread) {
  // R&D share 2.61% (2015) -> 3.09% (2020) on the logit scale of [0, 100]:
  // drift d = 0.0347/yr. The default carries forward the share
  // tau^2 / (tau^2 + sigma^2 / span) of it (models/error_scale.h), by hand:
  // sigma^2 = (2 * 0.09^2 + d^2 * 5 / (1 + 5)) / 3, tau = 0.04, span 5.
  SeriesTraits traits;
  traits.bounds = Bounds{0.0, 100.0};
  Forecast f = ForecastSeries({2015, 2020}, {2.61, 3.09}, {2025}, traits, {});
  BOOST_REQUIRE(f.status == ForecastStatus::kOk);
  const StepDistribution& s = f.steps[0];
  auto logit = [](double y) { return std::log(y / (100.0 - y)); };
  const double d = (logit(3.09) - logit(2.61)) / 5.0;
  const double sigma2 = (2 * 0.09 * 0.09 + d * d * 5.0 / 6.0) / 3.0;
  const double share = 0.04 * 0.04 / (0.04 * 0.04 + sigma2 / 5.0);
  const double z = logit(3.09) + share * d * 5.0;
  BOOST_TEST(s.Median() == 100.0 / (1.0 + std::exp(-z)), boost::test_tools::tolerance(0.001));
  BOOST_TEST(share > 0.5);  // a modest, plausible trend is mostly kept
  ForecastOptions growth;
  growth.method = ForecastMethod::kGrowth;  // the full rate
  Forecast g = ForecastSeries({2015, 2020}, {2.61, 3.09}, {2025}, traits, growth);
  BOOST_TEST(g.steps[0].Median() == 3.09 * 3.09 / 2.61, boost::test_tools::tolerance(0.01));
  double width80 = s.Quantile(0.9) - s.Quantile(0.1);
  BOOST_TEST(width80 > 0.1 * s.Median());  // not falsely certain
  BOOST_TEST(width80 < 1.5 * s.Median());  // nor useless
}

BOOST_AUTO_TEST_CASE(bounded_shares_stay_inside_their_bounds) {
  SeriesTraits traits;
  traits.bounds = Bounds{0.0, 100.0};
  Forecast f = ForecastSeries({2015, 2020}, {38.13, 65.1}, {2025, 2035}, traits, {});
  for (const StepDistribution& s : f.steps) {
    BOOST_TEST(s.quantiles.front() >= 0.0);
    BOOST_TEST(s.quantiles.back() <= 100.0);
  }
}

BOOST_AUTO_TEST_CASE(every_method_gives_ordered_quantiles) {
  std::vector<double> t, y;
  for (int i = 0; i < 12; ++i) {
    t.push_back(2000 + i);
    y.push_back(10 + 2 * i + (i % 3 == 0 ? 1.0 : -0.5));
  }
  SeriesTraits traits;
  traits.positive = true;
  for (const ForecastMethodInfo& row : kForecastMethods) {
    const std::string m = row.name;
    ForecastOptions o;
    o.method = row.method;
    Forecast f = ForecastSeries(t, y, {2012, 2015}, traits, o);
    BOOST_REQUIRE_MESSAGE(f.status == ForecastStatus::kOk, m);
    for (const StepDistribution& s : f.steps) {
      for (size_t i = 1; i < s.quantiles.size(); ++i) BOOST_TEST(s.quantiles[i] >= s.quantiles[i - 1]);
      BOOST_TEST(s.Quantile(0.9) > s.Quantile(0.1), m);
    }
  }
}

BOOST_AUTO_TEST_CASE(awkward_histories_give_finite_ordered_quantiles_for_every_method) {
  // Flat, zero, negative, crossing zero, huge, tiny, irregular gaps, at a bound.
  struct Case {
    std::vector<double> t, y;
    Bounds bounds;
    bool positive;
  };
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<Case> cases = {
      {{2015, 2016, 2017, 2018}, {5, 5, 5, 5}, {0, inf}, true},
      {{2015, 2016, 2017, 2018}, {0, 0, 0, 0}, {0, inf}, false},
      {{2015, 2016, 2017, 2018, 2019}, {-3, -1, 2, -4, 1}, {}, false},
      {{2010, 2012, 2013, 2017, 2020}, {1e12, 3e12, 2e12, 8e12, 9e12}, {0, inf}, true},
      {{2015, 2020}, {1e-9, 2e-9}, {0, inf}, true},
      {{2015, 2016, 2017, 2018, 2019, 2020}, {90, 95, 98, 99.5, 100, 100}, {0, 100}, true},
      {{2015, 2020}, {7, 7}, {}, true},
      {{2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007}, {1, 2, 4, 8, 16, 32, 64, 128}, {}, true},
  };
  for (const Case& c : cases) {
    SeriesTraits traits;
    traits.bounds = c.bounds;
    traits.positive = c.positive;
    std::vector<Forecast> all = ForecastSeriesMethods(c.t, c.y, {c.t.back() + 1, c.t.back() + 10},
                                                      traits, AllForecastMethods(), true, nullptr);
    for (const Forecast& f : all) {
      BOOST_REQUIRE_MESSAGE((f.status == ForecastStatus::kOk), ForecastMethodName(f.method));
      for (const StepDistribution& s : f.steps) {
        for (size_t i = 0; i < s.quantiles.size(); ++i) {
          BOOST_TEST(std::isfinite(s.quantiles[i]), ForecastMethodName(f.method) << " y0=" << c.y[0]);
          if (i > 0) BOOST_TEST(s.quantiles[i] >= s.quantiles[i - 1]);
          BOOST_TEST(s.quantiles[i] >= c.bounds.lo);
          BOOST_TEST(s.quantiles[i] <= c.bounds.hi);
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(ineligible_model_falls_back_and_says_so) {
  ForecastOptions o;
  o.method = ForecastMethod::kLogistic;
  Forecast f = ForecastSeries({2015, 2020}, {1.0, 2.0}, {2025}, {}, o);
  BOOST_TEST((f.status == ForecastStatus::kOk));
  BOOST_TEST(f.fallback);
  BOOST_TEST(!f.warnings.empty());
}

BOOST_AUTO_TEST_CASE(same_input_same_output) {
  std::vector<double> t = {2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017};
  std::vector<double> y = {5, 5.5, 6.3, 6.6, 7.4, 8.1, 8.3, 9.2};
  Forecast a = ForecastSeries(t, y, {2020}, {}, {});
  Forecast b = ForecastSeries(t, y, {2020}, {}, {});
  BOOST_TEST(a.steps[0].quantiles == b.steps[0].quantiles);
}

BOOST_AUTO_TEST_SUITE_END()
