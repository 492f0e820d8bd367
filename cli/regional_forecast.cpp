#include "cli/regional_forecast.h"

#include <fmt/format.h>

#include <iostream>

#include "engine/atomic_output.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/unsafe_text.h"
#include "engine/regional_assess.h"
#include "reports/league_report.h"

namespace plancast {

int RunRegionalForecast(const Plan& plan, const AssessOptions& options, const ReportOptions& report_options,
                        const RegionalForecastArgs& args) {
  if (!options.scenario.empty() || !options.owner.empty()) {
    throw InputError(std::string(!options.scenario.empty() ? "--scenario" : "--owner") +
                     " is not available for a plan with regions yet; run without it");
  }
  std::vector<std::string> league_files;
  for (const std::string& format : LeagueFormatNames()) league_files.push_back("league." + format);
  std::vector<std::string> folders;
  for (const Region& region : plan.regions) folders.push_back(region.id);
  const bool has_total = std::any_of(plan.indicators.begin(), plan.indicators.end(), [](const Indicator& i) {
    return i.aggregate != Indicator::Aggregate::kNone && i.formula.empty() && i.rank_of.empty();
  });
  if (has_total) folders.push_back(kTotalRegionId);
  std::vector<std::string> warnings;
  AtomicFolderWriter writer(args.out, league_files, folders, &warnings);

  RegionalOptions regional;
  regional.assess = options;
  regional.threads = args.threads;
  regional.render = [&](const Assessment& assessment) {
    Assessment stamped = assessment;
    stamped.run.version = PLANCAST_VERSION;
    std::vector<std::pair<std::string, std::string>> files;
    for (const std::string& format : args.formats) {
      files.emplace_back("report." + format, RenderReport(format, stamped, report_options));
    }
    return files;
  };
  size_t written = 0;
  regional.write = [&](const std::string& folder, std::vector<std::pair<std::string, std::string>> files) {
    for (auto& [name, content] : files) {
      writer.Write(folder, {name, std::move(content)});
      ++written;
    }
  };
  League league = AssessRegions(plan, regional);
  league.run.version = PLANCAST_VERSION;
  for (const std::string& format : LeagueFormatNames()) {
    writer.Write("", {"league." + format, RenderLeague(format, league, report_options)});
  }
  const std::vector<std::string> paths = writer.Commit();
  for (const std::string& warning : warnings) std::cerr << "plancast: warning: " << warning << "\n";
  std::cout << fmt::format("{}: {} regions{}, {} reports and the league in {}\n", EscapeForTerminal(plan.name),
                           plan.regions.size(), has_total ? " and their total" : "", written, EscapeForTerminal(args.out));
  for (const std::string& format : LeagueFormatNames()) {
    std::cout << "  " << EscapeForTerminal(args.out + "/league." + format) << "\n";
  }
  return 0;
}

}  // namespace plancast
