// One pass over a plan's indicators in evaluation order: project each one
// (measured: its own history; derived: draw by draw from its inputs; then the
// scenario's overrides), judge it, and release its simulated draws as soon as
// the last derived indicator reading it is done.
//
// Why a pass and not "project all, then judge all": an indicator's draws are
// kDraws values for every simulated year (about 120 KB), and holding every
// indicator's draws (twice: the trend and its copy for overrides) until the
// end made memory grow ~250 KB per indicator (10,000 indicators: 2.4 GB).
// Now only the draws some derived indicator still has to read are held.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/assessment.h"
#include "engine/plan/goal_graph.h"
#include "engine/plan/types.h"
#include "engine/projection.h"

namespace plancast {

// The verdicts of one variant of the run (the scenario, or the trend), in plan order.
struct JudgedIndicators {
  std::vector<IndicatorResult> indicators;
  std::vector<std::vector<std::uint8_t>> met_by_draw;  // per indicator: 1 where a draw meets the target
  std::vector<std::vector<std::string>> assumptions;   // per indicator: the scenario's overrides, in words
};

struct JudgingPassInput {
  const Plan* plan = nullptr;    // as seen at as-of
  const GoalGraph* graph = nullptr;  // of *plan
  ProjectionSettings settings;
  ForecastMethod method = ForecastMethod::kDefault;  // recorded on every result
  const Scenario* scenario = nullptr;  // nullptr: the trend only
  std::vector<int> hidden;             // per indicator: observations after as-of that were ignored
  // AssessOptions::adjust_measured: applied to each measured projection before anything reads it.
  std::function<void(const Plan&, size_t, IndicatorProjection*)> adjust_measured;
};

struct JudgingPassResult {
  std::vector<JudgedIndicators> variants;  // [0]: the scenario, or the trend; [1]: the trend beside a scenario
  // The most indicators whose projections were held at one time (both
  // variants of one indicator count once): what memory grows with. 1 for a
  // plan without formulas; tests/engine/judging_pass_test.cpp pins it.
  size_t most_projections_held = 0;
};

// Without a scenario: one variant, the trend. With one: {scenario, trend},
// the two computed side by side; an indicator that no override reaches is
// projected and judged once for both. Deterministic: the same results as
// projecting every indicator first and judging after, in any order.
JudgingPassResult ProjectAndJudge(const JudgingPassInput& input);

}  // namespace plancast
