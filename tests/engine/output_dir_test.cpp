// Atomic output (engine/atomic_output.h): a report folder replaced whole, a
// single file replaced whole, the user's files kept, no temporary left after
// any failure (injected through SetOutputFaultForTesting), and only
// plancast's own leftovers of dead runs ever removed.
#define BOOST_TEST_MODULE output_dir
#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/atomic_output.h"
#include "engine/plan/diagnostics.h"

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
// Every entry of `dir`'s parent that a writer of `dir` may have left there.
std::vector<std::string> StagingLeftovers(const fs::path& dir) {
  std::vector<std::string> names;
  const std::string prefix = "." + dir.filename().string() + ".plancast-stage-";
  for (const auto& entry : fs::directory_iterator(dir.parent_path())) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0) names.push_back(name);
  }
  return names;
}
std::vector<std::string> Names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}
std::string Join(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : " ") + name;
  return text;
}
// Clears the fault seam even when a test fails.
struct FaultAt {
  FaultAt(const std::string& step, int err) {
    SetOutputFaultForTesting([step, err](const std::string& s) { return s == step ? err : 0; });
  }
  ~FaultAt() { SetOutputFaultForTesting(nullptr); }
};
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

BOOST_AUTO_TEST_CASE(the_users_files_and_folders_survive_a_replacement) {
  const fs::path dir = FreshDir("foreign");
  WriteFilesAtomically(dir.string(), {{"report.md", "old"}, {"report.csv", "old"}});
  std::ofstream(dir / "notes.txt") << "mine";
  fs::create_directories(dir / "drafts");
  std::ofstream(dir / "drafts" / "a.md") << "draft";
  fs::create_symlink("notes.txt", dir / "link");
  ::chmod(dir.c_str(), 0750);
  WriteFilesAtomically(dir.string(), {{"report.md", "new"}, {"report.csv", "new"}});
  BOOST_TEST(Join(Names(dir)) == "drafts link notes.txt report.csv report.md");
  BOOST_TEST(Read(dir / "report.md") == "new");
  BOOST_TEST(Read(dir / "notes.txt") == "mine");
  BOOST_TEST(Read(dir / "drafts" / "a.md") == "draft");
  BOOST_TEST(fs::read_symlink(dir / "link") == "notes.txt");
  struct stat st {};
  BOOST_TEST((::stat(dir.c_str(), &st) == 0 && (st.st_mode & 07777) == 0750));
  BOOST_TEST(Join(StagingLeftovers(dir)) == "");
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(a_failure_at_any_step_changes_nothing_and_leaves_no_temporary) {
  for (const std::string& step : std::vector<std::string>{"mkdir", "write", "fsync", "exchange"}) {
    BOOST_TEST_CONTEXT("step " << step) {
      const fs::path dir = FreshDir("fault-" + step);
      WriteFilesAtomically(dir.string(), {{"report.md", "old"}, {"report.json", "old"}});
      std::ofstream(dir / "notes.txt") << "mine";
      {
        const FaultAt fault(step, step == "exchange" ? EIO : ENOSPC);
        BOOST_CHECK_THROW(WriteFilesAtomically(dir.string(), {{"report.md", "new"}, {"report.json", "new"}}),
                          std::runtime_error);
      }
      BOOST_TEST(Join(Names(dir)) == "notes.txt report.json report.md");
      BOOST_TEST(Read(dir / "report.md") == "old");
      BOOST_TEST(Read(dir / "report.json") == "old");
      BOOST_TEST(Join(StagingLeftovers(dir)) == "");
      // A new folder that fails is not created at all.
      const fs::path fresh = FreshDir("fault-new-" + step);
      if (step != "exchange") {
        const FaultAt fault(step, ENOSPC);
        BOOST_CHECK_THROW(WriteFilesAtomically(fresh.string(), {{"report.md", "new"}}), std::runtime_error);
        BOOST_TEST(!fs::exists(fresh));
        BOOST_TEST(Join(StagingLeftovers(fresh)) == "");
      }
      fs::remove_all(dir);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_file_system_that_cannot_exchange_is_a_clear_error) {
  const fs::path dir = FreshDir("no-exchange");
  WriteFilesAtomically(dir.string(), {{"report.md", "old"}});
  const FaultAt fault("exchange", EINVAL);
  try {
    WriteFilesAtomically(dir.string(), {{"report.md", "new"}});
    BOOST_FAIL("expected an exception");
  } catch (const std::runtime_error& e) {
    BOOST_TEST(std::string(e.what()).find("cannot exchange two folders") != std::string::npos, e.what());
    BOOST_TEST(std::string(e.what()).find("the previous reports are unchanged") != std::string::npos, e.what());
  }
  BOOST_TEST(Read(dir / "report.md") == "old");
  BOOST_TEST(Join(StagingLeftovers(dir)) == "");
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(a_mount_point_is_a_clear_error) {
  const fs::path dir = FreshDir("mount-point");
  WriteFilesAtomically(dir.string(), {{"report.md", "old"}});
  const FaultAt fault("exchange", EBUSY);
  try {
    WriteFilesAtomically(dir.string(), {{"report.md", "new"}});
    BOOST_FAIL("expected an exception");
  } catch (const std::runtime_error& e) {
    BOOST_TEST(std::string(e.what()).find("it is a mount point") != std::string::npos, e.what());
  }
  BOOST_TEST(Read(dir / "report.md") == "old");
  BOOST_TEST(Join(StagingLeftovers(dir)) == "");
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(a_file_that_cannot_be_linked_is_still_carried_over) {
  const fs::path dir = FreshDir("no-link");
  WriteFilesAtomically(dir.string(), {{"report.md", "old"}});
  std::ofstream(dir / "notes.txt") << "mine";
  const FaultAt fault("link", EPERM);
  WriteFilesAtomically(dir.string(), {{"report.md", "new"}});
  BOOST_TEST(Read(dir / "notes.txt") == "mine");  // moved back after the swap
  BOOST_TEST(Join(StagingLeftovers(dir)) == "");
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(only_dead_runs_leftovers_with_plancasts_marker_are_removed) {
  const fs::path dir = FreshDir("stale");
  WriteFilesAtomically(dir.string(), {{"report.md", "old"}});
  const fs::path parent = dir.parent_path();
  const std::string prefix = "." + dir.filename().string() + ".plancast-stage-";
  auto make_staging = [&](const std::string& suffix) {
    const fs::path stage = parent / (prefix + suffix);
    fs::create_directories(stage);
    std::ofstream(stage / ".plancast-run") << prefix + suffix << "\nreport.md\n";
    std::ofstream(stage / "report.md") << "unfinished";
    return stage;
  };
  const fs::path dead = make_staging("1-dead");
  // A live run: a child process holds the staging folder's lock.
  const fs::path live = make_staging("2-live");
  int ready[2];
  BOOST_TEST_REQUIRE(::pipe(ready) == 0);
  const pid_t child = ::fork();
  if (child == 0) {
    const int fd = ::open(live.c_str(), O_RDONLY | O_DIRECTORY);
    ::flock(fd, LOCK_EX);
    (void)::write(ready[1], "x", 1);
    ::pause();
    ::_exit(0);
  }
  char byte;
  BOOST_TEST_REQUIRE(::read(ready[0], &byte, 1) == 1);
  // Look-alikes of the user's: a file, and a folder without the marker.
  std::ofstream(parent / (prefix + "3-userfile")) << "mine";
  fs::create_directories(parent / (prefix + "4-userdir"));
  std::ofstream(parent / (prefix + "4-userdir") / "report.md") << "mine";

  WriteFilesAtomically(dir.string(), {{"report.md", "new"}});
  BOOST_TEST(!fs::exists(dead));
  BOOST_TEST(Read(live / "report.md") == "unfinished");
  BOOST_TEST(Read(parent / (prefix + "3-userfile")) == "mine");
  BOOST_TEST(Read(parent / (prefix + "4-userdir") / "report.md") == "mine");
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  // Its owner gone, the next run removes it too.
  WriteFilesAtomically(dir.string(), {{"report.md", "newer"}});
  BOOST_TEST(!fs::exists(live));
  BOOST_TEST(Read(dir / "report.md") == "newer");
  fs::remove_all(parent / (prefix + "3-userfile"));
  fs::remove_all(parent / (prefix + "4-userdir"));
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(a_path_that_is_not_a_folder_is_an_input_error) {
  const fs::path dir = FreshDir("not-a-folder");
  fs::create_directories(dir);
  std::ofstream(dir / "file") << "x";
  BOOST_TEST_REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
  for (const std::string& path : std::vector<std::string>{(dir / "file").string(), (dir / "fifo").string(), std::string("/dev/null")}) {
    BOOST_CHECK_THROW(WriteFilesAtomically(path, {{"report.md", "x"}}), InputError);
  }
  BOOST_TEST(Read(dir / "file") == "x");
  BOOST_TEST(fs::is_fifo(dir / "fifo"));
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(atomic_file_replaces_whole_or_not_at_all) {
  const fs::path dir = FreshDir("file");
  fs::create_directories(dir);
  {
    AtomicFile out((dir / "scores.json").string(), "--out");
    out.stream() << std::string(200000, 'a');
    out.Commit();
  }
  BOOST_TEST(Read(dir / "scores.json") == std::string(200000, 'a'));
  for (const std::string& step : std::vector<std::string>{"write", "fsync", "link", "rename"}) {
    BOOST_TEST_CONTEXT("step " << step) {
      const FaultAt fault(step, ENOSPC);
      AtomicFile out((dir / "scores.json").string(), "--out");
      out.stream() << "new";
      BOOST_CHECK_THROW(out.Commit(), std::runtime_error);
    }
    BOOST_TEST(Join(Names(dir)) == "scores.json");
  }
  {
    // Without O_TMPFILE: a named temporary, removed when the run fails.
    const FaultAt fault("tmpfile", EOPNOTSUPP);
    AtomicFile out((dir / "scores.json").string(), "--out");
    out.stream() << "b";
    BOOST_TEST(Names(dir).size() == 2u);
  }
  BOOST_TEST(Join(Names(dir)) == "scores.json");
  BOOST_TEST(Read(dir / "scores.json") == std::string(200000, 'a'));
  // A symlink is written through, and stays a symlink.
  fs::create_symlink("scores.json", dir / "link.json");
  {
    AtomicFile out((dir / "link.json").string(), "--out");
    out.stream() << "via link";
    out.Commit();
  }
  BOOST_TEST(fs::is_symlink(dir / "link.json"));
  BOOST_TEST(Read(dir / "scores.json") == "via link");
  fs::create_directories(dir / "sub");
  BOOST_CHECK_THROW(AtomicFile((dir / "sub").string(), "--out"), InputError);
  BOOST_CHECK_THROW(AtomicFile("/dev/null", "--out"), InputError);
  BOOST_CHECK_THROW(AtomicFile((dir / "missing" / "x.json").string(), "--out"), InputError);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
