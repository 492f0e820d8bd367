// No internal words (seed, model names and scales, YAML keys) in what a
// planner reads: they stand only in the "方法说明 / Method" appendix at the
// end of report.md and report.html (and in report.json).
#define BOOST_TEST_MODULE method_appendix
#include <boost/test/unit_test.hpp>

#include <string>

#include "reports/method_appendix.h"
#include "tests/support/html_text.h"
#include "tests/support/run_cli.h"

namespace fs = std::filesystem;
using plancast::Language;
using plancast::MethodLabel;
using plancast::MethodText;
using plancast::testing::FreshTempDir;
using plancast::testing::ReadFile;
using plancast::testing::RunPlancast;

namespace {

const char* const kInternalWords[] = {"随机种子", "种子", "seed", "Seed", "模型", "model", "Model", "default on",
                                      "log scale", "logit scale", "growth 100%", "theta", "drift", "damped",
                                      "logistic", "basis_shifts", "baseline_year", "history_files", "as_of"};

// A YAML key or report.json field: lower-case words joined by '_' ("basis_shifts",
// Markdown "basis\_shifts"); returns the first one in `text`, or "".
std::string SnakeKey(const std::string& text) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != '_' || !lower(text[i + 1])) continue;
    const size_t before = text[i - 1] == '\\' && i >= 2 ? i - 2 : i - 1;
    if (lower(text[before])) return text.substr(before > 8 ? before - 8 : 0, 24);
  }
  return "";
}

using plancast::testing::VisibleText;

struct Split {
  std::string before, appendix;
};

// The text a planner reads, markup and styles removed, split at the appendix.
Split Read(const fs::path& file, bool html) {
  std::string text = ReadFile(file);
  const std::string start = html ? "<section class=\"method\"" : "\n## ";
  const size_t at = html ? text.find(start) : text.rfind(std::string("\n## ") + "方法说明");
  const size_t at_en = text.rfind("\n## Method");
  const size_t cut = at != std::string::npos ? at : at_en;
  BOOST_TEST_REQUIRE(cut != std::string::npos, file << " has no method appendix");
  Split s{text.substr(0, cut), text.substr(cut)};
  if (html) {
    const size_t end = s.appendix.find("</section>");
    s.before += s.appendix.substr(end);  // the footer after the appendix is planner text again
    s.appendix = s.appendix.substr(0, end);
    for (std::string* part : {&s.before, &s.appendix}) *part = VisibleText(*part);
  }
  return s;
}

}  // namespace

BOOST_AUTO_TEST_CASE(ExamplePlanReportsKeepInternalWordsInTheAppendix) {
  for (const std::string lang : {"zh", "en"}) {
    const fs::path dir = FreshTempDir("method-" + lang);
    const auto run = RunPlancast("forecast targets/pinghu-2025.yaml --format md,html --lang " + lang + " --out '" +
                                 dir.string() + "'");
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    for (const bool html : {false, true}) {
      const Split s = Read(dir / (html ? "report.html" : "report.md"), html);
      BOOST_TEST_CONTEXT(lang << (html ? " html" : " md")) {
        for (const char* word : kInternalWords) BOOST_TEST(s.before.find(word) == std::string::npos, word);
        BOOST_TEST(SnakeKey(s.before) == "");
        // What was moved is in the appendix: the seed and the models.
        BOOST_TEST(s.appendix.find("20210101") != std::string::npos);
        BOOST_TEST(s.appendix.find("default on log scale") != std::string::npos);
        BOOST_TEST(s.before.find("20210101") == std::string::npos);
      }
    }
    fs::remove_all(dir);
  }
}

BOOST_AUTO_TEST_CASE(EveryAppendixLabelHasBothLanguages) {
  for (int k = 0; k < static_cast<int>(MethodText::kCount); ++k) {
    const std::string zh = MethodLabel(static_cast<MethodText>(k), Language::kZh);
    const std::string en = MethodLabel(static_cast<MethodText>(k), Language::kEn);
    BOOST_TEST(!zh.empty(), k);
    BOOST_TEST(!en.empty(), k);
    BOOST_TEST(zh != en, k);
  }
}
