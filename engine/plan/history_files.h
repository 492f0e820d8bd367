// `history_files:`: observations kept in CSV files next to the plan
// (indicator,period,value[,note,source,basis]), joined into the indicators'
// histories exactly as if they were written in the YAML. See
// docs/plan-format.md, "History in a data file".
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/plan/diagnostics.h"
#include "engine/plan/types.h"

namespace plancast {

// Reads the data file at `path` (already resolved against the plan's
// folder). Returns its bytes, or std::nullopt after adding an error at
// `where` (the plan's line naming the file; `as_written` is its text there).
// The seam exists so ParsePlan can run on strings: tests hand in files from
// memory, and the fuzzers a reader that refuses every path.
using DataFileReader = std::function<std::optional<std::string>(
    const std::string& path, const std::string& as_written, const SourceLocation& where, Diagnostics* diagnostics)>;

// Reads from disk: regular files of at most kMaxPlanBytes.
DataFileReader DiskDataFileReader();

// One entry of `history_files:`, as written in the plan.
struct HistoryFileRef {
  std::string path;
  SourceLocation where;
};

// `path` relative to the folder of `plan_file` (absolute paths stay as they are).
std::string ResolveDataPath(const std::string& plan_file, const std::string& path);

// Reads each file, decodes it (UTF-8 with or without BOM, or GB18030, noted)
// and adds its rows to the histories in `plan`, then sorts every history by
// time. Every problem is an error pointing into the CSV (PATH:LINE:COL).
// REQUIRES: plan->indicators read from the YAML (histories not yet validated).
void JoinHistoryFiles(const std::vector<HistoryFileRef>& files, const DataFileReader& reader, Plan* plan,
                      Diagnostics* diagnostics);

// Parses one file's decoded (UTF-8, normalised) text into `plan`; `path` names
// it in messages. Exposed for tests.
void JoinHistoryCsv(const std::string& text, const std::string& path, Plan* plan, Diagnostics* diagnostics);

}  // namespace plancast
