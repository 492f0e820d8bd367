// Strict date parsing and the time axis.
#define BOOST_TEST_MODULE dates
#include <boost/test/unit_test.hpp>

#include "engine/plan/dates.h"

using namespace plancast;

BOOST_AUTO_TEST_SUITE(Dates)

BOOST_AUTO_TEST_CASE(parses_only_strict_iso_dates) {
  BOOST_TEST(ParseIsoDate("2021-06-30").has_value());
  BOOST_TEST(ParseIsoDate("2024-02-29").has_value());  // leap year
  for (const char* bad : {"2021-02-29", "2021-02-30", "2021-13-01", "2021-00-10", "2021-1-5",
                          "2021/01/05", "20210105", "", "2021-06-30x", "abcd-ef-gh"}) {
    BOOST_TEST(!ParseIsoDate(bad).has_value(), bad);
  }
  BOOST_TEST(FormatIsoDate(*ParseIsoDate("2021-06-30")) == "2021-06-30");
}

BOOST_AUTO_TEST_CASE(an_annual_value_sits_in_the_middle_of_its_year) {
  const double start = DateToYearFraction(boost::gregorian::date(2020, 1, 1));
  const double end = DateToYearFraction(boost::gregorian::date(2020, 12, 31));
  BOOST_TEST(start > 2019.5);
  BOOST_TEST(end < 2020.5);
  BOOST_TEST((start + end) / 2 == 2020.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()
