// Raw plan text before YAML parsing: normalisation and source positions.
//
// Planners save files from Windows editors and Excel exports, so a UTF-8 byte
// order mark and CRLF line ends are accepted and normalised away here, before
// anything else looks at the text. TextLocator turns 0-based byte positions
// (what yaml-cpp reports) into 1-based line and *character* columns, so a
// column on a line of Chinese text matches what an editor shows.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/plan/types.h"

namespace plancast {

// Drops a leading UTF-8 BOM and turns CRLF and lone CR into LF. Line numbers
// are unchanged, so positions in the result are positions in the user's file.
std::string NormalizePlanText(const std::string& text);

class TextLocator {
 public:
  // Keeps a reference to `text`: it must outlive the locator.
  TextLocator(const std::string& text, std::string file);

  // `line` and `byte_column` are 0-based (yaml-cpp marks); the result is 1-based.
  SourceLocation At(int line, int byte_column) const;
  // Location of a 0-based byte offset into the text.
  SourceLocation AtOffset(size_t offset) const;
  // Location of the file as a whole (no line), for problems like "empty file".
  SourceLocation File() const { return {file_, 0, 0}; }
  const std::string& file() const { return file_; }

 private:
  const std::string& text_;
  std::string file_;
  std::vector<size_t> line_starts_;  // byte offset of each line's first byte
};

}  // namespace plancast
