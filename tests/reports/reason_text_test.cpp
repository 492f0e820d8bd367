// Reason sentences (issue 11, item 0): every code in both languages from one
// table, no English in the Chinese report, and the numbers are report.json's.
#define BOOST_TEST_MODULE reason_text
#include <boost/test/unit_test.hpp>

#include <fmt/args.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "reports/number_format.h"
#include "reports/reason_text.h"
#include "tests/support/run_cli.h"

using namespace plancast;
using Json = nlohmann::json;

namespace {

std::set<std::string> Fields(const std::string& pattern) {
  std::set<std::string> fields;
  std::regex field("\\{([a-z_0-9]+)\\}");
  for (std::sregex_iterator it(pattern.begin(), pattern.end(), field), end; it != end; ++it) fields.insert((*it)[1]);
  return fields;
}

// Risk-table rows of report.md, by indicator name: the reason is the last cell.
std::string ReasonCellOf(const std::string& md, const std::string& name) {
  std::istringstream in(md);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("| " + name, 0) != 0) continue;
    size_t end = line.rfind(" |");
    size_t start = line.rfind("| ", end - 1);
    return line.substr(start + 2, end - start - 2);
  }
  return "";
}

struct Run {
  Json json;
  std::string md;
};

Run Forecast(const std::string& lang) {
  const auto dir = testing::FreshTempDir("reason-" + lang);
  auto result = testing::RunPlancast("forecast targets/pinghu-2025.yaml --lang " + lang + " --out '" +
                                     (dir / "r").string() + "'");
  BOOST_TEST_REQUIRE(result.exit_code == 0, result.err);
  Run run{Json::parse(testing::ReadFile(dir / "r" / "report.json")), testing::ReadFile(dir / "r" / "report.md")};
  std::filesystem::remove_all(dir);
  return run;
}

}  // namespace

BOOST_AUTO_TEST_CASE(EveryCodeHasBothLanguagesWithTheSameFields) {
  std::set<std::string> in_table;
  for (const ReasonTemplate& t : ReasonTemplates()) {
    BOOST_TEST(std::string(t.en).size() > 0, t.code);
    BOOST_TEST(std::string(t.zh).size() > 0, t.code);
    BOOST_TEST((Fields(t.en) == Fields(t.zh)), t.code);
    BOOST_TEST(in_table.insert(t.code).second, "duplicate " << t.code);
  }
  for (const std::string& code : ReasonCodes()) BOOST_TEST(in_table.count(code) == 1u, code);
}

BOOST_AUTO_TEST_CASE(EveryCodeTheDocsListIsInTheTable) {
  std::string doc = testing::ReadFile(std::string(PLANCAST_SOURCE_DIR) + "/docs/assessment.md");
  size_t start = doc.find("### Reason codes");
  BOOST_TEST_REQUIRE(start != std::string::npos);
  std::string section = doc.substr(start, doc.find("\n### ", start + 1) - start);
  std::set<std::string> known(ReasonCodes().begin(), ReasonCodes().end());
  std::regex row("\\n\\| (`[a-z_]+`(?:, `[a-z_]+`)*) \\|");
  int codes = 0;
  for (std::sregex_iterator it(section.begin(), section.end(), row), end; it != end; ++it) {
    std::string cell = (*it)[1];
    std::regex code("`([a-z_]+)`");
    for (std::sregex_iterator c(cell.begin(), cell.end(), code); c != std::sregex_iterator(); ++c) {
      ++codes;
      BOOST_TEST(known.count((*c)[1]) == 1u, (*c)[1]);
    }
  }
  BOOST_TEST(codes == static_cast<int>(known.size()));
}

BOOST_AUTO_TEST_CASE(ChineseSentencesHaveNoEnglishWordsAndJsonNumbers) {
  Run run = Forecast("zh");
  int checked = 0;
  for (const Json& ind : run.json["indicators"]) {
    if (ind["reason"].is_null()) continue;
    const std::string name = ind["name"];
    std::string sentence = ReasonCellOf(run.md, name);
    BOOST_TEST_REQUIRE(!sentence.empty(), name);
    // Letters are allowed only inside the plan's own unit (e.g. "GDP").
    std::string unit = ind["unit"];
    std::string stripped = sentence;
    if (!unit.empty()) {
      for (size_t at; (at = stripped.find(unit)) != std::string::npos;) stripped.erase(at, unit.size());
    }
    BOOST_TEST(!std::regex_search(stripped, std::regex("[A-Za-z]{2,}")), name << ": " << sentence);
    BOOST_TEST(sentence.find(fmt::format("{}个数据点", ind["reason"]["history_points"].get<int>())) !=
                   std::string::npos, sentence);
    if (ind["p_meet"].is_number()) {
      BOOST_TEST(sentence.find("概率" + DisplayProbability(ind["p_meet"])) != std::string::npos, sentence);
    }
    if (ind["p_meet_at_historical_pace"].is_number() && sentence.find("若保持历史速度") != std::string::npos) {
      BOOST_TEST(sentence.find("达标概率为" + DisplayProbability(ind["p_meet_at_historical_pace"])) != std::string::npos,
                 sentence);
    }
    const bool rank = ind["target"]["kind"] == "rank";
    for (const char* key : {"required_annual_change", "historical_annual_change", "projected_annual_change"}) {
      if (!ind[key].is_number()) continue;
      double v = ind[key];
      if (ind["reason"]["code"] == "one_figure" && std::string(key) != "required_annual_change") continue;
      // Points print to the data's precision (at most 2 digits), other paces with 3.
      int written = 0;
      for (const auto& o : ind["history"]) written = std::max(written, WrittenDecimals(o["value"]));
      if (ind["target"]["value"].is_number()) written = std::max(written, WrittenDecimals(ind["target"]["value"]));
      const bool points = ind["unit"] == "%" && ind["pace_kind"] == "slope";
      std::string number = rank     ? DisplayNumber(std::fabs(v), 2)
                           : points ? (v < 0 ? "-" : "+") + PointsNumber(v, written)
                                    : DisplaySigned(v, kEstimateDigits);
      BOOST_TEST(sentence.find(number) != std::string::npos, key << " " << number << " in " << sentence);
    }
    ++checked;
  }
  BOOST_TEST(checked >= 20);
}

BOOST_AUTO_TEST_CASE(EnglishSentencesSayWhyInWords) {
  Run run = Forecast("en");
  for (const Json& ind : run.json["indicators"]) {
    if (ind["reason"].is_null() || ind["reason"]["code"] != "projected_slower_than_history") continue;
    std::string sentence = ReasonCellOf(run.md, ind["name"]);
    BOOST_TEST(sentence.find("at the historical pace it would be") != std::string::npos, sentence);
    BOOST_TEST(sentence.find("figures") != std::string::npos, sentence);
    for (const char* internal : {"seed", "model", "growth_rate", "largest_jump", "default"}) {
      BOOST_TEST(sentence.find(internal) == std::string::npos, sentence);
    }
  }
}
