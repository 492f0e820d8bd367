// Strict parsing of the numbers, years and dates a planner types into a plan.
//
// Figures are often pasted from spreadsheets or Chinese documents, so the
// errors say what to write instead: `3,09` -> use a decimal point, `3.09%` ->
// drop the %, `3500万` -> put the scale in the unit. Parsing is
// locale-independent (std::from_chars) and never accepts NaN or infinity as
// a value; `allow_infinity` exists only for open bounds such as [0, .inf].
#pragma once

#include <optional>
#include <string>

namespace plancast {

struct ParsedNumber {
  bool ok = false;
  double value = 0.0;
  std::string message;  // when !ok: what is wrong, e.g. "'3,09' is not a number"
  std::string hint;     // when !ok: what to write instead (may be empty)
};

// Accepts plain decimal numbers with optional sign, fraction and exponent
// ("3.09", "-1", "1e3") up to 1e100 in magnitude. With `allow_infinity`, also
// .inf/-.inf/inf/-inf.
ParsedNumber ParseNumber(const std::string& text, bool allow_infinity = false);

// A four-digit year, e.g. "2021". std::nullopt for anything else.
std::optional<int> ParseYear(const std::string& text);

// Dates: ParseIsoDate in engine/plan/dates.h.

}  // namespace plancast
