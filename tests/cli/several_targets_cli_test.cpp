// `plancast forecast` on a plan with `targets:` (issue 12 item 1): every
// target reaches report.json with its own verdict, the top-level fields stay
// the plan-period target's, and md / html / csv show the further ones.
#define BOOST_TEST_MODULE several_targets_cli
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/run_cli.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_CASE(every_target_reaches_the_reports) {
  const fs::path out = FreshTempDir("several-targets");
  const CliResult r = RunPlancast("forecast tests/data/good/targets_long_range.yaml --as-of 2021-06-30 --seed 7 --out '" +
                                  out.string() + "'");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto json = nlohmann::json::parse(ReadFile(out / "report.json"));
  const auto& rd = json["indicators"][0];
  BOOST_REQUIRE(rd["targets"].size() == 4u);
  BOOST_TEST(rd["target"]["year"] == 2025);
  BOOST_TEST(rd["target"]["kind"] == "level");
  const auto& plan_period = rd["targets"][1];
  BOOST_TEST(plan_period["plan_period"] == true);
  BOOST_TEST(plan_period["p_meet"] == rd["p_meet"]);
  BOOST_TEST(plan_period["status"] == rd["status"]);
  const auto& far = rd["targets"][3];
  BOOST_TEST(far["year"] == 2035);
  BOOST_TEST(far["long_range"] == true);
  BOOST_TEST(far["illustrative"] == true);
  BOOST_TEST(far["projection"]["year"] == 2035);
  BOOST_TEST(far["p_meet"].is_number());
  BOOST_TEST(rd["targets"][2]["kind"] == "cumulative");
  BOOST_TEST(rd["targets"][0]["long_range"] == false);
  const std::string md = ReadFile(out / "report.md");
  BOOST_TEST(md.find("| ↳ 远景目标 | | 2035: 4% † |") != std::string::npos, md);
  BOOST_TEST(md.find("| ↳ 其他目标 | | 2023: 2.5% |") != std::string::npos, md);
  const std::string html = ReadFile(out / "report.html");
  BOOST_TEST(html.find("<ul class=\"further-targets\"><li>其他目标（2023: 2.5%）：预测") != std::string::npos);
  BOOST_TEST(html.find("<li>远景目标（2035: 4% †）：预测") != std::string::npos);
  const std::string csv = ReadFile(out / "report.csv");
  const std::string header = csv.substr(0, csv.find("\r\n"));
  BOOST_TEST(header.find(",owner,long_range_year,long_range_value,long_range_p_meet,long_range_status,further_targets") !=
             std::string::npos, header);
  BOOST_TEST(csv.find(",2035,4,") != std::string::npos);
  BOOST_TEST(csv.find("2023 level 2.5 ") != std::string::npos);
  fs::remove_all(out);
}

BOOST_AUTO_TEST_CASE(target_and_targets_together_exit_2_and_write_nothing) {
  const fs::path out = FreshTempDir("several-targets-bad");
  fs::remove_all(out);
  const CliResult r = RunPlancast("forecast tests/data/bad/targets_and_target.yaml --out '" + out.string() + "'");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("targets_and_target.yaml:20:7: error: indicator 'rd_share' has both 'target' and 'targets'") !=
                 std::string::npos, r.err);
  BOOST_TEST(!fs::exists(out));
}

// Range and "about" targets (issue 12 item 3) through the CLI: the band in
// report.json and report.csv, stated in words in report.md.
BOOST_AUTO_TEST_CASE(range_and_about_targets_reach_the_reports) {
  const fs::path out = FreshTempDir("band-targets");
  const CliResult r = RunPlancast("forecast tests/data/good/band_targets.yaml --as-of 2021-06-30 --seed 7 --out '" +
                                  out.string() + "'");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto json = nlohmann::json::parse(ReadFile(out / "report.json"));
  const auto& range = json["indicators"][0]["target"];
  BOOST_TEST(range["range"] == nlohmann::json::parse("[2.5, 3.5]"));
  BOOST_TEST(range["value"] == 3.0);  // the midpoint
  BOOST_TEST(range["about"] == false);
  BOOST_TEST(range["tolerance"].is_null());
  const auto& about = json["indicators"][1]["target"];
  BOOST_TEST(about["about"] == true);
  BOOST_TEST(about["range"] == nlohmann::json::parse("[4.5, 5.5]"));
  BOOST_TEST(about["tolerance"] == nlohmann::json::parse(R"({"value": 0.5, "relative": false})"));
  BOOST_TEST(json["indicators"][1]["p_meet"].is_number());
  const std::string md = ReadFile(out / "report.md");
  BOOST_TEST(md.find("| 2025: 2.5–3.5% |") != std::string::npos, md);
  BOOST_TEST(md.find("| 至2025年年均增长5%左右 (±0.5%) |") != std::string::npos, md);
  const std::string csv = ReadFile(out / "report.csv");
  BOOST_TEST(csv.substr(0, csv.find("\r\n")).find(",further_targets,target_lo,target_hi") != std::string::npos);
  BOOST_TEST(csv.find(",2.5,3.5\r\n") != std::string::npos);
  fs::remove_all(out);
}

// 年度分解 (issue 12 item 2) through the CLI: report.json's annual list and
// the small table in report.md and report.html.
BOOST_AUTO_TEST_CASE(annual_paths_reach_the_reports) {
  const fs::path out = FreshTempDir("annual");
  const CliResult r = RunPlancast("forecast tests/data/good/annual_targets.yaml --as-of 2023-06-30 --seed 7 --out '" +
                                  out.string() + "'");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto json = nlohmann::json::parse(ReadFile(out / "report.json"));
  const auto& even = json["indicators"][0]["annual"];
  BOOST_REQUIRE(even.size() == 5u);
  BOOST_TEST(even[0]["year"] == 2021);
  BOOST_TEST(even[0]["target"] == 2.2);  // 2.0 -> 3.0 in equal steps
  BOOST_TEST(even[0]["actual"] == 2.3);
  BOOST_TEST(even[0]["status"] == "ahead");
  BOOST_TEST(even[1]["status"] == "behind");
  BOOST_TEST(even[2]["status"] == "pending");
  BOOST_TEST(even[2]["projected"].is_number());
  const auto& written = json["indicators"][1]["annual"];
  BOOST_TEST(written[1]["target"] == 9.0);
  BOOST_TEST(written[1]["actual"] == 8.0);
  BOOST_TEST(written[1]["gap"] == -1.0);
  const std::string md = ReadFile(out / "report.md");
  BOOST_TEST(md.find("## 年度分解") != std::string::npos, md);
  BOOST_TEST(md.find("| 2021 | 2.2% | 2.3% | 超前0.1个百分点 |") != std::string::npos, md);
  BOOST_TEST(md.find("| 2022 | 9% | 8% | 落后1个百分点 |") != std::string::npos, md);
  BOOST_TEST(ReadFile(out / "report.html").find("<table class=\"annual\"><caption>年度分解</caption>") != std::string::npos);
  fs::remove_all(out);
}
