// POSIX steps shared by the atomic writers (engine/atomic_output.h): unique
// names, complete writes, fsync, and the test seam that makes a step fail.
// Internal to engine/atomic_*.cpp.
#pragma once

#include <sys/stat.h>

#include <string>

namespace plancast::atomic_detail {

// A file descriptor closed on scope exit.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(other.release()) {}
  Fd& operator=(Fd&& other) noexcept;
  ~Fd();
  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  int release();
  void reset();

 private:
  int fd_ = -1;
};

// The errno a test asked `step` to fail with, else 0.
int InjectedError(const std::string& step);

// Throws std::runtime_error "WHAT PATH: strerror(err)".
[[noreturn]] void ThrowSystemError(const std::string& what, const std::string& path, int err);

// "<pid>-<16 random hex digits>": unique across processes and runs.
std::string UniqueSuffix();

// Writes all of `size` bytes (retrying short writes and EINTR); errno on failure, else 0.
int WriteAll(int fd, const char* data, size_t size);

// fsync with the test seam; errno on failure, else 0.
int Fsync(int fd);

// "a folder", "a character device", "a FIFO", ... for messages.
std::string DescribeFileType(mode_t mode);

}  // namespace plancast::atomic_detail
