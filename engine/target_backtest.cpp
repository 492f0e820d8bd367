// Target-attainment backtest; see target_backtest.h.
#include "engine/target_backtest.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <fstream>
#include <thread>

#include "engine/assess.h"
#include "engine/plan/diagnostics.h"
#include "engine/plan/number_parsing.h"
#include "models/forecaster.h"

namespace plancast {
namespace {

constexpr double kEurostatRatio = 0.95;  // actual / required growth at or above: on track
constexpr int kEurostatWindow = 5;       // years before the origin the growth rates start from
constexpr double kLogLossClip = 0.005;   // p clipped to [clip, 1 - clip] in the log loss

std::vector<std::string> SplitCsvLine(const std::string& line, std::vector<int>* columns) {
  std::vector<std::string> fields;
  columns->clear();
  size_t start = 0;
  while (true) {
    const size_t comma = line.find(',', start);
    std::string f = line.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    size_t b = f.find_first_not_of(" \t\r"), e = f.find_last_not_of(" \t\r");
    int column = static_cast<int>(start) + 1;
    if (b == std::string::npos) {
      f.clear();
    } else {
      column += static_cast<int>(b);
      f = f.substr(b, e - b + 1);
    }
    if (f.size() >= 2 && f.front() == '"' && f.back() == '"') f = f.substr(1, f.size() - 2);
    fields.push_back(f);
    columns->push_back(column);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return fields;
}

// Values of `s` observed at or before `year`.
void HistoryTo(const SeriesData& s, int year, std::vector<double>* t, std::vector<double>* y) {
  for (size_t i = 0; i < s.period.size(); ++i) {
    if (s.period[i] <= year + 1e-9) {
      t->push_back(s.period[i]);
      y->push_back(s.value[i]);
    }
  }
}

std::optional<double> ValueIn(const SeriesData& s, int year) {
  for (size_t i = 0; i < s.period.size(); ++i)
    if (std::fabs(s.period[i] - year) < 1e-9) return s.value[i];
  return std::nullopt;
}

// Growth per year from (t0, y0) to (t1, y1): compound when both are positive,
// else a slope relative to |y0| (so that the ratio rule stays defined).
double GrowthPerYear(double t0, double y0, double t1, double y1) {
  const double years = t1 - t0;
  if (!(years > 0)) return 0.0;
  if (y0 > 0 && y1 > 0) return std::pow(y1 / y0, 1.0 / years) - 1.0;
  const double unit = std::fabs(y0) > 0 ? std::fabs(y0) : 1.0;
  return (y1 - y0) / years / unit;
}

double EurostatRule(const std::vector<double>& t, const std::vector<double>& y, const TargetCase& c) {
  // Base year t0: kEurostatWindow years before the origin, or the first year.
  size_t base = 0;
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i] <= c.origin - kEurostatWindow + 1e-9) base = i;
  const double actual = GrowthPerYear(t[base], y[base], t.back(), y.back());
  const double required = GrowthPerYear(t[base], y[base], c.target_year, c.target_value);
  const double sign = c.direction == Direction::kIncrease ? 1.0 : -1.0;
  const double needed = sign * required, made = sign * actual;
  if (needed <= 0) return made >= needed ? 1.0 : 0.0;  // already there at t0: stay on the right side
  return made / needed >= kEurostatRatio ? 1.0 : 0.0;
}

double DriftNormal(const std::vector<double>& t, const std::vector<double>& y, const TargetCase& c) {
  ForecastOptions options;
  options.method = ForecastMethod::kDrift;
  options.compute_fitted = false;
  const Forecast f = ForecastSeries(t, y, {static_cast<double>(c.target_year)}, SeriesTraits{}, options);
  if (f.status != ForecastStatus::kOk || f.steps.empty()) return std::nan("");
  const double below = f.steps[0].Cdf(c.target_value);
  return c.direction == Direction::kIncrease ? 1.0 - below : below;
}

std::string BinName(int b) { return fmt::format("{:.1f}-{:.1f}", b / 10.0, (b + 1) / 10.0); }

}  // namespace

std::vector<std::string> TargetMethodNames() { return {"default", "drift_normal", "eurostat_rule"}; }

std::vector<TargetCase> ReadTargetCases(const std::string& path,
                                        const std::map<std::string, SeriesData>& series) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open targets file");
  Diagnostics d;
  const std::vector<std::string> header = {"case_id", "series_id", "origin", "target_year",
                                           "target_value", "direction"};
  std::string line;
  int line_no = 0;
  std::vector<int> cols;
  std::vector<TargetCase> cases;
  std::map<std::string, int> seen;
  auto at = [&](size_t field) { return SourceLocation{path, line_no, field < cols.size() ? cols[field] : 1}; };
  if (!std::getline(in, line)) {
    d.Error({path, 1, 1}, "empty targets file", "the first line must be: case_id,series_id,origin,target_year,target_value,direction");
    throw InputError(std::move(d));
  }
  ++line_no;
  if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line = line.substr(3);
  if (SplitCsvLine(line, &cols) != header) {
    d.Error({path, 1, 1}, "unexpected header",
            "the first line must be: case_id,series_id,origin,target_year,target_value,direction");
    throw InputError(std::move(d));
  }
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::vector<std::string> f = SplitCsvLine(line, &cols);
    if (f.size() != header.size()) {
      d.Error(at(std::min(f.size(), header.size()) - 1),
              fmt::format("expected {} fields, found {}", header.size(), f.size()),
              "each row is case_id,series_id,origin,target_year,target_value,direction");
      continue;
    }
    TargetCase c;
    c.line = line_no;
    c.id = f[0];
    c.series_id = f[1];
    bool ok = true;
    if (c.id.empty()) {
      d.Error(at(0), "empty case_id", "give every case a unique name");
      ok = false;
    } else if (seen.count(c.id)) {
      d.Error(at(0), "case_id '" + c.id + "' repeated", fmt::format("first used on line {}", seen[c.id]));
      ok = false;
    } else {
      seen[c.id] = line_no;
    }
    const auto origin = ParseYear(f[2]);
    const auto target_year = ParseYear(f[3]);
    if (!origin) d.Error(at(2), "origin '" + f[2] + "' is not a year", "e.g. 2015");
    if (!target_year) d.Error(at(3), "target_year '" + f[3] + "' is not a year", "e.g. 2020");
    ok = ok && origin && target_year;
    const ParsedNumber value = ParseNumber(f[4]);
    if (!value.ok) {
      d.Error(at(4), "target_value '" + f[4] + "' is not a finite number", "e.g. 2.5");
      ok = false;
    }
    if (f[5] == "increase") {
      c.direction = Direction::kIncrease;
    } else if (f[5] == "decrease") {
      c.direction = Direction::kDecrease;
    } else {
      d.Error(at(5), "direction '" + f[5] + "' is neither increase nor decrease",
              "increase: met when the value is >= the target; decrease: <=");
      ok = false;
    }
    if (!ok) continue;
    c.origin = *origin;
    c.target_year = *target_year;
    c.target_value = value.value;
    if (c.target_year <= c.origin) {
      d.Error(at(3), fmt::format("target_year {} is not after the origin {}", c.target_year, c.origin),
              "a case forecasts from its origin to a later target year");
      continue;
    }
    const auto s = series.find(c.series_id);
    if (s == series.end()) {
      d.Error(at(1), "series '" + c.series_id + "' is not in the history file",
              "check the series_id against the first column of HISTORY.csv");
      continue;
    }
    std::vector<double> t, y;
    HistoryTo(s->second, c.origin, &t, &y);
    if (t.size() < 2) {
      d.Error(at(2), fmt::format("series '{}' has {} value(s) up to the origin {}", c.series_id, t.size(), c.origin),
              "a case needs at least two values up to its origin");
      continue;
    }
    if (!ValueIn(s->second, c.target_year)) {
      d.Error(at(3), fmt::format("series '{}' has no value for the target year {}", c.series_id, c.target_year),
              "the outcome is read from HISTORY.csv: pick a target year it covers");
      continue;
    }
    cases.push_back(c);
  }
  if (d.HasErrors()) throw InputError(std::move(d));
  return cases;
}

bool TargetMet(const SeriesData& series, const TargetCase& c) {
  const double actual = *ValueIn(series, c.target_year);
  return c.direction == Direction::kIncrease ? actual >= c.target_value : actual <= c.target_value;
}

double PlancastProbability(const SeriesData& series, const TargetCase& c) {
  // The plan a planner would write for this case: one indicator, its history
  // to the origin, a level target; assessed as `plancast forecast` does.
  Plan plan;
  plan.file = "targets.csv";
  plan.id = "case";
  plan.name = "case " + c.id;
  plan.period_start = c.origin + 1;
  plan.period_end = c.target_year;
  plan.baseline_year = c.origin;
  plan.as_of = boost::gregorian::date(c.origin + 1, 12, 31);
  Goal goal;
  goal.id = "goal";
  goal.name = "goal";
  plan.goals.push_back(goal);
  Indicator ind;
  ind.id = "series";
  ind.name = c.series_id;
  ind.unit = "units";
  ind.direction = c.direction;
  ind.goals = {"goal"};
  std::vector<double> t, y;
  HistoryTo(series, c.origin, &t, &y);
  for (size_t i = 0; i < t.size(); ++i) {
    Observation o;
    o.year = static_cast<int>(std::lround(t[i]));
    o.t = o.year;
    o.value = y[i];
    ind.history.push_back(o);
  }
  Target target;
  target.kind = TargetKind::kLevel;
  target.year = c.target_year;
  target.value = c.target_value;
  ind.target = target;
  plan.indicators.push_back(ind);
  AssessOptions options;
  options.as_of = *plan.as_of;
  const Assessment a = AssessPlan(plan, options);
  const auto& r = a.indicators.front();
  return r.p_meet ? *r.p_meet : std::nan("");
}

std::vector<double> TargetCaseProbabilities(const SeriesData& series, const TargetCase& c) {
  std::vector<double> t, y;
  HistoryTo(series, c.origin, &t, &y);
  return {PlancastProbability(series, c), DriftNormal(t, y, c), EurostatRule(t, y, c)};
}

ProbabilityScore ScoreProbabilities(const std::string& name, const std::vector<double>& p_in,
                                    const std::vector<bool>& met) {
  ProbabilityScore s;
  s.name = name;
  const size_t n = p_in.size();
  std::vector<double> p(p_in);
  for (double& v : p) {
    if (std::isnan(v)) {
      v = 0.5;
      ++s.unjudged;
    }
  }
  std::vector<double> bin_p(10, 0.0), bin_o(10, 0.0);
  std::vector<long long> bin_n(10, 0);
  for (size_t i = 0; i < n; ++i) {
    const double o = met[i] ? 1.0 : 0.0;
    s.brier += (p[i] - o) * (p[i] - o);
    const double q = std::clamp(p[i], kLogLossClip, 1.0 - kLogLossClip);
    s.log_loss -= met[i] ? std::log(q) : std::log(1.0 - q);
    const int b = std::clamp(static_cast<int>(std::floor(p[i] * 10.0)), 0, 9);
    bin_p[b] += p[i];
    bin_o[b] += o;
    ++bin_n[b];
  }
  if (n > 0) {
    s.brier /= n;
    s.log_loss /= n;
  }
  // AUC by ranks (Mann-Whitney), ties counting half.
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
  double rank_sum = 0.0, positives = 0.0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && p[order[j]] == p[order[i]]) ++j;
    const double mid_rank = 0.5 * (i + 1 + j);  // ranks i+1..j
    for (size_t k = i; k < j; ++k)
      if (met[order[k]]) {
        rank_sum += mid_rank;
        positives += 1;
      }
    i = j;
  }
  const double negatives = n - positives;
  s.auc = positives > 0 && negatives > 0
              ? (rank_sum - positives * (positives + 1) / 2.0) / (positives * negatives)
              : 0.5;
  for (int b = 0; b < 10; ++b) {
    if (bin_n[b] == 0) continue;
    s.reliability.push_back({BinName(b), bin_p[b] / bin_n[b], bin_o[b] / bin_n[b], bin_n[b]});
  }
  return s;
}

TargetBacktestResult RunTargetBacktest(const std::map<std::string, SeriesData>& series,
                                       const std::vector<TargetCase>& cases, int threads,
                                       std::ostream* forecasts) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<std::string> names = TargetMethodNames();
  std::vector<std::vector<double>> probabilities(cases.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < cases.size(); i = next++)
      probabilities[i] = TargetCaseProbabilities(series.at(cases[i].series_id), cases[i]);
  };
  std::vector<std::thread> pool;
  for (int k = 1; k < threads; ++k) pool.emplace_back(work);
  work();
  for (std::thread& th : pool) th.join();

  TargetBacktestResult result;
  result.cases = static_cast<long long>(cases.size());
  std::vector<bool> met(cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    met[i] = TargetMet(series.at(cases[i].series_id), cases[i]);
    result.met += met[i] ? 1 : 0;
  }
  if (forecasts) *forecasts << "method,case_id,p_meet\n";
  for (size_t m = 0; m < names.size(); ++m) {
    std::vector<double> p(cases.size());
    for (size_t i = 0; i < cases.size(); ++i) {
      p[i] = probabilities[i][m];
      if (forecasts)  // no P: an empty field
        *forecasts << (std::isnan(p[i]) ? fmt::format("{},{},\n", names[m], cases[i].id)
                                        : fmt::format("{},{},{:.10g}\n", names[m], cases[i].id, p[i]));
    }
    result.methods.push_back(ScoreProbabilities(names[m], p, met));
  }
  result.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace plancast
