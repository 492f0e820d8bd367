// The plan's own figures through report.json/.csv and `plancast compare`
// (issue 14): figures are never rounded, so a revision in the 9th digit is
// seen; and compare's inputs are checked like a plan's: a hostile report.json
// (another format version, a number written as a string, 1e400, a FIFO, deep
// nesting) is exit 2 with `FILE:LINE:COL: error:` naming the field, never
// skipped and never "internal error".
#define BOOST_TEST_MODULE hardening_compare_cli
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>

#include <algorithm>
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

namespace {

struct CompareCase {
  std::string name;  // the hostile report is written as <name>.json
  // The hostile text, made from a good report.json's text.
  std::function<std::string(const std::string&)> make;
  std::string message;  // stderr must contain "<name>.json" + message
};

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  BOOST_TEST_REQUIRE(at != std::string::npos, from);
  return text.replace(at, from.size(), to);
}

// "LINE:COL" (1-based) of `needle` + `offset` bytes in `text`: the position a
// message must cite, computed so that new report fields do not move the test.
std::string PositionOf(const std::string& text, const std::string& needle, size_t offset) {
  const size_t at = text.find(needle);
  BOOST_TEST_REQUIRE(at != std::string::npos, needle);
  const size_t target = at + offset;
  const size_t line = 1 + std::count(text.begin(), text.begin() + target, '\n');
  const size_t line_start = text.rfind('\n', target == 0 ? 0 : target - 1);
  const size_t column = target - (line_start == std::string::npos ? 0 : line_start + 1) + 1;
  return std::to_string(line) + ":" + std::to_string(column);
}

std::vector<CompareCase> CompareCases(const std::string& good) {
  const std::string value_at = ":" + PositionOf(good, "\"value\": 0.1234567", 9);
  return {
      {"version_99", [](const std::string& t) { return Replace(t, "\"format_version\": 1", "\"format_version\": 99"); },
       ":3:21: error: (root).format_version: report format version 99 is not supported; this plancast reads version 1"},
      {"not_a_report",
       [](const std::string& t) { return Replace(t, "\"plancast-report\"", "\"something-else\""); },
       ":2:13: error: (root).format: is \"something-else\", not \"plancast-report\""},
      {"string_value", [](const std::string& t) { return Replace(t, "\"value\": 0.1234567", "\"value\": \"0.1234567\""); },
       value_at + ": error: indicators[0].history[0].value: expected a number or null, found a string \"0.1234567\""},
      {"string_target", [](const std::string& t) { return Replace(t, "\"value\": 987654321.5", "\"value\": \"lots\""); },
       ".target.value: expected a number or null, found a string \"lots\""},
      {"target_not_object",
       [](const std::string& t) {
         nlohmann::ordered_json j = nlohmann::ordered_json::parse(t);
         j["indicators"][0]["target"] = "2025: 3.0";
         return j.dump(2);
       },
       ":41:17: error: indicators[0].target: expected an object or null, found a string"},
      {"boolean_as_string",
       [](const std::string& t) { return Replace(t, "\"illustrative\": false", "\"illustrative\": \"no\""); },
       "indicators[0].target.illustrative: expected true or false"},
      {"overflow_1e400", [](const std::string& t) { return Replace(t, "0.1234567", "1e400"); },
       value_at + ": error: the number '1e400' is too large for a report (the limit is ±1e100)"},
      {"huge_1e300", [](const std::string& t) { return Replace(t, "0.1234567", "1e300"); },
       "indicators[0].history[0].value: the number 1e+300 is out of range (the limit is ±1e100)"},
      {"year_huge", [](const std::string& t) { return Replace(t, "\"year\": 2017", "\"year\": 99999999999"); },
       "indicators[0].history[0].year: year 99999999999 is outside 1..9999"},
      {"deep", [](const std::string&) { return std::string(100000, '[') + std::string(100000, ']'); },
       ":1:65: error: nested more than 64 levels"},
  };
}

}  // namespace

BOOST_AUTO_TEST_CASE(hostile_compare_inputs_are_exit_2_with_the_field_and_its_position) {
  Fixture f;
  const std::string good = ReadFile(f.work / "a" / "report.json");
  for (const CompareCase& c : CompareCases(good)) {
    BOOST_TEST_CONTEXT("case " << c.name) {
      const std::string file = c.name + ".json";
      std::ofstream(f.work / file, std::ios::binary) << c.make(good);
      const Snapshot before = TakeSnapshot(f.work);
      for (const std::string& args : {"a/report.json " + file, file + " a/report.json --out cmp"}) {
        const TimedRun r = RunPlancastIn(f.work, "compare " + args, 10);
        BOOST_TEST(r.exit_code == 2, args << ": exit " << r.exit_code << "\n" << r.err);
        BOOST_TEST(!HasSanitizerReport(r.err), r.err);
        // A message starting with ':' follows the file name; others are the field's part.
        const std::string wanted = c.message[0] == ':' ? file + c.message : c.message;
        BOOST_TEST(r.err.find(wanted) != std::string::npos, "missing '" << file << c.message << "' in:\n" << r.err);
        // A position is always given: FILE:LINE:COL.
        BOOST_TEST(r.err.find(file + ":") != std::string::npos, r.err);
      }
      BOOST_TEST(ChangedFiles(before, TakeSnapshot(f.work)).empty());
    }
  }
  // Not a regular file.
  BOOST_TEST_REQUIRE(::mkfifo((f.work / "fifo.json").c_str(), 0600) == 0);
  const TimedRun fifo = RunPlancastIn(f.work, "compare a/report.json fifo.json", 10);
  BOOST_TEST(fifo.exit_code == 2, fifo.err);
  BOOST_TEST(fifo.err.find("fifo.json: error: is a FIFO (named pipe), not a regular file") != std::string::npos,
             fifo.err);
}
