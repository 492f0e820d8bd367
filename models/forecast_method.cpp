// The forecast method table's look-ups; the table itself is in the header.
#include "models/forecast_method.h"

namespace plancast {

std::optional<ForecastMethod> ParseForecastMethod(std::string_view name) {
  for (const ForecastMethodInfo& row : kForecastMethods)
    if (name == row.name) return row.method;
  return std::nullopt;
}

std::vector<std::string> ForecastMethodNames() {
  std::vector<std::string> names;
  for (const ForecastMethodInfo& row : kForecastMethods) names.emplace_back(row.name);
  return names;
}

std::vector<ForecastMethod> AllForecastMethods() {
  std::vector<ForecastMethod> methods;
  for (const ForecastMethodInfo& row : kForecastMethods) methods.push_back(row.method);
  return methods;
}

std::string ForecastMethodList() {
  std::string list;
  for (const ForecastMethodInfo& row : kForecastMethods)
    list += (list.empty() ? "" : ", ") + std::string(row.name);
  return list;
}

std::string ForecastMethodHelp() {
  std::string help;
  for (const ForecastMethodInfo& row : kForecastMethods) {
    std::string needs = "needs " + std::to_string(row.min_points) + " points";
    if (row.needs_positive) needs += " and positive values";
    help += "\n  " + std::string(row.name) + std::string(13 - std::string_view(row.name).size(), ' ') +
            row.description + " (" + needs + ")";
  }
  return help;
}

}  // namespace plancast
