// AtomicFile (engine/atomic_output.h): one output file, replaced whole.
//
// The data goes to an O_TMPFILE (no name: a SIGKILL or a full disk leaves
// nothing behind) or, where the file system has none, to a uniquely named
// `.NAME.plancast-tmp-PID-RANDOM` beside the target; Commit() fsyncs it,
// gives it a name, renames it over the target and fsyncs the folder.
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <streambuf>

#include "engine/atomic_output.h"
#include "engine/atomic_posix.h"
#include "engine/plan/diagnostics.h"

namespace plancast {
using atomic_detail::Fd;

namespace {

// An ostream buffer over a file descriptor that remembers the first error
// (an ostream swallows exceptions from its buffer).
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }
  int Flush() {
    if (error_ == 0 && pptr() > pbase()) error_ = atomic_detail::WriteAll(fd_, pbase(), pptr() - pbase());
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_;
  }

 protected:
  int_type overflow(int_type c) override {
    if (Flush() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }
  int sync() override { return Flush() == 0 ? 0 : -1; }

 private:
  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

InputError OutputInputError(const std::string& flag, const std::string& message, const std::string& hint) {
  Diagnostics d;
  d.Error({flag, 0, 0}, message, hint);
  return InputError(std::move(d));
}

}  // namespace

struct AtomicFile::State {
  std::string path;       // as given, for messages
  std::string base;       // the target's name inside `folder`
  Fd folder;
  Fd file;
  std::string temp_name;  // the temporary's name in `folder` once it has one
  bool committed = false;
  std::unique_ptr<FdStreamBuf> buffer;
  std::unique_ptr<std::ostream> stream;
};

AtomicFile::AtomicFile(const std::string& path, const std::string& flag) : state_(new State) {
  State& s = *state_;
  s.path = path;
  std::string target = path;
  struct stat st {};
  bool exists = false;
  if (::lstat(path.c_str(), &st) == 0) {
    exists = true;
    if (S_ISLNK(st.st_mode)) {
      // Write where the link points (as `>` would), so the link stays a link.
      char* real = ::realpath(path.c_str(), nullptr);
      if (real == nullptr || ::stat(real, &st) != 0) {
        std::free(real);
        throw OutputInputError(flag, "'" + path + "' is a symbolic link to nothing",
                               "give the path of a regular file");
      }
      target = real;
      std::free(real);
    }
    if (!S_ISREG(st.st_mode)) {
      throw OutputInputError(flag, "'" + path + "' is " + atomic_detail::DescribeFileType(st.st_mode) +
                                       ", not a regular file",
                             "plancast replaces only regular files; give a file path, e.g. " + flag +
                                 " scores.json");
    }
  } else if (errno != ENOENT) {
    throw OutputInputError(flag, "cannot use '" + path + "': " + std::strerror(errno), "");
  }
  if (!target.empty() && target.back() == '/') {
    throw OutputInputError(flag, "'" + path + "' names a folder, not a file", "give a file path");
  }
  const size_t slash = target.rfind('/');
  const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : target.substr(0, slash);
  s.base = slash == std::string::npos ? target : target.substr(slash + 1);
  s.folder = Fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!s.folder.valid()) {
    throw OutputInputError(flag, "cannot write '" + path + "': folder '" + folder + "': " + std::strerror(errno),
                           "create the folder first");
  }
  if (!atomic_detail::InjectedError("tmpfile")) {
    s.file = Fd(::openat(s.folder.get(), ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666));
  }
  if (!s.file.valid()) {
    s.temp_name = "." + s.base + ".plancast-tmp-" + atomic_detail::UniqueSuffix();
    s.file = Fd(::openat(s.folder.get(), s.temp_name.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666));
    if (!s.file.valid()) {
      s.temp_name.clear();
      throw OutputInputError(flag, "cannot write '" + path + "': " + std::strerror(errno),
                             "check that its folder is writable");
    }
  }
  if (exists) (void)::fchmod(s.file.get(), st.st_mode & 07777);  // keep the old file's permissions
  s.buffer = std::make_unique<FdStreamBuf>(s.file.get());
  s.stream = std::make_unique<std::ostream>(s.buffer.get());
}

AtomicFile::~AtomicFile() {
  if (!state_->committed && !state_->temp_name.empty()) {
    ::unlinkat(state_->folder.get(), state_->temp_name.c_str(), 0);
  }
}

std::ostream& AtomicFile::stream() { return *state_->stream; }

void AtomicFile::Commit() {
  State& s = *state_;
  if (int err = s.buffer->Flush()) atomic_detail::ThrowSystemError("cannot write", s.path, err);
  if (!*s.stream) throw std::runtime_error("cannot write " + s.path);
  if (int err = atomic_detail::Fsync(s.file.get())) atomic_detail::ThrowSystemError("cannot write", s.path, err);
  if (s.temp_name.empty()) {
    // Name the O_TMPFILE; /proc is the way that needs no capability.
    const std::string name = "." + s.base + ".plancast-tmp-" + atomic_detail::UniqueSuffix();
    const std::string self = "/proc/self/fd/" + std::to_string(s.file.get());
    int err = atomic_detail::InjectedError("link");
    if (err == 0 && ::linkat(AT_FDCWD, self.c_str(), s.folder.get(), name.c_str(), AT_SYMLINK_FOLLOW) != 0 &&
        ::linkat(s.file.get(), "", s.folder.get(), name.c_str(), AT_EMPTY_PATH) != 0) {
      err = errno;
    }
    if (err != 0) atomic_detail::ThrowSystemError("cannot write", s.path, err);
    s.temp_name = name;
  }
  // Someone may have put a folder or a FIFO there while we computed.
  struct stat st {};
  if (::fstatat(s.folder.get(), s.base.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode) &&
      !S_ISLNK(st.st_mode)) {
    throw std::runtime_error("cannot replace " + s.path + ": it is now " +
                             atomic_detail::DescribeFileType(st.st_mode));
  }
  int err = atomic_detail::InjectedError("rename");
  if (err == 0 && ::renameat(s.folder.get(), s.temp_name.c_str(), s.folder.get(), s.base.c_str()) != 0) err = errno;
  if (err != 0) atomic_detail::ThrowSystemError("cannot replace", s.path, err);
  s.committed = true;
  if (int sync_err = atomic_detail::Fsync(s.folder.get())) {
    atomic_detail::ThrowSystemError("cannot sync the folder of", s.path, sync_err);
  }
}

}  // namespace plancast
