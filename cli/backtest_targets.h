// `plancast backtest HISTORY.csv --targets TARGETS.csv [--out FILE.json] [--forecasts FILE.csv]`:
// the target-attainment backtest (engine/target_backtest.h).
#pragma once

#include <string>

namespace plancast {

// Returns the exit code; throws InputError (exit 2) for bad input, with nothing written.
int RunTargetBacktestCommand(const std::string& history, const std::string& targets, const std::string& out,
                             const std::string& forecasts, int threads);

}  // namespace plancast
