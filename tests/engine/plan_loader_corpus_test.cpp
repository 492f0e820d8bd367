// Table-driven test over tests/data/bad and tests/data/good.
//
// Each bad file states what it must produce in trailing comment lines
//   # expect: LINE:COL: text
// (0:0 = a problem with the whole file; `\n` in text stands for a line break,
// so a hint can be matched as "message\n  hint: ..."). Every expectation must
// match an error at exactly that line and column whose formatted text
// contains `text`, and the plan must be rejected. A file that cannot hold a
// comment (the empty file) keeps its expectations in NAME.expect. An
// expectation may name another file next to the plan, `# expect: FILE:LINE:COL: text`,
// for problems in the CSV files a plan reads (history_files).
#define BOOST_TEST_MODULE plan_loader_corpus
#include <boost/test/unit_test.hpp>

#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/plan/plan_loader.h"

using namespace plancast;
namespace fs = std::filesystem;

namespace {

struct Expectation {
  std::string file;  // empty: the plan file itself
  int line = 0;
  int column = 0;
  std::string text;
};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<Expectation> ReadExpectations(const std::string& text) {
  std::vector<Expectation> result;
  std::istringstream lines(text);
  std::string line;
  const std::string tag = "# expect: ";
  while (std::getline(lines, line)) {
    if (line.compare(0, tag.size(), tag) != 0) continue;
    Expectation e;
    std::string rest = line.substr(tag.size());
    if (!rest.empty() && !std::isdigit(static_cast<unsigned char>(rest[0]))) {
      e.file = rest.substr(0, rest.find(':'));
      rest = rest.substr(e.file.size() + 1);
    }
    size_t colon1 = rest.find(':');
    size_t colon2 = rest.find(':', colon1 + 1);
    e.line = std::stoi(rest.substr(0, colon1));
    e.column = std::stoi(rest.substr(colon1 + 1, colon2 - colon1 - 1));
    e.text = rest.substr(colon2 + 2);
    for (size_t at; (at = e.text.find("\\n")) != std::string::npos;) e.text.replace(at, 2, "\n");
    result.push_back(e);
  }
  return result;
}

std::vector<fs::path> Files(const std::string& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(PLANCAST_SOURCE_DIR) / "tests/data" / folder)) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_bad_file_is_rejected_with_its_expected_messages) {
  std::vector<fs::path> files = Files("bad");
  BOOST_TEST(files.size() >= 50u);
  for (const fs::path& file : files) {
    BOOST_TEST_CONTEXT("file " << file.filename()) {
      fs::path sidecar = fs::path(file).replace_extension(".expect");
      std::vector<Expectation> expected =
          ReadExpectations(fs::exists(sidecar) ? ReadAll(sidecar) : ReadAll(file));
      BOOST_TEST_REQUIRE(!expected.empty(), "no '# expect:' line");
      Diagnostics diagnostics;
      std::optional<Plan> plan = LoadPlanFile(file.string(), &diagnostics);
      BOOST_TEST(!plan.has_value());
      BOOST_TEST(diagnostics.HasErrors());
      for (const Expectation& e : expected) {
        const std::string in_file = e.file.empty() ? file.string() : (file.parent_path() / e.file).string();
        bool found = false;
        for (const Diagnostic& d : diagnostics.All()) {
          found = found || (d.severity == Severity::kError && d.where.line == e.line &&
                            d.where.column == e.column && d.where.file == in_file &&
                            FormatDiagnostic(d).find(e.text) != std::string::npos);
        }
        BOOST_TEST(found, "expected " << e.file << ":" << e.line << ":" << e.column << ": " << e.text << "\ngot:\n"
                                      << diagnostics.ToString());
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(every_good_file_loads_without_errors_or_warnings) {
  std::vector<fs::path> files = Files("good");
  BOOST_TEST(files.size() >= 7u);
  for (const fs::path& file : files) {
    BOOST_TEST_CONTEXT("file " << file.filename()) {
      Diagnostics diagnostics;
      std::optional<Plan> plan = LoadPlanFile(file.string(), &diagnostics);
      BOOST_TEST(plan.has_value());
      // Notes (a GB18030 file converted) say what plancast did; nothing to fix.
      for (const Diagnostic& d : diagnostics.All()) {
        BOOST_TEST((d.severity == Severity::kNote), diagnostics.ToString());
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(bom_and_crlf_files_load_like_the_plain_file) {
  fs::path good = fs::path(PLANCAST_SOURCE_DIR) / "tests/data/good";
  Diagnostics diagnostics;
  std::optional<Plan> plain = LoadPlanFile((good / "minimal.yaml").string(), &diagnostics);
  std::optional<Plan> bom = LoadPlanFile((good / "bom.yaml").string(), &diagnostics);
  std::optional<Plan> crlf = LoadPlanFile((good / "crlf.yaml").string(), &diagnostics);
  BOOST_TEST_REQUIRE((plain && bom && crlf));
  for (const Plan* p : {&*bom, &*crlf}) {
    BOOST_TEST(p->name == plain->name);
    BOOST_TEST(p->indicators.at(0).history.size() == plain->indicators.at(0).history.size());
    BOOST_TEST(p->indicators.at(0).where.line == plain->indicators.at(0).where.line);
    BOOST_TEST(p->indicators.at(0).where.column == plain->indicators.at(0).where.column);
  }
}

BOOST_AUTO_TEST_CASE(missing_file_is_an_input_error) {
  Diagnostics diagnostics;
  BOOST_TEST(!LoadPlanFile("/nonexistent/plan.yaml", &diagnostics).has_value());
  BOOST_TEST(diagnostics.ToString().find("no such file") != std::string::npos);
}
