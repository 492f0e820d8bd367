// The engine's warnings in the report's language.
//
// The engine writes its warnings in English (report.json and report.csv keep
// them so, for tools). Human reports show them through this table: each
// English pattern, with {} for the variable parts, has a Chinese counterpart
// that may reorder them ({0}, {1}, ...). A warning matching no pattern is shown
// as written.
#pragma once

#include <string>
#include <vector>

#include "engine/plan/language.h"

namespace plancast {

std::string LocalizeWarning(const std::string& warning, Language language);

// The English patterns known to the table (for tests: every engine warning has one).
std::vector<std::string> KnownWarningPatterns();

}  // namespace plancast
