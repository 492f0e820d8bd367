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

int DecimalsFor(double value, int significant) {
  double rounded = RoundSignificant(value, significant);  // 9.996 -> 10.0: two decimals, not three
  if (!std::isfinite(rounded) || rounded == 0.0) return std::max(0, significant - 1);
  int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(rounded))));
  return std::clamp(significant - 1 - magnitude, 0, 6);
}

std::string FixedNumber(double value, int decimals) {
  if (!std::isfinite(value)) return "—";
  std::string text = fmt::format("{:.{}f}", value, std::max(0, decimals));
  if (text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

int WrittenDecimals(double value) {
  std::string text = ExactMachineNumber(value);
  size_t point = text.find('.');
  if (point == std::string::npos || text.find('e') != std::string::npos) return 0;
  return std::min(6, static_cast<int>(text.size() - point - 1));
}

std::string ShiftedExact(double value, int power_of_ten) {
  if (!std::isfinite(value)) return "—";
  std::string text = ExactMachineNumber(value);
  if (text.find('e') != std::string::npos) return DisplayNumber(value * std::pow(10.0, power_of_ten), 6);
  const bool negative = text[0] == '-';
  if (negative) text.erase(0, 1);
  size_t point = text.find('.');
  std::string digits = point == std::string::npos ? text : text.substr(0, point) + text.substr(point + 1);
  long int_len = static_cast<long>(point == std::string::npos ? text.size() : point) + power_of_ten;
  if (int_len <= 0) {
    digits.insert(0, static_cast<size_t>(1 - int_len), '0');
    int_len = 1;
  }
  if (static_cast<long>(digits.size()) < int_len) digits.append(static_cast<size_t>(int_len) - digits.size(), '0');
  std::string whole = digits.substr(0, static_cast<size_t>(int_len));
  std::string fraction = digits.substr(static_cast<size_t>(int_len));
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string result = fraction.empty() ? whole : whole + "." + fraction;
  return negative && result != "0" ? "-" + result : result;
}

std::string PointsNumber(double value, int written_decimals) {
  if (!std::isfinite(value)) return "—";
  double magnitude = std::fabs(value);
  // The data's decimals, but never so few that the first significant digit goes (0.8, not "1").
  int decimals = std::min(DecimalsFor(magnitude, 2), std::max(written_decimals, DecimalsFor(magnitude, 1)));
  if (magnitude > 0 && std::stod(FixedNumber(magnitude, decimals)) == 0.0) decimals = DecimalsFor(magnitude, 2);
  return FixedNumber(magnitude, decimals);
}

int RoundingPlace(double value, int significant) {
  double rounded = RoundSignificant(value, significant);
  if (!std::isfinite(rounded) || rounded == 0.0) return 1 - significant;
  return static_cast<int>(std::floor(std::log10(std::fabs(rounded)))) - (significant - 1);
}

std::string NumberAtPlace(double value, int place) {
  if (!std::isfinite(value)) return "—";
  if (place < 0) return FixedNumber(value, -place);
  const double unit = std::pow(10.0, place);
  return FixedNumber(std::round(value / unit) * unit, 0);
}

double YearsLeft(int days) {
  if (days <= 0) return 0.0;
  return std::max(0.1, std::round(days / 365.2425 * 10.0) / 10.0);  // a day left is not "0.0 years"
}

}  // namespace plancast
