// Calendar helpers on Boost.Date_Time: strict date parsing and the time axis.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>

namespace plancast {

// Parses exactly `YYYY-MM-DD` (Boost's own parser also accepts "2024-1-5" and
// "2024/01/05"; plan files must be unambiguous). nullopt when malformed or not
// a real day (2021-02-30).
std::optional<boost::gregorian::date> ParseIsoDate(const std::string& text);

// `YYYY-MM-DD`.
std::string FormatIsoDate(const boost::gregorian::date& date);

// Position of a day on the time axis in years, where an annual value for year Y
// sits at t = Y (its middle): t = Y - 0.5 + (day_of_year - 0.5) / days_in_year.
double DateToYearFraction(const boost::gregorian::date& date);

// Last day of `year`, the default due date of a target for that year.
boost::gregorian::date EndOfYear(int year);

}  // namespace plancast
