#include "engine/plan/goal_graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <map>

namespace plancast {
namespace {

enum class EdgeKind { kChildGoal, kServes, kInput };

struct EdgeInfo {
  EdgeKind kind = EdgeKind::kServes;
  double weight = 1.0;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, EdgeInfo>;

const char* EdgeKindToString(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kChildGoal: return "child_goal";
    case EdgeKind::kServes: return "serves";
    case EdgeKind::kInput: return "input";
  }
  return "serves";
}

std::string Where(const SourceLocation& where) {
  return where.line > 0 ? fmt::format("{}:{}", where.file, where.line) : where.file;
}

// Ids to positions, for lookups and "did you mean" hints.
struct PlanIndex {
  std::map<std::string, size_t> goal_index, indicator_index;
  std::vector<std::string> goal_ids, indicator_ids;
};

}  // namespace

struct GoalGraph::Impl {
  Graph graph;
  std::vector<Node> nodes;
  std::vector<size_t> order;
  size_t goal_count = 0;
  std::vector<std::optional<Formula>> formulas;  // per indicator
  std::vector<std::vector<size_t>> inputs;       // per indicator

  size_t IndicatorNode(size_t indicator) const { return goal_count + indicator; }

  // Build's steps, in order (defined below Impl).
  void AddNodes(const Plan& plan, PlanIndex* index);
  void AddGoalEdges(const Plan& plan, const PlanIndex& index, Diagnostics* diagnostics);
  void AddFormulaEdges(const Plan& plan, const PlanIndex& index, Diagnostics* diagnostics);

  // One cycle through the strongly connected component of `start`, as node
  // indices, found by walking edges that stay inside the component (linear:
  // membership is looked up in `component`, not searched).
  std::vector<size_t> CycleThrough(size_t start, const std::vector<int>& component) const {
    std::vector<size_t> path{start};
    std::map<size_t, size_t> position{{start, 0}};
    while (true) {
      size_t next = path.back();
      for (auto [e, end] = boost::out_edges(path.back(), graph); e != end; ++e) {
        const size_t target = boost::target(*e, graph);
        if (component[target] == component[start]) {
          next = target;
          break;
        }
      }
      const auto seen = position.find(next);
      if (seen != position.end()) return {path.begin() + seen->second, path.end()};
      position[next] = path.size();
      path.push_back(next);
    }
  }

  bool ReportCycles(Diagnostics* diagnostics) const {
    std::vector<int> component(boost::num_vertices(graph));
    const int count = boost::strong_components(graph, component.data());
    std::vector<std::vector<size_t>> members(count);
    for (size_t v = 0; v < component.size(); ++v) members[component[v]].push_back(v);
    bool found = false;
    for (const std::vector<size_t>& group : members) {
      const bool self_loop = group.size() == 1 && boost::edge(group[0], group[0], graph).second;
      if (group.size() < 2 && !self_loop) continue;
      found = true;
      const std::vector<size_t> cycle = CycleThrough(group.front(), component);
      // A generated cycle can be thousands long: name the first kShown nodes.
      constexpr size_t kShown = 12;
      std::string chain, places;
      for (size_t k = 0; k < cycle.size() && k < kShown; ++k) {
        const size_t v = cycle[k];
        chain += nodes[v].id + " -> ";
        places += fmt::format("{}{} ({})", places.empty() ? "" : ", ", nodes[v].id, Where(nodes[v].where));
      }
      if (cycle.size() > kShown) {
        chain += fmt::format("... ({} more) -> ", cycle.size() - kShown);
        places += fmt::format(" and {} more", cycle.size() - kShown);
      }
      chain += nodes[cycle.front()].id;
      diagnostics->Error(nodes[cycle.front()].where, "formulas form a cycle: " + chain,
                         "a derived indicator cannot depend on itself; defined at " + places);
    }
    return found;
  }

  // Levels of formulas above measured data, in evaluation order (one pass
  // over the edges); each indicator that first goes past kMaxDerivedLevels is
  // reported (its dependants go past it too and are not repeated).
  bool ReportTooManyLevels(const Plan& plan, Diagnostics* diagnostics) const {
    std::vector<int> level(plan.indicators.size(), 0);
    std::vector<size_t> deepest_input(plan.indicators.size(), SIZE_MAX);
    int reported = 0;
    for (size_t v : order) {
      if (v < goal_count) continue;
      const size_t i = v - goal_count;
      if (!formulas[i]) continue;
      for (size_t input : inputs[i]) {
        if (level[input] + 1 <= level[i]) continue;
        level[i] = level[input] + 1;
        deepest_input[i] = input;
      }
      if (level[i] != kMaxDerivedLevels + 1 || ++reported > 5) continue;
      const Indicator& ind = plan.indicators[i];
      diagnostics->Error(ind.formula_where.line > 0 ? ind.formula_where : ind.where,
                         fmt::format("'{}' is computed through {} levels of formulas ({}); the limit is {}", ind.id,
                                     level[i], ChainDown(plan, i, deepest_input), kMaxDerivedLevels),
                         "write the formula over indicators nearer the measured data, or give this indicator "
                         "its own history");
    }
    return reported > 0;
  }

  // "d64 <- d63 <- ... <- rd_share": the deepest chain below `i`, its ends shown.
  static std::string ChainDown(const Plan& plan, size_t i, const std::vector<size_t>& deepest_input) {
    std::vector<std::string> ids;
    for (size_t at = i; at != SIZE_MAX; at = deepest_input[at]) ids.push_back(plan.indicators[at].id);
    std::string chain;
    for (size_t k = 0; k < ids.size(); ++k) {
      if (k == 3 && ids.size() > 6) {
        chain += " <- ...";
        k = ids.size() - 3;
      }
      chain += (k == 0 ? "" : " <- ") + ids[k];
    }
    return chain;
  }
};

GoalGraph::GoalGraph(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GoalGraph::GoalGraph(GoalGraph&&) noexcept = default;
GoalGraph& GoalGraph::operator=(GoalGraph&&) noexcept = default;
GoalGraph::~GoalGraph() = default;

// One node per goal, then one per indicator (node goal_count + i is indicator i).
void GoalGraph::Impl::AddNodes(const Plan& plan, PlanIndex* index) {
  goal_count = plan.goals.size();
  for (const Goal& g : plan.goals) {
    index->goal_index[g.id] = nodes.size();
    index->goal_ids.push_back(g.id);
    nodes.push_back({NodeKind::kGoal, g.id, g.name, g.where});
  }
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    const Indicator& ind = plan.indicators[i];
    index->indicator_index[ind.id] = i;
    index->indicator_ids.push_back(ind.id);
    nodes.push_back({ind.formula.empty() ? NodeKind::kIndicator : NodeKind::kDerived,
                           ind.id, ind.name, ind.where});
  }
  graph = Graph(nodes.size());
  formulas.resize(plan.indicators.size());
  inputs.resize(plan.indicators.size());
}

// Sub-goal -> parent goal, and indicator -> each goal it serves (unknown goals
// are reported; unknown parents are the loader's to report).
void GoalGraph::Impl::AddGoalEdges(const Plan& plan, const PlanIndex& index, Diagnostics* diagnostics) {
  for (const Goal& g : plan.goals) {
    if (g.parent.empty()) continue;
    const auto parent = index.goal_index.find(g.parent);
    if (parent == index.goal_index.end()) continue;
    boost::add_edge(index.goal_index.at(g.id), parent->second, EdgeInfo{EdgeKind::kChildGoal, g.weight}, graph);
  }
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    const Indicator& ind = plan.indicators[i];
    for (const std::string& goal : ind.goals) {
      const auto it = index.goal_index.find(goal);
      if (it == index.goal_index.end()) {
        const std::string closest = ClosestMatch(goal, index.goal_ids);
        diagnostics->Error(ind.where, "indicator '" + ind.id + "' refers to unknown goal '" + goal + "'",
                           closest.empty() ? "goals are: defined under `goals:`" : "did you mean '" + closest + "'?");
        continue;
      }
      const auto weight = ind.goal_weights.find(goal);
      boost::add_edge(IndicatorNode(i), it->second,
                      EdgeInfo{EdgeKind::kServes, weight == ind.goal_weights.end() ? 1.0 : weight->second},
                      graph);
    }
  }
}

// Input -> derived indicator, for every variable of every formula (formulas
// that do not parse and unknown inputs are reported).
void GoalGraph::Impl::AddFormulaEdges(const Plan& plan, const PlanIndex& index, Diagnostics* diagnostics) {
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    const Indicator& ind = plan.indicators[i];
    if (ind.formula.empty()) continue;
    const SourceLocation& at = ind.formula_where.line > 0 ? ind.formula_where : ind.where;
    std::string error;
    formulas[i] = Formula::Parse(ind.formula, &error);
    if (!formulas[i]) {
      diagnostics->Error(at, "formula of '" + ind.id + "' does not parse: " + error,
                         "write it over indicator ids, e.g. `high_tech_va / industrial_va * 100`");
      continue;
    }
    for (const std::string& input : formulas[i]->Variables()) {
      const auto it = index.indicator_index.find(input);
      if (it == index.indicator_index.end()) {
        const std::string closest = ClosestMatch(input, index.indicator_ids);
        diagnostics->Error(at, "formula of '" + ind.id + "' uses unknown indicator '" + input + "'",
                           closest.empty() ? "use the id of an indicator defined in this plan"
                                           : "did you mean '" + closest + "'?");
        continue;
      }
      inputs[i].push_back(it->second);
      boost::add_edge(IndicatorNode(it->second), IndicatorNode(i), EdgeInfo{EdgeKind::kInput, 1.0},
                      graph);
    }
  }
}

std::optional<GoalGraph> GoalGraph::Build(const Plan& plan, Diagnostics* diagnostics) {
  auto impl = std::make_unique<Impl>();
  PlanIndex index;
  const size_t errors_before = diagnostics->All().size();
  impl->AddNodes(plan, &index);
  impl->AddGoalEdges(plan, index, diagnostics);
  impl->AddFormulaEdges(plan, index, diagnostics);
  const bool has_cycle = impl->ReportCycles(diagnostics);
  if (has_cycle || diagnostics->All().size() > errors_before) return std::nullopt;
  std::vector<size_t> reversed;
  boost::topological_sort(impl->graph, std::back_inserter(reversed));
  impl->order.assign(reversed.rbegin(), reversed.rend());
  if (impl->ReportTooManyLevels(plan, diagnostics)) return std::nullopt;
  return GoalGraph(std::move(impl));
}

const std::vector<GoalGraph::Node>& GoalGraph::Nodes() const { return impl_->nodes; }
const std::vector<size_t>& GoalGraph::TopologicalOrder() const { return impl_->order; }

std::vector<size_t> GoalGraph::IndicatorOrder() const {
  std::vector<size_t> order;
  for (size_t v : impl_->order) {
    if (v >= impl_->goal_count) order.push_back(v - impl_->goal_count);
  }
  return order;
}

const Formula* GoalGraph::FormulaOf(size_t indicator_index) const {
  const auto& f = impl_->formulas[indicator_index];
  return f ? &*f : nullptr;
}

const std::vector<size_t>& GoalGraph::InputsOf(size_t indicator_index) const {
  return impl_->inputs[indicator_index];
}

const char* NodeKindToString(GoalGraph::NodeKind kind) {
  switch (kind) {
    case GoalGraph::NodeKind::kGoal: return "goal";
    case GoalGraph::NodeKind::kIndicator: return "indicator";
    case GoalGraph::NodeKind::kDerived: return "derived";
  }
  return "indicator";
}

namespace {
std::string DotQuote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out + "\"";
}
}  // namespace

std::string GoalGraph::ToDot() const {
  std::string dot = "digraph plan {\n  rankdir=LR;\n  node [fontname=\"Noto Sans CJK SC\"];\n";
  for (const Node& n : impl_->nodes) {
    const char* shape = n.kind == NodeKind::kGoal ? "box" : "ellipse";
    const char* style = n.kind == NodeKind::kDerived ? ",style=dashed" : "";
    dot += fmt::format("  {} [label={},shape={}{}];\n", DotQuote(n.id), DotQuote(n.name + "\n" + n.id), shape, style);
  }
  for (auto [e, end] = boost::edges(impl_->graph); e != end; ++e) {
    const Node& from = impl_->nodes[boost::source(*e, impl_->graph)];
    const Node& to = impl_->nodes[boost::target(*e, impl_->graph)];
    const EdgeInfo& info = impl_->graph[*e];
    if (info.kind == EdgeKind::kInput) {
      dot += fmt::format("  {} -> {} [style=dashed];\n", DotQuote(from.id), DotQuote(to.id));
    } else {  // draw the tree top-down: goal -> child goal / indicator
      const std::string label = info.weight != 1.0 ? fmt::format(" [label=\"w={}\"]", info.weight) : "";
      dot += fmt::format("  {} -> {}{};\n", DotQuote(to.id), DotQuote(from.id), label);
    }
  }
  return dot + "}\n";
}

std::string GoalGraph::ToJson() const {
  nlohmann::ordered_json json;
  json["nodes"] = nlohmann::ordered_json::array();
  for (const Node& n : impl_->nodes) {
    json["nodes"].push_back({{"id", n.id}, {"kind", NodeKindToString(n.kind)}, {"name", n.name},
                             {"line", n.where.line}});
  }
  json["edges"] = nlohmann::ordered_json::array();
  for (auto [e, end] = boost::edges(impl_->graph); e != end; ++e) {
    const EdgeInfo& info = impl_->graph[*e];
    json["edges"].push_back({{"from", impl_->nodes[boost::source(*e, impl_->graph)].id},
                             {"to", impl_->nodes[boost::target(*e, impl_->graph)].id},
                             {"kind", EdgeKindToString(info.kind)},
                             {"weight", info.weight}});
  }
  json["evaluation_order"] = nlohmann::ordered_json::array();
  for (size_t v : impl_->order) json["evaluation_order"].push_back(impl_->nodes[v].id);
  return json.dump(2) + "\n";
}

}  // namespace plancast
