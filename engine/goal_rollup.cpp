#include "engine/goal_rollup.h"

#include <map>
#include <string>

namespace plancast {
namespace {

void CollectSubtree(const std::string& goal_id, const std::map<std::string, const Goal*>& goals,
                    std::vector<std::string>* ids) {
  ids->push_back(goal_id);
  const auto it = goals.find(goal_id);
  if (it == goals.end()) return;
  for (const std::string& child : it->second->children) CollectSubtree(child, goals, ids);
}

}  // namespace

std::vector<GoalResult> RollUpGoals(const Plan& plan, const std::vector<IndicatorResult>& results) {
  std::map<std::string, const Goal*> goals;
  for (const Goal& goal : plan.goals) goals[goal.id] = &goal;

  std::vector<GoalResult> rolled;
  for (const Goal& goal : plan.goals) {
    GoalResult g;
    g.goal = &goal;
    g.child_ids = goal.children;
    std::vector<std::string> subtree;
    CollectSubtree(goal.id, goals, &subtree);
    bool has_verdict = false;
    TargetStatus worst = TargetStatus::kAchieved;
    for (size_t i = 0; i < plan.indicators.size(); ++i) {
      const Indicator& indicator = plan.indicators[i];
      bool in_goal = false, direct = false;
      for (const std::string& id : indicator.goals) {
        for (const std::string& s : subtree) in_goal = in_goal || s == id;
        direct = direct || id == goal.id;
      }
      if (direct) g.indicator_ids.push_back(indicator.id);
      if (!in_goal) continue;
      const TargetStatus s = results[i].status;
      ++g.counts[static_cast<int>(s)];
      if (s == TargetStatus::kInsufficientData) continue;
      if (!has_verdict || RiskRank(s) < RiskRank(worst)) worst = s;
      has_verdict = true;
    }
    g.status = has_verdict ? worst : TargetStatus::kInsufficientData;
    rolled.push_back(std::move(g));
  }
  return rolled;
}

}  // namespace plancast
