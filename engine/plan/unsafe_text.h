// Characters that must not hide in plan text or reach a terminal raw:
// control characters (a YAML escape such as "R&D\0share" puts a NUL into
// every report; ESC runs terminal sequences; a newline splits a
// `PATH:LINE:COL` line), invisible and direction-changing characters
// (U+200B, U+202E) and letters that look Latin but are not (Cyrillic 'а').
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace plancast {

struct FoundCharacter {
  std::size_t character = 0;  // 0-based index in characters (UTF-8 sequences)
  std::uint32_t code = 0;
  std::string description;  // "U+200B ZERO WIDTH SPACE"
};

// The first control character in `text`: C0 (tab and newline allowed when
// `allow_tab_newline`), DEL or C1 (U+0080..U+009F), or a byte that is not
// UTF-8 (YAML escapes can make one after the pre-scan checked the raw text).
std::optional<FoundCharacter> FindControlCharacter(const std::string& text, bool allow_tab_newline);

// The first character of `id` that an id may not hold and that a reader may
// not see: invisible, direction-changing, or a non-Latin look-alike (named
// with the Latin letter it imitates). nullopt when `id` is plain ASCII.
std::optional<FoundCharacter> FindNonAsciiInId(const std::string& id);

// `text` made safe to print on a terminal line: control characters as
// `\n`, `\t`, `\x1B`, `\u0085`; invisible and direction-changing characters
// as `<U+202E>`; invalid UTF-8 bytes as `\xFF`. Other text is unchanged.
std::string EscapeForTerminal(const std::string& text);

}  // namespace plancast
