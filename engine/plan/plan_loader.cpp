#include "engine/plan/plan_loader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/plan/goal_graph.h"
#include "engine/plan/history_files.h"
#include "engine/plan/plan_reading.h"
#include "engine/plan/plan_text.h"
#include "engine/plan/plan_validation.h"
#include "engine/plan/region_validation.h"
#include "engine/plan/yaml_fields.h"
#include "engine/plan/yaml_safety.h"

namespace plancast {
namespace {

size_t ErrorCount(const Diagnostics& diagnostics) {
  return std::count_if(diagnostics.All().begin(), diagnostics.All().end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

// Only after PreScanYaml: the text is known to be one alias-free document.
std::optional<YAML::Node> LoadTree(const std::string& text, const TextLocator& locate, Diagnostics* diagnostics) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {  // not expected after the pre-scan; kept as a net
    SourceLocation where = e.mark.is_null() ? locate.File() : locate.At(e.mark.line, e.mark.column);
    diagnostics->Error(where, "YAML syntax error: " + e.msg);
    return std::nullopt;
  }
}

// `history_files:` as a list of paths; the files are read after the indicators.
std::vector<HistoryFileRef> ReadHistoryFileList(const YAML::Node& node, const LoadContext& context) {
  std::vector<HistoryFileRef> files;
  if (node.IsNull()) return files;
  if (!node.IsSequence()) {
    context.Error(node, "'history_files' should be a list of paths, not " + DescribeNodeType(node),
                  "e.g. history_files: [history.csv], relative to the plan file");
    return files;
  }
  for (const YAML::Node& item : node) {
    std::optional<std::string> path = ScalarText(item, "history_files", context);
    if (!path) continue;
    if (path->empty()) {
      context.Error(item, "an entry of 'history_files' is empty", "write the CSV file's path, e.g. history.csv");
      continue;
    }
    auto same = std::find_if(files.begin(), files.end(), [&](const HistoryFileRef& f) { return f.path == *path; });
    if (same != files.end()) {
      context.Error(item, "history file '" + *path + "' is listed twice",
                    "list each file once (first at line " + std::to_string(same->where.line) + ")");
      continue;
    }
    files.push_back({*path, context.Where(item)});
  }
  return files;
}

void ReadTopLevel(const YAML::Node& root, const LoadContext& context, Plan* plan,
                  std::vector<HistoryFileRef>* history_files) {
  MapFields top(root, {"schema", "plan", "regions", "goals", "indicators", "scenarios", "history_files"}, "the plan file",
                context);
  if (const YAML::Node* schema = top.Find("schema")) {
    if (!schema->IsScalar() || schema->Scalar() != "1") {
      context.Error(*schema, "unsupported schema " + DescribeNodeType(*schema) + "; this plancast reads schema 1",
                    "write schema: 1, or upgrade plancast");
    }
  }
  if (const YAML::Node* section = top.Find("plan")) {
    ReadPlanSection(*section, context, plan);
  } else {
    context.Error(root, "the plan file has no 'plan:' section",
                  "start the file with plan: {id, name, period, baseline_year} (see docs/plan-format.md)");
  }
  if (const YAML::Node* regions = top.Find("regions")) ReadRegions(*regions, context, plan);
  if (const YAML::Node* goals = top.Find("goals")) ReadGoals(*goals, context, plan);
  if (const YAML::Node* indicators = top.Find("indicators")) {
    ReadIndicators(*indicators, context, plan);
  } else {
    context.Error(root, "the plan file has no 'indicators:' list", "add indicators: with at least one indicator");
  }
  if (const YAML::Node* scenarios = top.Find("scenarios")) ReadScenarios(*scenarios, context, plan);
  if (const YAML::Node* files = top.Find("history_files")) *history_files = ReadHistoryFileList(*files, context);
  for (const HistoryFileRef& file : *history_files) plan->history_files.push_back(file.path);
}

// ParsePlan on a string reads no files: a plan naming history files is
// refused, so parsing untrusted text (the fuzzers) never touches the disk.
std::optional<std::string> RefuseDataFiles(const std::string&, const std::string& as_written,
                                           const SourceLocation& where, Diagnostics* diagnostics) {
  diagnostics->Error(where, "history file '" + as_written + "' cannot be read: this plan was not read from a file",
                     "run plancast on the plan file itself");
  return std::nullopt;
}

}  // namespace

std::optional<Plan> ParsePlan(const std::string& raw_text, const std::string& file_name,
                              Diagnostics* diagnostics) {
  return ParsePlan(raw_text, file_name, diagnostics, RefuseDataFiles);
}

std::optional<Plan> ParsePlan(const std::string& raw_text, const std::string& file_name, Diagnostics* diagnostics,
                              const DataFileReader& read_data_file) {
  size_t errors_before = ErrorCount(*diagnostics);
  const std::string text = NormalizePlanText(raw_text);
  TextLocator locate(text, file_name);
  if (!CheckPlanBytes(text, locate, diagnostics)) return std::nullopt;
  if (!PreScanYaml(text, locate, diagnostics)) return std::nullopt;
  std::optional<YAML::Node> root = LoadTree(text, locate, diagnostics);
  if (!root) return std::nullopt;
  std::vector<std::pair<YAML::Node, YAML::Node>> empty_values;
  LoadContext context{locate, diagnostics, &empty_values};
  if (!root->IsDefined() || root->IsNull()) {
    diagnostics->Error(locate.File(), "the plan file is empty",
                       "start from targets/pinghu-2025.yaml or the example in docs/plan-format.md");
    return std::nullopt;
  }
  if (!root->IsMap()) {
    context.Error(*root, "a plan file should be a map with plan, goals and indicators, not " +
                             DescribeNodeType(*root),
                  "see docs/plan-format.md for the layout");
    return std::nullopt;
  }
  Plan plan;
  plan.file = file_name;
  std::vector<HistoryFileRef> history_files;
  ReadTopLevel(*root, context, &plan, &history_files);
  // Rows join the histories before validation, so bounds and every later
  // check see them as if they were in the YAML (and cite the CSV row).
  if (!history_files.empty()) JoinHistoryFiles(history_files, read_data_file, &plan, diagnostics);
  ValidateRegions(&plan, diagnostics);
  ValidatePlan(plan, diagnostics);
  // Formula inputs and cycles only show in the graph; `validate` must catch them too.
  if (ErrorCount(*diagnostics) == errors_before) GoalGraph::Build(plan, diagnostics);
  if (ErrorCount(*diagnostics) > errors_before) return std::nullopt;
  return plan;
}

std::optional<Plan> LoadPlanFile(const std::string& path, Diagnostics* diagnostics) {
  SourceLocation where{path, 0, 0};
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    // Say why: std::filesystem folds a loop of symbolic links (ELOOP) and a
    // permission problem into "does not exist".
    std::string why = "not a regular file";
    if (error) {
      why = error == std::errc::no_such_file_or_directory ? "no such file"
            : error == std::errc::too_many_symbolic_link_levels ? "a loop of symbolic links"
                                                                : "cannot read the file: " + error.message();
    } else if (!std::filesystem::exists(path, error)) {
      why = "no such file";
    }
    diagnostics->Error(where, why, "give the path of a plan .yaml file, e.g. targets/pinghu-2025.yaml");
    return std::nullopt;
  }
  auto size = std::filesystem::file_size(path, error);
  if (!error && size > kMaxPlanBytes) {
    std::ostringstream mib;
    mib.precision(1);
    mib << std::fixed << size / 1048576.0;
    diagnostics->Error(where, "the plan file is " + mib.str() + " MiB; the limit is " +
                                  std::to_string(kMaxPlanBytes / 1048576) + " MiB",
                       "a plan holds targets and yearly figures; keep bulk data in separate files");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  if (!in || !(buffer << in.rdbuf())) {
    // An empty file makes operator<< fail too: let ParsePlan call it empty.
    if (in && size == 0) return ParsePlan("", path, diagnostics);
    diagnostics->Error(where, "cannot read the file", "check that it exists and is readable");
    return std::nullopt;
  }
  return ParsePlan(buffer.str(), path, diagnostics, DiskDataFileReader());
}

}  // namespace plancast
