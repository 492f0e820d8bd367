// Is an indicator's latest figure older than it should be at as-of?
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>

#include "engine/plan/types.h"

namespace plancast {

// Default delay from the end of a period to its figure being published, when
// the indicator gives no `publication_lag_days`: annual figures appear in the
// statistical bulletins and yearbooks of the following year (~9 months),
// quarterly ones within a quarter, monthly ones within about six weeks.
int DefaultPublicationLagDays(PeriodKind frequency);

struct StalenessCheck {
  std::string next_period;          // label of the figure that should exist, e.g. "2021" or "2021-Q4"
  boost::gregorian::date expected_by;
  int days_late = 0;                // as_of - expected_by, > 0 when stale
};

// When the figure for the period after `latest` should have been published by
// `as_of` but is missing, says which and since when; nullopt when up to date.
std::optional<StalenessCheck> CheckStaleness(const Indicator& indicator, const Observation& latest,
                                             const boost::gregorian::date& as_of);

}  // namespace plancast
