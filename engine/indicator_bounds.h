// The range an indicator's values can take, when the plan does not say.
//
// A forecast must not leave the range its quantity lives in: a share measured
// in % does not pass 100, a count of firms or an amount added per year does
// not go below 0. Plans rarely write `bounds:`, so these defaults follow from
// what the indicator is; an explicit `bounds:` always wins.
#pragma once

#include "engine/plan/types.h"

namespace plancast {

// `indicator.bounds` when given; else [0, 100] for a percentage whose history
// lies in that range and is not a growth rate (增速/增长率/growth in its name
// or id: those can fall below zero); else [0, inf) for counts and amounts
// (every figure >= 0, and a growth-rate pace or a flow); else unbounded.
Bounds EffectiveBounds(const Indicator& indicator);

}  // namespace plancast
