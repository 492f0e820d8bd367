// report.md: counts, binding first, table sorted by risk, gap sentences, escaping.
#define BOOST_TEST_MODULE markdown_report
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "reports/report_view.h"
#include "reports/report_writer.h"
#include "tests/reports/sample_assessment.h"

using namespace plancast;

namespace {

// Rows of the table under the heading that starts with `heading` (default:
// the table of every judged indicator, sorted by risk).
std::vector<std::string> TableRows(const std::string& md, const std::string& heading = "## Indicators by risk") {
  std::vector<std::string> rows;
  std::istringstream in(md);
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) inside = line.rfind(heading, 0) == 0;
    if (inside && line.rfind("| ", 0) == 0) rows.push_back(line);
  }
  return rows;
}

// Pipes that end a cell: not preceded by a backslash.
int CellSeparators(const std::string& row) {
  int n = 0;
  for (size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++n;
  }
  return n;
}

std::string English(const Assessment& a) { return RenderMarkdownReport(a, ReportOptions{Language::kEn}); }

}  // namespace

BOOST_AUTO_TEST_CASE(HeadlineCountsAndAsOf) {
  auto run = testing::MakeSampleRun();
  std::string md = English(run->assessment);
  BOOST_TEST(md.find("As of: 2021-06-30") != std::string::npos);
  BOOST_TEST(md.find("**off track 1** · **at risk 1** · insufficient data 1 · on track 1 · achieved 1 (total 5)") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(TableIsSortedByRiskAndEveryRowHasEightCells) {
  auto run = testing::MakeSampleRun();
  std::vector<std::string> rows = TableRows(English(run->assessment));
  BOOST_TEST_REQUIRE(rows.size() == 5u);  // header + 4 judged indicators
  for (const std::string& row : rows) BOOST_TEST(CellSeparators(row) == 9, row);  // eight cells: the reason joined the table
  BOOST_TEST(rows[1].find("研究与试验发展经费") != std::string::npos);  // off track, binding
  BOOST_TEST(rows[2].find("a\\|b") != std::string::npos);              // at risk
  BOOST_TEST(rows[3].find("&lt;script&gt;") != std::string::npos);     // on track
  BOOST_TEST(rows[4].find("高新技术产业") != std::string::npos);        // achieved
  // Insufficient data: one compact row that still gives the pace needed.
  std::vector<std::string> not_judged = TableRows(English(run->assessment), "## Not judged");
  BOOST_TEST_REQUIRE(not_judged.size() == 2u);
  BOOST_TEST(not_judged[1].find("\"quoted\", comma") != std::string::npos);
  BOOST_TEST(rows[1].find("3.40% (3.20–3.60%)") != std::string::npos);
  BOOST_TEST(rows[1].find("30%") != std::string::npos);
  BOOST_TEST(rows[1].find("+0.08 pt/yr / +0.10 pt/yr") != std::string::npos);
  BOOST_TEST(rows[1].find("2025: 3.5% †") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(BindingIndicatorsComeFirst) {
  auto run = testing::MakeSampleRun();
  std::string md = English(run->assessment);
  size_t binding = md.find("## Binding indicators");
  size_t table = md.find("## Indicators by risk");
  BOOST_TEST_REQUIRE(binding != std::string::npos);
  BOOST_TEST(binding < table);
  std::string section = md.substr(binding, table - binding);
  BOOST_TEST(section.find("研究与试验发展经费") != std::string::npos);
  BOOST_TEST(section.find("高新技术产业增加值占比") != std::string::npos);
  BOOST_TEST(section.find("a\\|b") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(OneGapSentencePerOffTrackOrAtRiskIndicator) {
  auto run = testing::MakeSampleRun();
  std::string md = English(run->assessment);
  size_t gaps = md.find("## What would close the gaps");
  BOOST_TEST_REQUIRE(gaps != std::string::npos);
  const size_t next = md.find("\n## ", gaps + 1);  // the section only, not the method appendix
  std::string section = md.substr(gaps, next == std::string::npos ? std::string::npos : next - gaps);
  // Estimates to 3 digits with the range in their unit, points to the data's 2 decimals, time left in years.
  BOOST_TEST(section.find("plancast projects 3.40% in 2025 (80% interval 3.20–3.60%), 0.10 pt short "
                          "of the target 3.5%. It needs +0.08 pt/yr from 2020, it moved +0.10 pt/yr. A constant "
                          "+0.09 pt/yr gives even odds of meeting it, +0.12 pt/yr an 80% chance. The projection's "
                          "median reaches the target in 2028. 4.5 years left.") != std::string::npos, section);
  BOOST_TEST(section.find("**a\\|b** (at risk): plancast projects 390 家 in 2025") !=
             std::string::npos);
  BOOST_TEST(section.find("It needs +6.1%/yr from 2020, it moved +21.9%/yr.") != std::string::npos);
  BOOST_TEST(section.find("script") == std::string::npos);  // on track: no sentence
}

BOOST_AUTO_TEST_CASE(NothingFromThePlanIsLeftUnescaped) {
  auto run = testing::MakeSampleRun();
  for (Language lang : {Language::kEn, Language::kZh}) {
    std::string md = RenderMarkdownReport(run->assessment, ReportOptions{lang});
    BOOST_TEST(md.find("<script>") == std::string::npos);
    BOOST_TEST(md.find("<i>") == std::string::npos);
    BOOST_TEST(md.find("<x>") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(FirstScreenSaysWhatIsAtRiskAndWhatTheHeadlineRestsOn) {
  auto run = testing::MakeSampleRun();
  std::string md = English(run->assessment);
  size_t first = md.find("## Targets at risk");
  BOOST_TEST_REQUIRE(first != std::string::npos);
  BOOST_TEST(first < md.find("## Overview"));
  BOOST_TEST(md.find("The verdict rests on 4 of 5 indicators; 1 are not judged (too few figures).") != std::string::npos);
  std::vector<std::string> rows = TableRows(md, "## Targets at risk");
  BOOST_TEST_REQUIRE(rows.size() == 3u);  // header, off track (binding), at risk
  BOOST_TEST(rows[1].find("(binding)") != std::string::npos);
  BOOST_TEST(rows[1].find("+0.08 pt/yr") != std::string::npos);  // the pace that closes the gap
}

BOOST_AUTO_TEST_CASE(MultiLineNamesStayInOneRow) {
  auto run = testing::MakeSampleRun();
  run->plan.indicators[2].name = "line one\n| injected | row |";
  std::vector<std::string> rows = TableRows(English(run->assessment));
  BOOST_TEST(rows.size() == 5u);
  for (const std::string& row : rows) BOOST_TEST(CellSeparators(row) == 9, row);
}

BOOST_AUTO_TEST_CASE(ChineseInterface) {
  auto run = testing::MakeSampleRun();
  std::string md = RenderMarkdownReport(run->assessment, ReportOptions{Language::kZh});
  BOOST_TEST(md.find("数据截至: 2021-06-30") != std::string::npos);
  BOOST_TEST(md.find("## 约束性指标") != std::string::npos);
  BOOST_TEST(md.find("预计2025年达到3.40%（80%区间3.20–3.60%），距目标3.5%还差0.10个百分点。"
                     "自2020年起需+0.08个百分点/年，历史为+0.10个百分点/年。") != std::string::npos);
  BOOST_TEST(md.find("标 † 的目标值为示意值") != std::string::npos);
  BOOST_TEST(md.find("off track") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(Deterministic) {
  auto a = testing::MakeSampleRun();
  auto b = testing::MakeSampleRun();
  BOOST_TEST(English(a->assessment) == English(b->assessment));
}

BOOST_AUTO_TEST_CASE(GoalTreeWithRollUpBeforeTheTable) {
  auto run = testing::MakeSampleRun();
  std::string md = English(run->assessment);
  size_t goals = md.find("## Goals");
  BOOST_TEST_REQUIRE(goals != std::string::npos);
  BOOST_TEST(goals < md.find("## Indicators by risk"));
  BOOST_TEST(md.find("- **Whole plan**: off track · progress score 62% (4 of 5 indicators judged) · P(all binding targets met) 30% — held at "
                     "off track by the binding indicator 研究与试验发展经费支出占GDP比重\n- **创新能力显著提升**: off track") !=
             std::string::npos);
  BOOST_TEST(RenderMarkdownReport(run->assessment, ReportOptions{Language::kZh})
                 .find("受约束性指标“研究与试验发展经费支出占GDP比重”制约，定为难以完成") != std::string::npos);
  BOOST_TEST(md.find("\n  - **&lt;b&gt;企业主体&lt;/b&gt; & \"quoted\"**: at risk\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(DerivedIndicatorsAndWarningsAreListed) {
  auto run = testing::MakeSampleRun();
  std::string md = English(run->assessment);
  BOOST_TEST(md.find("## Derived indicators\n\n- 高新技术产业增加值占比 = hitech\\_va / industrial\\_va \\* 100\n") !=
             std::string::npos);
  BOOST_TEST(md.find("## Warnings\n\n- **研究与试验发展经费支出占GDP比重**: series break: values on basis 旧口径 scaled by "
                     "an estimated x1.05 to basis 新口径\n") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(ScenarioAgainstBaseline) {
  auto run = testing::MakeSampleRun();
  Scenario scenario;
  scenario.name = "R&D +12%/yr";
  scenario.description = "研发投入年均增长12%";
  run->assessment.scenario = &scenario;
  IndicatorResult& rd = run->assessment.indicators[0];
  rd.baseline_trend = BaselineComparison{ProjectionSummary{2025, 3.3, 3.1, 3.5, 3.0, 3.6}, 0.2, TargetStatus::kOffTrack};
  rd.scenario_assumptions = {"from 2022: +12%/yr"};
  std::string md = English(run->assessment);
  BOOST_TEST(md.find("**Scenario: R&D +12%/yr** — 研发投入年均增长12%") != std::string::npos);
  BOOST_TEST(md.find("## Scenario against the baseline trend") != std::string::npos);
  BOOST_TEST(md.find("| 研究与试验发展经费支出占GDP比重 | 3.30% (3.10–3.50%), 20%, off track | 3.40% (3.20–3.60%), 30%, off "
                     "track | from 2022: +12%/yr |") != std::string::npos);
  BOOST_TEST(English(testing::MakeSampleRun()->assessment).find("Scenario") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(MilestonesAndTargetKindsReadNaturally) {
  auto run = testing::MakeSampleRun();
  run->plan.indicators[3].target->kind = TargetKind::kMilestone;
  run->plan.indicators[3].target->due = boost::gregorian::date(2023, 12, 31);
  run->assessment.indicators[3].milestone =
      MilestoneCheck{MilestoneState::kOverdue, boost::gregorian::date(2023, 12, 31), std::nullopt, -30};
  run->assessment.indicators[3].status = TargetStatus::kOffTrack;
  run->plan.indicators[2].target->kind = TargetKind::kCumulative;
  std::string md = English(run->assessment);
  BOOST_TEST(md.find("due 2023-12-31") != std::string::npos);
  BOOST_TEST(md.find("Overdue: due 2023-12-31, 30 days late.") != std::string::npos);
  BOOST_TEST(md.find("added over the plan to 2025: 400 家") != std::string::npos);
}

// Issue 11: ranks are whole places, as a planner writes them.
BOOST_AUTO_TEST_CASE(RanksAreWholePlaces) {
  auto run = testing::MakeSampleRun();
  IndicatorResult& r = run->assessment.indicators[3];
  run->plan.indicators[3].target->kind = TargetKind::kRank;
  r.projection = ProjectionSummary{};
  r.projection->year = 2025;
  r.projection->value = 10.4;
  r.projection->lo80 = 8.2;
  r.projection->hi80 = 12.6;
  BOOST_TEST(ProjectionText(r, Language::kZh) == "第10位 (8–13位)");
  BOOST_TEST(ProjectionText(r, Language::kEn) == "rank 10 (8–13)");
  BOOST_TEST(LatestText(r, Language::kZh) == "2020: 第11位");
  r.projection->lo80 = -0.4;  // no place above the first
  BOOST_TEST(ProjectionText(r, Language::kZh) == "第10位 (1–13位)");
}
