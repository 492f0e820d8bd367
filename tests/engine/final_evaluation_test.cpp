// The final evaluation at the plan's end (issue 12 item 7): outcomes and
// completion rates of tests/data/track/plan.yaml, computed by hand.
#define BOOST_TEST_MODULE final_evaluation
#include <boost/test/unit_test.hpp>

#include "engine/assess.h"
#include "engine/final_evaluation.h"
#include "engine/plan/plan_loader.h"

using namespace plancast;
namespace bg = boost::gregorian;

namespace {

Assessment Run(const bg::date& as_of) {
  static std::optional<Plan> plan;
  if (!plan) {
    Diagnostics d;
    plan = LoadPlanFile(std::string(PLANCAST_SOURCE_DIR) + "/tests/data/track/plan.yaml", &d);
    BOOST_TEST_REQUIRE(plan.has_value(), d.ToString());
  }
  AssessOptions options;
  options.as_of = as_of;
  return AssessPlan(*plan, options);
}

const FinalRow& Row(const FinalEvaluation& e, const std::string& id) {
  for (const FinalRow& r : e.rows) {
    if (r.result->indicator->id == id) return r;
  }
  BOOST_FAIL("no row " + id);
  return e.rows.front();
}

}  // namespace

BOOST_AUTO_TEST_CASE(NothingBeforeThePlansLastDay) {
  BOOST_TEST(!EvaluateAtPlanEnd(Run(bg::date(2025, 12, 30))).has_value());
  BOOST_TEST(EvaluateAtPlanEnd(Run(bg::date(2025, 12, 31))).has_value());  // "at" the end counts
}

BOOST_AUTO_TEST_CASE(OutcomesAndCompletionRatesByHand) {
  const Assessment a = Run(bg::date(2026, 12, 2));
  const std::optional<FinalEvaluation> e = EvaluateAtPlanEnd(a);
  BOOST_TEST_REQUIRE(e.has_value());
  BOOST_TEST(e->plan_end == 2025);
  namespace tt = boost::test_tools;
  // R&D share (binding): base 2020 2.4, target 3.0, actual 2.9 -> missed, 0.5 / 0.6.
  const FinalRow& share = Row(*e, "share");
  BOOST_TEST((share.outcome == FinalOutcome::kMissed));
  BOOST_TEST(*share.actual == 2.9, tt::tolerance(1e-9));
  BOOST_TEST(*share.completion == 0.5 / 0.6, tt::tolerance(1e-9));
  BOOST_TEST((share.rule == CompletionRule::kProgressFromBase));
  // Energy (binding, a ceiling): base 0.92, target 0.82, actual 0.80 -> met, -0.12 / -0.10.
  const FinalRow& energy = Row(*e, "energy");
  BOOST_TEST((energy.outcome == FinalOutcome::kMet));
  BOOST_TEST(*energy.completion == 1.2, tt::tolerance(1e-9));
  // Patents: base 28, target 50, actual 52 -> met, 24 / 22.
  const FinalRow& patents = Row(*e, "patents");
  BOOST_TEST((patents.outcome == FinalOutcome::kMet));
  BOOST_TEST(*patents.completion == 24.0 / 22.0, tt::tolerance(1e-9));
  // New firms, 2021-2025 total 110+120+130+140+150 = 650 against 600.
  const FinalRow& firms = Row(*e, "firms");
  BOOST_TEST((firms.outcome == FinalOutcome::kMet));
  BOOST_TEST(*firms.actual == 650.0, tt::tolerance(1e-9));
  BOOST_TEST(*firms.completion == 650.0 / 600.0, tt::tolerance(1e-9));
  BOOST_TEST((firms.rule == CompletionRule::kActualOverTarget));
  // The late series stops in 2023: no final figure, no rate.
  const FinalRow& late = Row(*e, "late");
  BOOST_TEST((late.outcome == FinalOutcome::kNoData));
  BOOST_TEST(!late.actual.has_value());
  BOOST_TEST(!late.completion.has_value());
  // Binding first, then plan order.
  BOOST_TEST_REQUIRE(e->rows.size() == 5u);
  BOOST_TEST(e->rows[0].result->indicator->id == "share");
  BOOST_TEST(e->rows[1].result->indicator->id == "energy");
  BOOST_TEST(e->rows[2].result->indicator->id == "patents");
  BOOST_TEST(e->counts[static_cast<int>(FinalOutcome::kMet)] == 3);
  BOOST_TEST(e->counts[static_cast<int>(FinalOutcome::kMissed)] == 1);
  BOOST_TEST(e->counts[static_cast<int>(FinalOutcome::kNoData)] == 1);
  BOOST_TEST(e->binding_counts[static_cast<int>(FinalOutcome::kMet)] == 1);
  BOOST_TEST(e->binding_counts[static_cast<int>(FinalOutcome::kMissed)] == 1);
}

BOOST_AUTO_TEST_CASE(OnTheLastDayTheYearsFiguresCount) {
  // A plan's data file holds the 2025 figures once the year is over: on
  // 2025-12-31 (the period's last day) the run counts them, as later runs do.
  const Assessment a = Run(bg::date(2025, 12, 31));  // rows point into it
  const std::optional<FinalEvaluation> e = EvaluateAtPlanEnd(a);
  BOOST_TEST_REQUIRE(e.has_value());
  BOOST_TEST((Row(*e, "share").outcome == FinalOutcome::kMissed));
  BOOST_TEST((Row(*e, "late").outcome == FinalOutcome::kNoData));
}
