// Simulated futures of an indicator: a fixed number of draws per future year.
//
// Draws make joint questions easy and consistent: a derived share is computed
// draw by draw from its numerator and denominator; a cumulative target sums a
// draw's path; "all binding targets met" is checked draw by draw.
//
// Within one indicator a draw is one quantile level u used for every year (a
// comonotone path: a high year stays high). Levels are Latin-hypercube
// stratified, u_k = (k + 0.5) / kDraws, so each indicator's marginal quantiles
// are exact to 1/kDraws; they are shuffled by a seeded generator so that
// different indicators are independent. Seeds derive from the run seed and the
// indicator id, so results do not depend on evaluation order or threads.
#pragma once

#include <cassert>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "models/forecaster.h"

namespace plancast {

constexpr size_t kDraws = 1000;

class SimulatedPaths {
 public:
  SimulatedPaths() = default;

  // Draws from per-year predictive distributions; `steps[i]` must be the
  // year first_year + i.
  static SimulatedPaths FromSteps(int first_year, const std::vector<StepDistribution>& steps,
                                  std::uint64_t seed);

  // Paths with `years` years from `first_year`, every value NaN (to be filled).
  static SimulatedPaths Empty(int first_year, size_t years);

  bool empty() const { return values_.empty(); }
  int first_year() const { return first_year_; }
  int last_year() const { return first_year_ + static_cast<int>(values_.size()) - 1; }
  bool Covers(int year) const { return !empty() && year >= first_year_ && year <= last_year(); }

  // REQUIRES: Covers(year). Asserted only (debug and sanitizer builds): this
  // is the inner loop of every simulation, and every caller checks Covers().
  std::vector<double>& Year(int year) {
    assert(Covers(year));
    return values_[year - first_year_];
  }
  const std::vector<double>& Year(int year) const {
    assert(Covers(year));
    return values_[year - first_year_];
  }

 private:
  int first_year_ = 0;
  std::vector<std::vector<double>> values_;  // [year - first_year][draw]
};

// Empirical quantile (linear interpolation) of `draws`, ignoring NaN; NaN when
// no finite draw exists.
double DrawQuantile(std::vector<double> draws, double p);

// Share of finite draws for which `meets(value)` holds; NaN when none is finite.
template <typename Predicate>
double DrawShare(const std::vector<double>& draws, Predicate meets) {
  size_t finite = 0, hits = 0;
  for (double v : draws) {
    if (v != v) continue;
    ++finite;
    hits += meets(v) ? 1 : 0;
  }
  return finite == 0 ? std::numeric_limits<double>::quiet_NaN() : static_cast<double>(hits) / finite;
}

// A 64-bit seed for one indicator of one run (FNV-1a of the id mixed with the run seed).
std::uint64_t IndicatorSeed(std::uint64_t run_seed, const std::string& indicator_id);

}  // namespace plancast
