// The forecast methods, as one table: enum <-> name (the string used in
// report.json, `--method` and backtest output), a one-line description and
// when the method can run. Every other place (CLI validation and --help,
// models/ dispatch, reports) reads this table; names are parsed once, where
// they enter, and only the enum travels inward.
//
// No Ceres here: the engine, the CLI and reports include this header.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancast {

// Order is the table's order: "default" first, then plancast's single models,
// then the references. Backtests print rows in this order.
enum class ForecastMethod {
  kDefault,
  kLinear,
  kExponential,
  kLogistic,
  kGompertz,
  kDamped,
  kGrowth,
  kNaive,
  kDrift,
  kTheta,
};

struct ForecastMethodInfo {
  ForecastMethod method;
  const char* name;         // fixed: report.json and the CLI contract use it
  const char* description;  // one line, for --help
  // Eligibility, as the model code checks it (a test holds them together).
  // Fewer points, or non-positive values where positive ones are needed, and
  // the forecaster falls back to the default with a warning.
  int min_points;           // the fewest observations it can fit
  bool needs_positive;      // every value must be > 0
  bool reference;           // a textbook reference method (raw scale, own intervals)
};

inline constexpr std::array<ForecastMethodInfo, 10> kForecastMethods = {{
    {ForecastMethod::kDefault, "default",
     "plancast's combination: median of every eligible model, short histories shrunk", 2, false,
     false},
    {ForecastMethod::kLinear, "linear", "straight line a + b t, anchored at the latest value", 3,
     false, false},
    {ForecastMethod::kExponential, "exponential", "constant growth rate a e^(g t), anchored", 3,
     true, false},
    {ForecastMethod::kLogistic, "logistic",
     "S-curve toward a ceiling (from bounds, or fitted from 4 points)", 3, true, false},
    {ForecastMethod::kGompertz, "gompertz",
     "asymmetric S-curve toward a ceiling (from bounds, or fitted from 4 points)", 3, true, false},
    {ForecastMethod::kDamped, "damped", "Holt's damped trend", 6, false, false},
    {ForecastMethod::kGrowth, "growth", "random walk with drift on the model scale (a growth rate)",
     2, false, false},
    {ForecastMethod::kNaive, "naive", "reference: the latest value carried forward", 2, false,
     true},
    {ForecastMethod::kDrift, "drift", "reference: random walk with drift on the raw values", 2,
     false, true},
    {ForecastMethod::kTheta, "theta", "reference: the theta method", 3, false, true},
}};

// Every enumerator has its row, in enum order (checked at compile time).
constexpr bool ForecastMethodTableInEnumOrder() {
  for (size_t i = 0; i < kForecastMethods.size(); ++i)
    if (static_cast<size_t>(kForecastMethods[i].method) != i) return false;
  return true;
}
static_assert(ForecastMethodTableInEnumOrder(), "kForecastMethods must list ForecastMethod in order");
static_assert(static_cast<size_t>(ForecastMethod::kTheta) + 1 == kForecastMethods.size(),
              "a ForecastMethod has no row in kForecastMethods");

inline const ForecastMethodInfo& ForecastMethodRow(ForecastMethod method) {
  return kForecastMethods[static_cast<size_t>(method)];
}
inline const char* ForecastMethodName(ForecastMethod method) {
  return ForecastMethodRow(method).name;
}

// The method called `name` (exact, case-sensitive), or nullopt.
std::optional<ForecastMethod> ParseForecastMethod(std::string_view name);

// Every name, in table order ("default" first).
std::vector<std::string> ForecastMethodNames();
// Every method, in table order.
std::vector<ForecastMethod> AllForecastMethods();
// "default, linear, ..." for messages and --help.
std::string ForecastMethodList();
// One line per method, "  name  description (needs N points[, positive values])",
// for --help.
std::string ForecastMethodHelp();

}  // namespace plancast
