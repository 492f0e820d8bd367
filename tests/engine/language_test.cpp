// The report language table: codes round-trip, unknown codes are rejected.
#define BOOST_TEST_MODULE language
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include "engine/plan/language.h"

using namespace plancast;

BOOST_AUTO_TEST_SUITE(LanguageTable)

BOOST_AUTO_TEST_CASE(every_language_round_trips_through_its_code) {
  std::set<std::string> seen;
  for (const LanguageInfo& row : kLanguages) {
    BOOST_TEST(seen.insert(row.code).second, "duplicate code " << row.code);
    const std::optional<Language> parsed = ParseLanguage(row.code);
    BOOST_REQUIRE_MESSAGE(parsed.has_value(), row.code);
    BOOST_TEST((*parsed == row.language), row.code);
    BOOST_TEST(std::string(LanguageCode(row.language)) == row.code);
    BOOST_TEST(!std::string(row.display).empty());
  }
}

// The codes are a contract (plan files, --lang, report.json) and so is the
// HTML lang attribute of the reports: pinned.
BOOST_AUTO_TEST_CASE(codes_are_the_published_ones) {
  BOOST_TEST(std::string(LanguageCode(Language::kZh)) == "zh");
  BOOST_TEST(std::string(LanguageCode(Language::kEn)) == "en");
  BOOST_TEST(std::string(LanguageRow(Language::kZh).html_lang) == "zh-CN");
  BOOST_TEST(std::string(LanguageRow(Language::kEn).html_lang) == "en");
  BOOST_TEST(LanguageCodeList() == "zh or en");
  BOOST_TEST((LanguageCodes() == std::vector<std::string>{"zh", "en"}));
}

BOOST_AUTO_TEST_CASE(unknown_codes_are_rejected) {
  for (const char* code : {"", "fr", "ZH", "zh-CN", "english", "en "})
    BOOST_TEST(!ParseLanguage(code).has_value(), "'" << code << "'");
}

BOOST_AUTO_TEST_SUITE_END()
