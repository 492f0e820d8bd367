// Shared steps of commands that read a plan: load it (printing diagnostics)
// and settle the run's as-of date.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>

#include "engine/plan/types.h"

namespace plancast {

// Loads and validates `path`. Prints warnings to stderr; throws InputError
// carrying every problem when the plan is invalid.
Plan LoadPlanOrThrow(const std::string& path);

// `--as-of` when given (strict YYYY-MM-DD, else InputError), otherwise the
// plan's `as_of`, otherwise today.
boost::gregorian::date ResolveAsOf(const std::string& as_of_flag, const Plan& plan);

// Splits "md,json" into {"md","json"}, checking each against `known`
// (InputError with a "did you mean" hint for unknown names). Empty -> `known`.
std::vector<std::string> ParseFormatList(const std::string& list, const std::vector<std::string>& known);

}  // namespace plancast
