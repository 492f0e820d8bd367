#include "reports/json_positions.h"

#include <vector>

namespace plancast {
namespace {

class Scanner {
 public:
  Scanner(const std::string& text, int max_depth) : text_(text), max_depth_(max_depth) {}

  JsonScan Run() {
    Value("", 0);
    return std::move(scan_);
  }

 private:
  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) ++pos_;
  }

  // A string starting at pos_ (a '"'); returns its raw text without quotes
  // (escapes kept: report keys have none, and an escaped key only misses its position).
  std::string String() {
    const std::size_t start = ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    std::string raw = text_.substr(start, pos_ - start);
    ++pos_;
    return raw;
  }

  bool Stopped() const { return scan_.too_deep_at.has_value() || pos_ >= text_.size(); }

  void Value(const std::string& path, int depth) {
    SkipSpace();
    if (pos_ >= text_.size()) return;
    scan_.offsets.emplace(path, pos_);
    const char c = text_[pos_];
    if (c == '{' || c == '[') {
      if (depth + 1 > max_depth_) {
        scan_.too_deep_at = pos_;
        return;
      }
      ++pos_;
      SkipSpace();
      const char close = c == '{' ? '}' : ']';
      for (std::size_t index = 0; !Stopped() && text_[pos_] != close; ++index) {
        std::string child;
        if (c == '{') {
          const std::string key = String();
          SkipSpace();
          ++pos_;  // ':'
          child = path.empty() ? key : path + "." + key;
        } else {
          child = path + "[" + std::to_string(index) + "]";
        }
        Value(child, depth + 1);
        if (Stopped()) return;
        SkipSpace();
        if (text_[pos_] == ',') {
          ++pos_;
          SkipSpace();
        }
      }
      ++pos_;
    } else if (c == '"') {
      String();
    } else {
      // number, true, false, null: up to the next delimiter
      while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != ']' &&
             text_[pos_] != ' ' && text_[pos_] != '\n' && text_[pos_] != '\r' && text_[pos_] != '\t')
        ++pos_;
    }
  }

  const std::string& text_;
  int max_depth_;
  std::size_t pos_ = 0;
  JsonScan scan_;
};

}  // namespace

JsonScan ScanJsonOffsets(const std::string& text, int max_depth) { return Scanner(text, max_depth).Run(); }

SourceLocation LocationOfByte(const std::string& text, std::size_t byte, const std::string& path) {
  SourceLocation where{path, 1, 1};
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;  // count characters, not UTF-8 continuation bytes
    }
  }
  return where;
}

}  // namespace plancast
