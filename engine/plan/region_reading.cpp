// Reads `regions:` and an indicator's regional keys (`aggregate:`, `weight:`,
// `rank_of:`, `region_targets:`); docs/plan-format.md, "Regions".
#include <algorithm>

#include "engine/plan/plan_reading.h"

namespace plancast {
namespace {

void ReadRegion(const YAML::Node& node, const LoadContext& context, Plan* plan) {
  if (!node.IsMap()) {
    context.Error(node, "a region should be a map with id and name, not " + DescribeNodeType(node),
                  "write - {id: pinghu, name: 平湖市}");
    return;
  }
  MapFields fields(node, {"id", "name", "parent"}, "region", context);
  Region region;
  region.id = ReadId(fields, false, context);
  region.name = fields.Text("name", true).value_or("");
  region.parent = fields.Text("parent", false).value_or("");
  region.where = fields.Find("id") != nullptr ? context.Where(*fields.Find("id")) : fields.Where();
  if (region.id.empty()) return;
  if (region.id == kTotalRegionId) {
    context.Error(*fields.Find("id"), "region id 'total' is reserved for the plan's total over its regions",
                  "give the region another id, e.g. total_area");
    return;
  }
  auto same = std::find_if(plan->regions.begin(), plan->regions.end(),
                           [&](const Region& r) { return r.id == region.id; });
  if (same != plan->regions.end()) {
    context.Error(*fields.Find("id"), "region '" + region.id + "' is listed twice",
                  "list each region once (first at line " + std::to_string(same->where.line) + ")");
    return;
  }
  plan->regions.push_back(region);
}

// `region_targets: {pinghu: {year: 2025, value: 3}, total: {...}, haiyan: none}`.
void ReadRegionTargets(const YAML::Node& node, const LoadContext& context, const Plan& plan, Indicator* indicator) {
  if (node.IsNull()) return;
  if (!node.IsMap()) {
    context.Error(node, "'region_targets' should be a map of region id: target, not " + DescribeNodeType(node),
                  "e.g. region_targets: {pinghu: {year: 2025, value: 3.2}, total: {year: 2025, value: 3.0}}");
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::optional<std::string> id = ScalarText(it->first, "region_targets", context);
    if (!id) continue;
    // ReadTarget reads `target:` of a map: hand it a map holding this entry.
    YAML::Node holder(YAML::NodeType::Map);
    holder["target"] = it->second;
    MapFields fields(holder, {"target"}, "region target", context);
    Indicator scratch;
    scratch.id = indicator->id;
    ReadTarget(fields, context, plan, &scratch);
    indicator->region_targets[*id] = scratch.target;
    indicator->region_targets_where[*id] = context.Where(it->first);
  }
}

}  // namespace

void ReadRegions(const YAML::Node& node, const LoadContext& context, Plan* plan) {
  if (node.IsNull()) return;
  if (!node.IsSequence()) {
    context.Error(node, "'regions' should be a list, not " + DescribeNodeType(node),
                  "start each region with '- {id: pinghu, name: 平湖市}'");
    return;
  }
  for (const YAML::Node& region : node) ReadRegion(region, context, plan);
}

void ReadRegionalKeys(const MapFields& fields, const LoadContext& context, const Plan& plan, Indicator* indicator) {
  if (std::optional<std::string> how = fields.Choice("aggregate", {"sum", "mean", "weighted"}, false)) {
    indicator->aggregate = *how == "sum"    ? Indicator::Aggregate::kSum
                           : *how == "mean" ? Indicator::Aggregate::kMean
                                            : Indicator::Aggregate::kWeighted;
    indicator->aggregate_where = context.Where(*fields.Find("aggregate"));
  }
  indicator->aggregate_weight = fields.Text("weight", false).value_or("");
  const bool weighted = indicator->aggregate == Indicator::Aggregate::kWeighted;
  if (weighted && indicator->aggregate_weight.empty()) {
    context.Error(*fields.Find("aggregate"), "'aggregate: weighted' of '" + indicator->id + "' needs a weight",
                  "add weight: <indicator id>, e.g. weight: gdp for a share of GDP");
  } else if (!weighted && !indicator->aggregate_weight.empty()) {
    context.Error(*fields.Find("weight"), "'weight' belongs to 'aggregate: weighted'",
                  "write aggregate: weighted, or remove weight");
  }
  if (std::optional<std::string> rank_of = fields.Text("rank_of", false)) {
    indicator->rank_of = *rank_of;
    indicator->rank_of_where = context.Where(*fields.Find("rank_of"));
  }
  if (const YAML::Node* targets = fields.Find("region_targets")) ReadRegionTargets(*targets, context, plan, indicator);
}

}  // namespace plancast
