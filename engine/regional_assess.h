// Assessing a plan with `regions:` (docs/plan-format.md, "Regions"):
//
//   1. the indicators that ranks are taken of (`rank_of:`) are projected in
//      every region; each draw ranks the regions (same draw index, so ranks
//      are a permutation in every draw: P(top k) summed over regions is k);
//   2. each region is assessed as a plan of its own, its ranks taken from
//      step 1; its draws of indicators with `aggregate:` are added up, draw
//      by draw and in region order;
//   3. the total is assessed with those added-up draws as its projection.
// Regions run on `threads` threads; every result is the same for any number
// of threads (each region's seed comes from its id; totals add in region order).
#pragma once

#include <functional>
#include <string>

#include "engine/assess.h"
#include "engine/league.h"

namespace plancast {

struct RegionalOptions {
  AssessOptions assess;  // as_of, seed, method (scenario and owner are not used)
  int threads = 1;
  // Renders a region's (or the total's) assessment into its files, on a worker thread.
  std::function<std::vector<std::pair<std::string, std::string>>(const Assessment&)> render;
  // Receives the files of `folder` (a region id or kTotalRegionId) on the
  // calling thread, regions in plan order, then the total.
  std::function<void(const std::string& folder, std::vector<std::pair<std::string, std::string>> files)> write;
};

// REQUIRES: `plan` has regions and passed validation.
League AssessRegions(const Plan& plan, const RegionalOptions& options);

// Per draw, the rank (1 = best) of each region by `values[r][d]` in
// `direction`; NaN values are left out (their rank is NaN). Ties go to the
// region listed first. Exposed for tests.
std::vector<std::vector<float>> RankDraws(const std::vector<std::vector<double>>& values, Direction direction);

}  // namespace plancast
