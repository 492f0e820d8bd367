// The layer table is a test: every #include in engine/, models/, reports/ and
// cli/ is checked against the tables in ARCHITECTURE.md (between the
// `<!-- layers:begin -->` / `<!-- third-party:begin -->` markers), so the
// document and the check cannot drift. A violation names file:line.
#define BOOST_TEST_MODULE layering_test
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// One row of a table: a folder (or library) and the patterns it allows.
// A pattern ending in '/' is a folder prefix; '*' matches within one path segment.
struct Rule {
  std::string key;       // folder, e.g. "engine/plan/", or an include prefix, e.g. "ceres/"
  std::vector<std::string> allowed;
};

struct LayerRules {
  std::vector<Rule> layers;       // folder -> project headers it may include
  std::vector<Rule> third_party;  // include prefix -> the only files that may include it
};

std::vector<std::string> Backticked(const std::string& cell) {
  std::vector<std::string> out;
  std::regex tick("`([^`]+)`");
  for (std::sregex_iterator it(cell.begin(), cell.end(), tick), end; it != end; ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// The rows between `<!-- NAME:begin -->` and `<!-- NAME:end -->`: a key (see below) and, in the
// last cell, the allowed patterns (all in backticks).
std::vector<Rule> ParseTable(const std::string& markdown, const std::string& name) {
  const std::string begin = "<!-- " + name + ":begin -->", end = "<!-- " + name + ":end -->";
  size_t from = markdown.find(begin), to = markdown.find(end);
  if (from == std::string::npos || to == std::string::npos || to < from) {
    throw std::runtime_error("ARCHITECTURE.md: no table between " + begin + " and " + end);
  }
  std::istringstream rows(markdown.substr(from + begin.size(), to - from - begin.size()));
  std::vector<Rule> rules;
  std::string row;
  while (std::getline(rows, row)) {
    if (row.rfind("|", 0) != 0) continue;
    std::vector<std::string> cells;
    std::stringstream cs(row.substr(1));
    for (std::string c; std::getline(cs, c, '|');) cells.push_back(c);
    if (cells.size() < 2) continue;
    // The key is the first cell holding one backticked name (the third-party table starts with
    // the library's plain name); rows without one are the header and the separator.
    std::vector<std::string> key;
    for (size_t i = 0; i + 1 < cells.size() && key.size() != 1; ++i) key = Backticked(cells[i]);
    if (key.size() != 1) continue;
    rules.push_back({key[0], Backticked(cells.back())});
  }
  if (rules.empty()) throw std::runtime_error("ARCHITECTURE.md: table " + name + " is empty");
  return rules;
}

LayerRules ParseRules(const std::string& markdown) {
  return {ParseTable(markdown, "layers"), ParseTable(markdown, "third-party")};
}

bool Matches(const std::string& pattern, const std::string& path) {
  if (!pattern.empty() && pattern.back() == '/') return path.rfind(pattern, 0) == 0;
  // '*' matches any run of characters except '/'.
  std::string re;
  for (char c : pattern) {
    if (c == '*') re += "[^/]*";
    else if (std::string(".^$|()[]{}+?\\").find(c) != std::string::npos) re += std::string("\\") + c;
    else re += c;
  }
  return std::regex_match(path, std::regex(re));
}

bool AnyMatches(const std::vector<std::string>& patterns, const std::string& path) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& p) { return Matches(p, path); });
}

// The layer `file` belongs to: the longest folder in the table that contains it.
const Rule* LayerOf(const LayerRules& rules, const std::string& file) {
  const Rule* best = nullptr;
  for (const Rule& r : rules.layers) {
    if (file.rfind(r.key, 0) == 0 && (!best || r.key.size() > best->key.size())) best = &r;
  }
  return best;
}

bool IsProjectHeader(const LayerRules& rules, const std::string& header) {
  return LayerOf(rules, header) != nullptr;
}

// Every violation in one file's text, each "file:line: message".
std::vector<std::string> CheckFile(const LayerRules& rules, const std::string& file,
                                   const std::string& text) {
  std::vector<std::string> problems;
  const Rule* layer = LayerOf(rules, file);
  if (!layer) {
    problems.push_back(file + ":1: folder not in ARCHITECTURE.md's layer table");
    return problems;
  }
  static const std::regex include_re(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
  std::istringstream lines(text);
  std::string line;
  for (int n = 1; std::getline(lines, line); ++n) {
    std::smatch m;
    if (!std::regex_search(line, m, include_re)) continue;
    const std::string header = m[2];
    const std::string where = file + ":" + std::to_string(n) + ": ";
    if (m[1] == "\"" && IsProjectHeader(rules, header) && !AnyMatches(layer->allowed, header)) {
      problems.push_back(where + layer->key + " may not include \"" + header + "\"");
    }
    for (const Rule& lib : rules.third_party) {
      if (header.rfind(lib.key, 0) == 0 && !AnyMatches(lib.allowed, file)) {
        problems.push_back(where + "<" + header + "> (" + lib.key + ") is allowed only in " +
                           [&] {
                             std::string s;
                             for (const auto& a : lib.allowed) s += (s.empty() ? "" : ", ") + a;
                             return s;
                           }());
      }
    }
  }
  return problems;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const fs::path kSource = PLANCAST_SOURCE_DIR;

LayerRules RealRules() { return ParseRules(ReadFile(kSource / "ARCHITECTURE.md")); }

std::string Joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x + "\n";
  return s;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_table_has_every_code_folder_and_library) {
  LayerRules rules = RealRules();
  for (const char* folder : {"models/", "engine/plan/", "engine/", "reports/", "cli/"}) {
    BOOST_TEST(LayerOf(rules, std::string(folder) + "x.h") != nullptr, folder);
  }
  std::vector<std::string> libs;
  for (const Rule& r : rules.third_party) libs.push_back(r.key);
  for (const char* lib : {"ceres/", "yaml-cpp/", "boost/graph/", "muParser"}) {
    BOOST_TEST((std::find(libs.begin(), libs.end(), lib) != libs.end()), lib);
  }
}

BOOST_AUTO_TEST_CASE(every_include_in_the_code_follows_the_table) {
  LayerRules rules = RealRules();
  std::vector<std::string> problems;
  int files = 0;
  for (const char* folder : {"engine", "models", "reports", "cli"}) {
    for (const auto& entry : fs::recursive_directory_iterator(kSource / folder)) {
      const std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || (ext != ".h" && ext != ".cpp")) continue;
      ++files;
      const std::string rel = fs::relative(entry.path(), kSource).generic_string();
      for (auto& p : CheckFile(rules, rel, ReadFile(entry.path()))) problems.push_back(p);
    }
  }
  BOOST_TEST(files > 100);  // the walk really saw the tree
  BOOST_TEST(problems.empty(), "layer violations:\n" << Joined(problems));
}

// The check itself must fail on a violation, naming file:line.
BOOST_AUTO_TEST_CASE(a_bad_include_is_reported_with_file_and_line) {
  LayerRules rules = RealRules();
  auto p = CheckFile(rules, "models/linear_trend.h",
                     "#pragma once\n\n#include \"engine/plan/types.h\"\n");
  BOOST_TEST_REQUIRE(p.size() == 1u);
  BOOST_TEST(p[0] == "models/linear_trend.h:3: models/ may not include \"engine/plan/types.h\"");

  p = CheckFile(rules, "engine/plan/plan_loader.cpp", "#include \"engine/assess.h\"\n");
  BOOST_TEST_REQUIRE(p.size() == 1u);
  BOOST_TEST(p[0].rfind("engine/plan/plan_loader.cpp:1: engine/plan/ may not include", 0) == 0);

  p = CheckFile(rules, "reports/json_report.cpp", "#include \"cli/commands.h\"\n");
  BOOST_TEST(p.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_library_outside_its_files_is_reported) {
  LayerRules rules = RealRules();
  auto p = CheckFile(rules, "engine/assess.cpp", "// x\n#include <yaml-cpp/yaml.h>\n");
  BOOST_TEST_REQUIRE(p.size() == 1u);
  BOOST_TEST(p[0].rfind("engine/assess.cpp:2: <yaml-cpp/yaml.h> (yaml-cpp/) is allowed only in", 0) == 0);
  BOOST_TEST(CheckFile(rules, "models/forecaster.h", "#include <ceres/ceres.h>\n").size() == 1u);
  BOOST_TEST(CheckFile(rules, "models/ceres_solve.cpp", "#include <ceres/ceres.h>\n").empty());
  BOOST_TEST(CheckFile(rules, "engine/projection.cpp", "#include <muParser.h>\n").size() == 1u);
  BOOST_TEST(CheckFile(rules, "reports/svg_chart.cpp", "#include <boost/graph/adjacency_list.hpp>\n").size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_folder_missing_from_the_table_is_reported) {
  LayerRules rules = RealRules();
  auto p = CheckFile(rules, "plugins/x.cpp", "#include \"engine/assess.h\"\n");
  BOOST_TEST_REQUIRE(p.size() == 1u);
  BOOST_TEST(p[0] == "plugins/x.cpp:1: folder not in ARCHITECTURE.md's layer table");
}

BOOST_AUTO_TEST_CASE(a_missing_table_is_an_error_not_a_pass) {
  BOOST_CHECK_THROW(ParseRules("# no tables here\n"), std::runtime_error);
  BOOST_CHECK_THROW(ParseRules("<!-- layers:begin -->\n<!-- layers:end -->\n"
                               "<!-- third-party:begin -->\n<!-- third-party:end -->\n"),
                    std::runtime_error);
}
