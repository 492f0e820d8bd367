// Reads `scenarios:`: named sets of pace overrides for chosen indicators.
#include <algorithm>

#include <fmt/format.h>

#include <cmath>

#include "engine/plan/plan_reading.h"

namespace plancast {
namespace {

void ReadOverride(const YAML::Node& node, const LoadContext& context, const std::vector<std::string>& indicator_ids,
                  Scenario* scenario) {
  if (!node.IsMap()) {
    context.Error(node, "an override should be a map {indicator, growth | slope}, not " + DescribeNodeType(node),
                  "e.g. - {indicator: industrial_rd_expenses, from_year: 2022, growth: 12}");
    return;
  }
  MapFields fields(node, {"indicator", "from_year", "growth", "slope"}, "scenario override", context);
  ScenarioOverride change;
  change.where = fields.Where();
  std::optional<std::string> id = fields.Text("indicator", true);
  if (id && std::find(indicator_ids.begin(), indicator_ids.end(), *id) == indicator_ids.end()) {
    std::string closest = ClosestMatch(*id, indicator_ids);
    context.Error(*fields.Find("indicator"), "scenario '" + scenario->name + "' overrides unknown indicator '" +
                                                 *id + "'",
                  closest.empty() ? "use an id from 'indicators:'" : "did you mean '" + closest + "'?");
    id.reset();
  }
  change.from_year = fields.Year("from_year", false).value_or(0);
  std::optional<double> growth = fields.Number("growth", false);
  std::optional<double> slope = fields.Number("slope", false);
  if ((fields.Find("growth") != nullptr) == (fields.Find("slope") != nullptr)) {
    context.Error(node, "an override needs exactly one of 'growth' (%/yr) or 'slope' (units/yr)",
                  "e.g. growth: 12 for +12% a year, or slope: 0.1 for +0.1 points a year");
    return;
  }
  // A growth of -100 %/yr or less is impossible for a positive series (it
  // projected 2.0 to -2); above +1000 %/yr (x11 a year) is a typo, and 1e99
  // overflowed to a null projection that was still judged on_track.
  if (growth && (*growth <= kMinScenarioGrowth || *growth > kMaxScenarioGrowth)) {
    context.Error(*fields.Find("growth"),
                  fmt::format("scenario growth {} %/yr is outside ({}, {}]", *growth, kMinScenarioGrowth,
                              kMaxScenarioGrowth),
                  *growth <= kMinScenarioGrowth ? "a series cannot shrink by 100% or more a year; for a fall to "
                                                  "zero or below use slope (units/yr)"
                                                : "growth is in percent a year: 12 means +12%/yr");
    return;
  }
  if (slope && std::fabs(*slope) > kMaxScenarioSlope) {
    context.Error(*fields.Find("slope"), fmt::format("scenario slope {} units/yr is beyond ±{}", *slope, kMaxScenarioSlope),
                  "slope is the change in the indicator's unit per year");
    return;
  }
  if (!id || (!growth && !slope)) return;
  change.indicator = *id;
  change.kind = growth ? PaceKind::kGrowthRate : PaceKind::kSlope;
  change.pace = growth ? *growth : *slope;
  scenario->overrides.push_back(change);
}

void ReadScenario(const YAML::Node& node, const LoadContext& context, const std::vector<std::string>& indicator_ids,
                  Plan* plan) {
  if (!node.IsMap()) {
    context.Error(node, "a scenario should be a map {name, overrides}, not " + DescribeNodeType(node),
                  "start each scenario with '- name: ...'");
    return;
  }
  MapFields fields(node, {"name", "description", "overrides"}, "scenario", context);
  Scenario scenario;
  scenario.where = fields.Where();
  scenario.name = fields.Text("name", true).value_or("");
  scenario.description = fields.Text("description", false).value_or("");
  for (const Scenario& other : plan->scenarios) {
    if (!scenario.name.empty() && other.name == scenario.name) {
      context.Error(*fields.Find("name"), "duplicate scenario name '" + scenario.name + "'",
                    "already used at line " + std::to_string(other.where.line) + "; give each scenario its own name");
    }
  }
  const YAML::Node* overrides = fields.Find("overrides");
  if (overrides == nullptr || !overrides->IsSequence() || overrides->size() == 0) {
    context.Error(overrides ? *overrides : node, "scenario '" + scenario.name + "' needs a list of overrides",
                  "overrides: [{indicator: ..., growth: ...}]");
  } else {
    for (const YAML::Node& o : *overrides) ReadOverride(o, context, indicator_ids, &scenario);
  }
  plan->scenarios.push_back(scenario);
}

}  // namespace

void ReadScenarios(const YAML::Node& node, const LoadContext& context, Plan* plan) {
  if (node.IsNull()) return;
  if (!node.IsSequence()) {
    context.Error(node, "'scenarios' should be a list, not " + DescribeNodeType(node),
                  "start each scenario with '- name: ...'");
    return;
  }
  std::vector<std::string> indicator_ids;
  for (const Indicator& indicator : plan->indicators) indicator_ids.push_back(indicator.id);
  for (const YAML::Node& scenario : node) ReadScenario(scenario, context, indicator_ids, plan);
}

}  // namespace plancast
