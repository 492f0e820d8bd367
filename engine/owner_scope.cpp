#include "engine/owner_scope.h"

#include <algorithm>
#include <set>

#include "engine/plan/diagnostics.h"

namespace plancast {

std::vector<std::string> PlanOwners(const Plan& plan) {
  std::vector<std::string> owners;
  for (const Indicator& indicator : plan.indicators) {
    if (!indicator.owner.empty() && std::find(owners.begin(), owners.end(), indicator.owner) == owners.end()) {
      owners.push_back(indicator.owner);
    }
  }
  return owners;
}

std::vector<size_t> OwnerIndicatorsOrThrow(const Plan& plan, const std::string& owner) {
  std::vector<size_t> kept;
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    if (plan.indicators[i].owner == owner) kept.push_back(i);
  }
  if (!kept.empty()) return kept;
  const std::vector<std::string> owners = PlanOwners(plan);
  std::string all;
  for (const std::string& o : owners) all += (all.empty() ? "" : ", ") + o;
  const std::string closest = ClosestMatch(owner, owners);
  Diagnostics d;
  d.Error({"--owner", 0, 0}, "no indicator of the plan has owner '" + owner + "'",
          owners.empty() ? "the plan names no owners: add owner: (牵头单位) to its indicators"
                         : (closest.empty() ? "" : "did you mean '" + closest + "'? ") + "owners in this plan: " + all);
  throw InputError(std::move(d));
}

Plan ScopePlan(const Plan& plan, const std::vector<size_t>& kept) {
  Plan scope = plan;
  scope.indicators.clear();
  std::set<std::string> used;  // goals with a kept indicator in their subtree
  for (size_t i : kept) {
    scope.indicators.push_back(plan.indicators[i]);
    for (const std::string& goal : plan.indicators[i].goals) used.insert(goal);
  }
  // Goals are listed parents first: walking backwards carries use up the tree.
  for (auto it = plan.goals.rbegin(); it != plan.goals.rend(); ++it) {
    if (used.count(it->id) && !it->parent.empty()) used.insert(it->parent);
  }
  scope.goals.clear();
  for (const Goal& goal : plan.goals) {
    if (!used.count(goal.id)) continue;
    Goal copy = goal;
    copy.children.erase(std::remove_if(copy.children.begin(), copy.children.end(),
                                       [&](const std::string& child) { return !used.count(child); }),
                        copy.children.end());
    scope.goals.push_back(std::move(copy));
  }
  return scope;
}

}  // namespace plancast
