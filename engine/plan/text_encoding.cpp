#include "engine/plan/text_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <optional>

namespace plancast {
namespace {

// `raw` converted from GB18030 to UTF-8 when every byte of it is valid GB18030.
std::optional<std::string> ConvertGb18030(const std::string& raw) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;  // glibc without the gconv module
  std::string out;
  std::string input = raw;  // iconv's input pointer is non-const
  char* in = input.data();
  size_t in_left = input.size();
  char buffer[4096];
  bool ok = true;
  while (in_left > 0) {
    char* dst = buffer;
    size_t dst_left = sizeof buffer;
    size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
    out.append(buffer, dst - buffer);
    if (r == static_cast<size_t>(-1) && errno != E2BIG) {  // EILSEQ or EINVAL (truncated at the end)
      ok = false;
      break;
    }
  }
  iconv_close(cd);
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

size_t Utf8SequenceLength(const std::string& s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = 0;
  unsigned min_second = 0x80, max_second = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) min_second = 0xA0;  // overlong
    if (c == 0xED) max_second = 0x9F;  // UTF-16 surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) min_second = 0x90;  // overlong
    if (c == 0xF4) max_second = 0x8F;  // beyond U+10FFFF
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (size_t k = 2; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return n;
}

size_t FirstInvalidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string::npos;
}

DecodedText DecodeDataText(const std::string& raw) {
  DecodedText result;
  const bool bom = raw.compare(0, 3, "\xEF\xBB\xBF") == 0;
  std::string body = bom ? raw.substr(3) : raw;
  const size_t bad = FirstInvalidUtf8(body);
  if (bad == std::string::npos) {
    result.ok = true;
    result.encoding = bom ? TextEncoding::kUtf8Bom : TextEncoding::kUtf8;
    result.utf8 = std::move(body);
    return result;
  }
  if (!bom) {
    if (std::optional<std::string> converted = ConvertGb18030(body)) {
      result.ok = true;
      result.encoding = TextEncoding::kGb18030;
      result.utf8 = std::move(*converted);
      return result;
    }
  }
  result.bad_offset = bad;
  result.bad_byte = static_cast<unsigned char>(body[bad]);
  result.utf8 = body.substr(0, bad);
  return result;
}

}  // namespace plancast
