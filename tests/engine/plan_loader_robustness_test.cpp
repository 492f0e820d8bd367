// Randomly damaged plans: the loader must never crash, hang or throw, and
// must either accept a plan or explain why not with a position in the file.
// A cheap, deterministic stand-in for the libFuzzer target (fixed seed).
#define BOOST_TEST_MODULE plan_loader_robustness
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "engine/plan/plan_loader.h"

using namespace plancast;

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// One random edit of the kinds a hand-edited or corrupted file shows.
std::string Mutate(std::string text, std::mt19937& random) {
  static const std::string kSpecial = "[]{}:-&*!|>'\"\t\n#,%?@` \\\xE4\xB8\x80\xFF";
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
  if (text.empty()) return std::string(1, kSpecial[pick(kSpecial.size())]);
  size_t at = pick(text.size());
  switch (pick(6)) {
    case 0: text[at] = kSpecial[pick(kSpecial.size())]; break;
    case 1: text.insert(at, 1, kSpecial[pick(kSpecial.size())]); break;
    case 2: text.erase(at, 1 + pick(40)); break;
    case 3: text.resize(at); break;
    case 4: {  // duplicate a line somewhere else
      size_t begin = text.rfind('\n', at);
      begin = begin == std::string::npos ? 0 : begin + 1;
      size_t end = text.find('\n', at);
      std::string line = text.substr(begin, end == std::string::npos ? std::string::npos : end - begin + 1);
      text.insert(pick(text.size()), line);
      break;
    }
    default: text[at] = static_cast<char>(pick(256)); break;
  }
  return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(damaged_plans_never_crash_and_always_explain) {
  std::string seed_plan = ReadFile(std::string(PLANCAST_SOURCE_DIR) + "/tests/data/good/extensions.yaml");
  BOOST_TEST_REQUIRE(!seed_plan.empty());
  std::mt19937 random(20211);
  int accepted = 0, rejected = 0;
  auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < 3000; ++round) {
    std::string text = seed_plan;
    int edits = 1 + static_cast<int>(random() % 4);
    for (int e = 0; e < edits; ++e) text = Mutate(text, random);
    size_t lines = std::count(text.begin(), text.end(), '\n') + 1;
    Diagnostics diagnostics;
    std::optional<Plan> plan;
    BOOST_CHECK_NO_THROW(plan = ParsePlan(text, "fuzz.yaml", &diagnostics));
    if (plan) {
      ++accepted;
      BOOST_TEST(!diagnostics.HasErrors());
      for (const Indicator& i : plan->indicators) {
        for (size_t k = 1; k < i.history.size(); ++k) BOOST_TEST(i.history[k - 1].year < i.history[k].year);
      }
    } else {
      ++rejected;
      BOOST_TEST(diagnostics.HasErrors(), "rejected without an error:\n" << text);
      for (const Diagnostic& d : diagnostics.All()) {
        BOOST_TEST(!d.message.empty());
        BOOST_TEST(static_cast<size_t>(d.where.line) <= lines, FormatDiagnostic(d) << " beyond the last line");
      }
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST_MESSAGE(accepted << " accepted, " << rejected << " rejected in " << seconds << " s");
  BOOST_TEST(rejected > 1000);  // the mutations do damage; otherwise this test proves nothing
  BOOST_TEST(accepted > 10);
}
