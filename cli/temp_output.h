// A file written under a temporary name next to its path and renamed into
// place by Commit(), so a failed run leaves no partial (or clobbered) file.
#pragma once

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

#include "engine/diagnostics.h"

namespace plancast {

// Removed if never committed. An empty path means "no file".
class TempOutput {
 public:
  explicit TempOutput(const std::string& path) : path_(path) {
    if (path_.empty()) return;
    temp_ = path_ + ".plancast-tmp";
    file_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!file_) throw InputError(path_ + ": cannot write here");
  }
  ~TempOutput() {
    if (!temp_.empty() && !committed_) std::remove(temp_.c_str());
  }
  std::ostream* stream() { return path_.empty() ? nullptr : &file_; }
  void Commit() {
    if (path_.empty()) return;
    file_.close();
    if (!file_ || std::rename(temp_.c_str(), path_.c_str()) != 0)
      throw std::runtime_error("writing " + path_ + " failed");
    committed_ = true;
  }

 private:
  std::string path_, temp_;
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace plancast
