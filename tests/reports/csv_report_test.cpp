// report.csv: RFC 4180 quoting, a BOM, one row per indicator.
#define BOOST_TEST_MODULE csv_report
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "reports/report_writer.h"
#include "tests/reports/sample_assessment.h"
#include "tests/support/csv_reader.h"

using namespace plancast;
using plancast::testing::ParseCsv;

BOOST_AUTO_TEST_CASE(StartsWithBomAndHasOneRowPerIndicator) {
  auto run = testing::MakeSampleRun();
  std::string csv = RenderCsvReport(run->assessment, ReportOptions{});
  BOOST_REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  auto rows = ParseCsv(csv.substr(3));
  BOOST_TEST_REQUIRE(rows.size() == 6u);
  for (const auto& row : rows) BOOST_TEST(row.size() == rows[0].size());
  BOOST_TEST(rows[0][0] == "id");
}

BOOST_AUTO_TEST_CASE(FieldsMatchTheJsonScalars) {
  auto run = testing::MakeSampleRun();
  auto rows = ParseCsv(RenderCsvReport(run->assessment, ReportOptions{}).substr(3));
  const auto& header = rows[0];
  auto col = [&](const std::string& name) {
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    BOOST_FAIL("no column " + name);
    return size_t{0};
  };
  const auto& rd = rows[1];
  BOOST_TEST(rd[col("name")] == "研究与试验发展经费支出占GDP比重");
  BOOST_TEST(rd[col("binding")] == "true");
  BOOST_TEST(rd[col("latest_value")] == "3.09");
  BOOST_TEST(rd[col("projection_value")] == "3.4");
  BOOST_TEST(rd[col("lo80")] == "3.2");
  BOOST_TEST(rd[col("p_meet")] == "0.3");
  BOOST_TEST(rd[col("target_illustrative")] == "true");
  BOOST_TEST(rd[col("status")] == "off_track");
  BOOST_TEST(rd[col("pace_kind")] == "slope");
  const auto& rank = rows[4];
  BOOST_TEST(rank[col("name")] == "\"quoted\", comma");
  BOOST_TEST(rank[col("projection_value")] == "");
  BOOST_TEST(rank[col("p_meet")] == "");
  BOOST_TEST(rank[col("status")] == "insufficient_data");
  BOOST_TEST(rows[2][col("name")] == "<script>alert(1)</script>");
  BOOST_TEST(rd[col("target_kind")] == "level");
  BOOST_TEST(rd[col("pace_for_p80")] == "0.12");
  BOOST_TEST(rd[col("days_left")] == "1645");
  BOOST_TEST(rd[col("milestone_state")] == "");
  BOOST_TEST(rows[5][col("formula")] == "hitech_va / industrial_va * 100");
  // Columns are only ever appended: the reasons (issue 15), then owner, several
  // targets and bands (issue 12).
  const std::vector<std::string> appended = {"p_meet_at_historical_pace", "owner", "long_range_year",
                                             "long_range_value", "long_range_p_meet", "long_range_status",
                                             "further_targets", "target_lo", "target_hi"};
  BOOST_TEST_REQUIRE(rows[0].size() > appended.size());
  BOOST_TEST(std::vector<std::string>(rows[0].end() - appended.size(), rows[0].end()) == appended,
             boost::test_tools::per_element());
  BOOST_TEST(rd[col("owner")] == "");
  BOOST_TEST(rows[3][col("name")] == "a|b");
}

BOOST_AUTO_TEST_CASE(EmbeddedLineBreaksStayInsideTheirField) {
  auto run = testing::MakeSampleRun();
  run->plan.indicators[1].name = "two\r\nlines";
  auto rows = ParseCsv(RenderCsvReport(run->assessment, ReportOptions{}).substr(3));
  BOOST_TEST(rows.size() == 6u);
  BOOST_TEST(rows[2][1] == "two\r\nlines");
}

BOOST_AUTO_TEST_CASE(Deterministic) {
  auto a = testing::MakeSampleRun();
  auto b = testing::MakeSampleRun();
  BOOST_TEST(RenderCsvReport(a->assessment, ReportOptions{}) == RenderCsvReport(b->assessment, ReportOptions{}));
}
