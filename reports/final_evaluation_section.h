// The final-evaluation section (终期评估) of report.md and report.html: at or
// after the plan's end, one sentence of counts and the achievement table
// (target, actual, 达成/未达成/无数据, 完成率), binding indicators first.
// Empty text before the plan's end. report.json's block is in json_report.cpp.
#pragma once

#include <string>

#include "engine/assessment.h"
#include "engine/plan/language.h"

namespace plancast {

std::string FinalEvaluationMarkdown(const Assessment& assessment, Language language);
std::string FinalEvaluationHtml(const Assessment& assessment, Language language);

}  // namespace plancast
