// Reading the sections of a plan's YAML tree into Plan structs (loader internals).
//
// Includes yaml-cpp through yaml_fields.h: only the loader's .cpp files may
// include this header. Each function reports every problem it finds in its
// section and fills in what it could read.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "engine/plan/types.h"
#include "engine/plan/yaml_fields.h"

namespace plancast {

// True when `id` is usable as an identifier: a letter, then letters, digits
// or '_' (ids appear in file names and, later, in formulas). Plan ids may
// also contain '-'.
bool IsValidId(const std::string& id, bool allow_dash = false);

// The longest id (plan, goal, indicator): a plan id names the output folder
// out/<id>, whose staging folder ".<id>.plancast-stage-PID-RANDOM" must stay
// within a file name's 255 bytes; `validate` refuses what `forecast` could
// not write.
constexpr std::size_t kMaxIdLength = 100;

// Scenario paces (docs/plan-format.md): growth in %/yr within (-100, 1000],
// slope in units/yr within ±1e50 (times a century of years stays far from
// double's limit).
constexpr double kMinScenarioGrowth = -100.0;
constexpr double kMaxScenarioGrowth = 1000.0;
constexpr double kMaxScenarioSlope = 1e50;

// The most values one indicator's history may hold (docs/reliability.md).
constexpr std::size_t kMaxHistoryPoints = 10000;

// Reads `id` (required) from `fields` and checks its form.
std::string ReadId(const MapFields& fields, bool allow_dash, const LoadContext& context);

// The `plan:` section into the plan's header fields.
void ReadPlanSection(const YAML::Node& node, const LoadContext& context, Plan* plan);

// The `goals:` tree, flattened parents-first into plan->goals.
void ReadGoals(const YAML::Node& node, const LoadContext& context, Plan* plan);

// The `indicators:` list; references to goals are checked against plan->goals.
void ReadIndicators(const YAML::Node& node, const LoadContext& context, Plan* plan);

// An indicator's `history:` (sorted by time; after `measure:` is read, since
// flows and levels of a sub-annual period sit at different times).
void ReadHistory(const MapFields& indicator_fields, const LoadContext& context, Indicator* indicator);

// An indicator's `basis_shifts:` (after its history, to check the bases named).
void ReadBasisShifts(const MapFields& indicator_fields, const LoadContext& context, Indicator* indicator);

// An indicator's `target:` (a map, or `none`) or `targets:` (a list of maps);
// reports a missing target. The plan's period (read before) picks the
// plan-period target of a list (Indicator::target) and bounds `annual:` years.
void ReadTarget(const MapFields& indicator_fields, const LoadContext& context, const Plan& plan, Indicator* indicator);

// `regions:` into plan->regions (ids checked, `total` reserved).
void ReadRegions(const YAML::Node& node, const LoadContext& context, Plan* plan);

// An indicator's `aggregate:`, `weight:`, `rank_of:` and `region_targets:`
// (their references are checked against the plan in ValidatePlan).
void ReadRegionalKeys(const MapFields& indicator_fields, const LoadContext& context, const Plan& plan, Indicator* indicator);

// The `scenarios:` list; overridden indicators are checked against plan->indicators.
void ReadScenarios(const YAML::Node& node, const LoadContext& context, Plan* plan);

}  // namespace plancast
