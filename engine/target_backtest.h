// Target-attainment backtest: how good are the probabilities that a target
// will be met?
//
// Each case (TARGETS.csv: case_id,series_id,origin,target_year,target_value,
// direction) sees its series only up to `origin`, asks "will the value in
// `target_year` be >= (increase) or <= (decrease) `target_value`?" and is
// scored against what the series did. Three forecasters answer:
//
//   default        plancast itself: a one-indicator Plan (history to origin,
//                  a level target) through AssessPlan, so P is the P that
//                  `plancast forecast` prints for the same history and target
//   drift_normal   random walk with drift on the raw values with its textbook
//                  normal interval (R's rwf(drift = TRUE)), P read off it
//   eurostat_rule  Eurostat's ratio rule as a 0/1 forecast: on track when
//                  actual growth / required growth >= 0.95, both measured
//                  from the base year t0 = origin - 5 (or the first year):
//                  actual = CAGR t0 -> origin, required = CAGR t0 -> target
//
// Scores: Brier = mean (p - o)^2; log loss = -mean(o ln p + (1 - o) ln(1 - p))
// with p clipped to [0.005, 0.995] (a 0/1 forecast would otherwise score
// infinity on one miss); AUC = P(p of a met case > p of a missed one), ties
// counting half; reliability in ten bins of p of width 0.1.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "engine/plan/series_csv.h"
#include "engine/plan/types.h"

namespace plancast {

struct TargetCase {
  std::string id;
  std::string series_id;
  int origin = 0;
  int target_year = 0;
  double target_value = 0.0;
  Direction direction = Direction::kIncrease;
  int line = 0;  // in TARGETS.csv
};

// Reads and checks TARGETS.csv against `series` (every case's series must
// exist, have >= 2 values up to origin and a value in target_year > origin).
// Throws InputError listing every bad row as PATH:LINE:COL.
std::vector<TargetCase> ReadTargetCases(const std::string& path,
                                        const std::map<std::string, SeriesData>& series);

struct ReliabilityBin {
  std::string bin;  // "0.0-0.1", ..., "0.9-1.0"
  double mean_p = 0.0;
  double observed = 0.0;
  long long n = 0;
};

struct ProbabilityScore {
  std::string name;
  double brier = 0.0;
  double log_loss = 0.0;
  double auc = 0.0;
  std::vector<ReliabilityBin> reliability;  // non-empty bins only
  long long unjudged = 0;  // cases the method gave no P for (scored as 0.5)
};

struct TargetBacktestResult {
  long long cases = 0;
  long long met = 0;  // cases whose target was met
  std::vector<ProbabilityScore> methods;
  double wall_seconds = 0.0;
};

// The three forecasters' P for one case (in the order of TargetMethodNames());
// NaN where a method gives none (scored as 0.5 and counted as unjudged).
std::vector<double> TargetCaseProbabilities(const SeriesData& series, const TargetCase& c);
std::vector<std::string> TargetMethodNames();

// plancast's P for one case, through AssessPlan on a one-indicator plan; NaN
// when the assessment gives none.
double PlancastProbability(const SeriesData& series, const TargetCase& c);

// Whether the case's target was met by the series' value in target_year.
bool TargetMet(const SeriesData& series, const TargetCase& c);

// Scores every case on `threads` workers (results do not depend on it). When
// `forecasts` is non-null, writes `method,case_id,p_meet` rows to it.
TargetBacktestResult RunTargetBacktest(const std::map<std::string, SeriesData>& series,
                                       const std::vector<TargetCase>& cases, int threads,
                                       std::ostream* forecasts);

// Scores of one method from its probabilities (NaN: none, scored as 0.5) and
// the outcomes (exposed for tests).
ProbabilityScore ScoreProbabilities(const std::string& name, const std::vector<double>& p,
                                    const std::vector<bool>& met);

}  // namespace plancast
