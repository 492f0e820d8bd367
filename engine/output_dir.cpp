#include "engine/output_dir.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace plancast {
namespace fs = std::filesystem;

namespace {

constexpr char kTempPrefix[] = ".plancast-tmp-";

void RemoveStaleTemporaries(const fs::path& directory) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(directory, ec)) {
    if (entry.path().filename().string().rfind(kTempPrefix, 0) == 0) fs::remove(entry.path(), ec);
  }
}

void WriteFileDurably(const fs::path& path, const std::string& content) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) {
    throw std::runtime_error("cannot create " + path.string() + ": " + std::strerror(errno));
  }
  const bool written = std::fwrite(content.data(), 1, content.size(), file) == content.size() &&
                       std::fflush(file) == 0 && fsync(fileno(file)) == 0;
  const int saved_errno = errno;
  const bool closed = std::fclose(file) == 0;
  if (!written || !closed) {
    throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(saved_errno));
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

std::vector<std::string> WriteFilesAtomically(const std::string& directory,
                                              const std::vector<OutputFile>& files) {
  const fs::path dir(directory);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    throw std::runtime_error("cannot create output directory " + directory + ": " +
                             (ec ? ec.message() : std::string("not a directory")));
  }
  RemoveStaleTemporaries(dir);

  for (size_t i = 0; i < files.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (files[i].name == files[j].name) {
        throw std::runtime_error("output file " + files[i].name + " given twice");
      }
    }
  }
  const std::string stamp = std::to_string(::getpid());
  std::vector<std::pair<fs::path, fs::path>> staged;  // temporary -> final
  try {
    for (const OutputFile& file : files) {
      if (!IsSafeFileName(file.name)) throw std::runtime_error("unsafe output file name: " + file.name);
      const fs::path temporary = dir / (kTempPrefix + stamp + "-" + file.name);
      WriteFileDurably(temporary, file.content);
      staged.emplace_back(temporary, dir / file.name);
    }
  } catch (...) {
    for (const auto& [temporary, final_path] : staged) fs::remove(temporary, ec);
    throw;
  }

  // rename(2) is atomic per file but not across files: refuse before the
  // first rename what would make a later one fail (a directory in the way),
  // so a failed run does not leave a mix of old and new reports behind.
  auto discard_staged = [&staged, &ec](size_t from) {
    for (size_t i = from; i < staged.size(); ++i) fs::remove(staged[i].first, ec);
  };
  for (const auto& [temporary, final_path] : staged) {
    if (fs::exists(final_path, ec) && !fs::is_regular_file(final_path, ec)) {
      discard_staged(0);
      throw std::runtime_error("cannot replace " + final_path.string() + ": it is not a regular file");
    }
  }
  // Everything is on disk: now replace the old files.
  std::vector<std::string> written;
  for (size_t i = 0; i < staged.size(); ++i) {
    fs::rename(staged[i].first, staged[i].second, ec);
    if (ec) {
      const std::string reason = ec.message();
      discard_staged(i);
      throw std::runtime_error("cannot replace " + staged[i].second.string() + ": " + reason);
    }
    written.push_back(staged[i].second.string());
  }
  return written;
}

}  // namespace plancast
