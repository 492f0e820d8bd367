// Hostile plan files through the real `plancast` binary (issue 7): every
// case must end in its expected exit code and `FILE:LINE:COL: error:` message,
// within a time limit, without a crash, without writing anything on failure
// (not even outside the output folder), and without modifying the plan file.
// Small inputs live in tests/data/hostile/ (make_hostile.py); big ones are
// generated here. The CSV reader's cases are in hardening_csv_cli_test.cpp.
#define BOOST_TEST_MODULE hardening_cli
#include <boost/test/unit_test.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/hardening_run.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kHostile = fs::path(PLANCAST_SOURCE_DIR) / "tests/data/hostile";

struct PlanCase {
  std::string name;                       // the plan is written as <name>.yaml
  std::function<std::string()> generate;  // empty: tests/data/hostile/<name>.yaml
  int exit_code = 2;
  // Each {where, words}: some stderr line starts with "<name>.yaml" + where
  // (":LINE:COL: error:" or ": error:" for the whole file) and contains words.
  // Only the words that matter are pinned, so rewording a message does not
  // break this test; tests/engine/plan_loader_corpus_test.cpp pins full texts.
  std::vector<std::pair<std::string, std::string>> messages;
  int limit_seconds = 10;  // per command
};

std::string Base() { return ReadFile(kHostile / "base.yaml"); }

// The base plan with `line` inserted after its `unit:` line (line 14 of base.yaml).
std::string WithIndicatorLine(const std::string& line) {
  std::string text = Base();
  const std::string anchor = "    unit: \"%\"\n";
  return text.insert(text.find(anchor) + anchor.size(), line + "\n");
}

// The base plan with its first `from` replaced by `to`.
std::string BaseWith(const std::string& from, const std::string& to) {
  std::string text = Base();
  return text.replace(text.find(from), from.size(), to);
}

// The base plan plus a scenario overriding rd_share with `pace` (line 23, column 38).
std::string WithScenario(const std::string& pace) {
  return Base() + "scenarios:\n  - name: push\n    overrides:\n      - {indicator: rd_share, " + pace + "}\n";
}

std::string ManyIndicators(int count) {
  const std::string base = Base();
  const size_t first = base.find("  - id: rd_share");
  const std::string indicator = base.substr(first);
  std::string text = base.substr(0, first);
  for (int i = 0; i < count; ++i) {
    std::string copy = indicator;
    copy.replace(copy.find("rd_share"), 8, "rd_share_" + std::to_string(i));
    text += copy;
  }
  return text;
}

// The base plan plus a derived indicator whose formula (line 24, column 14) is `formula`.
std::string WithDerived(const std::string& formula) {
  return Base() + "  - id: derived\n    name: Derived\n    unit: \"%\"\n    goals: [growth]\n    formula: " +
         formula + "\n    direction: increase\n    target: none\n";
}

// The base plan plus d0 = rd_share * 1.0, d1 = d0 * 1.0, ... (d<k>'s formula is on line 24 + 7k, column 14).
std::string DerivedChain(int length) {
  std::string text = Base();
  for (int k = 0; k < length; ++k) {
    const std::string input = k == 0 ? "rd_share" : "d" + std::to_string(k - 1);
    text += "  - id: d" + std::to_string(k) + "\n    name: D" + std::to_string(k) +
            "\n    unit: \"%\"\n    goals: [growth]\n    formula: \"" + input +
            " * 1.0\"\n    direction: increase\n    target: none\n";
  }
  return text;
}

std::vector<PlanCase> Cases() {
  const std::string deep_list = "    note: " + std::string(600, '[') + std::string(600, ']');
  std::string deep_map = "    extra:\n";
  for (int i = 0; i < 600; ++i) deep_map += std::string(6 + 2 * i, ' ') + "k" + std::to_string(i) + ":\n";
  deep_map.pop_back();
  return {
      {"syntax_error", {}, 2, {{":17:10: error:", "YAML syntax error"}}},
      {"tab_indent", {}, 2, {{":14:1: error:", "tab"}}},
      {"wrong_types", {}, 2, {{":6:18: error:", "'baseline_year'"}, {":15:16: error:", "'direction'"}}},
      {"empty", {}, 2, {{": error:", "empty"}}},
      // yaml-cpp 0.7 hands out empty documents forever here (found by fuzzing).
      {"leading_comma", {}, 2, {{":1:1: error:", "YAML syntax error: unexpected ','"}}},
      {"bom", {}, 0, {}},
      {"crlf", {}, 0, {}},
      {"invalid_utf8", {}, 2, {{":13:15: error:", "UTF-8"}}},
      {"duplicate_key", {}, 2, {{":15:5: error:", "duplicate key 'unit'"}}},
      {"self_alias", {}, 2, {{":16:13: error:", "anchors"}, {":16:20: error:", "aliases"}}},
      {"billion_laughs", {}, 2, {{":21:6: error:", "anchors"}}},
      {"deep_nesting_600_lists",
       [deep_list] { return WithIndicatorLine(deep_list); },
       2,
       {{":15:72: error:", "nested more than 64 levels"}}},  // the 62nd '[' is the 65th level
      {"deep_nesting_600_maps",
       [deep_map] { return WithIndicatorLine(deep_map); },
       2,
       {{":77:129: error:", "nested more than 64 levels"}}},
      {"huge_file",
       [] { return Base() + std::string(10 * 1024 * 1024, '#') + "\n"; },
       2,
       {{": error:", "10.0 MiB; the limit is 10 MiB"}},
       30},
      {"overflow_1e999", {}, 2, {{":18:32: error:", "'1e999'"}}},
      // Finite, but fits and chart axes overflowed (forecast 1e-5; report.html looped forever).
      {"huge_value",
       {},
       2,
       {{":17:21: error:", "'1e300' is too large"}, {":17:49: error:", "'1.7e308' is too large"}}},
      {"nan", {}, 2, {{":18:32: error:", "'.nan' is not a finite number"}}},
      {"inf_target", {}, 2, {{":19:33: error:", "'.inf' is not a finite number"}}},
      {"decimal_comma", {}, 2, {{":18:34: error:", "'09'"}}},
      {"percent_sign", {}, 2, {{":18:32: error:", "'3.09%'"}}},
      {"negative_in_bounds", {}, 2, {{":18:32: error:", "outside its bounds [0, 100]"}}},
      {"negative_unbounded", {}, 0, {}},
      {"duplicate_year", {}, 2, {{":18:48: error:", "duplicate key '2019'"}}},
      {"unsorted_years", {}, 0, {}},
      {"many_indicators", [] { return ManyIndicators(5000); }, 0, {}, 60},
      {"formula_cycle", {}, 2, {{":20:5: error:", "cycle: ratio_a -> ratio_b -> ratio_a"}}},
      // muparser read `1,5` as a list worth its last item: the constant 5, "achieved" with P 1.0.
      {"formula_comma",
       [] { return WithDerived("\"rd_share * 1,5\""); },
       2,
       {{":24:14: error:", "',' is not part of a formula; write decimals with a point (1.5), not a comma (at character 13"}}},
      {"formula_assignment",
       [] { return WithDerived("\"rd_share = 5\""); },
       2,
       {{":24:14: error:", "'=' (assignment) is not part of a formula"}}},
      {"formula_add_assign", [] { return WithDerived("\"rd_share += 5\""); }, 2, {{":24:14: error:", "'='"}}},
      {"formula_empty", [] { return WithDerived("\"  \""); }, 2, {{":24:14: error:", "the formula of 'derived' is empty"}}},
      // Bounded cost: formula length and nesting, points per series.
      {"formula_too_long", [] { return WithDerived("\"rd_share" + std::string(1200, ' ') + "\""); }, 2,
       {{":24:14: error:", "the formula is 1208 characters long; the limit is 1000"}}},
      {"formula_too_deep", [] { return WithDerived("\"" + std::string(40, '(') + "rd_share" + std::string(40, ')') + "\""); }, 2,
       {{":24:14: error:", "parentheses nest more than 32 levels (at character 33"}}},
      {"history_too_many_points",
       [] {
         std::string history = "{";
         // 10,001 keys: the count is checked before any key is read.
         for (int i = 0; i <= 10000; ++i) history += (i > 0 ? ", " : "") + std::to_string(1000 + i) + "-01: 1";
         return BaseWith("{2018: 1.0, 2019: 1.5, 2020: 2.0}", history + "}");
       },
       2,
       {{":18:14: error:", "the history of 'rd_share' has 10001 values; the limit is 10000"}}},
      // A 50,000-long chain took 62 s and 6.5 GB to forecast: levels and count are limited at load.
      {"derived_chain_too_deep", [] { return DerivedChain(5000); }, 2,
       {{":472:14: error:", "'d64' is computed through 65 levels of formulas (d64 <- d63 <- d62 <- ... <- d1 <- d0 <- rd_share); the limit is 64"}}},
      {"derived_chain_at_the_limit", [] { return DerivedChain(64); }, 0, {}},
      {"too_many_indicators", [] { return ManyIndicators(20001); }, 2,
       {{":160012:5: error:", "this is indicator number 20001; a plan file may declare at most 20000 indicators"}}, 30},
      {"formula_fine", [] { return WithDerived("\"rd_share * 1.5\""); }, 0, {}},
      {"id_escape", {}, 2, {{":3:7: error:", "'../../etc'"}}},
      // YAML escapes bring control characters past the UTF-8 pre-scan; stderr must stay one clean line each.
      {"control_nul_name", [] { return BaseWith("name: R&D share", "name: \"R&D\\0share\""); }, 2,
       {{":13:11: error:", "'name' contains U+0000 NUL (a control character) at character 4"}}},
      {"control_c1_name", [] { return BaseWith("name: R&D share", "name: \"R&D\\Nshare\""); }, 2,
       {{":13:11: error:", "the byte 0x85, which is not UTF-8"}}},
      {"control_c1_hex_name", [] { return BaseWith("name: R&D share", "name: \"R&D\\x85share\""); }, 2,
       {{":13:11: error:", "U+0085 NEXT LINE (a control character) at character 4"}}},
      {"control_esc_id", [] { return BaseWith("id: rd_share", "id: \"rd\\e[31mred\""); }, 2,
       {{":12:9: error:", "'id' contains U+001B ESCAPE"}}},
      {"control_newline_id", [] { return BaseWith("id: rd_share", "id: \"rd\\nx.yaml:1:1: error: fake\""); }, 2,
       {{":12:12: error:", "id 'rd\\nx.yaml:1:1: error: fake' contains U+000A LINE FEED (a control character)"}}},
      {"zero_width_id", [] { return BaseWith("id: rd_share", "id: rd_sh\u200Bare"); }, 2,
       {{":12:14: error:", "id 'rd_sh<U+200B>are' contains U+200B ZERO WIDTH SPACE (invisible) at column 14"}}},
      {"right_to_left_override_id", [] { return BaseWith("id: rd_share", "id: \"rd_\u202Eshare\""); }, 2,
       {{":12:13: error:", "U+202E RIGHT-TO-LEFT OVERRIDE (invisible) at column 13"}}},
      {"cyrillic_id", [] { return BaseWith("id: rd_share", "id: rd_sh\u0430re"); }, 2,
       {{":12:14: error:", "U+0430 a CYRILLIC letter that looks like the Latin 'a' at column 14"}}},
      // A null projection judged on_track P 0.99; a positive series projected to -2.
      {"scenario_growth_1e99", [] { return WithScenario("growth: 1e99"); }, 2,
       {{":23:39: error:", "scenario growth 1e+99 %/yr is outside (-100, 1000]"}}},
      {"scenario_growth_minus_200", [] { return WithScenario("growth: -200"); }, 2,
       {{":23:39: error:", "scenario growth -200 %/yr is outside (-100, 1000]"}}},
      {"scenario_slope_1e99", [] { return WithScenario("slope: 1e99"); }, 2,
       {{":23:38: error:", "scenario slope 1e+99 units/yr is beyond"}}},
      {"scenario_growth_fine", [] { return WithScenario("growth: 12"); }, 0, {}},
      // forecast could not name out/<id> (exit 1); validate must refuse it the same way.
      {"long_plan_id", [] { return BaseWith("id: hostile", "id: " + std::string(300, 'p')); }, 2,
       {{":3:7: error:", "id is 300 characters long; the limit is 100"}}},
      {"script_name", {}, 0, {}},
  };
}

// A scratch tree root/a/b/work: the plan and the default out/ live in work/,
// so a path that climbs out ("../../x") still lands inside root, where the
// snapshot sees it.
struct Scratch {
  fs::path root;
  fs::path work;
  fs::path plan;
};

Scratch MakeScratch(const PlanCase& c) {
  Scratch s;
  s.root = FreshTempDir("hardening-" + c.name);
  s.work = s.root / "a" / "b" / "work";
  fs::create_directories(s.work);
  s.plan = s.work / (c.name + ".yaml");
  const std::string text = c.generate ? c.generate() : ReadFile(kHostile / (c.name + ".yaml"));
  std::ofstream(s.plan, std::ios::binary) << text;
  return s;
}

bool HasLine(const std::string& text, const std::string& start, const std::string& words) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind(start, 0) == 0 && line.find(words) != std::string::npos) return true;
  }
  return false;
}

void CheckRun(const PlanCase& c, const std::string& command, const TimedRun& r) {
  BOOST_TEST_CONTEXT(command) {
    BOOST_TEST(r.exit_code < 128, "crashed (signal " << r.exit_code - 128 << ")\n" << r.err);
    BOOST_TEST(r.exit_code != 124, "killed after " << c.limit_seconds * kSlowdown << " s");
    BOOST_TEST(r.exit_code == c.exit_code, "exit " << r.exit_code << "\n" << r.err);
    BOOST_TEST(!HasSanitizerReport(r.err), r.err);
    // What is echoed is escaped: no ESC, NUL, C1 or bidi override reaches the terminal.
    for (const std::string raw : {std::string(1, '\x1b'), std::string(1, '\0'), std::string("\xc2\x85"),
                                  std::string("\xe2\x80\xae"), std::string("\xe2\x80\x8b")}) {
      BOOST_TEST(r.err.find(raw) == std::string::npos, "raw control or invisible character on stderr");
    }
    for (const auto& [where, words] : c.messages) {
      BOOST_TEST(HasLine(r.err, c.name + ".yaml" + where, words),
                 "no line '" << c.name << ".yaml" << where << " ..." << words << "...' in:\n"
                             << r.err);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_hostile_plan_gets_its_exit_code_and_message_and_changes_nothing_else) {
  for (const PlanCase& c : Cases()) {
    BOOST_TEST_CONTEXT("case " << c.name) {
      const Scratch s = MakeScratch(c);
      const Snapshot before = TakeSnapshot(s.root);
      const std::string plan_arg = "'" + s.plan.filename().string() + "'";

      CheckRun(c, "validate", RunPlancastIn(s.work, "validate " + plan_arg, c.limit_seconds));
      BOOST_TEST(ChangedFiles(before, TakeSnapshot(s.root)).empty(), "validate wrote files");

      // No --out: the default folder out/<plan id> is where an id could escape from.
      CheckRun(c, "forecast", RunPlancastIn(s.work, "forecast " + plan_arg, c.limit_seconds * 2));
      const std::vector<std::string> changed = ChangedFiles(before, TakeSnapshot(s.root));
      if (c.exit_code != 0) {
        BOOST_TEST(changed.empty(), "a failed run wrote: " << Join(changed));
      } else {
        for (const std::string& path : changed) {
          BOOST_TEST(path.rfind("a/b/work/out", 0) == 0, "written outside out/: " << path);
        }
        for (const char* report : {"report.md", "report.json", "report.csv", "report.html"}) {
          const fs::path path = s.work / "out" / "hostile" / report;
          BOOST_TEST(fs::exists(path), path);
          BOOST_TEST(!HasNonFiniteWord(ReadFile(path)), "nan/inf in " << path);
        }
      }
      // The plan file is never modified: same content, size and mtime.
      const std::string plan_key = s.plan.lexically_relative(s.root).string();
      BOOST_TEST(TakeSnapshot(s.root).at(plan_key) == before.at(plan_key), "the plan file changed");
      fs::remove_all(s.root);
    }
  }
}

namespace {

nlohmann::json ForecastJson(const std::string& name, std::string* out_dir = nullptr) {
  PlanCase c{name, {}, 0, {}, 10};
  const Scratch s = MakeScratch(c);
  const TimedRun r = RunPlancastIn(s.work, "forecast '" + s.plan.filename().string() + "' --out out", 20);
  BOOST_TEST_REQUIRE(r.exit_code == 0, name << ": " << r.err);
  if (out_dir) *out_dir = (s.work / "out").string();
  return nlohmann::json::parse(ReadFile(s.work / "out" / "report.json"));
}

}  // namespace

BOOST_AUTO_TEST_CASE(bom_crlf_and_unsorted_years_give_the_same_numbers_as_the_plain_plan) {
  const nlohmann::json base = ForecastJson("base")["indicators"];
  BOOST_TEST_REQUIRE(base.size() == 1u);
  BOOST_TEST(base[0]["latest"]["year"] == 2020);
  BOOST_TEST(base[0]["latest"]["value"] == 2.0);
  for (const char* name : {"bom", "crlf", "unsorted_years"}) {
    BOOST_TEST(ForecastJson(name)["indicators"] == base, name);
  }
}

BOOST_AUTO_TEST_CASE(negative_values_without_bounds_forecast_to_finite_numbers) {
  const nlohmann::json indicator = ForecastJson("negative_unbounded")["indicators"].at(0);
  const nlohmann::json& p = indicator["projection"];
  BOOST_TEST_REQUIRE(p.is_object(), indicator.dump());
  for (const char* key : {"value", "lo80", "hi80", "lo95", "hi95"}) {
    BOOST_TEST(p[key].is_number(), key);  // JSON has no NaN: a non-finite value would be null
  }
  BOOST_TEST(p["lo95"].get<double>() <= p["hi95"].get<double>());
}

BOOST_AUTO_TEST_CASE(plan_text_is_escaped_in_every_report_format) {
  std::string out;
  const nlohmann::json json = ForecastJson("script_name", &out);
  // JSON keeps the text exactly (escaping is the encoder's job).
  BOOST_TEST(json["plan"]["name"] == "<script>alert(1)</script>");
  BOOST_TEST(json["indicators"][0]["name"] == "<b>R&D</b> | share, \"q\" </script>");

  const std::string html = ReadFile(fs::path(out) / "report.html");
  BOOST_TEST(html.find("<script>alert") == std::string::npos);
  BOOST_TEST(html.find("<b>R&D") == std::string::npos);
  BOOST_TEST(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);

  // Markdown renders raw HTML and splits table cells at '|'.
  const std::string md = ReadFile(fs::path(out) / "report.md");
  BOOST_TEST(md.find("<script>") == std::string::npos);
  BOOST_TEST(md.find("<b>") == std::string::npos);
  BOOST_TEST(md.find("&lt;b&gt;R&D&lt;/b&gt; \\| share") != std::string::npos, md);

  // CSV: the field with a comma and quotes is quoted, quotes doubled.
  const std::string csv = ReadFile(fs::path(out) / "report.csv");
  BOOST_TEST(csv.find("\"<b>R&D</b> | share, \"\"q\"\" </script>\"") != std::string::npos, csv);
}

BOOST_AUTO_TEST_CASE(a_report_that_cannot_be_replaced_leaves_every_previous_report_and_no_temporaries) {
  const Scratch s = MakeScratch(PlanCase{"base", {}, 0, {}, 10});
  const std::string forecast = "forecast '" + s.plan.filename().string() + "' --out out";
  BOOST_TEST_REQUIRE(RunPlancastIn(s.work, forecast, 20).exit_code == 0);
  // A folder where report.md should go makes the last step fail; the new
  // run's other reports (different numbers) must not replace the old ones.
  fs::remove(s.work / "out" / "report.md");
  fs::create_directory(s.work / "out" / "report.md");
  std::string text = ReadFile(s.plan);
  text.replace(text.find("2020: 2.0"), 9, "2020: 2.5");
  std::ofstream(s.plan, std::ios::binary) << text;
  const Snapshot before = TakeSnapshot(s.work / "out");

  const TimedRun r = RunPlancastIn(s.work, forecast, 20);
  BOOST_TEST(r.exit_code == 1, r.err);
  BOOST_TEST(r.err.find("report.md") != std::string::npos, r.err);
  BOOST_TEST(Join(ChangedFiles(before, TakeSnapshot(s.work / "out"))) == "");
  fs::remove_all(s.root);
}

BOOST_AUTO_TEST_CASE(format_lists_with_repeats_or_nothing_in_them) {
  const Scratch s = MakeScratch(PlanCase{"base", {}, 0, {}, 10});
  const std::string forecast = "forecast '" + s.plan.filename().string() + "' --out out --format ";
  // A repeated format used to stage report.md twice and fail halfway (exit 1).
  const TimedRun twice = RunPlancastIn(s.work, forecast + "md,md", 20);
  BOOST_TEST(twice.exit_code == 0, twice.err);
  BOOST_TEST(fs::exists(s.work / "out" / "report.md"));
  fs::remove_all(s.work / "out");
  // Only separators: an error, not a run that writes nothing and exits 0.
  const TimedRun none = RunPlancastIn(s.work, forecast + "',,,'", 20);
  BOOST_TEST(none.exit_code == 2, none.err);
  BOOST_TEST(none.err.find("--format: error: no report format") != std::string::npos, none.err);
  BOOST_TEST(!fs::exists(s.work / "out"));
  fs::remove_all(s.root);
}

BOOST_AUTO_TEST_CASE(symlink_loop) {
  const fs::path work = FreshTempDir("hardening-symlink-loop");
  fs::create_symlink("loop_b.yaml", work / "loop_a.yaml");
  fs::create_symlink("loop_a.yaml", work / "loop_b.yaml");
  for (const char* command : {"validate loop_a.yaml", "forecast loop_a.yaml --out out"}) {
    const TimedRun r = RunPlancastIn(work, command, 10);
    BOOST_TEST(r.exit_code == 2, command << ": " << r.err);
    BOOST_TEST(r.err.find("loop_a.yaml: error: a loop of symbolic links") != std::string::npos, r.err);
  }
  BOOST_TEST(!fs::exists(work / "out"));
  fs::remove_all(work);
}
