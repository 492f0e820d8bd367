// The engine's English warnings read in Chinese in human reports.
#define BOOST_TEST_MODULE warning_text
#include <boost/test/unit_test.hpp>

#include <cctype>

#include "engine/assess.h"
#include "reports/warning_text.h"
#include "tests/support/plan_builder.h"

using namespace plancast;
using namespace plancast::testing;

namespace {
bool HasEnglishWord(const std::string& text) {
  int run = 0;
  for (unsigned char c : text) {
    run = std::isalpha(c) ? run + 1 : 0;
    if (run >= 4 && text.find("basis_shifts") == std::string::npos) return true;
  }
  return false;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(WarningText)

BOOST_AUTO_TEST_CASE(known_warnings_read_in_chinese_with_their_values) {
  BOOST_TEST(LocalizeWarning("2 observation(s) after the as-of date 2019-12-31 were ignored", Language::kZh) ==
             "数据截至日2019-12-31之后的2个观测值未纳入");
  BOOST_TEST(LocalizeWarning("stale: the figure for 2020 was expected by 2021-09-30 and is still missing", Language::kZh) ==
             "数据滞后：2020年的数值应于2021-09-30前发布，目前仍缺");
  BOOST_TEST(LocalizeWarning("series break: 1 value(s) on basis 旧口径 left out of the fit, too few points to "
                             "estimate the shift to basis 新口径 (give it under basis_shifts)",
                             Language::kZh) ==
             "统计口径变化：口径“旧口径”的1个数值未参与拟合——数据太少，无法估计与口径“新口径”之间的差异（可在 "
             "basis_shifts 中给出）");
  BOOST_TEST(LocalizeWarning("no value can be projected for 2025", Language::kZh) == "无法预测2025年的数值");
}

BOOST_AUTO_TEST_CASE(english_reports_and_unknown_warnings_stay_as_written) {
  BOOST_TEST(LocalizeWarning("no value can be projected for 2025", Language::kEn) == "no value can be projected for 2025");
  BOOST_TEST(LocalizeWarning("something new from a model", Language::kZh) == "something new from a model");
  BOOST_TEST(LocalizeWarning("", Language::kZh) == "");
}

BOOST_AUTO_TEST_CASE(the_engine_warnings_of_a_real_run_all_translate) {
  // A plan that provokes the common warnings: one point, no data, a break, later data, no target.
  Plan plan = MakePlan();
  AddIndicator(plan, "one", {{2020, 5.0}}).target = LevelTarget(2025, 9);
  AddIndicator(plan, "none", {}).target = LevelTarget(2025, 9);
  Indicator& broken = AddIndicator(plan, "broken", {{2015, 2.61}, {2020, 3.09}});
  broken.history[1].basis = "新口径";
  broken.target = LevelTarget(2025, 3.6);
  AddIndicator(plan, "later", {{2018, 1}, {2019, 2}, {2020, 3}, {2022, 4}}).target = LevelTarget(2025, 9);
  AddIndicator(plan, "free", {{2019, 1}, {2020, 2}});
  AssessOptions options;
  options.as_of = boost::gregorian::date(2021, 12, 31);
  const Assessment a = AssessPlan(plan, options);
  int seen = 0;
  for (const IndicatorResult& r : a.indicators) {
    for (const std::string& w : r.warnings) {
      ++seen;
      const std::string zh = LocalizeWarning(w, Language::kZh);
      BOOST_TEST(!HasEnglishWord(zh), w << " -> " << zh);
    }
  }
  BOOST_TEST(seen >= 5);
}

BOOST_AUTO_TEST_SUITE_END()
