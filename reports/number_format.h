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

// Decimals that show |value| to `significant` digits: DecimalsFor(1.9002, 3) = 2,
// DecimalsFor(19002, 3) = 0 (never negative; whole numbers keep their digits).
int DecimalsFor(double value, int significant);

// `value` with exactly `decimals` decimals, zeros kept (an estimate "1.90"
// claims three digits, "1.9" two): FixedNumber(1.9002, 2) = "1.90"; no "-0".
std::string FixedNumber(double value, int decimals);

// Decimals a figure is written with, in its shortest exact form: 5.31 -> 2,
// 65.1 -> 1, 300 -> 0 (at most 6).
int WrittenDecimals(double value);

// A plan figure moved by a power of ten without rounding, as a planner
// rewrites 13800万元 as 1.38亿元: ShiftedExact(13800, -4) = "1.38",
// ShiftedExact(0.5, 4) = "5000". "—" when non-finite.
std::string ShiftedExact(double value, int power_of_ten);

// Points (differences of percentages) to the precision the data is written
// in, at most 2 significant digits and at least 1: PointsNumber(0.303, 2) =
// "0.30", PointsNumber(0.98, 1) = "1.0", PointsNumber(0.8, 0) = "0.8".
// Unsigned; non-finite -> "—".
std::string PointsNumber(double value, int written_decimals);

// The power of ten of the last digit `significant` digits of `value` keep:
// RoundingPlace(1.9002, 3) = -2, RoundingPlace(1103, 3) = 1.
int RoundingPlace(double value, int significant);
// `value` rounded at that place: NumberAtPlace(1310.7, 1) = "1310",
// NumberAtPlace(0.9837, -2) = "0.98" (the range of an estimate reads in the
// estimate's own digits).
std::string NumberAtPlace(double value, int place);

// Time left in years, one decimal: 1736 days -> 4.8 (a planner's "还剩4.8年");
// at least 0.1 while any day is left, 0 when none.
double YearsLeft(int days);

}  // namespace plancast
