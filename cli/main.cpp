// `plancast`: a short dispatcher over the subcommand table below.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/unsafe_text.h"

namespace {

struct CommandEntry {
  const char* name;
  const char* help;
  plancast::CommandRunner (*setup)(CLI::App&);
};

// The table is also the source of `plancast --help`.
const CommandEntry kCommands[] = {
    {"forecast", "Forecast every indicator of a plan and write the projected-gap reports",
     plancast::SetupForecastCommand},
    {"validate", "Check a plan file; exit 0 when valid, 2 when not", plancast::SetupValidateCommand},
    {"backtest", "Score the forecaster on held-out years of many series (CSV series_id,period,value)",
     plancast::SetupBacktestCommand},
    {"graph", "Print the plan's goal and indicator graph (Graphviz DOT or JSON)", plancast::SetupGraphCommand},
    {"compare", "What changed between two runs' report.json files", plancast::SetupCompareCommand},
    {"propose", "Values each indicator reaches by a year with given chances, for drafting the next plan's targets",
     plancast::SetupProposeCommand},
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"plancast: tracks a plan's targets and forecasts whether they will be met", "plancast"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("plancast ") + PLANCAST_VERSION);

  std::vector<std::pair<CLI::App*, plancast::CommandRunner>> runners;
  for (const CommandEntry& entry : kCommands) {
    CLI::App* command = app.add_subcommand(entry.name, entry.help);
    runners.emplace_back(command, entry.setup(*command));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" with exit code 0 in CLI11.
    int code = app.exit(e);
    return code == 0 ? plancast::kExitOk : plancast::kExitInvalidInput;
  }

  try {
    for (auto& [command, run] : runners) {
      if (!command->parsed()) continue;
      const int code = run();
      // Reports printed to a full disk or a closed pipe must not look like success.
      std::cout.flush();
      if (!std::cout) {
        std::cerr << "plancast: error: cannot write to standard output: " << std::strerror(errno) << "\n";
        return plancast::kExitInternal;
      }
      return code;
    }
  } catch (const plancast::InputError& e) {
    std::cerr << e.diagnostics().ToString();
    return plancast::kExitInvalidInput;
  } catch (const std::exception& e) {
    std::cerr << "plancast: internal error: " << plancast::EscapeForTerminal(e.what()) << "\n";
    return plancast::kExitInternal;
  }
  return plancast::kExitInternal;
}
