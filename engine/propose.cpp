#include "engine/propose.h"

#include <algorithm>
#include <cmath>

#include "engine/pace.h"
#include "engine/plan/diagnostics.h"
#include "engine/simulation.h"

namespace plancast {
namespace {

constexpr int kMaxYearsAhead = 100;  // a longer horizon is not a plan, and would simulate for long

// The latest year with a figure known at `as_of`, over the whole plan.
int LatestDataYear(const Plan& plan, const boost::gregorian::date& as_of) {
  int latest = 0;
  for (const Indicator& i : plan.indicators) {
    int ignored = 0;
    for (size_t k : KnownAt(i, as_of, &ignored)) latest = std::max(latest, i.history[k].year);
  }
  return latest;
}

void CheckYear(const Proposal& p) {
  const int as_of_year = p.as_of.year();
  std::string problem, hint;
  if (p.latest_data_year > 0 && p.year < p.latest_data_year) {
    problem = "--year " + std::to_string(p.year) + " is before the latest figures (" +
              std::to_string(p.latest_data_year) + ")";
    hint = "propose looks ahead: give a year from " + std::to_string(p.latest_data_year) + " on, e.g. --year " +
           std::to_string(p.latest_data_year + 5);
  } else if (p.year > as_of_year + kMaxYearsAhead) {
    problem = "--year " + std::to_string(p.year) + " is more than " + std::to_string(kMaxYearsAhead) +
              " years after the as-of date";
    hint = "give a year within " + std::to_string(kMaxYearsAhead) + " years, e.g. the next plan's last year";
  }
  if (problem.empty()) return;
  Diagnostics d;
  d.Error({"--year", 0, 0}, problem, hint);
  throw InputError(std::move(d));
}

ProposalRow Row(const Indicator& indicator, const IndicatorProjection& projection, const Proposal& p) {
  ProposalRow row;
  row.indicator = &indicator;
  row.pace_kind = ChoosePaceKind(indicator);
  if (projection.known.empty()) {
    row.why_none = "no_data";
    return row;
  }
  const Observation& latest = projection.known.back();
  const bool plain_year = latest.period.label.empty() || latest.period.label == std::to_string(latest.year);
  row.latest = YearValue{latest.year, latest.value, plain_year ? "" : latest.period.label, latest.provisional};
  const bool known = projection.Observed(p.year).has_value();
  if (!known && !projection.can_project) {
    row.why_none = "one_figure";
    return row;
  }
  const std::vector<double> draws = projection.DrawsAt(p.year);
  for (double chance : p.chances) {
    const double value = ValueReachedWithChance(draws, indicator.direction, chance);
    if (!std::isfinite(value)) {
      row.values.clear();
      row.why_none = "no_projection";
      return row;
    }
    row.values.push_back({chance, value, PaceBetween(row.pace_kind, latest.t, latest.value, p.year, value)});
  }
  return row;
}

}  // namespace

double ValueReachedWithChance(const std::vector<double>& draws, Direction direction, double chance) {
  return DrawQuantile(draws, direction == Direction::kIncrease ? 1.0 - chance : chance);
}

Proposal ProposeTargets(const Plan& plan, const ProposeOptions& options) {
  Proposal p;
  p.as_of = options.assess.as_of;
  p.seed = options.assess.seed;
  p.year = options.year;
  p.chances = options.chances;
  p.latest_data_year = LatestDataYear(plan, p.as_of);
  CheckYear(p);  // before simulating to the year
  const PlanProjections projected = ProjectPlan(plan, options.assess, options.year);
  p.plan = projected.plan;
  for (size_t i = 0; i < p.plan->indicators.size(); ++i) {
    p.rows.push_back(Row(p.plan->indicators[i], projected.projections[i], p));
  }
  return p;
}

}  // namespace plancast
