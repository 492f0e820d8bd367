// Runs the built `plancast` binary for end-to-end tests, capturing its exit
// code, stdout and stderr separately.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace plancast::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh, empty directory under the system temp dir, unique per process.
inline std::filesystem::path FreshTempDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("plancast-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// `args` is appended to the binary's path as shell words; run from the repository root.
inline CliResult RunPlancast(const std::string& args) {
  const auto dir = FreshTempDir("cli-capture");
  const std::string command = std::string("cd '") + PLANCAST_SOURCE_DIR + "' && '" + PLANCAST_BINARY + "' " + args +
                              " > '" + (dir / "out").string() + "' 2> '" + (dir / "err").string() + "'";
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(dir / "out");
  result.err = ReadFile(dir / "err");
  std::filesystem::remove_all(dir);
  return result;
}

}  // namespace plancast::testing
