// `plancast compare` logic on two hand-made report.json files (tests/data/reports/).
#define BOOST_TEST_MODULE compare
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "reports/compare.h"

using namespace plancast;

namespace {

const std::string kData = std::string(PLANCAST_SOURCE_DIR) + "/tests/data/reports/";

ReportSnapshot Read(const std::string& name) {
  Diagnostics d;
  std::optional<ReportSnapshot> s = ReadReportSnapshot(kData + name, &d);
  BOOST_TEST_REQUIRE(s.has_value(), d.ToString());
  return *s;
}

Comparison OldToNew() { return CompareReports(Read("old/report.json"), Read("new/report.json")); }

std::string Errors(const std::string& text) {
  Diagnostics d;
  BOOST_TEST(!ParseReportSnapshot(text, "r.json", &d).has_value());
  return d.ToString();
}

}  // namespace

BOOST_AUTO_TEST_CASE(StatusChangesWorseFirst) {
  Comparison c = OldToNew();
  BOOST_TEST_REQUIRE(c.status_changes.size() == 3u);
  BOOST_TEST(c.status_changes[0].id == "rd_share");  // on_track -> off_track: worse by 3 ranks
  BOOST_TEST(c.status_changes[0].worse);
  BOOST_TEST(c.status_changes[1].id == "rank");      // insufficient_data -> at_risk: worse by 1
  BOOST_TEST(c.status_changes[1].worse);
  BOOST_TEST(c.status_changes[2].id == "firms");     // off_track -> on_track: better
  BOOST_TEST(!c.status_changes[2].worse);
  BOOST_TEST(c.status_changes[2].old_status == "off_track");
}

BOOST_AUTO_TEST_CASE(ProjectionDriftWithIntervals) {
  Comparison c = OldToNew();
  BOOST_TEST_REQUIRE(c.drifts.size() == 3u);  // rank had no old projection; gone/new_one unmatched
  // Ordered by drift relative to the old 80% width: firms 110/40, rd 0.25/0.4, patents 1/16.
  BOOST_TEST(c.drifts[0].id == "firms");
  BOOST_TEST(c.drifts[0].change == 110.0);
  BOOST_TEST(c.drifts[0].outside_old_interval);
  BOOST_TEST(c.drifts[1].id == "rd_share");
  BOOST_TEST(c.drifts[1].outside_old_interval);  // 3.25 < 3.3
  BOOST_TEST(*c.drifts[1].new_projection.lo80 == 3.2);
  BOOST_TEST(c.drifts[2].id == "patents");
  BOOST_TEST(!c.drifts[2].outside_old_interval);
  BOOST_TEST(*c.drifts[2].old_p_meet == 0.45);
}

BOOST_AUTO_TEST_CASE(NewAndRevisedDataPoints) {
  Comparison c = OldToNew();
  BOOST_TEST_REQUIRE(c.data_changes.size() == 3u);  // rd_share, firms, rank
  const DataChange& rd = c.data_changes[0];
  BOOST_TEST(rd.id == "rd_share");
  BOOST_TEST_REQUIRE(rd.added.size() == 1u);
  BOOST_TEST(rd.added[0].year == 2022);
  BOOST_TEST_REQUIRE(rd.revised.size() == 1u);
  BOOST_TEST(rd.revised[0].year == 2021);
  BOOST_TEST(rd.revised[0].old_value == 3.2);
  BOOST_TEST(rd.revised[0].new_value == 3.18);
  BOOST_TEST(c.data_changes[1].id == "firms");
  BOOST_TEST(c.data_changes[2].id == "rank");
}

BOOST_AUTO_TEST_CASE(EditedTargetsAddedAndRemoved) {
  Comparison c = OldToNew();
  BOOST_TEST_REQUIRE(c.target_edits.size() == 1u);
  BOOST_TEST(c.target_edits[0].id == "patents");
  BOOST_TEST(*c.target_edits[0].old_target->value == 60.0);
  BOOST_TEST(*c.target_edits[0].new_target->value == 65.0);
  BOOST_TEST_REQUIRE(c.added.size() == 1u);
  BOOST_TEST(c.added[0].id == "new_one");
  BOOST_TEST_REQUIRE(c.removed.size() == 1u);
  BOOST_TEST(c.removed[0].id == "gone");
}

BOOST_AUTO_TEST_CASE(ARunComparedWithItselfHasNoChanges) {
  Comparison c = CompareReports(Read("new/report.json"), Read("new/report.json"));
  BOOST_TEST(c.status_changes.empty());
  BOOST_TEST(c.drifts.empty());
  BOOST_TEST(c.data_changes.empty());
  BOOST_TEST(c.target_edits.empty());
  BOOST_TEST(c.added.empty());
  BOOST_TEST(c.removed.empty());
  std::string md = RenderComparison("md", c, ReportOptions{Language::kEn});
  BOOST_TEST(md.find("## Status changes\n\nNone.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(MarkdownSectionsAreEscaped) {
  std::string md = RenderComparison("md", OldToNew(), ReportOptions{Language::kEn});
  for (const char* section : {"## Status changes", "## Projection drift", "## New data points", "## Edited targets",
                              "## Indicators added", "## Indicators removed"}) {
    BOOST_TEST(md.find(section) != std::string::npos, section);
  }
  BOOST_TEST(md.find("| 研究与试验发展经费支出占GDP比重 | on track | off track | worse |") != std::string::npos);
  BOOST_TEST(md.find("| a\\|b | 2025: 300 家 (280–320) | 2025: 410 家 (390–430) | +110 (outside the earlier 80% "
                     "interval) | 10% → 80% |") != std::string::npos);
  BOOST_TEST(md.find("new 2022: 3.25%; revised 2021: 3.2 → 3.18%") != std::string::npos);
  BOOST_TEST(md.find("| 每万人发明专利拥有量 | 2025: 60 件 | 2025: 65 件 |") != std::string::npos);
  BOOST_TEST(md.find("<script>") == std::string::npos);
  BOOST_TEST(md.find("&lt;script&gt;") != std::string::npos);
  BOOST_TEST(md.find("<b>") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(JsonAndHtmlRenderings) {
  Comparison c = OldToNew();
  nlohmann::json j = nlohmann::json::parse(RenderComparison("json", c, ReportOptions{}));
  BOOST_TEST(j["status_changes"].size() == 3u);
  BOOST_TEST(j["status_changes"][0]["change"] == "worse");
  BOOST_TEST(j["projection_drift"][0]["old"]["lo80"] == 280);
  BOOST_TEST(j["new_data"][0]["revised"][0]["new"] == 3.18);
  BOOST_TEST(j["removed"][0]["name"] == "<script>alert(1)</script>");
  std::string html = RenderComparison("html", c, ReportOptions{Language::kZh});
  BOOST_TEST(html.find("<script") == std::string::npos);
  BOOST_TEST(html.find("http:") == std::string::npos);
  BOOST_TEST(html.find("https:") == std::string::npos);
  BOOST_TEST(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  BOOST_TEST(html.find("<h2>状态变化</h2>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(UnreadableInputIsAClearError) {
  Diagnostics d;
  BOOST_TEST(!ReadReportSnapshot(kData + "missing/report.json", &d).has_value());
  BOOST_TEST(d.ToString().find("missing/report.json: error: no such file") !=
             std::string::npos);
  Diagnostics dir;
  BOOST_TEST(!ReadReportSnapshot(kData + "old", &dir).has_value());
  BOOST_TEST(dir.HasErrors());
}

BOOST_AUTO_TEST_CASE(SyntaxErrorsPointAtLineAndColumn) {
  Diagnostics d;
  BOOST_TEST(!ReadReportSnapshot(kData + "broken.json", &d).has_value());
  BOOST_TEST(d.ToString().find("broken.json:2:27: error: not valid JSON") != std::string::npos, d.ToString());
  BOOST_TEST(Errors("").find("r.json:1:1: error: not valid JSON") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(StructureErrorsNameThePlace) {
  BOOST_TEST(Errors("[1, 2]").find("not a plancast report") != std::string::npos);
  BOOST_TEST(Errors("plan:\n  id: x\n").find("not valid JSON") != std::string::npos);  // a YAML plan
  std::string e = Errors(R"({"indicators": [{"name": "no id"}, {"id": "p", "p_meet": "high"}]})");
  BOOST_TEST(e.find("indicators[0].id: every indicator needs a non-empty string id") != std::string::npos, e);
  BOOST_TEST(e.find("indicators[1].p_meet: expected a number or null") != std::string::npos, e);
  BOOST_TEST(Errors(R"({"indicators": [{"id": "a"}, {"id": "a"}]})").find("duplicate indicator id 'a'") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(ReadsWhatTheJsonWriterWrites) {
  // Minimal reports (only ids) still compare: every optional field may be absent.
  Diagnostics d;
  auto a = ParseReportSnapshot(R"({"indicators": [{"id": "a", "status": "on_track"}]})", "a.json", &d);
  auto b = ParseReportSnapshot(R"({"indicators": [{"id": "a", "status": "at_risk"}]})", "b.json", &d);
  BOOST_TEST_REQUIRE((a && b));
  Comparison c = CompareReports(*a, *b);
  BOOST_TEST(c.status_changes.size() == 1u);
  BOOST_TEST(c.status_changes[0].worse);
}

BOOST_AUTO_TEST_CASE(SubAnnualPointsAreMatchedByPeriod) {
  Diagnostics d;
  auto a = ParseReportSnapshot(
      R"({"indicators": [{"id": "q", "history": [{"year": 2021, "period": "2021-Q1", "value": 1},
                                                  {"year": 2021, "period": "2021-Q2", "value": 2}]}]})",
      "a.json", &d);
  auto b = ParseReportSnapshot(
      R"({"indicators": [{"id": "q", "history": [{"year": 2021, "period": "2021-Q1", "value": 1},
                                                  {"year": 2021, "period": "2021-Q2", "value": 2.5},
                                                  {"year": 2021, "period": "2021-Q3", "value": 3}]}]})",
      "b.json", &d);
  BOOST_TEST_REQUIRE((a && b), d.ToString());
  Comparison c = CompareReports(*a, *b);
  BOOST_TEST_REQUIRE(c.data_changes.size() == 1u);
  BOOST_TEST_REQUIRE(c.data_changes[0].added.size() == 1u);
  BOOST_TEST(c.data_changes[0].added[0].period == "2021-Q3");
  BOOST_TEST_REQUIRE(c.data_changes[0].revised.size() == 1u);
  BOOST_TEST(c.data_changes[0].revised[0].key == "2021-Q2");
  std::string md = RenderComparison("md", c, ReportOptions{Language::kEn});
  BOOST_TEST(md.find("new 2021-Q3: 3; revised 2021-Q2: 2 → 2.5") != std::string::npos, md);
}

// Issue 11: a first verdict is not "worse"; a summary line leads; file names, not local paths.
BOOST_AUTO_TEST_CASE(FirstAssessmentsSummaryAndShortNames) {
  Comparison c = OldToNew();
  c.old_path = "/home/someone/runs/pinghu-2024/report.json";
  c.new_path = "/home/someone/runs/pinghu-2025/report.json";
  for (Language lang : {Language::kEn, Language::kZh}) {
    std::string md = RenderComparison("md", c, ReportOptions{lang});
    std::string html = RenderComparison("html", c, ReportOptions{lang});
    for (const std::string& out : {md, html}) {
      BOOST_TEST(out.find("/home/someone") == std::string::npos);
      BOOST_TEST(out.find("pinghu-2024/report.json") != std::string::npos);
    }
  }
  std::string en = RenderComparison("md", c, ReportOptions{Language::kEn});
  BOOST_TEST(en.find("| insufficient data | at risk | first assessment |") != std::string::npos, en);
  BOOST_TEST(en.find("| insufficient data | at risk | worse |") == std::string::npos);
  BOOST_TEST(en.find("**1 verdicts worse, 1 better, 1 first assessments;") < en.find("## Status changes"), en);
  // Real changes come before first assessments.
  BOOST_TEST(en.find("| on track | off track | worse |") < en.find("first assessment |"));
  std::string zh = RenderComparison("md", c, ReportOptions{Language::kZh});
  BOOST_TEST(zh.find("| 首次评估 |") != std::string::npos);
  // The machine output keeps the full path.
  std::string json = RenderComparison("json", c, ReportOptions{});
  BOOST_TEST(json.find("/home/someone/runs/pinghu-2025/report.json") != std::string::npos);
}
