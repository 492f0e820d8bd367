// What changed between two runs (last year's report.json and this year's):
// status changes (worse first), projection drift, new and revised data
// points, edited targets, indicators added or removed.
//
// Works on ReportSnapshots, so it compares any two report.json files, even
// from different plancast versions. Indicators are matched by id.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reports/report_snapshot.h"
#include "reports/report_writer.h"
#include "reports/track_record.h"

namespace plancast {

struct StatusChange {
  std::string id, name;
  std::string old_status, new_status;
  bool worse = false;  // new status is more at risk (RiskRank)
};

struct ProjectionDrift {
  std::string id, name, unit;
  SnapshotProjection old_projection, new_projection;
  std::optional<double> old_p_meet, new_p_meet;
  double change = 0.0;  // new - old median (same year or not)
  // The new median lies outside the old 80% interval: more than noise.
  bool outside_old_interval = false;
};

struct DataChange {
  std::string id, name, unit;
  std::vector<SnapshotPoint> added;  // years the old report did not have
  struct Revision {
    std::string key;  // period label or year
    int year = 0;
    double old_value = 0.0, new_value = 0.0;
  };
  std::vector<Revision> revised;  // same year, different value
};

struct TargetEdit {
  std::string id, name, unit;
  std::optional<SnapshotTarget> old_target, new_target;
};

struct IndicatorRef {
  std::string id, name, status;
};

struct Comparison {
  std::string old_path, new_path;
  std::string old_plan, new_plan;  // plan names
  std::string old_as_of, new_as_of;
  std::vector<StatusChange> status_changes;  // worse first, then by size of the move, then id
  std::vector<ProjectionDrift> drifts;       // largest drift relative to the old 80% width first
  std::vector<DataChange> data_changes;      // in new report order
  std::vector<TargetEdit> target_edits;      // in new report order
  std::vector<IndicatorRef> added, removed;  // in report order
  std::string old_plan_id, new_plan_id;
  TrackRecord track_record;  // the old projections against the figures arrived since
};

Comparison CompareReports(const ReportSnapshot& old_report, const ReportSnapshot& new_report);

// Formats for `plancast compare --format`: {"md", "json", "html"}.
std::vector<std::string> ComparisonFormatNames();

// Renders `comparison` as compare.md / compare.json / compare.html text.
// REQUIRES: a name from ComparisonFormatNames(); any other throws
// std::invalid_argument (a logic_error: the CLI validates --format first).
// Plan text is escaped per format.
std::string RenderComparison(const std::string& format, const Comparison& comparison,
                             const ReportOptions& options);

}  // namespace plancast
