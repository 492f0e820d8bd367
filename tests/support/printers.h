// Lets Boost.Test print plancast enums in failure messages.
#pragma once

#include <ostream>

#include "engine/assessment.h"

namespace plancast {
inline std::ostream& operator<<(std::ostream& out, TargetStatus s) { return out << TargetStatusToString(s); }
inline std::ostream& operator<<(std::ostream& out, ProgressClass c) { return out << ProgressClassToString(c); }
inline std::ostream& operator<<(std::ostream& out, MilestoneState s) { return out << MilestoneStateToString(s); }
inline std::ostream& operator<<(std::ostream& out, AnnualState s) { return out << AnnualStateToString(s); }
inline std::ostream& operator<<(std::ostream& out, PaceKind k) { return out << PaceKindToString(k); }
inline std::ostream& operator<<(std::ostream& out, Language l) { return out << LanguageCode(l); }
inline std::ostream& operator<<(std::ostream& out, ForecastMethod m) { return out << ForecastMethodName(m); }
}  // namespace plancast
