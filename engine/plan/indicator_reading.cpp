// Reads the `indicators:` list: fields, history, target and goal references.
#include <algorithm>
#include <cmath>

#include "engine/plan/number_parsing.h"
#include "engine/plan/plan_reading.h"

namespace plancast {
namespace {

const std::vector<std::string> kIndicatorKeys = {
    "id",      "name",    "unit",   "direction", "bounds", "binding", "pace",   "measure", "goals",
    "goal",    "formula", "history", "basis_shifts", "publication_lag_days", "target", "targets", "source", "note",
    "owner", "aggregate", "weight", "rank_of", "region_targets"};

void ReadBounds(const MapFields& fields, const LoadContext& context, Indicator* indicator) {
  const YAML::Node* node = fields.Find("bounds");
  if (node == nullptr || node->IsNull()) return;
  if (!node->IsSequence() || node->size() != 2) {
    context.Error(*node, "'bounds' should be a list of two numbers [lo, hi], not " + DescribeNodeType(*node),
                  "e.g. bounds: [0, 100] for a share, [1, 89] for a rank, [0, .inf] for a count");
    return;
  }
  std::optional<double> lo = ScalarNumber((*node)[0], "bounds", context, true);
  std::optional<double> hi = ScalarNumber((*node)[1], "bounds", context, true);
  if (!lo || !hi) return;
  if (!(*lo < *hi)) {
    context.Error(*node, "'bounds' lower end must be below the upper end", "write [lo, hi], e.g. [0, 100]");
    return;
  }
  indicator->bounds = Bounds{*lo, *hi};
}

void ReadGoalRefs(const MapFields& fields, const LoadContext& context, const std::vector<std::string>& goal_ids,
                  Indicator* indicator) {
  std::vector<YAML::Node> refs;
  if (const YAML::Node* goal = fields.Find("goal")) refs.push_back(*goal);
  if (const YAML::Node* goals = fields.Find("goals")) {
    if (goals->IsSequence()) {
      for (const YAML::Node& g : *goals) refs.push_back(g);
    } else if (!goals->IsNull()) {
      refs.push_back(*goals);  // a single id is accepted too
    }
  }
  if (refs.empty() && !goal_ids.empty()) {
    context.Warning(fields.node(), "indicator '" + indicator->id + "' is not attached to any goal",
                    "add goals: [goal_id] so it counts in the goal roll-up");
  }
  for (const YAML::Node& ref : refs) {
    // An item is a goal id, or {id: goal_id, weight: w} to weigh this
    // indicator in that goal's roll-up.
    std::optional<std::string> id;
    std::optional<double> weight = std::nullopt;
    if (ref.IsMap()) {
      MapFields item(ref, {"id", "weight"}, "goal reference", context);
      id = item.Text("id", true);
      weight = item.Number("weight", false);
      if (weight && !(*weight >= 0)) {
        context.Error(*item.Find("weight"), "goal weight must not be negative", "weights are relative, e.g. 1 or 2");
        weight.reset();
      }
    } else {
      id = ScalarText(ref, "goals", context);
    }
    if (!id) continue;
    if (std::find(goal_ids.begin(), goal_ids.end(), *id) == goal_ids.end()) {
      std::string closest = ClosestMatch(*id, goal_ids);
      context.Error(ref, "indicator '" + indicator->id + "' refers to unknown goal " + DescribeNodeType(ref.IsMap() ? ref["id"] : ref),
                    closest.empty() ? "goal ids are defined under 'goals:' at the top of the file"
                                    : "did you mean '" + closest + "'?");
      continue;
    }
    if (std::find(indicator->goals.begin(), indicator->goals.end(), *id) != indicator->goals.end()) {
      context.Error(ref, "indicator '" + indicator->id + "' lists goal " + DescribeNodeType(ref.IsMap() ? ref["id"] : ref) + " twice",
                    "list each goal once");
      continue;
    }
    indicator->goals.push_back(*id);
    if (weight) indicator->goal_weights[*id] = *weight;
  }
}

void ReadIndicator(const YAML::Node& node, const LoadContext& context, const std::vector<std::string>& goal_ids,
                   Plan* plan) {
  if (!node.IsMap()) {
    context.Error(node, "an indicator should be a map with id, name, unit, ..., not " + DescribeNodeType(node),
                  "start each indicator with '- id: ...'");
    return;
  }
  Indicator indicator;
  MapFields fields(node, kIndicatorKeys, "indicator", context);
  indicator.id = ReadId(fields, false, context);
  indicator.where = fields.Where();
  indicator.name = fields.Text("name", true).value_or("");
  indicator.unit = fields.Text("unit", false).value_or("");
  std::optional<std::string> direction = fields.Choice("direction", {"increase", "decrease"}, true);
  indicator.direction = direction == "decrease" ? Direction::kDecrease : Direction::kIncrease;
  ReadBounds(fields, context, &indicator);
  indicator.binding = fields.Bool("binding").value_or(false);
  if (std::optional<std::string> pace = fields.Choice("pace", {"growth", "slope"}, false)) {
    indicator.pace = *pace == "growth" ? PaceKind::kGrowthRate : PaceKind::kSlope;
  }
  std::optional<std::string> measure = fields.Choice("measure", {"stock", "flow", "year_to_date"}, false);
  indicator.year_to_date = measure == "year_to_date";
  indicator.is_flow = measure == "flow" || indicator.year_to_date;
  if (std::optional<double> lag = fields.Number("publication_lag_days", false)) {
    if (*lag < 0 || *lag != std::floor(*lag) || *lag > 3650) {
      context.Error(*fields.Find("publication_lag_days"), "'publication_lag_days' must be a whole number of days, 0-3650",
                    "e.g. publication_lag_days: 90");
    } else {
      indicator.publication_lag_days = static_cast<int>(*lag);
    }
  }
  ReadGoalRefs(fields, context, goal_ids, &indicator);
  if (std::optional<std::string> formula = fields.Text("formula", false)) {
    indicator.formula = *formula;
    indicator.formula_where = context.Where(*fields.Find("formula"));
    // An empty formula used to make the indicator silently a plain one without data.
    if (formula->find_first_not_of(" \t\r\n") == std::string::npos) {
      context.Error(*fields.Find("formula"), "the formula of '" + indicator.id + "' is empty",
                    "write it over indicator ids, e.g. `high_tech_va / industrial_va * 100`, or remove the key");
    }
    if (const YAML::Node* history = fields.Find("history"); history != nullptr && !history->IsNull()) {
      context.Error(*history, "derived indicator '" + indicator.id + "' has both a formula and a history",
                    "its history is computed from the formula's inputs; remove one of the two");
    }
  }
  ReadHistory(fields, context, &indicator);
  ReadBasisShifts(fields, context, &indicator);
  ReadTarget(fields, context, *plan, &indicator);
  ReadRegionalKeys(fields, context, *plan, &indicator);
  indicator.source = fields.Text("source", false).value_or("");
  indicator.note = fields.Text("note", false).value_or("");
  indicator.owner = fields.Text("owner", false).value_or("");
  if (const YAML::Node* owner = fields.Find("owner"); owner != nullptr && owner->IsScalar() &&
                                                      owner->Scalar().find_first_not_of(" \t") == std::string::npos) {
    context.Error(*owner, "the owner of '" + indicator.id + "' is empty",
                  "name the responsible unit (牵头单位), e.g. owner: 市科技局, or remove the key");
  }
  plan->indicators.push_back(std::move(indicator));
}

}  // namespace

void ReadIndicators(const YAML::Node& node, const LoadContext& context, Plan* plan) {
  if (node.IsNull()) return;
  if (!node.IsSequence()) {
    context.Error(node, "'indicators' should be a list, not " + DescribeNodeType(node),
                  "start each indicator with '- id: ...'");
    return;
  }
  if (node.size() == 0) {
    context.Error(node, "the plan has no indicators", "add at least one indicator under 'indicators:'");
    return;
  }
  std::vector<std::string> goal_ids;
  for (const Goal& goal : plan->goals) goal_ids.push_back(goal.id);
  for (const YAML::Node& indicator : node) ReadIndicator(indicator, context, goal_ids, plan);
}

}  // namespace plancast
