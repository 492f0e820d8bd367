// `target: none` indicators (issue 15): tracked and projected, status
// no_target, never counted among the judged targets or the data-poor ones.
// Before, they were insufficient_data and counted in every summary.
#define BOOST_TEST_MODULE no_target_report
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "engine/assess.h"
#include "reports/report_writer.h"
#include "tests/support/plan_builder.h"
#include "tests/support/printers.h"

using namespace plancast;
using namespace plancast::testing;
namespace bg = boost::gregorian;

namespace {

// One judged target, one tracked input with figures, one tracked input without.
Plan TrackedInputsPlan() {
  Plan plan = MakePlan();
  AddGoal(plan, "g");
  Indicator& judged = AddIndicator(plan, "judged", {{2017, 10}, {2018, 11}, {2019, 12}, {2020, 13}}, {"g"});
  judged.target = LevelTarget(2025, 18);
  AddIndicator(plan, "input", {{2017, 5}, {2018, 6}, {2019, 7}, {2020, 8}}, {"g"});
  AddIndicator(plan, "empty", {}, {"g"});
  return plan;
}

Assessment Assess(const Plan& plan) {
  AssessOptions options;
  options.as_of = bg::date(2021, 6, 30);
  return AssessPlan(plan, options);
}

const IndicatorResult& ById(const Assessment& a, const std::string& id) {
  for (const IndicatorResult& r : a.indicators) {
    if (r.indicator->id == id) return r;
  }
  BOOST_FAIL("no indicator " + id);
  return a.indicators.front();
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_indicator_without_a_target_is_no_target_not_insufficient_data) {
  const Plan plan = TrackedInputsPlan();
  const Assessment a = Assess(plan);
  BOOST_TEST(ById(a, "input").status == TargetStatus::kNoTarget);
  BOOST_TEST(ById(a, "input").projection.has_value());  // still projected
  BOOST_TEST(!ById(a, "input").p_meet.has_value());
  BOOST_TEST(ById(a, "empty").status == TargetStatus::kNoTarget);
  BOOST_TEST(ById(a, "judged").status != TargetStatus::kNoTarget);
  // The goal rests on the one target below it.
  BOOST_REQUIRE(!a.goals.empty());
  BOOST_TEST(a.goals[0].status == ById(a, "judged").status);
  BOOST_TEST(a.goals[0].counts[static_cast<int>(TargetStatus::kNoTarget)] == 2);
  BOOST_TEST(a.goals[0].counts[static_cast<int>(TargetStatus::kInsufficientData)] == 0);
}

BOOST_AUTO_TEST_CASE(report_json_counts_no_target_apart) {
  const Plan plan = TrackedInputsPlan();
  const Assessment a = Assess(plan);
  const auto j = nlohmann::json::parse(RenderJsonReport(a, ReportOptions{}));
  BOOST_TEST(j["summary"]["total"] == 3);  // every indicator, as the contract says
  BOOST_TEST(j["summary"]["counts"]["no_target"] == 2);
  BOOST_TEST(j["summary"]["counts"]["insufficient_data"] == 0);
  for (const auto& ind : j["indicators"]) {
    if (ind["id"] == "input") BOOST_TEST(ind["status"] == "no_target");
  }
}

BOOST_AUTO_TEST_CASE(the_headline_counts_targets_only_and_names_the_tracked_ones) {
  const Plan plan = TrackedInputsPlan();
  const Assessment a = Assess(plan);
  const std::string zh = RenderMarkdownReport(a, ReportOptions{Language::kZh});
  BOOST_TEST(zh.find("无目标（仅跟踪） 2") != std::string::npos);
  BOOST_TEST(zh.find("数据不足 0") != std::string::npos);
  BOOST_TEST(zh.find("(合计 1)") != std::string::npos);  // the judged total, not 3
  BOOST_TEST(zh.find("结论基于1项指标中的1项") != std::string::npos, zh.substr(0, 1500));
  const std::string en = RenderMarkdownReport(a, ReportOptions{Language::kEn});
  BOOST_TEST(en.find("no target (tracked only) 2") != std::string::npos);
  BOOST_TEST(en.find("(total 1)") != std::string::npos);
  const std::string html = RenderHtmlReport(a, ReportOptions{Language::kZh});
  BOOST_TEST(html.find("data-status=\"no_target\" data-count=\"2\"") != std::string::npos);
  BOOST_TEST(html.find("data-status=\"total\" data-count=\"1\"") != std::string::npos);
}
