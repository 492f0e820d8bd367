// Numbers as reports print them: fixed rules, so the same run gives the same
// bytes, and no NaN or infinity ever reaches a reader.
#pragma once

#include <optional>
#include <string>

namespace plancast {

// `value` rounded to `digits` significant digits (6 in report.json/.csv, so
// floating-point noise in the last bits never changes a report).
// Non-finite values are returned unchanged.
double RoundSignificant(double value, int digits = 6);

// Machine text for CSV: shortest round-trip form of RoundSignificant(value),
// e.g. "3.09", "297", "-0.125"; "" for a missing or non-finite value.
std::string MachineNumber(std::optional<double> value);

// Machine text for a figure the plan itself gives (history, target, baseline,
// latest): the shortest text that reads back as exactly `value`, never
// rounded, so a revision 987654321 -> 987654322 survives into report.csv and
// `compare`. Whole numbers below 1e15 print without ".0"; "" when missing or
// non-finite.
std::string ExactMachineNumber(std::optional<double> value);

// Human text: `significant` digits (default 4, enough for observed values as
// published), never an exponent, no trailing zeros: 3.09 -> "3.09",
// 65.1 -> "65.1", 297 -> "297", 0.123456 -> "0.1235", 12345.6 -> "12346".
// Non-finite -> "—".
std::string DisplayNumber(double value, int significant = 4);

// Estimates (projections, intervals, gaps, paces) print with 3 digits: more
// would claim a precision no forecast has.
constexpr int kEstimateDigits = 3;

// DisplayNumber with an explicit sign: "+0.12", "-3", "0".
std::string DisplaySigned(double value, int significant = 4);

// A probability in 0..1 as a whole percentage: 0.823 -> "82%"; values that
// round to 0 or 100 but are not exactly so print as "<1%" / ">99%".
std::string DisplayProbability(double p);

}  // namespace plancast
