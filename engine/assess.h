// Assessing a plan: forecast every indicator and judge it against its target.
//
//   Plan --(as-of filter)--> histories --(ForecastSeries)--> projections
//        --(target rules)--> IndicatorResult --(roll-up)--> GoalResult
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <string>

#include "engine/assessment.h"
#include "engine/types.h"

namespace plancast {

struct AssessOptions {
  // The run sees only what was known on this day: annual observations for
  // years that end after it are ignored. REQUIRED: a valid date.
  boost::gregorian::date as_of;
  // Seed of every random draw, recorded in the report. Same plan, as-of and
  // seed give byte-identical reports.
  std::uint64_t seed = 20210101;
  // Forecast method (see ForecastMethodNames()); "default" for plans.
  std::string method = "default";
  // How many years past the target year to look for the crossing year.
  int crossing_search_years = 10;
};

// REQUIRES: `plan` passed validation and outlives the returned Assessment.
Assessment AssessPlan(const Plan& plan, const AssessOptions& options);

// Assesses one indicator (exposed for tests).
IndicatorResult AssessIndicator(const Plan& plan, const Indicator& indicator,
                                const AssessOptions& options);

}  // namespace plancast
