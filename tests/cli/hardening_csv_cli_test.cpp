// Hostile series CSV files through `plancast backtest`: exit 2 with
// `FILE:LINE:COL: error:` for each bad row, no crash, within a time limit, no
// output file written, the input untouched. Files: tests/data/hostile/*.csv
// (make_hostile.py).
#define BOOST_TEST_MODULE hardening_csv_cli
#include <boost/test/unit_test.hpp>
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
    {"series_extra_field", {":3:1: error: expected 3 comma-separated fields"}},
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
