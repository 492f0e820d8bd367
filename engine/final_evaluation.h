// Final evaluation (终期评估, issue 12 item 7): at or after the plan's end,
// each target's outcome from the figures known — met (达成), missed (未达成)
// or no data (无数据) — and its completion rate (完成率), binding indicators
// first. Read from an Assessment; docs/assessment.md defines the rate.
#pragma once

#include <optional>
#include <vector>

#include "engine/assessment.h"

namespace plancast {

enum class FinalOutcome { kMet, kMissed, kNoData };

// How the completion rate was computed (report.json names these).
enum class CompletionRule {
  kNone,               // milestones, no data, or no usable baseline/ratio
  kProgressFromBase,   // (actual - base) / (target - base): level and rank targets with a base-year figure
  kActualOverTarget,   // actual / target: cumulative and growth targets to reach, levels without a base
  kTargetOverActual,   // target / actual: the same for ceilings (direction: decrease)
};

struct FinalRow {
  const IndicatorResult* result = nullptr;
  FinalOutcome outcome = FinalOutcome::kNoData;
  // The target's quantity at the end: the level (or rank) in the target
  // year, the sum over the plan, the average growth rate in %/yr.
  std::optional<double> actual;
  std::optional<double> completion;  // 1.0 = 100%; may exceed 1 or be negative
  CompletionRule rule = CompletionRule::kNone;
};

struct FinalEvaluation {
  int plan_end = 0;
  std::vector<FinalRow> rows;  // indicators with a target: binding first, then plan order
  int counts[3] = {};          // by FinalOutcome
  int binding_counts[3] = {};
};

// True when `as_of` is on or after 31 December of the plan's last year.
bool AtOrAfterPlanEnd(const Assessment& assessment);

// nullopt before the plan's end.
std::optional<FinalEvaluation> EvaluateAtPlanEnd(const Assessment& assessment);

const char* FinalOutcomeToString(FinalOutcome o);      // "met", "missed", "no_data"
const char* CompletionRuleToString(CompletionRule r);  // "progress_from_base", ...; nullptr for kNone

}  // namespace plancast
