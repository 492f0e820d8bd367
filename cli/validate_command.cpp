// `plancast validate PLAN.yaml`: exit 0 when the plan is valid, 2 when not.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/plan_input.h"
#include "engine/plan/unsafe_text.h"

namespace plancast {

CommandRunner SetupValidateCommand(CLI::App& command) {
  auto path = std::make_shared<std::string>();
  command.add_option("PLAN", *path, "Plan file (YAML), e.g. targets/pinghu-2025.yaml")->required();
  return [path]() {
    const Plan plan = LoadPlanOrThrow(*path);
    int with_target = 0;
    for (const Indicator& i : plan.indicators) with_target += i.target ? 1 : 0;
    std::cout << EscapeForTerminal(*path) << ": valid plan '" << plan.id << "': " << plan.goals.size() << " goals, "
              << plan.indicators.size() << " indicators (" << with_target << " with targets)\n";
    return kExitOk;
  };
}

}  // namespace plancast
