// Reads the `indicators:` list: fields, history, target and goal references.
#include <algorithm>
#include <set>
#include <unordered_set>

#include "engine/number_parsing.h"
#include "engine/plan_reading.h"

namespace plancast {
namespace {

const std::vector<std::string> kIndicatorKeys = {"id",   "name",  "unit",    "direction", "bounds",
                                                 "binding", "pace", "goals", "goal",      "history",
                                                 "target", "source", "note"};

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
  for (const YAML::Node& ref : refs) {
    std::optional<std::string> id = ScalarText(ref, "goals", context);
    if (!id) continue;
    if (std::find(goal_ids.begin(), goal_ids.end(), *id) == goal_ids.end()) {
      std::string closest = ClosestMatch(*id, goal_ids);
      context.Error(ref, "indicator '" + indicator->id + "' refers to unknown goal '" + *id + "'",
                    closest.empty() ? "goal ids are defined under 'goals:' at the top of the file"
                                    : "did you mean '" + closest + "'?");
      continue;
    }
    if (std::find(indicator->goals.begin(), indicator->goals.end(), *id) == indicator->goals.end()) {
      indicator->goals.push_back(*id);
    }
  }
}

void ReadObservation(const YAML::Node& key, const YAML::Node& value, const LoadContext& context,
                     Indicator* indicator) {
  std::optional<int> year = key.IsScalar() ? ParseYear(key.Scalar()) : std::nullopt;
  if (!year) {
    context.Error(key, "history key " + DescribeNodeType(key) + " is not a year",
                  "history lists year: value pairs, e.g. 2020: 3.09");
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
    number = ScalarNumber(value, "history " + key.Scalar(), context);
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
  for (auto it = node->begin(); it != node->end(); ++it) ReadObservation(it->first, it->second, context, indicator);
  std::stable_sort(indicator->history.begin(), indicator->history.end(),
                   [](const Observation& a, const Observation& b) { return a.t < b.t; });
}

void ReadTarget(const MapFields& fields, const LoadContext& context, Indicator* indicator) {
  const YAML::Node* node = fields.Find("target");
  if (node == nullptr) {
    context.Error(fields.node(), "indicator '" + indicator->id + "' has no target",
                  "add target: {year: 2025, value: ...}, or write 'target: none' to track it without one");
    return;
  }
  if (node->IsScalar() && node->Scalar() == "none") return;
  if (!node->IsMap()) {
    context.Error(*node, "'target' should be a map {year, value}, not " + DescribeNodeType(*node),
                  "write target: {year: 2025, value: ...}, or 'target: none'");
    return;
  }
  MapFields target_fields(*node, {"year", "value", "illustrative", "note", "kind"}, "target", context);
  Target target;
  target.where = target_fields.Where();
  std::optional<int> year = target_fields.Year("year", true);
  std::optional<double> value = target_fields.Number("value", true);
  target.illustrative = target_fields.Bool("illustrative").value_or(false);
  target.note = target_fields.Text("note", false).value_or("");
  // Schema v1 has level targets only; other kinds (issue 3) are named so the
  // error explains itself rather than looking like a typo.
  target_fields.Choice("kind", {"level"}, false);
  if (!year || !value) return;
  target.year = *year;
  target.value = *value;
  indicator->target = target;
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
  ReadGoalRefs(fields, context, goal_ids, &indicator);
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
