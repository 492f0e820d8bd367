// The output side of the hardening tests (issue 14), through the real binary:
// a report folder is the old set or the new set whatever kills the run and
// however many runs write it at once; a user's own files survive; nothing but
// regular files is replaced; a full disk leaves no temporaries; stdout write
// errors fail the run; backtest refuses inputs that would block or exhaust memory.
#define BOOST_TEST_MODULE hardening_output_cli
#include <boost/test/unit_test.hpp>
#include <signal.h>
#include <sys/stat.h>

#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "tests/cli/hardening_run.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kHostile = fs::path(PLANCAST_SOURCE_DIR) / "tests/data/hostile";
const std::vector<std::string> kReports = {"report.md", "report.json", "report.csv", "report.html", "report.xlsx"};

// work/ holds a.yaml and b.yaml (different numbers, so different reports),
// their reference reports in refA/ and refB/, and out/ with the user's notes.
struct Folder {
  fs::path root, work, out;
  double seconds = 0.0;  // one forecast run
};

Folder MakeFolder(const std::string& name) {
  Folder f;
  f.root = FreshTempDir("output-" + name);
  f.work = f.root / "work";
  f.out = f.work / "out";
  fs::create_directories(f.work);
  std::string text = ReadFile(kHostile / "base.yaml");
  std::ofstream(f.work / "a.yaml", std::ios::binary) << text;
  text.replace(text.find("2020: 2.0"), 9, "2020: 2.5");
  std::ofstream(f.work / "b.yaml", std::ios::binary) << text;
  const auto start = std::chrono::steady_clock::now();
  BOOST_TEST_REQUIRE(RunPlancastIn(f.work, "forecast a.yaml --out refA", 20).exit_code == 0);
  f.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST_REQUIRE(RunPlancastIn(f.work, "forecast b.yaml --out refB", 20).exit_code == 0);
  BOOST_TEST_REQUIRE(ReadFile(f.work / "refA/report.json") != ReadFile(f.work / "refB/report.json"));
  BOOST_TEST_REQUIRE(RunPlancastIn(f.work, "forecast a.yaml --out out", 20).exit_code == 0);
  // The user's own things in the report folder, and things merely named like plancast's temporaries.
  std::ofstream(f.out / "notes.txt") << "my notes";
  fs::create_directories(f.out / "drafts");
  std::ofstream(f.out / "drafts" / "v1.md") << "draft";
  std::ofstream(f.work / ".out.plancast-stage-999-user") << "a user's file";
  fs::create_directories(f.work / ".out.plancast-stage-998-user");
  std::ofstream(f.work / ".out.plancast-stage-998-user" / "keep.txt") << "a user's folder";
  return f;
}

// "" when out/ holds exactly refA's or refB's reports plus the user's files, else what is wrong.
std::string CheckWhole(const Folder& f, int* allow_waiting = nullptr) {
  std::string which;
  for (const char* ref : {"refA", "refB"}) {
    bool same = true;
    for (const std::string& report : kReports) same = same && ReadFile(f.out / report) == ReadFile(f.work / ref / report);
    if (same) which = ref;
  }
  if (which.empty()) {
    std::string mix;
    for (const std::string& report : kReports) {
      const std::string text = ReadFile(f.out / report);
      mix += report + "=" + (text == ReadFile(f.work / "refA" / report)   ? "A "
                             : text == ReadFile(f.work / "refB" / report) ? "B "
                                                                          : "? ");
    }
    return "mixed folder: " + mix;
  }
  if (ReadFile(f.out / "notes.txt") != "my notes") return "notes.txt lost";
  if (ReadFile(f.out / "drafts" / "v1.md") != "draft") {
    // The one moment a subfolder is not in out/: killed between the swap and
    // moving it back, it waits in the old folder for the next run.
    bool waiting = false;
    for (const auto& entry : fs::directory_iterator(f.work)) {
      const std::string name = entry.path().filename().string();
      waiting = waiting || (name.rfind(".out.plancast-stage-", 0) == 0 &&
                            ReadFile(entry.path() / "drafts" / "v1.md") == "draft");
    }
    if (!waiting) return "drafts/ lost";
    if (allow_waiting != nullptr) ++*allow_waiting;
    else return "drafts/ not in out/";
  }
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(f.out)) entries += entry.path().filename() != "" ? 1 : 0;
  if (fs::exists(f.out / ".plancast-run")) {
    // Killed between the swap and moving the marker on: it names the old folder for the next run.
    if (allow_waiting == nullptr) return ".plancast-run left in out/";
    ++*allow_waiting;
    --entries;
  }
  const size_t expected = kReports.size() + 2 - (fs::exists(f.out / "drafts") ? 0 : 1);
  if (entries != expected) return "unexpected entries in out/: " + Join([&] {
                                              std::vector<std::string> names;
                                              for (const auto& e : fs::directory_iterator(f.out))
                                                names.push_back(e.path().filename().string());
                                              return names;
                                            }());
  if (ReadFile(f.work / ".out.plancast-stage-999-user") != "a user's file") return "a user's file was touched";
  if (ReadFile(f.work / ".out.plancast-stage-998-user" / "keep.txt") != "a user's folder") {
    return "a user's folder was touched";
  }
  return "";
}

// plancast's staging folders left in work/ (not the user's look-alikes).
std::vector<std::string> Leftovers(const Folder& f) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(f.work)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(".out.plancast-stage-", 0) == 0 && name.find("-user") == std::string::npos) names.push_back(name);
  }
  return names;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_run_killed_at_any_moment_leaves_the_old_set_or_the_new_set_never_a_mix) {
  const Folder f = MakeFolder("killed");
  std::mt19937 random(20261202);
  // Delays spread over the whole run, so the signal lands in every phase:
  // loading, fitting, rendering, staging, the swap and the retiring.
  std::uniform_real_distribution<double> delay(0.0, f.seconds * 2.0);
  const int signals[] = {SIGKILL, SIGTERM, SIGINT};
  int killed = 0, waiting = 0, finished = 0;
  for (int round = 0; round < 30; ++round) {
    const pid_t pid = SpawnPlancast(f.work, {"forecast", round % 2 ? "a.yaml" : "b.yaml", "--out", "out"});
    std::this_thread::sleep_for(std::chrono::duration<double>(delay(random)));
    ::kill(pid, signals[round % 3]);
    const int code = WaitFor(pid);
    killed += code >= 128 ? 1 : 0;
    finished += code == 0 ? 1 : 0;
    BOOST_TEST_CONTEXT("round " << round << ", exit " << code) {
      BOOST_TEST(CheckWhole(f, &waiting) == "");
      BOOST_TEST(code != 1);
    }
  }
  BOOST_TEST_MESSAGE(killed << " of 30 runs were killed before they finished; after " << waiting
                            << " plancast's marker or the user's subfolder waited for the next run; " << finished
                            << " finished");
  BOOST_TEST(killed > 0);
  BOOST_TEST(finished > 0);  // the delays reach past the end of a run: every phase is hit
  // A later run removes what the killed runs left (their locks died with them).
  BOOST_TEST_REQUIRE(RunPlancastIn(f.work, "forecast b.yaml --out out", 20).exit_code == 0);
  BOOST_TEST(Join(Leftovers(f)) == "");
  BOOST_TEST(CheckWhole(f) == "");
  BOOST_TEST(ReadFile(f.out / "report.json") == ReadFile(f.work / "refB/report.json"));
  fs::remove_all(f.root);
}

BOOST_AUTO_TEST_CASE(ten_concurrent_runs_on_one_folder_all_succeed_and_the_last_one_wins_whole) {
  const Folder f = MakeFolder("concurrent");
  for (int round = 0; round < 3; ++round) {
    std::vector<pid_t> pids;
    for (int i = 0; i < 10; ++i) {
      pids.push_back(SpawnPlancast(f.work, {"forecast", i % 2 ? "a.yaml" : "b.yaml", "--out", "out"}));
    }
    int failed = 0;
    for (pid_t pid : pids) failed += WaitFor(pid) != 0 ? 1 : 0;
    BOOST_TEST_CONTEXT("round " << round) {
      BOOST_TEST(failed == 0);
      BOOST_TEST(CheckWhole(f) == "");
      BOOST_TEST(Join(Leftovers(f)) == "");
    }
  }
  fs::remove_all(f.root);
}

BOOST_AUTO_TEST_CASE(only_regular_files_are_ever_replaced) {
  const fs::path dir = FreshTempDir("output-special");
  const fs::path csv = fs::path(PLANCAST_SOURCE_DIR) / "tests/data/backtest_small.csv";
  BOOST_TEST_REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
  fs::create_directories(dir / "folder");
  for (const std::string& flag : std::vector<std::string>{"--out", "--forecasts"}) {
    for (const std::string& target : std::vector<std::string>{"/dev/null", (dir / "fifo").string(), (dir / "folder").string()}) {
      BOOST_TEST_CONTEXT(flag << " " << target) {
        const TimedRun r = RunPlancastIn(dir, "backtest '" + csv.string() + "' --horizon 2 " + flag + " '" + target + "'", 20);
        BOOST_TEST(r.exit_code == 2, r.err);
        BOOST_TEST(r.err.find(flag + ": error: '" + target + "' is") != std::string::npos, r.err);
      }
    }
  }
  struct stat st {};
  BOOST_TEST((::stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode)), "/dev/null is no longer a device");
  BOOST_TEST(fs::is_fifo(dir / "fifo"));
  BOOST_TEST(fs::is_empty(dir / "folder"));
  // compare --out and forecast --out want a folder: a FIFO or a device is an input error too.
  const Folder f = MakeFolder("special");
  const std::string compare = "compare refA/report.json refB/report.json --out ";
  BOOST_TEST_REQUIRE(::mkfifo((f.work / "fifo").c_str(), 0600) == 0);
  for (const std::string& target : std::vector<std::string>{"fifo", "/dev/null"}) {
    const TimedRun r = RunPlancastIn(f.work, compare + target, 20);
    BOOST_TEST(r.exit_code == 2, target << ": " << r.err);
  }
  BOOST_TEST(fs::is_fifo(f.work / "fifo"));
  BOOST_TEST(RunPlancastIn(f.work, compare + "cmp", 20).exit_code == 0);
  BOOST_TEST(fs::exists(f.work / "cmp" / "compare.md"));
  fs::remove_all(dir);
  fs::remove_all(f.root);
}

BOOST_AUTO_TEST_CASE(stdout_that_cannot_be_written_fails_the_run) {
  const Folder f = MakeFolder("stdout");
  for (const std::string& command : std::vector<std::string>{"graph a.yaml", "graph a.yaml --format json",
                                    "compare refA/report.json refB/report.json"}) {
    BOOST_TEST(RunPlancastIn(f.work, command, 20).exit_code == 0, command);
    const std::string shell = "cd '" + f.work.string() + "' && '" + PLANCAST_BINARY + "' " + command +
                              " > /dev/full 2> err.txt";
    const int status = std::system(shell.c_str());
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    const std::string err = ReadFile(f.work / "err.txt");
    BOOST_TEST(code == 1, command << ": exit " << code << " " << err);
    BOOST_TEST(err.find("cannot write to standard output: No space left on device") != std::string::npos, err);
  }
  fs::remove_all(f.root);
}

BOOST_AUTO_TEST_CASE(a_full_disk_leaves_the_previous_outputs_and_no_temporaries) {
  const fs::path dir = FreshTempDir("output-full-disk");
  {
  const SmallTmpfs disk(dir / "disk", "48k");
  if (!disk.mounted()) {
    BOOST_TEST_MESSAGE("skipped: cannot mount a tmpfs here (not root?); output_dir_test injects the errors instead");
    fs::remove_all(dir);
    return;
  }
  const Folder f = MakeFolder("full");
  // The reports of a.yaml fit in 48 KiB once, not twice (the swap needs both sets).
  fs::copy(f.work / "refA", dir / "disk" / "out");
  std::ofstream(dir / "disk" / "out" / "notes.txt") << "my notes";
  std::ofstream(dir / "disk" / "ballast", std::ios::binary) << std::string(8 * 1024, 'x');
  const Snapshot before = TakeSnapshot(dir / "disk");
  const TimedRun forecast = RunPlancastIn(f.work, "forecast b.yaml --out '" + (dir / "disk" / "out").string() + "'", 20);
  BOOST_TEST(forecast.exit_code == 1, forecast.err);
  BOOST_TEST(forecast.err.find("No space left on device") != std::string::npos, forecast.err);
  BOOST_TEST(Join(ChangedFiles(before, TakeSnapshot(dir / "disk"))) == "");

  // Now fill the disk to the last page: compare --out and backtest --forecasts cannot write a byte.
  {
    std::ofstream filler(dir / "disk" / "filler", std::ios::binary);
    const std::string block(4096, 'f');
    while (filler.write(block.data(), block.size()) && filler.flush()) {
    }
  }
  const TimedRun compare = RunPlancastIn(
      f.work, "compare refA/report.json refB/report.json --out '" + (dir / "disk" / "cmp").string() + "'", 20);
  const TimedRun backtest = RunPlancastIn(
      f.work, "backtest '" + std::string(PLANCAST_SOURCE_DIR) + "/tests/data/backtest_small.csv' --horizon 2 --forecasts '" +
                  (dir / "disk" / "f.csv").string() + "'", 20);
  for (const TimedRun* r : {&compare, &backtest}) {
    BOOST_TEST(r->exit_code == 1, r->err);
    BOOST_TEST(r->err.find("No space left on device") != std::string::npos, r->err);
  }
  BOOST_TEST(!fs::exists(dir / "disk" / "cmp"));
  BOOST_TEST(!fs::exists(dir / "disk" / "f.csv"));
  for (const auto& entry : fs::recursive_directory_iterator(dir / "disk")) {
    BOOST_TEST(entry.path().filename().string().find("plancast-") == std::string::npos, entry.path());
  }
  fs::remove_all(f.root);
  }  // unmounted here
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(backtest_refuses_inputs_that_would_block_or_exhaust_memory) {
  const fs::path dir = FreshTempDir("output-inputs");
  BOOST_TEST_REQUIRE(::mkfifo((dir / "series.csv").c_str(), 0600) == 0);
  const std::string csv = std::string(PLANCAST_SOURCE_DIR) + "/tests/data/backtest_small.csv";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"backtest series.csv --horizon 2", "series.csv: error: is a FIFO (named pipe), not a regular file"},
      {"backtest /dev/zero --horizon 2", "/dev/zero: error: is a character device, not a regular file"},
      {"backtest missing.csv --horizon 2", "missing.csv: error: no such file"},
      {"backtest '" + csv + "' --horizon 2 --threads 100000", "--threads: error: the thread count must be between 1 and 256"},
      {"backtest '" + csv + "' --horizon 2 --threads -1", "--threads: error: the thread count must be between 1 and 256"},
  };
  for (const auto& [command, message] : cases) {
    const TimedRun r = RunPlancastIn(dir, command, 10);
    BOOST_TEST(r.exit_code == 2, command << ": exit " << r.exit_code << " " << r.err);
    BOOST_TEST(r.err.find(message) != std::string::npos, command << ": " << r.err);
  }
  // Above the cap: a sparse file, so the test does not write 512 MiB.
  { std::ofstream(dir / "huge.csv") << "series_id,period,value\n"; }
  fs::resize_file(dir / "huge.csv", (std::uintmax_t{512} << 20) + 1);
  const TimedRun huge = RunPlancastIn(dir, "backtest huge.csv --horizon 2", 10);
  BOOST_TEST(huge.exit_code == 2, huge.err);
  BOOST_TEST(huge.err.find("huge.csv: error: the file is 512.0 MiB; the limit is 512 MiB") != std::string::npos, huge.err);
  BOOST_TEST(RunPlancastIn(dir, "backtest '" + csv + "' --horizon 2 --threads 256", 20).exit_code == 0);
  fs::remove_all(dir);
}
