// Builds small plans in code for engine tests, without YAML.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/plan/types.h"

namespace plancast::testing {

inline Plan MakePlan(int start = 2021, int end = 2025) {
  Plan plan;
  plan.file = "test.yaml";
  plan.id = "test";
  plan.name = "Test plan";
  plan.period_start = start;
  plan.period_end = end;
  plan.baseline_year = start - 1;
  plan.as_of = boost::gregorian::date(start, 6, 30);
  return plan;
}

inline Goal& AddGoal(Plan& plan, const std::string& id, const std::string& parent = "", double weight = 1.0) {
  Goal goal;
  goal.id = id;
  goal.name = "Goal " + id;
  goal.parent = parent;
  goal.weight = weight;
  goal.where = {plan.file, static_cast<int>(plan.goals.size()) + 1, 1};
  for (Goal& g : plan.goals) {
    if (g.id == parent) g.children.push_back(id);
  }
  plan.goals.push_back(goal);
  return plan.goals.back();
}

inline Indicator& AddIndicator(Plan& plan, const std::string& id, const std::vector<std::pair<int, double>>& history,
                               std::vector<std::string> goals = {}) {
  Indicator indicator;
  indicator.id = id;
  indicator.name = "Indicator " + id;
  indicator.unit = "units";
  indicator.goals = std::move(goals);
  indicator.where = {plan.file, 100 + static_cast<int>(plan.indicators.size()) * 10, 3};
  for (const auto& [year, value] : history) {
    Observation o;
    o.year = year;
    o.t = year;
    o.value = value;
    indicator.history.push_back(o);
  }
  plan.indicators.push_back(indicator);
  return plan.indicators.back();
}

inline Target LevelTarget(int year, double value, TargetKind kind = TargetKind::kLevel) {
  Target t;
  t.kind = kind;
  t.year = year;
  t.value = value;
  return t;
}

}  // namespace plancast::testing
