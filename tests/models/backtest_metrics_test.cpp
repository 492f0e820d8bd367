// Backtest scores against hand-computed values, and thread-count determinism.
#define BOOST_TEST_MODULE backtest_metrics
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "engine/backtest.h"

using namespace plancast;
namespace tt = boost::test_tools;

namespace {
std::string WriteTemp(const std::string& name, const std::string& text) {
  std::string path = std::string("/tmp/plancast_") + name + "_" + std::to_string(::getpid()) + ".csv";
  std::ofstream(path) << text;
  return path;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(BacktestMetrics)

BOOST_AUTO_TEST_CASE(smape_term_by_hand) {
  BOOST_TEST(SmapeTerm(100, 110) == 200.0 * 10 / 210, tt::tolerance(1e-12));
  BOOST_TEST(SmapeTerm(-5, 5) == 200.0, tt::tolerance(1e-12));
  BOOST_TEST(SmapeTerm(0, 0) == 0.0);
}

BOOST_AUTO_TEST_CASE(interval_score_by_hand) {
  // Width 4; a miss of 1 below the lower end costs 2/0.05 = 40 per unit.
  BOOST_TEST(IntervalScoreTerm(5, 4, 8, 0.05) == 4.0, tt::tolerance(1e-12));
  BOOST_TEST(IntervalScoreTerm(3, 4, 8, 0.05) == 44.0, tt::tolerance(1e-12));
  BOOST_TEST(IntervalScoreTerm(10, 4, 8, 0.05) == 84.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(naive_scale_by_hand) {
  BOOST_TEST(NaiveScale({1, 3, 2, 6}) == (2.0 + 1.0 + 4.0) / 3.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(naive_method_scores_by_hand) {
  // Series a: fit on 1,3,2,6 (scale 7/3), naive forecast 6 for actuals 8 and 4.
  std::string path = WriteTemp("naive", "series_id,period,value\na,1,1\na,2,3\na,3,2\na,4,6\na,5,8\na,6,4\n");
  SeriesCsvReader reader(path);
  BacktestOptions o;
  o.horizon = 2;
  o.methods = {ForecastMethod::kNaive};
  BacktestResult r = RunBacktest(reader, o, nullptr);
  std::remove(path.c_str());
  BOOST_REQUIRE(r.methods.size() == 1u);
  const MethodScore& m = r.methods[0];
  BOOST_TEST(m.smape == (SmapeTerm(8, 6) + SmapeTerm(4, 6)) / 2, tt::tolerance(1e-12));
  BOOST_TEST(m.mase == (2.0 + 2.0) / 2 / (7.0 / 3.0), tt::tolerance(1e-12));
  BOOST_TEST(r.series == 1);
}

BOOST_AUTO_TEST_CASE(too_short_series_are_counted) {
  std::string path = WriteTemp("short", "series_id,period,value\na,1,1\na,2,2\na,3,3\nb,1,5\nb,2,6\n");
  SeriesCsvReader reader(path);
  BacktestOptions o;
  o.horizon = 1;
  BacktestResult r = RunBacktest(reader, o, nullptr);
  std::remove(path.c_str());
  BOOST_TEST(r.series == 2);
  BOOST_TEST(r.scored == 1);
  BOOST_TEST(r.too_short == 1);
}

BOOST_AUTO_TEST_CASE(results_do_not_depend_on_thread_count_or_row_order) {
  // 40 series of 12 values each (a deterministic wavy trend per series).
  std::ostringstream csv, shuffled;
  csv << "series_id,period,value\n";
  shuffled << "series_id,period,value\n";
  for (int k = 0; k < 40; ++k)
    for (int i = 0; i < 12; ++i)
      csv << "s" << k << "," << 2000 + i << "," << 50 + k + (1 + k % 5) * i + 3 * std::sin(i * (k + 1)) << "\n";
  for (int i = 11; i >= 0; --i)  // periods backwards, series interleaved
    for (int k = 0; k < 40; ++k)
      shuffled << "s" << k << "," << 2000 + i << "," << 50 + k + (1 + k % 5) * i + 3 * std::sin(i * (k + 1)) << "\n";
  std::string path = WriteTemp("det", csv.str()), path2 = WriteTemp("det2", shuffled.str());
  std::vector<std::string> outputs;
  for (auto [file, threads] : {std::pair{path, 1}, {path, 2}, {path, 3}, {path2, 2}}) {
    SeriesCsvReader reader(file);
    BacktestOptions o;
    o.horizon = 3;
    o.threads = threads;
    o.batch_size = 7;
    std::ostringstream forecasts;
    BacktestResult r = RunBacktest(reader, o, &forecasts);
    std::ostringstream scores;
    for (const MethodScore& m : r.methods)
      scores << m.name << " " << m.smape << " " << m.mase << " " << m.coverage80 << " " << m.msis << "\n";
    outputs.push_back(scores.str() + forecasts.str());
  }
  std::remove(path.c_str());
  std::remove(path2.c_str());
  BOOST_TEST(outputs[0] == outputs[1]);
  BOOST_TEST(outputs[0] == outputs[2]);
  BOOST_TEST(outputs[0] == outputs[3]);
}

BOOST_AUTO_TEST_CASE(bad_rows_are_reported_with_their_place) {
  std::string path = WriteTemp("bad", "series_id,period,value\na,1,1\na,x,2\na,3,NA\n");
  try {
    SeriesCsvReader reader(path);
    BOOST_FAIL("expected an InputError");
  } catch (const InputError& e) {
    std::string text = e.diagnostics().ToString();
    BOOST_TEST(text.find(":3:3: error: period") != std::string::npos, text);
    BOOST_TEST(text.find(":4:5: error: value") != std::string::npos, text);
  }
  std::remove(path.c_str());
}

BOOST_AUTO_TEST_SUITE_END()
