// A small hand-made plan and assessment for report tests: Chinese names,
// hostile names (<script>, |, quotes and commas), every status, a series
// break, an illustrative target, a missing projection, and a goal tree.
//
// The numbers are made up but consistent (projection, intervals, paces), so
// the sentences the reports print can be checked by hand.
#pragma once

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "engine/assessment.h"
#include "engine/plan/types.h"

namespace plancast::testing {

// Owns the plan the assessment points into; not copyable for that reason.
struct SampleRun {
  Plan plan;
  Assessment assessment;
  SampleRun() = default;
  SampleRun(const SampleRun&) = delete;
  SampleRun& operator=(const SampleRun&) = delete;
};

inline Observation Obs(int year, double value, const std::string& basis = "") {
  Observation o;
  o.year = year;
  o.t = year;
  o.value = value;
  o.basis = basis;
  return o;
}

inline Indicator MakeIndicator(const std::string& id, const std::string& name, const std::string& unit,
                               std::vector<Observation> history, std::optional<double> target_value,
                               int target_year = 2025) {
  Indicator ind;
  ind.id = id;
  ind.name = name;
  ind.unit = unit;
  ind.history = std::move(history);
  if (target_value) {
    Target t;
    t.year = target_year;
    t.value = *target_value;
    ind.target = t;
  }
  ind.goals = {"capacity"};
  return ind;
}

// A straight path from the latest value to `end` with intervals widening by
// `spread` per year (80%) and 1.5 x that (95%).
inline std::vector<ChartPoint> LinearPath(int from_year, double from_value, int to_year, double end, double spread) {
  std::vector<ChartPoint> path;
  for (int y = from_year; y <= to_year; ++y) {
    double share = static_cast<double>(y - from_year) / (to_year - from_year);
    double v = from_value + share * (end - from_value);
    double w = spread * (y - from_year);
    path.push_back(ChartPoint{static_cast<double>(y), v, v - w, v + w, v - 1.5 * w, v + 1.5 * w});
  }
  return path;
}

inline ProjectionSummary Projection(const std::vector<ChartPoint>& path) {
  const ChartPoint& p = path.back();
  return ProjectionSummary{static_cast<int>(p.t), p.value, p.lo80, p.hi80, p.lo95, p.hi95};
}

inline Pace MakePace(double value, PaceKind kind, int from, int to) {
  Pace p;
  p.value = value;
  p.kind = kind;
  p.from_year = from;
  p.to_year = to;
  return p;
}

inline void BuildPlan(Plan* plan) {
  plan->id = "sample-2025";
  plan->name = "平湖市“十四五”科技创新规划 <i>测试</i>";
  plan->region = "平湖市";
  plan->period_start = 2021;
  plan->period_end = 2025;
  plan->baseline_year = 2020;

  Goal top;
  top.id = "capacity";
  top.name = "创新能力显著提升";
  top.children = {"firms"};
  Goal sub;
  sub.id = "firms";
  sub.name = "<b>企业主体</b> & \"quoted\"";
  sub.parent = "capacity";
  plan->goals = {top, sub};

  Indicator rd = MakeIndicator("rd_share", "研究与试验发展经费支出占GDP比重", "%",
                               {Obs(2015, 2.61), Obs(2016, 2.7), Obs(2017, 2.78), Obs(2018, 2.9, "新口径"),
                                Obs(2019, 3.0, "新口径"), Obs(2020, 3.09, "新口径")},
                               3.5);
  rd.binding = true;
  rd.target->illustrative = true;
  Indicator script = MakeIndicator("patents", "<script>alert(1)</script>", "件", {Obs(2015, 5.48), Obs(2020, 40.3)},
                                   60.0);
  Indicator pipe = MakeIndicator("firms", "a|b", "家", {Obs(2018, 200), Obs(2019, 250), Obs(2020, 297)}, 400.0);
  pipe.goals = {"firms"};
  Indicator quoted = MakeIndicator("rank", "\"quoted\", comma", "位", {Obs(2020, 11)}, 8.0);
  quoted.direction = Direction::kDecrease;
  quoted.goals = {"firms"};
  Indicator done = MakeIndicator("hitech", "高新技术产业增加值占比", "%", {Obs(2015, 38.13), Obs(2020, 65.1)}, 60.0);
  done.formula = "hitech_va / industrial_va * 100";
  done.binding = true;
  plan->indicators = {rd, script, pipe, quoted, done};
}

inline IndicatorResult Result(const Indicator& ind) {
  IndicatorResult r;
  r.indicator = &ind;
  if (!ind.history.empty()) r.latest = YearValue{ind.history.back().year, ind.history.back().value};
  for (const Observation& o : ind.history) {
    if (o.year == 2020 || o.year == 2015) r.baseline = r.baseline ? r.baseline : YearValue{o.year, o.value};
  }
  r.model = ForecastMethod::kDrift;
  r.model_description = "drift on the latest years";
  for (const Observation& o : ind.history) r.fitted.push_back(o.value * 0.99);
  return r;
}

inline void BuildResults(const Plan& plan, Assessment* a) {
  a->plan = &plan;
  a->run.as_of = boost::gregorian::date(2021, 6, 30);
  a->run.seed = 42;
  a->run.version = "0.1.0";
  a->run.notes = {Warning{WarningCode::kRunOwnerScope, {TextArg("owner", "<x>"), NumberArg("kept", 1, "1"), NumberArg("total", 5, "5")}}};

  IndicatorResult rd = Result(plan.indicators[0]);
  rd.path = LinearPath(2020, 3.09, 2025, 3.4, 0.04);
  rd.projection = Projection(rd.path);
  rd.p_meet = 0.3;
  rd.required_annual_change = MakePace(0.082, PaceKind::kSlope, 2020, 2025);
  rd.historical_annual_change = MakePace(0.096, PaceKind::kSlope, 2015, 2020);
  rd.crossing_year = 2028;
  rd.schedule = ScheduleCheck{0.2, 0.1};
  rd.progress_class = ProgressClass::kModerate;
  rd.status = TargetStatus::kOffTrack;
  rd.warnings = {Warning{WarningCode::kBasisScaled,
                         {TextArg("from", "旧口径"), TextArg("to", "新口径"), NumberArg("factor", 1.05, "1.05")}}};
  rd.pace_for_p50 = MakePace(0.09, PaceKind::kSlope, 2020, 2025);
  rd.pace_for_p80 = MakePace(0.12, PaceKind::kSlope, 2020, 2025);
  rd.days_left = 1645;  // 2021-06-30 .. 2025-12-31

  IndicatorResult script = Result(plan.indicators[1]);
  script.path = LinearPath(2020, 40.3, 2025, 70, 3);
  script.projection = Projection(script.path);
  script.p_meet = 0.8;
  script.required_annual_change = MakePace(8.3, PaceKind::kGrowthRate, 2020, 2025);
  script.historical_annual_change = MakePace(49.1, PaceKind::kGrowthRate, 2015, 2020);
  script.progress_class = ProgressClass::kSignificant;
  script.status = TargetStatus::kOnTrack;

  IndicatorResult pipe = Result(plan.indicators[2]);
  pipe.path = LinearPath(2020, 297, 2025, 390, 20);
  pipe.projection = Projection(pipe.path);
  pipe.p_meet = 0.5;
  pipe.required_annual_change = MakePace(6.1, PaceKind::kGrowthRate, 2020, 2025);
  pipe.historical_annual_change = MakePace(21.9, PaceKind::kGrowthRate, 2018, 2020);
  pipe.progress_class = ProgressClass::kSignificant;
  pipe.status = TargetStatus::kAtRisk;
  pipe.crossing_year = 2026;

  IndicatorResult quoted = Result(plan.indicators[3]);
  quoted.fitted.clear();
  quoted.status = TargetStatus::kInsufficientData;
  quoted.warnings = {Warning{WarningCode::kTooLittleHistory, {}}};

  IndicatorResult done = Result(plan.indicators[4]);
  done.path = LinearPath(2020, 65.1, 2025, 75, 2);
  done.projection = Projection(done.path);
  done.p_meet = 1.0;
  done.progress_class = ProgressClass::kTargetMet;
  done.status = TargetStatus::kAchieved;
  done.historical_annual_change = MakePace(5.39, PaceKind::kSlope, 2015, 2020);
  done.derived_from = {"hitech_va", "industrial_va"};

  a->indicators = {rd, script, pipe, quoted, done};

  GoalResult top;
  top.goal = &plan.goals[0];
  top.status = TargetStatus::kOffTrack;
  top.progress_score = 0.62;
  top.p_all_binding = 0.3;
  top.status_reason = "vetoed by binding indicator rd_share (off_track)";
  top.held_by = "rd_share";
  top.indicator_ids = {"rd_share", "patents", "hitech"};
  top.child_ids = {"firms"};
  for (TargetStatus s : {TargetStatus::kAchieved, TargetStatus::kOnTrack, TargetStatus::kAtRisk, TargetStatus::kOffTrack,
                         TargetStatus::kInsufficientData}) {
    top.counts[static_cast<int>(s)] = 1;  // one of each indicator's status (none without a target)
  }
  GoalResult sub;
  sub.goal = &plan.goals[1];
  sub.status = TargetStatus::kAtRisk;
  sub.indicator_ids = {"firms", "rank"};
  sub.counts[static_cast<int>(TargetStatus::kAtRisk)] = 1;
  sub.counts[static_cast<int>(TargetStatus::kInsufficientData)] = 1;
  a->goals = {top, sub};
  a->overall = top;
  a->overall.goal = nullptr;
}

inline std::unique_ptr<SampleRun> MakeSampleRun() {
  auto run = std::make_unique<SampleRun>();
  BuildPlan(&run->plan);
  BuildResults(run->plan, &run->assessment);
  return run;
}

}  // namespace plancast::testing
