// The engine's warnings (engine/warning.h: a code and named arguments) in
// words, from ONE table: every code has its id for report.json, the English
// sentence tools have always read (report.json `warnings`, report.csv), and
// the sentences of the human reports in zh and en. No text is ever matched:
// a new code without a row fails warning_text_test.
#pragma once

#include <string>
#include <vector>

#include "engine/plan/language.h"
#include "engine/warning.h"

namespace plancast {

struct WarningTemplate {
  WarningCode code;
  const char* id;         // report.json `code`, e.g. "stale"
  const char* english;    // the tools' text: fmt pattern over the named args, e.g. "stale: the figure for {period} ..."
  const char* en;         // the en report's sentence (nullptr: `english`); no model names or YAML keys
  const char* zh;         // the zh report's sentence
};

// The whole table, in code order (for tests).
const std::vector<WarningTemplate>& WarningTemplates();

// "stale", "basis_left_out", ...
const char* WarningCodeId(WarningCode code);

// The English text of report.json's `warnings` / report.csv (unchanged wording).
std::string WarningEnglish(const Warning& warning);

// The sentence a planner reads in `language` (md, html, xlsx).
std::string WarningText(const Warning& warning, Language language);

}  // namespace plancast
