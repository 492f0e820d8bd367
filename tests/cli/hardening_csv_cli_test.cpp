// Hostile series CSV files through `plancast backtest`: exit 2 with
// `FILE:LINE:COL: error:` for each bad row, no crash, within a time limit, no
// output file written, the input untouched. Files: tests/data/hostile/*.csv
// (make_hostile.py).
#define BOOST_TEST_MODULE hardening_csv_cli
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <string>
#include <vector>

#include "tests/cli/hardening_run.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

namespace {

struct CsvCase {
  std::string name;                   // tests/data/hostile/<name>.csv
  std::vector<std::string> messages;  // each must follow "<name>.csv" on stderr
};

const std::vector<CsvCase> kCases = {
    {"series_no_header", {":1:1: error: header must be series_id,period,value, found 'grow,2001,10'"}},
    {"series_non_numeric",
     {":3:11: error: value is not a finite number", ":4:6: error: period is not a finite number"}},
    {"series_duplicate_period",
     {":4:1: error: series 'grow' has a second value for period 2001\n  hint: first given on line 2"}},
    {"series_empty", {":1:1: error: empty file"}},
    {"series_extra_field", {":3:1: error: expected 3 comma-separated fields, found 4"}},
    // A NUL split the series silently.
    {"series_nul_id", {":3:1: error: series_id contains U+0000 NUL (a control character) at character 3"}},
    // A subnormal read "not a finite number"; 1e308 gave inf scores.
    {"series_tiny_huge",
     {":2:11: error: value '4.94e-324' is too close to zero to compute with (smaller than 1e-300)",
      ":3:11: error: value '1e308' is too large (the limit is ±1e100)"}},
    {"series_open_quote",
     {":2:1: error: a quoted field is not closed", ":3:15: error: text after a closing quote"}},
    {"series_nan",
     {":3:11: error: value is not a finite number", ":4:11: error: value is not a finite number"}},
};

}  // namespace

BOOST_AUTO_TEST_CASE(every_hostile_series_file_is_rejected_with_line_numbers_and_writes_nothing) {
  for (const CsvCase& c : kCases) {
    BOOST_TEST_CONTEXT("case " << c.name) {
      const fs::path work = FreshTempDir("hardening-csv-" + c.name);
      const std::string file = c.name + ".csv";
      fs::copy_file(fs::path(PLANCAST_SOURCE_DIR) / "tests/data/hostile" / file, work / file);
      const Snapshot before = TakeSnapshot(work);

      const TimedRun r = RunPlancastIn(
          work, "backtest '" + file + "' --horizon 1 --threads 1 --out scores.json --forecasts forecasts.csv",
          10);
      BOOST_TEST(r.exit_code < 128, "crashed\n" << r.err);
      BOOST_TEST(r.exit_code == 2, "exit " << r.exit_code << "\n" << r.err);
      BOOST_TEST(!HasSanitizerReport(r.err), r.err);
      for (const std::string& message : c.messages) {
        BOOST_TEST(r.err.find(file + message) != std::string::npos, "missing '" << message << "' in:\n"
                                                                                << r.err);
      }
      BOOST_TEST(ChangedFiles(before, TakeSnapshot(work)).empty(),
                 "wrote " << Join(ChangedFiles(before, TakeSnapshot(work))));
      fs::remove_all(work);
    }
  }
}

BOOST_AUTO_TEST_CASE(quoted_fields_are_read_and_forecast_rows_are_quoted_and_guarded) {
  const fs::path work = FreshTempDir("hardening-csv-quoted");
  std::string csv = "series_id,period,value\n";
  for (int year = 2001; year <= 2006; ++year) {
    csv += "\"=gr,ow\"\"\"," + std::to_string(year) + "," + std::to_string(10 + year - 2001) + "\n";
  }
  std::ofstream(work / "q.csv", std::ios::binary) << csv;
  const TimedRun r = RunPlancastIn(work, "backtest q.csv --horizon 1 --threads 1 --forecasts f.csv", 20);
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("1 series (1 scored") != std::string::npos, r.out);
  // The id `=gr,ow"` comes back quoted, its quote doubled, behind an apostrophe.
  BOOST_TEST(ReadFile(work / "f.csv").find("\ndefault,\"'=gr,ow\"\"\",1,") != std::string::npos, ReadFile(work / "f.csv"));
  fs::remove_all(work);
}

BOOST_AUTO_TEST_CASE(a_backtest_that_scores_no_series_says_so_instead_of_printing_zeros) {
  const fs::path work = FreshTempDir("hardening-csv-unscored");
  std::ofstream(work / "s.csv", std::ios::binary) << "series_id,period,value\ngrow,2001,1\ngrow,2002,2\n";
  const TimedRun r = RunPlancastIn(work, "backtest s.csv --horizon 4 --threads 1 --out scores.json", 20);
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  // Scores print as "—", not 0.000 (which reads as perfect).
  BOOST_TEST(r.out.find("\ndefault             —        —") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("0.000   ") == std::string::npos, r.out);
  BOOST_TEST(r.out.find("no series could be scored: every series needs at least H + 2 = 6 values") !=
                 std::string::npos, r.out);
  const std::string json = ReadFile(work / "scores.json");
  BOOST_TEST(json.find("\"smape\": null") != std::string::npos, json);
  fs::remove_all(work);
}
