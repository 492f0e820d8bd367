// libFuzzer target: any byte string through plancast::ParsePlan.
//
// Beyond "no crash, no leak, no undefined behaviour" (the sanitizers), it
// checks the loader's contract: a plan comes back iff no error was reported,
// every error has a message and a position inside the text, and the whole
// report can be formatted. Built by cmake/Fuzzing.cmake (PLANCAST_FUZZ=ON);
// run by tools/fuzz.sh.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "engine/plan/diagnostics.h"
#include "engine/plan/plan_loader.h"

namespace {

// A broken invariant is a finding like a crash: abort so libFuzzer saves the input.
void Require(bool ok, const char* what) {
  if (!ok) {
    fprintf(stderr, "plan_loader_fuzzer: invariant broken: %s\n", what);
    std::abort();
  }
}

int LineCount(const std::string& text) {
  int lines = 1;
  for (char c : text) lines += c == '\n' || c == '\r' ? 1 : 0;
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  plancast::Diagnostics diagnostics;
  std::optional<plancast::Plan> plan = plancast::ParsePlan(text, "fuzz.yaml", &diagnostics);
  Require(plan.has_value() != diagnostics.HasErrors(), "a plan is returned iff there is no error");
  const int lines = LineCount(text);
  for (const plancast::Diagnostic& d : diagnostics.All()) {
    Require(!d.message.empty(), "every diagnostic has a message");
    Require(d.where.line >= 0 && d.where.line <= lines, "line inside the file");
    Require(d.where.line == 0 || d.where.column >= 1, "1-based column");
  }
  Require(diagnostics.All().empty() || !diagnostics.ToString().empty(), "diagnostics format");
  if (!plan) return 0;
  // An accepted plan never carries a silently wrong number.
  for (const plancast::Indicator& indicator : plan->indicators) {
    Require(!indicator.id.empty(), "indicator ids are not empty");
    for (size_t i = 0; i < indicator.history.size(); ++i) {
      Require(std::isfinite(indicator.history[i].value), "history values are finite");
      Require(i == 0 || indicator.history[i - 1].t < indicator.history[i].t, "history sorted, no duplicates");
    }
    if (indicator.target) Require(std::isfinite(indicator.target->value), "target value is finite");
  }
  return 0;
}
