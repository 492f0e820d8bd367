// Periods, the time axis, year-to-date flows, series breaks and staleness.
#define BOOST_TEST_MODULE periods
#include <boost/test/unit_test.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>

#include "engine/plan/periods.h"
#include "engine/series_prep.h"
#include "engine/staleness.h"
#include "tests/support/plan_builder.h"

using namespace plancast;
using namespace plancast::testing;
namespace bg = boost::gregorian;

namespace {
Observation At(const std::string& key, double value, const std::string& basis = "") {
  std::string error;
  const auto period = ParsePeriod(key, &error);
  BOOST_REQUIRE_MESSAGE(period.has_value(), error);
  Observation o;
  o.period = *period;
  o.year = period->start.year();
  o.t = o.year;
  o.value = value;
  o.basis = basis;
  return o;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(Periods)

BOOST_AUTO_TEST_CASE(every_form_parses_to_its_calendar_span) {
  std::string error;
  const auto year = ParsePeriod("2021", &error);
  BOOST_TEST((year->kind == PeriodKind::kYear));
  BOOST_TEST(IsWholeYear(*year));
  const auto quarter = ParsePeriod("2021-Q3", &error);
  BOOST_TEST(quarter->start == bg::date(2021, 7, 1));
  BOOST_TEST(quarter->end == bg::date(2021, 9, 30));
  const auto q1 = ParsePeriod("2024-Q1", &error);
  BOOST_TEST(q1->end == bg::date(2024, 3, 31));
  const auto month = ParsePeriod("2024-02", &error);
  BOOST_TEST(month->end == bg::date(2024, 2, 29));  // leap year
  const auto day = ParsePeriod("2021-07-15", &error);
  BOOST_TEST(day->start == bg::date(2021, 7, 15));
  BOOST_TEST(day->end == day->start);
}

BOOST_AUTO_TEST_CASE(bad_keys_say_what_is_wrong) {
  std::string error;
  BOOST_TEST(!ParsePeriod("2021-Q5", &error).has_value());
  BOOST_TEST(error.find("quarter must be Q1-Q4") != std::string::npos, error);
  BOOST_TEST(!ParsePeriod("2021-13", &error).has_value());
  BOOST_TEST(error.find("month must be 01-12") != std::string::npos, error);
  BOOST_TEST(!ParsePeriod("2021-02-30", &error).has_value());
  BOOST_TEST(error.find("2021-02 has only 28 days") != std::string::npos, error);
  BOOST_TEST(ParsePeriod("2024-02-29", &error).has_value());
  for (const char* bad : {"21", "2021-7", "2021/07", "2021-Q", "abcd", "2021-07-1", "2021 ", "0999"}) {
    BOOST_TEST(!ParsePeriod(bad, &error).has_value(), bad);
  }
}

BOOST_AUTO_TEST_CASE(annual_values_sit_on_whole_years_and_others_in_between) {
  BOOST_TEST(LevelTime(YearPeriod(2021)) == 2021.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(FlowTime(YearPeriod(2021)) == 2021.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(FlowTime(YearPeriod(2024)) == 2024.0, boost::test_tools::tolerance(1e-12));
  std::string error;
  // A level at the end of June is half a year before the end-of-year level.
  BOOST_TEST(LevelTime(*ParsePeriod("2021-06", &error)) == 2021.0 - 184.0 / 365, boost::test_tools::tolerance(1e-12));
  // A flow for Q1 is centred in Q1.
  BOOST_TEST(FlowTime(*ParsePeriod("2021-Q1", &error)) == (0.0 + 90.0 / 365) / 2 + 2020.5,
             boost::test_tools::tolerance(1e-12));
  BOOST_TEST(MonthsElapsed(*ParsePeriod("2021-09", &error)) == 9.0);
  BOOST_TEST(MonthsElapsed(*ParsePeriod("2021-Q2", &error)) == 6.0);
}

BOOST_AUTO_TEST_CASE(year_to_date_values_are_annualised_and_provisional) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "rd_spend", {});
  ind.year_to_date = true;
  ind.is_flow = true;
  const PreparedSeries s = PrepareSeries(ind, {At("2020", 100), At("2021-09", 90)}, true);
  BOOST_REQUIRE(s.fit.size() == 2u);
  BOOST_TEST(s.fit[1].value == 120.0, boost::test_tools::tolerance(1e-12));  // 90 * 12 / 9
  BOOST_TEST(s.fit[1].provisional);
  // Placed in the middle of January-September, before the year's own point.
  BOOST_TEST(s.fit[1].t == FlowTime(Period{PeriodKind::kMonth, bg::date(2021, 1, 1), bg::date(2021, 9, 30), ""}),
             boost::test_tools::tolerance(1e-12));
  BOOST_TEST(s.fit[1].t < 2021.0);
  BOOST_TEST(s.year_values.size() == 1u);  // 2021 is not final: it is projected, with 90 reported so far
  BOOST_TEST(s.partial_year_amounts.at(2021) == 90.0);
  BOOST_TEST(!s.notes.empty());
  // The December year-to-date total is the year's final figure.
  const PreparedSeries full = PrepareSeries(ind, {At("2020", 100), At("2021-12", 130)}, true);
  BOOST_TEST(!full.fit[1].provisional);
  BOOST_TEST(full.fit[1].value == 130.0, boost::test_tools::tolerance(1e-12));
  // A later year-to-date figure replaces an earlier one of the same year.
  const PreparedSeries two = PrepareSeries(ind, {At("2020", 100), At("2021-Q2", 50), At("2021-Q3", 90)}, true);
  BOOST_TEST(two.fit.size() == 2u);
  BOOST_TEST(two.fit[1].value == 120.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(quarterly_flows_become_yearly_rates) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "loans", {});
  ind.is_flow = true;
  const PreparedSeries s = PrepareSeries(ind, {At("2021-Q1", 10)}, false);
  BOOST_TEST(s.fit[0].value == 10 * 365.0 / 90, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(s.fit[0].provisional);
  BOOST_TEST(s.year_values.empty());
  // Four quarters make the year.
  const PreparedSeries year =
      PrepareSeries(ind, {At("2021-Q1", 10), At("2021-Q2", 11), At("2021-Q3", 12), At("2021-Q4", 13)}, false);
  BOOST_REQUIRE(year.year_values.size() == 1u);
  BOOST_TEST(year.year_values[0].value == 46.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(!year.year_values[0].provisional);
}

BOOST_AUTO_TEST_CASE(a_known_level_shift_is_recovered) {
  // y = 2 + 0.1 (t - 2010) on the old basis to 2015; the new basis adds 0.5.
  std::vector<double> t, y;
  std::vector<bool> current;
  for (int year = 2010; year <= 2020; ++year) {
    t.push_back(year);
    const bool is_new = year >= 2016;
    y.push_back(2 + 0.1 * (year - 2010) + (is_new ? 0.5 : 0.0) + 0.01 * std::sin(year));
    current.push_back(is_new);
  }
  const auto shift = EstimateLevelShift(t, y, current);
  BOOST_REQUIRE(shift.has_value());
  BOOST_TEST(*shift == 0.5, boost::test_tools::tolerance(0.05));

  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "rd_share", {});
  ind.unit = "%";
  std::vector<Observation> obs;
  for (size_t i = 0; i < t.size(); ++i) obs.push_back(At(std::to_string(int(t[i])), y[i], current[i] ? "new" : "old"));
  const PreparedSeries s = PrepareSeries(ind, obs, false);
  BOOST_TEST(s.fit.size() == obs.size());
  BOOST_TEST(s.fit[0].value == y[0] + *shift, boost::test_tools::tolerance(1e-9));  // moved onto the new basis
  BOOST_TEST((s.notes.front().code == WarningCode::kBasisShifted));
}

BOOST_AUTO_TEST_CASE(an_unestimable_break_fits_the_current_basis_only) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "rd_share", {});
  const PreparedSeries s = PrepareSeries(ind, {At("2015", 2.61), At("2020", 3.09, "新口径")}, false);
  BOOST_TEST(s.fit.size() == 1u);
  BOOST_TEST(s.current_basis == "新口径");
  BOOST_TEST((s.notes.front().code == WarningCode::kBasisLeftOut));
  // Given in the plan, the shift is used instead.
  ind.basis_shifts.push_back({"", 1.0, 0.2, {}});
  const PreparedSeries given = PrepareSeries(ind, {At("2015", 2.61), At("2020", 3.09, "新口径")}, false);
  BOOST_TEST(given.fit.size() == 2u);
  BOOST_TEST(given.fit[0].value == 2.81, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(staleness_follows_publication_lags) {
  Plan plan = MakePlan();
  Indicator& ind = AddIndicator(plan, "x", {});
  const Observation annual = At("2019", 1);
  // The 2020 figure is due by 2020-12-31 + 273 days = 2021-09-30.
  BOOST_TEST(!CheckStaleness(ind, annual, bg::date(2021, 9, 30)).has_value());
  const auto late = CheckStaleness(ind, annual, bg::date(2021, 10, 1));
  BOOST_REQUIRE(late.has_value());
  BOOST_TEST(late->next_period == "2020");
  BOOST_TEST(late->days_late == 1);
  ind.publication_lag_days = 30;
  BOOST_TEST(CheckStaleness(ind, annual, bg::date(2021, 2, 1)).has_value());
  ind.publication_lag_days.reset();
  const Observation quarterly = At("2021-Q3", 1);  // Q4 due 2021-12-31 + 90 days = 2022-03-31
  BOOST_TEST(!CheckStaleness(ind, quarterly, bg::date(2022, 3, 31)).has_value());
  BOOST_TEST(CheckStaleness(ind, quarterly, bg::date(2022, 4, 1))->next_period == "2021-Q4");
  const Observation monthly = At("2021-12", 1);  // January due 2022-01-31 + 45 days
  BOOST_TEST(CheckStaleness(ind, monthly, bg::date(2022, 3, 18))->next_period == "2022-01");
  BOOST_TEST(!CheckStaleness(ind, monthly, bg::date(2022, 3, 17)).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
