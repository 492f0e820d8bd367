#include "engine/plan/region_validation.h"

#include <algorithm>
#include <map>

#include "engine/plan/plan_validation.h"

namespace plancast {
namespace {

std::vector<std::string> IndicatorIds(const Plan& plan) {
  std::vector<std::string> ids;
  for (const Indicator& i : plan.indicators) ids.push_back(i.id);
  return ids;
}

const Indicator* FindIndicator(const Plan& plan, const std::string& id) {
  for (const Indicator& i : plan.indicators) {
    if (i.id == id) return &i;
  }
  return nullptr;
}

// `what` of `indicator` names a measured indicator of the plan; else an error at `where`.
bool CheckReference(const Plan& plan, const Indicator& indicator, const std::string& id, const std::string& what,
                    const SourceLocation& where, Diagnostics* diagnostics) {
  const Indicator* found = FindIndicator(plan, id);
  if (found == nullptr) {
    const std::string closest = ClosestMatch(id, IndicatorIds(plan));
    diagnostics->Error(where, what + " of '" + indicator.id + "' names unknown indicator '" + id + "'",
                       closest.empty() ? "give the id of an indicator of this plan" : "did you mean '" + closest + "'?");
    return false;
  }
  if (found == &indicator || !found->rank_of.empty() || !found->formula.empty()) {
    diagnostics->Error(where, what + " of '" + indicator.id + "' cannot be '" + id + "'",
                       "name an indicator with figures of its own (not a rank, not a formula)");
    return false;
  }
  return true;
}

void RefuseRegionalKeys(const Plan& plan, Diagnostics* diagnostics) {
  const std::string hint = "list the regions first: regions: [{id: pinghu, name: 平湖市}, ...]";
  for (const Indicator& i : plan.indicators) {
    if (i.aggregate != Indicator::Aggregate::kNone) {
      diagnostics->Error(i.aggregate_where, "'aggregate' of '" + i.id + "' needs regions in the plan", hint);
    }
    if (!i.rank_of.empty()) diagnostics->Error(i.rank_of_where, "'rank_of' of '" + i.id + "' needs regions in the plan", hint);
    for (const auto& [id, where] : i.region_targets_where) {
      diagnostics->Error(where, "'region_targets' of '" + i.id + "' needs regions in the plan", hint);
    }
  }
}

void CheckRegionTargetKeys(const Plan& plan, const Indicator& indicator, Diagnostics* diagnostics) {
  std::vector<std::string> ids{kTotalRegionId};
  for (const Region& r : plan.regions) ids.push_back(r.id);
  for (const auto& [id, where] : indicator.region_targets_where) {
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
    const std::string closest = ClosestMatch(id, ids);
    diagnostics->Error(where, "region_targets of '" + indicator.id + "' names unknown region '" + id + "'",
                       closest.empty() ? "use ids from 'regions:', or total for the plan's total"
                                       : "did you mean '" + closest + "'?");
  }
}

// Region r's copy of `indicator`: its figures and its own target.
Indicator RegionCopyForChecks(const Indicator& indicator, std::vector<Observation>* history, const std::string& region,
                              bool* has_own_target) {
  Indicator copy;
  copy.id = indicator.id;
  copy.direction = indicator.direction;
  copy.bounds = indicator.bounds;
  copy.pace = indicator.pace;
  auto own = indicator.region_targets.find(region);
  *has_own_target = own != indicator.region_targets.end();
  if (*has_own_target) copy.target = own->second;
  copy.history.swap(*history);
  return copy;
}

void CheckRegionFigures(const Plan& plan, Diagnostics* diagnostics) {
  for (size_t r = 0; r < plan.regions.size(); ++r) {
    const Region& region = plan.regions[r];
    for (size_t i = 0; i < plan.indicators.size(); ++i) {
      const Indicator& indicator = plan.indicators[i];
      std::vector<Observation>& history = plan.regional->histories[r][i];
      bool own_target = false;
      Indicator copy = RegionCopyForChecks(indicator, &history, region.id, &own_target);
      ValidateIndicator(plan, copy, diagnostics);
      history.swap(copy.history);
      const bool needs_figures = indicator.formula.empty() && indicator.rank_of.empty() &&
                                 (own_target ? copy.target.has_value() : indicator.target.has_value());
      if (needs_figures && history.empty()) {
        diagnostics->Error(region.where, "region '" + region.id + "' has no figures of '" + indicator.id + "', whose " +
                                             (own_target ? "region target" : "target, shared by every region,") +
                                             " applies to it (target at line " +
                                             std::to_string((own_target ? copy.target : indicator.target)->where.line) +
                                             ")",
                           "add its rows (region " + region.id + ", indicator " + indicator.id +
                               ") to a history file, or write region_targets: {" + region.id + ": none}");
      }
    }
  }
}

void FillRankHistories(Plan* plan) {
  for (size_t i = 0; i < plan->indicators.size(); ++i) {
    Indicator& rank = plan->indicators[i];
    if (rank.rank_of.empty()) continue;
    const Indicator* source = FindIndicator(*plan, rank.rank_of);
    const size_t s = source - plan->indicators.data();
    std::vector<const std::vector<Observation>*> values;
    for (auto& region : plan->regional->histories) values.push_back(&region[s]);
    std::vector<std::vector<Observation>> ranks = PeerRanks(values, source->direction);
    for (size_t r = 0; r < ranks.size(); ++r) plan->regional->histories[r][i] = std::move(ranks[r]);
    if (!rank.bounds) rank.bounds = Bounds{1.0, static_cast<double>(plan->regions.size())};
    if (!rank.pace) rank.pace = PaceKind::kSlope;
  }
}

}  // namespace

std::vector<std::vector<Observation>> PeerRanks(const std::vector<const std::vector<Observation>*>& values,
                                                Direction direction) {
  using PeriodKey = std::pair<long, long>;
  std::map<PeriodKey, std::vector<std::pair<size_t, const Observation*>>> by_period;
  for (size_t r = 0; r < values.size(); ++r) {
    for (const Observation& o : *values[r]) by_period[{o.period.start.day_number(), o.period.end.day_number()}].push_back({r, &o});
  }
  std::vector<std::vector<Observation>> ranks(values.size());
  for (auto& [period, entries] : by_period) {
    std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
      return direction == Direction::kIncrease ? a.second->value > b.second->value : a.second->value < b.second->value;
    });
    for (size_t k = 0; k < entries.size(); ++k) {
      Observation rank = *entries[k].second;
      rank.value = static_cast<double>(k + 1);
      rank.note.clear();
      ranks[entries[k].first].push_back(rank);
    }
  }
  for (auto& series : ranks) {
    std::stable_sort(series.begin(), series.end(), [](const Observation& a, const Observation& b) { return a.t < b.t; });
  }
  return ranks;
}

void ValidateRegions(Plan* plan, Diagnostics* diagnostics) {
  if (plan->regions.empty()) {
    RefuseRegionalKeys(*plan, diagnostics);
    return;
  }
  if (!plan->regional) plan->regional = std::make_shared<RegionalHistories>();
  plan->regional->histories.resize(plan->regions.size(), std::vector<std::vector<Observation>>(plan->indicators.size()));
  bool references_ok = true;
  for (const Indicator& indicator : plan->indicators) {
    if (!indicator.history.empty()) {
      diagnostics->Error(indicator.history.front().where,
                         "'" + indicator.id + "' has a history in the plan, which lists regions",
                         "give each region's figures in a history file with a region column "
                         "(region,indicator,period,value)");
    }
    if (!indicator.rank_of.empty()) {
      references_ok &= CheckReference(*plan, indicator, indicator.rank_of, "rank_of", indicator.rank_of_where, diagnostics);
    }
    if (!indicator.aggregate_weight.empty()) {
      CheckReference(*plan, indicator, indicator.aggregate_weight, "weight", indicator.aggregate_where, diagnostics);
    }
    CheckRegionTargetKeys(*plan, indicator, diagnostics);
  }
  // After a repeated row the ranks would be wrong too: one message is enough.
  const bool earlier_errors = std::any_of(diagnostics->All().begin(), diagnostics->All().end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::kError; });
  if (earlier_errors) return;
  if (references_ok) FillRankHistories(plan);
  CheckRegionFigures(*plan, diagnostics);
}

}  // namespace plancast
