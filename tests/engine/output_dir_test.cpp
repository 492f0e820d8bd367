// Atomic report output: all files or none, never outside the directory.
#define BOOST_TEST_MODULE output_dir
#include <boost/test/unit_test.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/output_dir.h"

using namespace plancast;
namespace fs = std::filesystem;

namespace {
fs::path FreshDir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("plancast-output-test-" + std::to_string(getpid()) + "-" + name);
  fs::remove_all(dir);
  return dir;
}
std::string Read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(OutputDir)

BOOST_AUTO_TEST_CASE(writes_every_file_and_replaces_old_ones) {
  const fs::path dir = FreshDir("replace");
  WriteFilesAtomically(dir.string(), {{"report.md", "old"}, {"report.json", "{}"}});
  const auto written = WriteFilesAtomically(dir.string(), {{"report.md", "new"}});
  BOOST_TEST(written.size() == 1u);
  BOOST_TEST(Read(dir / "report.md") == "new");
  BOOST_TEST(Read(dir / "report.json") == "{}");
  for (const auto& entry : fs::directory_iterator(dir)) {
    BOOST_TEST(entry.path().filename().string().find("tmp") == std::string::npos);
  }
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(a_failed_write_leaves_previous_reports_untouched) {
  const fs::path dir = FreshDir("failure");
  WriteFilesAtomically(dir.string(), {{"report.md", "last year"}, {"report.json", "last year"}});
  // The second file name is unsafe, so the run fails after staging the first.
  BOOST_CHECK_THROW(WriteFilesAtomically(dir.string(), {{"report.md", "this year"}, {"../evil", "x"}}),
                    std::runtime_error);
  BOOST_TEST(Read(dir / "report.md") == "last year");
  BOOST_TEST(Read(dir / "report.json") == "last year");
  BOOST_TEST(!fs::exists(dir.parent_path() / "evil"));
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) files += entry.is_regular_file() ? 1 : 0;
  BOOST_TEST(files == 2u);  // no temporary left behind
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(unwritable_directory_is_a_clear_error) {
  if (geteuid() == 0) {
    // root ignores permissions; use a path under a regular file instead.
  }
  const fs::path dir = FreshDir("blocked");
  std::ofstream(dir.string()) << "a file where a directory should be";
  try {
    WriteFilesAtomically((dir / "sub").string(), {{"report.md", "x"}});
    BOOST_FAIL("expected an exception");
  } catch (const std::runtime_error& e) {
    BOOST_TEST(std::string(e.what()).find("cannot create output directory") != std::string::npos);
  }
  fs::remove(dir);
}

BOOST_AUTO_TEST_CASE(safe_file_names) {
  BOOST_TEST(IsSafeFileName("report.md"));
  BOOST_TEST(IsSafeFileName("平湖-2025"));
  BOOST_TEST(!IsSafeFileName(""));
  BOOST_TEST(!IsSafeFileName(".."));
  BOOST_TEST(!IsSafeFileName("a/b"));
  BOOST_TEST(!IsSafeFileName("a\\b"));
  BOOST_TEST(!IsSafeFileName(std::string("a\nb")));
}

BOOST_AUTO_TEST_SUITE_END()
