// ParsePlan from strings (no files needed) and the two bundled example plans.
#define BOOST_TEST_MODULE plan_loader
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/plan/plan_loader.h"
#include "engine/plan/yaml_safety.h"
#include "tests/support/printers.h"

using namespace plancast;

namespace {

const std::string kHead = R"(schema: 1
plan:
  id: t
  name: Test plan
  period: {start: 2021, end: 2025}
  baseline_year: 2020
goals:
  - id: top
    name: Top
    children:
      - id: child
        name: Child
        weight: 2
indicators:
)";

std::string IndicatorYaml(const std::string& id, const std::string& extra = "") {
  return "  - id: " + id + "\n    name: 指标 " + id + "\n    unit: \"%\"\n    direction: increase\n"
         "    bounds: [0, 100]\n    goals: [child]\n    history: {2020: 2.0, 2016: 1.0, 2019: 1.5}\n"
         "    target: {year: 2025, value: 3.0}\n" + extra;
}

std::optional<Plan> Parse(const std::string& text, Diagnostics* diagnostics) {
  return ParsePlan(text, "plan.yaml", diagnostics);
}

int ErrorCount(const Diagnostics& diagnostics) {
  int n = 0;
  for (const Diagnostic& d : diagnostics.All()) n += d.severity == Severity::kError;
  return n;
}

const Indicator* Find(const Plan& plan, const std::string& id) {
  for (const Indicator& i : plan.indicators) {
    if (i.id == id) return &i;
  }
  return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_CASE(reads_every_field_and_sorts_history) {
  Diagnostics diagnostics;
  std::optional<Plan> plan = Parse(kHead + IndicatorYaml("a"), &diagnostics);
  BOOST_TEST_REQUIRE(plan.has_value(), diagnostics.ToString());
  BOOST_TEST(plan->id == "t");
  BOOST_TEST(plan->period_start == 2021);
  BOOST_TEST(plan->period_end == 2025);
  BOOST_TEST(plan->baseline_year == 2020);
  BOOST_TEST(plan->language == Language::kZh);
  BOOST_TEST(!plan->as_of.has_value());
  BOOST_TEST(plan->thresholds.on_track == 0.75);
  BOOST_TEST_REQUIRE(plan->goals.size() == 2u);
  BOOST_TEST(plan->goals[0].children == std::vector<std::string>{"child"});
  BOOST_TEST(plan->goals[1].parent == "top");
  BOOST_TEST(plan->goals[1].weight == 2.0);
  const Indicator& a = plan->indicators.at(0);
  BOOST_TEST(a.name == "指标 a");
  BOOST_TEST((a.bounds && a.bounds->lo == 0 && a.bounds->hi == 100));
  BOOST_TEST_REQUIRE(a.history.size() == 3u);
  BOOST_TEST(a.history[0].year == 2016);
  BOOST_TEST(a.history[2].year == 2020);
  BOOST_TEST(a.history[2].t == 2020.0);
  BOOST_TEST(a.history[2].value == 2.0);
  BOOST_TEST_REQUIRE(a.target.has_value());
  BOOST_TEST((a.target->kind == TargetKind::kLevel && a.target->year == 2025 && a.target->value == 3.0));
  BOOST_TEST(!a.target->illustrative);
  BOOST_TEST(a.where.line == 15);
  BOOST_TEST(a.where.column == 5);
}

BOOST_AUTO_TEST_CASE(reports_every_problem_in_one_pass) {
  std::string text = kHead + IndicatorYaml("a", "    binding: maybe\n") +
                     IndicatorYaml("b").replace(IndicatorYaml("b").find("2019: 1.5"), 9, "2019: 3,5") +
                     IndicatorYaml("a") + "  - id: c\n    name: C\n    direction: up\n    goals: [chlid]\n"
                     "    target: {year: 2030, value: 1}\n";
  Diagnostics diagnostics;
  BOOST_TEST(!Parse(text, &diagnostics).has_value());
  std::string all = diagnostics.ToString();
  // In a {flow map} "3,5" reads as "3" then a key "5": the hint must say so.
  for (const char* expected : {"'binding' should be true or false", "history key '5' is not a period",
                               "use a decimal point", "duplicate id 'a'",
                               "'direction' must be increase or decrease", "unknown goal 'chlid'",
                               "did you mean 'child'?", "target year 2030"}) {
    BOOST_TEST(all.find(expected) != std::string::npos, expected << " missing in\n" << all);
  }
  BOOST_TEST(ErrorCount(diagnostics) == 6);
}

BOOST_AUTO_TEST_CASE(optional_forms_target_none_goal_weights_measure_formula) {
  std::string text = kHead + IndicatorYaml("a") +
                     "  - id: b\n    name: B\n    direction: decrease\n    measure: flow\n"
                     "    goals: [{id: child, weight: 3}, top]\n    target: none\n"
                     "  - id: c\n    name: C\n    direction: increase\n    formula: a * 2\n    goal: top\n"
                     "    target: {kind: growth, year: 2025, value: 7, illustrative: true, note: 示意}\n"
                     "  - id: d\n    name: D\n    direction: increase\n    goal: top\n"
                     "    target: {kind: milestone, due: 2023-12-31}\n"
                     "scenarios:\n  - name: push\n    overrides:\n      - {indicator: a, from_year: 2022, growth: 12}\n";
  Diagnostics diagnostics;
  std::optional<Plan> plan = Parse(text, &diagnostics);
  BOOST_TEST_REQUIRE(plan.has_value(), diagnostics.ToString());
  BOOST_TEST(diagnostics.All().empty(), diagnostics.ToString());
  const Indicator& b = *Find(*plan, "b");
  BOOST_TEST(!b.target.has_value());
  BOOST_TEST(b.is_flow);
  BOOST_TEST((b.direction == Direction::kDecrease));
  BOOST_TEST((b.goals == std::vector<std::string>{"child", "top"}));
  BOOST_TEST(b.goal_weights.at("child") == 3.0);
  BOOST_TEST(b.goal_weights.count("top") == 0u);
  const Indicator& c = *Find(*plan, "c");
  BOOST_TEST(c.formula == "a * 2");
  BOOST_TEST(c.formula_where.line == 32);
  BOOST_TEST(c.formula_where.column == 14);
  BOOST_TEST((c.target->kind == TargetKind::kGrowth && c.target->illustrative && c.target->note == "示意"));
  const Indicator& d = *Find(*plan, "d");
  BOOST_TEST((d.target->kind == TargetKind::kMilestone && d.target->year == 2023));
  BOOST_TEST((d.target->due == boost::gregorian::date(2023, 12, 31)));
  BOOST_TEST_REQUIRE(plan->scenarios.size() == 1u);
  const ScenarioOverride& o = plan->scenarios[0].overrides.at(0);
  BOOST_TEST((o.indicator == "a" && o.from_year == 2022 && o.pace == 12.0 && o.kind == PaceKind::kGrowthRate));
}

BOOST_AUTO_TEST_CASE(sub_annual_history_year_to_date_lag_and_basis_shifts) {
  std::string ind = IndicatorYaml("a");
  ind.replace(ind.find("{2020: 2.0, 2016: 1.0, 2019: 1.5}"), 33,
              "{2021-09-30: 2.4, 2021-Q1: 0.5, 2020: 2.0, 2021-07: 1.6, 2019: {value: 1.5, basis: old}}");
  ind += "    measure: year_to_date\n    publication_lag_days: 45\n"
         "    basis_shifts: [{from_basis: old, offset: 0.2}]\n";
  Diagnostics diagnostics;
  std::optional<Plan> plan = Parse(kHead + ind, &diagnostics);
  BOOST_TEST_REQUIRE(plan.has_value(), diagnostics.ToString());
  const Indicator& a = plan->indicators.at(0);
  BOOST_TEST((a.year_to_date && a.is_flow));
  BOOST_TEST(a.publication_lag_days.value() == 45);
  BOOST_TEST_REQUIRE(a.basis_shifts.size() == 1u);
  BOOST_TEST((a.basis_shifts[0].from_basis == "old" && a.basis_shifts[0].ratio == 1.0 &&
              a.basis_shifts[0].offset == 0.2));
  BOOST_TEST_REQUIRE(a.history.size() == 5u);
  std::vector<std::string> labels;
  for (const Observation& o : a.history) labels.push_back(o.period.label);
  BOOST_TEST((labels == std::vector<std::string>{"2019", "2020", "2021-Q1", "2021-07", "2021-09-30"}));
  BOOST_TEST(a.history[0].t == 2019.0);
  BOOST_TEST((a.history[2].period.kind == PeriodKind::kQuarter && a.history[2].year == 2021));
  for (size_t k = 1; k < a.history.size(); ++k) BOOST_TEST(a.history[k - 1].t < a.history[k].t);
}

BOOST_AUTO_TEST_CASE(indicator_without_goal_is_a_warning_not_an_error) {
  std::string ind = IndicatorYaml("a");
  ind.erase(ind.find("    goals: [child]\n"), 19);
  Diagnostics diagnostics;
  BOOST_TEST(Parse(kHead + ind, &diagnostics).has_value());
  BOOST_TEST_REQUIRE(diagnostics.All().size() == 1u);
  BOOST_TEST((diagnostics.All()[0].severity == Severity::kWarning));
}

BOOST_AUTO_TEST_CASE(columns_count_characters_not_bytes) {
  // "    name: 研发经费, bad" would be a syntax error; use a flow map instead.
  std::string text = kHead + "  - {id: a, name: 研发经费投入, direction: 上升, target: none}\n";
  Diagnostics diagnostics;
  BOOST_TEST(!Parse(text, &diagnostics).has_value());
  BOOST_TEST_REQUIRE(ErrorCount(diagnostics) == 1);
  const Diagnostic& d = diagnostics.All()[0];
  BOOST_TEST(d.where.line == 15);
  // "  - {id: a, name: " is 18 characters, six CJK characters, ", direction: " 13 more.
  BOOST_TEST(d.where.column == 38);  // 50 if columns counted bytes
}

BOOST_AUTO_TEST_CASE(hostile_yaml_is_rejected_quickly) {
  auto start = std::chrono::steady_clock::now();
  Diagnostics laughs;
  std::string bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\n";
  for (char c = 'b'; c <= 'z'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int k = 0; k < 10; ++k) bomb += std::string(k ? "," : "") + "*" + static_cast<char>(c - 1);
    bomb += "]\n";
  }
  BOOST_TEST(!Parse(bomb, &laughs).has_value());
  BOOST_TEST(laughs.ToString().find("aliases (*name) are not supported") != std::string::npos);

  Diagnostics cyclic;
  BOOST_TEST(!Parse("plan: &p {id: *p}\n", &cyclic).has_value());
  BOOST_TEST(cyclic.ToString().find("not supported") != std::string::npos);

  Diagnostics deep;
  BOOST_TEST(!Parse("plan: " + std::string(100000, '['), &deep).has_value());
  BOOST_TEST(deep.ToString().find("nested more than 64 levels") != std::string::npos);

  Diagnostics long_scalars;
  std::string long_text = kHead + IndicatorYaml("a");
  long_text.replace(long_text.find("id: a"), 5, "id: a" + std::string(1000000, 'x') + "&");
  long_text.replace(long_text.find("2016: 1.0"), 9, "2016: " + std::string(1000000, '9'));
  BOOST_TEST(!Parse(long_text, &long_scalars).has_value());
  BOOST_TEST(long_scalars.ToString().find("id is 1000002 characters long; the limit is 100") != std::string::npos);
  BOOST_TEST(long_scalars.ToString().find("out of the range of finite numbers") != std::string::npos);
  BOOST_TEST(long_scalars.ToString().size() < 2000u);  // messages quote abbreviations

  Diagnostics huge;
  BOOST_TEST(!Parse(std::string(11 * 1024 * 1024, '#'), &huge).has_value());
  BOOST_TEST(huge.ToString().find("the limit is 10 MiB") != std::string::npos);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST(seconds < 5.0);
}

BOOST_AUTO_TEST_CASE(thousands_of_indicators_load_fast) {
  std::string text = kHead;
  const int n = 5000;
  for (int i = 0; i < n; ++i) text += IndicatorYaml("ind_" + std::to_string(i));
  auto start = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  std::optional<Plan> plan = Parse(text, &diagnostics);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST_REQUIRE(plan.has_value(), diagnostics.ToString());
  BOOST_TEST(plan->indicators.size() == static_cast<size_t>(n));
  BOOST_TEST_MESSAGE("5000 indicators (" << text.size() / 1024 << " KiB) loaded in " << seconds << " s");
  BOOST_TEST(seconds < 10.0);
}

namespace {
// PreScanYaml's verdict on `text`, with its messages.
bool PreScans(const std::string& text, std::string* messages) {
  Diagnostics diagnostics;
  const TextLocator locate(text, "t.yaml");
  const bool ok = PreScanYaml(text, locate, &diagnostics);
  *messages = diagnostics.ToString();
  return ok;
}

std::string Items(size_t count, const std::string& indent) {
  std::string items;
  for (size_t i = 0; i < count; ++i) items += indent + "- x\n";
  return items;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_plan_file_declares_at_most_the_indicator_limit_counted_before_loading) {
  std::string messages;
  BOOST_TEST(PreScans("indicators:\n" + Items(kMaxIndicators, ""), &messages), messages);
  BOOST_TEST(!PreScans("indicators:\n" + Items(kMaxIndicators + 1, ""), &messages));
  BOOST_TEST(messages.find("t.yaml:" + std::to_string(kMaxIndicators + 2) +
                           ":3: error: this is indicator number 20001; a plan file may declare at most 20000 "
                           "indicators") != std::string::npos,
             messages);
  // A flow list counts the same way.
  std::string flow = "indicators: [";
  for (size_t i = 0; i <= kMaxIndicators; ++i) flow += i ? ", x" : "x";
  BOOST_TEST(!PreScans(flow + "]\n", &messages));
  BOOST_TEST(messages.find("indicator number 20001") != std::string::npos, messages);
  // Only the items of the top-level `indicators:` list count, not other long lists.
  BOOST_TEST(PreScans("goals:\n" + Items(kMaxIndicators + 1, ""), &messages), messages);
  BOOST_TEST(PreScans("indicators:\n  - history:\n" + Items(kMaxIndicators + 1, "      "), &messages), messages);
  BOOST_TEST(PreScans("plan:\n  indicators:\n" + Items(kMaxIndicators + 1, "    "), &messages), messages);
}

BOOST_AUTO_TEST_CASE(pinghu_example_plan) {
  Diagnostics diagnostics;
  std::optional<Plan> plan = LoadPlanFile(std::string(PLANCAST_SOURCE_DIR) + "/targets/pinghu-2025.yaml", &diagnostics);
  BOOST_TEST_REQUIRE(plan.has_value(), diagnostics.ToString());
  BOOST_TEST(diagnostics.All().empty(), diagnostics.ToString());
  BOOST_TEST(plan->id == "pinghu-2025");
  BOOST_TEST((plan->period_start == 2021 && plan->period_end == 2025 && plan->baseline_year == 2020));
  BOOST_TEST(plan->language == Language::kZh);
  BOOST_TEST(plan->goals.size() == 10u);
  BOOST_TEST(plan->indicators.size() == 35u);
  size_t observations = 0;
  for (const Indicator& i : plan->indicators) {
    BOOST_TEST_CONTEXT(i.id) {
      observations += i.history.size();
      BOOST_TEST_REQUIRE(i.target.has_value());
      BOOST_TEST(i.target->illustrative);  // the source gives no numeric 2025 targets
      BOOST_TEST(!i.goals.empty());
      if (i.target->kind != TargetKind::kMilestone) BOOST_TEST(i.bounds.has_value());
      for (const Observation& o : i.history) BOOST_TEST(!o.source.empty());  // each figure quotes its sentence
    }
  }
  // 44 figures from the article: 33 yearly observations, and eleven 2016-2020 five-year totals
  // kept in notes (their 2021-2025 targets are cumulative flows with no yearly data yet).
  BOOST_TEST(observations == 33u);
  const Indicator& centres = *Find(*plan, "new_jiaxing_rd_centres");
  BOOST_TEST((centres.is_flow && centres.target->kind == TargetKind::kCumulative));
  BOOST_TEST(centres.note.find("96") != std::string::npos);
  BOOST_TEST((Find(*plan, "provincial_high_tech_zone_accredited")->target->kind == TargetKind::kMilestone));
  BOOST_TEST((Find(*plan, "high_tech_enterprises")->target->kind == TargetKind::kCumulative));
  BOOST_TEST(plan->scenarios.size() == 1u);
  const Indicator& rd = *Find(*plan, "rd_gdp_share");
  BOOST_TEST_REQUIRE(rd.history.size() == 2u);
  BOOST_TEST((rd.history[0].year == 2015 && rd.history[0].value == 2.61));
  BOOST_TEST((rd.history[1].value == 3.09 && rd.history[1].basis == "新口径"));
  const Indicator& rank = *Find(*plan, "innovation_index_rank");
  BOOST_TEST((rank.direction == Direction::kDecrease && rank.bounds->lo == 1 && rank.bounds->hi == 89));
  BOOST_TEST((rank.history[0].year == 2018 && rank.history[0].value == 20));
  BOOST_TEST(Find(*plan, "high_tech_enterprises")->history[0].value == 46);
  BOOST_TEST(Find(*plan, "provincial_st_smes")->history[0].value == 201);
  BOOST_TEST(Find(*plan, "high_tech_zone_rank")->history[0].value == 33);
}

BOOST_AUTO_TEST_CASE(china_rd_example_plan) {
  Diagnostics diagnostics;
  std::optional<Plan> plan = LoadPlanFile(std::string(PLANCAST_SOURCE_DIR) + "/targets/china-rd-2025.yaml", &diagnostics);
  BOOST_TEST_REQUIRE(plan.has_value(), diagnostics.ToString());
  BOOST_TEST(diagnostics.All().empty(), diagnostics.ToString());
  BOOST_TEST_REQUIRE(plan->indicators.size() == 1u);
  const Indicator& rd = plan->indicators[0];
  BOOST_TEST_REQUIRE(rd.history.size() == 26u);
  for (size_t k = 0; k < rd.history.size(); ++k) BOOST_TEST(rd.history[k].year == 1996 + static_cast<int>(k));
  BOOST_TEST(rd.history.front().value == 0.56324);
  BOOST_TEST(rd.history.back().value == 2.4326);
  BOOST_TEST((rd.target->year == 2025 && rd.target->value == 2.8 && rd.target->illustrative));
}

BOOST_AUTO_TEST_CASE(the_example_in_the_format_reference_is_valid) {
  std::ifstream in(std::string(PLANCAST_SOURCE_DIR) + "/docs/plan-format.md");
  std::stringstream doc;
  doc << in.rdbuf();
  std::string text = doc.str();
  size_t begin = text.find("```yaml\n");
  BOOST_TEST_REQUIRE(begin != std::string::npos);
  begin += 8;
  std::string example = text.substr(begin, text.find("```", begin) - begin);
  Diagnostics diagnostics;
  std::optional<Plan> plan = ParsePlan(example, "docs/plan-format.md", &diagnostics);
  BOOST_TEST_REQUIRE(plan.has_value(), diagnostics.ToString());
  BOOST_TEST(plan->indicators.at(0).history.at(1).basis == "新口径");
  BOOST_TEST(plan->goals.at(1).weight == 2.0);
}
