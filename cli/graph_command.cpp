// `plancast graph PLAN.yaml [--format dot|json]`: the plan's goal/indicator graph.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/plan_input.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/goal_graph.h"

namespace plancast {

CommandRunner SetupGraphCommand(CLI::App& command) {
  auto path = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("dot");
  command.add_option("PLAN", *path, "Plan file (YAML)")->required();
  command.add_option("--format", *format, "dot (Graphviz: pipe into `dot -Tsvg`) or json")
      ->check(CLI::IsMember({"dot", "json"}));
  return [path, format]() {
    const Plan plan = LoadPlanOrThrow(*path);
    Diagnostics diagnostics;
    const std::optional<GoalGraph> graph = GoalGraph::Build(plan, &diagnostics);
    if (!graph) throw InputError(std::move(diagnostics));
    std::cout << (*format == "json" ? graph->ToJson() : graph->ToDot());
    return kExitOk;
  };
}

}  // namespace plancast
