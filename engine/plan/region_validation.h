// Checks and completes a plan's regions once its history files are joined
// (docs/plan-format.md, "Regions"): references of `rank_of:`, `weight:` and
// `region_targets:`, a figure for every region a shared target applies to,
// each region's figures against the indicator's checks; and each region's
// history of a `rank_of:` indicator, computed from the peers' figures.
#pragma once

#include "engine/plan/diagnostics.h"
#include "engine/plan/types.h"

namespace plancast {

// REQUIRES: the YAML read and the history files joined. A plan without
// `regions:` only has its regional keys refused.
void ValidateRegions(Plan* plan, Diagnostics* diagnostics);

// Region `r`'s rank among the regions for each period in which `values`
// (per region, one series each, sorted by t) has a figure: 1 is the best
// (the highest when `direction` is increase). Ties go to the region listed
// first, so the ranks of one period are always 1..n without gaps or repeats.
std::vector<std::vector<Observation>> PeerRanks(const std::vector<const std::vector<Observation>*>& values,
                                                Direction direction);

}  // namespace plancast
