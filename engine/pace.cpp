#include "engine/pace.h"

#include <cmath>

namespace plancast {

PaceKind ChoosePaceKind(const Indicator& indicator) {
  if (indicator.pace) return *indicator.pace;
  if (indicator.unit.find('%') != std::string::npos) return PaceKind::kSlope;
  if (indicator.bounds && indicator.bounds->HasUpper()) return PaceKind::kSlope;
  for (const Observation& o : indicator.history) {
    if (o.value <= 0) return PaceKind::kSlope;  // growth rates need positive values
  }
  return PaceKind::kGrowthRate;
}

std::optional<Pace> PaceBetween(PaceKind kind, double from_year, double from_value, double to_year,
                                double to_value) {
  const double years = to_year - from_year;
  if (!(years > 0)) return std::nullopt;
  Pace pace;
  pace.kind = kind;
  pace.from_year = static_cast<int>(std::lround(from_year));
  pace.to_year = static_cast<int>(std::lround(to_year));
  if (kind == PaceKind::kSlope) {
    pace.value = (to_value - from_value) / years;
    return pace;
  }
  if (!(from_value > 0 && to_value > 0)) return std::nullopt;
  pace.value = (std::pow(to_value / from_value, 1.0 / years) - 1.0) * 100.0;
  return pace;
}

double ApplyPace(const Pace& pace, double value, double years) {
  if (pace.kind == PaceKind::kSlope) return value + pace.value * years;
  return value * std::pow(1.0 + pace.value / 100.0, years);
}

}  // namespace plancast
