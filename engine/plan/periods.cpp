#include "engine/plan/periods.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cctype>


namespace plancast {
namespace bg = boost::gregorian;

namespace {

bool AllDigits(const std::string& text, size_t from, size_t count) {
  if (from + count > text.size()) return false;
  for (size_t i = from; i < from + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

constexpr int kMinYear = 1400;
constexpr int kMaxYear = 9999;

}  // namespace

Period YearPeriod(int year) {
  Period p;
  p.kind = PeriodKind::kYear;
  p.start = bg::date(year, 1, 1);
  p.end = bg::date(year, 12, 31);
  p.label = std::to_string(year);
  return p;
}

std::optional<Period> ParsePeriod(const std::string& text, std::string* error) {
  const char* kForms = "write a year (2021), a quarter (2021-Q3), a month (2021-07) or a date (2021-07-15)";
  if (!AllDigits(text, 0, 4)) {
    *error = "'" + text + "' is not a period: " + kForms;
    return std::nullopt;
  }
  const int year = std::stoi(text.substr(0, 4));
  if (year < kMinYear || year > kMaxYear) {
    *error = "year " + text.substr(0, 4) + " is out of range";
    return std::nullopt;
  }
  if (text.size() == 4) return YearPeriod(year);
  Period p;
  p.label = text;
  if (text.size() == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q') && AllDigits(text, 6, 1)) {
    const int quarter = text[6] - '0';
    if (quarter < 1 || quarter > 4) {
      *error = "'" + text + "': quarter must be Q1-Q4";
      return std::nullopt;
    }
    p.kind = PeriodKind::kQuarter;
    p.start = bg::date(year, 3 * quarter - 2, 1);
    p.end = p.start.end_of_month() + bg::months(2);
    p.end = p.end.end_of_month();
    return p;
  }
  if (text.size() == 7 && text[4] == '-' && AllDigits(text, 5, 2)) {
    const int month = std::stoi(text.substr(5, 2));
    if (month < 1 || month > 12) {
      *error = "'" + text + "': month must be 01-12";
      return std::nullopt;
    }
    p.kind = PeriodKind::kMonth;
    p.start = bg::date(year, month, 1);
    p.end = p.start.end_of_month();
    return p;
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && AllDigits(text, 5, 2) && AllDigits(text, 8, 2)) {
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    if (month < 1 || month > 12) {
      *error = "'" + text + "': month must be 01-12";
      return std::nullopt;
    }
    const int last = bg::gregorian_calendar::end_of_month_day(year, month);
    if (day < 1 || day > last) {
      *error = "'" + text + "': " + text.substr(0, 7) + " has only " + std::to_string(last) + " days";
      return std::nullopt;
    }
    p.kind = PeriodKind::kDay;
    p.start = p.end = bg::date(year, month, day);
    return p;
  }
  *error = "'" + text + "' is not a period: " + kForms;
  return std::nullopt;
}

bool IsWholeYear(const Period& period) {
  return period.start.month() == 1 && period.start.day() == 1 && period.end.month() == 12 &&
         period.end.day() == 31 && period.start.year() == period.end.year();
}

double MonthsElapsed(const Period& period) {
  const bg::date end = period.end;
  const double days_in_month = end.end_of_month().day();
  return (end.month() - 1) + end.day() / days_in_month;
}

namespace {
// The instant a day starts, in years: 2021-01-01 -> 2021.0.
double YearPosition(const bg::date& day) {
  const double days = bg::gregorian_calendar::is_leap_year(day.year()) ? 366.0 : 365.0;
  return day.year() + (day.day_of_year() - 1) / days;
}
}  // namespace

double LevelTime(const Period& period) { return YearPosition(period.end + bg::days(1)) - 1.0; }

double FlowTime(const Period& period) {
  return (YearPosition(period.start) + YearPosition(period.end + bg::days(1))) / 2.0 - 0.5;
}

}  // namespace plancast
