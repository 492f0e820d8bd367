// The "方法说明 / Method" appendix at the end of report.md and report.html:
// the words a planner does not need on the first pages (the random seed, the
// models and scales each indicator was projected with) but an analyst may
// ask for. Everything above it is free of such internal words (issue 11);
// report.json carries them as fields (`seed`, `model`, `model_description`).
#pragma once

#include <string>

#include "engine/assessment.h"

namespace plancast {

enum class MethodText { kTitle, kHow, kSeed, kModels, kCount };

// The appendix's words in `language` (one table, both languages; tests check it).
const char* MethodLabel(MethodText key, Language language);

// "## 方法说明" ... as Markdown (plan text escaped).
std::string MethodAppendixMarkdown(const Assessment& assessment, Language language);
// <section class="method"> ... </section> (plan text escaped).
std::string MethodAppendixHtml(const Assessment& assessment, Language language);

}  // namespace plancast
