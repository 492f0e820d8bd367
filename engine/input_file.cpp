#include "engine/input_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <sstream>

#include "engine/atomic_posix.h"

namespace plancast {

bool CheckInputFile(const std::string& path, std::uintmax_t max_bytes, const std::string& size_hint,
                    Diagnostics* diagnostics) {
  const SourceLocation where{path, 0, 0};
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    diagnostics->Error(where,
                       err == ENOENT ? "no such file"
                       : err == ELOOP ? "a loop of symbolic links"
                                      : std::string("cannot read the file: ") + std::strerror(err),
                       "check the path");
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    diagnostics->Error(where, "is " + atomic_detail::DescribeFileType(st.st_mode) + ", not a regular file",
                       "give the path of a file; to read a pipe, save it to a file first");
    return false;
  }
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    std::ostringstream text;
    text.precision(1);
    text << std::fixed << "the file is " << st.st_size / 1048576.0 << " MiB; the limit is "
         << max_bytes / 1048576 << " MiB";
    diagnostics->Error(where, text.str(), size_hint);
    return false;
  }
  return true;
}

}  // namespace plancast
