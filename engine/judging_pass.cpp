#include "engine/judging_pass.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "engine/scenario.h"
#include "engine/target_judge.h"

namespace plancast {
namespace {

using Live = std::shared_ptr<const IndicatorProjection>;

// The pass's state: each variant's projections still held (nullptr once
// released) and how many derived indicators have yet to read each indicator.
class JudgingPass {
 public:
  explicit JudgingPass(const JudgingPassInput& in)
      : in_(in), plan_(*in.plan), graph_(*in.graph), results_(in.scenario ? 2 : 1),
        live_(results_.size(), std::vector<Live>(plan_.indicators.size())),
        readers_left_(plan_.indicators.size(), 0) {
    for (JudgedIndicators& r : results_) {
      r.indicators.resize(plan_.indicators.size());
      r.met_by_draw.resize(plan_.indicators.size());
      r.assumptions.resize(plan_.indicators.size());
    }
    for (size_t i = 0; i < plan_.indicators.size(); ++i) {
      for (size_t input : graph_.InputsOf(i)) ++readers_left_[input];
    }
  }

  JudgingPassResult Run() && {
    size_t most_held = 0;
    for (size_t i : graph_.IndicatorOrder()) {
      Project(i);
      ++held_;
      most_held = std::max(most_held, held_);
      Judge(i);
      Release(i);
    }
    return {std::move(results_), most_held};
  }

 private:
  // Variant 0 is the scenario (or the trend alone); variant 1 the trend beside it.
  void Project(size_t i) {
    const Indicator& indicator = plan_.indicators[i];
    Live trend;
    if (graph_.FormulaOf(i) == nullptr) {
      auto measured = std::make_shared<IndicatorProjection>(ProjectMeasured(indicator, in_.settings));
      measured->ignored_after_as_of = in_.hidden[i];
      if (in_.adjust_measured) in_.adjust_measured(plan_, i, measured.get());
      trend = std::move(measured);
    } else {
      trend = Derived(i, 0);
    }
    live_[0][i] = WithOverrides(i, trend);
    if (results_.size() == 2) live_[1][i] = graph_.FormulaOf(i) == nullptr || InputsShared(i) ? trend : Derived(i, 1);
  }

  Live Derived(size_t i, size_t variant) const {
    std::vector<const IndicatorProjection*> inputs;
    for (size_t input : graph_.InputsOf(i)) inputs.push_back(live_[variant][input].get());
    return std::make_shared<IndicatorProjection>(
        ProjectDerived(plan_.indicators[i], *graph_.FormulaOf(i), inputs, in_.settings));
  }

  // True when every input of `i` is the same projection in both variants.
  bool InputsShared(size_t i) const {
    for (size_t input : graph_.InputsOf(i)) {
      if (live_[0][input] != live_[1][input]) return false;
    }
    return true;
  }

  // `trend` with the scenario's overrides of indicator `i` (a copy only when it has some).
  Live WithOverrides(size_t i, const Live& trend) {
    if (in_.scenario == nullptr) return trend;
    const Indicator& indicator = plan_.indicators[i];
    std::shared_ptr<IndicatorProjection> changed;
    for (const ScenarioOverride& o : in_.scenario->overrides) {
      if (o.indicator != indicator.id) continue;
      if (!changed) changed = std::make_shared<IndicatorProjection>(*trend);
      results_[0].assumptions[i].push_back(
          ApplyScenarioOverride(o, indicator, in_.settings.horizon_end_year, changed.get()));
    }
    return changed ? std::move(changed) : trend;
  }

  void Judge(size_t i) {
    for (size_t v = 0; v < results_.size(); ++v) {
      if (v > 0 && live_[v][i] == live_[0][i]) {  // the same projection: the same verdict
        results_[v].indicators[i] = results_[0].indicators[i];
        results_[v].met_by_draw[i] = results_[0].met_by_draw[i];
        continue;
      }
      Verdict verdict = JudgeIndicator(plan_, plan_.indicators[i], *live_[v][i], in_.settings.as_of);
      verdict.result.model = in_.method;
      if (const Formula* formula = graph_.FormulaOf(i)) verdict.result.derived_from = formula->Variables();
      results_[v].indicators[i] = std::move(verdict.result);
      results_[v].met_by_draw[i] = std::move(verdict.met_by_draw);
    }
  }

  // `i` has read its inputs: each input that no other derived indicator still
  // needs is dropped, and so is `i` itself when nothing reads it.
  void Release(size_t i) {
    for (size_t input : graph_.InputsOf(i)) {
      if (--readers_left_[input] == 0) Drop(input);
    }
    if (readers_left_[i] == 0) Drop(i);
  }

  void Drop(size_t i) {
    for (std::vector<Live>& variant : live_) variant[i].reset();
    --held_;
  }

  const JudgingPassInput& in_;
  const Plan& plan_;
  const GoalGraph& graph_;
  std::vector<JudgedIndicators> results_;
  std::vector<std::vector<Live>> live_;  // [variant][indicator]
  std::vector<size_t> readers_left_;
  size_t held_ = 0;  // indicators whose projections are in live_
};

}  // namespace

JudgingPassResult ProjectAndJudge(const JudgingPassInput& input) {
  return JudgingPass(input).Run();
}

}  // namespace plancast
