// An engine warning as data: a code and named arguments (issue 11, "messages
// as data"). The engine never writes the sentence; reports render every code
// per language from one table (reports/warning_text.cpp), and report.json
// keeps the English text tools have always read, derived from the same table,
// next to `code` and `args`.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace plancast {

enum class WarningCode {
  kIgnoredAfterAsOf,       // {count} figures dated after {as_of} left out
  kNoObservation,          // nothing known at as-of
  kStale,                  // the figure for {period} was expected by {expected_by}
  kTooLittleHistory,       // fewer than two figures: no projection
  kNoTarget,               // projected to the plan's end only
  kNoProjection,           // no value can be projected for {year}
  kGrowthNeedsBase,        // growth target without a positive value in {year}
  kCumulativeNeedsBase,    // cumulative target on a stock without its {year} value
  kCumulativeMissingYear,  // cumulative target: {year} missing
  kFormulaNotFinite,       // the formula has no finite value in {year}
  kInputNotProjectable,    // a formula input cannot be projected
  kFormulaClamped,         // {count} draws held at [{lower}, {upper}]
  kPartialYearAnnualised,  // {period} covers {share}% of {year}, {amount} so far
  kBasisShiftGiven,        // basis {from} put on {to} by the plan's x{ratio} {offset}
  kBasisScaled,            // series break: {from} scaled by an estimated x{factor} to {to}
  kBasisShifted,           // series break: {from} shifted by an estimated {shift} to {to}
  kBasisLeftOut,           // series break: {count} figures on {from} left out, no shift to {to}
  kScenarioNoInterval,     // scenario path without an interval
  kMethodFallback,         // the requested method did not apply; {detail} is the forecaster's text
  // Notes on the whole run (RunInfo::notes):
  kRunIgnoredAfterAsOf,    // {count} figures of the plan dated after as-of left out
  kRunOwnerScope,          // the report of {owner}: {kept} of {total} indicators
  kCount                   // number of codes; not a code
};

struct WarningArg {
  std::string name;
  std::string text;               // as the English sentence shows it ("2021-09-30", "x1.05", "+0.3")
  std::optional<double> number;   // the value itself, for tools; unset for text (dates, basis names)
};

struct Warning {
  WarningCode code = WarningCode::kNoObservation;
  std::vector<WarningArg> args;

  // The argument called `name`, or nullptr.
  const WarningArg* Arg(const std::string& name) const {
    for (const WarningArg& a : args)
      if (a.name == name) return &a;
    return nullptr;
  }
};

// Arguments: a number shown as `text`, or a text (a basis name "" = unnamed).
inline WarningArg NumberArg(std::string name, double value, std::string text) {
  return WarningArg{std::move(name), std::move(text), value};
}
inline WarningArg TextArg(std::string name, std::string text) {
  return WarningArg{std::move(name), std::move(text), std::nullopt};
}

}  // namespace plancast
