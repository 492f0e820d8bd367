// `forecast --owner NAME`: the report of one responsible unit (牵头单位).
//
// The whole plan is projected (a unit's derived indicator may use another
// unit's figures); then the results are narrowed to the unit's indicators and
// the goals above them, and the roll-up is computed again over what is kept.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/plan/types.h"

namespace plancast {

// Every distinct `owner:` in plan order.
std::vector<std::string> PlanOwners(const Plan& plan);

// Indices (plan order) of the indicators whose owner is `owner`. Throws
// InputError (exit 2) listing the plan's owners, with "did you mean", when
// no indicator has it.
std::vector<size_t> OwnerIndicatorsOrThrow(const Plan& plan, const std::string& owner);

// A copy of `plan` with only the indicators at `kept` and the goals that have
// one of them in their subtree (children lists pruned to match).
Plan ScopePlan(const Plan& plan, const std::vector<size_t>& kept);

}  // namespace plancast
