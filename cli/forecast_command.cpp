// `plancast forecast PLAN.yaml [--out DIR] [--as-of DATE] [--format md,json,csv] [--seed N]
//                   [--lang zh|en] [--scenario NAME] [--method NAME] [--owner NAME]`
//
// LoadPlan -> AssessPlan -> RenderReport (each format) -> WriteFilesAtomically.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <thread>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "engine/plan/unsafe_text.h"
#include "cli/plan_input.h"
#include "cli/regional_forecast.h"
#include "cli/vocabulary_flags.h"
#include "engine/assess.h"
#include "engine/plan/dates.h"
#include "engine/plan/diagnostics.h"
#include "engine/atomic_output.h"
#include "models/forecaster.h"
#include "reports/report_strings.h"
#include "reports/report_writer.h"

namespace plancast {
namespace {

struct ForecastArgs {
  std::string plan;
  std::string out;
  std::string as_of;
  std::string formats;
  std::string language;
  std::string method = ForecastMethodName(ForecastMethod::kDefault);
  std::string scenario;
  std::string owner;
  std::uint64_t seed = AssessOptions().seed;
  int threads = 0;  // 0: every core
};

// In the report's language (the plan's unless --lang says otherwise): a
// Chinese plan's user reads Chinese on the terminal too.
void PrintSummary(const Assessment& assessment, const std::vector<std::string>& written, Language lang) {
  int counts[kTargetStatusCount] = {};
  for (const IndicatorResult& r : assessment.indicators) ++counts[static_cast<int>(r.status)];
  std::cout << fmt::format(fmt::runtime(Tr(Msg::kCliSummary, lang)), fmt::arg("plan", EscapeForTerminal(assessment.plan->name)),
                           fmt::arg("as_of", FormatIsoDate(assessment.run.as_of)),
                           fmt::arg("count", assessment.indicators.size()))
            << "\n";
  for (TargetStatus s : kAllTargetStatuses) {
    std::cout << fmt::format("  {:<18} {}\n", StatusLabel(s, lang), counts[static_cast<int>(s)]);
  }
  std::cout << Tr(Msg::kCliWritten, lang) << "\n";
  for (const std::string& path : written) std::cout << "  " << EscapeForTerminal(path) << "\n";
}

int RunForecast(const ForecastArgs& args) {
  const Plan plan = LoadPlanOrThrow(args.plan);
  const std::vector<std::string> formats = ParseFormatList(args.formats, ReportFormatNames());

  AssessOptions options;
  options.as_of = ResolveAsOf(args.as_of, plan);
  options.seed = args.seed;
  options.method = ParseMethodFlag(args.method);
  options.scenario = args.scenario;
  options.owner = args.owner;
  if (args.out.empty() && !IsSafeFileName(plan.id)) {
    throw InputError("plan id '" + plan.id + "' cannot name an output folder; pass --out DIR");
  }
  const std::string out = args.out.empty() ? "out/" + plan.id : args.out;
  std::error_code ec;
  if (std::filesystem::exists(out, ec) && !std::filesystem::is_directory(out, ec)) {
    Diagnostics d;
    d.Error({"--out", 0, 0}, "'" + out + "' is a file, not a folder", "give a folder for the reports, e.g. --out out/2022");
    throw InputError(std::move(d));
  }

  ReportOptions report_options;
  report_options.language = args.language.empty() ? plan.language : ParseLanguageFlag("--lang", args.language);

  if (!plan.regions.empty()) {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return RunRegionalForecast(plan, options, report_options, {out, formats, args.threads > 0 ? args.threads : cores});
  }
  Assessment assessment = AssessPlan(plan, options);
  assessment.run.version = PLANCAST_VERSION;
  std::vector<OutputFile> files;
  for (const std::string& format : formats) {
    files.push_back({"report." + format, RenderReport(format, assessment, report_options)});
  }
  std::vector<std::string> warnings;
  const std::vector<std::string> written = WriteFilesAtomically(out, files, &warnings);
  for (const std::string& warning : warnings) std::cerr << "plancast: warning: " << warning << "\n";
  PrintSummary(assessment, written, report_options.language);
  return kExitOk;
}

}  // namespace

CommandRunner SetupForecastCommand(CLI::App& command) {
  auto args = std::make_shared<ForecastArgs>();
  command.add_option("PLAN", args->plan, "Plan file (YAML), e.g. targets/pinghu-2025.yaml")->required();
  command.add_option("--out", args->out, "Output directory (default: out/<plan id>/)");
  command.add_option("--as-of", args->as_of,
                     "Run as of this date, YYYY-MM-DD: later observations are ignored "
                     "(default: the plan's as_of, else today)");
  command.add_option("--format", args->formats, "Comma-separated report formats (default: all of them)");
  command.add_option("--seed", args->seed, "Seed of the random draws (same seed, same report)")
      ->check(CLI::Range(std::uint64_t{0}, std::uint64_t{9007199254740991}));  // exact in report.json too
  command.add_option("--lang", args->language, "Report language, " + LanguageCodeList() + " (default: the plan's language)");
  command.add_option("--scenario", args->scenario,
                     "Name of a scenario from the plan's `scenarios:`; the report compares it to the trend");
  command.add_option("--owner", args->owner,
                     "Report only the indicators of this responsible unit (`owner:`, 牵头单位); goals roll up over them");
  command.add_option("--threads", args->threads,
                     "Plans with regions: how many regions to forecast at once (default: every core); "
                     "the reports are the same for any number")
      ->check(CLI::Range(1, 256));
  command.add_option("--method", args->method, "Forecast method (default: plancast's combination):" + ForecastMethodHelp());
  return [args]() { return RunForecast(*args); };
}

}  // namespace plancast
