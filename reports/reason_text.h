// Why a verdict is what it is, in words (issue 11, item 0).
//
// The engine gives every verdict a reason code with its figures
// (VerdictReason, engine/assessment.h; codes in docs/assessment.md). Reports
// render each code as one plain sentence per language from ONE table: code ->
// template with named arguments ({required}, {historical}, {projected}, {p},
// {p_hist}, {history}, {latest}, {target}, {year}). The sentence says how many
// figures and years the verdict rests on; it never names models, seeds or
// YAML keys.
#pragma once

#include <string>
#include <vector>

#include "engine/assessment.h"

namespace plancast {

struct ReasonTemplate {
  const char* code;  // a reason code, or a "_"-prefixed phrase used inside the sentences
  const char* en;
  const char* zh;
};

// The whole table (for tests: every code has both languages, the same fields).
const std::vector<ReasonTemplate>& ReasonTemplates();

// Every reason code the engine emits (docs/assessment.md, "Reason codes").
const std::vector<std::string>& ReasonCodes();

// The sentence for `result.reason` in `language`; "" when the verdict has no
// reason (a milestone, an indicator without a target).
std::string ReasonSentence(const IndicatorResult& result, Language language);

}  // namespace plancast
