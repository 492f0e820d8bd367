// A report.json read back: what `plancast compare` needs from a past run.
//
// Reading is lenient about extra or missing optional fields (older and newer
// report versions compare fine) and strict about structure: the text must be
// JSON, the root an object with an `indicators` array whose entries have a
// string `id`. Numbers may be null. Every problem is reported with where it
// is (`PATH:LINE:COL` for syntax errors, `PATH: ... indicators[3].id` for
// structure), so the command exits 2 with a clear message.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/plan/diagnostics.h"

namespace plancast {

struct SnapshotTarget {
  int year = 0;
  std::optional<double> value;
  bool illustrative = false;
  std::string kind;  // "" when the report predates target kinds (means level)
};

struct SnapshotProjection {
  int year = 0;
  std::optional<double> value, lo80, hi80, lo95, hi95;
};

struct SnapshotPoint {
  int year = 0;
  std::optional<double> value;
  std::string period;  // "2021-Q3" for sub-annual points; "" for annual ones

  // What identifies the point within its series: the period, else the year.
  std::string Key() const { return period.empty() ? std::to_string(year) : period; }
};

struct SnapshotIndicator {
  std::string id;
  std::string name;
  std::string unit;
  std::string status;  // as written, e.g. "off_track"
  std::optional<SnapshotTarget> target;
  std::optional<SnapshotProjection> projection;
  std::optional<double> p_meet;
  std::vector<SnapshotPoint> history;  // as in the report (year order)
};

struct ReportSnapshot {
  std::string path;  // where it was read from, for messages and headings
  std::string plan_id;
  std::string plan_name;
  std::string plan_language;  // "" when absent
  std::string as_of;  // "" when absent
  std::vector<SnapshotIndicator> indicators;
};

// Parses report.json `text`; `path` is used in messages. Returns nullopt with
// errors in `diagnostics` when the text is not a usable report.
std::optional<ReportSnapshot> ParseReportSnapshot(const std::string& text, const std::string& path,
                                                  Diagnostics* diagnostics);

// Reads the file at `path` and parses it; an unreadable file is an error in
// `diagnostics` like any other input problem.
std::optional<ReportSnapshot> ReadReportSnapshot(const std::string& path, Diagnostics* diagnostics);

}  // namespace plancast
