#include "reports/number_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "engine/target_rules.h"

namespace plancast {

double RoundSignificant(double value, int digits) {
  if (!std::isfinite(value) || value == 0.0) return value;
  // Going through decimal text rounds exactly as printf does and avoids the
  // pow(10, k) error of scaling by hand.
  std::string text = fmt::format("{:.{}e}", value, digits - 1);
  double rounded = std::strtod(text.c_str(), nullptr);
  return rounded == 0.0 ? 0.0 : rounded;  // no "-0"
}

std::string MachineNumber(std::optional<double> value) {
  if (!value || !std::isfinite(*value)) return "";
  double rounded = RoundSignificant(*value);
  if (rounded == std::floor(rounded) && std::fabs(rounded) < 1e15) {
    return fmt::format("{}", static_cast<long long>(rounded));
  }
  return fmt::format("{}", rounded);
}

std::string ExactMachineNumber(std::optional<double> value) {
  if (!value || !std::isfinite(*value)) return "";
  if (*value == std::floor(*value) && std::fabs(*value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(*value));
  }
  return fmt::format("{}", *value);  // fmt's "{}" is the shortest round-trip form
}

std::string DisplayNumber(double value, int significant) {
  if (!std::isfinite(value)) return "—";
  if (value == 0.0) return "0";
  int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(value))));
  int decimals = std::clamp(significant - 1 - magnitude, 0, 4);
  std::string text = fmt::format("{:.{}f}", value, decimals);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

std::string DisplaySigned(double value, int significant) {
  std::string text = DisplayNumber(value, significant);
  if (text != "0" && text != "—" && text[0] != '-') text.insert(0, "+");
  return text;
}

std::string DisplayProbability(double p) {
  if (!std::isfinite(p)) return "—";
  double percent = std::clamp(p, 0.0, 1.0) * 100.0;
  const int rounded = ProbabilityPercent(p);  // the number statuses are decided on
  if (rounded == 0 && percent > 0.0) return "<1%";
  if (rounded == 100 && percent < 100.0) return ">99%";
  return fmt::format("{}%", rounded);
}

}  // namespace plancast
