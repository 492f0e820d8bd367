// AtomicFolderWriter (engine/atomic_output.h): a report folder with region
// subfolders, streamed file by file, appears whole on Commit() or not at all.
#define BOOST_TEST_MODULE atomic_folder_writer
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/atomic_output.h"

using namespace plancast;
namespace fs = std::filesystem;

namespace {

fs::path Fresh(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("plancast-afw-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string Read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t Entries(const fs::path& dir) {
  size_t n = 0;
  for (auto it = fs::directory_iterator(dir); it != fs::directory_iterator(); ++it) ++n;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(nothing_appears_without_commit) {
  const fs::path parent = Fresh("abort");
  {
    AtomicFolderWriter writer((parent / "out").string(), {"league.md"}, {"north"});
    writer.Write("north", {"report.json", "{}"});
  }
  BOOST_TEST(Entries(parent) == 0u);  // neither the folder nor a staging folder
  fs::remove_all(parent);
}

BOOST_AUTO_TEST_CASE(commit_replaces_region_folders_whole_and_keeps_other_files) {
  const fs::path parent = Fresh("commit");
  const fs::path out = parent / "out";
  fs::create_directories(out / "north");
  std::ofstream(out / "north" / "old.txt") << "from an earlier run";
  std::ofstream(out / "notes.txt") << "the user's";
  {
    AtomicFolderWriter writer(out.string(), {"league.md"}, {"north", "south"});
    writer.Write("north", {"report.json", "N"});
    writer.Write("south", {"report.json", "S"});
    writer.Write("", {"league.md", "L"});
    BOOST_TEST(!fs::exists(out / "south"));  // still staged
    const std::vector<std::string> written = writer.Commit();
    BOOST_TEST(written.size() == 3u);
  }
  BOOST_TEST(Read(out / "north" / "report.json") == "N");
  BOOST_TEST(!fs::exists(out / "north" / "old.txt"));
  BOOST_TEST(Read(out / "south" / "report.json") == "S");
  BOOST_TEST(Read(out / "league.md") == "L");
  BOOST_TEST(Read(out / "notes.txt") == "the user's");
  BOOST_TEST(Entries(parent) == 1u);  // no staging folder or old folder left
  BOOST_CHECK_THROW(AtomicFolderWriter(out.string(), {}, {"north"}).Write("east", {"report.json", ""}),
                    std::runtime_error);  // folders are announced up front
  fs::remove_all(parent);
}
