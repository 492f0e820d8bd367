// `plancast propose` end to end (issue 12 item 7): files, terminal table,
// bad --year / --chance exit 2 and write nothing, same bytes twice.
#define BOOST_TEST_MODULE propose_cli
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/run_cli.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

namespace {
const std::string kPlan = "tests/data/track/plan.yaml --as-of 2026-12-02";
}

BOOST_AUTO_TEST_CASE(WritesMarkdownAndJsonAndPrintsATable) {
  const fs::path dir = FreshTempDir("propose");
  const CliResult r = RunPlancast("propose " + kPlan + " --year 2030 --out '" + dir.string() + "'");
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("Track test plan — values within reach by 2030") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("  R&D share: 2025: 2.9%; 50% ") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("propose.md") != std::string::npos);
  const std::string md = ReadFile(dir / "propose.md");
  BOOST_TEST(md.find("| Indicator | Latest | 50% chance (pace) | 80% chance (pace) | 95% chance (pace) |") !=
             std::string::npos, md);
  BOOST_TEST(md.find("| R&D share | 2025: 2.9% | ") != std::string::npos, md);
  const nlohmann::json j = nlohmann::json::parse(ReadFile(dir / "propose.json"));
  BOOST_TEST(j["format"] == "plancast-proposal");
  BOOST_TEST(j["year"] == 2030);
  BOOST_TEST(j["chances"].size() == 3u);
  const nlohmann::json& share = j["indicators"][0];
  BOOST_TEST(share["id"] == "share");
  BOOST_TEST(share["latest"]["value"] == 2.9);
  BOOST_TEST(share["values"][1]["chance"] == 0.8);
  // Both rounded to 6 digits in the file: agree to about 1e-5 relative.
  const double v80 = share["values"][1]["value"].get<double>();
  BOOST_TEST(share["values"][1]["annual_change"].get<double>() == (v80 - 2.9) / 5, boost::test_tools::tolerance(1e-4));
  // Same plan, as-of and seed: the same bytes.
  const fs::path again = FreshTempDir("propose-again");
  BOOST_TEST_REQUIRE(RunPlancast("propose " + kPlan + " --year 2030 --out '" + again.string() + "'").exit_code == 0);
  BOOST_TEST(ReadFile(again / "propose.json") == ReadFile(dir / "propose.json"));
  BOOST_TEST(ReadFile(again / "propose.md") == ReadFile(dir / "propose.md"));
  fs::remove_all(dir);
  fs::remove_all(again);
}

BOOST_AUTO_TEST_CASE(ChinesePlanWordsAndChosenChances) {
  const fs::path dir = FreshTempDir("propose-zh");
  const CliResult r = RunPlancast("propose " + kPlan + " --year 2030 --chance 0.6,0.9 --lang zh --format md --out '" +
                                  dir.string() + "'");
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  const std::string md = ReadFile(dir / "propose.md");
  BOOST_TEST(md.find("2030年可达水平") != std::string::npos, md);
  BOOST_TEST(md.find("| 60%把握可达（年均） | 90%把握可达（年均） |") != std::string::npos, md);
  BOOST_TEST(!fs::exists(dir / "propose.json"));
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(BadYearOrChanceExits2AndWritesNothing) {
  const fs::path dir = FreshTempDir("propose-bad") / "out";
  struct Case {
    std::string args, message;
  };
  for (const Case& c : {Case{"--year 2024", "--year: error: --year 2024 is before the latest figures (2025)"},
                        Case{"--year 2030 --chance 0.5,1", "'1' is outside (0, 1)"},
                        Case{"--year 2030 --chance 0", "'0' is outside (0, 1)"},
                        Case{"--year 2030 --chance 80%", "write 0.8 for 80%"},
                        Case{"--year 2030 --chance x", "'x' is not a number"}}) {
    const CliResult r = RunPlancast("propose " + kPlan + " " + c.args + " --out '" + dir.string() + "'");
    BOOST_TEST(r.exit_code == 2, c.args);
    BOOST_TEST(r.err.find(c.message) != std::string::npos, r.err);
    BOOST_TEST(r.err.find("hint:") != std::string::npos, r.err);
    BOOST_TEST(!fs::exists(dir), c.args);
  }
  BOOST_TEST(RunPlancast("propose " + kPlan).exit_code == 2);  // --year is required
}
