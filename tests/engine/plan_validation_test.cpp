// Pieces of plan validation: number parsing, text positions, whole-plan checks.
#define BOOST_TEST_MODULE plan_validation
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "engine/plan/number_parsing.h"
#include "engine/plan/plan_text.h"
#include "engine/plan/plan_validation.h"

using namespace plancast;

BOOST_AUTO_TEST_CASE(accepts_plain_decimal_numbers) {
  struct Case { const char* text; double value; };
  for (Case c : {Case{"3.09", 3.09}, Case{"-1", -1}, Case{"+2.5", 2.5}, Case{"1e3", 1000}, Case{".5", 0.5},
                 Case{"7.", 7}, Case{"0", 0}, Case{"0.000001", 1e-6}}) {
    ParsedNumber n = ParseNumber(c.text);
    BOOST_TEST(n.ok, c.text);
    BOOST_TEST(n.value == c.value, c.text);
  }
}

BOOST_AUTO_TEST_CASE(explains_numbers_pasted_from_documents) {
  struct Case { const char* text; const char* message; const char* hint; };
  for (Case c : {Case{"3,09", "not a number", "use a decimal point, not a comma: 3.09"},
                 Case{"1,234", "not a number", "without thousands separators: 1234"},
                 Case{"12,345,678.5", "not a number", "without thousands separators: 12345678.5"},
                 Case{"3.09%", "not a number", "drop the '%': write 3.09"},
                 Case{"3500万", "not a number", "plain number 3500"},
                 Case{"1.38亿", "not a number", "plain number 1.38"},
                 Case{"1e999", "out of the range of finite numbers", "finite"},
                 Case{"-1e999", "out of the range", "finite"},
                 Case{"1e-999", "out of the range", "finite"},
                 Case{".nan", "not a finite number", "leave the period out"},
                 Case{".inf", "not a finite number", "finite"},
                 Case{"-.Inf", "not a finite number", "finite"},
                 Case{"0x10", "not a number", "plain decimal"},
                 Case{" 3", "not a number", "plain decimal"},
                 Case{"abc", "not a number", "plain decimal"},
                 Case{"", "missing", "write a number"}}) {
    ParsedNumber n = ParseNumber(c.text);
    BOOST_TEST(!n.ok, c.text);
    BOOST_TEST(n.message.find(c.message) != std::string::npos, c.text << " -> " << n.message);
    BOOST_TEST(n.hint.find(c.hint) != std::string::npos, c.text << " -> " << n.hint);
  }
}

BOOST_AUTO_TEST_CASE(very_long_scalars_do_not_overflow_the_stack) {
  // std::regex would recurse once per character here and crash.
  ParsedNumber digits = ParseNumber(std::string(1000000, '1'));
  BOOST_TEST(!digits.ok);
  BOOST_TEST(digits.message.find("out of the range") != std::string::npos);
  BOOST_TEST(digits.message.size() < 120u);  // the message quotes an abbreviation
  BOOST_TEST(!ParseNumber(std::string(1000000, '1') + "x").ok);
  BOOST_TEST(!ParseYear(std::string(1000000, '2')).has_value());
}

BOOST_AUTO_TEST_CASE(infinity_only_where_allowed) {
  BOOST_TEST(std::isinf(ParseNumber(".inf", true).value));
  BOOST_TEST(ParseNumber("-.inf", true).value < 0);
  BOOST_TEST(ParseNumber("inf", true).ok);
  BOOST_TEST(!ParseNumber(".nan", true).ok);
  BOOST_TEST(!ParseNumber("inf", false).ok);
}

BOOST_AUTO_TEST_CASE(years_are_four_digits) {
  BOOST_TEST(ParseYear("2021").value() == 2021);
  for (const char* bad : {"21", "2021-Q3", "2021-07", "2021.0", " 2021", "20210"}) {
    BOOST_TEST(!ParseYear(bad).has_value(), bad);
  }
}

BOOST_AUTO_TEST_CASE(normalises_bom_and_line_ends_without_moving_lines) {
  BOOST_TEST(NormalizePlanText("\xEF\xBB\xBF" "a: 1\r\nb: 2\rc: 3\n") == "a: 1\nb: 2\nc: 3\n");
  BOOST_TEST(NormalizePlanText("a\xEF\xBB\xBF") == "a\xEF\xBB\xBF");  // only a leading BOM is dropped
}

BOOST_AUTO_TEST_CASE(locator_gives_one_based_character_columns) {
  std::string text = "a: 1\nname: 研发, x\n";
  TextLocator locate(text, "f.yaml");
  SourceLocation at = locate.At(1, 6 + 6 + 2);  // bytes: "name: " + two 3-byte characters + ", "
  BOOST_TEST(at.line == 2);
  BOOST_TEST(at.column == 11);  // characters: 6 + 2 + 2, plus 1
  BOOST_TEST(locate.AtOffset(text.find('x')).column == 11);
  BOOST_TEST(locate.AtOffset(0).line == 1);
  BOOST_TEST(locate.AtOffset(0).column == 1);
  BOOST_TEST(locate.File().line == 0);
}

namespace {

Plan ValidPlan() {
  Plan plan;
  plan.id = "p";
  plan.period_start = 2021;
  plan.period_end = 2025;
  plan.baseline_year = 2020;
  plan.where = {"p.yaml", 1, 1};
  Goal goal;
  goal.id = "g";
  goal.where = {"p.yaml", 2, 1};
  plan.goals.push_back(goal);
  Indicator indicator;
  indicator.id = "x";
  indicator.goals = {"g"};
  indicator.bounds = Bounds{0, 100};
  indicator.where = {"p.yaml", 3, 1};
  Observation obs;
  obs.year = 2020;
  obs.t = 2020;
  obs.value = 50;
  obs.where = {"p.yaml", 4, 1};
  indicator.history.push_back(obs);
  Target target;
  target.year = 2025;
  target.value = 60;
  target.where = {"p.yaml", 5, 1};
  indicator.target = target;
  plan.indicators.push_back(indicator);
  return plan;
}

std::string Validate(const Plan& plan) {
  Diagnostics diagnostics;
  ValidatePlan(plan, &diagnostics);
  return diagnostics.ToString();
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_valid_plan_has_no_findings) { BOOST_TEST(Validate(ValidPlan()) == ""); }

BOOST_AUTO_TEST_CASE(whole_plan_checks) {
  struct Case { const char* what; void (*change)(Plan*); const char* expected; };
  Case cases[] = {
      {"period", [](Plan* p) { p->period_start = 2026; }, "p.yaml:1:1: error: the plan period starts (2026)"},
      {"baseline", [](Plan* p) { p->baseline_year = 2023; }, "baseline_year 2023 is after the start"},
      {"thresholds", [](Plan* p) { p->thresholds.at_risk = 0.9; }, "need 0 <= at_risk < on_track <= 1"},
      {"same id", [](Plan* p) { p->indicators[0].id = "g"; }, "p.yaml:3:1: error: duplicate id 'g' (indicator)"},
      {"target year", [](Plan* p) { p->indicators[0].target->year = 2020; }, "p.yaml:5:1: error: target year 2020"},
      {"history bounds", [](Plan* p) { p->indicators[0].history[0].value = 101; }, "p.yaml:4:1: error: value 101"},
      {"target bounds", [](Plan* p) { p->indicators[0].target->value = -1; }, "target -1 of 'x' is outside"},
      {"growth", [](Plan* p) { p->indicators[0].pace = PaceKind::kGrowthRate; p->indicators[0].history[0].value = 0; },
       "has pace: growth but"},
      {"rank", [](Plan* p) { p->indicators[0].target->kind = TargetKind::kRank; }, "needs direction: decrease"},
  };
  for (const Case& c : cases) {
    Plan plan = ValidPlan();
    c.change(&plan);
    std::string found = Validate(plan);
    BOOST_TEST(found.find(c.expected) != std::string::npos, c.what << ": " << found);
  }
  // Growth and cumulative targets are rates and sums: bounds do not apply.
  Plan growth = ValidPlan();
  growth.indicators[0].target->kind = TargetKind::kGrowth;
  growth.indicators[0].target->value = 150;
  BOOST_TEST(Validate(growth) == "");
}
