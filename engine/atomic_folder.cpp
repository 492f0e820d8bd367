// WriteFilesAtomically (engine/atomic_output.h): a report folder replaced whole.
//
//   PARENT/NAME                              the report folder
//   PARENT/.NAME.plancast-stage-PID-RANDOM   one run's staging folder, holding
//     .plancast-run                          its marker: its own name, then the
//                                            names of the files the run writes
//
// 1. The new files are written and fsynced into a fresh staging folder, which
//    the run keeps flock()ed while it lives (the kernel drops the lock when the
//    process dies, even by SIGKILL: that is how a later run tells a dead run's
//    leftovers from a live run's).
// 2. Under an flock on PARENT (the swap step of concurrent runs queues there):
//    staging folders of dead runs are retired (3.); the folder's other entries
//    are hard-linked into the staging folder; renameat2(RENAME_EXCHANGE) swaps
//    the two folders in one step (RENAME_NOREPLACE when there is no folder yet).
//    The marker comes along into the live folder and is moved at once into
//    the old one; a run killed in between leaves it in the live folder, where
//    it names the old folder for the next run to retire (and is removed then).
// 3. The old folder, now under the staging name, is retired: files this run
//    replaced and hard links also present in the new folder are unlinked,
//    anything else (a subfolder, a file the user added meanwhile) is moved
//    back into the new folder without replacing anything, then it is removed.
//    What cannot be moved back is kept there and named in a warning.
// SIGINT, SIGTERM, SIGHUP and SIGQUIT are held during 2. and 3.; a run they
// stop earlier (or a SIGKILL at any moment) leaves only its staging folder,
// which the next run retires.
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <thread>

#include "engine/atomic_output.h"
#include "engine/atomic_posix.h"
#include "engine/plan/diagnostics.h"

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

namespace plancast {
namespace fs = std::filesystem;
using atomic_detail::Fd;

namespace {

constexpr char kStageInfix[] = ".plancast-stage-";
constexpr char kMarker[] = ".plancast-run";
// How long a run waits for another run's swap step (a few milliseconds each) before giving up.
constexpr auto kLockPatience = std::chrono::seconds(120);

std::string StagePrefix(const std::string& name) { return "." + name + kStageInfix; }

int Renameat2(int from_dir, const std::string& from, int to_dir, const std::string& to, unsigned flags) {
  if (const int injected = atomic_detail::InjectedError(flags & RENAME_EXCHANGE ? "exchange" : "rename")) {
    errno = injected;
    return -1;
  }
  return static_cast<int>(::syscall(SYS_renameat2, from_dir, from.c_str(), to_dir, to.c_str(), flags));
}

bool IsUnsupported(int err) { return err == EINVAL || err == ENOSYS || err == EOPNOTSUPP; }

std::vector<std::string> ListEntries(int dir_fd) {
  std::vector<std::string> names;
  const int copy = ::openat(dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (copy < 0) return names;
  DIR* dir = ::fdopendir(copy);
  if (dir == nullptr) {
    ::close(copy);
    return names;
  }
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  ::closedir(dir);
  return names;
}

std::optional<struct stat> StatAt(int dir_fd, const std::string& name) {
  struct stat st {};
  if (dir_fd < 0 || ::fstatat(dir_fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) return std::nullopt;
  return st;
}

bool SameInode(int dir_a, int dir_b, const std::string& name) {
  const auto a = StatAt(dir_a, name);
  const auto b = StatAt(dir_b, name);
  return a && b && a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

// The marker's lines: the staging folder's own name, then the run's file names.
std::vector<std::string> ReadMarker(int dir_fd) {
  std::vector<std::string> lines;
  if (dir_fd < 0) return lines;
  Fd file(::openat(dir_fd, kMarker, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
  struct stat st {};
  if (!file.valid() || ::fstat(file.get(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > 65536) return lines;
  std::string text(static_cast<size_t>(st.st_size), '\0');
  if (::read(file.get(), text.data(), text.size()) != static_cast<ssize_t>(text.size())) return lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

void WriteMarker(int stage_fd, const std::string& stage_name, const std::vector<std::string>& names) {
  std::string text = stage_name + "\n";
  for (const std::string& name : names) text += name + "\n";
  Fd marker(::openat(stage_fd, kMarker, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666));
  int err = marker.valid() ? atomic_detail::WriteAll(marker.get(), text.data(), text.size()) : errno;
  if (err != 0) atomic_detail::ThrowSystemError("cannot write in the staging folder", stage_name, err);
}

// Removes the entry `name` of `dir_fd`; a folder with what it holds (the
// region subfolders a run wrote itself).
void RemoveEntry(int dir_fd, const std::string& name) {
  if (::unlinkat(dir_fd, name.c_str(), 0) == 0 || (errno != EISDIR && errno != EPERM)) return;
  Fd sub(::openat(dir_fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!sub.valid()) return;
  for (const std::string& inner : ListEntries(sub.get())) RemoveEntry(sub.get(), inner);
  ::unlinkat(dir_fd, name.c_str(), AT_REMOVEDIR);
}

// Empties a staging folder that was never swapped in (it holds only this
// run's files and subfolders and hard links to the live folder's files) and removes it.
void RemoveOwnStaging(int parent_fd, int stage_fd, const std::string& stage_name) {
  for (const std::string& name : ListEntries(stage_fd)) RemoveEntry(stage_fd, name);
  ::unlinkat(parent_fd, stage_name.c_str(), AT_REMOVEDIR);
}

// Step 3 of the file comment: empties the folder `old_fd` (named `old_name`
// in `parent_fd`) into the live folder `live_fd` without losing anything.
// `written` holds the names the run that made it wrote; `live_fd` may be -1.
void Retire(int parent_fd, int old_fd, const std::string& old_name, int live_fd,
            const std::vector<std::string>& written, const std::string& shown_parent,
            std::vector<std::string>* warnings) {
  std::vector<std::string> kept, superseded;
  // Moves first: until a user's subfolder is back, it is only in the old folder.
  for (const std::string& name : ListEntries(old_fd)) {
    const auto st = StatAt(old_fd, name);
    if (!st) continue;
    const bool replaced = std::find(written.begin(), written.end(), name) != written.end();
    // A replaced name that is a folder is a region folder of a run with regions: replaced whole.
    if (name == kMarker || replaced || SameInode(old_fd, live_fd, name)) {
      superseded.push_back(name);
      continue;
    }
    bool moved = false;
    if (live_fd >= 0) {
      moved = Renameat2(old_fd, name, live_fd, name, RENAME_NOREPLACE) == 0;
      if (!moved && IsUnsupported(errno) && !StatAt(live_fd, name)) {
        moved = ::renameat(old_fd, name.c_str(), live_fd, name.c_str()) == 0;
      }
    }
    if (!moved) kept.push_back(name);
  }
  for (const std::string& name : superseded) RemoveEntry(old_fd, name);
  if (kept.empty()) {
    ::unlinkat(parent_fd, old_name.c_str(), AT_REMOVEDIR);
    return;
  }
  if (warnings == nullptr) return;
  std::string list;
  for (const std::string& name : kept) list += (list.empty() ? "" : ", ") + name;
  warnings->push_back("kept " + (fs::path(shown_parent) / old_name).string() + ": it holds " + list +
                      ", which could not be put back into the report folder (a file of that name is there)");
}

// Retires the staging folders of runs that died (step 2). Requires the PARENT lock.
void RetireDeadRuns(int parent_fd, const std::string& name, int live_fd, const std::string& own_stage,
                    const std::string& shown_parent, std::vector<std::string>* warnings) {
  const std::string prefix = StagePrefix(name);
  // A run killed between the swap and moving its marker left the marker in the live folder.
  const std::vector<std::string> live_marker = ReadMarker(live_fd);
  for (const std::string& entry : ListEntries(parent_fd)) {
    if (entry.rfind(prefix, 0) != 0 || entry == own_stage) continue;
    const auto st = StatAt(parent_fd, entry);
    if (!st || !S_ISDIR(st->st_mode)) continue;  // a user's file merely named like one
    Fd candidate(::openat(parent_fd, entry.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!candidate.valid()) continue;
    std::vector<std::string> marker = ReadMarker(candidate.get());
    if (marker.empty() || marker[0] != entry) marker = live_marker;
    if (marker.empty() || marker[0] != entry) {
      // A run killed before its marker was complete left a folder holding at
      // most a marker file: removing that loses nothing. Anything else is not
      // provably plancast's and is never touched.
      const std::vector<std::string> inside = ListEntries(candidate.get());
      if (inside.size() > 1 || (inside.size() == 1 && inside[0] != kMarker)) continue;
      if (::flock(candidate.get(), LOCK_EX | LOCK_NB) != 0) continue;  // its run is alive
      if (!inside.empty()) ::unlinkat(candidate.get(), kMarker, 0);
      ::unlinkat(parent_fd, entry.c_str(), AT_REMOVEDIR);
      continue;
    }
    if (::flock(candidate.get(), LOCK_EX | LOCK_NB) != 0) continue;  // its run is alive
    Retire(parent_fd, candidate.get(), entry, live_fd, {marker.begin() + 1, marker.end()}, shown_parent, warnings);
  }
  if (!live_marker.empty()) ::unlinkat(live_fd, kMarker, 0);
}

// Waits for the PARENT lock; false when the file system has no flock (then
// runs do not queue, but each swap is still whole).
bool LockParent(int parent_fd, const std::string& shown_parent) {
  const auto deadline = std::chrono::steady_clock::now() + kLockPatience;
  while (::flock(parent_fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) return false;
    if (std::chrono::steady_clock::now() > deadline) {
      throw std::runtime_error("another plancast run has been replacing a report folder in " + shown_parent +
                               " for two minutes; nothing was changed, try again");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

// Blocks SIGINT, SIGTERM, SIGHUP and SIGQUIT for its lifetime; pending ones arrive when it ends.
class SignalsHeld {
 public:
  SignalsHeld() {
    sigset_t set;
    sigemptyset(&set);
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&set, signal);
    held_ = ::pthread_sigmask(SIG_BLOCK, &set, &previous_) == 0;
  }
  ~SignalsHeld() {
    if (held_) ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t previous_;
  bool held_ = false;
};

InputError NotAFolder(const std::string& directory, const std::string& what) {
  Diagnostics d;
  d.Error({directory, 0, 0}, "the output folder is " + what,
          "give a folder for the reports, e.g. --out out/2022");
  return InputError(std::move(d));
}

struct FolderPath {
  std::string parent;  // absolute, symlinks resolved
  std::string name;
};

// Where the folder really is (a symlinked folder is replaced where it points),
// creating its parent folders when needed.
FolderPath ResolveTarget(const std::string& directory) {
  std::string dir = directory;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0) {
    if (errno != ENOENT) {
      throw std::runtime_error("cannot create output directory " + directory + ": " + std::strerror(errno));
    }
    const fs::path parent = fs::path(dir).parent_path();
    std::error_code ec;
    if (!parent.empty()) fs::create_directories(parent, ec);
    const std::string name = fs::path(dir).filename().string();
    if (ec || name == "." || name == "..") {
      throw std::runtime_error("cannot create output directory " + directory + ": " +
                               (ec ? ec.message() : std::string("not a folder name")));
    }
    char* real = ::realpath(parent.empty() ? "." : parent.c_str(), nullptr);
    if (real == nullptr) {
      throw std::runtime_error("cannot create output directory " + directory + ": " + std::strerror(errno));
    }
    FolderPath t{real, name};
    std::free(real);
    return t;
  }
  char* real = ::realpath(dir.c_str(), nullptr);
  if (real == nullptr || ::stat(real, &st) != 0) {
    std::free(real);
    throw NotAFolder(directory, "a symbolic link to nothing");
  }
  const std::string absolute = real;
  std::free(real);
  if (!S_ISDIR(st.st_mode)) throw NotAFolder(directory, atomic_detail::DescribeFileType(st.st_mode));
  char* cwd = ::realpath(".", nullptr);
  const std::string here = cwd ? cwd : "";
  std::free(cwd);
  if (absolute == "/" || here == absolute || here.rfind(absolute + "/", 0) == 0) {
    Diagnostics d;
    d.Error({directory, 0, 0}, "the output folder is the current folder or holds it",
            "plancast replaces the report folder as a whole; give a subfolder, e.g. --out out");
    throw InputError(std::move(d));
  }
  const size_t slash = absolute.rfind('/');
  return {slash == 0 ? "/" : absolute.substr(0, slash), absolute.substr(slash + 1)};
}

void CheckNames(const std::vector<OutputFile>& files) {
  for (size_t i = 0; i < files.size(); ++i) {
    if (!IsSafeFileName(files[i].name)) throw std::runtime_error("unsafe output file name: " + files[i].name);
    if (files[i].name == kMarker) throw std::runtime_error("reserved output file name: " + files[i].name);
    for (size_t j = 0; j < i; ++j) {
      if (files[i].name == files[j].name) throw std::runtime_error("output file " + files[i].name + " given twice");
    }
  }
}

void WriteStagedFile(int stage_fd, const OutputFile& file, const std::string& shown) {
  Fd out(::openat(stage_fd, file.name.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666));
  if (!out.valid()) atomic_detail::ThrowSystemError("cannot write", shown, errno);
  if (int err = atomic_detail::WriteAll(out.get(), file.content.data(), file.content.size())) {
    atomic_detail::ThrowSystemError("cannot write", shown, err);
  }
  if (int err = atomic_detail::Fsync(out.get())) atomic_detail::ThrowSystemError("cannot write", shown, err);
  if (::close(out.release()) != 0) atomic_detail::ThrowSystemError("cannot write", shown, errno);
}

// A staging folder of this run: PARENT/.NAME.plancast-stage-PID-RANDOM.
struct StagingFolder {
  std::string name;
  Fd fd;  // holds the folder's flock: "this run is alive"
};

// Step 1a. Makes a uniquely named staging folder and takes its lock.
// Guarantees on return: the folder exists, is empty, and the inode under its
// name is the one this run has locked. On failure (a failing mkdir, or five
// attempts lost) throws; it may leave empty, unlocked staging folders of
// lost attempts behind, which the next run removes (they hold nothing).
StagingFolder CreateStagingFolder(int parent_fd, const FolderPath& target) {
  StagingFolder stage;
  for (int attempt = 0; !stage.fd.valid(); ++attempt) {
    if (attempt == 5) throw std::runtime_error("cannot create a staging folder in " + target.parent);
    stage.name = StagePrefix(target.name) + atomic_detail::UniqueSuffix();
    if (const int injected = atomic_detail::InjectedError("mkdir")) {
      atomic_detail::ThrowSystemError("cannot create a staging folder in", target.parent, injected);
    }
    if (::mkdirat(parent_fd, stage.name.c_str(), 0777) != 0) {
      atomic_detail::ThrowSystemError("cannot create a staging folder in", target.parent, errno);
    }
    stage.fd = Fd(::openat(parent_fd, stage.name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    // The lock says "this run is alive". Until it is held, another run may
    // take the empty folder for a dead run's and remove it: then start over.
    struct stat mine {};
    const auto there = StatAt(parent_fd, stage.name);
    if (stage.fd.valid() && (::flock(stage.fd.get(), LOCK_EX | LOCK_NB) != 0 || ::fstat(stage.fd.get(), &mine) != 0 ||
                             !there || there->st_ino != mine.st_ino || there->st_dev != mine.st_dev)) {
      stage.fd.reset();
    }
  }
  return stage;
}

// What the steps after creating the staging folder share.
struct Run {
  const std::string& directory;  // the report folder as the user gave it, for messages
  const FolderPath& target;
  const fs::path& shown_dir;  // `directory` as a path, to name the files in messages
  const std::vector<std::string>& names;    // the top-level entries this run writes
  const std::vector<std::string>& folders;  // those of them that are folders
  int parent_fd;
  int stage_fd;
  const std::string& stage_name;
  std::vector<std::string>* warnings;
};

// Step 1b. Writes the marker, then every file, each fsynced, into the staging
// folder. Throws on the first failure, leaving what was written there (the
// caller removes the staging folder); the report folder is not touched.
void StageFiles(const Run& run, const std::vector<OutputFile>& files) {
  WriteMarker(run.stage_fd, run.stage_name, run.names);
  for (const OutputFile& file : files) WriteStagedFile(run.stage_fd, file, (run.shown_dir / file.name).string());
}

// Only regular files (and links) are replaced: anything else in the way is an
// error before any change. Changes nothing.
void CheckReplaceable(int live_fd, const Run& run) {
  for (const std::string& name : run.names) {
    const auto st = StatAt(live_fd, name);
    const bool folder = std::find(run.folders.begin(), run.folders.end(), name) != run.folders.end();
    if (st && (folder ? !S_ISDIR(st->st_mode) : !S_ISREG(st->st_mode) && !S_ISLNK(st->st_mode))) {
      throw std::runtime_error("cannot replace " + (run.shown_dir / name).string() + ": it is not " +
                               (folder ? "a folder" : "a regular file"));
    }
  }
}

// Hard-links every non-folder entry of the live folder that this run does not
// write into the staging folder. Never fails: a file that cannot be linked
// stays in the old folder and is moved back by Retire; folders are moved back
// after the swap.
void CarryOverUserFiles(int live_fd, const Run& run) {
  for (const std::string& name : ListEntries(live_fd)) {
    const bool ours = name == kMarker || std::find(run.names.begin(), run.names.end(), name) != run.names.end();
    const auto st = StatAt(live_fd, name);
    if (ours || !st || S_ISDIR(st->st_mode)) continue;
    if (atomic_detail::InjectedError("link") == 0) {
      ::linkat(live_fd, name.c_str(), run.stage_fd, name.c_str(), 0);
    }
  }
}

// The error for a failed RENAME_EXCHANGE other than ENOENT; nothing was changed.
[[noreturn]] void ThrowExchangeError(const std::string& directory, int err) {
  if (IsUnsupported(err)) {
    throw std::runtime_error("cannot replace the folder " + directory +
                             " in one step: its file system cannot exchange two folders "
                             "(renameat2 RENAME_EXCHANGE: " + std::strerror(err) +
                             "); the previous reports are unchanged");
  }
  if (err == EBUSY || err == EXDEV) {
    throw std::runtime_error("cannot replace the folder " + directory + " in one step: it is a mount point (" +
                             std::strerror(err) + "); give a folder inside it, e.g. " +
                             (fs::path(directory) / "reports").string() + "; the previous reports are unchanged");
  }
  atomic_detail::ThrowSystemError("cannot replace the folder", directory, err);
}

// What one attempt at putting the staging folder in place came to.
struct Placement {
  bool folder_changed;  // it vanished or appeared meanwhile: nothing was changed, try again
  int sync_error;       // once in place: the errno of the fsync that failed after the swap, else 0
};
Placement FolderChanged() { return {true, 0}; }
Placement InPlace(int sync_error) { return {false, sync_error}; }

// Step 2 when the report folder exists (`live`, stat `live_stat`): checks what
// is in the way, carries the user's files over, gives the staging folder the
// old folder's mode (and owner, as root), fsyncs it and swaps the two folders
// in one step; then moves the marker into the old folder and retires it (step
// 3) and fsyncs the new folder and PARENT. Sets *swapped the moment the swap
// is done. Before it: a throw leaves the report folder unchanged (and the
// staging folder to the caller), and FolderChanged() means the folder went
// away meanwhile (create it instead). After it: the new reports are in place;
// a throw from Retire leaves the old folder under the staging name.
Placement ExchangeIntoPlace(const Run& run, const Fd& live, const struct stat& live_stat, bool* swapped) {
  if (!live.valid()) atomic_detail::ThrowSystemError("cannot open", run.directory, errno);
  CheckReplaceable(live.get(), run);
  CarryOverUserFiles(live.get(), run);
  (void)::fchmod(run.stage_fd, live_stat.st_mode & 07777);
  if (::geteuid() == 0) (void)::fchown(run.stage_fd, live_stat.st_uid, live_stat.st_gid);
  if (int err = atomic_detail::Fsync(run.stage_fd)) atomic_detail::ThrowSystemError("cannot write", run.directory, err);
  if (Renameat2(run.parent_fd, run.stage_name, run.parent_fd, run.target.name, RENAME_EXCHANGE) != 0) {
    const int err = errno;
    if (err == ENOENT) return FolderChanged();
    ThrowExchangeError(run.directory, err);
  }
  *swapped = true;
  // The staging fd now is the live folder and `live` the old one, under the staging name.
  // The marker came along: move it to the old folder, which it describes from now on.
  if (::renameat(run.stage_fd, kMarker, live.get(), kMarker) != 0) ::unlinkat(run.stage_fd, kMarker, 0);
  // Retire at once (the fsync comes after): the user's subfolders are back within microseconds.
  Retire(run.parent_fd, live.get(), run.stage_name, run.stage_fd, run.names, run.target.parent, run.warnings);
  int sync_error = atomic_detail::Fsync(run.stage_fd);
  if (sync_error == 0) sync_error = atomic_detail::Fsync(run.parent_fd);
  return InPlace(sync_error);
}

// Step 2 when there is no report folder: fsyncs the staging folder and renames
// it to the folder's name without replacing anything (a plain rename if the
// file system lacks RENAME_NOREPLACE and the name is still free), then removes
// the marker and fsyncs PARENT. Sets *swapped once the rename is done. A throw
// before it leaves nothing changed (and the staging folder to the caller);
// FolderChanged() means the folder was made meanwhile (exchange instead).
Placement CreateInPlace(const Run& run, bool* swapped) {
  if (int err = atomic_detail::Fsync(run.stage_fd)) atomic_detail::ThrowSystemError("cannot write", run.directory, err);
  if (Renameat2(run.parent_fd, run.stage_name, run.parent_fd, run.target.name, RENAME_NOREPLACE) != 0) {
    const int err = errno;
    if (err == EEXIST || err == ENOTEMPTY) return FolderChanged();
    if (!IsUnsupported(err) || StatAt(run.parent_fd, run.target.name) ||
        ::renameat(run.parent_fd, run.stage_name.c_str(), run.parent_fd, run.target.name.c_str()) != 0) {
      atomic_detail::ThrowSystemError("cannot create the folder", run.directory, IsUnsupported(err) ? errno : err);
    }
  }
  *swapped = true;
  ::unlinkat(run.stage_fd, kMarker, 0);
  return InPlace(atomic_detail::Fsync(run.parent_fd));
}

Fd OpenLive(const Run& run) {
  return Fd(::openat(run.parent_fd, run.target.name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
}

// Steps 2 to 4 of docs/reliability.md: under the PARENT lock, with the
// signals held, retires dead runs' staging folders, then puts the staging
// folder in place (exchange, or create when there is no folder), trying again
// when the folder vanishes or appears meanwhile, three attempts in all.
// *swapped says whether the staging name still holds this run's own folder
// (false) or the user's old one (true) when it throws. An fsync error after
// the swap throws with the new reports in place.
void SwapIntoPlace(const Run& run, bool* swapped) {
  const bool locked = LockParent(run.parent_fd, run.target.parent);
  // Ctrl-C or a SIGTERM waits until the swap and the retiring are done (milliseconds),
  // so only SIGKILL can land between them.
  const SignalsHeld held;
  Fd live = OpenLive(run);
  if (locked) RetireDeadRuns(run.parent_fd, run.target.name, live.get(), run.stage_name, run.target.parent,
                             run.warnings);
  int sync_error = 0;
  for (int attempt = 0;; ++attempt) {
    if (attempt == 3) throw std::runtime_error("the output folder " + run.directory + " keeps changing; try again");
    if (attempt > 0) live = OpenLive(run);
    const auto live_stat = StatAt(run.parent_fd, run.target.name);
    if (live_stat && !S_ISDIR(live_stat->st_mode)) {
      throw NotAFolder(run.directory, atomic_detail::DescribeFileType(live_stat->st_mode));
    }
    const Placement placed =
        live_stat ? ExchangeIntoPlace(run, live, *live_stat, swapped) : CreateInPlace(run, swapped);
    if (!placed.folder_changed) {
      sync_error = placed.sync_error;
      break;
    }
  }
  if (sync_error != 0) {
    atomic_detail::ThrowSystemError("the new reports are in place but may not survive a power loss: cannot sync",
                                    run.target.parent, sync_error);
  }
}

}  // namespace

bool IsSafeFileName(const std::string& name) {
  if (name.empty() || name == "." || name == "..") return false;
  for (unsigned char c : name) {
    if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) return false;
  }
  return true;
}

std::vector<std::string> WriteFilesAtomically(const std::string& directory, const std::vector<OutputFile>& files,
                                              std::vector<std::string>* warnings) {
  CheckNames(files);
  const FolderPath target = ResolveTarget(directory);
  const fs::path shown_dir(directory);
  Fd parent(::open(target.parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!parent.valid()) atomic_detail::ThrowSystemError("cannot open the folder", target.parent, errno);
  const StagingFolder stage = CreateStagingFolder(parent.get(), target);
  std::vector<std::string> names;
  for (const OutputFile& file : files) names.push_back(file.name);
  const std::vector<std::string> no_folders;
  const Run run{directory, target, shown_dir, names, no_folders, parent.get(), stage.fd.get(), stage.name, warnings};
  bool swapped = false;  // from then on the staging name holds the user's old folder: never RemoveOwnStaging
  try {
    StageFiles(run, files);
    SwapIntoPlace(run, &swapped);
  } catch (...) {
    if (!swapped) RemoveOwnStaging(parent.get(), stage.fd.get(), stage.name);
    throw;
  }
  std::vector<std::string> paths;
  for (const OutputFile& file : files) paths.push_back((shown_dir / file.name).string());
  return paths;
}

}  // namespace plancast

namespace plancast {

struct AtomicFolderWriter::State {
  std::string directory;
  FolderPath target;
  fs::path shown_dir;
  std::vector<std::string> names, folders;
  std::vector<std::string>* warnings = nullptr;
  Fd parent;
  StagingFolder stage;
  std::vector<std::pair<std::string, Fd>> open_folders;  // subfolders made so far
  std::vector<std::string> written;
  bool done = false;  // committed: the staging name is not ours any more

  int FolderFd(const std::string& folder) {
    if (folder.empty()) return stage.fd.get();
    for (auto& [name, fd] : open_folders) {
      if (name == folder) return fd.get();
    }
    if (std::find(folders.begin(), folders.end(), folder) == folders.end()) {
      throw std::runtime_error("output folder " + folder + " was not announced");
    }
    const std::string shown = (shown_dir / folder).string();
    if (::mkdirat(stage.fd.get(), folder.c_str(), 0777) != 0) atomic_detail::ThrowSystemError("cannot write", shown, errno);
    Fd fd(::openat(stage.fd.get(), folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.valid()) atomic_detail::ThrowSystemError("cannot write", shown, errno);
    open_folders.emplace_back(folder, std::move(fd));
    return open_folders.back().second.get();
  }
};

AtomicFolderWriter::AtomicFolderWriter(const std::string& directory, std::vector<std::string> files,
                                       std::vector<std::string> folders, std::vector<std::string>* warnings)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.directory = directory;
  s.target = ResolveTarget(directory);
  s.shown_dir = fs::path(directory);
  s.names = files;
  s.names.insert(s.names.end(), folders.begin(), folders.end());
  s.folders = std::move(folders);
  s.warnings = warnings;
  std::vector<OutputFile> named;
  for (const std::string& name : s.names) named.push_back({name, ""});
  CheckNames(named);
  s.parent = Fd(::open(s.target.parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!s.parent.valid()) atomic_detail::ThrowSystemError("cannot open the folder", s.target.parent, errno);
  s.stage = CreateStagingFolder(s.parent.get(), s.target);
  try {
    WriteMarker(s.stage.fd.get(), s.stage.name, s.names);
  } catch (...) {
    RemoveOwnStaging(s.parent.get(), s.stage.fd.get(), s.stage.name);
    s.done = true;
    throw;
  }
}

AtomicFolderWriter::~AtomicFolderWriter() {
  if (state_ && !state_->done) RemoveOwnStaging(state_->parent.get(), state_->stage.fd.get(), state_->stage.name);
}

void AtomicFolderWriter::Write(const std::string& folder, const OutputFile& file) {
  State& s = *state_;
  if (!IsSafeFileName(file.name) || file.name == kMarker) throw std::runtime_error("unsafe output file name: " + file.name);
  if (folder.empty() && std::find(s.names.begin(), s.names.end(), file.name) == s.names.end()) {
    throw std::runtime_error("output file " + file.name + " was not announced");
  }
  const fs::path shown = folder.empty() ? s.shown_dir / file.name : s.shown_dir / folder / file.name;
  WriteStagedFile(s.FolderFd(folder), file, shown.string());
  s.written.push_back(shown.string());
}

std::vector<std::string> AtomicFolderWriter::Commit() {
  State& s = *state_;
  for (auto& [name, fd] : s.open_folders) {
    if (int err = atomic_detail::Fsync(fd.get())) atomic_detail::ThrowSystemError("cannot write", (s.shown_dir / name).string(), err);
  }
  s.open_folders.clear();
  const Run run{s.directory, s.target, s.shown_dir, s.names, s.folders, s.parent.get(), s.stage.fd.get(), s.stage.name,
                s.warnings};
  bool swapped = false;
  try {
    SwapIntoPlace(run, &swapped);
  } catch (...) {
    if (swapped) s.done = true;
    throw;
  }
  s.done = true;
  return s.written;
}

}  // namespace plancast
