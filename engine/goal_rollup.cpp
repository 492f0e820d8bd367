#include "engine/goal_rollup.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>

#include "engine/simulation.h"
#include "engine/target_rules.h"

namespace plancast {
namespace {

struct Child {
  double weight = 1.0;
  std::optional<double> score;
  TargetStatus status = TargetStatus::kInsufficientData;
};

class RollUp {
 public:
  RollUp(const Plan& plan, const std::vector<IndicatorResult>& results,
         const std::vector<std::vector<std::uint8_t>>& met)
      : plan_(plan), results_(results), met_(met) {}

  // Rolls up one node whose direct children are `goal_children` (indices into
  // plan.goals, already rolled up) and indicators `indicators` (with weights).
  GoalResult Combine(const std::vector<size_t>& goal_children, const std::vector<std::pair<size_t, double>>& indicators,
                     const std::vector<GoalResult>& done) const {
    GoalResult g;
    std::vector<Child> children;
    for (size_t c : goal_children) {
      const GoalResult& sub = done[c];
      children.push_back({plan_.goals[c].weight, sub.progress_score, sub.status});
      for (int s = 0; s < kTargetStatusCount; ++s) g.counts[s] += sub.counts[s];
    }
    for (const auto& [i, weight] : indicators) {
      const IndicatorResult& r = results_[i];
      const bool achieved = r.status == TargetStatus::kAchieved;
      children.push_back({weight, achieved ? std::optional<double>(1.0) : r.p_meet, r.status});
      ++g.counts[static_cast<int>(r.status)];
    }
    double weighted = 0, total = 0;
    bool all_achieved = true, any_verdict = false;
    for (const Child& c : children) {
      if (!IsVerdict(c.status)) continue;
      any_verdict = true;
      all_achieved = all_achieved && c.status == TargetStatus::kAchieved;
      if (c.score && c.weight > 0) weighted += c.weight * *c.score, total += c.weight;
    }
    if (total > 0) g.progress_score = weighted / total;
    if (!any_verdict) {
      g.status = TargetStatus::kInsufficientData;
      g.status_reason = "no indicator below this goal can be judged yet";
      return g;
    }
    if (all_achieved) {
      g.status = TargetStatus::kAchieved;
    } else if (g.progress_score) {
      g.status = StatusFromProbability(*g.progress_score, plan_.thresholds);
      g.status_reason = fmt::format("weighted progress score {:.0f}%", *g.progress_score * 100);
    } else {
      // Only milestones below: the worst of their states.
      g.status = TargetStatus::kAchieved;
      for (const Child& c : children) {
        if (IsVerdict(c.status) && RiskRank(c.status) < RiskRank(g.status)) g.status = c.status;
      }
    }
    return g;
  }

  // Binding verdicts in a subtree decide p(all binding) and the veto.
  void ApplyBinding(const std::vector<size_t>& subtree_indicators, GoalResult* g) const {
    std::vector<std::uint8_t> all(kDraws, 1);
    bool any = false;
    for (size_t i : subtree_indicators) {
      const IndicatorResult& r = results_[i];
      if (!r.indicator->binding) continue;
      if (RiskRank(r.status) < RiskRank(g->status) && IsVerdict(r.status)) {
        g->status_reason = fmt::format("held at {} by binding indicator {} ({})", TargetStatusToString(r.status),
                                       r.indicator->id, r.indicator->name);
        g->status = r.status;
        g->held_by = r.indicator->id;
      }
      if (!met_[i].empty()) {
        any = true;
        for (size_t d = 0; d < kDraws; ++d) all[d] &= met_[i][d];
      } else if (r.milestone && r.status == TargetStatus::kOffTrack) {
        any = true;
        std::fill(all.begin(), all.end(), 0);  // an overdue binding milestone is missed in every draw
      }
    }
    if (!any) return;
    size_t hits = 0;
    for (std::uint8_t a : all) hits += a;
    g->p_all_binding = static_cast<double>(hits) / kDraws;
  }

 private:
  const Plan& plan_;
  const std::vector<IndicatorResult>& results_;
  const std::vector<std::vector<std::uint8_t>>& met_;
};

// Each indicator once, even when it serves several goals of the subtree.
void CountStatuses(const std::vector<IndicatorResult>& results, const std::vector<size_t>& indicators,
                   GoalResult* g) {
  std::fill(std::begin(g->counts), std::end(g->counts), 0);
  for (size_t i : indicators) ++g->counts[static_cast<int>(results[i].status)];
}

double WeightIn(const Indicator& indicator, const std::string& goal) {
  const auto it = indicator.goal_weights.find(goal);
  return it == indicator.goal_weights.end() ? 1.0 : it->second;
}

}  // namespace

void RollUpGoals(const Plan& plan, const std::vector<IndicatorResult>& results,
                 const std::vector<std::vector<std::uint8_t>>& met_by_draw, std::vector<GoalResult>* goals,
                 GoalResult* overall) {
  // Out of order or short, the roll-up would credit the wrong goals (or read
  // past the end) without a sign: checked in Release too, it costs one pass.
  bool aligned = results.size() == plan.indicators.size() && met_by_draw.size() == results.size();
  for (size_t i = 0; aligned && i < results.size(); ++i)
    aligned = results[i].indicator && results[i].indicator->id == plan.indicators[i].id;
  if (!aligned) throw std::logic_error("RollUpGoals: results and draws must be in plan.indicators order");
  std::map<std::string, size_t> index;
  for (size_t g = 0; g < plan.goals.size(); ++g) index[plan.goals[g].id] = g;
  std::vector<std::vector<size_t>> subtree(plan.goals.size());  // indicators anywhere below each goal
  const RollUp rollup(plan, results, met_by_draw);

  goals->assign(plan.goals.size(), GoalResult{});
  // plan.goals lists parents before children: walk it backwards.
  for (size_t g = plan.goals.size(); g-- > 0;) {
    const Goal& goal = plan.goals[g];
    std::vector<size_t> child_goals;
    for (const std::string& c : goal.children) {
      if (index.count(c)) child_goals.push_back(index[c]);
    }
    std::vector<std::pair<size_t, double>> direct;
    for (size_t i = 0; i < plan.indicators.size(); ++i) {
      for (const std::string& id : plan.indicators[i].goals) {
        if (id == goal.id) direct.emplace_back(i, WeightIn(plan.indicators[i], goal.id));
      }
    }
    GoalResult result = rollup.Combine(child_goals, direct, *goals);
    for (const auto& [i, w] : direct) subtree[g].push_back(i);
    for (size_t c : child_goals) subtree[g].insert(subtree[g].end(), subtree[c].begin(), subtree[c].end());
    std::sort(subtree[g].begin(), subtree[g].end());  // an indicator may serve several sub-goals
    subtree[g].erase(std::unique(subtree[g].begin(), subtree[g].end()), subtree[g].end());
    rollup.ApplyBinding(subtree[g], &result);
    CountStatuses(results, subtree[g], &result);
    result.goal = &goal;
    result.child_ids = goal.children;
    for (const auto& [i, w] : direct) result.indicator_ids.push_back(plan.indicators[i].id);
    (*goals)[g] = std::move(result);
  }

  std::vector<size_t> top_goals, all_indicators;
  std::vector<std::pair<size_t, double>> loose;
  for (size_t g = 0; g < plan.goals.size(); ++g) {
    if (plan.goals[g].parent.empty()) top_goals.push_back(g);
  }
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    all_indicators.push_back(i);
    if (plan.indicators[i].goals.empty()) loose.emplace_back(i, 1.0);
  }
  *overall = rollup.Combine(top_goals, loose, *goals);
  rollup.ApplyBinding(all_indicators, overall);
  CountStatuses(results, all_indicators, overall);
  for (size_t g : top_goals) overall->child_ids.push_back(plan.goals[g].id);
  for (const auto& [i, w] : loose) overall->indicator_ids.push_back(plan.indicators[i].id);
}

}  // namespace plancast
