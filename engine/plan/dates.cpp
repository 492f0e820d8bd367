#include "engine/plan/dates.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cctype>
#include <cstdio>

namespace plancast {

std::optional<boost::gregorian::date> ParseIsoDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  }
  int year = std::stoi(text.substr(0, 4));
  int month = std::stoi(text.substr(5, 2));
  int day = std::stoi(text.substr(8, 2));
  if (year < 1400 || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > boost::gregorian::gregorian_calendar::end_of_month_day(year, month)) return std::nullopt;
  return boost::gregorian::date(year, month, day);
}

std::string FormatIsoDate(const boost::gregorian::date& date) {
  return boost::gregorian::to_iso_extended_string(date);
}

double DateToYearFraction(const boost::gregorian::date& date) {
  const int year = date.year();
  const double days_in_year = boost::gregorian::gregorian_calendar::is_leap_year(year) ? 366.0 : 365.0;
  return year - 0.5 + (date.day_of_year() - 0.5) / days_in_year;
}

boost::gregorian::date EndOfYear(int year) { return boost::gregorian::date(year, 12, 31); }

}  // namespace plancast
