#include "cli/plan_input.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "engine/plan/dates.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/plan_loader.h"

namespace plancast {

Plan LoadPlanOrThrow(const std::string& path) {
  Diagnostics diagnostics;
  std::optional<Plan> plan = LoadPlanFile(path, &diagnostics);
  if (!plan || diagnostics.HasErrors()) throw InputError(std::move(diagnostics));
  if (!diagnostics.All().empty()) std::cerr << diagnostics.ToString();
  return std::move(*plan);
}

boost::gregorian::date ResolveAsOf(const std::string& as_of_flag, const Plan& plan) {
  if (!as_of_flag.empty()) {
    const auto date = ParseIsoDate(as_of_flag);
    if (!date) {
      Diagnostics d;
      d.Error({"--as-of", 0, 0}, "'" + as_of_flag + "' is not a date",
              "write it as YYYY-MM-DD, e.g. --as-of 2021-06-30");
      throw InputError(std::move(d));
    }
    return *date;
  }
  if (plan.as_of) return *plan.as_of;
  return boost::gregorian::day_clock::local_day();
}

std::vector<std::string> ParseFormatList(const std::string& list, const std::vector<std::string>& known) {
  if (list.empty()) return known;
  std::vector<std::string> formats;
  Diagnostics d;
  std::stringstream stream(list);
  std::string name;
  while (std::getline(stream, name, ',')) {
    if (name.empty()) continue;
    bool ok = false;
    for (const std::string& k : known) ok = ok || k == name;
    if (ok) {
      // Twice the same format would stage one file twice (exit 1 halfway through writing).
      if (std::find(formats.begin(), formats.end(), name) == formats.end()) formats.push_back(name);
      continue;
    }
    std::string all;
    for (const std::string& k : known) all += (all.empty() ? "" : ", ") + k;
    const std::string closest = ClosestMatch(name, known);
    d.Error({"--format", 0, 0}, "unknown report format '" + name + "'",
            (closest.empty() ? "" : "did you mean '" + closest + "'? ") + "known formats: " + all);
  }
  if (formats.empty() && !d.HasErrors()) {
    d.Error({"--format", 0, 0}, "no report format in '" + list + "'", "e.g. --format md,json");
  }
  if (d.HasErrors()) throw InputError(std::move(d));
  return formats;
}

}  // namespace plancast
