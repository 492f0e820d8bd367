// `plancast compare OLD/report.json NEW/report.json [--out DIR] [--format md,json,html] [--lang zh|en] [--force]`
//
// ReadReportSnapshot (both) -> CompareReports -> RenderComparison. Without
// --out one format (default md) goes to stdout; with --out every requested
// format (default all) is written atomically as DIR/compare.<format>.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/vocabulary_flags.h"
#include "cli/plan_input.h"
#include "engine/plan/diagnostics.h"
#include "engine/atomic_output.h"
#include "reports/compare.h"

namespace plancast {
namespace {

struct CompareArgs {
  std::string old_report;
  std::string new_report;
  std::string out;
  std::string formats;
  std::string language;
  bool force = false;
};

// Two runs of different plans have nothing to compare indicator by indicator
// (ids may coincide by accident): refused unless --force says it is meant.
void RequireSamePlan(const ReportSnapshot& old_report, const ReportSnapshot& new_report, bool force) {
  if (force || old_report.plan_id == new_report.plan_id) return;
  auto id = [](const std::string& s) { return s.empty() ? std::string("(none)") : "'" + s + "'"; };
  Diagnostics diagnostics;
  diagnostics.Error({new_report.path, 0, 0},
                    "the two reports are of different plans: " + old_report.path + " is plan " + id(old_report.plan_id) +
                        ", " + new_report.path + " is plan " + id(new_report.plan_id),
                    "compare two runs of the same plan, or pass --force to compare them anyway");
  throw InputError(std::move(diagnostics));
}

int RunCompare(const CompareArgs& args) {
  Diagnostics diagnostics;
  std::optional<ReportSnapshot> old_report = ReadReportSnapshot(args.old_report, &diagnostics);
  std::optional<ReportSnapshot> new_report = ReadReportSnapshot(args.new_report, &diagnostics);
  if (!old_report || !new_report) throw InputError(std::move(diagnostics));
  RequireSamePlan(*old_report, *new_report, args.force);

  std::vector<std::string> formats = ParseFormatList(args.formats, ComparisonFormatNames());
  ReportOptions options;
  // --lang, else the language recorded in the new report, else the plans' default.
  if (!args.language.empty())
    options.language = ParseLanguageFlag("--lang", args.language);
  else if (!new_report->plan_language.empty())
    options.language = ParseLanguageFlag(args.new_report, new_report->plan_language);

  Comparison comparison = CompareReports(*old_report, *new_report);
  if (args.out.empty()) {
    if (args.formats.empty()) formats = {"md"};
    if (formats.size() != 1) throw InputError("several --format values need --out DIR (stdout takes one format)");
    std::cout << RenderComparison(formats[0], comparison, options);
    return kExitOk;
  }
  std::vector<OutputFile> files;
  for (const std::string& format : formats) {
    files.push_back({"compare." + format, RenderComparison(format, comparison, options)});
  }
  std::vector<std::string> warnings;
  const std::vector<std::string> written = WriteFilesAtomically(args.out, files, &warnings);
  for (const std::string& warning : warnings) std::cerr << "plancast: warning: " << warning << "\n";
  std::cout << "comparison written:\n";
  for (const std::string& path : written) std::cout << "  " << path << "\n";
  return kExitOk;
}

}  // namespace

CommandRunner SetupCompareCommand(CLI::App& command) {
  auto args = std::make_shared<CompareArgs>();
  command.add_option("OLD", args->old_report, "report.json of the earlier run, e.g. out/2024/report.json")->required();
  command.add_option("NEW", args->new_report, "report.json of the later run")->required();
  command.add_option("--out", args->out,
                     "Write DIR/compare.md, .json, .html (default: print Markdown to stdout)");
  command.add_option("--format", args->formats, "Comma-separated formats: md,json,html (default: md to stdout, all with --out)");
  command.add_option("--lang", args->language, "Interface language, " + LanguageCodeList() + " (default: the plan's language)");
  command.add_flag("--force", args->force, "Compare reports even when they are of different plans (plan id differs)");
  return [args]() { return RunCompare(*args); };
}

}  // namespace plancast
