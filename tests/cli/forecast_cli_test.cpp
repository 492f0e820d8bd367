// `plancast forecast|validate|graph` end to end on the example plans: the
// report.json contract, byte-identical reruns, exit codes, and a failed run
// that leaves last year's reports untouched.
#define BOOST_TEST_MODULE forecast_cli
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/run_cli.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(ForecastCli)

BOOST_AUTO_TEST_CASE(example_plan_end_to_end_honours_the_json_contract) {
  const fs::path out = FreshTempDir("example");
  const CliResult r = RunPlancast("forecast targets/pinghu-2025.yaml --out '" + out.string() + "'");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("report.md") != std::string::npos);  // tells the planner where the reports are
  for (const char* name : {"report.md", "report.json", "report.csv"}) BOOST_TEST(fs::exists(out / name), name);

  const auto json = nlohmann::json::parse(ReadFile(out / "report.json"));
  for (const char* key : {"id", "name", "period", "baseline_year"}) BOOST_TEST(json["plan"].contains(key), key);
  BOOST_TEST(json["as_of"].is_string());
  BOOST_REQUIRE(json["indicators"].size() > 20u);
  int with_projection = 0;
  for (const auto& ind : json["indicators"]) {
    for (const char* key : {"id", "name", "unit", "direction", "binding", "latest", "target", "projection", "p_meet",
                            "required_annual_change", "historical_annual_change", "crossing_year", "schedule",
                            "progress_class", "status", "model", "warnings"}) {
      BOOST_TEST(ind.contains(key), ind["id"].get<std::string>() + " lacks " + key);
    }
    const std::string status = ind["status"];
    BOOST_TEST((status == "achieved" || status == "on_track" || status == "at_risk" || status == "off_track" ||
                status == "insufficient_data"));
    if (!ind["projection"].is_null()) {
      ++with_projection;
      const auto& p = ind["projection"];
      BOOST_TEST(p["lo95"].get<double>() <= p["lo80"].get<double>());
      BOOST_TEST(p["lo80"].get<double>() <= p["value"].get<double>());
      BOOST_TEST(p["value"].get<double>() <= p["hi80"].get<double>());
      BOOST_TEST(p["hi80"].get<double>() <= p["hi95"].get<double>());
      const double prob = ind["p_meet"];
      BOOST_TEST((prob >= 0.0 && prob <= 1.0));
    }
  }
  BOOST_TEST(with_projection >= 5);
  BOOST_TEST(json["goals"].size() >= 5u);
  for (const auto& goal : json["goals"]) {
    for (const char* key : {"id", "name", "status", "children"}) BOOST_TEST(goal.contains(key), key);
  }
  // Nothing "NaN" or "inf" leaks into any report.
  for (const char* name : {"report.md", "report.json", "report.csv"}) {
    const std::string text = ReadFile(out / name);
    BOOST_TEST(text.find("nan") == std::string::npos, name);
    BOOST_TEST(text.find("inf") == std::string::npos, name);
  }
  fs::remove_all(out);
}

BOOST_AUTO_TEST_CASE(same_plan_as_of_and_seed_give_identical_bytes) {
  const fs::path a = FreshTempDir("det-a"), b = FreshTempDir("det-b");
  for (const fs::path& dir : {a, b}) {
    const CliResult r = RunPlancast("forecast targets/china-rd-2025.yaml --seed 42 --as-of 2022-06-30 --out '" +
                                    dir.string() + "'");
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  for (const auto& entry : fs::directory_iterator(a)) {
    const std::string name = entry.path().filename().string();
    BOOST_TEST(ReadFile(a / name) == ReadFile(b / name), name + " differs between runs");
  }
  fs::remove_all(a);
  fs::remove_all(b);
}

BOOST_AUTO_TEST_CASE(as_of_changes_what_the_run_sees) {
  const fs::path out = FreshTempDir("asof");
  const CliResult r = RunPlancast("forecast targets/china-rd-2025.yaml --as-of 2019-12-31 --format json --out '" +
                                  out.string() + "'");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto json = nlohmann::json::parse(ReadFile(out / "report.json"));
  BOOST_TEST(json["as_of"] == "2019-12-31");
  BOOST_TEST(json["indicators"][0]["latest"]["year"] == 2019);
  fs::remove_all(out);
}

BOOST_AUTO_TEST_CASE(a_late_figure_is_flagged_stale) {
  // China's 2022 figure is expected by 2023-09-30 (annual lag 273 days); the plan stops at 2021.
  const fs::path out = FreshTempDir("stale");
  const CliResult r = RunPlancast("forecast targets/china-rd-2025.yaml --as-of 2024-06-30 --format json,md --out '" +
                                  out.string() + "'");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto json = nlohmann::json::parse(ReadFile(out / "report.json"));
  const auto& ind = json["indicators"][0];
  BOOST_TEST(ind["stale"] == true);
  BOOST_TEST(ind["stale_since"] == "2023-09-30");
  BOOST_TEST(ReadFile(out / "report.md").find("stale") != std::string::npos);
  fs::remove_all(out);
}

BOOST_AUTO_TEST_CASE(an_invalid_plan_exits_2_and_keeps_last_years_report) {
  const fs::path out = FreshTempDir("keep");
  std::ofstream(out / "report.md") << "last year's report";
  const fs::path plan = out / "broken.yaml";
  std::ofstream(plan) << "plan:\n  id: broken\n  nmae: typo\n";
  const CliResult r = RunPlancast("forecast '" + plan.string() + "' --out '" + out.string() + "'");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(plan.string() + ":3:3: error:") != std::string::npos, r.err);
  BOOST_TEST(ReadFile(out / "report.md") == "last year's report");
  BOOST_TEST(!fs::exists(out / "report.json"));
  fs::remove_all(out);
}

BOOST_AUTO_TEST_CASE(bad_flags_exit_2_with_a_hint) {
  CliResult r = RunPlancast("forecast targets/pinghu-2025.yaml --as-of 2021-02-30 --out /tmp/never-written");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("YYYY-MM-DD") != std::string::npos, r.err);
  r = RunPlancast("forecast targets/pinghu-2025.yaml --format md,jsn --out /tmp/never-written");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("did you mean 'json'") != std::string::npos, r.err);
  r = RunPlancast("forecast targets/pinghu-2025.yaml --scenario nosuch --out /tmp/never-written");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(!fs::exists("/tmp/never-written"));
  r = RunPlancast("forecast does-not-exist.yaml");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("does-not-exist.yaml") != std::string::npos, r.err);
  r = RunPlancast("forecast targets/pinghu-2025.yaml --seed -1 --out /tmp/never-written");
  BOOST_TEST(r.exit_code == 2);
  r = RunPlancast("forecast targets/pinghu-2025.yaml --out tests/data/backtest_small.csv");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("is a file, not a folder") != std::string::npos, r.err);
  r = RunPlancast("frobnicate");
  BOOST_TEST(r.exit_code == 2);
}

// --method and --lang are checked against their tables where they enter:
// exit 2, a did-you-mean, the valid names, nothing written.
BOOST_AUTO_TEST_CASE(unknown_method_or_language_exits_2_with_the_valid_names) {
  CliResult r = RunPlancast("forecast targets/pinghu-2025.yaml --method linaer --out /tmp/never-written");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("unknown forecast method 'linaer'") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("did you mean 'linear'") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("default, linear, exponential") != std::string::npos, r.err);
  r = RunPlancast("forecast targets/pinghu-2025.yaml --lang fr --out /tmp/never-written");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("unknown report language 'fr'") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("zh or en") != std::string::npos, r.err);
  BOOST_TEST(!fs::exists("/tmp/never-written"));
  // --help is generated from the method table: every method with its needs.
  r = RunPlancast("forecast --help");
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.out.find("damped") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("needs 6 points") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(validate_and_help) {
  for (const char* plan : {"targets/pinghu-2025.yaml", "targets/china-rd-2025.yaml"}) {
    const CliResult r = RunPlancast(std::string("validate ") + plan);
    BOOST_TEST(r.exit_code == 0, plan << ": " << r.err);
    BOOST_TEST(r.out.find("valid plan") != std::string::npos);
  }
  for (const char* command : {"", "forecast ", "validate ", "graph ", "backtest "}) {
    const CliResult r = RunPlancast(std::string(command) + "--help");
    BOOST_TEST(r.exit_code == 0, command);
    BOOST_TEST(r.out.find("Usage") != std::string::npos, command);
  }
}

BOOST_AUTO_TEST_CASE(graph_prints_dot_and_json) {
  CliResult r = RunPlancast("graph targets/pinghu-2025.yaml");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("digraph plan {") == 0u);
  r = RunPlancast("graph targets/pinghu-2025.yaml --format json");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto json = nlohmann::json::parse(r.out);
  BOOST_TEST(json["nodes"].size() > 30u);
  BOOST_TEST(json["evaluation_order"].size() == json["nodes"].size());
}

BOOST_AUTO_TEST_SUITE_END()

// Issue 11: the terminal summary speaks the plan's language (zh here), --lang overrides it.
BOOST_AUTO_TEST_CASE(summary_follows_the_plans_language) {
  const auto out = FreshTempDir("summary-lang");
  CliResult zh = RunPlancast("forecast targets/pinghu-2025.yaml --format json --out '" + (out / "zh").string() + "'");
  BOOST_TEST_REQUIRE(zh.exit_code == 0, zh.err);
  BOOST_TEST(zh.out.find("数据截至2021-03-31，共35项指标") != std::string::npos, zh.out);
  BOOST_TEST(zh.out.find("已写出报告：") != std::string::npos);
  BOOST_TEST(zh.out.find("数据不足") != std::string::npos);
  BOOST_TEST(zh.out.find("reports written") == std::string::npos);
  BOOST_TEST(zh.out.find("insufficient_data") == std::string::npos);
  CliResult en = RunPlancast("forecast targets/pinghu-2025.yaml --format json --lang en --out '" +
                             (out / "en").string() + "'");
  BOOST_TEST(en.out.find("as of 2021-03-31: 35 indicators") != std::string::npos, en.out);
  BOOST_TEST(en.out.find("reports written:") != std::string::npos);
  std::filesystem::remove_all(out);
}
