#include "engine/regional_assess.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "engine/parallel.h"
#include "engine/regional_plans.h"

namespace plancast {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
using Files = std::vector<std::pair<std::string, std::string>>;

size_t IndexOf(const Plan& plan, const std::string& id) {
  for (size_t i = 0; i < plan.indicators.size(); ++i) {
    if (plan.indicators[i].id == id) return i;
  }
  return plan.indicators.size();
}

bool IsAggregated(const Indicator& i) {
  return i.aggregate != Indicator::Aggregate::kNone && i.formula.empty() && i.rank_of.empty();
}

// The first year a projection's draws stand for (after its latest figure).
int FirstProjectedYear(const IndicatorProjection& p, int fallback) {
  if (!p.paths.empty()) return p.paths.first_year();
  if (p.known.empty()) return fallback;
  return static_cast<int>(std::floor(p.known.back().t + 1e-9)) + 1;
}

// Years × draws, row-major: value of year `first + y` in draw d at [y * kDraws + d].
struct YearDraws {
  int first = 0;
  int years = 0;
  std::vector<double> values;
  double& At(int year, size_t d) { return values[static_cast<size_t>(year - first) * kDraws + d]; }
};

// One region's draws of the indicators the total adds up.
struct Contribution {
  std::vector<YearDraws> values, weights;  // per aggregated indicator (weights: read for weighted only)
};

struct RegionOutcome {
  Files files;
  std::vector<LeagueRow> rows;  // per indicator
  Contribution contribution;
};

class RegionalRun {
 public:
  RegionalRun(const Plan& plan, const RegionalOptions& options)
      : plan_(plan), options_(options), template_(RegionTemplate(plan)) {
    settings_ = ProjectionSettingsFor(template_, options.assess);
    window_first_ = plan.baseline_year > 0 ? plan.baseline_year : plan.period_start - 1;
    window_last_ = settings_.horizon_end_year;
    for (size_t i = 0; i < plan.indicators.size(); ++i) {
      const Indicator& indicator = plan.indicators[i];
      if (IsAggregated(indicator)) aggregated_.push_back(i);
      if (!indicator.rank_of.empty()) ranked_.push_back({i, IndexOf(plan, indicator.rank_of)});
    }
  }

  League Run() {
    RankPeers();
    League league;
    league.plan = &plan_;
    league.run.as_of = options_.assess.as_of;
    league.run.seed = options_.assess.seed;
    for (const Indicator& indicator : plan_.indicators) league.indicators.push_back({&indicator, {}, {}, {}, {}});
    StartTotals();
    OrderedParallel<RegionOutcome>(
        plan_.regions.size(), options_.threads, [this](size_t r) { return AssessRegion(r); },
        [&](size_t r, RegionOutcome& outcome) {
          options_.write(plan_.regions[r].id, std::move(outcome.files));
          for (size_t i = 0; i < outcome.rows.size(); ++i) league.indicators[i].regions.push_back(std::move(outcome.rows[i]));
          AddUp(outcome.contribution);
        });
    AssessTotal(&league);
    for (LeagueIndicator& indicator : league.indicators) Summarise(&indicator);
    return league;
  }

 private:
  struct Ranked {
    size_t rank;    // the `rank_of:` indicator
    size_t source;  // the indicator it ranks by
  };

  AssessOptions RegionOptions(size_t r) const {
    AssessOptions options = options_.assess;
    options.scenario.clear();
    options.owner.clear();
    options.seed = RegionSeed(options_.assess.seed, plan_.regions[r].id);
    return options;
  }

  // Step 1: each region's draws of the ranked indicators, then per draw the regions' ranks.
  void RankPeers() {
    const size_t regions = plan_.regions.size();
    rank_first_ = plan_.period_start;
    rank_years_ = std::max(0, plan_.period_end - plan_.period_start + 1);
    const size_t cells = static_cast<size_t>(rank_years_) * kDraws;
    ranks_.assign(ranked_.size(), {});
    for (size_t k = 0; k < ranked_.size(); ++k) {
      // values[cell][r]: every region's value in one draw of one year, side by side.
      std::vector<std::vector<double>> values(cells, std::vector<double>(regions, kNaN));
      ParallelFor(regions, options_.threads, [&](size_t r) {
        Plan region = RegionPlan(template_, plan_, r);
        ProjectionSettings settings = settings_;
        settings.seed = RegionSeed(options_.assess.seed, plan_.regions[r].id);
        const IndicatorProjection p = ProjectMeasured(region.indicators[ranked_[k].source], settings);
        for (int y = 0; y < rank_years_; ++y) {
          for (size_t d = 0; d < kDraws; ++d) values[y * kDraws + d][r] = p.ValueAt(rank_first_ + y, d);
        }
      });
      const Direction direction = plan_.indicators[ranked_[k].source].direction;
      ranks_[k].assign(regions, std::vector<float>(cells, std::numeric_limits<float>::quiet_NaN()));
      ParallelFor(rank_years_, options_.threads, [&](size_t y) {
        std::vector<std::vector<double>> year(values.begin() + y * kDraws, values.begin() + (y + 1) * kDraws);
        const std::vector<std::vector<float>> ranks = RankDraws(year, direction);
        for (size_t d = 0; d < kDraws; ++d) {
          for (size_t r = 0; r < regions; ++r) ranks_[k][r][y * kDraws + d] = ranks[d][r];
        }
      });
    }
  }

  // The rank indicator at plan index `index` of region r gets its peer-ranked draws.
  void FillRank(size_t r, size_t index, IndicatorProjection* projection) const {
    for (size_t k = 0; k < ranked_.size(); ++k) {
      if (ranked_[k].rank != index) continue;
      IndicatorProjection& p = *projection;
      const int first = FirstProjectedYear(p, rank_first_);
      const int last = plan_.period_end;
      p.paths = last >= first ? SimulatedPaths::Empty(first, last - first + 1) : SimulatedPaths();
      bool any = false;
      for (int year = std::max(first, rank_first_); year <= last; ++year) {
        std::vector<double>& draws = p.paths.Year(year);
        for (size_t d = 0; d < kDraws; ++d) {
          draws[d] = ranks_[k][r][static_cast<size_t>(year - rank_first_) * kDraws + d];
          any |= std::isfinite(draws[d]);
        }
      }
      p.can_project = any;
      p.description = "rank among the " + std::to_string(plan_.regions.size()) +
                      " regions, from every region's own forecast, draw by draw";
    }
  }

  YearDraws Unknown() const {
    YearDraws out{window_first_, window_last_ - window_first_ + 1, {}};
    out.values.assign(static_cast<size_t>(out.years) * kDraws, kNaN);
    return out;
  }

  YearDraws Capture(const IndicatorProjection& p) const {
    YearDraws out{window_first_, window_last_ - window_first_ + 1, {}};
    out.values.resize(static_cast<size_t>(out.years) * kDraws);
    for (int year = window_first_; year <= window_last_; ++year) {
      for (size_t d = 0; d < kDraws; ++d) out.At(year, d) = p.ValueAt(year, d);
    }
    return out;
  }

  // Step 2: one region, on a worker thread.
  RegionOutcome AssessRegion(size_t r) const {
    const Plan region = RegionPlan(template_, plan_, r);
    AssessOptions options = RegionOptions(r);
    RegionOutcome outcome;
    // Until captured (e.g. a weight that is itself derived), a contribution is
    // NaN: the total then cannot be projected, visibly, rather than wrongly.
    outcome.contribution.values.assign(aggregated_.size(), Unknown());
    outcome.contribution.weights.assign(aggregated_.size(), Unknown());
    options.adjust_measured = [&](const Plan& visible, size_t i, IndicatorProjection* p) {
      FillRank(r, i, p);
      for (size_t a = 0; a < aggregated_.size(); ++a) {
        const Indicator& aggregated = plan_.indicators[aggregated_[a]];
        if (aggregated_[a] == i) outcome.contribution.values[a] = Capture(*p);
        if (aggregated.aggregate == Indicator::Aggregate::kWeighted && IndexOf(visible, aggregated.aggregate_weight) == i) {
          outcome.contribution.weights[a] = Capture(*p);
        }
      }
    };
    const Assessment assessment = AssessPlan(region, options);
    outcome.files = options_.render(assessment);
    for (const IndicatorResult& result : assessment.indicators) {
      outcome.rows.push_back(LeagueRowOf(plan_.regions[r], result));
    }
    return outcome;
  }

  void StartTotals() {
    for (size_t a = 0; a < aggregated_.size(); ++a) {
      YearDraws zero{window_first_, window_last_ - window_first_ + 1, {}};
      zero.values.assign(static_cast<size_t>(zero.years) * kDraws, 0.0);
      sums_.push_back(zero);
      weight_sums_.push_back(zero);
    }
  }

  // In region order: the same sums, bit for bit, for any number of threads.
  void AddUp(const Contribution& c) {
    for (size_t a = 0; a < aggregated_.size(); ++a) {
      const bool weighted = plan_.indicators[aggregated_[a]].aggregate == Indicator::Aggregate::kWeighted;
      const std::vector<double>& v = c.values[a].values;
      for (size_t k = 0; k < v.size(); ++k) {
        const double weight = weighted ? c.weights[a].values[k] : 1.0;
        sums_[a].values[k] += weight * v[k];
        weight_sums_[a].values[k] += weight;
      }
    }
  }

  // Step 3: the total, its draws the regions' added up.
  void AssessTotal(League* league) {
    if (aggregated_.empty()) return;
    const Plan total = TotalPlan(template_, plan_);
    AssessOptions options = options_.assess;
    options.scenario.clear();
    options.owner.clear();
    // The total plan holds the aggregated indicators only, in order: index a is aggregated_[a].
    options.adjust_measured = [&](const Plan&, size_t a, IndicatorProjection* projection) {
      IndicatorProjection& p = *projection;
      const bool sum = plan_.indicators[aggregated_[a]].aggregate == Indicator::Aggregate::kSum;
      const int first = std::max(FirstProjectedYear(p, window_first_), window_first_);
      p.paths = SimulatedPaths::Empty(first, window_last_ - first + 1);
      bool any = false;
      for (int year = first; year <= window_last_; ++year) {
        std::vector<double>& draws = p.paths.Year(year);
        for (size_t d = 0; d < kDraws; ++d) {
          const double s = sums_[a].At(year, d), w = weight_sums_[a].At(year, d);
          draws[d] = sum ? s : (w == 0.0 ? kNaN : s / w);
          any |= std::isfinite(draws[d]);
        }
      }
      p.can_project = any;
      p.description = std::string(sum ? "sum" : "mean") + " of the " + std::to_string(plan_.regions.size()) +
                      " regions' forecasts, draw by draw";
    };
    const Assessment assessment = AssessPlan(total, options);
    options_.write(kTotalRegionId, options_.render(assessment));
    Region region{kTotalRegionId, plan_.region, "", {}};
    for (size_t a = 0; a < aggregated_.size(); ++a) {
      league->indicators[aggregated_[a]].total = LeagueRowOf(region, assessment.indicators[a]);
    }
  }

  void Summarise(LeagueIndicator* league) const {
    const Indicator& indicator = *league->indicator;
    double expected = 0.0;
    bool any = false;
    for (const LeagueRow& row : league->regions) {
      if (!row.p_meet) continue;
      expected += *row.p_meet;
      any = true;
    }
    if (any) league->expected_regions_meeting = expected;
    if (!league->total) return;
    const double share = indicator.aggregate == Indicator::Aggregate::kSum ? 1.0 : 1.0 / plan_.regions.size();
    std::vector<size_t> short_of_target;
    for (size_t r = 0; r < league->regions.size(); ++r) {
      LeagueRow& row = league->regions[r];
      if (!row.target || !row.projection || row.target->kind == TargetKind::kMilestone) continue;
      const double gap = indicator.direction == Direction::kIncrease ? row.target->value - row.projection->value
                                                                      : row.projection->value - row.target->value;
      row.shortfall_contribution = std::max(0.0, gap) * share;
      if (gap > 0) short_of_target.push_back(r);
    }
    std::stable_sort(short_of_target.begin(), short_of_target.end(), [&](size_t a, size_t b) {
      return *league->regions[a].shortfall_contribution > *league->regions[b].shortfall_contribution;
    });
    if (short_of_target.size() > 5) short_of_target.resize(5);
    league->held_back = short_of_target;
  }

  const Plan& plan_;
  const RegionalOptions& options_;
  const Plan template_;
  ProjectionSettings settings_;
  int window_first_ = 0, window_last_ = 0;
  std::vector<size_t> aggregated_;
  std::vector<Ranked> ranked_;
  int rank_first_ = 0, rank_years_ = 0;
  std::vector<std::vector<std::vector<float>>> ranks_;  // [ranked][region][year * kDraws + draw]
  std::vector<YearDraws> sums_, weight_sums_;
};

}  // namespace

LeagueRow LeagueRowOf(const Region& region, const IndicatorResult& result) {
  LeagueRow row;
  row.region_id = region.id;
  row.region_name = region.name;
  row.parent = region.parent;
  row.latest = result.latest;
  row.projection = result.projection;
  // Without a target the projection is not summarised: the path's last point stands for it.
  if (!row.projection && !result.path.empty()) {
    const ChartPoint& end = result.path.back();
    row.projection = ProjectionSummary{static_cast<int>(std::lround(end.t)), end.value, end.lo80, end.hi80, end.lo95, end.hi95};
  }
  row.p_meet = result.p_meet;
  row.target = result.indicator->target;
  row.required_annual_change = result.required_annual_change;
  row.historical_annual_change = result.historical_annual_change;
  row.status = result.status;
  return row;
}

std::vector<std::vector<float>> RankDraws(const std::vector<std::vector<double>>& values, Direction direction) {
  std::vector<std::vector<float>> ranks;
  ranks.reserve(values.size());
  std::vector<size_t> order;
  for (const std::vector<double>& draw : values) {
    order.clear();
    for (size_t r = 0; r < draw.size(); ++r) {
      if (std::isfinite(draw[r])) order.push_back(r);
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      if (draw[a] != draw[b]) return direction == Direction::kIncrease ? draw[a] > draw[b] : draw[a] < draw[b];
      return a < b;  // ties: the region listed first
    });
    std::vector<float> rank(draw.size(), std::numeric_limits<float>::quiet_NaN());
    for (size_t k = 0; k < order.size(); ++k) rank[order[k]] = static_cast<float>(k + 1);
    ranks.push_back(std::move(rank));
  }
  return ranks;
}

League AssessRegions(const Plan& plan, const RegionalOptions& options) { return RegionalRun(plan, options).Run(); }

}  // namespace plancast
