// Reads an indicator's `history:` (period -> value) and `basis_shifts:`.
#include <algorithm>

#include "engine/plan/periods.h"
#include "engine/plan/plan_reading.h"

namespace plancast {
namespace {

// `{2019: 3,5}` reads as 2019: 3 plus a key "5" with no value.
bool LooksLikeDecimalComma(const YAML::Node& key, const YAML::Node& value) {
  return key.IsScalar() && value.IsNull() && key.Scalar().size() < 4 &&
         key.Scalar().find_first_not_of("0123456789") == std::string::npos;
}

void ReadObservation(const YAML::Node& key, const YAML::Node& value, const LoadContext& context,
                     Indicator* indicator) {
  std::string error = "not text";
  std::optional<Period> period = key.IsScalar() ? ParsePeriod(key.Scalar(), &error) : std::nullopt;
  if (!period) {
    context.Error(key, "history key " + DescribeNodeType(key) + " is not a period",
                  LooksLikeDecimalComma(key, value)
                      ? "inside {...} a comma separates entries: use a decimal point, e.g. 3.5"
                      : error + (key.IsScalar() ? "" : "; history lists period: value pairs, e.g. 2020: 3.09"));
    return;
  }
  const std::string label = key.Scalar();
  Observation obs;
  obs.period = *period;
  obs.year = period->end.year();
  // The loader's placement; engine/series_prep.cpp recomputes it with the
  // indicator's year-to-date handling.
  obs.t = period->kind == PeriodKind::kYear ? obs.year
          : indicator->is_flow              ? FlowTime(*period)
                                            : LevelTime(*period);
  obs.where = context.Where(value);
  std::optional<double> number;
  if (value.IsMap()) {
    MapFields fields(value, {"value", "note", "source", "basis", "provisional"}, "history " + label, context);
    number = fields.Number("value", true);
    obs.note = fields.Text("note", false).value_or("");
    obs.source = fields.Text("source", false).value_or("");
    obs.basis = fields.Text("basis", false).value_or("");
    obs.provisional = fields.Bool("provisional").value_or(false);
    if (const YAML::Node* v = fields.Find("value")) obs.where = context.Where(*v);
  } else {
    number = ScalarNumber(value, "history " + label + " of '" + indicator->id + "'", context);
  }
  if (!number) return;
  obs.value = *number;
  auto same = std::find_if(indicator->history.begin(), indicator->history.end(), [&](const Observation& o) {
    return o.period.start == obs.period.start && o.period.end == obs.period.end;
  });
  if (same != indicator->history.end()) {
    context.Error(key, "period " + label + " appears twice in the history of '" + indicator->id + "'",
                  "keep one value per period (first at line " + std::to_string(same->where.line) + ")");
    return;
  }
  indicator->history.push_back(obs);
}

}  // namespace

void ReadHistory(const MapFields& fields, const LoadContext& context, Indicator* indicator) {
  const YAML::Node* node = fields.Find("history");
  if (node == nullptr || node->IsNull()) return;
  if (!node->IsMap()) {
    context.Error(*node, "'history' should be a map of period: value, not " + DescribeNodeType(*node),
                  "e.g. history: {2015: 2.61, 2020: 3.09}");
    return;
  }
  // Bounded cost: fitting and simulating grow with the points (200,000 daily
  // values took 108 s); 10,000 is 27 years of daily figures.
  if (node->size() > kMaxHistoryPoints) {
    context.Error(*node, "the history of '" + indicator->id + "' has " + std::to_string(node->size()) +
                             " values; the limit is " + std::to_string(kMaxHistoryPoints),
                  "give a coarser series (monthly or yearly totals or means)");
    return;
  }
  for (auto it = node->begin(); it != node->end(); ++it) {
    context.NoteEmptyValue(it->first, it->second);
    ReadObservation(it->first, it->second, context, indicator);
  }
  std::stable_sort(indicator->history.begin(), indicator->history.end(),
                   [](const Observation& a, const Observation& b) { return a.t < b.t; });
}

void ReadBasisShifts(const MapFields& fields, const LoadContext& context, Indicator* indicator) {
  const YAML::Node* node = fields.Find("basis_shifts");
  if (node == nullptr || node->IsNull()) return;
  if (!node->IsSequence()) {
    context.Error(*node, "'basis_shifts' should be a list, not " + DescribeNodeType(*node),
                  "e.g. basis_shifts: [{from_basis: 旧口径, ratio: 1.05}]");
    return;
  }
  for (const YAML::Node& item : *node) {
    if (!item.IsMap()) {
      context.Error(item, "a basis shift should be a map {from_basis, ratio, offset}, not " + DescribeNodeType(item));
      continue;
    }
    MapFields shift_fields(item, {"from_basis", "ratio", "offset"}, "basis shift", context);
    Indicator::BasisShift shift;
    shift.where = shift_fields.Where();
    std::optional<std::string> from = shift_fields.Text("from_basis", true);
    std::optional<double> ratio = shift_fields.Number("ratio", false);
    std::optional<double> offset = shift_fields.Number("offset", false);
    if (!from) continue;
    if (!ratio && !offset) {
      context.Error(item, "basis shift from " + DescribeNodeType(*shift_fields.Find("from_basis")) + " gives neither 'ratio' nor 'offset'",
                    "values on the old basis become value * ratio + offset; give at least one");
      continue;
    }
    if (ratio && !(*ratio > 0)) {
      context.Error(*shift_fields.Find("ratio"), "'ratio' must be positive", "e.g. ratio: 1.05");
      continue;
    }
    // Whether some observation has this basis is checked in ValidatePlan,
    // once rows from history_files have joined the history.
    shift.from_basis_where = context.Where(*shift_fields.Find("from_basis"));
    bool repeated = std::any_of(indicator->basis_shifts.begin(), indicator->basis_shifts.end(),
                                [&](const Indicator::BasisShift& s) { return s.from_basis == *from; });
    if (repeated) {
      context.Error(item, "basis " + DescribeNodeType(*shift_fields.Find("from_basis")) + " is shifted twice", "give one shift per old basis");
      continue;
    }
    shift.from_basis = *from;
    shift.ratio = ratio.value_or(1.0);
    shift.offset = offset.value_or(0.0);
    indicator->basis_shifts.push_back(shift);
  }
}

}  // namespace plancast
