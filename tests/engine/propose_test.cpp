// `plancast propose` (issue 12 item 7): the value reached with a chance, by
// hand on a simple set of draws; monotone in the chance; the same draws as
// forecast.
#define BOOST_TEST_MODULE propose
#include <boost/test/unit_test.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "engine/assess.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/plan_loader.h"
#include "engine/propose.h"

using namespace plancast;
namespace bg = boost::gregorian;
namespace tt = boost::test_tools;

namespace {

Plan TrackPlan() {
  Diagnostics d;
  std::optional<Plan> plan = LoadPlanFile(std::string(PLANCAST_SOURCE_DIR) + "/tests/data/track/plan.yaml", &d);
  BOOST_TEST_REQUIRE(plan.has_value(), d.ToString());
  return *plan;
}

ProposeOptions Options(const std::string& as_of, int year) {
  ProposeOptions o;
  o.assess.as_of = bg::from_string(as_of);
  o.year = year;
  o.chances = {0.5, 0.8, 0.95};
  return o;
}

const ProposalRow& Row(const Proposal& p, const std::string& id) {
  for (const ProposalRow& r : p.rows) {
    if (r.indicator->id == id) return r;
  }
  BOOST_FAIL("no row " + id);
  return p.rows.front();
}

}  // namespace

// Draws 0, 1, ..., 100: the 20th percentile is 20, the 80th 80.
BOOST_AUTO_TEST_CASE(ValueWithChanceByHand) {
  std::vector<double> draws;
  for (int i = 100; i >= 0; --i) draws.push_back(i);
  BOOST_TEST(ValueReachedWithChance(draws, Direction::kIncrease, 0.8) == 20.0, tt::tolerance(1e-12));
  BOOST_TEST(ValueReachedWithChance(draws, Direction::kDecrease, 0.8) == 80.0, tt::tolerance(1e-12));
  BOOST_TEST(ValueReachedWithChance(draws, Direction::kIncrease, 0.5) == 50.0, tt::tolerance(1e-12));
  BOOST_TEST(ValueReachedWithChance(draws, Direction::kIncrease, 0.95) == 5.0, tt::tolerance(1e-12));
  BOOST_TEST(ValueReachedWithChance(draws, Direction::kDecrease, 0.95) == 95.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(SurerChancesGiveMoreModestValues) {
  const Proposal p = ProposeTargets(TrackPlan(), Options("2026-12-02", 2030));
  BOOST_TEST(p.latest_data_year == 2025);
  for (const ProposalRow& r : p.rows) {
    BOOST_TEST_REQUIRE(r.values.size() == 3u, r.indicator->id);
    const double sign = r.indicator->direction == Direction::kIncrease ? 1.0 : -1.0;
    BOOST_TEST(sign * r.values[0].value > sign * r.values[1].value, r.indicator->id);
    BOOST_TEST(sign * r.values[1].value > sign * r.values[2].value, r.indicator->id);
  }
  // The implied pace runs from the latest figure: R&D share 2.9% in 2025, a slope.
  const ProposalRow& share = Row(p, "share");
  BOOST_TEST(share.latest->year == 2025);
  BOOST_TEST(share.values[1].pace->value == (share.values[1].value - 2.9) / 5.0, tt::tolerance(1e-9));
  BOOST_TEST(Row(p, "late").latest->year == 2023);
}

// For the target year, forecast's median is the 50% value and its 80% band
// (10th–90th percentile) the 90% values of both directions: the same draws.
BOOST_AUTO_TEST_CASE(TheSameDrawsAsForecast) {
  const Plan plan = TrackPlan();
  ProposeOptions options = Options("2023-06-30", 2025);
  options.chances = {0.5, 0.9};
  const Proposal p = ProposeTargets(plan, options);
  AssessOptions assess;
  assess.as_of = bg::date(2023, 6, 30);
  const Assessment a = AssessPlan(plan, assess);
  for (const char* id : {"share", "patents", "late"}) {  // level targets, increasing
    const IndicatorResult* r = nullptr;
    for (const IndicatorResult& x : a.indicators) r = x.indicator->id == id ? &x : r;
    BOOST_TEST_REQUIRE(r->projection.has_value());
    BOOST_TEST(Row(p, id).values[0].value == r->projection->value, tt::tolerance(1e-12));
    BOOST_TEST(Row(p, id).values[1].value == r->projection->lo80, tt::tolerance(1e-12));
  }
  const IndicatorResult* energy = nullptr;  // decreasing: the 90% value is the 90th percentile
  for (const IndicatorResult& x : a.indicators) energy = x.indicator->id == "energy" ? &x : energy;
  BOOST_TEST(Row(p, "energy").values[1].value == energy->projection->hi80, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(AYearBeforeTheLatestFiguresIsRefused) {
  const Plan plan = TrackPlan();
  try {
    ProposeTargets(plan, Options("2026-12-02", 2024));
    BOOST_FAIL("no error");
  } catch (const InputError& e) {
    const std::string text = e.diagnostics().ToString();
    BOOST_TEST(text.find("--year 2024 is before the latest figures (2025)") != std::string::npos, text);
    BOOST_TEST(text.find("--year 2030") != std::string::npos, text);
  }
  // As of 2023 the latest figures are 2022's: 2024 is fine then.
  BOOST_TEST(ProposeTargets(plan, Options("2023-06-30", 2024)).rows.size() == 5u);
  BOOST_CHECK_THROW(ProposeTargets(plan, Options("2026-12-02", 2200)), InputError);
}
