// Checks across a whole plan once every section has been read.
//
// Works on the plain Plan structs (no YAML), so it also guards plans built in
// code. Reports every problem: period and baseline consistency, status
// thresholds, ids shared by two goals/indicators, target years outside the
// plan period, values outside an indicator's bounds, growth pace on
// non-positive values, rank targets on increasing indicators.
#pragma once

#include "engine/plan/diagnostics.h"
#include "engine/plan/types.h"

namespace plancast {

void ValidatePlan(const Plan& plan, Diagnostics* diagnostics);

// The checks of one indicator (values in bounds, growth on positive values,
// basis shifts, its target); used for each region's copy of an indicator.
void ValidateIndicator(const Plan& plan, const Indicator& indicator, Diagnostics* diagnostics);

}  // namespace plancast
