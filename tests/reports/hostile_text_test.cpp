// Nothing leaks (issue 7): random plan text built from the characters that
// matter to HTML, Markdown, CSV and JSON is put in every text field of a
// plan, and each report must keep its structure and show the text as written.
// The generator is seeded, so a failure reproduces.
#define BOOST_TEST_MODULE hostile_text
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <random>
#include <regex>
#include <set>
#include <sstream>

#include "reports/report_writer.h"
#include "tests/reports/sample_assessment.h"
#include "tests/support/csv_reader.h"

using namespace plancast;
using plancast::testing::ParseCsv;

namespace {

const char* const kPieces[] = {"<", ">", "&", "\"", "'", "|", "\n", "\r\n", "\r", ",", "`", "*", "_", "[", "]",
                               "#", "\\", "~", "<script>alert(1)</script>", "</svg>", "</td>", "-->", "<!--",
                               "&amp;", "&lt;", "{}", "{year}", "%s", "=SUM(A1)", "+", "-", "@", " ", "\t",
                               "研发", "“十四五”", "\xff", "\xe4\xb8", "\x01", "a", "Z9", "javascript:", "url(#x)"};

std::string RandomText(std::mt19937* rng) {
  std::uniform_int_distribution<int> length(1, 8);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::string text;
  for (int n = length(*rng); n > 0; --n) text += kPieces[piece(*rng)];
  return text;
}

void Scramble(testing::SampleRun* run, std::mt19937* rng) {
  Plan& plan = run->plan;
  plan.name = RandomText(rng);
  plan.region = RandomText(rng);
  for (Goal& g : plan.goals) g.name = RandomText(rng);
  for (Indicator& ind : plan.indicators) {
    ind.name = RandomText(rng);
    ind.unit = RandomText(rng);
    ind.source = RandomText(rng);
    ind.formula = RandomText(rng);
    for (Observation& o : ind.history) o.basis = (o.year >= 2018) ? RandomText(rng) : "";
  }
  for (IndicatorResult& r : run->assessment.indicators) {
    r.warnings = {Warning{WarningCode::kBasisShifted,
                          {TextArg("from", RandomText(rng)), TextArg("to", RandomText(rng)), NumberArg("shift", 1, "+1")}}};
    r.model_description = RandomText(rng);
  }
  run->assessment.run.notes = {Warning{WarningCode::kRunOwnerScope, {TextArg("owner", RandomText(rng)), NumberArg("kept", 1, "1"), NumberArg("total", 2, "2")}}};
  run->assessment.goals[0].status_reason = RandomText(rng);
  run->assessment.goals[1].held_by = RandomText(rng);  // an unknown id is shown as written
}

// Every element opened is closed in order (as in html_report_test).
std::string CheckNesting(const std::string& html) {
  static const std::set<std::string> kVoid = {"meta", "br", "hr", "img", "input", "link"};
  std::regex tag(R"(<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>)");
  std::vector<std::string> stack;
  for (std::sregex_iterator it(html.begin(), html.end(), tag), end; it != end; ++it) {
    std::string name = (*it)[2];
    if (kVoid.count(name) || (*it)[3] == "/") continue;
    if ((*it)[1] != "/") {
      stack.push_back(name);
    } else if (stack.empty() || stack.back() != name) {
      return "unexpected </" + name + ">";
    } else {
      stack.pop_back();
    }
  }
  return stack.empty() ? "" : "unclosed <" + stack.back() + ">";
}


int CellSeparators(const std::string& row) {
  int n = 0;
  for (size_t i = 0; i < row.size(); ++i) {
    if (row[i] != '|') continue;
    size_t backslashes = 0;
    for (size_t j = i; j > 0 && row[j - 1] == '\\'; --j) ++backslashes;
    if (backslashes % 2 == 0) ++n;  // an even run of backslashes escapes itself, not the pipe
  }
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(RandomHostileTextNeverBreaksAReport) {
  std::mt19937 rng(20211231);
  for (int round = 0; round < 150; ++round) {
    auto run = testing::MakeSampleRun();
    Scramble(run.get(), &rng);
    BOOST_TEST_CONTEXT("round " << round << ", first name: " << nlohmann::json(run->plan.indicators[0].name).dump(
                                                                    -1, ' ', false, nlohmann::json::error_handler_t::replace)) {
      for (Language lang : {Language::kZh, Language::kEn}) {
        std::string html = RenderHtmlReport(run->assessment, ReportOptions{lang});
        BOOST_TEST(CheckNesting(html) == "");
        BOOST_TEST(html.find("<script") == std::string::npos);
        BOOST_TEST(html.find("<!--") == std::string::npos);

        std::string md = RenderMarkdownReport(run->assessment, ReportOptions{lang});
        std::istringstream lines(md);
        int table_rows = 0, header_separators = -1;
        for (std::string line; std::getline(lines, line);) {
          BOOST_TEST(line.find('<') == std::string::npos, line);
          if (line.rfind("| ", 0) == 0) {
            ++table_rows;
            // Every row has as many cells as its table's header.
            if (header_separators < 0) header_separators = CellSeparators(line);
            BOOST_TEST(CellSeparators(line) == header_separators, line);
          } else if (line.rfind("|---", 0) != 0) {
            header_separators = -1;
          }
        }
        // At risk (header + 2), by risk (header + 4 judged), not judged (header + 1): no row injected.
        BOOST_TEST(table_rows == 10);
      }

      nlohmann::json j = nlohmann::json::parse(RenderJsonReport(run->assessment, ReportOptions{}));
      BOOST_TEST(j["indicators"].size() == 5u);

      auto rows = ParseCsv(RenderCsvReport(run->assessment, ReportOptions{}).substr(3));
      BOOST_TEST_REQUIRE(rows.size() == 6u);
      for (const auto& row : rows) BOOST_TEST(row.size() == rows[0].size());
      for (size_t i = 0; i < 5; ++i) {
        const std::string& name = run->plan.indicators[i].name;
        bool formula_like = std::string("=+-@\t\r").find(name[0]) != std::string::npos;
        BOOST_TEST(rows[i + 1][1] == (formula_like ? "'" + name : name));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(ValidUtf8RoundTripsThroughJson) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    auto run = testing::MakeSampleRun();
    std::string name;
    do name = RandomText(&rng);
    while (name.find('\xff') != std::string::npos || name.find("\xe4\xb8") != std::string::npos);
    run->plan.indicators[2].name = name;
    nlohmann::json j = nlohmann::json::parse(RenderJsonReport(run->assessment, ReportOptions{}));
    BOOST_TEST(j["indicators"][2]["name"] == name);
  }
}

BOOST_AUTO_TEST_CASE(EmptyPlanRendersEveryFormat) {
  testing::SampleRun run;
  run.plan.id = "empty";
  run.assessment.plan = &run.plan;
  for (const std::string& format : ReportFormatNames()) {
    std::string text;
    BOOST_REQUIRE_NO_THROW(text = RenderReport(format, run.assessment, ReportOptions{Language::kEn}));
    BOOST_TEST(!text.empty(), format);
  }
  BOOST_TEST(nlohmann::json::parse(RenderJsonReport(run.assessment, ReportOptions{}))["as_of"].is_null());
}

BOOST_AUTO_TEST_CASE(NonFiniteNumbersNeverReachAReader) {
  auto run = testing::MakeSampleRun();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  for (IndicatorResult& r : run->assessment.indicators) {
    if (r.projection) *r.projection = ProjectionSummary{2025, nan, -inf, inf, nan, nan};
    r.p_meet = nan;
    if (r.required_annual_change) r.required_annual_change->value = inf;
    if (r.historical_annual_change) r.historical_annual_change->value = nan;
    for (ChartPoint& p : r.path) p = ChartPoint{p.t, nan, nan, inf, -inf, nan};
    for (double& f : r.fitted) f = nan;
    r.schedule = ScheduleCheck{nan, inf};
  }
  run->plan.indicators[0].history[2].value = nan;
  for (const std::string& format : ReportFormatNames()) {
    if (format == "xlsx") continue;  // zipped bytes; xlsx_check.py checks that missing numbers are empty cells
    for (Language lang : {Language::kEn, Language::kZh}) {
      std::string text = RenderReport(format, run->assessment, ReportOptions{lang});
      std::string lower = text;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      BOOST_TEST(lower.find("nan") == std::string::npos, format);
      BOOST_TEST(lower.find("inf") == std::string::npos, format);
    }
  }
}
