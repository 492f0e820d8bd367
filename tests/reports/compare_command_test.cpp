// `plancast compare` end to end: exit codes, stdout, files written with --out.
#define BOOST_TEST_MODULE compare_command
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

const std::string kData = std::string(PLANCAST_SOURCE_DIR) + "/tests/data/reports/";

struct Result {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

Result Run(const std::string& args) {
  std::string command = std::string(PLANCAST_BINARY) + " " + args + " 2>&1";
  Result result;
  FILE* pipe = popen(command.c_str(), "r");
  BOOST_TEST_REQUIRE(pipe != nullptr);
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) result.out.append(buffer, n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

BOOST_AUTO_TEST_CASE(PrintsMarkdownToStdout) {
  Result r = Run("compare " + kData + "old/report.json " + kData + "new/report.json --lang en");
  BOOST_TEST(r.exit_code == 0, r.out);
  BOOST_TEST(r.out.find("## Status changes") != std::string::npos);
  BOOST_TEST(r.out.find("worse") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(DefaultLanguageComesFromThePlan) {
  Result r = Run("compare " + kData + "old/report.json " + kData + "new/report.json");
  BOOST_TEST(r.exit_code == 0, r.out);
  BOOST_TEST(r.out.find("## 状态变化") != std::string::npos);
}

// --lang is parsed against the language table: unknown -> exit 2, the valid codes.
BOOST_AUTO_TEST_CASE(UnknownLanguageExits2WithTheValidCodes) {
  Result r = Run("compare " + kData + "old/report.json " + kData + "new/report.json --lang fr");
  BOOST_TEST(r.exit_code == 2, r.out);
  BOOST_TEST(r.out.find("unknown report language 'fr'") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("zh or en") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(WritesEveryFormatWithOut) {
  fs::path dir = fs::temp_directory_path() / ("plancast-compare-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  Result r = Run("compare " + kData + "old/report.json " + kData + "new/report.json --out " + dir.string());
  BOOST_TEST(r.exit_code == 0, r.out);
  for (const char* name : {"compare.md", "compare.json", "compare.html"}) {
    BOOST_TEST(fs::exists(dir / name), name);
  }
  BOOST_TEST(ReadFile(dir / "compare.json").find("\"status_changes\"") != std::string::npos);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(UnreadableInputExitsTwo) {
  Result missing = Run("compare " + kData + "nope.json " + kData + "new/report.json");
  BOOST_TEST(missing.exit_code == 2, missing.out);
  BOOST_TEST(missing.out.find("nope.json: error: no such file") != std::string::npos, missing.out);
  Result broken = Run("compare " + kData + "broken.json " + kData + "new/report.json");
  BOOST_TEST(broken.exit_code == 2, broken.out);
  BOOST_TEST(broken.out.find("broken.json:2:27: error: not valid JSON") != std::string::npos, broken.out);
  Result bad = Run("compare " + kData + "no_ids.json " + kData + "new/report.json");
  BOOST_TEST(bad.exit_code == 2, bad.out);
  BOOST_TEST(bad.out.find("indicators[0].id") != std::string::npos, bad.out);
  Result format = Run("compare " + kData + "old/report.json " + kData + "new/report.json --format pdf");
  BOOST_TEST(format.exit_code == 2, format.out);
  Result crash_free = Run("compare " + kData + "old " + kData + "new/report.json");
  BOOST_TEST(crash_free.exit_code == 2, crash_free.out);
}

// Two reports of different plans are refused (exit 2, both ids named, the
// way out in the hint) unless --force says so (issue 12 item 6).
BOOST_AUTO_TEST_CASE(DifferentPlansNeedForce) {
  fs::path dir = fs::temp_directory_path() / ("plancast-compare-plans-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const std::string plan = std::string(PLANCAST_SOURCE_DIR) + "/tests/data/good/minimal.yaml";
  Result f = Run("forecast " + plan + " --as-of 2021-06-30 --format json --out " + dir.string());
  BOOST_TEST_REQUIRE(f.exit_code == 0, f.out);
  const std::string other = (dir / "report.json").string();
  Result r = Run("compare " + kData + "old/report.json " + other);
  BOOST_TEST(r.exit_code == 2, r.out);
  BOOST_TEST(r.out.find("different plans") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("'sample-2025'") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("'t'") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("--force") != std::string::npos, r.out);
  Result forced = Run("compare " + kData + "old/report.json " + other + " --force --lang en");
  BOOST_TEST(forced.exit_code == 0, forced.out);
  BOOST_TEST(forced.out.find("## Status changes") != std::string::npos, forced.out);
  fs::remove_all(dir);
}

// The track record end to end: one plan run as of 2021 and as of 2023; the
// 2021 and 2022 figures of five indicators are scored against the 2021 run.
BOOST_AUTO_TEST_CASE(TrackRecordOfTwoRealRuns) {
  fs::path dir = fs::temp_directory_path() / ("plancast-compare-track-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const std::string plan = std::string(PLANCAST_SOURCE_DIR) + "/tests/data/track/plan.yaml";
  for (const char* as_of : {"2021-03-31", "2023-06-30"}) {
    Result f = Run("forecast " + plan + " --as-of " + as_of + " --format json --out " + (dir / as_of).string());
    BOOST_TEST_REQUIRE(f.exit_code == 0, f.out);
  }
  const std::string old_json = (dir / "2021-03-31" / "report.json").string();
  const std::string new_json = (dir / "2023-06-30" / "report.json").string();
  Result r = Run("compare " + old_json + " " + new_json + " --format json");
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.out);
  nlohmann::json j = nlohmann::json::parse(r.out);
  const nlohmann::json& t = j["track_record"];
  BOOST_TEST(t["summary"]["scored"] == 10);
  BOOST_TEST(t["old_report_has_paths"] == true);
  // R&D share 2021: the 2021 run projected a median m; the actual 2.5 gives error 2.5 - m.
  const nlohmann::json& first = t["scores"][0];
  BOOST_TEST(first["id"] == "share");
  BOOST_TEST(first["year"] == 2021);
  BOOST_TEST(first["actual"].get<double>() == 2.5);
  const double m = first["projected"].get<double>();
  BOOST_TEST(first["error"].get<double>() == 2.5 - m, boost::test_tools::tolerance(1e-5));
  BOOST_TEST(first["error_pct"].get<double>() == (2.5 - m) / 2.5 * 100, boost::test_tools::tolerance(1e-4));
  Result md = Run("compare " + old_json + " " + new_json + " --lang zh");
  BOOST_TEST(md.out.find("## 上次预测与实际对照") != std::string::npos, md.out);
  BOOST_TEST(md.out.find("此后公布的10个实际数值可与上次预测对照") != std::string::npos, md.out);
  fs::remove_all(dir);
}
