// report.json: the issue 2 contract, nulls instead of NaN, byte-identical output.
#define BOOST_TEST_MODULE json_report
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <cmath>

#include "reports/report_writer.h"
#include "tests/reports/sample_assessment.h"

using namespace plancast;
using nlohmann::json;

namespace {

json Render(const Assessment& a) { return json::parse(RenderJsonReport(a, ReportOptions{})); }

const json& IndicatorById(const json& report, const std::string& id) {
  for (const json& ind : report["indicators"]) {
    if (ind["id"] == id) return ind;
  }
  BOOST_FAIL("no indicator " + id);
  return report;
}

}  // namespace

BOOST_AUTO_TEST_CASE(HasEveryContractField) {
  auto run = testing::MakeSampleRun();
  json r = Render(run->assessment);
  for (const char* key : {"plan", "as_of", "seed", "indicators", "goals", "summary"}) BOOST_TEST(r.contains(key));
  for (const char* key : {"id", "name", "region", "period", "baseline_year"}) BOOST_TEST(r["plan"].contains(key));
  BOOST_TEST(r["plan"]["period"]["start"] == 2021);
  BOOST_TEST(r["plan"]["period"]["end"] == 2025);
  BOOST_TEST(r["as_of"] == "2021-06-30");
  BOOST_TEST(r["seed"] == 42);
  BOOST_TEST(r["indicators"].size() == 5u);
  for (const json& ind : r["indicators"]) {
    for (const char* key : {"id", "name", "unit", "direction", "binding", "latest", "target", "projection", "p_meet",
                            "required_annual_change", "historical_annual_change", "pace_kind", "crossing_year",
                            "schedule", "progress_class", "status", "model", "warnings", "history", "path"}) {
      BOOST_TEST_CONTEXT(ind["id"] << "." << key) { BOOST_TEST(ind.contains(key)); }
    }
  }
  for (const json& goal : r["goals"]) {
    for (const char* key : {"id", "name", "status", "children", "indicators", "counts"}) BOOST_TEST(goal.contains(key));
  }
}

BOOST_AUTO_TEST_CASE(ValuesOfAFullIndicator) {
  auto run = testing::MakeSampleRun();
  const json r = Render(run->assessment);
  const json& rd = IndicatorById(r, "rd_share");
  BOOST_TEST(rd["name"] == "研究与试验发展经费支出占GDP比重");
  BOOST_TEST(rd["binding"] == true);
  BOOST_TEST(rd["direction"] == "increase");
  BOOST_TEST(rd["latest"]["year"] == 2020);
  BOOST_TEST(rd["latest"]["value"].get<double>() == 3.09);
  BOOST_TEST(rd["target"]["illustrative"] == true);
  BOOST_TEST(rd["projection"]["year"] == 2025);
  BOOST_TEST(rd["projection"]["value"].get<double>() == 3.4);
  BOOST_TEST(rd["projection"]["lo80"].get<double>() == 3.2);
  BOOST_TEST(rd["projection"]["hi95"].get<double>() == 3.7);
  BOOST_TEST(rd["p_meet"].get<double>() == 0.3);
  BOOST_TEST(rd["required_annual_change"].get<double>() == 0.082);
  BOOST_TEST(rd["pace_kind"] == "slope");
  BOOST_TEST(rd["pace_unit"] == "%/yr");
  BOOST_TEST(rd["historical_period"]["from"] == 2015);
  BOOST_TEST(rd["crossing_year"] == 2028);
  BOOST_TEST(rd["schedule"]["time_elapsed"].get<double>() == 0.2);
  BOOST_TEST(rd["progress_class"] == "moderate_progress");
  BOOST_TEST(rd["status"] == "off_track");
  BOOST_TEST(rd["history"].size() == 6u);
  BOOST_TEST(rd["history"][3]["basis"] == "新口径");
  BOOST_TEST(rd["path"].size() == 6u);
}

BOOST_AUTO_TEST_CASE(MissingValuesAreNull) {
  auto run = testing::MakeSampleRun();
  const json r = Render(run->assessment);
  const json& rank = IndicatorById(r, "rank");
  BOOST_TEST(rank["projection"].is_null());
  BOOST_TEST(rank["p_meet"].is_null());
  BOOST_TEST(rank["required_annual_change"].is_null());
  BOOST_TEST(rank["crossing_year"].is_null());
  BOOST_TEST(rank["schedule"].is_null());
  BOOST_TEST(rank["status"] == "insufficient_data");
  BOOST_TEST(rank["direction"] == "decrease");
}

BOOST_AUTO_TEST_CASE(NonFiniteNumbersBecomeNullNeverNaN) {
  auto run = testing::MakeSampleRun();
  IndicatorResult& rd = run->assessment.indicators[0];
  rd.p_meet = std::nan("");
  rd.projection->hi95 = std::numeric_limits<double>::infinity();
  rd.path[2].lo80 = std::nan("");
  std::string text = RenderJsonReport(run->assessment, ReportOptions{});
  BOOST_TEST(text.find("NaN") == std::string::npos);
  BOOST_TEST(text.find("nan") == std::string::npos);
  BOOST_TEST(text.find("inf") == std::string::npos);
  json r = json::parse(text);
  BOOST_TEST(r["indicators"][0]["p_meet"].is_null());
  BOOST_TEST(r["indicators"][0]["projection"]["hi95"].is_null());
  BOOST_TEST(r["indicators"][0]["path"][2]["lo80"].is_null());
}

BOOST_AUTO_TEST_CASE(HostileTextRoundTripsExactly) {
  auto run = testing::MakeSampleRun();
  const json r = Render(run->assessment);
  BOOST_TEST(IndicatorById(r, "patents")["name"] == "<script>alert(1)</script>");
  BOOST_TEST(IndicatorById(r, "firms")["name"] == "a|b");
  BOOST_TEST(IndicatorById(r, "rank")["name"] == "\"quoted\", comma");
  BOOST_TEST(r["goals"][1]["name"] == "<b>企业主体</b> & \"quoted\"");
}

BOOST_AUTO_TEST_CASE(InvalidUtf8IsReplacedNotThrown) {
  auto run = testing::MakeSampleRun();
  run->plan.indicators[0].name = "bad \xff byte";
  json r;
  BOOST_REQUIRE_NO_THROW(r = Render(run->assessment));
  BOOST_TEST(r["indicators"][0]["name"] == "bad \xEF\xBF\xBD byte");
}

BOOST_AUTO_TEST_CASE(RoundingHidesFloatingPointNoise) {
  auto run = testing::MakeSampleRun();
  run->assessment.indicators[0].projection->value = 0.1 + 0.2;  // 0.30000000000000004
  std::string text = RenderJsonReport(run->assessment, ReportOptions{});
  BOOST_TEST(text.find("0.30000000000000004") == std::string::npos);
  BOOST_TEST(text.find("\"value\": 0.3,") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(SameInputGivesByteIdenticalOutputWithStableKeyOrder) {
  auto a = testing::MakeSampleRun();
  auto b = testing::MakeSampleRun();
  std::string first = RenderJsonReport(a->assessment, ReportOptions{});
  BOOST_TEST(first == RenderJsonReport(b->assessment, ReportOptions{}));
  BOOST_TEST(first == RenderJsonReport(a->assessment, ReportOptions{Language::kEn}));  // JSON has no interface text
  // Keys in contract order, not alphabetical: "plan" before "as_of", "id" before "name".
  BOOST_TEST(first.find("\"plan\"") < first.find("\"as_of\""));
  BOOST_TEST(first.find("\"id\": \"rd_share\"") < first.find("\"name\": \"研究"));
}

BOOST_AUTO_TEST_CASE(GoalsAndSummaryCounts) {
  auto run = testing::MakeSampleRun();
  const json r = Render(run->assessment);
  BOOST_TEST(r["goals"][0]["children"] == json::array({"firms"}));
  BOOST_TEST(r["goals"][1]["parent"] == "capacity");
  BOOST_TEST(r["goals"][1]["counts"]["at_risk"] == 1);
  BOOST_TEST(r["summary"]["total"] == 5);
  for (const char* s : {"off_track", "at_risk", "insufficient_data", "on_track", "achieved"}) {
    BOOST_TEST(r["summary"]["counts"][s] == 1);
  }
}

BOOST_AUTO_TEST_CASE(GraphTimeAndScenarioFields) {
  auto run = testing::MakeSampleRun();
  const json r = Render(run->assessment);
  const json& rd = IndicatorById(r, "rd_share");
  BOOST_TEST(rd["target"]["kind"] == "level");
  BOOST_TEST(rd["target"]["due"].is_null());
  BOOST_TEST(rd["pace_for_p50"].get<double>() == 0.09);
  BOOST_TEST(rd["pace_for_p80"].get<double>() == 0.12);
  BOOST_TEST(rd["days_left"] == 1645);
  BOOST_TEST(rd["milestone"].is_null());
  BOOST_TEST(rd["baseline_trend"].is_null());
  const json& hitech = IndicatorById(r, "hitech");
  BOOST_TEST(hitech["formula"] == "hitech_va / industrial_va * 100");
  BOOST_TEST(hitech["derived_from"] == json::array({"hitech_va", "industrial_va"}));
  BOOST_TEST(r["goals"][0]["progress_score"].get<double>() == 0.62);
  BOOST_TEST(r["goals"][0]["p_all_binding"].get<double>() == 0.3);
  BOOST_TEST(r["goals"][0]["status_reason"] == "vetoed by binding indicator rd_share (off_track)");
  BOOST_TEST(r["goals"][0]["held_by"] == "rd_share");
  BOOST_TEST(r["goals"][1]["held_by"].is_null());
  BOOST_TEST(r["goals"][1]["progress_score"].is_null());
  BOOST_TEST(r["overall"]["status"] == "off_track");
  BOOST_TEST(r["scenario"].is_null());
}

BOOST_AUTO_TEST_CASE(MilestonesScenariosAndSubAnnualPeriods) {
  auto run = testing::MakeSampleRun();
  Indicator& rank = run->plan.indicators[3];
  rank.target->kind = TargetKind::kMilestone;
  rank.target->due = boost::gregorian::date(2023, 12, 31);
  IndicatorResult& r = run->assessment.indicators[3];
  r.milestone = MilestoneCheck{MilestoneState::kOnTime, boost::gregorian::date(2023, 12, 31), std::nullopt, 914};
  Scenario scenario;
  scenario.name = "fast <rd>";
  scenario.description = "R&D +12%/yr";
  run->assessment.scenario = &scenario;
  IndicatorResult& rd = run->assessment.indicators[0];
  rd.baseline_trend = BaselineComparison{rd.projection, 0.2, TargetStatus::kOffTrack};
  rd.scenario_assumptions = {"from 2022: +12%/yr"};
  Observation& q = run->plan.indicators[0].history.back();
  q.period.label = "2020-Q4";
  q.t = 2020.875;
  q.provisional = true;
  const json j = Render(run->assessment);
  const json& m = IndicatorById(j, "rank");
  BOOST_TEST(m["target"]["kind"] == "milestone");
  BOOST_TEST(m["target"]["due"] == "2023-12-31");
  BOOST_TEST(m["milestone"]["state"] == "on_time");
  BOOST_TEST(m["milestone"]["days_left"] == 914);
  BOOST_TEST(j["scenario"]["name"] == "fast <rd>");
  const json& rdj = IndicatorById(j, "rd_share");
  BOOST_TEST(rdj["baseline_trend"]["status"] == "off_track");
  BOOST_TEST(rdj["baseline_trend"]["projection"]["value"].get<double>() == 3.4);
  BOOST_TEST(rdj["scenario_assumptions"][0] == "from 2022: +12%/yr");
  BOOST_TEST(rdj["history"][5]["period"] == "2020-Q4");
  BOOST_TEST(rdj["history"][5]["t"].get<double>() == 2020.875);
  BOOST_TEST(rdj["history"][5]["provisional"] == true);
  BOOST_TEST(!rdj["history"][4].contains("period"));
}
