// Goal graph: evaluation order, cycles, unknown references, output formats.
#define BOOST_TEST_MODULE goal_graph
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>

#include "engine/plan/formula.h"
#include "engine/plan/goal_graph.h"
#include "tests/support/plan_builder.h"

using namespace plancast;
using namespace plancast::testing;

namespace {
size_t PositionOf(const std::vector<size_t>& order, size_t value) {
  return std::find(order.begin(), order.end(), value) - order.begin();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(GoalGraphTests)

BOOST_AUTO_TEST_CASE(inputs_come_before_derived_indicators_and_children_before_goals) {
  Plan plan = MakePlan();
  AddGoal(plan, "hub");
  AddGoal(plan, "digital", "hub");
  // Listed in the "wrong" order on purpose: the share first, its inputs after.
  AddIndicator(plan, "share", {}, {"digital"}).formula = "high_tech_va / industrial_va * 100";
  AddIndicator(plan, "high_tech_va", {{2020, 167.88}});
  AddIndicator(plan, "industrial_va", {{2020, 258.0}});
  Diagnostics d;
  const auto graph = GoalGraph::Build(plan, &d);
  BOOST_REQUIRE_MESSAGE(graph.has_value(), d.ToString());
  const std::vector<size_t> order = graph->IndicatorOrder();
  BOOST_TEST(order.size() == 3u);
  BOOST_TEST(PositionOf(order, 1) < PositionOf(order, 0));
  BOOST_TEST(PositionOf(order, 2) < PositionOf(order, 0));
  BOOST_TEST(graph->InputsOf(0).size() == 2u);
  // Whole-graph order: the share before its goal, the goal before its parent.
  const auto& nodes = graph->Nodes();
  const auto& topo = graph->TopologicalOrder();
  auto pos = [&](const std::string& id) {
    for (size_t k = 0; k < topo.size(); ++k) {
      if (nodes[topo[k]].id == id) return k;
    }
    return topo.size();
  };
  BOOST_TEST(pos("share") < pos("digital"));
  BOOST_TEST(pos("digital") < pos("hub"));
}

BOOST_AUTO_TEST_CASE(a_cycle_names_every_node_on_it_with_its_line) {
  Plan plan = MakePlan();
  AddIndicator(plan, "a", {}).formula = "b + 1";
  AddIndicator(plan, "b", {}).formula = "c * 2";
  AddIndicator(plan, "c", {}).formula = "a - 3";
  AddIndicator(plan, "d", {{2020, 1}});
  Diagnostics d;
  BOOST_TEST(!GoalGraph::Build(plan, &d).has_value());
  const std::string text = d.ToString();
  BOOST_TEST_MESSAGE(text);
  BOOST_TEST(text.find("cycle") != std::string::npos);
  for (const char* id : {"a (test.yaml:100)", "b (test.yaml:110)", "c (test.yaml:120)"}) {
    BOOST_TEST(text.find(id) != std::string::npos, id);
  }
  BOOST_TEST(text.find("d (") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_self_reference_is_a_cycle) {
  Plan plan = MakePlan();
  AddIndicator(plan, "a", {}).formula = "a * 2";
  Diagnostics d;
  BOOST_TEST(!GoalGraph::Build(plan, &d).has_value());
  BOOST_TEST(d.ToString().find("a -> a") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_inputs_and_goals_suggest_the_closest_id) {
  Plan plan = MakePlan();
  AddGoal(plan, "talent");
  AddIndicator(plan, "rd_spending", {{2020, 1}}, {"talnet"});
  AddIndicator(plan, "share", {}).formula = "rd_spendng / gdp";
  AddIndicator(plan, "gdp", {{2020, 1}});
  Diagnostics d;
  BOOST_TEST(!GoalGraph::Build(plan, &d).has_value());
  const std::string text = d.ToString();
  BOOST_TEST(text.find("unknown indicator 'rd_spendng'") != std::string::npos);
  BOOST_TEST(text.find("did you mean 'rd_spending'?") != std::string::npos);
  BOOST_TEST(text.find("did you mean 'talent'?") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_formula_that_does_not_parse_is_an_error_at_its_line) {
  Plan plan = MakePlan();
  Indicator& bad = AddIndicator(plan, "share", {});
  bad.formula = "a / (b * 100";
  bad.formula_where = {"test.yaml", 42, 14};
  AddIndicator(plan, "a", {{2020, 1}});
  AddIndicator(plan, "b", {{2020, 1}});
  Diagnostics d;
  BOOST_TEST(!GoalGraph::Build(plan, &d).has_value());
  BOOST_TEST(d.ToString().find("test.yaml:42:14: error: formula of 'share' does not parse") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(dot_and_json_describe_every_node) {
  Plan plan = MakePlan();
  AddGoal(plan, "hub");
  AddIndicator(plan, "x", {{2020, 1}}, {"hub"}).name = "名称 \"quoted\"";
  AddIndicator(plan, "y", {}).formula = "x * 2";
  Diagnostics d;
  const auto graph = GoalGraph::Build(plan, &d);
  BOOST_REQUIRE(graph.has_value());
  const std::string dot = graph->ToDot();
  BOOST_TEST(dot.find("digraph plan {") == 0u);
  BOOST_TEST(dot.find("\"hub\" -> \"x\"") != std::string::npos);
  BOOST_TEST(dot.find("\"x\" -> \"y\" [style=dashed]") != std::string::npos);
  BOOST_TEST(dot.find("名称 \\\"quoted\\\"") != std::string::npos);
  const std::string json = graph->ToJson();
  BOOST_TEST(json.find("\"kind\": \"derived\"") != std::string::npos);
  BOOST_TEST(json.find("\"evaluation_order\"") != std::string::npos);
}

namespace {
// rd (measured), then d1 = rd * 1, d2 = d1 * 1, ... d<levels>; each derived
// indicator also reads rd, so the longest chain, not the nearest input, counts.
Plan ChainOfLevels(int levels) {
  Plan plan = MakePlan();
  AddIndicator(plan, "rd", {{2020, 1}});
  for (int k = 1; k <= levels; ++k) {
    Indicator& d = AddIndicator(plan, "d" + std::to_string(k), {});
    d.formula = (k == 1 ? std::string("rd") : "d" + std::to_string(k - 1)) + " * 1 + rd * 0";
    d.formula_where = {"test.yaml", 1000 + k, 14};
  }
  return plan;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_chain_of_formulas_is_limited_to_its_levels_at_the_first_one_past_it) {
  Diagnostics fine;
  BOOST_TEST(GoalGraph::Build(ChainOfLevels(kMaxDerivedLevels), &fine).has_value(), fine.ToString());

  Diagnostics d;
  BOOST_TEST(!GoalGraph::Build(ChainOfLevels(kMaxDerivedLevels + 30), &d).has_value());
  const std::string text = d.ToString();
  BOOST_TEST_MESSAGE(text);
  BOOST_TEST(d.All().size() == 1u);  // d65 only: d66.. are past the limit because of it
  BOOST_TEST(text.find("test.yaml:1065:14: error: 'd65' is computed through 65 levels of formulas "
                       "(d65 <- d64 <- d63 <- ... <- d2 <- d1 <- rd); the limit is 64") != std::string::npos);
  BOOST_TEST(text.find("its own history") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_long_cycle_names_its_first_nodes_and_counts_the_rest) {
  Plan plan = ChainOfLevels(5000);
  plan.indicators[1].formula = "d5000 * 1";  // d1 reads the last one: a cycle of 5,000
  Diagnostics d;
  BOOST_TEST(!GoalGraph::Build(plan, &d).has_value());
  const std::string text = d.ToString();
  BOOST_TEST(text.size() < 2000u, text.size());
  BOOST_TEST(text.find("... (4988 more) -> ") != std::string::npos, text);
  BOOST_TEST(text.find(" and 4988 more") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(formulas_evaluate_and_list_their_inputs) {
  std::string error;
  const auto f = Formula::Parse("high_tech_va / industrial_va * 100", &error);
  BOOST_REQUIRE_MESSAGE(f.has_value(), error);
  BOOST_TEST((f->Variables() == std::vector<std::string>{"high_tech_va", "industrial_va"}));
  BOOST_TEST(f->Evaluate({167.88, 258.0}) == 167.88 / 258.0 * 100, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(!std::isfinite(f->Evaluate({1.0, 0.0})));
  BOOST_TEST(!Formula::Parse("a +* b", &error).has_value());
  BOOST_TEST(!error.empty());
}

BOOST_AUTO_TEST_SUITE_END()
