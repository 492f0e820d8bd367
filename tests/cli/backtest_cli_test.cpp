// `plancast backtest` end to end on tests/data/backtest_small.csv.
#define BOOST_TEST_MODULE backtest_cli
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

int Run(const std::string& args, std::string* output) {
  std::string out_file = "/tmp/plancast_bt_cli_" + std::to_string(::getpid()) + ".txt";
  int status = std::system((std::string(PLANCAST_BINARY) + " " + args + " > " + out_file + " 2>&1").c_str());
  std::ifstream in(out_file);
  std::stringstream text;
  text << in.rdbuf();
  *output = text.str();
  std::remove(out_file.c_str());
  return WEXITSTATUS(status);
}

const std::string kData = std::string(PLANCAST_SOURCE_DIR) + "/tests/data/backtest_small.csv";

}  // namespace

BOOST_AUTO_TEST_SUITE(BacktestCli)

BOOST_AUTO_TEST_CASE(prints_table_and_writes_json_and_forecasts) {
  std::string json_path = "/tmp/plancast_bt_" + std::to_string(::getpid()) + ".json";
  std::string csv_path = "/tmp/plancast_bt_" + std::to_string(::getpid()) + ".csv";
  std::string output;
  int code = Run("backtest " + kData + " --horizon 2 --threads 2 --out " + json_path +
                     " --forecasts " + csv_path,
                 &output);
  BOOST_REQUIRE_MESSAGE(code == 0, output);
  for (const char* row : {"default", "naive", "drift", "theta", "linear", "damped"})
    BOOST_TEST(output.find(std::string("\n") + row + " ") != std::string::npos, row);

  std::ifstream json_in(json_path);
  nlohmann::json j = nlohmann::json::parse(json_in);
  BOOST_TEST(j["series"].get<int>() == 3);
  BOOST_TEST(j["too_short"].get<int>() == 1);
  BOOST_TEST(j["horizon"].get<int>() == 2);
  BOOST_TEST(j["default"].get<std::string>() == "default");
  for (const auto& m : j["methods"])
    for (const char* key : {"name", "smape", "mase", "coverage80", "coverage95", "msis", "seconds"})
      BOOST_TEST(m.contains(key), key);

  std::ifstream csv_in(csv_path);
  std::string header, line;
  std::getline(csv_in, header);
  BOOST_TEST(header == "method,series_id,h,forecast,lo80,hi80,lo95,hi95");
  int rows = 0;
  while (std::getline(csv_in, line)) ++rows;
  BOOST_TEST(rows == static_cast<int>(j["methods"].size()) * 2 * 2);  // methods x 2 series x H
  std::remove(json_path.c_str());
  std::remove(csv_path.c_str());
}

BOOST_AUTO_TEST_CASE(bad_horizon_and_bad_file_exit_2) {
  std::string output;
  BOOST_TEST(Run("backtest " + kData + " --horizon 0", &output) == 2);
  BOOST_TEST(output.find("error:") != std::string::npos, output);
  BOOST_TEST(Run("backtest /nonexistent.csv --horizon 2", &output) == 2);
  BOOST_TEST(Run("backtest " + kData + " --horizon 2 --method drfit", &output) == 2);
  BOOST_TEST(output.find("did you mean 'drift'") != std::string::npos, output);
  BOOST_TEST(Run("backtest " + kData + " --horizon 2 --method naive,arima", &output) == 2);
  BOOST_TEST(output.find("unknown forecast method 'arima'") != std::string::npos, output);
  BOOST_TEST(output.find("known methods: default, linear") != std::string::npos, output);
}

BOOST_AUTO_TEST_SUITE_END()
