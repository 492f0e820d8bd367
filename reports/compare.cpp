// Matching two report snapshots by indicator id and listing what changed.
#include "reports/compare.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "engine/assessment.h"

namespace plancast {
namespace {

// Status strings of report.json back to risk ranks; unknown strings (a newer
// plancast) rank with insufficient_data, in the middle.
int RankOf(const std::string& status) {
  for (TargetStatus s : kAllTargetStatuses) {
    if (status == TargetStatusToString(s)) return RiskRank(s);
  }
  return RiskRank(TargetStatus::kInsufficientData);
}

// Estimates equal up to the 6 significant digits report.json keeps.
bool SameValue(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return std::fabs(*a - *b) <= 1e-6 * std::max({1e-12, std::fabs(*a), std::fabs(*b)});
}

// The plan's own figures (history, targets) are written exactly since
// report.json keeps them unrounded, so any difference is a revision:
// 987654321 -> 987654322 is one. (Against a report written before that, a
// figure with more than 6 significant digits shows as revised from its
// rounded form, which is what the old report said.)
bool SameFigure(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return *a == *b;
}

bool SameTarget(const std::optional<SnapshotTarget>& a, const std::optional<SnapshotTarget>& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return a->year == b->year && SameFigure(a->value, b->value) && a->illustrative == b->illustrative &&
         (a->kind.empty() ? "level" : a->kind) == (b->kind.empty() ? "level" : b->kind);
}

std::optional<ProjectionDrift> Drift(const SnapshotIndicator& o, const SnapshotIndicator& n) {
  if (!o.projection || !n.projection || !o.projection->value || !n.projection->value) return std::nullopt;
  if (o.projection->year == n.projection->year && SameValue(o.projection->value, n.projection->value) &&
      SameValue(o.projection->lo80, n.projection->lo80) && SameValue(o.projection->hi80, n.projection->hi80)) {
    return std::nullopt;
  }
  ProjectionDrift d{n.id, n.name, n.unit, *o.projection, *n.projection, o.p_meet, n.p_meet};
  d.change = *n.projection->value - *o.projection->value;
  if (o.projection->lo80 && o.projection->hi80) {
    d.outside_old_interval = *n.projection->value < *o.projection->lo80 || *n.projection->value > *o.projection->hi80;
  }
  return d;
}

// Drift in units of the old 80% interval's width, for ordering.
double RelativeDrift(const ProjectionDrift& d) {
  const SnapshotProjection& o = d.old_projection;
  double width = (o.lo80 && o.hi80) ? *o.hi80 - *o.lo80 : 0.0;
  double scale = width > 0 ? width : std::max(1e-12, std::fabs(*o.value));
  return std::fabs(d.change) / scale;
}

std::optional<DataChange> Data(const SnapshotIndicator& o, const SnapshotIndicator& n) {
  std::map<std::string, std::optional<double>> old_values;
  for (const SnapshotPoint& p : o.history) old_values[p.Key()] = p.value;
  DataChange change{n.id, n.name, n.unit, {}, {}};
  for (const SnapshotPoint& p : n.history) {
    auto it = old_values.find(p.Key());
    if (it == old_values.end()) {
      change.added.push_back(p);
    } else if (!SameFigure(it->second, p.value) && it->second && p.value) {
      change.revised.push_back({p.Key(), p.year, *it->second, *p.value});
    }
  }
  if (change.added.empty() && change.revised.empty()) return std::nullopt;
  return change;
}

}  // namespace

Comparison CompareReports(const ReportSnapshot& old_report, const ReportSnapshot& new_report) {
  Comparison c;
  c.old_path = old_report.path;
  c.new_path = new_report.path;
  c.old_plan = old_report.plan_name;
  c.new_plan = new_report.plan_name;
  c.old_as_of = old_report.as_of;
  c.new_as_of = new_report.as_of;
  c.old_plan_id = old_report.plan_id;
  c.new_plan_id = new_report.plan_id;
  c.track_record = ScoreTrackRecord(old_report, new_report);
  std::map<std::string, const SnapshotIndicator*> old_by_id, new_by_id;
  for (const SnapshotIndicator& i : old_report.indicators) old_by_id[i.id] = &i;
  for (const SnapshotIndicator& i : new_report.indicators) new_by_id[i.id] = &i;

  for (const SnapshotIndicator& n : new_report.indicators) {
    auto it = old_by_id.find(n.id);
    if (it == old_by_id.end()) {
      c.added.push_back({n.id, n.name, n.status});
      continue;
    }
    const SnapshotIndicator& o = *it->second;
    if (o.status != n.status) c.status_changes.push_back({n.id, n.name, o.status, n.status, RankOf(n.status) < RankOf(o.status)});
    if (auto d = Drift(o, n)) c.drifts.push_back(*d);
    if (auto d = Data(o, n)) c.data_changes.push_back(*d);
    if (!SameTarget(o.target, n.target)) c.target_edits.push_back({n.id, n.name, n.unit, o.target, n.target});
  }
  for (const SnapshotIndicator& o : old_report.indicators) {
    if (new_by_id.count(o.id) == 0) c.removed.push_back({o.id, o.name, o.status});
  }

  std::stable_sort(c.status_changes.begin(), c.status_changes.end(), [](const StatusChange& a, const StatusChange& b) {
    if (a.worse != b.worse) return a.worse;
    int move_a = std::abs(RankOf(a.new_status) - RankOf(a.old_status));
    int move_b = std::abs(RankOf(b.new_status) - RankOf(b.old_status));
    if (move_a != move_b) return move_a > move_b;
    return a.id < b.id;
  });
  std::stable_sort(c.drifts.begin(), c.drifts.end(), [](const ProjectionDrift& a, const ProjectionDrift& b) {
    double ra = RelativeDrift(a), rb = RelativeDrift(b);
    if (ra != rb) return ra > rb;
    return a.id < b.id;
  });
  return c;
}

}  // namespace plancast
