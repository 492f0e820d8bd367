// `plancast forecast` at and before the plan's end: the final-evaluation
// section (终期评估) in report.md, report.html and report.json (issue 12 item 7).
#define BOOST_TEST_MODULE final_evaluation_cli
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/run_cli.h"

using namespace plancast::testing;

namespace {

const std::string kPlan = "tests/data/track/plan.yaml";

struct Reports {
  std::string md, html;
  nlohmann::json json;
};

Reports Forecast(const std::string& as_of, const std::string& lang) {
  const auto dir = FreshTempDir("final-" + as_of + lang);
  const CliResult r = RunPlancast("forecast " + kPlan + " --as-of " + as_of + " --lang " + lang +
                                  " --format md,json,html --out '" + dir.string() + "'");
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  Reports out{ReadFile(dir / "report.md"), ReadFile(dir / "report.html"),
              nlohmann::json::parse(ReadFile(dir / "report.json"))};
  std::filesystem::remove_all(dir);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(AfterThePlansEndTheReportOpensWithTheFinalEvaluation) {
  const Reports en = Forecast("2026-12-02", "en");
  const size_t section = en.md.find("## Final evaluation of the plan (2021–2025)");
  BOOST_TEST_REQUIRE(section != std::string::npos, en.md);
  BOOST_TEST(section < en.md.find("## Targets at risk"));
  BOOST_TEST(en.md.find("Of 5 targets, 3 met, 1 missed, 1 without the final figure; 1 of the 2 binding targets met.") !=
             std::string::npos);
  BOOST_TEST(en.md.find("| R&D share **(binding)** | 2025: 3% | 2.9% | missed | 83.3% |") != std::string::npos, en.md);
  BOOST_TEST(en.md.find("| New firms | added over the plan to 2025: 600 firms | 650 firms | met | 108% |") !=
             std::string::npos, en.md);
  BOOST_TEST(en.md.find("| Late series | 2025: 20% | — | no data (latest 2023: 15%) | — |") != std::string::npos, en.md);
  BOOST_TEST(en.html.find("<section id=\"final-evaluation\">") < en.html.find("id=\"overview\""));
  const nlohmann::json& f = en.json["final_evaluation"];
  BOOST_TEST(f["plan_end"] == 2025);
  BOOST_TEST(f["counts"]["met"] == 3);
  BOOST_TEST(f["binding_counts"]["missed"] == 1);
  BOOST_TEST(f["indicators"][0]["id"] == "share");
  BOOST_TEST(f["indicators"][0]["completion"].get<double>() == 0.833333);
  BOOST_TEST(f["indicators"][0]["completion_rule"] == "progress_from_base");
  BOOST_TEST(f["indicators"][0]["outcome"] == "missed");
  BOOST_TEST(f["indicators"][4]["outcome"] == "no_data");
  BOOST_TEST(f["indicators"][4]["completion"].is_null());

  const Reports zh = Forecast("2026-12-02", "zh");
  BOOST_TEST(zh.md.find("## 终期评估（2021—2025年）") != std::string::npos, zh.md);
  BOOST_TEST(zh.md.find("| 未达成 | 83.3% |") != std::string::npos, zh.md);
  BOOST_TEST(zh.md.find("无数据（最新为2023: 15%）") != std::string::npos, zh.md);
  BOOST_TEST(zh.html.find("终期评估") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(BeforeThePlansEndThereIsNoFinalEvaluation) {
  const Reports r = Forecast("2023-06-30", "en");
  BOOST_TEST(r.md.find("Final evaluation") == std::string::npos);
  BOOST_TEST(r.html.find("final-evaluation") == std::string::npos);
  BOOST_TEST(r.json["final_evaluation"].is_null());
}
