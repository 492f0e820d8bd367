#include "engine/regional_plans.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "engine/simulation.h"

namespace plancast {
namespace {

size_t IndexOf(const Plan& plan, const std::string& id) {
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    if (plan.indicators[i].id == id) return i;
  }
  return plan.indicators.size();
}

using PeriodKey = std::pair<long, long>;
PeriodKey KeyOf(const Observation& o) { return {o.period.start.day_number(), o.period.end.day_number()}; }

// Region r's figure of indicator i per period.
std::map<PeriodKey, const Observation*> ByPeriod(const Plan& plan, size_t r, size_t i) {
  std::map<PeriodKey, const Observation*> out;
  for (const Observation& o : plan.regional->histories[r][i]) out[KeyOf(o)] = &o;
  return out;
}

std::vector<Observation> TotalHistory(const Plan& plan, size_t i) {
  const Indicator& indicator = plan.indicators[i];
  const size_t w = IndexOf(plan, indicator.aggregate_weight);
  const bool weighted = indicator.aggregate == Indicator::Aggregate::kWeighted;
  std::vector<std::map<PeriodKey, const Observation*>> values, weights;
  for (size_t r = 0; r < plan.regions.size(); ++r) {
    values.push_back(ByPeriod(plan, r, i));
    if (weighted) weights.push_back(ByPeriod(plan, r, w));
  }
  std::vector<Observation> total;
  if (values.empty()) return total;
  for (const auto& [key, first] : values[0]) {
    std::vector<double> v, wt;
    for (size_t r = 0; r < values.size(); ++r) {
      auto found = values[r].find(key);
      if (found == values[r].end()) break;
      v.push_back(found->second->value);
      if (!weighted) continue;
      auto weight = weights[r].find(key);
      if (weight == weights[r].end()) break;
      wt.push_back(weight->second->value);
    }
    if (v.size() != values.size() || (weighted && wt.size() != values.size())) continue;
    Observation o = *first;
    o.value = AggregateValues(indicator.aggregate, v, wt);
    o.note.clear();
    o.source.clear();
    if (std::isfinite(o.value)) total.push_back(o);
  }
  return total;
}

// A region's own target (or none) replaces the shared one and every further
// target (`targets:`): a per-region override is the whole of that region's targets.
void ReplaceTargets(const std::optional<Target>& target, Indicator* indicator) {
  indicator->target = target;
  indicator->targets.clear();
  if (target) indicator->targets.push_back(*target);
}

}  // namespace

Plan RegionTemplate(const Plan& plan) {
  Plan copy;
  copy.file = plan.file;
  copy.id = plan.id;
  copy.name = plan.name;
  copy.region = plan.region;
  copy.language = plan.language;
  copy.period_start = plan.period_start;
  copy.period_end = plan.period_end;
  copy.baseline_year = plan.baseline_year;
  copy.as_of = plan.as_of;
  copy.thresholds = plan.thresholds;
  copy.goals = plan.goals;
  copy.indicators = plan.indicators;
  copy.scenarios = plan.scenarios;
  copy.history_files = plan.history_files;
  copy.where = plan.where;
  for (Indicator& i : copy.indicators) {
    i.history.clear();
    i.region_targets.clear();
    i.region_targets_where.clear();
  }
  return copy;
}

Plan RegionPlan(const Plan& region_template, const Plan& plan, size_t r) {
  Plan region = region_template;
  region.region = plan.regions[r].name;
  for (size_t i = 0; i < region.indicators.size(); ++i) {
    Indicator& indicator = region.indicators[i];
    indicator.history = plan.regional->histories[r][i];
    const auto& own = plan.indicators[i].region_targets;
    if (auto found = own.find(plan.regions[r].id); found != own.end()) ReplaceTargets(found->second, &indicator);
  }
  return region;
}

Plan TotalPlan(const Plan& region_template, const Plan& plan) {
  Plan total = region_template;
  total.indicators.clear();
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    const Indicator& source = plan.indicators[i];
    if (source.aggregate == Indicator::Aggregate::kNone || !source.formula.empty() || !source.rank_of.empty()) continue;
    Indicator indicator = region_template.indicators[i];
    indicator.history = TotalHistory(plan, i);
    auto found = source.region_targets.find(kTotalRegionId);
    ReplaceTargets(found == source.region_targets.end() ? std::nullopt : found->second, &indicator);
    total.indicators.push_back(std::move(indicator));
  }
  return total;
}

std::uint64_t RegionSeed(std::uint64_t run_seed, const std::string& region_id) {
  return IndicatorSeed(run_seed, "region:" + region_id) & ((std::uint64_t{1} << 53) - 1);
}

double AggregateValues(Indicator::Aggregate how, const std::vector<double>& values, const std::vector<double>& weights) {
  double sum = 0.0, weight_sum = 0.0;
  for (size_t k = 0; k < values.size(); ++k) {
    const double w = how == Indicator::Aggregate::kWeighted ? weights[k] : 1.0;
    sum += w * values[k];
    weight_sum += w;
  }
  if (how == Indicator::Aggregate::kSum) return sum;
  return weight_sum == 0.0 ? std::numeric_limits<double>::quiet_NaN() : sum / weight_sum;
}

}  // namespace plancast
