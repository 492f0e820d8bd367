// league.md / .json / .csv / .html: the regions of a plan side by side, per
// indicator (docs/reports.md, "League of regions").
#pragma once

#include <string>
#include <vector>

#include "engine/league.h"
#include "reports/report_writer.h"

namespace plancast {

// Formats of the league: {"md", "json", "csv", "html"}.
std::vector<std::string> LeagueFormatNames();

// REQUIRES: a name from LeagueFormatNames().
std::string RenderLeague(const std::string& format, const League& league, const ReportOptions& options);

}  // namespace plancast
