// Assessing a plan: forecast every indicator and judge it against its target.
//
//   Plan -> GoalGraph (evaluation order) -> projections (measured: ForecastSeries;
//   derived: formula over input draws; scenario overrides) -> verdicts per
//   indicator (target_judge) -> goal roll-up.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/assessment.h"
#include "engine/projection.h"
#include "engine/plan/types.h"
#include "models/forecast_method.h"

namespace plancast {

struct AssessOptions {
  // The run sees only what was known on this day: annual observations for
  // years that end after it are ignored. REQUIRED: a valid date.
  boost::gregorian::date as_of;
  // Seed of every random draw, recorded in the report. Same plan, as-of and
  // seed give byte-identical reports.
  std::uint64_t seed = 20210101;
  // Forecast method (models/forecast_method.h); the default combination for plans.
  ForecastMethod method = ForecastMethod::kDefault;
  // Scenario name from the plan's `scenarios:`; empty for the baseline trend.
  std::string scenario;
  // Responsible unit (`owner:`): when set, the assessment keeps only its
  // indicators and the goals above them (engine/owner_scope.h). Empty: all.
  std::string owner;
  // How many years past the last target year to simulate (crossing years).
  int crossing_search_years = 10;
  // Called on each measured indicator (plan index, its projection) right
  // after it is projected, before any derived indicator reads it: a plan with
  // regions reads each region's draws here and puts the peers' ranks and the
  // regions' totals in (engine/regional_assess.h). Called in evaluation order.
  std::function<void(const Plan& visible, size_t index, IndicatorProjection* measured)> adjust_measured;
};

// The projection settings AssessPlan uses for `plan` (horizon: the last target
// year plus options.crossing_search_years).
ProjectionSettings ProjectionSettingsFor(const Plan& plan, const AssessOptions& options);

// REQUIRES: `plan` passed validation (not re-checked: that would run
// ValidatePlan twice per forecast; LoadPlan is the gate). The Assessment keeps its own copy of the
// plan as seen at as-of (Assessment::visible_plan).
// Throws InputError for problems only visible as a graph (formula cycles,
// unknown formula inputs) and for an unknown scenario or owner name.
Assessment AssessPlan(const Plan& plan, const AssessOptions& options);

// The projections AssessPlan judges under the baseline trend (options.scenario
// and options.owner are not applied), simulated through at least
// `through_year`: the same forecaster, seed and draws. What `plancast propose`
// reads. Throws InputError like AssessPlan for graph problems.
struct PlanProjections {
  std::shared_ptr<const Plan> plan;  // as seen at as-of; projections[i] is of plan->indicators[i]
  std::vector<IndicatorProjection> projections;
};
PlanProjections ProjectPlan(const Plan& plan, const AssessOptions& options, int through_year);

}  // namespace plancast
