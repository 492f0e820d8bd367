// Where each value of a JSON text starts, by path, so that `compare` can say
// `report.json:LINE:COL` for a value of the wrong type (nlohmann keeps no
// positions once a document is parsed).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "engine/plan/types.h"

namespace plancast {

// Paths as compare's messages write them: `plan.id`, `indicators[3].target.value`;
// the root is "".
using JsonOffsets = std::map<std::string, std::size_t>;

struct JsonScan {
  JsonOffsets offsets;
  // Set when arrays and objects nest deeper than the limit: the byte of the
  // first bracket beyond it (the scan stops there).
  std::optional<std::size_t> too_deep_at;
};

// Scans `text`, which must already have parsed as JSON (the scanner trusts
// its syntax), recording the byte offset of every value; nesting deeper than
// `max_depth` stops the scan.
JsonScan ScanJsonOffsets(const std::string& text, int max_depth);

// Line and column (1-based, counting UTF-8 characters) of byte `byte`.
SourceLocation LocationOfByte(const std::string& text, std::size_t byte, const std::string& path);

}  // namespace plancast
