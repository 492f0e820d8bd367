// The report languages, as one table: enum <-> code ("zh"/"en", as written in
// plans, `--lang` and report.json), the HTML lang attribute and a display
// name. Codes are parsed where they enter (the plan loader's `language:`, the
// CLI's `--lang`, a report.json read by `compare`); only the enum travels into
// reports/. Header-only, so the plan loader (also built alone for the fuzzers)
// needs no extra source file.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancast {

enum class Language { kZh, kEn };

struct LanguageInfo {
  Language language;
  const char* code;       // fixed: plan files, --lang and report.json use it
  const char* html_lang;  // <html lang="...">
  const char* display;    // the language's own name for it
};

inline constexpr std::array<LanguageInfo, 2> kLanguages = {{
    {Language::kZh, "zh", "zh-CN", "中文"},
    {Language::kEn, "en", "en", "English"},
}};
static_assert(static_cast<size_t>(Language::kEn) + 1 == kLanguages.size(),
              "a Language has no row in kLanguages");
static_assert(kLanguages[static_cast<size_t>(Language::kZh)].language == Language::kZh &&
                  kLanguages[static_cast<size_t>(Language::kEn)].language == Language::kEn,
              "kLanguages must list Language in enum order");

inline const LanguageInfo& LanguageRow(Language language) {
  return kLanguages[static_cast<size_t>(language)];
}
inline const char* LanguageCode(Language language) { return LanguageRow(language).code; }

// The language whose code is `code` (exact), or nullopt.
inline std::optional<Language> ParseLanguage(std::string_view code) {
  for (const LanguageInfo& row : kLanguages)
    if (code == row.code) return row.language;
  return std::nullopt;
}

// Every code, in table order ("zh" first).
inline std::vector<std::string> LanguageCodes() {
  std::vector<std::string> codes;
  for (const LanguageInfo& row : kLanguages) codes.emplace_back(row.code);
  return codes;
}

// "zh or en", for messages and --help.
inline std::string LanguageCodeList() {
  std::string list;
  for (size_t i = 0; i < kLanguages.size(); ++i)
    list += std::string(i == 0 ? "" : i + 1 == kLanguages.size() ? " or " : ", ") + kLanguages[i].code;
  return list;
}

}  // namespace plancast
