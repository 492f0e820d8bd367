// The forecast method table: names round-trip, unknown names are rejected,
// and the eligibility columns say what the models actually do.
#define BOOST_TEST_MODULE forecast_method
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>
#include <vector>

#include "models/forecast_method.h"
#include "models/forecaster.h"

using namespace plancast;

BOOST_AUTO_TEST_SUITE(ForecastMethodTable)

BOOST_AUTO_TEST_CASE(every_method_round_trips_through_its_name) {
  std::set<std::string> seen;
  for (ForecastMethod method : AllForecastMethods()) {
    const std::string name = ForecastMethodName(method);
    BOOST_TEST(seen.insert(name).second, "duplicate name " << name);
    const std::optional<ForecastMethod> parsed = ParseForecastMethod(name);
    BOOST_REQUIRE_MESSAGE(parsed.has_value(), name);
    BOOST_TEST((*parsed == method), name);
    BOOST_TEST(!std::string(ForecastMethodRow(method).description).empty(), name);
  }
}

// The names are a contract (report.json, --method, backtest output): pinned.
BOOST_AUTO_TEST_CASE(names_are_the_published_ones_default_first) {
  const std::vector<std::string> expected = {"default", "linear", "exponential", "logistic", "gompertz",
                                             "damped",  "growth", "naive",       "drift",    "theta"};
  BOOST_TEST(ForecastMethodNames() == expected, boost::test_tools::per_element());
  BOOST_TEST(ForecastMethodList() == "default, linear, exponential, logistic, gompertz, damped, growth, "
                                     "naive, drift, theta");
}

BOOST_AUTO_TEST_CASE(unknown_names_are_rejected) {
  for (const char* name : {"", "Default", "drfit", "default ", "arima"})
    BOOST_TEST(!ParseForecastMethod(name).has_value(), "'" << name << "'");
}

BOOST_AUTO_TEST_CASE(help_lists_every_method_with_its_needs) {
  const std::string help = ForecastMethodHelp();
  for (const ForecastMethodInfo& row : kForecastMethods) {
    BOOST_TEST(help.find(std::string("\n  ") + row.name + " ") != std::string::npos, row.name);
    BOOST_TEST(help.find(row.description) != std::string::npos, row.name);
  }
  BOOST_TEST(help.find("needs 6 points") != std::string::npos);  // damped
  BOOST_TEST(help.find("positive values") != std::string::npos);
}

// min_points and needs_positive are what the model code checks: with one
// point fewer (or a non-positive value) the method falls back to the default;
// at min_points on a clean, positive, bounded series it runs itself.
BOOST_AUTO_TEST_CASE(eligibility_columns_match_the_models) {
  SeriesTraits traits;
  traits.bounds = Bounds{0.0, 100.0};  // logistic and gompertz need 3 points with a ceiling
  traits.positive = true;
  const std::vector<double> all_t = {2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017};
  const std::vector<double> all_y = {10, 12, 15, 19, 24, 30, 37, 45};  // positive, rising, below 100
  for (const ForecastMethodInfo& row : kForecastMethods) {
    ForecastOptions options;
    options.method = row.method;
    const size_t n = static_cast<size_t>(row.min_points);
    const std::vector<double> t(all_t.begin(), all_t.begin() + n), y(all_y.begin(), all_y.begin() + n);
    const Forecast enough = ForecastSeries(t, y, {2020}, traits, options);
    BOOST_TEST((enough.status == ForecastStatus::kOk), row.name);
    BOOST_TEST(!enough.fallback, row.name << " with " << n << " points");
    if (n > 2) {  // below two points nothing runs at all
      const Forecast fewer = ForecastSeries(std::vector<double>(t.begin(), t.end() - 1),
                                            std::vector<double>(y.begin(), y.end() - 1), {2020}, traits, options);
      BOOST_TEST(fewer.fallback, row.name << " with " << n - 1 << " points");
    }
    std::vector<double> with_zero = y;
    with_zero.front() = 0.0;
    SeriesTraits not_positive = traits;
    not_positive.positive = false;
    const Forecast zero = ForecastSeries(t, with_zero, {2020}, not_positive, options);
    if (row.needs_positive) BOOST_TEST(zero.fallback, row.name << " with a zero");
  }
}

BOOST_AUTO_TEST_SUITE_END()
