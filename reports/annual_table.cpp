#include "reports/annual_table.h"

#include <fmt/format.h>

#include <cmath>

#include "reports/number_format.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"

namespace plancast {

std::vector<AnnualRowText> AnnualRows(const IndicatorResult& result, Language language) {
  std::vector<AnnualRowText> rows;
  const std::string unit = result.indicator->unit;
  for (const AnnualStep& a : result.annual) {
    AnnualRowText row;
    row.year = std::to_string(a.year);
    row.target = ValueWithUnit(a.target, unit, language);
    if (a.actual) {
      row.actual = ValueWithUnit(*a.actual, unit, language);
      const Msg key = a.state == AnnualState::kAhead ? Msg::kAnnualAhead : Msg::kAnnualBehind;
      row.state = fmt::format(fmt::runtime(Tr(key, language)), fmt::arg("gap", GapText(std::fabs(*a.gap), unit, language)));
    } else {
      row.actual = a.projected ? "(" + ValueWithUnit(*a.projected, unit, language, kEstimateDigits) + ")" : "—";
      row.state = Tr(Msg::kAnnualPending, language);
    }
    rows.push_back(row);
  }
  return rows;
}

}  // namespace plancast
