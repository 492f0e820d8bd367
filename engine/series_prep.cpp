#include "engine/series_prep.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "engine/periods.h"

namespace plancast {
namespace {

Period PeriodOf(const Observation& o) { return o.period.start.is_not_a_date() ? YearPeriod(o.year) : o.period; }

// Puts one observation on the time axis as an annual figure.
Observation OnAxis(const Indicator& indicator, const Observation& o, std::vector<std::string>* notes) {
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
    out.t = period.start.year();
    out.provisional = months < 12.0;
    if (out.provisional) {
      notes->push_back(fmt::format("{} is a year-to-date value ({:.3g} months): annualised pro rata (x 12 / {:.3g}) "
                                   "and provisional",
                                   period.label, months, months));
    }
    return out;
  }
  const double days = (period.end - period.start).days() + 1;
  out.value = o.value * (365.0 / days);  // a quarter or month as a yearly rate
  out.t = FlowTime(period);
  return out;
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

PreparedSeries PrepareSeries(const Indicator& indicator, const std::vector<Observation>& known,
                             bool log_scale_shift) {
  PreparedSeries prepared;
  if (known.empty()) return prepared;
  prepared.current_basis = known.back().basis;
  std::vector<Observation> axis;
  for (const Observation& o : known) axis.push_back(OnAxis(indicator, o, &prepared.notes));

  // Each other basis: the plan's shift, an estimated one, or left out.
  std::map<std::string, std::vector<size_t>> by_basis;
  for (size_t i = 0; i < axis.size(); ++i) {
    if (axis[i].basis != prepared.current_basis) by_basis[axis[i].basis].push_back(i);
  }
  std::vector<bool> keep(axis.size(), true);
  const std::string current_name = prepared.current_basis.empty() ? "(unnamed)" : prepared.current_basis;
  for (const auto& [basis, members] : by_basis) {
    const std::string old_name = basis.empty() ? "(unnamed)" : basis;
    const auto given = std::find_if(indicator.basis_shifts.begin(), indicator.basis_shifts.end(),
                                    [&](const Indicator::BasisShift& s) { return s.from_basis == basis; });
    if (given != indicator.basis_shifts.end()) {
      for (size_t i : members) axis[i].value = axis[i].value * given->ratio + given->offset;
      prepared.notes.push_back(fmt::format("values on basis {} put on basis {} with the plan's shift (x{:g} {:+g})",
                                           old_name, current_name, given->ratio, given->offset));
      continue;
    }
    std::vector<double> t, y;
    std::vector<bool> current;
    const bool logs = log_scale_shift && std::all_of(axis.begin(), axis.end(), [](const Observation& o) {
                        return o.value > 0;
                      });
    for (size_t i = 0; i < axis.size(); ++i) {
      if (axis[i].basis != basis && axis[i].basis != prepared.current_basis) continue;
      t.push_back(axis[i].t);
      y.push_back(logs ? std::log(axis[i].value) : axis[i].value);
      current.push_back(axis[i].basis == prepared.current_basis);
    }
    const std::optional<double> shift = EstimateLevelShift(t, y, current);
    if (shift) {
      for (size_t i : members) axis[i].value = logs ? axis[i].value * std::exp(*shift) : axis[i].value + *shift;
      prepared.notes.push_back(
          logs ? fmt::format("series break: values on basis {} scaled by an estimated x{:.4g} to basis {}", old_name,
                             std::exp(*shift), current_name)
               : fmt::format("series break: values on basis {} shifted by an estimated {:+.4g} to basis {}",
                             old_name, *shift, current_name));
      continue;
    }
    for (size_t i : members) keep[i] = false;
    prepared.notes.push_back(fmt::format(
        "series break: {} value(s) on basis {} left out of the fit, too few points to estimate the shift to basis {} "
        "(give it under basis_shifts)",
        members.size(), old_name, current_name));
  }

  for (size_t i = 0; i < axis.size(); ++i) {
    if (!keep[i]) continue;
    prepared.fit.push_back(axis[i]);
    prepared.fit_source.push_back(i);
    const Period period = PeriodOf(known[i]);
    const bool whole_year = IsWholeYear(period) || (indicator.year_to_date && period.end.year() == known[i].year &&
                                                    axis[i].t == static_cast<double>(period.start.year()));
    if (whole_year) prepared.year_values.push_back(axis[i]);
  }
  // Sub-annual keys may interleave with annual ones: order the fit by time.
  std::vector<size_t> order(prepared.fit.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return prepared.fit[a].t < prepared.fit[b].t; });
  std::vector<Observation> sorted_fit;
  std::vector<size_t> sorted_source;
  for (size_t i : order) {
    sorted_fit.push_back(prepared.fit[i]);
    sorted_source.push_back(prepared.fit_source[i]);
  }
  prepared.fit = std::move(sorted_fit);
  prepared.fit_source = std::move(sorted_source);
  // Several whole-year values for one year (e.g. Q3 and Q4 year-to-date):
  // the latest one wins.
  std::map<int, Observation> latest_by_year;
  for (const Observation& o : prepared.year_values) latest_by_year[o.year] = o;
  prepared.year_values.clear();
  for (const auto& [year, o] : latest_by_year) prepared.year_values.push_back(o);
  // Likewise several annualised year-to-date points at the same t: keep the last.
  for (size_t i = prepared.fit.size(); i-- > 1;) {
    if (prepared.fit[i].t == prepared.fit[i - 1].t) {
      prepared.fit.erase(prepared.fit.begin() + (i - 1));
      prepared.fit_source.erase(prepared.fit_source.begin() + (i - 1));
    }
  }
  return prepared;
}

}  // namespace plancast
