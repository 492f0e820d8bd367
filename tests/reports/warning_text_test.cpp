// The engine's warnings are codes with arguments; reports say them in zh and
// en from one table (reports/warning_text.cpp), and report.json keeps the
// English text tools read.
#define BOOST_TEST_MODULE warning_text
#include <boost/test/unit_test.hpp>

#include <cctype>
#include <regex>
#include <set>

#include "engine/assess.h"
#include "reports/report_writer.h"
#include "reports/warning_text.h"
#include "tests/support/html_text.h"
#include "tests/support/plan_builder.h"

using namespace plancast;
using namespace plancast::testing;

namespace {

// A word of four or more Latin letters: an English word in a Chinese sentence.
bool HasEnglishWord(const std::string& text) {
  int run = 0;
  for (unsigned char c : text) {
    run = std::isalpha(c) ? run + 1 : 0;
    if (run >= 4) return true;
  }
  return false;
}

// A template without its {fields}: what stays is the words around them.
std::string WithoutFields(const char* pattern) { return std::regex_replace(pattern, std::regex(R"(\{[a-z_]+\})"), "#"); }

std::set<std::string> Fields(const char* pattern) {
  std::set<std::string> fields;
  const std::string s = pattern;
  const std::regex field(R"(\{([a-z_]+)\})");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), field); it != std::sregex_iterator(); ++it)
    fields.insert((*it)[1]);
  return fields;
}

// A plan that provokes the common warnings: one point, no data, a break,
// later data, no target, a stale figure.
Assessment WarningRun(Plan* plan) {
  *plan = MakePlan();
  AddIndicator(*plan, "one", {{2020, 5.0}}).target = LevelTarget(2025, 9);
  AddIndicator(*plan, "none", {}).target = LevelTarget(2025, 9);
  Indicator& broken = AddIndicator(*plan, "broken", {{2015, 2.61}, {2020, 3.09}});
  broken.history[1].basis = "新口径";
  broken.target = LevelTarget(2025, 3.6);
  AddIndicator(*plan, "later", {{2018, 1}, {2019, 2}, {2020, 3}, {2022, 4}}).target = LevelTarget(2025, 9);
  AddIndicator(*plan, "free", {{2019, 1}, {2020, 2}});
  // Plan text in Chinese, so any English left in the zh report is ours.
  plan->name = "测试规划";
  const char* names[] = {"甲", "乙", "丙", "丁", "戊"};
  for (size_t i = 0; i < plan->indicators.size(); ++i) {
    plan->indicators[i].name = std::string("指标") + names[i];
    plan->indicators[i].unit = "个";
  }
  AssessOptions options;
  options.as_of = boost::gregorian::date(2021, 12, 31);
  return AssessPlan(*plan, options);
}

using testing::VisibleText;

// `text` without the method appendix, where the models' own words belong.
std::string WithoutAppendix(std::string text, const std::string& start, const std::string& end) {
  const size_t from = text.find(start);
  if (from == std::string::npos) return text;
  const size_t to = end.empty() ? std::string::npos : text.find(end, from);
  return text.erase(from, to == std::string::npos ? std::string::npos : to - from);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(WarningCodes)

BOOST_AUTO_TEST_CASE(every_code_has_an_id_english_zh_and_en_with_the_same_fields) {
  const auto& table = WarningTemplates();
  BOOST_TEST(table.size() == static_cast<size_t>(WarningCode::kCount));
  std::set<std::string> ids;
  for (int c = 0; c < static_cast<int>(WarningCode::kCount); ++c) {
    const auto code = static_cast<WarningCode>(c);
    const auto row = std::find_if(table.begin(), table.end(), [&](const WarningTemplate& t) { return t.code == code; });
    BOOST_TEST_REQUIRE((row != table.end()), "code " << c << " has no row");
    BOOST_TEST(std::string(row->id).size() > 0);
    ids.insert(row->id);
    BOOST_TEST(std::string(row->english).size() > 0, row->id);
    BOOST_TEST(std::string(row->zh).size() > 0, row->id);
    BOOST_TEST(!HasEnglishWord(WithoutFields(row->zh)), row->id << ": " << row->zh);
    const std::set<std::string> english = Fields(row->english);
    const char* en = row->en ? row->en : row->english;
    // The report sentences may leave out a detail for tools ({detail}), never add one.
    for (const std::string& f : Fields(en)) BOOST_TEST(english.count(f) == 1u, row->id << " en: {" << f << "}");
    for (const std::string& f : Fields(row->zh)) BOOST_TEST(english.count(f) == 1u, row->id << " zh: {" << f << "}");
    if (row->code != WarningCode::kMethodFallback) BOOST_TEST((Fields(row->zh) == english), row->id);
    // No YAML keys or model words in a planner's sentence.
    for (const char* word : {"basis_shifts", "_", "seed", "model"}) {
      BOOST_TEST(WithoutFields(en).find(word) == std::string::npos, row->id << " en has " << word);
      BOOST_TEST(WithoutFields(row->zh).find(word) == std::string::npos, row->id << " zh has " << word);
    }
  }
  BOOST_TEST(ids.size() == table.size());
}

BOOST_AUTO_TEST_CASE(codes_read_in_each_language_with_their_values) {
  const Warning stale{WarningCode::kStale, {TextArg("period", "2020"), TextArg("expected_by", "2021-09-30")}};
  BOOST_TEST(WarningText(stale, Language::kZh) == "数据滞后：2020年的数值应于2021-09-30前发布，目前仍缺");
  BOOST_TEST(WarningEnglish(stale) == "stale: the figure for 2020 was expected by 2021-09-30 and is still missing");
  BOOST_TEST(WarningText(stale, Language::kEn) == WarningEnglish(stale));
  const Warning left_out{WarningCode::kBasisLeftOut, {NumberArg("count", 1, "1"), TextArg("from", ""), TextArg("to", "新口径")}};
  BOOST_TEST(WarningEnglish(left_out) ==
             "series break: 1 value(s) on basis (unnamed) left out of the fit, too few points to estimate the shift to "
             "basis 新口径 (give it under basis_shifts)");
  BOOST_TEST(WarningText(left_out, Language::kZh) ==
             "统计口径变化：口径“未注明”的1个数值未参与趋势推算——数据太少，无法估计与口径“新口径”之间的差异"
             "（可在规划文件中给出两种口径的换算关系）");
  const Warning fallback{WarningCode::kMethodFallback, {TextArg("detail", "logistic: no ceiling; used default")}};
  BOOST_TEST(WarningEnglish(fallback) == "logistic: no ceiling; used default");
  BOOST_TEST(WarningText(fallback, Language::kEn).find("logistic") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_engine_warnings_of_a_real_run_all_read_in_chinese) {
  Plan plan;
  const Assessment a = WarningRun(&plan);
  std::set<WarningCode> seen;
  for (const IndicatorResult& r : a.indicators) {
    for (const Warning& w : r.warnings) {
      seen.insert(w.code);
      const std::string zh = WarningText(w, Language::kZh);
      BOOST_TEST(!HasEnglishWord(zh), WarningEnglish(w) << " -> " << zh);
    }
  }
  BOOST_TEST(seen.size() >= 5u);
}

// The zh report of that plan: the text a planner reads in report.md and
// report.html (markup, styles and the method appendix aside) holds no English word.
BOOST_AUTO_TEST_CASE(the_zh_report_of_a_plan_with_warnings_has_no_english_sentence) {
  Plan plan;
  const Assessment a = WarningRun(&plan);
  const std::string full_md = RenderMarkdownReport(a, ReportOptions{Language::kZh});
  BOOST_TEST_REQUIRE(full_md.find("## 提示\n") != std::string::npos);
  const std::string md = WithoutAppendix(full_md, "## 方法说明", "\n_");
  const std::string html =
      VisibleText(WithoutAppendix(RenderHtmlReport(a, ReportOptions{Language::kZh}), "<section class=\"method\"", "</section>"));
  for (const std::string* text : {&md, &html}) {
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);) {
      const size_t product = line.find("plancast");  // the program's name in the footer
      if (product != std::string::npos) line.erase(product, 8);
      BOOST_TEST(!HasEnglishWord(line), line);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
