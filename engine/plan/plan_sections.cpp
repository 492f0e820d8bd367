// Reads the `plan:` header and the `goals:` tree.
#include <algorithm>

#include "engine/plan/dates.h"
#include "engine/plan/number_parsing.h"
#include "engine/plan/plan_reading.h"
#include "engine/plan/unsafe_text.h"

namespace plancast {

bool IsValidId(const std::string& id, bool allow_dash) {
  // A scanner, not std::regex, which overflows the stack on very long input.
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (id.empty() || !letter(id[0])) return false;
  return std::all_of(id.begin(), id.end(), [&](char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == '_' || (allow_dash && c == '-');
  });
}

std::string ReadId(const MapFields& fields, bool allow_dash, const LoadContext& context) {
  std::optional<std::string> id = fields.Text("id", true);
  if (!id) return "";
  const YAML::Node& node = *fields.Find("id");
  if (auto found = FindNonAsciiInId(*id)) {
    // Name what hides: an invisible, a direction-changing or a look-alike
    // letter, at its own column (a quoted id starts one column later).
    SourceLocation at = context.Where(node);
    if (at.line > 0) at.column += static_cast<int>(found->character) + (node.Tag() == "!" ? 1 : 0);
    context.diagnostics->Error(at,
                               "id " + DescribeNodeType(node) + " contains " + found->description + " at column " +
                                   std::to_string(at.column),
                               "ids are ASCII: letters, digits and '_'" + std::string(allow_dash ? " or '-'" : "") +
                                   "; retype it, and put the readable name in 'name'");
    return DescribeNodeType(node);
  }
  if (id->size() > kMaxIdLength) {
    context.Error(node, "id is " + std::to_string(id->size()) + " characters long; the limit is " +
                            std::to_string(kMaxIdLength),
                  "ids name output folders and files; keep them short, e.g. rd_gdp_share, and put the "
                  "readable name in 'name'");
    return DescribeNodeType(node);
  }
  if (!IsValidId(*id, allow_dash)) {
    context.Error(*fields.Find("id"), "id " + DescribeNodeType(*fields.Find("id")) + " is not a valid identifier",
                  std::string("start with a letter, then use letters, digits and '_'") +
                      (allow_dash ? " or '-'" : "") + ", e.g. rd_gdp_share; put the readable name in 'name'");
    // The plan is rejected anyway; keep later messages that name it short.
    if (id->size() > 40) return DescribeNodeType(*fields.Find("id"));
  }
  return *id;
}

namespace {

void ReadPeriod(const MapFields& fields, const LoadContext& context, Plan* plan) {
  const YAML::Node* node = fields.Find("period");
  if (node == nullptr) {
    fields.Text("period", true);  // reports the missing key
    return;
  }
  if (!node->IsMap()) {
    context.Error(*node, "'period' should be a map, not " + DescribeNodeType(*node),
                  "write period: {start: 2021, end: 2025}");
    return;
  }
  MapFields period(*node, {"start", "end"}, "period", context);
  plan->period_start = period.Year("start", true).value_or(0);
  plan->period_end = period.Year("end", true).value_or(0);
}

void ReadThresholds(const MapFields& fields, const LoadContext& context, Plan* plan) {
  const YAML::Node* node = fields.Find("status_thresholds");
  if (node == nullptr) return;
  if (!node->IsMap()) {
    context.Error(*node, "'status_thresholds' should be a map, not " + DescribeNodeType(*node),
                  "write status_thresholds: {on_track: 0.75, at_risk: 0.40}");
    return;
  }
  MapFields thresholds(*node, {"on_track", "at_risk"}, "status_thresholds", context);
  plan->thresholds.on_track = thresholds.Number("on_track", false).value_or(plan->thresholds.on_track);
  plan->thresholds.at_risk = thresholds.Number("at_risk", false).value_or(plan->thresholds.at_risk);
}

void ReadGoal(const YAML::Node& node, const std::string& parent, const LoadContext& context, Plan* plan) {
  if (!node.IsMap()) {
    context.Error(node, "a goal should be a map with id and name, not " + DescribeNodeType(node),
                  "write - id: talent\n        name: ...");
    return;
  }
  MapFields fields(node, {"id", "name", "description", "weight", "children"}, "goal", context);
  Goal goal;
  goal.id = ReadId(fields, false, context);
  goal.name = fields.Text("name", true).value_or("");
  goal.description = fields.Text("description", false).value_or("");
  goal.parent = parent;
  goal.weight = fields.Number("weight", false).value_or(1.0);
  if (goal.weight < 0) {
    context.Error(*fields.Find("weight"), "goal weight must not be negative", "weights are relative, e.g. 1 or 2");
  }
  goal.where = fields.Where();
  size_t index = plan->goals.size();
  plan->goals.push_back(goal);
  const YAML::Node* children = fields.Find("children");
  if (children == nullptr || children->IsNull()) return;
  if (!children->IsSequence()) {
    context.Error(*children, "'children' should be a list of goals, not " + DescribeNodeType(*children),
                  "start each child goal with '- id: ...'");
    return;
  }
  for (const YAML::Node& child : *children) {
    size_t child_index = plan->goals.size();
    ReadGoal(child, goal.id, context, plan);
    if (plan->goals.size() > child_index) plan->goals[index].children.push_back(plan->goals[child_index].id);
  }
}

}  // namespace

void ReadPlanSection(const YAML::Node& node, const LoadContext& context, Plan* plan) {
  if (!node.IsMap()) {
    context.Error(node, "'plan' should be a map, not " + DescribeNodeType(node),
                  "write plan: followed by indented id, name, period, baseline_year");
    return;
  }
  MapFields fields(node,
                   {"id", "name", "region", "period", "baseline_year", "as_of", "language", "status_thresholds"},
                   "plan", context);
  plan->where = fields.Where();
  plan->id = ReadId(fields, true, context);
  plan->name = fields.Text("name", true).value_or("");
  plan->region = fields.Text("region", false).value_or("");
  ReadPeriod(fields, context, plan);
  plan->baseline_year = fields.Year("baseline_year", true).value_or(0);
  if (std::optional<std::string> as_of = fields.Text("as_of", false)) {
    plan->as_of = ParseIsoDate(*as_of);
    if (!plan->as_of) {
      context.Error(*fields.Find("as_of"), "'as_of' must be a date written YYYY-MM-DD, not " + DescribeNodeType(*fields.Find("as_of")),
                    "e.g. as_of: 2021-06-30 (a real calendar date, with zero-padded month and day)");
    }
  }
  // Choice() has checked the code against the table, so ParseLanguage cannot fail here.
  plan->language = ParseLanguage(fields.Choice("language", LanguageCodes(), false).value_or("zh")).value_or(Language::kZh);
  ReadThresholds(fields, context, plan);
}

void ReadGoals(const YAML::Node& node, const LoadContext& context, Plan* plan) {
  if (node.IsNull()) return;
  if (!node.IsSequence()) {
    context.Error(node, "'goals' should be a list, not " + DescribeNodeType(node),
                  "start each goal with '- id: ...'");
    return;
  }
  for (const YAML::Node& goal : node) ReadGoal(goal, "", context, plan);
}

}  // namespace plancast
