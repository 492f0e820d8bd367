#include "engine/plan/unsafe_text.h"

#include <fmt/format.h>

#include <utility>

namespace plancast {
namespace {

// Decodes the UTF-8 sequence at `i`; returns its length (1 for an invalid byte, code = the byte | 0x80000000).
std::size_t Decode(const std::string& s, std::size_t i, std::uint32_t* code) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    *code = 0x80000000u | c;
    return 1;
  }
  std::uint32_t value = len == 1 ? c : c & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) {
      *code = 0x80000000u | c;
      return 1;
    }
    value = (value << 6) | (b(i + k) & 0x3F);
  }
  *code = value;
  return len;
}

const char* ControlName(std::uint32_t c) {
  static const char* const kC0[] = {"NUL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION",
                                    "ENQUIRY", "ACKNOWLEDGE", "BELL", "BACKSPACE", "TAB", "LINE FEED",
                                    "LINE TABULATION", "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN",
                                    "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO",
                                    "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE",
                                    "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM",
                                    "SUBSTITUTE", "ESCAPE", "FILE SEPARATOR", "GROUP SEPARATOR",
                                    "RECORD SEPARATOR", "UNIT SEPARATOR"};
  if (c < 0x20) return kC0[c];
  if (c == 0x7F) return "DELETE";
  if (c == 0x85) return "NEXT LINE";
  return "C1 CONTROL";
}

bool IsControl(std::uint32_t c) { return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F); }

// Invisible or direction-changing: what a terminal or a report hides.
const char* InvisibleName(std::uint32_t c) {
  switch (c) {
    case 0x00A0: return "NO-BREAK SPACE";
    case 0x00AD: return "SOFT HYPHEN";
    case 0x034F: return "COMBINING GRAPHEME JOINER";
    case 0x061C: return "ARABIC LETTER MARK";
    case 0x180E: return "MONGOLIAN VOWEL SEPARATOR";
    case 0x200B: return "ZERO WIDTH SPACE";
    case 0x200C: return "ZERO WIDTH NON-JOINER";
    case 0x200D: return "ZERO WIDTH JOINER";
    case 0x200E: return "LEFT-TO-RIGHT MARK";
    case 0x200F: return "RIGHT-TO-LEFT MARK";
    case 0x2028: return "LINE SEPARATOR";
    case 0x2029: return "PARAGRAPH SEPARATOR";
    case 0x202A: return "LEFT-TO-RIGHT EMBEDDING";
    case 0x202B: return "RIGHT-TO-LEFT EMBEDDING";
    case 0x202C: return "POP DIRECTIONAL FORMATTING";
    case 0x202D: return "LEFT-TO-RIGHT OVERRIDE";
    case 0x202E: return "RIGHT-TO-LEFT OVERRIDE";
    case 0x2060: return "WORD JOINER";
    case 0x2066: return "LEFT-TO-RIGHT ISOLATE";
    case 0x2067: return "RIGHT-TO-LEFT ISOLATE";
    case 0x2068: return "FIRST STRONG ISOLATE";
    case 0x2069: return "POP DIRECTIONAL ISOLATE";
    case 0x3000: return "IDEOGRAPHIC SPACE";
    case 0xFEFF: return "ZERO WIDTH NO-BREAK SPACE";
    default: return nullptr;
  }
}

// Cyrillic and Greek letters that print like a Latin one.
char LatinLookAlike(std::uint32_t c) {
  static const std::pair<std::uint32_t, char> kTable[] = {
      {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'},
      {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04BB, 'h'}, {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'},
      {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'},
      {0x0425, 'X'}, {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x03BF, 'o'}, {0x03B1, 'a'}, {0x03BD, 'v'},
      {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'}, {0x039A, 'K'},
      {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'}, {0x03A5, 'Y'}, {0x03A7, 'X'}};
  for (const auto& [code, latin] : kTable) {
    if (code == c) return latin;
  }
  return 0;
}

std::string Describe(std::uint32_t c) {
  const std::string code = fmt::format("U+{:04X}", c);
  if (IsControl(c)) return code + " " + ControlName(c) + " (a control character)";
  if (const char* name = InvisibleName(c)) return code + " " + name + " (invisible)";
  const char* script = c >= 0x0400 && c <= 0x04FF ? "CYRILLIC" : c >= 0x0370 && c <= 0x03FF ? "GREEK" : nullptr;
  if (script) {
    const char latin = LatinLookAlike(c);
    return code + " a " + script + " letter" +
           (latin ? std::string(" that looks like the Latin '") + latin + "'" : std::string());
  }
  return code + " (not an ASCII letter, digit or '_')";
}

}  // namespace

std::optional<FoundCharacter> FindControlCharacter(const std::string& text, bool allow_tab_newline) {
  std::size_t character = 0;
  for (std::size_t i = 0; i < text.size(); ++character) {
    std::uint32_t code = 0;
    i += Decode(text, i, &code);
    if (code >= 0x80000000u) {
      // yaml-cpp writes the escape "\N" (U+0085) as the lone byte 0x85.
      return FoundCharacter{character, code,
                            fmt::format("the byte 0x{:02X}, which is not UTF-8 (a YAML escape such as \\N makes it)",
                                        code & 0xFF)};
    }
    if (!IsControl(code)) continue;
    if (allow_tab_newline && (code == '\t' || code == '\n')) continue;
    return FoundCharacter{character, code, Describe(code)};
  }
  return std::nullopt;
}

std::optional<FoundCharacter> FindNonAsciiInId(const std::string& id) {
  std::size_t character = 0;
  for (std::size_t i = 0; i < id.size(); ++character) {
    std::uint32_t code = 0;
    i += Decode(id, i, &code);
    if (code >= 0x80 && code < 0x80000000u) return FoundCharacter{character, code, Describe(code)};
    if (IsControl(code)) return FoundCharacter{character, code, Describe(code)};
  }
  return std::nullopt;
}

std::string EscapeForTerminal(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t code = 0;
    const std::size_t len = Decode(text, i, &code);
    if (code >= 0x80000000u) {
      out += fmt::format("\\x{:02X}", code & 0xFF);
    } else if (code == '\n') {
      out += "\\n";
    } else if (code == '\t') {
      out += "\\t";
    } else if (code < 0x20 || code == 0x7F) {
      out += fmt::format("\\x{:02X}", code);
    } else if (code >= 0x80 && code <= 0x9F) {
      out += fmt::format("\\u{:04X}", code);
    } else if (InvisibleName(code) && code != 0x00A0 && code != 0x3000) {
      out += fmt::format("<U+{:04X}>", code);  // spaces print as spaces; the rest would hide
    } else {
      out.append(text, i, len);
    }
    i += len;
  }
  return out;
}

}  // namespace plancast
