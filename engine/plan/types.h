// Plain data of a plan: what the YAML file says, after validation.
//
// These structs carry no behaviour and no library types beyond the standard
// library and Boost.Date_Time, so every layer above models/ (loader, graph, engine,
// reports) can include this header cheaply.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/plan/language.h"
#include "models/bounds.h"  // Bounds: an indicator's allowed range, shared with the forecaster

namespace plancast {

// Where something was written in a plan file. Line and column are 1-based
// (yaml-cpp marks are 0-based; the loader converts).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Direction { kIncrease, kDecrease };

// How a yearly pace is expressed: a constant growth rate (%/yr, for counts
// and amounts) or a slope (units/yr, for shares, indices and ranks).
enum class PaceKind { kGrowthRate, kSlope };

// The stretch of time an observation covers, from its history key:
// `2021` (a year), `2021-Q3` (a quarter), `2021-07` (a month) or
// `2021-07-15` (a day). Both ends are inclusive.
enum class PeriodKind { kYear, kQuarter, kMonth, kDay };

struct Period {
  PeriodKind kind = PeriodKind::kYear;
  boost::gregorian::date start{boost::gregorian::not_a_date_time};
  boost::gregorian::date end{boost::gregorian::not_a_date_time};
  std::string label;  // as written, e.g. "2021-Q3"
};

// One historical value. `t` is the position on the time axis in years: an
// annual value for year Y sits at t = Y.
struct Observation {
  int year = 0;
  double t = 0.0;
  double value = 0.0;
  Period period;              // unset (not_a_date_time) means the whole of `year`
  bool provisional = false;   // e.g. a year-to-date value annualised before the year is over
  std::string note;
  std::string source;
  std::string basis;  // statistical definition or scope, e.g. "新口径"
  SourceLocation where;
};

// What a target asks for (see docs/plan-format.md, "Target kinds").
enum class TargetKind {
  kLevel,       // the value in the target year meets `value`
  kCumulative,  // the flow summed over the plan period (or a stock's increase) meets `value`
  kGrowth,      // average annual growth over the plan period, in %, meets `value`
  kRank,        // a rank (lower is better, 1..N) in the target year is at most `value`
  kMilestone,   // a qualitative step, done or not by its due date
};

// A target met by landing inside [lo, hi]: `range: [lo, hi]` ("保持在3.3–3.7%"),
// or `about: true` with a tolerance around `value` ("5%左右").
struct TargetBand {
  double lo = 0.0;
  double hi = 0.0;
  bool about = false;            // written as value + tolerance, not as a range
  double tolerance = 0.0;        // about: as written, e.g. 5 for "5%" or 0.2
  bool tolerance_relative = false;  // about: `tolerance: 5%` (of value) rather than an absolute number
};

struct Target {
  TargetKind kind = TargetKind::kLevel;
  int year = 0;
  double value = 0.0;  // a range: its midpoint
  std::optional<TargetBand> band;  // range and about targets (level and growth kinds only)
  // 年度分解: `annual:` — the target for each year on the way (year -> value,
  // in the target's quantity: a level, a stock's increase, a flow's yearly
  // amount, for growth the level), or `annual: even` (annual_even) to spread it
  // along the indicator's pace kind. Empty: no annual path.
  std::map<int, double> annual;
  bool annual_even = false;
  // Milestones: due date (default: end of `year`) and completion date when done.
  std::optional<boost::gregorian::date> due;
  std::optional<boost::gregorian::date> done_on;
  bool illustrative = false;  // set by us, not an official figure
  std::string note;
  SourceLocation where;
};

struct Indicator {
  std::string id;
  std::string name;
  std::string unit;
  Direction direction = Direction::kIncrease;
  std::optional<Bounds> bounds;
  bool binding = false;  // 约束性 (binding) vs 预期性 (expected)
  std::optional<PaceKind> pace;  // unset: chosen from unit and bounds
  std::vector<Observation> history;  // sorted by t, unique years
  // The plan-period target (the one whose year is the plan's end, or the
  // latest not after it); every other report field is about this one.
  std::optional<Target> target;
  // Every target as written, in file order (`targets:`, or `target:` alone);
  // includes a copy of `target`. Years after the plan's end are long-range
  // goals (远景目标).
  std::vector<Target> targets;
  std::vector<std::string> goals;  // ids of the goals this indicator serves
  std::map<std::string, double> goal_weights;  // weight in each goal; absent means 1
  // Derived indicators: an expression over other indicator ids, e.g.
  // "high_tech_va / industrial_va * 100"; empty for measured indicators.
  std::string formula;
  SourceLocation formula_where;
  // Stock (a level at a moment, e.g. enterprises on the register) or flow
  // (an amount per year, e.g. new enterprises); decides what "cumulative" sums.
  bool is_flow = false;
  // Flows reported as year-to-date totals (January to the period's end);
  // only the value for the whole year is final. Implies is_flow.
  bool year_to_date = false;
  // Expected delay between the end of a period and its figure being
  // published; unset: a default per frequency (see engine/staleness.h).
  std::optional<int> publication_lag_days;
  // Known level shifts between statistical bases: values on `from_basis`
  // are put on the current basis by `value * ratio + offset`.
  struct BasisShift {
    std::string from_basis;
    double ratio = 1.0;
    double offset = 0.0;
    SourceLocation where;
    SourceLocation from_basis_where;  // the `from_basis` value, for "no value has this basis"
  };
  std::vector<BasisShift> basis_shifts;
  std::string source;
  std::string note;
  // 牵头单位: the unit responsible for the indicator, free text; empty when not given.
  std::string owner;
  // Plans with `regions:` (docs/plan-format.md, "Regions"): how the regions'
  // values add up to the plan's total (kNone: the total does not show this
  // indicator), the weight indicator of kWeighted, the indicator whose values
  // rank the regions (`rank_of:`; this indicator is then each region's rank),
  // and per-region targets replacing `target` (nullopt: no target there).
  enum class Aggregate { kNone, kSum, kMean, kWeighted };
  Aggregate aggregate = Aggregate::kNone;
  std::string aggregate_weight;
  SourceLocation aggregate_where;
  std::string rank_of;
  SourceLocation rank_of_where;
  std::map<std::string, std::optional<Target>> region_targets;
  std::map<std::string, SourceLocation> region_targets_where;  // the region id keys
  SourceLocation where;
};

// One region of a plan with `regions:` (e.g. a county of a province).
struct Region {
  std::string id;
  std::string name;
  std::string parent;  // free text: the region above, shown in the league
  SourceLocation where;
};

// The regions' histories: `histories[r][i]` is region r's history of
// indicator i (sorted by t), from history files with a `region` column.
// Shared by the copies of a plan (a national plan holds 140,000 series).
struct RegionalHistories {
  std::vector<std::vector<std::vector<Observation>>> histories;
};

// The id of the plan's total over its regions: its output folder and its key
// in `region_targets:`; no region may use it.
inline const char* kTotalRegionId = "total";

struct Goal {
  std::string id;
  std::string name;
  std::string description;
  std::string parent;  // empty for a top-level goal
  double weight = 1.0;  // weight within its parent goal (or the plan)
  std::vector<std::string> children;  // goal ids, in file order
  SourceLocation where;
};

// Probability cut-offs that turn p(meet target) into a status.
struct StatusThresholds {
  double on_track = 0.75;  // p >= on_track            -> on_track
  double at_risk = 0.40;   // at_risk <= p < on_track  -> at_risk, below -> off_track
};

// One assumption of a scenario: from `from_year` on, `indicator` moves at a
// constant pace instead of its trend.
struct ScenarioOverride {
  std::string indicator;
  int from_year = 0;   // first year the pace applies (default: the year after the latest value)
  double pace = 0.0;   // %/yr when `kind` is a growth rate, unit/yr for a slope
  PaceKind kind = PaceKind::kGrowthRate;
  SourceLocation where;
};

struct Scenario {
  std::string name;
  std::string description;
  std::vector<ScenarioOverride> overrides;
  SourceLocation where;
};

struct Plan {
  std::string file;  // path the plan was read from
  std::string id;
  std::string name;
  std::string region;
  Language language = Language::kZh;  // of the report's interface text
  int period_start = 0;
  int period_end = 0;
  int baseline_year = 0;
  std::optional<boost::gregorian::date> as_of;
  StatusThresholds thresholds;
  std::vector<Goal> goals;            // every goal, parents before children
  std::vector<Indicator> indicators;  // in file order
  std::vector<Scenario> scenarios;
  // `history_files:` as written (relative to the plan file); their rows are
  // already in the indicators' histories.
  std::vector<std::string> history_files;
  // `regions:` (empty for a plan about one region) and their histories.
  std::vector<Region> regions;
  std::shared_ptr<RegionalHistories> regional;
  SourceLocation where;
};

}  // namespace plancast
