// report.csv: one row per indicator with the scalar fields of report.json, in
// plan order, for spreadsheets.
//
// RFC 4180: comma separated, CRLF line ends, text fields quoted when needed.
// The file starts with a UTF-8 byte order mark so that Excel and WPS on a
// Chinese Windows (whose default code page is GBK) open the names correctly;
// tools reading it should use "utf-8-sig" (Python) or strip the BOM.
// Numbers follow report.json: estimates rounded to 6 significant digits, the
// plan's own figures (latest, target) exact; a missing value is an empty field.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "reports/number_format.h"
#include "reports/report_writer.h"
#include "reports/text_escape.h"
#include "reports/warning_text.h"

namespace plancast {
namespace {

const char* const kColumns[] = {
    "id", "name", "unit", "direction", "binding", "goals", "latest_year", "latest_value",
    "target_year", "target_value", "target_illustrative", "projection_year", "projection_value",
    "lo80", "hi80", "lo95", "hi95", "p_meet", "required_annual_change", "historical_annual_change",
    "pace_kind", "crossing_year", "time_elapsed", "task_done", "progress_class", "status", "model",
    "warnings",
    // Added for target kinds, milestones and scenarios (issues 3 and 5); new columns go last.
    "target_kind", "achieved_so_far", "pace_for_p50", "pace_for_p80", "days_left", "milestone_state",
    "formula", "baseline_status",
    // Added for verdict reasons (issue 15).
    "reason_code", "projected_annual_change", "p_meet_at_historical_pace",
    // Responsible units (issue 12).
    "owner",
    // Several targets (issue 12): the latest long-range goal, and every target
    // but the plan-period one as "year kind value p status" items joined by "; ".
    "long_range_year", "long_range_value", "long_range_p_meet", "long_range_status", "further_targets",
    // Range and "about" targets (issue 12): the ends of the plan-period target's band.
    "target_lo", "target_hi"};

std::string Int(std::optional<int> value) { return value ? std::to_string(*value) : ""; }

std::string Join(const std::vector<std::string>& items, const char* separator);

// The warnings in English, as report.csv has always had them.
std::string JoinWarnings(const std::vector<Warning>& warnings) {
  std::vector<std::string> texts;
  for (const Warning& w : warnings) texts.push_back(WarningEnglish(w));
  return Join(texts, "; ");
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
  return out;
}

// The plan's latest figure exactly; a derived indicator's (computed) or a
// provisional (annualised) one is an estimate, rounded.
std::string LatestNumber(const IndicatorResult& r) {
  if (!r.latest) return "";
  if (r.indicator->formula.empty() && !r.latest->provisional) return ExactMachineNumber(r.latest->value);
  return MachineNumber(r.latest->value);
}

// The latest long-range goal (due after the plan's end), if any.
const TargetResult* LongRange(const IndicatorResult& r) {
  const TargetResult* latest = nullptr;
  for (const TargetResult& t : r.targets) {
    if (t.long_range && (latest == nullptr || t.target->year > latest->target->year)) latest = &t;
  }
  return latest;
}

std::string FurtherTargets(const IndicatorResult& r) {
  std::vector<std::string> items;
  for (const TargetResult& t : r.targets) {
    if (t.plan_period) continue;
    items.push_back(fmt::format("{} {} {} {} {}", t.target->year, TargetKindToString(t.target->kind),
                                ExactMachineNumber(t.target->value), t.p_meet ? MachineNumber(t.p_meet) : "-",
                                TargetStatusToString(t.status)));
  }
  return CsvTextField(Join(items, "; "));
}

std::vector<std::string> Row(const IndicatorResult& r) {
  const Indicator& ind = *r.indicator;
  const auto& p = r.projection;
  const auto& t = ind.target;
  auto pv = [&](double ProjectionSummary::*field) -> std::optional<double> {
    return p ? std::optional<double>((*p).*field) : std::nullopt;
  };
  std::optional<PaceKind> kind = r.required_annual_change     ? std::optional(r.required_annual_change->kind)
                                 : r.historical_annual_change ? std::optional(r.historical_annual_change->kind)
                                                              : ind.pace;
  return {
      CsvTextField(ind.id),
      CsvTextField(ind.name),
      CsvTextField(ind.unit),
      DirectionToString(ind.direction),
      ind.binding ? "true" : "false",
      CsvTextField(Join(ind.goals, ";")),
      Int(r.latest ? std::optional(r.latest->year) : std::nullopt),
      LatestNumber(r),
      Int(t ? std::optional(t->year) : std::nullopt),
      ExactMachineNumber(t ? std::optional(t->value) : std::nullopt),
      t ? (t->illustrative ? "true" : "false") : "",
      Int(p ? std::optional(p->year) : std::nullopt),
      MachineNumber(pv(&ProjectionSummary::value)),
      MachineNumber(pv(&ProjectionSummary::lo80)),
      MachineNumber(pv(&ProjectionSummary::hi80)),
      MachineNumber(pv(&ProjectionSummary::lo95)),
      MachineNumber(pv(&ProjectionSummary::hi95)),
      MachineNumber(r.p_meet),
      MachineNumber(r.required_annual_change ? std::optional(r.required_annual_change->value) : std::nullopt),
      MachineNumber(r.historical_annual_change ? std::optional(r.historical_annual_change->value) : std::nullopt),
      kind ? PaceKindToString(*kind) : "",
      Int(r.crossing_year),
      MachineNumber(r.schedule ? std::optional(r.schedule->time_elapsed) : std::nullopt),
      MachineNumber(r.schedule ? std::optional(r.schedule->task_done) : std::nullopt),
      ProgressClassToString(r.progress_class),
      TargetStatusToString(r.status),
      CsvTextField(ForecastMethodName(r.model)),
      CsvTextField(JoinWarnings(r.warnings)),
      t ? TargetKindToString(t->kind) : "",
      MachineNumber(r.achieved_so_far),
      MachineNumber(r.pace_for_p50 ? std::optional(r.pace_for_p50->value) : std::nullopt),
      MachineNumber(r.pace_for_p80 ? std::optional(r.pace_for_p80->value) : std::nullopt),
      Int(r.days_left),
      r.milestone ? MilestoneStateToString(r.milestone->state) : "",
      CsvTextField(ind.formula),
      r.baseline_trend ? TargetStatusToString(r.baseline_trend->status) : "",
      r.reason.code,
      MachineNumber(r.projected_annual_change ? std::optional(r.projected_annual_change->value) : std::nullopt),
      MachineNumber(r.p_meet_at_historical_pace),
      CsvTextField(ind.owner),
      Int(LongRange(r) ? std::optional(LongRange(r)->target->year) : std::nullopt),
      ExactMachineNumber(LongRange(r) ? std::optional(LongRange(r)->target->value) : std::nullopt),
      MachineNumber(LongRange(r) ? LongRange(r)->p_meet : std::nullopt),
      LongRange(r) ? TargetStatusToString(LongRange(r)->status) : "",
      FurtherTargets(r),
      ExactMachineNumber(t && t->band ? std::optional(t->band->lo) : std::nullopt),
      ExactMachineNumber(t && t->band ? std::optional(t->band->hi) : std::nullopt),
  };
}

void AppendLine(const std::vector<std::string>& fields, std::string* out) {
  *out += Join(fields, ",");
  *out += "\r\n";
}

}  // namespace

std::string RenderCsvReport(const Assessment& assessment, const ReportOptions& /*options*/) {
  std::string out = "\xEF\xBB\xBF";  // UTF-8 BOM, see the file comment
  AppendLine(std::vector<std::string>(std::begin(kColumns), std::end(kColumns)), &out);
  for (const IndicatorResult& r : assessment.indicators) AppendLine(Row(r), &out);
  return out;
}

}  // namespace plancast
