// `plancast propose PLAN.yaml --year Y [--chance 0.5,0.8,0.95] [--out DIR] [--format md,json]
//                  [--lang zh|en] [--as-of DATE] [--seed N] [--method NAME]`
//
// LoadPlan -> ProposeTargets (forecast's projections, simulated to Y) ->
// RenderProposal (propose.md, propose.json) -> WriteFilesAtomically; a short
// table on the terminal.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/plan_input.h"
#include "cli/vocabulary_flags.h"
#include "engine/atomic_output.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/number_parsing.h"
#include "engine/plan/unsafe_text.h"
#include "engine/propose.h"
#include "models/forecaster.h"
#include "reports/propose_report.h"
#include "reports/report_strings.h"

namespace plancast {
namespace {

struct ProposeArgs {
  std::string plan;
  int year = 0;
  std::string chances = "0.5,0.8,0.95";
  std::string out;
  std::string formats;
  std::string language;
  std::string as_of;
  std::string method = ForecastMethodName(ForecastMethod::kDefault);
  std::uint64_t seed = AssessOptions().seed;
};

[[noreturn]] void BadChance(const std::string& message, const std::string& hint = "") {
  Diagnostics d;
  d.Error({"--chance", 0, 0}, message,
          hint.empty() ? "give chances between 0 and 1 (exclusive), comma-separated, e.g. --chance 0.5,0.8,0.95" : hint);
  throw InputError(std::move(d));
}

// "0.5,0.8,0.95" -> {0.5, 0.8, 0.95}; each strictly between 0 and 1.
std::vector<double> ParseChances(const std::string& list) {
  std::vector<double> chances;
  std::stringstream in(list);
  std::string item;
  while (std::getline(in, item, ',')) {
    const std::size_t b = item.find_first_not_of(' '), e = item.find_last_not_of(' ');
    item = b == std::string::npos ? "" : item.substr(b, e - b + 1);
    if (!item.empty() && item.back() == '%') BadChance("'" + item + "' is a percentage; a chance is a share", "write 0.8 for 80%");
    const ParsedNumber n = ParseNumber(item);
    if (!n.ok) BadChance(n.message, n.hint);
    if (!(n.value > 0.0 && n.value < 1.0)) BadChance("'" + item + "' is outside (0, 1): a chance of 0 or 1 says nothing");
    chances.push_back(n.value);
  }
  if (chances.empty()) BadChance("'" + list + "' holds no chance");
  return chances;
}

int RunPropose(const ProposeArgs& args) {
  const Plan plan = LoadPlanOrThrow(args.plan);
  const std::vector<std::string> formats = ParseFormatList(args.formats, ProposalFormatNames());
  ProposeOptions options;
  options.assess.as_of = ResolveAsOf(args.as_of, plan);
  options.assess.seed = args.seed;
  options.assess.method = ParseMethodFlag(args.method);
  options.year = args.year;
  options.chances = ParseChances(args.chances);
  const Language lang = args.language.empty() ? plan.language : ParseLanguageFlag("--lang", args.language);
  if (args.out.empty() && !IsSafeFileName(plan.id)) {
    throw InputError("plan id '" + plan.id + "' cannot name an output folder; pass --out DIR");
  }
  // Its own folder: the atomic writer replaces a folder whole, so sharing
  // forecast's out/<plan id>/ would remove one or the other.
  const std::string out = args.out.empty() ? "out/" + plan.id + "-propose-" + std::to_string(args.year) : args.out;

  const Proposal proposal = ProposeTargets(plan, options);
  std::vector<OutputFile> files;
  for (const std::string& format : formats) {
    files.push_back({"propose." + format, RenderProposal(format, proposal, lang, PLANCAST_VERSION)});
  }
  std::vector<std::string> warnings;
  const std::vector<std::string> written = WriteFilesAtomically(out, files, &warnings);
  for (const std::string& warning : warnings) std::cerr << "plancast: warning: " << warning << "\n";
  std::cout << ProposalTerminalTable(proposal, lang) << Tr(Msg::kCliWritten, lang) << "\n";
  for (const std::string& path : written) std::cout << "  " << EscapeForTerminal(path) << "\n";
  return kExitOk;
}

}  // namespace

CommandRunner SetupProposeCommand(CLI::App& command) {
  auto args = std::make_shared<ProposeArgs>();
  command.add_option("PLAN", args->plan, "Plan file (YAML), e.g. targets/pinghu-2025.yaml")->required();
  command.add_option("--year", args->year, "The year the values are for, e.g. 2030 (the next plan's last year)")
      ->required();
  command.add_option("--chance", args->chances,
                     "Comma-separated chances in (0, 1) of reaching each value (default: 0.5,0.8,0.95)");
  command.add_option("--out", args->out, "Output directory (default: out/<plan id>-propose-<year>/)");
  command.add_option("--format", args->formats, "Comma-separated formats: md,json (default: both)");
  command.add_option("--lang", args->language, "Language, " + LanguageCodeList() + " (default: the plan's language)");
  command.add_option("--as-of", args->as_of,
                     "Use the figures known on this date, YYYY-MM-DD (default: the plan's as_of, else today)");
  command.add_option("--seed", args->seed, "Seed of the random draws (the same as forecast's gives its draws)")
      ->check(CLI::Range(std::uint64_t{0}, std::uint64_t{9007199254740991}));
  command.add_option("--method", args->method, "Forecast method (default: plancast's combination):" + ForecastMethodHelp());
  return [args]() { return RunPropose(*args); };
}

}  // namespace plancast
