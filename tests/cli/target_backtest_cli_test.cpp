// `plancast backtest HISTORY --targets TARGETS` end to end: the JSON and
// --forecasts contracts, the same P as `plancast forecast` on the equivalent
// YAML plan, and bad TARGETS rows reported as file:line:col with exit 2.
#define BOOST_TEST_MODULE target_backtest_cli
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/support/run_cli.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

namespace {

void Write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// Two series: steady compound growth with wiggles, and a falling one.
std::string History() {
  std::string csv = "series_id,period,value\n";
  for (int year = 2000; year <= 2015; ++year) {
    csv += fmt::format("grow,{},{:.6g}\n", year, 100.0 * std::pow(1.06, year - 2000) * (1 + 0.03 * std::sin(year)));
    csv += fmt::format("fall,{},{:.6g}\n", year, 50.0 - 1.5 * (year - 2000) + std::cos(year));
  }
  return csv;
}

const char* kCases =
    "case_id,series_id,origin,target_year,target_value,direction\n"
    "g1,grow,2008,2013,190,increase\n"
    "g2,grow,2010,2015,260,increase\n"
    "g3,grow,2003,2006,115,increase\n"
    "f1,fall,2009,2014,30,decrease\n"
    "f2,fall,2005,2012,25,decrease\n";

// method -> case -> p
std::map<std::string, std::map<std::string, double>> ReadForecasts(const fs::path& path) {
  std::map<std::string, std::map<std::string, double>> p;
  std::stringstream in(ReadFile(path));
  std::string line;
  std::getline(in, line);
  BOOST_TEST(line == "method,case_id,p_meet");
  while (std::getline(in, line)) {
    const size_t a = line.find(','), b = line.find(',', a + 1);
    p[line.substr(0, a)][line.substr(a + 1, b - a - 1)] = std::stod(line.substr(b + 1));
  }
  return p;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(TargetBacktestCli)

BOOST_AUTO_TEST_CASE(writes_scores_and_probabilities_per_method) {
  const fs::path dir = FreshTempDir("targets-ok");
  Write(dir / "h.csv", History());
  Write(dir / "t.csv", kCases);
  const CliResult r = RunPlancast(fmt::format("backtest '{0}/h.csv' --targets '{0}/t.csv' --out '{0}/s.json' "
                                              "--forecasts '{0}/p.csv' --threads 2",
                                              dir.string()));
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto j = nlohmann::json::parse(ReadFile(dir / "s.json"));
  BOOST_TEST(j["cases"].get<int>() == 5);
  BOOST_REQUIRE(j["methods"].size() == 3u);
  std::vector<std::string> names;
  for (const auto& m : j["methods"]) {
    names.push_back(m["name"]);
    for (const char* key : {"name", "brier", "log_loss", "auc", "reliability"}) BOOST_TEST(m.contains(key), key);
    long long n = 0;
    for (const auto& b : m["reliability"]) {
      for (const char* key : {"bin", "mean_p", "observed", "n"}) BOOST_TEST(b.contains(key), key);
      n += b["n"].get<long long>();
    }
    BOOST_TEST(n == 5);
    BOOST_TEST((m["brier"].get<double>() >= 0 && m["brier"].get<double>() <= 1));
  }
  BOOST_TEST((names == std::vector<std::string>{"default", "drift_normal", "eurostat_rule"}));
  const auto p = ReadForecasts(dir / "p.csv");
  BOOST_TEST(p.size() == 3u);
  for (const auto& [method, cases] : p) {
    BOOST_TEST(cases.size() == 5u, method);
    for (const auto& [id, prob] : cases) BOOST_TEST((prob >= 0 && prob <= 1), method + " " + id);
  }
  for (const auto& [id, prob] : p.at("eurostat_rule")) BOOST_TEST((prob == 0.0 || prob == 1.0), id);
  fs::remove_all(dir);
}

// The promise of the command: the P it scores is the P a planner gets from
// `plancast forecast` for the same history and target.
BOOST_AUTO_TEST_CASE(same_probability_as_forecast_on_the_equivalent_plan) {
  const fs::path dir = FreshTempDir("targets-same");
  Write(dir / "h.csv", History());
  Write(dir / "t.csv", kCases);
  const CliResult r = RunPlancast(
      fmt::format("backtest '{0}/h.csv' --targets '{0}/t.csv' --forecasts '{0}/p.csv'", dir.string()));
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto p = ReadForecasts(dir / "p.csv");
  struct Case {
    const char* id;
    const char* series;
    int origin, target_year;
    double target;
    const char* direction;
  };
  for (const Case c : {Case{"g1", "grow", 2008, 2013, 190, "increase"}, Case{"f1", "fall", 2009, 2014, 30, "decrease"},
                       Case{"g3", "grow", 2003, 2006, 115, "increase"}}) {
    std::string history;
    for (int year = 2000; year <= c.origin; ++year) {
      const double v = std::string(c.series) == "grow" ? 100.0 * std::pow(1.06, year - 2000) * (1 + 0.03 * std::sin(year))
                                                       : 50.0 - 1.5 * (year - 2000) + std::cos(year);
      history += fmt::format("      {}: {:.6g}\n", year, v);
    }
    Write(dir / "plan.yaml",
          fmt::format("schema: 1\nplan:\n  id: case\n  name: case\n  period: {{start: {0}, end: {1}}}\n"
                      "  baseline_year: {2}\n  as_of: {0}-12-31\ngoals:\n  - id: goal\n    name: goal\n"
                      "indicators:\n  - id: series\n    name: {3}\n    unit: units\n    direction: {4}\n"
                      "    goals: [goal]\n    history:\n{5}    target:\n      year: {1}\n      value: {6}\n",
                      c.origin + 1, c.target_year, c.origin, c.series, c.direction, history, c.target));
    const CliResult f = RunPlancast(fmt::format("forecast '{0}/plan.yaml' --out '{0}/out' --format json", dir.string()));
    BOOST_REQUIRE_MESSAGE(f.exit_code == 0, f.err + f.out);
    const auto report = nlohmann::json::parse(ReadFile(dir / "out" / "report.json"));
    const double from_forecast = report["indicators"][0]["p_meet"];
    BOOST_TEST(std::fabs(from_forecast - p.at("default").at(c.id)) < 1e-6, c.id);
  }
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(bad_rows_are_located_and_nothing_is_written) {
  const fs::path dir = FreshTempDir("targets-bad");
  Write(dir / "h.csv", History());
  Write(dir / "t.csv",
        "case_id,series_id,origin,target_year,target_value,direction\n"
        "a,grow,2008,2013,190,up\n"         // line 2: direction
        "b,nope,2008,2013,190,increase\n"   // line 3: unknown series
        "c,grow,2013,2010,190,increase\n"   // line 4: target before origin
        "d,grow,2008,2020,190,increase\n"   // line 5: no outcome in the history
        "e,grow,2000,2005,1x9,increase\n"   // line 6: value
        "e,grow,2001,2005,190,increase\n"   // line 7: repeated case_id
        "f,grow,2008\n");                   // line 8: too few fields
  const CliResult r = RunPlancast(fmt::format(
      "backtest '{0}/h.csv' --targets '{0}/t.csv' --out '{0}/s.json' --forecasts '{0}/p.csv'", dir.string()));
  BOOST_TEST(r.exit_code == 2);
  const std::string t = (dir / "t.csv").string();
  for (const std::string where : {t + ":2:22:", t + ":3:3:", t + ":4:13:", t + ":5:13:", t + ":6:18:", t + ":7:1:",
                                  t + ":8:8:"})
    BOOST_TEST(r.err.find(where + " error:") != std::string::npos, where + "\n" + r.err);
  BOOST_TEST(!fs::exists(dir / "s.json"));
  BOOST_TEST(!fs::exists(dir / "p.csv"));
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(horizon_still_required_without_targets) {
  const fs::path dir = FreshTempDir("targets-horizon");
  Write(dir / "h.csv", History());
  const CliResult r = RunPlancast(fmt::format("backtest '{0}/h.csv'", dir.string()));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("horizon") != std::string::npos, r.err);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(point_backtest_flags_are_refused_with_targets) {
  const fs::path dir = FreshTempDir("targets-flags");
  Write(dir / "h.csv", History());
  Write(dir / "t.csv", kCases);
  for (const char* flag : {"--horizon 3", "--method drift"}) {
    const CliResult r = RunPlancast(fmt::format("backtest '{0}/h.csv' --targets '{0}/t.csv' {1}", dir.string(), flag));
    BOOST_TEST(r.exit_code == 2, flag);
    BOOST_TEST(r.err.find("does not apply with --targets") != std::string::npos, r.err);
  }
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
