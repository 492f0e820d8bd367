// Memory of a forecast grows with the plan, not with the plan times the
// simulated draws: each indicator's draws (~120 KB, held twice) used to stay
// until the end of the run, ~250 KB per indicator (2,000 indicators: 506 MB,
// 10,000: 2.5 GB; docs/reliability.md). The real binary's peak resident size
// is read from wait4.
#define BOOST_TEST_MODULE memory_cli
#include <boost/test/unit_test.hpp>
#include <sys/resource.h>

#include <fstream>

#include "tests/cli/hardening_run.h"

using namespace plancast::testing;
namespace fs = std::filesystem;

namespace {

// ASan's shadow memory, redzones and quarantine (up to 256 MB) come on top:
// measured 755 MB under ASan + UBSan for what takes 88 MB without.
#if defined(__SANITIZE_ADDRESS__)
constexpr long kSanitizerMegabytes = 800;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long kSanitizerMegabytes = 800;
#else
constexpr long kSanitizerMegabytes = 0;
#endif
#else
constexpr long kSanitizerMegabytes = 0;
#endif

// `count` indicators with eight yearly figures and a target each; every
// tenth is derived from the two before it.
std::string GeneratedPlan(int count) {
  std::string text =
      "schema: 1\nplan:\n  id: big\n  name: Big\n  period: {start: 2021, end: 2025}\n  baseline_year: 2020\n"
      "  as_of: 2021-06-30\ngoals:\n  - id: g\n    name: G\nindicators:\n";
  for (int k = 0; k < count; ++k) {
    const std::string id = "x" + std::to_string(k);
    text += "  - id: " + id + "\n    name: X" + std::to_string(k) + "\n    unit: t\n    direction: increase\n"
            "    goals: [g]\n";
    if (k % 10 == 9) {
      text += "    formula: \"x" + std::to_string(k - 1) + " + x" + std::to_string(k - 2) + "\"\n    target: none\n";
      continue;
    }
    text += "    history: {";
    for (int y = 0; y < 8; ++y) {
      text += (y ? ", " : "") + std::to_string(2013 + y) + ": " + std::to_string(100 + y * (1 + k % 5) + (k + y) % 4);
    }
    text += "}\n    target: {year: 2025, value: " + std::to_string(130 + k % 7) + "}\n";
  }
  return text;
}

// Peak resident set size of `plancast ARGS` in MB, and its exit code.
std::pair<long, int> PeakMegabytes(const fs::path& cwd, const std::vector<std::string>& args) {
  const pid_t pid = SpawnPlancast(cwd, args);
  int status = 0;
  struct rusage usage {};
  BOOST_REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
  return {usage.ru_maxrss / 1024, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)};
}

}  // namespace

BOOST_AUTO_TEST_CASE(two_thousand_indicators_forecast_in_a_fraction_of_what_holding_every_draw_took) {
  const fs::path work = FreshTempDir("memory-cli");
  std::ofstream(work / "big.yaml", std::ios::binary) << GeneratedPlan(2000);
  const auto [validate_mb, validate_exit] = PeakMegabytes(work, {"validate", "big.yaml"});
  BOOST_TEST_REQUIRE(validate_exit == 0);
  const auto [forecast_mb, forecast_exit] = PeakMegabytes(work, {"forecast", "big.yaml", "--out", "out"});
  BOOST_TEST_REQUIRE(forecast_exit == 0);
  BOOST_TEST(fs::exists(work / "out" / "report.json"));
  BOOST_TEST_MESSAGE("2,000 indicators: validate " << validate_mb << " MB, forecast " << forecast_mb << " MB");
  // Measured: validate ~50 MB, forecast ~95 MB (all four reports are held as
  // text before the folder is swapped in); holding every draw took 506 MB.
  BOOST_TEST(forecast_mb < 200 + kSanitizerMegabytes);
  fs::remove_all(work);
}
