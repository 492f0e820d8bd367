// History keys as periods on the calendar (Boost.Date_Time), and where each
// observation sits on the one time axis the forecaster sees.
#pragma once

#include <optional>
#include <string>

#include "engine/plan/types.h"

namespace plancast {

// Parses `2021`, `2021-Q3`, `2021-07` or `2021-07-15`. On failure returns
// nullopt and sets `*error` to a message saying what is wrong, e.g.
// "quarter must be Q1-Q4" for `2021-Q5`, "month must be 01-12" for `2021-13`,
// "2021-02 has only 28 days" for `2021-02-30`.
std::optional<Period> ParsePeriod(const std::string& text, std::string* error);

// The whole of `year` as a period.
Period YearPeriod(int year);

// True iff the period is a whole calendar year.
bool IsWholeYear(const Period& period);

// Months from January 1 to the period's end, 1..12 (for year-to-date values);
// a day period counts the fraction of its month elapsed.
double MonthsElapsed(const Period& period);

// Position on the time axis. Levels describe the end of their period and
// flows the middle of theirs; both are shifted so an annual value sits at
// t = year exactly: a level at (instant its period ends) - 1, a flow at
// (middle instant of its period) - 0.5.
double LevelTime(const Period& period);
double FlowTime(const Period& period);

}  // namespace plancast
