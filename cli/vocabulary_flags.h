// Flags whose values come from a fixed vocabulary (forecast methods, report
// languages): parsed here, at the edge, against the one table of each
// (models/forecast_method.h, engine/plan/language.h). An unknown name is an
// InputError (exit 2) naming the valid ones, with a "did you mean" when one
// is close; past this point only enums travel.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/plan/language.h"
#include "models/forecast_method.h"

namespace plancast {

// `--method NAME`.
ForecastMethod ParseMethodFlag(const std::string& name);

// `--method NAME[,NAME...]`; empty -> empty (the caller's "all of them").
std::vector<ForecastMethod> ParseMethodListFlag(const std::string& list);

// A language code from `flag` (e.g. "--lang", or where a default came from);
// unknown -> InputError.
Language ParseLanguageFlag(const std::string& flag, const std::string& code);

}  // namespace plancast
