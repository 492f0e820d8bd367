// The target-attainment backtest command; see backtest_targets.h.
#include "cli/backtest_targets.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/commands.h"
#include "engine/atomic_output.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/series_csv.h"
#include "engine/target_backtest.h"

namespace plancast {
namespace {

nlohmann::json ToJson(const TargetBacktestResult& r) {
  nlohmann::json methods = nlohmann::json::array();
  for (const ProbabilityScore& m : r.methods) {
    nlohmann::json bins = nlohmann::json::array();
    for (const ReliabilityBin& b : m.reliability)
      bins.push_back({{"bin", b.bin}, {"mean_p", b.mean_p}, {"observed", b.observed}, {"n", b.n}});
    methods.push_back(
        {{"name", m.name}, {"brier", m.brier}, {"log_loss", m.log_loss}, {"auc", m.auc}, {"reliability", bins},
         {"unjudged", m.unjudged}});
  }
  return {{"cases", r.cases}, {"met", r.met}, {"methods", methods}, {"wall_seconds", r.wall_seconds}};
}

void PrintTable(const TargetBacktestResult& r, const std::string& history, const std::string& targets) {
  std::cout << fmt::format("plancast backtest {} --targets {}: {} cases, {} met ({:.1f}%)\n", history, targets,
                           r.cases, r.met, r.cases > 0 ? 100.0 * r.met / r.cases : 0.0);
  std::cout << fmt::format("{:<14} {:>7} {:>8} {:>6}   reliability (mean p / observed / n)\n", "method", "Brier",
                           "log_loss", "AUC");
  for (const ProbabilityScore& m : r.methods) {
    std::string bins;
    for (const ReliabilityBin& b : m.reliability)
      bins += fmt::format(" {:.2f}/{:.2f}/{}", b.mean_p, b.observed, b.n);
    std::cout << fmt::format("{:<14} {:>7.4f} {:>8.4f} {:>6.3f}  {}{}\n", m.name, m.brier, m.log_loss, m.auc, bins,
                             m.unjudged ? fmt::format("  ({} without P, scored as 0.5)", m.unjudged) : "");
  }
  std::cout << fmt::format("wall time {:.2f} s\n", r.wall_seconds);
}

}  // namespace

int RunTargetBacktestCommand(const std::string& history, const std::string& targets, const std::string& out_path,
                             const std::string& forecasts_path, int threads) {
  // The thread count and the input file are checked by the caller (backtest_command.cpp).
  SeriesCsvReader reader(history);  // validates every row
  std::map<std::string, SeriesData> series;
  SeriesData s;
  while (reader.Next(&s)) series[s.id] = std::move(s);
  const std::vector<TargetCase> cases = ReadTargetCases(targets, series);
  const int workers = threads > 0 ? threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  // Outputs go to temporaries renamed into place at the end (engine/atomic_output.h).
  std::unique_ptr<AtomicFile> forecasts, out;
  if (!forecasts_path.empty()) forecasts = std::make_unique<AtomicFile>(forecasts_path, "--forecasts");
  if (!out_path.empty()) out = std::make_unique<AtomicFile>(out_path, "--out");
  const TargetBacktestResult result = RunTargetBacktest(series, cases, workers, forecasts ? &forecasts->stream() : nullptr);
  if (out) out->stream() << ToJson(result).dump(2) << "\n";
  if (forecasts) forecasts->Commit();
  if (out) out->Commit();
  PrintTable(result, history, targets);
  return kExitOk;
}

}  // namespace plancast
