// 年度分解: a target's year-by-year path (`annual:`) and how each year with a
// figure stands against it (docs/assessment.md, "Annual path").
#pragma once

#include <vector>

#include "engine/assessment.h"
#include "engine/projection.h"
#include "engine/plan/types.h"

namespace plancast {

// The yearly targets of `target`: as written, or for `annual: even` spread
// from the baseline-year figure along `kind` (equal steps for a slope, equal
// rates for growth; a flow's cumulative total in equal yearly shares, a
// stock's increase in equal steps). Each in the target's quantity: a level
// (growth targets too), a stock's increase since the baseline, a flow's
// amount in that year. Empty when the target has no annual path, or `even`
// lacks the baseline figure it starts from.
std::vector<AnnualStep> AnnualPath(const Plan& plan, const Indicator& indicator, const Target& target,
                                   const IndicatorProjection& projection, PaceKind kind);

}  // namespace plancast
