// The track record of `compare` (issue 12 item 6): the old run's yearly path
// against the figures of the new run, scored by hand-computed values.
#define BOOST_TEST_MODULE track_record
#include <boost/test/unit_test.hpp>

#include "reports/compare.h"

using namespace plancast;

namespace {

ReportSnapshot Parse(const std::string& text) {
  Diagnostics d;
  std::optional<ReportSnapshot> s = ParseReportSnapshot(text, "r.json", &d);
  BOOST_TEST_REQUIRE(s.has_value(), d.ToString());
  return *s;
}

// Old run as of 2021: latest 2020 = 10, projected 2021 median 11 (10.5–11.5),
// 2022 median 12 (11–13), 2023 median 13 (12–14).
const char* kOld = R"({"plan": {"id": "p"}, "indicators": [
  {"id": "a", "name": "A", "unit": "%", "history": [{"year": 2020, "value": 10, "period": "2020"}],
   "path": [{"t": 2020, "value": 10, "lo80": 10, "hi80": 10},
            {"t": 2021, "value": 11, "lo80": 10.5, "hi80": 11.5},
            {"t": 2022, "value": 12, "lo80": 11, "hi80": 13},
            {"t": 2023, "value": 13, "lo80": 12, "hi80": 14}]},
  {"id": "b", "name": "B", "unit": "t", "history": [{"year": 2020, "value": 100}],
   "path": [{"t": 2020, "value": 100}, {"t": 2021, "value": 100, "lo80": 90, "hi80": 110}]},
  {"id": "old", "name": "Old", "history": [{"year": 2020, "value": 1}]}]})";

// New run: A has 2021 = 12 (outside, +1, +8.33%), 2022 = 11.5 (inside,
// -0.5, -4.35%); its 2020 figure, already known, is not scored. B has
// 2021 = 0 (inside, no % error) and a quarter (not scored). "old" came from a
// report without a path.
const char* kNew = R"({"plan": {"id": "p"}, "indicators": [
  {"id": "a", "name": "A", "unit": "%", "history": [{"year": 2020, "value": 10, "period": "2020"},
    {"year": 2021, "value": 12, "period": "2021"}, {"year": 2022, "value": 11.5}]},
  {"id": "b", "name": "B", "unit": "t", "history": [{"year": 2021, "value": 95},
    {"year": 2021, "value": 30, "period": "2021-Q1"}]},
  {"id": "old", "name": "Old", "history": [{"year": 2021, "value": 2}]},
  {"id": "new", "name": "New", "history": [{"year": 2021, "value": 2}]}]})";

}  // namespace

BOOST_AUTO_TEST_CASE(ScoresEveryProjectedYearWithANewFigure) {
  TrackRecord t = ScoreTrackRecord(Parse(kOld), Parse(kNew));
  BOOST_TEST_REQUIRE(t.scores.size() == 3u);
  const TrackScore& a21 = t.scores[0];
  BOOST_TEST(a21.id == "a");
  BOOST_TEST(a21.year == 2021);
  BOOST_TEST(a21.projected == 11.0);
  BOOST_TEST(a21.actual == 12.0);
  BOOST_TEST(a21.inside_80.value() == false);
  BOOST_TEST(a21.error == 1.0);
  BOOST_TEST(*a21.error_pct == 100.0 / 12.0, boost::test_tools::tolerance(1e-12));
  const TrackScore& a22 = t.scores[1];
  BOOST_TEST(a22.year == 2022);
  BOOST_TEST(a22.inside_80.value() == true);
  BOOST_TEST(a22.error == -0.5);
  BOOST_TEST(*a22.error_pct == -0.5 / 11.5 * 100.0, boost::test_tools::tolerance(1e-12));
  const TrackScore& b21 = t.scores[2];
  BOOST_TEST(b21.id == "b");
  BOOST_TEST(b21.error == -5.0);
  BOOST_TEST(*b21.error_pct == -5.0 / 95.0 * 100.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(SummaryCountsTheBandAndTheMedianPercentError) {
  TrackRecord t = ScoreTrackRecord(Parse(kOld), Parse(kNew));
  BOOST_TEST(t.summary.scored == 3);
  BOOST_TEST(t.summary.with_band == 3);
  BOOST_TEST(t.summary.inside_80 == 2);
  BOOST_TEST(*t.summary.share_inside_80 == 2.0 / 3.0, boost::test_tools::tolerance(1e-12));
  // |%| errors 8.33, 4.35, 5.26: the median is B's 5.26.
  BOOST_TEST(*t.summary.median_abs_error_pct == 500.0 / 95.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(AnOldReportWithoutPathIsNamed) {
  TrackRecord t = ScoreTrackRecord(Parse(kOld), Parse(kNew));
  BOOST_TEST_REQUIRE(t.without_path.size() == 1u);
  BOOST_TEST(t.without_path[0].id == "old");
  BOOST_TEST(t.old_report_has_paths);
}

BOOST_AUTO_TEST_CASE(ZeroActualHasNoPercentError) {
  const std::string zero = R"({"indicators": [{"id": "b", "history": [{"year": 2021, "value": 0}]}]})";
  TrackRecord t = ScoreTrackRecord(Parse(kOld), Parse(zero));
  BOOST_TEST_REQUIRE(t.scores.size() == 1u);
  BOOST_TEST(!t.scores[0].error_pct.has_value());
  BOOST_TEST(!t.summary.median_abs_error_pct.has_value());
  BOOST_TEST(t.scores[0].inside_80.value() == false);  // 0 is below 90
}

BOOST_AUTO_TEST_CASE(RenderedInPlannerWordsAndJson) {
  Comparison c = CompareReports(Parse(kOld), Parse(kNew));
  ReportOptions en;
  en.language = Language::kEn;
  const std::string md = RenderComparison("md", c, en);
  BOOST_TEST(md.find("## How the earlier projections fared") != std::string::npos);
  BOOST_TEST(md.find("3 figures published since could be checked against the earlier projection: 2 of them (67%)") !=
             std::string::npos, md);
  BOOST_TEST(md.find("| A | 2021 | 11% (10.5–11.5) | 12% | +1 (+8.3%) | no |") != std::string::npos, md);
  BOOST_TEST(md.find("keeps no year-by-year projection for: Old.") != std::string::npos, md);
  const std::string json = RenderComparison("json", c, en);
  BOOST_TEST(json.find("\"share_inside_80\": 0.666667") != std::string::npos, json);
  BOOST_TEST(json.find("\"without_path\": [\n      \"old\"\n    ]") != std::string::npos, json);
  ReportOptions zh;
  BOOST_TEST(RenderComparison("html", c, zh).find("上次预测与实际对照") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(ReportsWithoutAnyPathSayItOnce) {
  const std::string old_text = R"({"indicators": [{"id": "a", "history": [{"year": 2020, "value": 1}]}]})";
  Comparison c = CompareReports(Parse(old_text), Parse(kNew));
  BOOST_TEST(!c.track_record.old_report_has_paths);
  ReportOptions en;
  en.language = Language::kEn;
  const std::string md = RenderComparison("md", c, en);
  BOOST_TEST(md.find("The earlier report keeps no year-by-year projection (it was written by an older plancast)") !=
             std::string::npos, md);
}
