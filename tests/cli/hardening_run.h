// Helpers for the hardening tests: run the real `plancast` binary in a
// scratch directory under a time limit, and prove afterwards that nothing
// outside the expected output folder changed and the input was not touched.
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sys/mount.h>
#include <string>
#include <vector>

#include "tests/support/run_cli.h"

namespace plancast::testing {

// Sanitized builds run several times slower; time limits scale with them.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSlowdown = 4;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int kSlowdown = 4;
#else
constexpr int kSlowdown = 1;
#endif
#else
constexpr int kSlowdown = 1;
#endif

struct TimedRun {
  int exit_code = -1;  // 124: killed by the time limit; >= 128: died from a signal
  double seconds = 0.0;
  std::string out;
  std::string err;
};

// Runs `plancast ARGS` with `cwd` as working directory; after `limit_seconds`
// (times kSlowdown) the process is killed and exit_code is 124.
inline TimedRun RunPlancastIn(const std::filesystem::path& cwd, const std::string& args, int limit_seconds) {
  const auto capture = FreshTempDir("hardening-capture");
  const std::string command = "cd '" + cwd.string() + "' && timeout -k 5 " +
                              std::to_string(limit_seconds * kSlowdown) + " '" + PLANCAST_BINARY + "' " +
                              args + " > '" + (capture / "out").string() + "' 2> '" +
                              (capture / "err").string() + "'";
  const auto start = std::chrono::steady_clock::now();
  const int status = std::system(command.c_str());
  TimedRun run;
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // sh reports a child killed by signal N as exit status 128 + N.
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = ReadFile(capture / "out");
  run.err = ReadFile(capture / "err");
  std::filesystem::remove_all(capture);
  return run;
}

// Every regular file below `root` (relative path) with its size, mtime and
// content: two snapshots are equal iff no file was added, removed or changed.
using Snapshot = std::map<std::string, std::string>;

inline Snapshot TakeSnapshot(const std::filesystem::path& root) {
  Snapshot files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    const std::string rel = std::filesystem::relative(entry.path(), root).string();
    if (!entry.is_regular_file()) {
      files[rel] = "<dir>";
      continue;
    }
    const auto mtime = entry.last_write_time().time_since_epoch().count();
    files[rel] = std::to_string(entry.file_size()) + "@" + std::to_string(mtime) + ":" +
                 std::to_string(std::hash<std::string>{}(ReadFile(entry.path())));
  }
  return files;
}

// Paths that are new, changed or gone ("-" prefix) in `after` compared to `before`.
inline std::vector<std::string> ChangedFiles(const Snapshot& before, const Snapshot& after) {
  std::vector<std::string> changed;
  for (const auto& [path, fingerprint] : after) {
    auto it = before.find(path);
    if (it == before.end() || it->second != fingerprint) changed.push_back(path);
  }
  for (const auto& [path, fingerprint] : before) {
    if (!after.count(path)) changed.push_back("-" + path);
  }
  return changed;
}

inline std::string Join(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : " ") + item;
  return text;
}

// A sanitizer report on stderr (ASan/UBSan builds): a failure even when the exit code looks right.
inline bool HasSanitizerReport(const std::string& err) {
  return err.find("Sanitizer") != std::string::npos || err.find("runtime error:") != std::string::npos;
}

// "nan", "inf" or "infinity" as a word (any case): a number that should never
// reach a report. A plain scan: std::regex recurses per character and
// overflows the stack on multi-megabyte reports.
inline bool HasNonFiniteWord(const std::string& text) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_letter(text[i]) || (i > 0 && is_letter(text[i - 1]))) continue;
    size_t end = i;
    std::string word;
    while (end < text.size() && is_letter(text[end]) && word.size() <= 8) word += lower(text[end++]);
    if (word == "nan" || word == "inf" || word == "infinity") return true;
    i = end;
  }
  return false;
}

// Starts `plancast ARGS...` in `cwd` without a shell (stdout and stderr to
// /dev/null), so the test can signal the very process; returns its pid.
inline pid_t SpawnPlancast(const std::filesystem::path& cwd, const std::vector<std::string>& args) {
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  if (::chdir(cwd.c_str()) != 0) ::_exit(126);
  const int null = ::open("/dev/null", O_WRONLY);
  ::dup2(null, 1);
  ::dup2(null, 2);
  std::vector<char*> argv{const_cast<char*>(PLANCAST_BINARY)};
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  ::execv(PLANCAST_BINARY, argv.data());
  ::_exit(127);
}

// The exit code of `pid` (>= 128: 128 + the signal that ended it).
inline int WaitFor(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// A small tmpfs mounted at `dir` for full-disk tests, unmounted on scope
// exit; mounted() is false where the test may not mount (not root, no
// CAP_SYS_ADMIN), and the caller then skips.
class SmallTmpfs {
 public:
  SmallTmpfs(const std::filesystem::path& dir, const std::string& size) : dir_(dir) {
    std::filesystem::create_directories(dir_);
    mounted_ = ::mount("tmpfs", dir_.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
  }
  ~SmallTmpfs() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }

 private:
  std::filesystem::path dir_;
  bool mounted_ = false;
};

}  // namespace plancast::testing
