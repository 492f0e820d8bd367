// `regions:` and history files with a region column (engine/plan/region_validation.h):
// the loader's errors point at the exact file:line:col.
#define BOOST_TEST_MODULE regions_loader
#include <boost/test/unit_test.hpp>

#include <map>

#include "engine/plan/plan_loader.h"
#include "engine/plan/region_validation.h"

using namespace plancast;

namespace {

const char* kPlan = R"(schema: 1
plan: {id: t, name: T, period: {start: 2021, end: 2025}, baseline_year: 2020}
regions:
  - {id: north, name: 北区}
  - {id: south, name: 南区, parent: province}
history_files: [h.csv]
indicators:
  - id: score
    name: Score
    unit: "点"
    direction: increase
    aggregate: mean
    target: {year: 2025, value: 60}
  - id: score_rank
    name: Rank
    unit: "位"
    direction: decrease
    rank_of: score
    target: {year: 2025, value: 1, kind: rank}
)";

DataFileReader FromMemory(std::map<std::string, std::string> files) {
  return [files](const std::string& path, const std::string& as_written, const SourceLocation& where,
                 Diagnostics* d) -> std::optional<std::string> {
    auto it = files.find(path);
    if (it != files.end()) return it->second;
    d->Error(where, "no such history file: '" + as_written + "'");
    return std::nullopt;
  };
}

std::optional<Plan> Parse(const std::string& csv, Diagnostics* d, const std::string& plan = kPlan) {
  return ParsePlan(plan, "p/plan.yaml", d, FromMemory({{"p/h.csv", csv}}));
}

const char* kGood = "region,indicator,period,value\nnorth,score,2019,50\nnorth,score,2020,52\n"
                    "south,score,2019,55\nsouth,score,2020,51\n";

}  // namespace

BOOST_AUTO_TEST_CASE(rows_go_to_their_region_and_ranks_come_from_peers) {
  Diagnostics d;
  std::optional<Plan> plan = Parse(kGood, &d);
  BOOST_TEST_REQUIRE(plan.has_value(), d.ToString());
  BOOST_TEST_REQUIRE(plan->regions.size() == 2u);
  BOOST_TEST(plan->regions[1].parent == "province");
  const auto& h = plan->regional->histories;
  BOOST_TEST(h[0][0].size() == 2u);
  BOOST_TEST(h[1][0][1].value == 51.0);
  BOOST_TEST(plan->indicators[0].history.empty());
  // 2019: south 55 > north 50; 2020: north 52 > south 51.
  BOOST_TEST(h[0][1][0].value == 2.0);
  BOOST_TEST(h[0][1][1].value == 1.0);
  BOOST_TEST(h[1][1][0].value == 1.0);
  BOOST_TEST(h[1][1][1].value == 2.0);
  BOOST_TEST((plan->indicators[0].aggregate == Indicator::Aggregate::kMean));
  BOOST_TEST(plan->indicators[1].bounds->hi == 2.0);
}

BOOST_AUTO_TEST_CASE(unknown_region_points_at_its_field) {
  Diagnostics d;
  BOOST_TEST(!Parse(std::string(kGood) + "nort,score,2021,53\n", &d).has_value());
  BOOST_TEST(d.ToString().find("p/h.csv:6:1: error: unknown region 'nort'") != std::string::npos, d.ToString());
  BOOST_TEST(d.ToString().find("did you mean 'north'?") != std::string::npos, d.ToString());
}

BOOST_AUTO_TEST_CASE(duplicate_rows_name_both_places) {
  Diagnostics d;
  BOOST_TEST(!Parse(std::string(kGood) + "south,score,2020,58\n", &d).has_value());
  BOOST_TEST(d.ToString().find("p/h.csv:6:18: error: period 2020 of 'score' in region 'south' appears twice "
                               "(first at p/h.csv:5:18)") != std::string::npos,
             d.ToString());
}

BOOST_AUTO_TEST_CASE(region_missing_for_a_shared_target_points_at_the_region) {
  Diagnostics d;
  BOOST_TEST(!Parse("region,indicator,period,value\nnorth,score,2019,50\n", &d).has_value());
  BOOST_TEST(d.ToString().find("p/plan.yaml:5:10: error: region 'south' has no figures of 'score', whose target, "
                               "shared by every region, applies to it (target at line 13)") != std::string::npos,
             d.ToString());
  // A region may opt out of the shared target.
  Diagnostics ok;
  std::string plan = kPlan;
  plan.insert(plan.find("  - id: score_rank"), "    region_targets: {south: none}\n");
  BOOST_TEST(Parse("region,indicator,period,value\nnorth,score,2019,50\nnorth,score,2020,51\n", &ok, plan).has_value(),
             ok.ToString());
}

BOOST_AUTO_TEST_CASE(region_targets_name_known_regions) {
  Diagnostics d;
  std::string plan = kPlan;
  plan.insert(plan.find("  - id: score_rank"), "    region_targets: {sout: {year: 2025, value: 70}}\n");
  BOOST_TEST(!Parse(kGood, &d, plan).has_value());
  BOOST_TEST(d.ToString().find("p/plan.yaml:14:22: error: region_targets of 'score' names unknown region 'sout'") !=
                 std::string::npos,
             d.ToString());
}

BOOST_AUTO_TEST_CASE(region_column_and_regions_go_together) {
  Diagnostics d;
  BOOST_TEST(!Parse("indicator,period,value\nscore,2019,50\n", &d).has_value());
  BOOST_TEST(d.ToString().find("p/h.csv:1:1: error: the plan lists regions but the history file has no 'region' "
                               "column") != std::string::npos,
             d.ToString());
}

BOOST_AUTO_TEST_CASE(peer_ranks_break_ties_by_plan_order) {
  Observation a;
  a.period.start = boost::gregorian::date(2020, 1, 1);
  a.period.end = boost::gregorian::date(2020, 12, 31);
  a.value = 5;
  std::vector<Observation> x{a}, y{a}, z{a};
  z[0].value = 7;
  std::vector<std::vector<Observation>> ranks = PeerRanks({&x, &y, &z}, Direction::kIncrease);
  BOOST_TEST(ranks[2][0].value == 1.0);
  BOOST_TEST(ranks[0][0].value == 2.0);  // tied with y, listed first
  BOOST_TEST(ranks[1][0].value == 3.0);
}

BOOST_AUTO_TEST_CASE(rank_of_names_an_indicator_with_figures) {
  Diagnostics d;
  std::string plan = kPlan;
  plan.replace(plan.find("rank_of: score"), 14, "rank_of: scor");
  BOOST_TEST(!Parse(kGood, &d, plan).has_value());
  BOOST_TEST(d.ToString().find("p/plan.yaml:18:14: error: rank_of of 'score_rank' names unknown indicator 'scor'") !=
                 std::string::npos,
             d.ToString());
  BOOST_TEST(d.ToString().find("did you mean 'score'?") != std::string::npos, d.ToString());
}
