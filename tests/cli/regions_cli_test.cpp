// `plancast forecast` on the 5-region example plan (targets/jiaxing-regions-2030.yaml):
// one folder per region and the total, the league in every format, the same
// bytes for any --threads, and a rerun that replaces the region folders whole.
#define BOOST_TEST_MODULE regions_cli
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <map>

#include "tests/support/run_cli.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

namespace {

const char* kRegions[] = {"nanhu", "xiuzhou", "jiashan", "haiyan", "pinghu", "total"};

std::map<std::string, std::string> Tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files[fs::relative(entry.path(), root).string()] = ReadFile(entry.path());
  }
  return files;
}

}  // namespace

BOOST_AUTO_TEST_CASE(example_plan_writes_region_folders_and_the_league) {
  const fs::path out = FreshTempDir("regions");
  const CliResult r = RunPlancast("forecast targets/jiaxing-regions-2030.yaml --threads 2 --out '" + out.string() + "'");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  for (const char* region : kRegions) {
    for (const char* name : {"report.md", "report.json", "report.csv", "report.html"}) {
      BOOST_TEST(fs::exists(out / region / name), region << "/" << name);
    }
  }
  for (const char* name : {"league.md", "league.json", "league.csv", "league.html"}) BOOST_TEST(fs::exists(out / name), name);
  const auto league = nlohmann::json::parse(ReadFile(out / "league.json"));
  BOOST_TEST(league["regions"] == 5);
  const auto& rank = league["indicators"][2];
  BOOST_TEST(rank["id"] == "rd_rank");
  BOOST_TEST(rank["expected_regions_meeting"].get<double>() == 2.0);  // "top 2": two regions expected, exactly
  const auto& share = league["indicators"][1];
  BOOST_TEST(share["total"]["target"]["value"] == 4.0);
  BOOST_TEST(share["regions"].size() == 5u);
  BOOST_TEST(share["held_back"].size() >= 1u);
  const auto pinghu = nlohmann::json::parse(ReadFile(out / "pinghu" / "report.json"));
  BOOST_TEST(pinghu["plan"]["region"] == "平湖市");
  // Everything planner-facing is free of NaN.
  BOOST_TEST(ReadFile(out / "league.md").find("nan") == std::string::npos);

  // Same bytes with one thread; the rerun replaces the region folders whole.
  const std::map<std::string, std::string> first = Tree(out);
  const CliResult again = RunPlancast("forecast targets/jiaxing-regions-2030.yaml --threads 1 --out '" + out.string() + "'");
  BOOST_REQUIRE_MESSAGE(again.exit_code == 0, again.err);
  BOOST_TEST(again.err.empty(), again.err);
  BOOST_TEST((Tree(out) == first));
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(out.parent_path())) {
    entries += entry.path().filename().string().find(".plancast-stage-") != std::string::npos;
  }
  BOOST_TEST(entries == 0u);  // no staging folder left behind
  fs::remove_all(out);
}

BOOST_AUTO_TEST_CASE(an_unknown_region_writes_nothing) {
  const fs::path dir = FreshTempDir("regions_bad");
  fs::create_directories(dir);
  std::string plan = ReadFile(fs::path(PLANCAST_SOURCE_DIR) / "targets/jiaxing-regions-2030.yaml");
  {
    std::ofstream(dir / "plan.yaml") << plan;
    std::ofstream(dir / "jiaxing-regions-history.csv") << "region,indicator,period,value\nnanhu,gdp,2020,1\nnanhoo,gdp,2021,2\n";
  }
  const CliResult r = RunPlancast("forecast '" + (dir / "plan.yaml").string() + "' --out '" + (dir / "out").string() + "'");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("jiaxing-regions-history.csv:3:1: error: unknown region 'nanhoo'") != std::string::npos, r.err);
  BOOST_TEST(!fs::exists(dir / "out"));
  fs::remove_all(dir);
}
