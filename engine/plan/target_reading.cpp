// Reads an indicator's `target:`: kind, year, value, milestone dates.
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

}  // namespace

void ReadTarget(const MapFields& indicator_fields, const LoadContext& context, Indicator* indicator) {
  const YAML::Node* node = indicator_fields.Find("target");
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
  MapFields fields(*node, {"kind", "year", "value", "due", "done_on", "illustrative", "note"}, "target", context);
  Target target;
  target.where = fields.Where();
  target.kind = ToTargetKind(fields.Choice("kind", kTargetKinds, false).value_or("level"));
  bool milestone = target.kind == TargetKind::kMilestone;
  target.due = ReadDate(fields, "due", context);
  target.done_on = ReadDate(fields, "done_on", context);
  // A milestone is dated by `due` or `year`; every other kind needs both.
  std::optional<int> year = fields.Year("year", !milestone || !target.due);
  if (!year && target.due) year = target.due->year();
  std::optional<double> value = fields.Number("value", !milestone);
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
  if (!year || (!milestone && !value)) return;
  target.year = *year;
  target.value = value.value_or(0.0);
  indicator->target = target;
}

}  // namespace plancast
