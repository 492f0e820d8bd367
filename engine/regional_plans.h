// The one-region plans a plan with `regions:` is run as: each region's own
// plan (its figures, its targets) and the plan's total over the regions
// (histories added up period by period). docs/plan-format.md, "Regions".
#pragma once

#include <cstdint>
#include <string>

#include "engine/plan/types.h"

namespace plancast {

// `plan` without its regions and figures: what every region's plan copies.
Plan RegionTemplate(const Plan& plan);

// Region `r` of `plan` as a plan of its own: its histories, the shared targets
// or its `region_targets:`, `region` set to the region's name.
Plan RegionPlan(const Plan& region_template, const Plan& plan, size_t r);

// The total over the regions: the indicators with `aggregate:`; each history
// holds the periods every region has a figure for, added up (sum), averaged
// (mean) or weighted by the weight indicator's figure of the same period;
// target from `region_targets: {total: ...}`, else none.
Plan TotalPlan(const Plan& region_template, const Plan& plan);

// The seed of region `id`'s draws: regions are independent of each other and
// of the number of threads; below 2^53 (exact in report.json).
std::uint64_t RegionSeed(std::uint64_t run_seed, const std::string& region_id);

// The total of `values` (one per region) by `how`; `weights` for kWeighted.
double AggregateValues(Indicator::Aggregate how, const std::vector<double>& values, const std::vector<double>& weights);

}  // namespace plancast
