// The further targets of an indicator (`targets:` beyond the plan-period one),
// one plain-text line each for report.md and report.html: "远景目标 2035: 5%：
// 预测4.2 (3.6–4.8)，达标概率45%，存在风险——reason".
//
// Each line reuses the sentences of the plan-period target (TargetText,
// ProjectionText, ReasonSentence) on a view of the indicator that carries the
// further target in its place; plain text, each writer escapes it.
#pragma once

#include <string>
#include <vector>

#include "engine/assessment.h"

namespace plancast {

// A further target's cells, plain text: "远景目标", "2035: 5%", "4.2% (3.6–4.8)",
// "45%", "存在风险", the reason sentence ("—" where there is none).
struct FurtherTargetText {
  std::string label, target, projection, p, status, reason;
};

// One entry per target of `result` that is not its plan-period target, in
// plan order; empty when it has only the one.
std::vector<FurtherTargetText> FurtherTargets(const IndicatorResult& result, Language language);

// The cells as one line (kExtraTargetLine).
std::string FurtherTargetLine(const FurtherTargetText& text, Language language);

}  // namespace plancast
