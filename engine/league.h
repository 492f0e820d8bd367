// What a run over a plan's regions keeps for the league tables: per
// indicator, one row per region and one for the total. The regions' full
// assessments are rendered and written as they are made, not kept.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/assessment.h"

namespace plancast {

struct LeagueRow {
  std::string region_id;  // kTotalRegionId for the total
  std::string region_name;
  std::string parent;
  std::optional<YearValue> latest;
  std::optional<ProjectionSummary> projection;
  std::optional<double> p_meet;
  std::optional<Target> target;
  std::optional<Pace> required_annual_change;
  std::optional<Pace> historical_annual_change;
  TargetStatus status = TargetStatus::kInsufficientData;
  // How far the region's median falls short of its own target (in the
  // indicator's direction, 0 when it meets it), times its share in the
  // total (1 for a sum, 1/N for a mean or a weighted mean).
  std::optional<double> shortfall_contribution;
};

struct LeagueIndicator {
  const Indicator* indicator = nullptr;  // of the plan with regions
  std::vector<LeagueRow> regions;        // in plan order
  std::optional<LeagueRow> total;        // set for indicators with `aggregate:`
  // Sum over the regions of P(meet): the expected number of regions that
  // meet their target (for a shared rank target "top k", exactly k).
  std::optional<double> expected_regions_meeting;
  std::vector<size_t> held_back;  // indices into `regions`, largest shortfall contribution first (at most 5)
};

struct League {
  const Plan* plan = nullptr;  // the plan with regions
  RunInfo run;
  std::vector<LeagueIndicator> indicators;  // in plan order
};

// The row of `result` for the league.
LeagueRow LeagueRowOf(const Region& region, const IndicatorResult& result);

}  // namespace plancast
