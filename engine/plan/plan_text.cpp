#include "engine/plan/plan_text.h"

#include <algorithm>

namespace plancast {

std::string NormalizePlanText(const std::string& text) {
  size_t start = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;
  std::string out;
  out.reserve(text.size() - start);
  for (size_t i = start; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

TextLocator::TextLocator(const std::string& text, std::string file)
    : text_(text), file_(std::move(file)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

SourceLocation TextLocator::At(int line, int byte_column) const {
  if (line < 0) return File();
  if (static_cast<size_t>(line) >= line_starts_.size()) line = static_cast<int>(line_starts_.size()) - 1;
  size_t begin = line_starts_[line];
  size_t end = std::min(text_.size(), begin + static_cast<size_t>(std::max(byte_column, 0)));
  int column = 1;
  // Count UTF-8 lead bytes only: continuation bytes (10xxxxxx) belong to the
  // character already counted.
  for (size_t i = begin; i < end; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {file_, line + 1, column};
}

SourceLocation TextLocator::AtOffset(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = static_cast<int>(it - line_starts_.begin()) - 1;
  return At(line, static_cast<int>(offset - line_starts_[line]));
}

}  // namespace plancast
