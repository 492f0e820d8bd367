// The subcommands of `plancast`, one file each (cli/<name>_command.cpp).
//
// Each Setup function adds its options to `command` and returns the function
// that runs the command once the arguments are parsed. That function returns
// the process exit code: 0 success, 2 invalid input, 1 internal failure.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace plancast {

using CommandRunner = std::function<int()>;

CommandRunner SetupForecastCommand(CLI::App& command);
CommandRunner SetupValidateCommand(CLI::App& command);
CommandRunner SetupBacktestCommand(CLI::App& command);
CommandRunner SetupCompareCommand(CLI::App& command);
CommandRunner SetupGraphCommand(CLI::App& command);
CommandRunner SetupProposeCommand(CLI::App& command);

// Exit codes shared by every command.
constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitInvalidInput = 2;

}  // namespace plancast
