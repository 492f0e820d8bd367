// Reads the `indicators:` list: fields, history, target and goal references.
#include <algorithm>

#include "engine/number_parsing.h"
#include "engine/plan_reading.h"

namespace plancast {
namespace {

const std::vector<std::string> kIndicatorKeys = {
    "id",   "name", "unit",    "direction", "bounds",  "binding", "pace", "measure",
    "goals", "goal", "formula", "history",   "target", "source",  "note"};

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
    std::optional<double> weight;
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
      context.Error(ref, "indicator '" + indicator->id + "' refers to unknown goal '" + *id + "'",
                    closest.empty() ? "goal ids are defined under 'goals:' at the top of the file"
                                    : "did you mean '" + closest + "'?");
      continue;
    }
    if (std::find(indicator->goals.begin(), indicator->goals.end(), *id) != indicator->goals.end()) {
      context.Error(ref, "indicator '" + indicator->id + "' lists goal '" + *id + "' twice",
                    "list each goal once");
      continue;
    }
    indicator->goals.push_back(*id);
    if (weight) indicator->goal_weights[*id] = *weight;
  }
}

void ReadObservation(const YAML::Node& key, const YAML::Node& value, const LoadContext& context,
                     Indicator* indicator) {
  std::optional<int> year = key.IsScalar() ? ParseYear(key.Scalar()) : std::nullopt;
  if (!year) {
    // `{2019: 3,5}` reads as 2019: 3 plus a key "5" with no value.
    bool decimal_comma = key.IsScalar() && value.IsNull() && key.Scalar().size() < 4 &&
                         key.Scalar().find_first_not_of("0123456789") == std::string::npos;
    context.Error(key, "history key " + DescribeNodeType(key) + " is not a year",
                  decimal_comma ? "inside {...} a comma separates entries: use a decimal point, e.g. 3.5"
                                : "history lists year: value pairs, e.g. 2020: 3.09");
    return;
  }
  Observation obs;
  obs.year = *year;
  obs.t = *year;
  obs.where = context.Where(value);
  std::optional<double> number;
  if (value.IsMap()) {
    MapFields fields(value, {"value", "note", "source", "basis"}, "history " + key.Scalar(), context);
    number = fields.Number("value", true);
    obs.note = fields.Text("note", false).value_or("");
    obs.source = fields.Text("source", false).value_or("");
    obs.basis = fields.Text("basis", false).value_or("");
    if (const YAML::Node* v = fields.Find("value")) obs.where = context.Where(*v);
  } else {
    number = ScalarNumber(value, "history " + key.Scalar() + " of '" + indicator->id + "'", context);
  }
  if (!number) return;
  obs.value = *number;
  auto same_year = std::find_if(indicator->history.begin(), indicator->history.end(),
                                [&](const Observation& o) { return o.year == obs.year; });
  if (same_year != indicator->history.end()) {
    context.Error(key, "year " + key.Scalar() + " appears twice in the history of '" + indicator->id + "'",
                  "keep one value per year (first at line " + std::to_string(same_year->where.line) + ")");
    return;
  }
  indicator->history.push_back(obs);
}

void ReadHistory(const MapFields& fields, const LoadContext& context, Indicator* indicator) {
  const YAML::Node* node = fields.Find("history");
  if (node == nullptr || node->IsNull()) return;
  if (!node->IsMap()) {
    context.Error(*node, "'history' should be a map of year: value, not " + DescribeNodeType(*node),
                  "e.g. history: {2015: 2.61, 2020: 3.09}");
    return;
  }
  for (auto it = node->begin(); it != node->end(); ++it) {
    context.NoteEmptyValue(it->first, it->second);
    ReadObservation(it->first, it->second, context, indicator);
  }
  std::stable_sort(indicator->history.begin(), indicator->history.end(),
                   [](const Observation& a, const Observation& b) { return a.t < b.t; });
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
  indicator.is_flow = fields.Choice("measure", {"stock", "flow"}, false) == "flow";
  ReadGoalRefs(fields, context, goal_ids, &indicator);
  if (std::optional<std::string> formula = fields.Text("formula", false)) {
    indicator.formula = *formula;
    indicator.formula_where = context.Where(*fields.Find("formula"));
    if (const YAML::Node* history = fields.Find("history"); history != nullptr && !history->IsNull()) {
      context.Error(*history, "derived indicator '" + indicator.id + "' has both a formula and a history",
                    "its history is computed from the formula's inputs; remove one of the two");
    }
  }
  ReadHistory(fields, context, &indicator);
  ReadTarget(fields, context, &indicator);
  indicator.source = fields.Text("source", false).value_or("");
  indicator.note = fields.Text("note", false).value_or("");
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
  std::vector<std::string> goal_ids;
  for (const Goal& goal : plan->goals) goal_ids.push_back(goal.id);
  for (const YAML::Node& indicator : node) ReadIndicator(indicator, context, goal_ids, plan);
}

}  // namespace plancast
