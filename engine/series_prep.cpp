#include "engine/series_prep.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "engine/plan/periods.h"

namespace plancast {
namespace {

Period PeriodOf(const Observation& o) { return o.period.start.is_not_a_date() ? YearPeriod(o.year) : o.period; }

// Puts one observation on the time axis as an annual figure.
Observation OnAxis(const Indicator& indicator, const Observation& o) {
  Observation out = o;
  const Period period = PeriodOf(o);
  const bool flow = indicator.is_flow || indicator.year_to_date;
  if (!flow) {
    out.t = LevelTime(period);
    return out;
  }
  if (IsWholeYear(period)) {
    out.t = FlowTime(period);
    return out;
  }
  const double months = MonthsElapsed(period);
  if (indicator.year_to_date) {
    // January-to-date total -> the year's total at that pace (pro rata).
    out.value = o.value * 12.0 / months;
    out.t = FlowTime(Period{period.kind, boost::gregorian::date(period.end.year(), 1, 1), period.end, period.label});
    return out;
  }
  const double days = (period.end - period.start).days() + 1;
  out.value = o.value * (365.0 / days);  // a quarter or month as a yearly rate
  out.t = FlowTime(period);
  return out;
}

bool EndsOnDecember31(const Period& period) { return period.end.month() == 12 && period.end.day() == 31; }

double DaysIn(const Period& period) { return (period.end - period.start).days() + 1.0; }

// The sub-annual flow figures of one year (basis-adjusted, as yearly rates on
// the axis) combined into one point: the year's total when they cover the
// whole year, else the amount so far annualised pro rata, provisional.
void CombinePartialYear(const Indicator& indicator, int year, const std::vector<Observation>& known,
                        const std::vector<Observation>& axis, const std::vector<size_t>& members,
                        PreparedSeries* prepared) {
  const double days_in_year = boost::gregorian::gregorian_calendar::is_leap_year(year) ? 366.0 : 365.0;
  Period covered = PeriodOf(known[members.front()]);
  double reported = 0, fraction = 0;
  size_t source = members.front();
  if (indicator.year_to_date) {  // the latest January-to-date total says it all
    for (size_t m : members) {
      if (PeriodOf(known[m]).end >= PeriodOf(known[source]).end) source = m;
    }
    covered = PeriodOf(known[source]);
    covered.start = boost::gregorian::date(year, 1, 1);
    fraction = MonthsElapsed(covered) / 12.0;
    reported = axis[source].value * fraction;
  } else {
    for (size_t m : members) {
      const Period p = PeriodOf(known[m]);
      reported += axis[m].value * DaysIn(p) / 365.0;  // undo the yearly rate
      fraction += DaysIn(p) / days_in_year;
      covered.start = std::min(covered.start, p.start);
      covered.end = std::max(covered.end, p.end);
      source = m;
    }
  }
  Observation point = axis[source];
  point.year = year;
  if (fraction >= 0.999) {
    point.value = reported;
    point.t = year;
    point.provisional = false;
    prepared->fit.push_back(point);
    prepared->fit_source.push_back(source);
    prepared->year_values.push_back(point);
    return;
  }
  point.value = reported / fraction;
  point.t = FlowTime(covered);
  point.provisional = true;
  prepared->fit.push_back(point);
  prepared->fit_source.push_back(source);
  prepared->partial_year_amounts[year] = reported;
  prepared->notes.push_back(Warning{WarningCode::kPartialYearAnnualised,
                                    {TextArg("period", known[source].period.label),
                                     NumberArg("share", fraction * 100, fmt::format("{:.0f}", fraction * 100)),
                                     NumberArg("year", year, std::to_string(year)),
                                     NumberArg("amount", reported, fmt::format("{:.4g}", reported))}});
}

// Fit points and whole-year values. Levels: every figure is a point, and one
// ending on December 31 is also its year's value. Flows: whole years are
// points and year values; the sub-annual figures of a year become one point.
void BuildPoints(const Indicator& indicator, const std::vector<Observation>& known,
                 const std::vector<Observation>& axis, const std::vector<bool>& keep, PreparedSeries* prepared) {
  const bool flow = indicator.is_flow || indicator.year_to_date;
  std::map<int, std::vector<size_t>> partial;
  std::map<int, bool> whole;
  for (size_t i = 0; i < axis.size(); ++i) {
    if (!keep[i]) continue;
    const Period period = PeriodOf(known[i]);
    if (!flow || IsWholeYear(period)) {
      prepared->fit.push_back(axis[i]);
      prepared->fit_source.push_back(i);
      if (EndsOnDecember31(period)) {
        Observation year_value = axis[i];
        year_value.year = period.end.year();
        prepared->year_values.push_back(year_value);
        whole[year_value.year] = true;
      }
      continue;
    }
    partial[period.end.year()].push_back(i);
  }
  for (const auto& [year, members] : partial) {
    if (!whole.count(year)) CombinePartialYear(indicator, year, known, axis, members, prepared);
  }
  // Several values for one year (a December level and an annual one): the last written wins.
  std::map<int, Observation> by_year;
  for (const Observation& o : prepared->year_values) by_year[o.year] = o;
  prepared->year_values.clear();
  for (const auto& [year, o] : by_year) prepared->year_values.push_back(o);
}

}  // namespace

std::optional<double> EstimateLevelShift(const std::vector<double>& t, const std::vector<double>& y,
                                         const std::vector<bool>& on_current_basis) {
  const size_t n = t.size();
  const size_t current = std::count(on_current_basis.begin(), on_current_basis.end(), true);
  if (n < 5 || current < 2 || n - current < 2) return std::nullopt;
  // Least squares for y = a + b t + c d (d = 1 on the current basis), via the
  // 3x3 normal equations, centred on mean t for conditioning.
  double mean_t = 0;
  for (double v : t) mean_t += v / n;
  double m[3][4] = {};
  for (size_t i = 0; i < n; ++i) {
    const double x[3] = {1.0, t[i] - mean_t, on_current_basis[i] ? 1.0 : 0.0};
    for (int r = 0; r < 3; ++r) {
      for (int c = 0; c < 3; ++c) m[r][c] += x[r] * x[c];
      m[r][3] += x[r] * y[i];
    }
  }
  for (int col = 0; col < 3; ++col) {  // Gauss-Jordan with partial pivoting
    int pivot = col;
    for (int r = col + 1; r < 3; ++r) {
      if (std::fabs(m[r][col]) > std::fabs(m[pivot][col])) pivot = r;
    }
    if (std::fabs(m[pivot][col]) < 1e-12) return std::nullopt;
    std::swap(m[col], m[pivot]);
    for (int r = 0; r < 3; ++r) {
      if (r == col) continue;
      const double f = m[r][col] / m[col][col];
      for (int c = col; c < 4; ++c) m[r][c] -= f * m[col][c];
    }
  }
  return m[2][3] / m[2][2];
}

namespace {

// Puts the values of one old `basis` (axis[members]) on the current basis:
// by the plan's shift, else by an estimated level shift, else leaves them out
// of the fit (keep = false). Says which in `notes`.
void ShiftOneBasis(const Indicator& indicator, const std::string& basis, const std::vector<size_t>& members,
                   const std::string& current_basis, bool log_scale_shift, std::vector<Observation>* axis,
                   std::vector<bool>* keep, std::vector<Warning>* notes) {
  // An unnamed basis stays "": the report says "(unnamed)" / "未注明" in its language.
  const std::string& current_name = current_basis;
  const std::string& old_name = basis;
  const auto given = std::find_if(indicator.basis_shifts.begin(), indicator.basis_shifts.end(),
                                  [&](const Indicator::BasisShift& s) { return s.from_basis == basis; });
  if (given != indicator.basis_shifts.end()) {
    for (size_t i : members) (*axis)[i].value = (*axis)[i].value * given->ratio + given->offset;
    notes->push_back(Warning{WarningCode::kBasisShiftGiven,
                             {TextArg("from", old_name), TextArg("to", current_name),
                              NumberArg("ratio", given->ratio, fmt::format("{:g}", given->ratio)),
                              NumberArg("offset", given->offset, fmt::format("{:+g}", given->offset))}});
    return;
  }
  std::vector<double> t, y;
  std::vector<bool> current;
  const bool logs =
      log_scale_shift && std::all_of(axis->begin(), axis->end(), [](const Observation& o) { return o.value > 0; });
  for (const Observation& o : *axis) {
    if (o.basis != basis && o.basis != current_basis) continue;
    t.push_back(o.t);
    y.push_back(logs ? std::log(o.value) : o.value);
    current.push_back(o.basis == current_basis);
  }
  if (const std::optional<double> shift = EstimateLevelShift(t, y, current)) {
    for (size_t i : members) (*axis)[i].value = logs ? (*axis)[i].value * std::exp(*shift) : (*axis)[i].value + *shift;
    notes->push_back(logs ? Warning{WarningCode::kBasisScaled,
                                    {TextArg("from", old_name), TextArg("to", current_name),
                                     NumberArg("factor", std::exp(*shift), fmt::format("{:.4g}", std::exp(*shift)))}}
                          : Warning{WarningCode::kBasisShifted,
                                    {TextArg("from", old_name), TextArg("to", current_name),
                                     NumberArg("shift", *shift, fmt::format("{:+.4g}", *shift))}});
    return;
  }
  for (size_t i : members) (*keep)[i] = false;
  notes->push_back(Warning{WarningCode::kBasisLeftOut,
                           {NumberArg("count", static_cast<double>(members.size()), std::to_string(members.size())),
                            TextArg("from", old_name), TextArg("to", current_name)}});
}

// Sub-annual keys may interleave with annual ones: orders the fit by time,
// and of two figures at one instant (an annual level and a December one)
// keeps the later-written.
void SortFitByTime(PreparedSeries* prepared) {
  std::vector<size_t> order(prepared->fit.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return prepared->fit[a].t < prepared->fit[b].t; });
  std::vector<Observation> sorted_fit;
  std::vector<size_t> sorted_source;
  for (size_t i : order) {
    sorted_fit.push_back(prepared->fit[i]);
    sorted_source.push_back(prepared->fit_source[i]);
  }
  prepared->fit = std::move(sorted_fit);
  prepared->fit_source = std::move(sorted_source);
  for (size_t i = prepared->fit.size(); i-- > 1;) {
    if (prepared->fit[i].t == prepared->fit[i - 1].t) {
      prepared->fit.erase(prepared->fit.begin() + (i - 1));
      prepared->fit_source.erase(prepared->fit_source.begin() + (i - 1));
    }
  }
}

}  // namespace

PreparedSeries PrepareSeries(const Indicator& indicator, const std::vector<Observation>& known,
                             bool log_scale_shift) {
  // Asserted only: the one caller (projection.cpp) passes KnownAt's indices of
  // a loaded series, which the loader sorts (history_reading.cpp).
  assert(std::is_sorted(known.begin(), known.end(),
                        [](const Observation& a, const Observation& b) { return a.t < b.t; }));
  PreparedSeries prepared;
  if (known.empty()) return prepared;
  prepared.current_basis = known.back().basis;
  std::vector<Observation> axis;
  for (const Observation& o : known) axis.push_back(OnAxis(indicator, o));
  // Each other basis, in name order: the plan's shift, an estimated one, or left out.
  std::map<std::string, std::vector<size_t>> by_basis;
  for (size_t i = 0; i < axis.size(); ++i) {
    if (axis[i].basis != prepared.current_basis) by_basis[axis[i].basis].push_back(i);
  }
  std::vector<bool> keep(axis.size(), true);
  for (const auto& [basis, members] : by_basis) {
    ShiftOneBasis(indicator, basis, members, prepared.current_basis, log_scale_shift, &axis, &keep, &prepared.notes);
  }
  BuildPoints(indicator, known, axis, keep, &prepared);
  SortFitByTime(&prepared);
  return prepared;
}

}  // namespace plancast
