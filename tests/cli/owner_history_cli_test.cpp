// `plancast forecast` with history_files (UTF-8-BOM and GB18030 CSVs) and
// `--owner`: what reaches the reports, exit codes, nothing written on error.
#define BOOST_TEST_MODULE owner_history_cli
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/run_cli.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

namespace {
const std::string kPlan = "tests/data/good/history_files.yaml";
}

BOOST_AUTO_TEST_CASE(history_files_reach_the_report_and_the_conversion_is_noted) {
  const fs::path out = FreshTempDir("history-files");
  const CliResult r = RunPlancast("forecast " + kPlan + " --as-of 2021-06-30 --out '" + out.string() + "'");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.find("history_files_gb18030.csv: note: read as GB18030") != std::string::npos, r.err);
  const auto json = nlohmann::json::parse(ReadFile(out / "report.json"));
  BOOST_REQUIRE(json["indicators"].size() == 2u);
  const auto& rd = json["indicators"][0];
  BOOST_TEST(rd["owner"] == "市科技局");
  BOOST_TEST(rd["history"].size() == 3u);  // 2018 and 2020 from the BOM file, 2019 from the YAML
  BOOST_TEST(json["indicators"][1]["owner"] == "市市场监管局");
  BOOST_TEST(json["indicators"][1]["history"].size() == 2u);  // both from the GB18030 file
  const std::string csv = ReadFile(out / "report.csv");
  const std::string header = csv.substr(0, csv.find("\r\n"));
  BOOST_TEST(header.find(",owner,long_range_year,") != std::string::npos);  // owner, then issue 12's later columns
  BOOST_TEST(csv.find(",市科技局,") != std::string::npos);
  const std::string md = ReadFile(out / "report.md");
  BOOST_TEST(md.find("## 按牵头单位\n\n| 牵头单位 |") != std::string::npos, md);
  BOOST_TEST(md.find("| 市市场监管局 | ") != std::string::npos);
  BOOST_TEST(ReadFile(out / "report.html").find("<table class=\"owners\">") != std::string::npos);
  fs::remove_all(out);
}

BOOST_AUTO_TEST_CASE(owner_writes_that_units_report_only) {
  const fs::path out = FreshTempDir("owner");
  const CliResult r =
      RunPlancast("forecast " + kPlan + " --as-of 2021-06-30 --owner 市市场监管局 --out '" + out.string() + "'");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto json = nlohmann::json::parse(ReadFile(out / "report.json"));
  BOOST_REQUIRE(json["indicators"].size() == 1u);
  BOOST_TEST(json["indicators"][0]["id"] == "patents");
  BOOST_REQUIRE(json["goals"].size() == 1u);  // the goal above it, rolled up over it alone
  BOOST_TEST(json["goals"][0]["status"] == json["indicators"][0]["status"]);
  BOOST_TEST(json["notes"].dump().find("report for owner") != std::string::npos);
  fs::remove_all(out);
}

BOOST_AUTO_TEST_CASE(unknown_owner_exits_2_listing_the_owners_and_writes_nothing) {
  const fs::path out = FreshTempDir("owner-unknown");
  fs::remove_all(out);
  const CliResult r = RunPlancast("forecast " + kPlan + " --owner 市科技 --out '" + out.string() + "'");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("--owner: error: no indicator of the plan has owner '市科技'") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("did you mean '市科技局'? owners in this plan: 市科技局, 市市场监管局") != std::string::npos, r.err);
  BOOST_TEST(!fs::exists(out));
}

BOOST_AUTO_TEST_CASE(a_bad_history_row_exits_2_pointing_into_the_csv_and_writes_nothing) {
  const fs::path out = FreshTempDir("history-bad");
  fs::remove_all(out);
  const CliResult r = RunPlancast("forecast tests/data/bad/hf_decimal_comma.yaml --out '" + out.string() + "'");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("tests/data/bad/hf_decimal_comma.csv:2:15: error: value: '3,09' is not a number") !=
                 std::string::npos, r.err);
  BOOST_TEST(!fs::exists(out));
  const CliResult v = RunPlancast("validate tests/data/bad/hf_in_yaml_too.yaml");
  BOOST_TEST(v.exit_code == 2);
  BOOST_TEST(v.err.find("given both here and in the plan at tests/data/bad/hf_in_yaml_too.yaml:") != std::string::npos,
             v.err);
}
