// `plancast compare` end to end: exit codes, stdout, files written with --out.
#define BOOST_TEST_MODULE compare_command
#include <boost/test/unit_test.hpp>

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
