// report.xlsx read back by a reader that is not ours: Python's openpyxl
// (Debian python3-openpyxl) through tests/reports/xlsx_check.py, which checks
// every value against report.json, the frozen pane, the number formats, the
// status fills and the labels of the report language. Skipped, with a
// message, when openpyxl is missing.
#define BOOST_TEST_MODULE xlsx_report
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <filesystem>
#include <set>
#include <string>

#include "reports/report_writer.h"
#include "reports/xlsx_labels.h"
#include "tests/reports/sample_assessment.h"
#include "tests/support/run_cli.h"

namespace fs = std::filesystem;
using plancast::Language;
using plancast::XlsxLabel;
using plancast::XlsxText;
using plancast::testing::FreshTempDir;
using plancast::testing::ReadFile;
using plancast::testing::RunPlancast;

namespace {

// Debian's interpreter, where python3-openpyxl lives (a pyenv python3 on PATH
// would not see it); PLANCAST_PYTHON overrides.
std::string Python() {
  if (const char* p = std::getenv("PLANCAST_PYTHON")) return p;
  return fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

constexpr int kSkipped = 77;

int RunCheck(const fs::path& dir, const std::string& lang, std::string* output) {
  const fs::path log = dir / "check.log";
  const std::string command = Python() + " '" + PLANCAST_SOURCE_DIR + "/tests/reports/xlsx_check.py' '" +
                              (dir / "report.xlsx").string() + "' '" + (dir / "report.json").string() + "' " +
                              lang + " > '" + log.string() + "' 2>&1";
  const int status = std::system(command.c_str());
  *output = ReadFile(log);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

BOOST_AUTO_TEST_CASE(ExamplePlanWorkbookAgreesWithReportJsonInBothLanguages) {
  for (const std::string lang : {"zh", "en"}) {
    const fs::path dir = FreshTempDir("xlsx-" + lang);
    const auto run = RunPlancast("forecast targets/pinghu-2025.yaml --format json,xlsx --lang " + lang + " --out '" +
                                 dir.string() + "'");
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    std::string output;
    const int rc = RunCheck(dir, lang, &output);
    if (rc == kSkipped) {
      BOOST_TEST_MESSAGE("skipped: " << output);
      return;
    }
    BOOST_TEST(rc == 0, lang << ": " << output);
    fs::remove_all(dir);
  }
}

// The workbook is in the default set, and the same run gives the same bytes
// however much later it runs (docProps carry the as-of date, not the clock).
BOOST_AUTO_TEST_CASE(DefaultFormatsWriteTheSameWorkbookTwice) {
  const fs::path a = FreshTempDir("xlsx-a"), b = FreshTempDir("xlsx-b");
  BOOST_TEST_REQUIRE(RunPlancast("forecast targets/pinghu-2025.yaml --out '" + a.string() + "'").exit_code == 0);
  ::sleep(2);
  BOOST_TEST_REQUIRE(RunPlancast("forecast targets/pinghu-2025.yaml --out '" + b.string() + "'").exit_code == 0);
  const std::string first = ReadFile(a / "report.xlsx");
  BOOST_TEST_REQUIRE(first.size() > 1000u);
  BOOST_TEST(first.substr(0, 2) == "PK");  // a zip archive
  BOOST_TEST((first == ReadFile(b / "report.xlsx")));
  BOOST_TEST(fs::exists(a / "report.md"));
  fs::remove_all(a);
  fs::remove_all(b);
}

BOOST_AUTO_TEST_CASE(EveryLabelHasBothLanguages) {
  std::set<std::string> zh, en;
  for (int k = 0; k < static_cast<int>(XlsxText::kCount); ++k) {
    const auto key = static_cast<XlsxText>(k);
    const std::string z = XlsxLabel(key, Language::kZh), e = XlsxLabel(key, Language::kEn);
    BOOST_TEST(!z.empty(), "key " << k << " lacks zh");
    BOOST_TEST(!e.empty(), "key " << k << " lacks en");
    BOOST_TEST(z != e, "key " << k << " is not translated: " << z);
    zh.insert(z);
    en.insert(e);
  }
  BOOST_TEST(zh.size() == static_cast<size_t>(XlsxText::kCount));
  BOOST_TEST(en.size() == static_cast<size_t>(XlsxText::kCount));
}

// Plan text Excel would refuse (invalid UTF-8, control characters, markup)
// still gives a workbook openpyxl opens, the bad bytes as U+FFFD.
BOOST_AUTO_TEST_CASE(HostileNamesStillOpen) {
  auto run = plancast::testing::MakeSampleRun();
  run->plan.indicators[0].name = "R&D <b>\xff\x01\"=SUM(A1)";
  const fs::path dir = FreshTempDir("xlsx-hostile");
  {
    std::ofstream out(dir / "report.xlsx", std::ios::binary);
    out << plancast::RenderXlsxReport(run->assessment, plancast::ReportOptions{Language::kEn});
  }
  const std::string command = Python() + " -c \"import sys\ntry:\n import openpyxl\nexcept ImportError:\n sys.exit(77)\n"
                              "b=openpyxl.load_workbook(sys.argv[1]);v=b.worksheets[0]['A2'].value\n"
                              "sys.exit(0 if v=='R&D <b>\\ufffd \\\"=SUM(A1)' else 1)\" '" +
                              (dir / "report.xlsx").string() + "'";
  const int status = std::system(command.c_str());
  const int rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (rc == kSkipped) {
    BOOST_TEST_MESSAGE("skipped: python3-openpyxl is not installed");
    return;
  }
  BOOST_TEST(rc == 0);
  fs::remove_all(dir);
}
