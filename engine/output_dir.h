// Writing a run's files so that nothing is ever half-written.
//
// All files are first written to hidden temporary files inside the output
// directory, then renamed into place only after every one was written. A
// failed or interrupted run leaves the previous reports untouched (at worst a
// stray `.plancast-tmp-*` file, removed by the next run).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace plancast {

struct OutputFile {
  std::string name;     // plain file name, e.g. "report.md"; no directories
  std::string content;
};

// True iff `name` is safe as a file name inside an output directory: not
// empty, no path separators, not "." or "..", no control characters.
bool IsSafeFileName(const std::string& name);

// Creates `directory` if needed and writes `files` atomically as described
// above. Throws std::runtime_error (with the path and the system's reason)
// when anything fails; then no file in `directory` has changed.
// Returns the paths written, in order.
std::vector<std::string> WriteFilesAtomically(const std::string& directory,
                                              const std::vector<OutputFile>& files);

}  // namespace plancast
