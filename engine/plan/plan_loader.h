// Reads a plan file (YAML, schema v1; see docs/plan-format.md) and validates it.
//
// The entry point of plancast_plan (engine/plan/), the only library that sees
// yaml-cpp; within it, only plan_loader.cpp and the reading files it calls do
// (plan_reading.h, plan_sections.cpp, *_reading.cpp, yaml_fields.*,
// yaml_safety.*); this header keeps yaml-cpp from its callers. Every problem is
// collected, not just the first, each pointing at its line and column.
#pragma once

#include <optional>
#include <string>

#include "engine/plan/diagnostics.h"
#include "engine/plan/history_files.h"
#include "engine/plan/types.h"

namespace plancast {

// Parses and validates plan text. `file_name` is used in messages only.
// Returns the plan when there are no errors; otherwise std::nullopt, with
// every problem in `diagnostics` (warnings may be added either way).
std::optional<Plan> ParsePlan(const std::string& text, const std::string& file_name,
                              Diagnostics* diagnostics);

// The same, reading the plan's `history_files:` through `read_data_file`
// (paths resolved against the folder of `file_name`). The three-argument form
// reads no files: a plan that names history files is an error there.
std::optional<Plan> ParsePlan(const std::string& text, const std::string& file_name, Diagnostics* diagnostics,
                              const DataFileReader& read_data_file);

// Reads `path` and calls ParsePlan with DiskDataFileReader. A missing or unreadable file is an error
// in `diagnostics`, like any other input problem.
std::optional<Plan> LoadPlanFile(const std::string& path, Diagnostics* diagnostics);

}  // namespace plancast
