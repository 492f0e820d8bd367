#include "engine/atomic_posix.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <functional>
#include <random>
#include <stdexcept>

#include "engine/atomic_output.h"

namespace plancast {

namespace {
std::function<int(const std::string&)>& Fault() {
  static std::function<int(const std::string&)> fault;
  return fault;
}
}  // namespace

void SetOutputFaultForTesting(std::function<int(const std::string& step)> fault) {
  Fault() = std::move(fault);
}

namespace atomic_detail {

Fd& Fd::operator=(Fd&& other) noexcept {
  if (this != &other) {
    reset();
    fd_ = other.release();
  }
  return *this;
}
Fd::~Fd() { reset(); }
int Fd::release() {
  const int fd = fd_;
  fd_ = -1;
  return fd;
}
void Fd::reset() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

int InjectedError(const std::string& step) { return Fault() ? Fault()(step) : 0; }

void ThrowSystemError(const std::string& what, const std::string& path, int err) {
  throw std::runtime_error(what + " " + path + ": " + std::strerror(err));
}

std::string UniqueSuffix() {
  // random_device reads getrandom(2): two runs with the same pid (in two
  // containers, or after pid reuse) still get different names.
  std::random_device device;
  const unsigned long long bits = (static_cast<unsigned long long>(device()) << 32) ^ device();
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", bits);
  return std::to_string(::getpid()) + "-" + hex;
}

int WriteAll(int fd, const char* data, size_t size) {
  if (const int injected = InjectedError("write")) return injected;
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
  return 0;
}

int Fsync(int fd) {
  if (const int injected = InjectedError("fsync")) return injected;
  while (::fsync(fd) != 0) {
    if (errno != EINTR) return errno;
  }
  return 0;
}

std::string DescribeFileType(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a symbolic link";
  if (S_ISREG(mode)) return "a regular file";
  return "a special file";
}

}  // namespace atomic_detail
}  // namespace plancast
