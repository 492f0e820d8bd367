#include "engine/simulation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace plancast {

SimulatedPaths SimulatedPaths::FromSteps(int first_year, const std::vector<StepDistribution>& steps,
                                         std::uint64_t seed) {
  // Stratified quantile levels, shuffled with a portable Fisher-Yates (the
  // standard library's shuffle and distributions differ between vendors).
  std::vector<double> levels(kDraws);
  for (size_t k = 0; k < kDraws; ++k) levels[k] = (k + 0.5) / kDraws;
  std::mt19937_64 engine(seed);
  for (size_t k = kDraws - 1; k > 0; --k) std::swap(levels[k], levels[engine() % (k + 1)]);

  SimulatedPaths paths;
  paths.first_year_ = first_year;
  paths.values_.resize(steps.size(), std::vector<double>(kDraws));
  for (size_t i = 0; i < steps.size(); ++i) {
    for (size_t k = 0; k < kDraws; ++k) paths.values_[i][k] = steps[i].Quantile(levels[k]);
  }
  return paths;
}

SimulatedPaths SimulatedPaths::Empty(int first_year, size_t years) {
  SimulatedPaths paths;
  paths.first_year_ = first_year;
  paths.values_.assign(years, std::vector<double>(kDraws, std::numeric_limits<double>::quiet_NaN()));
  return paths;
}

double DrawQuantile(std::vector<double> draws, double p) {
  draws.erase(std::remove_if(draws.begin(), draws.end(), [](double v) { return std::isnan(v); }), draws.end());
  if (draws.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(draws.begin(), draws.end());
  const double position = p * (draws.size() - 1);
  const size_t below = static_cast<size_t>(std::floor(position));
  const size_t above = std::min(below + 1, draws.size() - 1);
  return draws[below] + (position - below) * (draws[above] - draws[below]);
}

std::uint64_t IndicatorSeed(std::uint64_t run_seed, const std::string& indicator_id) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : indicator_id) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash ^ (run_seed * 0x9E3779B97F4A7C15ULL);
}

}  // namespace plancast
