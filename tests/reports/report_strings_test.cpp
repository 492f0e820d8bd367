// Every interface string exists in both languages with the same fields.
#define BOOST_TEST_MODULE report_strings
#include <boost/test/unit_test.hpp>

#include <regex>
#include <set>
#include <string>

#include "reports/report_strings.h"

using namespace plancast;

namespace {

std::set<std::string> Fields(const std::string& pattern) {
  std::set<std::string> fields;
  std::regex field(R"(\{([a-z_]+)\})");
  for (std::sregex_iterator it(pattern.begin(), pattern.end(), field), end; it != end; ++it) {
    fields.insert((*it)[1]);
  }
  return fields;
}

}  // namespace

BOOST_AUTO_TEST_CASE(EveryKeyHasBothLanguagesWithTheSameFields) {
  for (int i = 0; i < static_cast<int>(Msg::kCount); ++i) {
    Msg key = static_cast<Msg>(i);
    std::string en = Tr(key, Language::kEn);
    std::string zh = Tr(key, Language::kZh);
    BOOST_TEST_CONTEXT("key #" << i << " en=\"" << en << "\" zh=\"" << zh << "\"") {
      BOOST_TEST(!en.empty());
      BOOST_TEST(!zh.empty());
      BOOST_TEST(en != zh);
      BOOST_TEST((Fields(en) == Fields(zh)));
    }
  }
}

BOOST_AUTO_TEST_CASE(DefaultLanguageIsChinese) {
  BOOST_TEST(std::string(Tr(Msg::kStatusOffTrack, Language::kZh)) == "难以完成");
  BOOST_TEST((Plan().language == Language::kZh));  // a plan without `language:`
  BOOST_TEST(std::string(Tr(Msg::kStatusOffTrack, Language::kEn)) == "off track");
}

BOOST_AUTO_TEST_CASE(EveryStatusAndClassHasADistinctLabel) {
  for (Language lang : {Language::kEn, Language::kZh}) {
    std::set<std::string> statuses = {
        StatusLabel(TargetStatus::kAchieved, lang), StatusLabel(TargetStatus::kOnTrack, lang),
        StatusLabel(TargetStatus::kAtRisk, lang), StatusLabel(TargetStatus::kOffTrack, lang),
        StatusLabel(TargetStatus::kInsufficientData, lang)};
    BOOST_TEST(statuses.size() == 5u);
    std::set<std::string> classes = {
        ProgressClassLabel(ProgressClass::kTargetMet, lang), ProgressClassLabel(ProgressClass::kSignificant, lang),
        ProgressClassLabel(ProgressClass::kModerate, lang), ProgressClassLabel(ProgressClass::kInsufficient, lang),
        ProgressClassLabel(ProgressClass::kMovingAway, lang), ProgressClassLabel(ProgressClass::kNotAssessable, lang)};
    BOOST_TEST(classes.size() == 6u);
  }
}
