// The plan as a graph: goals, indicators and derived indicators, with edges
// in the direction data flows (input -> derived indicator -> goal -> parent
// goal). The only file that sees Boost.Graph.
//
// Topological order of this graph is the evaluation order: every indicator
// before the derived indicators computed from it, every indicator before the
// goals it serves, every goal before its parent.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/plan/diagnostics.h"
#include "engine/plan/formula.h"
#include "engine/plan/types.h"

namespace plancast {

// The longest chain of formulas a derived indicator may sit at the end of: a
// measured indicator is level 0, a derived one 1 + its deepest input
// (docs/reliability.md). Real plans use 2 or 3 levels; a generated
// 50,000-long chain took 62 s and 6.5 GB to forecast.
constexpr int kMaxDerivedLevels = 64;

class GoalGraph {
 public:
  enum class NodeKind { kGoal, kIndicator, kDerived };
  struct Node {
    NodeKind kind;
    std::string id;
    std::string name;
    SourceLocation where;
  };

  // Builds the graph of `plan`. Unknown references (suggesting the closest
  // id), formulas that do not parse, cycles (naming every node on the cycle
  // with where it is defined) and derived indicators more than
  // kMaxDerivedLevels formulas away from measured data are added to
  // `diagnostics`; then nullopt. Linear in nodes + edges.
  static std::optional<GoalGraph> Build(const Plan& plan, Diagnostics* diagnostics);

  GoalGraph(GoalGraph&&) noexcept;
  GoalGraph& operator=(GoalGraph&&) noexcept;
  ~GoalGraph();

  const std::vector<Node>& Nodes() const;
  // Node indices in evaluation order.
  const std::vector<size_t>& TopologicalOrder() const;
  // Indices into plan.indicators, in evaluation order.
  std::vector<size_t> IndicatorOrder() const;
  // The parsed formula of indicator `indicator_index`, or nullptr if measured.
  const Formula* FormulaOf(size_t indicator_index) const;
  // Indices (into plan.indicators) of the inputs of a derived indicator, in
  // the order of FormulaOf(i)->Variables().
  const std::vector<size_t>& InputsOf(size_t indicator_index) const;

  // Graphviz DOT: goals as boxes (tree drawn goal -> child), indicators as
  // ellipses, derived indicators dashed with input -> derived edges.
  std::string ToDot() const;
  // {"nodes": [{id, kind, name}], "edges": [{from, to, kind, weight}]}.
  std::string ToJson() const;

 private:
  struct Impl;
  explicit GoalGraph(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

const char* NodeKindToString(GoalGraph::NodeKind kind);

}  // namespace plancast
