// `plancast backtest SERIES.csv --horizon H [--out FILE.json] [--forecasts FILE.csv]
//                    [--threads N] [--method NAME[,NAME...]]`
// `plancast backtest HISTORY.csv --targets TARGETS.csv [--out FILE.json] [--forecasts FILE.csv]
//                    [--threads N]`: the target-attainment backtest (cli/backtest_targets.h).
//
// Holds out the last H values of every series, forecasts them with every
// method (plancast's default, each single model, and the references naive,
// drift and theta) and prints one row of scores per method (engine/backtest.h).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/backtest_targets.h"
#include "cli/commands.h"
#include "cli/vocabulary_flags.h"
#include "engine/atomic_output.h"
#include "engine/backtest.h"
#include "engine/input_file.h"
#include "engine/plan/diagnostics.h"
#include "models/forecaster.h"

namespace plancast {
namespace {

// More threads than this only cost memory (each holds its fits); 0 means all cores.
constexpr int kMaxThreads = 256;
// A series CSV above this is refused before reading: the backtest holds one
// hash per series and, for scattered series, every row in memory.
constexpr std::uintmax_t kMaxSeriesBytes = std::uintmax_t{512} << 20;

void CheckSeriesInput(const std::string& path) {
  Diagnostics d;
  CheckInputFile(path, kMaxSeriesBytes, "a series file holds one row per value; split bigger sets into several files", &d);
  if (d.HasErrors()) throw InputError(std::move(d));
}

struct BacktestArgs {
  std::string series;
  int horizon = 0;
  std::string out;
  std::string forecasts;
  int threads = 0;
  std::string methods;
  std::string targets;
};

void PrintTable(const BacktestResult& r, const std::string& path) {
  std::cout << fmt::format(
      "plancast backtest {}: {} series ({} scored, {} too short for H = {}), {} thread(s)\n", path,
      r.series, r.scored, r.too_short, r.horizon, r.threads);
  std::cout << fmt::format("{:<12} {:>8} {:>8} {:>7} {:>7} {:>8} {:>9} {:>9}\n", "method", "sMAPE",
                           "MASE", "cov80", "cov95", "MSIS", "seconds", "fallbacks");
  // No scored series: zeros would read as perfect forecasts. Say "—" and why.
  if (r.scored == 0) {
    for (const MethodScore& m : r.methods) {
      std::cout << fmt::format("{:<12} {:>8} {:>8} {:>7} {:>7} {:>8} {:>9.4f} {:>9}\n", m.name, "—", "—", "—", "—",
                               "—", m.seconds, m.fallbacks);
    }
    std::cout << fmt::format("no series could be scored: every series needs at least H + 2 = {} values\n",
                             r.horizon + 2);
  }
  for (const MethodScore& m : (r.scored == 0 ? std::vector<MethodScore>() : r.methods)) {
    std::cout << fmt::format("{:<12} {:>8.3f} {:>8.4f} {:>7.3f} {:>7.3f} {:>8.3f} {:>9.4f} {:>9}\n",
                             m.name, m.smape, m.mase, m.coverage80, m.coverage95, m.msis, m.seconds,
                             m.fallbacks);
  }
  std::cout << fmt::format("wall time {:.3f} s, {:.0f} series/s; default method: {}\n",
                           r.wall_seconds, r.series_per_second, r.default_method);
  if (r.zero_scale > 0)
    std::cout << fmt::format("{} series with a flat fitting part are left out of MASE and MSIS\n",
                             r.zero_scale);
}

nlohmann::json ToJson(const BacktestResult& r) {
  nlohmann::json methods = nlohmann::json::array();
  for (const MethodScore& m : r.methods) {
    // Scores of no series are null, not 0 (which reads as perfect).
    auto score = [&](double v) { return r.scored == 0 ? nlohmann::json(nullptr) : nlohmann::json(v); };
    methods.push_back({{"name", m.name}, {"smape", score(m.smape)}, {"mase", score(m.mase)},
                       {"coverage80", score(m.coverage80)}, {"coverage95", score(m.coverage95)},
                       {"msis", score(m.msis)}, {"seconds", m.seconds}, {"fallbacks", m.fallbacks},
                       {"points", m.points}});
  }
  return {{"series", r.series},         {"scored", r.scored},
          {"too_short", r.too_short},   {"zero_scale", r.zero_scale},
          {"horizon", r.horizon},       {"threads", r.threads},
          {"methods", methods},         {"default", r.default_method},
          {"wall_seconds", r.wall_seconds}, {"series_per_second", r.series_per_second}};
}

int RunBacktestCommand(const BacktestArgs& args) {
  if (args.threads < 0 || args.threads > kMaxThreads) {
    Diagnostics d;
    d.Error({"--threads", 0, 0},
            "the thread count must be between 1 and " + std::to_string(kMaxThreads) + ", not " +
                std::to_string(args.threads),
            "omit it (or pass 0) to use all cores");
    throw InputError(std::move(d));
  }
  CheckSeriesInput(args.series);
  if (!args.targets.empty()) {
    CheckSeriesInput(args.targets);
    Diagnostics d;
    if (args.horizon != 0)
      d.Error({"--horizon", 0, 0}, "--horizon does not apply with --targets",
              "each case's horizon is its target_year minus its origin; drop --horizon");
    if (!args.methods.empty())
      d.Error({"--method", 0, 0}, "--method does not apply with --targets",
              "the target backtest always scores default, drift_normal and eurostat_rule; drop --method");
    if (d.HasErrors()) throw InputError(std::move(d));
    return RunTargetBacktestCommand(args.series, args.targets, args.out, args.forecasts, args.threads);
  }
  Diagnostics d;
  if (args.horizon < 1)
    d.Error({"--horizon", 0, 0}, "the horizon must be at least 1",
            "pass --horizon H with the number of final values to hold out, e.g. --horizon 4");
  if (d.HasErrors()) throw InputError(std::move(d));
  BacktestOptions options;
  options.horizon = args.horizon;
  options.threads = args.threads;
  options.methods = ParseMethodListFlag(args.methods);

  SeriesCsvReader reader(args.series);  // validates every row before anything is written
  // Outputs go to temporaries renamed into place at the end (engine/atomic_output.h),
  // so a failed run leaves no partial (or clobbered) file behind.
  std::unique_ptr<AtomicFile> forecasts, out;
  if (!args.forecasts.empty()) forecasts = std::make_unique<AtomicFile>(args.forecasts, "--forecasts");
  if (!args.out.empty()) out = std::make_unique<AtomicFile>(args.out, "--out");
  const BacktestResult result = RunBacktest(reader, options, forecasts ? &forecasts->stream() : nullptr);
  if (out) out->stream() << ToJson(result).dump(2) << "\n";
  if (forecasts) forecasts->Commit();
  if (out) out->Commit();
  PrintTable(result, args.series);
  return kExitOk;
}

}  // namespace

CommandRunner SetupBacktestCommand(CLI::App& command) {
  auto args = std::make_shared<BacktestArgs>();
  command.add_option("SERIES", args->series, "CSV with header series_id,period,value")->required();
  // Required unless --targets is given (checked when the command runs).
  command.add_option("--horizon", args->horizon, "Number of final values held out per series");
  command.add_option("--targets", args->targets,
                     "Target-attainment backtest: CSV case_id,series_id,origin,target_year,target_value,"
                     "direction (--forecasts then writes method,case_id,p_meet)");
  command.add_option("--out", args->out, "Write the scores as JSON to this file");
  command.add_option("--forecasts", args->forecasts,
                     "Write every forecast (method,series_id,h,forecast,lo80,hi80,lo95,hi95)");
  command.add_option("--threads", args->threads, "Worker threads (default 0: all cores)");
  command.add_option("--method", args->methods,
                     "Comma-separated methods to run (default: all of them):" + ForecastMethodHelp());
  return [args]() { return RunBacktestCommand(*args); };
}

}  // namespace plancast
