#include "reports/track_record.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace plancast {
namespace {

// The old path's projected years: every point after the first (the latest
// figure the old run knew), keyed by whole year.
std::map<int, const SnapshotPathPoint*> ProjectedYears(const SnapshotIndicator& old_indicator) {
  std::map<int, const SnapshotPathPoint*> years;
  for (size_t i = 1; i < old_indicator.path.size(); ++i) {
    const SnapshotPathPoint& p = old_indicator.path[i];
    if (p.value && p.t == std::floor(p.t)) years[static_cast<int>(p.t)] = &p;
  }
  return years;
}

TrackScore Score(const SnapshotIndicator& n, int year, const SnapshotPathPoint& p, double actual) {
  TrackScore s{n.id, n.name, n.unit, year, *p.value, p.lo80, p.hi80, actual, std::nullopt, actual - *p.value, std::nullopt};
  if (p.lo80 && p.hi80) s.inside_80 = actual >= *p.lo80 && actual <= *p.hi80;
  if (actual != 0.0) s.error_pct = s.error / std::fabs(actual) * 100.0;
  return s;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

TrackSummary Summarise(const std::vector<TrackScore>& scores) {
  TrackSummary summary;
  std::vector<double> abs_pct;
  for (const TrackScore& s : scores) {
    ++summary.scored;
    if (s.inside_80) {
      ++summary.with_band;
      summary.inside_80 += *s.inside_80 ? 1 : 0;
    }
    if (s.error_pct) abs_pct.push_back(std::fabs(*s.error_pct));
  }
  if (summary.with_band > 0) summary.share_inside_80 = static_cast<double>(summary.inside_80) / summary.with_band;
  if (!abs_pct.empty()) summary.median_abs_error_pct = Median(abs_pct);
  return summary;
}

}  // namespace

TrackRecord ScoreTrackRecord(const ReportSnapshot& old_report, const ReportSnapshot& new_report) {
  TrackRecord record;
  std::map<std::string, const SnapshotIndicator*> old_by_id;
  for (const SnapshotIndicator& i : old_report.indicators) {
    old_by_id[i.id] = &i;
    record.old_report_has_paths = record.old_report_has_paths || i.has_path;
  }
  for (const SnapshotIndicator& n : new_report.indicators) {
    auto it = old_by_id.find(n.id);
    if (it == old_by_id.end()) continue;
    if (!it->second->has_path) {
      record.without_path.push_back({n.id, n.name.empty() ? n.id : n.name});
      continue;
    }
    const std::map<int, const SnapshotPathPoint*> projected = ProjectedYears(*it->second);
    for (const SnapshotPoint& actual : n.history) {
      // Sub-annual figures are not scored: the path is yearly.
      const bool annual = actual.period.empty() || actual.period == std::to_string(actual.year);
      if (!annual || !actual.value) continue;
      auto p = projected.find(actual.year);
      if (p != projected.end()) record.scores.push_back(Score(n, actual.year, *p->second, *actual.value));
    }
  }
  record.summary = Summarise(record.scores);
  return record;
}

}  // namespace plancast
