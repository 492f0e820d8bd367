// Range and "about" targets (issue 12 item 3), against hand-computed cases:
// P is the share of draws landing inside the band, the pace needed aims at
// the nearer edge, and a band is kept, not reached early.
#define BOOST_TEST_MODULE band_targets
#include <boost/test/unit_test.hpp>

#include "engine/target_judge.h"
#include "tests/support/hand_made_projection.h"
#include "tests/support/plan_builder.h"
#include "tests/support/printers.h"

using namespace plancast;
using namespace plancast::testing;
namespace bg = boost::gregorian;
namespace tt = boost::test_tools;

namespace {

const bg::date kAsOf(2021, 6, 30);

Target Range(double lo, double hi) {
  Target t = LevelTarget(2025, (lo + hi) / 2);
  t.band = TargetBand{lo, hi};
  return t;
}

// Draw d of 2025 is d (0..999): P(lo <= value <= hi) = (hi - lo + 1) / 1000 for whole lo, hi.
Verdict Judge(const std::vector<std::pair<int, double>>& history, const Target& target) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", history);
  ind.pace = PaceKind::kSlope;
  ind.target = target;
  const auto p = HandMade(history, [](int, size_t d) { return double(d); });
  return JudgeIndicator(plan, ind, p, kAsOf);
}

}  // namespace

BOOST_AUTO_TEST_CASE(range_p_is_the_share_of_draws_inside) {
  const Verdict v = Judge({{2019, 10}, {2020, 20}}, Range(400, 700));
  BOOST_TEST(*v.result.p_meet == 0.301, tt::tolerance(1e-12));  // d = 400..700
  BOOST_TEST(v.result.status == TargetStatus::kOffTrack);
  // Below the band: the pace toward the lower edge, (400 - 20) / 5 a year.
  BOOST_TEST(v.result.required_annual_change->value == 76.0, tt::tolerance(1e-12));
  BOOST_TEST(v.met_by_draw[399] == 0);
  BOOST_TEST(v.met_by_draw[700] == 1);
  BOOST_TEST(v.met_by_draw[701] == 0);
}

BOOST_AUTO_TEST_CASE(inside_the_band_is_kept_not_reached_and_aims_at_the_nearer_edge) {
  // Latest 600 is inside [400, 700], nearer the upper edge: (700 - 600) / 5 a year.
  const Verdict v = Judge({{2019, 500}, {2020, 600}}, Range(400, 700));
  BOOST_TEST(*v.result.p_meet == 0.301, tt::tolerance(1e-12));
  BOOST_TEST(v.result.status == TargetStatus::kOffTrack);  // a plain floor of 400 would be achieved (P 0.6)
  BOOST_TEST(v.result.required_annual_change->value == 20.0, tt::tolerance(1e-12));
  const Verdict floor = Judge({{2019, 500}, {2020, 600}}, LevelTarget(2025, 400));
  BOOST_TEST(floor.result.status == TargetStatus::kAchieved);
}

BOOST_AUTO_TEST_CASE(about_with_a_relative_tolerance_is_a_band_around_the_value) {
  Target about = LevelTarget(2025, 500);
  about.band = TargetBand{450, 550, true, 10, true};  // 500左右 (±10%), as the loader builds it
  const Verdict v = Judge({{2019, 10}, {2020, 20}}, about);
  BOOST_TEST(*v.result.p_meet == 0.101, tt::tolerance(1e-12));  // d = 450..550
}

BOOST_AUTO_TEST_CASE(above_the_band_the_pace_needed_falls_toward_the_upper_edge) {
  const Verdict v = Judge({{2019, 900}, {2020, 950}}, Range(400, 700));
  BOOST_TEST(v.result.required_annual_change->value == -50.0, tt::tolerance(1e-12));  // (700 - 950) / 5
  BOOST_TEST(*v.result.p_meet == 0.301, tt::tolerance(1e-12));
}
