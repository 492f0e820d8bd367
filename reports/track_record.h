// Track record: how last run's projections fared against the figures that
// have arrived since.
//
// For every indicator in both reports, each annual figure of the new report
// for a year the old report had projected (a point of its `path` after the
// latest figure it knew) is scored: was it inside the old 80% band, and how
// far from the old median, in units and in % of the actual figure. The
// summary says how many were scored, what share fell inside the 80% band
// (about 0.8 if the bands are honest) and the median absolute % error.
// Sub-annual figures are not scored: the path is yearly.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reports/report_snapshot.h"

namespace plancast {

struct TrackScore {
  std::string id, name, unit;
  int year = 0;
  double projected = 0.0;  // the old median for `year`
  std::optional<double> lo80, hi80;
  double actual = 0.0;  // the new report's figure for `year`
  std::optional<bool> inside_80;  // nullopt when the old band is missing
  double error = 0.0;             // actual - projected, in the indicator's unit
  std::optional<double> error_pct;  // error / |actual| * 100; nullopt when actual is 0
};

struct TrackSummary {
  int scored = 0;
  int inside_80 = 0;  // of those with a band
  int with_band = 0;
  std::optional<double> share_inside_80;        // inside_80 / with_band
  std::optional<double> median_abs_error_pct;   // over scores with error_pct
};

struct TrackRecord {
  std::vector<TrackScore> scores;  // in new report order, then by year
  TrackSummary summary;
  // Indicators in both reports whose old report has no `path` (written by an
  // older plancast): nothing of theirs can be scored.
  struct Unscored {
    std::string id, name;
  };
  std::vector<Unscored> without_path;  // in new report order
  bool old_report_has_paths = false;      // at least one old indicator has a path
};

TrackRecord ScoreTrackRecord(const ReportSnapshot& old_report, const ReportSnapshot& new_report);

}  // namespace plancast
