// Plans with regions (engine/regional_assess.h): the total is the regions'
// draws added up draw by draw, peer ranks are a permutation in every draw
// (the expected count in the top k is k), and nothing depends on the threads.
#define BOOST_TEST_MODULE regional_assess
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <map>

#include "engine/plan/plan_loader.h"
#include "engine/regional_assess.h"
#include "engine/regional_plans.h"
#include "engine/target_quantity.h"
#include "reports/report_writer.h"

using namespace plancast;

namespace {

const char* kPlan = R"(schema: 1
plan: {id: t, name: T, period: {start: 2026, end: 2030}, baseline_year: 2025, as_of: 2026-12-02}
regions:
  - {id: a, name: A}
  - {id: b, name: B}
  - {id: c, name: C}
  - {id: d, name: D}
history_files: [h.csv]
indicators:
  - id: output
    name: Output
    unit: 亿元
    direction: increase
    bounds: [0, .inf]
    aggregate: sum
    target: {year: 2030, value: 100}
    region_targets: {total: {year: 2030, value: 420}}
  - id: place
    name: Place
    unit: 位
    direction: decrease
    rank_of: output
    target: {year: 2030, value: 2, kind: rank}
)";

std::string History() {
  std::string csv = "region,indicator,period,value\n";
  const double start[] = {80, 85, 90, 95};
  const double step[] = {4, 3, 2, 2};
  for (int r = 0; r < 4; ++r) {
    for (int y = 0; y <= 6; ++y) {
      const double wiggle = ((y * 7 + r * 3) % 5 - 2) * 0.6;
      csv += std::string(1, static_cast<char>('a' + r)) + ",output," + std::to_string(2019 + y) + "," +
             std::to_string(start[r] + step[r] * y + wiggle) + "\n";
    }
  }
  return csv;
}

Plan Load() {
  Diagnostics d;
  std::optional<Plan> plan = ParsePlan(kPlan, "p/plan.yaml", &d,
                                       [](const std::string&, const std::string&, const SourceLocation&,
                                          Diagnostics*) -> std::optional<std::string> { return History(); });
  BOOST_TEST_REQUIRE(plan.has_value(), d.ToString());
  return *plan;
}

AssessOptions Options() {
  AssessOptions options;
  options.as_of = boost::gregorian::date(2026, 12, 2);
  options.seed = 7;
  return options;
}

struct Run {
  League league;
  std::map<std::string, std::string> files;  // folder/report.json -> text
};

Run RunWith(const Plan& plan, int threads) {
  Run run;
  RegionalOptions options;
  options.assess = Options();
  options.threads = threads;
  options.render = [](const Assessment& a) {
    return std::vector<std::pair<std::string, std::string>>{{"report.json", RenderJsonReport(a, {})}};
  };
  options.write = [&](const std::string& folder, std::vector<std::pair<std::string, std::string>> files) {
    for (auto& [name, text] : files) run.files[folder + "/" + name] = text;
  };
  run.league = AssessRegions(plan, options);
  return run;
}

}  // namespace

BOOST_AUTO_TEST_CASE(total_is_the_sum_of_region_draws_draw_by_draw) {
  const Plan plan = Load();
  const Run run = RunWith(plan, 1);
  // The regions' draws, projected on their own as the run does.
  const Plan region_template = RegionTemplate(plan);
  ProjectionSettings settings = ProjectionSettingsFor(region_template, Options());
  std::vector<double> sum(kDraws, 0.0);
  for (size_t r = 0; r < plan.regions.size(); ++r) {
    settings.seed = RegionSeed(Options().seed, plan.regions[r].id);
    const IndicatorProjection p = ProjectMeasured(RegionPlan(region_template, plan, r).indicators[0], settings);
    for (size_t d = 0; d < kDraws; ++d) sum[d] += p.ValueAt(2030, d);
  }
  const LeagueRow& total = *run.league.indicators[0].total;
  BOOST_TEST_REQUIRE(total.projection.has_value());
  // Quantiles of the draw-by-draw sum (a sum of medians would differ).
  BOOST_TEST(total.projection->value == DrawQuantile(sum, 0.5), boost::test_tools::tolerance(1e-12));
  BOOST_TEST(total.projection->lo80 == DrawQuantile(sum, 0.1), boost::test_tools::tolerance(1e-12));
  BOOST_TEST(total.projection->hi80 == DrawQuantile(sum, 0.9), boost::test_tools::tolerance(1e-12));
  // A draw meets the target as it would be published: at the total history's reporting step.
  const double step = ReportingStep(TotalPlan(region_template, plan).indicators[0]);
  const auto published = [step](double v) { return step > 0 ? std::round(v / step) * step : v; };
  BOOST_TEST(*total.p_meet == DrawShare(sum, [&](double v) { return published(v) >= 420; }),
             boost::test_tools::tolerance(1e-12));
  double median_sum = 0.0;
  for (const LeagueRow& row : run.league.indicators[0].regions) median_sum += row.projection->value;
  BOOST_TEST(std::abs(median_sum - total.projection->value) > 1e-9);  // the test can tell the two apart
}

BOOST_AUTO_TEST_CASE(expected_count_in_the_top_k_is_k) {
  const Plan plan = Load();
  const Run run = RunWith(plan, 1);
  const LeagueIndicator& place = run.league.indicators[1];
  BOOST_TEST_REQUIRE(place.expected_regions_meeting.has_value());
  BOOST_TEST(*place.expected_regions_meeting == 2.0, boost::test_tools::tolerance(1e-12));
  for (const LeagueRow& row : place.regions) BOOST_TEST((*row.p_meet > 0.0 && *row.p_meet < 1.0), row.region_id);
}

BOOST_AUTO_TEST_CASE(ranks_of_tied_draws_are_a_permutation) {
  const std::vector<std::vector<float>> ranks = RankDraws({{5, 5, 7, NAN}, {1, 2, 2, 2}}, Direction::kIncrease);
  BOOST_TEST(ranks[0][2] == 1.0f);
  BOOST_TEST(ranks[0][0] == 2.0f);  // tied with region 1: listed first
  BOOST_TEST(ranks[0][1] == 3.0f);
  BOOST_TEST(std::isnan(ranks[0][3]));
  BOOST_TEST(ranks[1][1] == 1.0f);
  BOOST_TEST(ranks[1][2] == 2.0f);
  BOOST_TEST(ranks[1][3] == 3.0f);
  BOOST_TEST(ranks[1][0] == 4.0f);
}

BOOST_AUTO_TEST_CASE(results_do_not_depend_on_the_number_of_threads) {
  const Plan plan = Load();
  const Run one = RunWith(plan, 1);
  const Run three = RunWith(plan, 3);
  BOOST_TEST(one.files.size() == 5u);  // 4 regions and the total
  BOOST_TEST((one.files == three.files));
  BOOST_TEST(*one.league.indicators[1].expected_regions_meeting == *three.league.indicators[1].expected_regions_meeting);
  BOOST_TEST(one.league.indicators[0].total->projection->value == three.league.indicators[0].total->projection->value);
}
