// `plancast forecast` on a plan with `regions:`: each region's reports in
// DIR/<region>/, the total's in DIR/total/, and DIR/league.* (docs/reports.md,
// "League of regions"), all swapped in as one folder.
#pragma once

#include <string>
#include <vector>

#include "engine/assess.h"
#include "engine/plan/types.h"
#include "reports/report_writer.h"

namespace plancast {

struct RegionalForecastArgs {
  std::string out;
  std::vector<std::string> formats;  // of each region's report
  int threads = 1;
};

// Returns the exit code; throws InputError for bad input (nothing written).
int RunRegionalForecast(const Plan& plan, const AssessOptions& options, const ReportOptions& report_options,
                        const RegionalForecastArgs& args);

}  // namespace plancast
