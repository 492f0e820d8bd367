// Reads an indicator's `target:` or `targets:`: kind, year, value, milestone dates.
#include <algorithm>
#include <cmath>
#include <sstream>

#include "engine/plan/dates.h"
#include "engine/plan/number_parsing.h"
#include "engine/plan/plan_reading.h"

namespace plancast {
namespace {

const std::vector<std::string> kTargetKinds = {"level", "cumulative", "growth", "rank", "milestone"};

TargetKind ToTargetKind(const std::string& name) {
  if (name == "cumulative") return TargetKind::kCumulative;
  if (name == "growth") return TargetKind::kGrowth;
  if (name == "rank") return TargetKind::kRank;
  if (name == "milestone") return TargetKind::kMilestone;
  return TargetKind::kLevel;
}

std::optional<boost::gregorian::date> ReadDate(const MapFields& fields, const std::string& key,
                                               const LoadContext& context) {
  std::optional<std::string> text = fields.Text(key, false);
  if (!text) return std::nullopt;
  std::optional<boost::gregorian::date> date = ParseIsoDate(*text);
  if (!date) {
    context.Error(*fields.Find(key), "'" + key + "' must be a date written YYYY-MM-DD, not " + DescribeNodeType(*fields.Find(key)),
                  "e.g. 2023-12-31 (a real calendar date, with zero-padded month and day)");
  }
  return date;
}

const char* TargetKindName(TargetKind kind) { return kTargetKinds[static_cast<int>(kind)].c_str(); }

std::string Shortest(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

// `tolerance: 5%` (of the value) or `tolerance: 0.2` (in the indicator's unit).
bool ReadTolerance(const YAML::Node& node, const LoadContext& context, TargetBand* band) {
  std::string text = node.IsScalar() ? node.Scalar() : "";
  band->tolerance_relative = !text.empty() && text.back() == '%';
  if (band->tolerance_relative) text.pop_back();
  const ParsedNumber number = ParseNumber(text);
  if (!node.IsScalar() || !number.ok) {
    context.Error(node, "'tolerance' should be a number or a percentage like 5%, not " + DescribeNodeType(node),
                  "tolerance: 5% is 5% of the value either way; tolerance: 0.2 is 0.2 in the indicator's unit");
    return false;
  }
  if (number.value < 0) {
    context.Error(node, "'tolerance' must not be negative (got " + node.Scalar() + ")", "write how far either way, e.g. 5%");
    return false;
  }
  band->tolerance = number.value;
  return true;
}

// `range: [lo, hi]` in place of `value`, or `about: true` with a `tolerance`
// around `value` ("左右"): the target is met inside the band. False when
// something was wrong (reported); true and no band for a plain target.
bool ReadBand(const MapFields& fields, const std::optional<double>& value, const LoadContext& context, Target* target) {
  const YAML::Node* range = fields.Find("range");
  const YAML::Node* tolerance = fields.Find("tolerance");
  const bool about = fields.Bool("about").value_or(false);
  if (range == nullptr && !about) {
    if (tolerance == nullptr) return true;
    context.Error(*tolerance, "'tolerance' belongs to an 'about' target", "add about: true for a \"左右\" target, or remove it");
    return false;
  }
  const YAML::Node& where = range ? *range : *fields.Find("about");
  if (target->kind != TargetKind::kLevel && target->kind != TargetKind::kGrowth) {
    context.Error(where, "a range or 'about' target must be of kind level or growth",
                  "a range bounds the value (or the growth rate) in the target year; remove it for this kind");
    return false;
  }
  if (range && about) {
    context.Error(where, "a target is a range or 'about' a value, not both", "keep range: [lo, hi], or value with about: true");
    return false;
  }
  TargetBand band;
  if (range) {
    if (value) {
      context.Error(*fields.Find("value"), "a range target has no 'value'", "write range: [lo, hi] alone, e.g. range: [3.3, 3.7]");
      return false;
    }
    if (tolerance) {
      context.Error(*tolerance, "'tolerance' belongs to an 'about' target", "a range states its own ends; remove the tolerance");
      return false;
    }
    if (!range->IsSequence() || range->size() != 2) {
      context.Error(*range, "'range' should be a list of two numbers [lo, hi], not " + DescribeNodeType(*range),
                    "e.g. range: [3.3, 3.7]");
      return false;
    }
    const std::optional<double> lo = ScalarNumber((*range)[0], "range", context);
    const std::optional<double> hi = ScalarNumber((*range)[1], "range", context);
    if (!lo || !hi) return false;
    if (*lo > *hi) {
      context.Error(*range, "'range' lower end " + Shortest(*lo) + " is above its upper end " + Shortest(*hi),
                    "write [lo, hi], e.g. range: [" + Shortest(*hi) + ", " + Shortest(*lo) + "]");
      return false;
    }
    band.lo = *lo;
    band.hi = *hi;
    target->value = (*lo + *hi) / 2;
    target->band = band;
    return true;
  }
  if (!value) return false;  // the missing value is reported already
  if (tolerance == nullptr) {
    context.Error(where, "an 'about' target needs a 'tolerance'",
                  "e.g. tolerance: 5% (of the value) or tolerance: 0.2 (in the indicator's unit)");
    return false;
  }
  band.about = true;
  if (!ReadTolerance(*tolerance, context, &band)) return false;
  const double half = band.tolerance_relative ? std::fabs(*value) * band.tolerance / 100 : band.tolerance;
  band.lo = *value - half;
  band.hi = *value + half;
  target->band = band;
  return true;
}

// `annual: even`, or a map year -> value, each year in the plan period and
// not after the target's.
void ReadAnnual(const MapFields& fields, const Plan& plan, const LoadContext& context, Target* target) {
  const YAML::Node* node = fields.Find("annual");
  if (node == nullptr) return;
  if (target->kind == TargetKind::kMilestone) {
    context.Error(*node, "a milestone target has no annual path", "remove 'annual', or give the target a value");
    return;
  }
  if (node->IsScalar() && node->Scalar() == "even") {
    target->annual_even = true;
    return;
  }
  if (!node->IsMap()) {
    context.Error(*node, "'annual' should be a map year -> value, or 'even', not " + DescribeNodeType(*node),
                  "e.g. annual: {2021: 2.3, 2022: 2.5}, or annual: even to spread the target evenly");
    return;
  }
  for (const auto& entry : *node) {
    const std::optional<int> year = ParseYear(entry.first.IsScalar() ? entry.first.Scalar() : "");
    if (!year) {
      context.Error(entry.first, "annual key " + DescribeNodeType(entry.first) + " is not a year", "e.g. 2022: 2.5");
      continue;
    }
    const int first = plan.period_start > 0 ? plan.period_start : *year;
    if (*year < first || (target->year > 0 && *year > target->year)) {
      context.Error(entry.first, "annual year " + std::to_string(*year) + " is outside " + std::to_string(first) + "-" +
                                     std::to_string(target->year),
                    "annual targets run from the plan's first year to the target's year");
      continue;
    }
    if (const std::optional<double> value = ScalarNumber(entry.second, "annual", context)) target->annual[*year] = *value;
  }
}

// One target map, as `target:` or an item of `targets:` holds it.
std::optional<Target> ReadOneTarget(const YAML::Node& node, const std::string& what, const Plan& plan,
                                    const LoadContext& context) {
  MapFields fields(node,
                   {"kind", "year", "value", "range", "about", "tolerance", "annual", "due", "done_on", "illustrative",
                    "note"},
                   what, context);
  Target target;
  target.where = fields.Where();
  target.kind = ToTargetKind(fields.Choice("kind", kTargetKinds, false).value_or("level"));
  bool milestone = target.kind == TargetKind::kMilestone;
  target.due = ReadDate(fields, "due", context);
  target.done_on = ReadDate(fields, "done_on", context);
  // A milestone is dated by `due` or `year`; every other kind needs both.
  std::optional<int> year = fields.Year("year", !milestone || !target.due);
  if (!year && target.due) year = target.due->year();
  const bool ranged = fields.Find("range") != nullptr;
  std::optional<double> value = fields.Number("value", !milestone && !ranged);
  if (milestone && value) {
    context.Error(*fields.Find("value"), "a milestone target has no value",
                  "write due: YYYY-MM-DD, and done_on: YYYY-MM-DD once it is done");
  }
  if (!milestone && (target.due || target.done_on)) {
    const YAML::Node* date = fields.Find(target.due ? "due" : "done_on");
    context.Error(*date, "'due' and 'done_on' belong to milestone targets",
                  "add kind: milestone, or remove the date");
  }
  target.illustrative = fields.Bool("illustrative").value_or(false);
  target.note = fields.Text("note", false).value_or("");
  target.value = value.value_or(0.0);
  if (!ReadBand(fields, value, context, &target)) return std::nullopt;
  if (!year || (!milestone && !value && !target.band)) return std::nullopt;
  target.year = *year;
  ReadAnnual(fields, plan, context, &target);
  return target;
}

// `targets:` — a non-empty list of target maps, no two of one kind in one year.
std::vector<Target> ReadTargetList(const YAML::Node& node, const Plan& plan, const LoadContext& context) {
  std::vector<Target> targets;
  if (!node.IsSequence() || node.size() == 0) {
    context.Error(node, node.IsSequence() ? std::string("'targets' is an empty list")
                                          : "'targets' should be a list of targets {year, value}, not " + DescribeNodeType(node),
                  "write targets: [{year: 2030, value: ...}, {year: 2035, value: ...}], or use target: for one");
    return targets;
  }
  for (const YAML::Node& item : node) {
    if (!item.IsMap()) {
      context.Error(item, "a target in 'targets' should be a map {year, value}, not " + DescribeNodeType(item),
                    "start each target with '- year: ...'");
      continue;
    }
    std::optional<Target> target = ReadOneTarget(item, "target", plan, context);
    if (!target) continue;
    const auto same = std::find_if(targets.begin(), targets.end(), [&](const Target& t) {
      return t.year == target->year && t.kind == target->kind;
    });
    if (same != targets.end()) {
      context.Error(item, "two " + std::string(TargetKindName(target->kind)) + " targets for " +
                              std::to_string(target->year) + " (the first at line " + std::to_string(same->where.line) + ")",
                    "keep one target per kind and year");
      continue;
    }
    targets.push_back(*target);
  }
  return targets;
}

// The plan-period target: the one due in the plan's last year, else the latest
// before it (the first written among equals); none when all come later.
std::optional<Target> PlanPeriodTarget(const std::vector<Target>& targets, int period_end) {
  const Target* best = nullptr;
  for (const Target& t : targets) {
    if (period_end > 0 && t.year > period_end) continue;
    if (best == nullptr || t.year > best->year) best = &t;
  }
  return best ? std::optional<Target>(*best) : std::nullopt;
}

}  // namespace

void ReadTarget(const MapFields& indicator_fields, const LoadContext& context, const Plan& plan, Indicator* indicator) {
  const int period_end = plan.period_end;
  const YAML::Node* node = indicator_fields.Find("target");
  const YAML::Node* list = indicator_fields.Find("targets");
  if (node != nullptr && list != nullptr) {
    context.Error(*list, "indicator '" + indicator->id + "' has both 'target' and 'targets'",
                  "move the target into the 'targets' list, or keep one of the two keys");
    return;
  }
  if (list != nullptr) {
    indicator->targets = ReadTargetList(*list, plan, context);
    indicator->target = PlanPeriodTarget(indicator->targets, period_end);
    return;
  }
  if (node == nullptr) {
    context.Error(indicator_fields.node(), "indicator '" + indicator->id + "' has no target",
                  "add target: {year: 2025, value: ...}, or write 'target: none' to track it without one");
    return;
  }
  if (node->IsScalar() && node->Scalar() == "none") return;
  if (!node->IsMap()) {
    context.Error(*node, "'target' should be a map {year, value}, not " + DescribeNodeType(*node),
                  "write target: {year: 2025, value: ...}, or 'target: none'");
    return;
  }
  indicator->target = ReadOneTarget(*node, "target", plan, context);
  if (indicator->target) indicator->targets.push_back(*indicator->target);
}

}  // namespace plancast
