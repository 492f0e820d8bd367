// history_files: CSV rows joining indicator histories (engine/plan/history_files.h),
// encoding detection (engine/plan/text_encoding.h) and `owner:`. The corpus cases
// (tests/data/bad/hf_*.yaml) pin the exact messages; these check what they cannot.
#define BOOST_TEST_MODULE history_files
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "engine/plan/plan_loader.h"
#include "engine/plan/text_encoding.h"
#include "engine/plan/yaml_safety.h"

using namespace plancast;
namespace fs = std::filesystem;

namespace {

const char* kPlan = R"(schema: 1
plan: {id: t, name: T, period: {start: 2021, end: 2025}, baseline_year: 2020}
history_files: [data/history.csv]
indicators:
  - id: rd_share
    name: R&D share
    unit: "%"
    direction: increase
    bounds: [0, 100]
    owner: 市科技局
    history: {2019: 1.5}
    target: {year: 2025, value: 3.0}
)";

// Files served from memory, keyed by resolved path.
DataFileReader FromMemory(std::map<std::string, std::string> files) {
  return [files](const std::string& path, const std::string& as_written, const SourceLocation& where,
                 Diagnostics* d) -> std::optional<std::string> {
    auto it = files.find(path);
    if (it != files.end()) return it->second;
    d->Error(where, "no such history file: '" + as_written + "'");
    return std::nullopt;
  };
}

std::optional<Plan> Parse(const std::string& csv, Diagnostics* d, const std::string& plan = kPlan) {
  return ParsePlan(plan, "plans/p.yaml", d, FromMemory({{"plans/data/history.csv", csv}}));
}

}  // namespace

BOOST_AUTO_TEST_CASE(rows_join_the_history_sorted_and_cite_the_csv) {
  Diagnostics d;
  std::optional<Plan> plan =
      Parse("indicator,period,value,basis\nrd_share,2020,2.0,\nrd_share,2018,1.2,旧口径\n", &d,
            std::string(kPlan) + "    basis_shifts: [{from_basis: 旧口径, ratio: 1.1}]\n");
  BOOST_TEST_REQUIRE(plan.has_value(), d.ToString());
  BOOST_TEST(d.All().empty(), d.ToString());
  const std::vector<Observation>& h = plan->indicators[0].history;
  BOOST_TEST_REQUIRE(h.size() == 3u);
  BOOST_TEST(h[0].year == 2018);
  BOOST_TEST(h[0].basis == "旧口径");  // the basis shift from_basis is satisfied by a CSV row
  BOOST_TEST(h[1].where.file == "plans/p.yaml");
  BOOST_TEST(h[2].value == 2.0);
  BOOST_TEST(h[2].where.file == "plans/data/history.csv");
  BOOST_TEST(h[2].where.line == 2);
  BOOST_TEST(h[2].where.column == 15);
  BOOST_TEST(plan->indicators[0].owner == "市科技局");
  BOOST_TEST(plan->history_files.at(0) == "data/history.csv");
}

BOOST_AUTO_TEST_CASE(gb18030_is_detected_converted_and_noted) {
  // "indicator,period,value,note\nrd_share,2020,2.0,统计公报\n" as Excel on Chinese Windows saves it.
  std::string csv = "indicator,period,value,note\r\nrd_share,2020,2.0,\xCD\xB3\xBC\xC6\xB9\xAB\xB1\xA8\r\n";
  Diagnostics d;
  std::optional<Plan> plan = Parse(csv, &d);
  BOOST_TEST_REQUIRE(plan.has_value(), d.ToString());
  BOOST_TEST(plan->indicators[0].history.back().note == "统计公报");
  BOOST_TEST_REQUIRE(d.All().size() == 1u);
  BOOST_TEST((d.All()[0].severity == Severity::kNote));
  BOOST_TEST(FormatDiagnostic(d.All()[0]).find("plans/data/history.csv: note: read as GB18030") == 0u);
}

BOOST_AUTO_TEST_CASE(encoding_detection) {
  BOOST_TEST((DecodeDataText("a,b\n").encoding == TextEncoding::kUtf8));
  DecodedText bom = DecodeDataText("\xEF\xBB\xBFx,统计\n");
  BOOST_TEST((bom.ok && bom.encoding == TextEncoding::kUtf8Bom && bom.utf8 == "x,统计\n"));
  DecodedText gb = DecodeDataText("\xCD\xB3\xBC\xC6");
  BOOST_TEST((gb.ok && gb.encoding == TextEncoding::kGb18030 && gb.utf8 == "统计"));
  DecodedText bad = DecodeDataText("ab\ncd\xFF");
  BOOST_TEST(!bad.ok);
  BOOST_TEST(bad.bad_offset == 5u);
  BOOST_TEST(bad.bad_byte == 0xFF);
  // A BOM says UTF-8: GB18030 bytes after it are an error, not reinterpreted.
  BOOST_TEST(!DecodeDataText("\xEF\xBB\xBF\xB1\xB8").ok);
}

BOOST_AUTO_TEST_CASE(rfc4180_quotes_hold_commas_quotes_and_line_breaks) {
  Diagnostics d;
  std::optional<Plan> plan = Parse(
      "indicator,period,value,note,source\n\"rd_share\",2020,\"2.0\",\"a, \"\"b\"\"\nc\",公报\n\n", &d);
  BOOST_TEST_REQUIRE(plan.has_value(), d.ToString());
  BOOST_TEST(plan->indicators[0].history.back().note == "a, \"b\"\nc");
  BOOST_TEST(plan->indicators[0].history.back().source == "公报");
}

BOOST_AUTO_TEST_CASE(every_row_problem_is_collected) {
  Diagnostics d;
  BOOST_TEST(!Parse("indicator,period,value\nrd_shar,2020,2\nrd_share,2021-13,1\nrd_share,2022,5万\n", &d));
  const std::string all = d.ToString();
  BOOST_TEST(all.find("plans/data/history.csv:2:1: error: unknown indicator 'rd_shar'") != std::string::npos, all);
  BOOST_TEST(all.find("plans/data/history.csv:3:10: error: '2021-13' is not a period\n  hint: '2021-13': month must be 01-12") !=
                 std::string::npos, all);
  BOOST_TEST(all.find("plans/data/history.csv:4:15: error: value: '5万' is not a number") != std::string::npos, all);
}

BOOST_AUTO_TEST_CASE(a_plan_parsed_from_a_string_reads_no_files) {
  Diagnostics d;
  BOOST_TEST(!ParsePlan(kPlan, "p.yaml", &d).has_value());
  BOOST_TEST(d.ToString().find("p.yaml:3:17: error: history file 'data/history.csv' cannot be read") == 0u,
             d.ToString());
}

BOOST_AUTO_TEST_CASE(missing_and_oversized_files_on_disk) {
  const fs::path dir = fs::temp_directory_path() / "plancast_history_files_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "data");
  std::ofstream(dir / "p.yaml") << kPlan;
  Diagnostics missing;
  BOOST_TEST(!LoadPlanFile((dir / "p.yaml").string(), &missing));
  BOOST_TEST(missing.ToString().find("no such history file: 'data/history.csv' (" + (dir / "data/history.csv").string() +
                                     ")") != std::string::npos, missing.ToString());
  { std::ofstream(dir / "data/history.csv") << "indicator,period,value\n"; }
  fs::resize_file(dir / "data/history.csv", kMaxPlanBytes + 1);  // sparse: no 10 MiB written
  Diagnostics big;
  BOOST_TEST(!LoadPlanFile((dir / "p.yaml").string(), &big));
  BOOST_TEST(big.ToString().find("MiB; the limit is 10 MiB") != std::string::npos, big.ToString());
  fs::remove_all(dir);
}
