// A report.json read back: what `plancast compare` needs from a past run.
//
// Reading is lenient about extra or missing optional fields (reports of
// format version 1 from older plancasts compare fine) and strict about
// everything it reads: the file must be a regular file of at most 64 MiB, the
// text JSON nested at most 64 levels, `format_version` (when present) 1, the
// root an object with an `indicators` array whose entries have a string `id`;
// every field read must have its type (a number written as a string is an
// error, never skipped), numbers within ±1e100 or null. Every problem is
// reported as `PATH:LINE:COL: error: indicators[3].target.value: ...`, so the
// command exits 2 with a clear message.
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

// One year of the projection path a report drew (report.json `path`): the
// median and the 80% band the run expected for year `t`.
struct SnapshotPathPoint {
  double t = 0.0;
  std::optional<double> value, lo80, hi80;
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
  // The yearly projection path; `has_path` is false when the report has no
  // `path` field at all (an old plancast), which the track record says.
  std::vector<SnapshotPathPoint> path;
  bool has_path = false;
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
