// The one way plancast writes its outputs, so that nothing is ever half-written.
//
// - A report folder (forecast, compare --out) is replaced as a whole:
//   WriteFilesAtomically builds the complete new folder in a uniquely named
//   staging folder beside it and swaps it in with one rename
//   (renameat2(RENAME_EXCHANGE)). Readers, a crash or a SIGKILL see either the
//   previous folder or the new one, never a mix. See docs/reliability.md.
// - A single file (backtest --out, --forecasts) is written to an unnamed or
//   uniquely named temporary beside it and renamed over it (AtomicFile).
// Both fsync the data and the folder before they report success, remove
// their temporaries on every failure, and replace only regular files.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace plancast {

struct OutputFile {
  std::string name;     // plain file name, e.g. "report.md"; no directories
  std::string content;
};

// True iff `name` is safe as a file name inside an output directory: not
// empty, no path separators, not "." or "..", no control characters.
bool IsSafeFileName(const std::string& name);

// Replaces the folder `directory` by one holding `files`, atomically:
// - `files` replace the files of the same name; every other entry of the
//   folder (older reports of formats not written now, a user's notes, their
//   subfolders) is carried over to the new folder (files as hard links,
//   folders moved back right after the swap), so nothing of the user's is lost;
// - concurrent runs on the same folder queue on a lock for the short swap
//   step: each swap is whole, the last one wins;
// - staging folders of runs that died (SIGKILL) are removed by a later run,
//   only when their owner's lock is gone and they carry plancast's marker.
// Throws InputError (exit 2) when `directory` exists and is not a folder,
// std::runtime_error (with the path and the system's reason) when anything
// else fails; then the folder is as it was and no temporary is left.
// Returns the paths written, in order. Problems that do not fail the run
// (a leftover that could not be removed) are appended to `warnings`.
std::vector<std::string> WriteFilesAtomically(const std::string& directory,
                                              const std::vector<OutputFile>& files,
                                              std::vector<std::string>* warnings = nullptr);

// A report folder written piece by piece and swapped in whole by Commit(), as
// WriteFilesAtomically does: a plan with regions streams each region's
// reports into its subfolder as soon as they are made, so none is held in
// memory. `files` and `folders` announce every top-level file and subfolder
// the run writes (a dead run's staging folder is recognised by that list);
// a subfolder of those names in the old folder is replaced whole. Without
// Commit() (a throw, an early return) the staging folder is removed and the
// report folder is as it was.
class AtomicFolderWriter {
 public:
  AtomicFolderWriter(const std::string& directory, std::vector<std::string> files, std::vector<std::string> folders,
                     std::vector<std::string>* warnings = nullptr);
  ~AtomicFolderWriter();
  AtomicFolderWriter(const AtomicFolderWriter&) = delete;
  AtomicFolderWriter& operator=(const AtomicFolderWriter&) = delete;

  // Writes and fsyncs `file` into `folder` ("" for the top level); both announced.
  void Write(const std::string& folder, const OutputFile& file);
  // Puts the folder in place; returns the paths written, in order.
  std::vector<std::string> Commit();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// A file written under a temporary name beside `path` and renamed over it by
// Commit(); the temporary is removed if Commit() is never reached or fails.
// `flag` ("--out") names the option in messages. Throws InputError (exit 2)
// when `path` exists and is not a regular file (a folder, /dev/null, a FIFO:
// never replaced) or its folder does not exist.
class AtomicFile {
 public:
  AtomicFile(const std::string& path, const std::string& flag);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream();
  // Flushes, fsyncs, renames into place, fsyncs the folder; throws std::runtime_error on failure.
  void Commit();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// For tests only: called before each system step ("write", "fsync", "link",
// "exchange", "rename", ...) of the writers above; a non-zero return makes the
// step fail with that errno. Empty (the default) in the program.
void SetOutputFaultForTesting(std::function<int(const std::string& step)> fault);

}  // namespace plancast
