// Telling the encoding of a data file a planner saved, and converting it to UTF-8.
//
// Excel and WPS on Chinese Windows save "CSV" as GB18030 (GBK), elsewhere as
// UTF-8, often with a byte order mark. The encoding is detected, never
// assumed: valid UTF-8 is UTF-8 (ASCII included); otherwise text that is
// valid GB18030 as a whole is converted (glibc iconv) and the caller says so;
// anything else is refused at its first bad byte.
#pragma once

#include <cstddef>
#include <string>

namespace plancast {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when invalid
// (truncated, overlong, surrogate or beyond U+10FFFF).
size_t Utf8SequenceLength(const std::string& s, size_t i);

// Offset of the first byte that does not start a valid UTF-8 sequence, or
// std::string::npos when all of `s` is valid UTF-8.
size_t FirstInvalidUtf8(const std::string& s);

enum class TextEncoding { kUtf8, kUtf8Bom, kGb18030 };

struct DecodedText {
  bool ok = false;
  TextEncoding encoding = TextEncoding::kUtf8;
  std::string utf8;  // when ok: the text in UTF-8, without a byte order mark
  // When !ok: offset of the first byte invalid as UTF-8, in `utf8` (the text
  // up to there, so a caller can turn it into a line and column).
  size_t bad_offset = 0;
  unsigned char bad_byte = 0;
};

// Detects the encoding of `raw` as above. A UTF-8 byte order mark means
// UTF-8: such a file is never reinterpreted as GB18030.
DecodedText DecodeDataText(const std::string& raw);

}  // namespace plancast
