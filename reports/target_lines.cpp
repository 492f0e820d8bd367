#include "reports/target_lines.h"

#include <fmt/format.h>

#include "reports/number_format.h"
#include "reports/reason_text.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"

namespace plancast {
namespace {

// The indicator as if `t` were its plan-period target, and the result with
// that target's verdict: the sentence helpers read both.
struct TargetView {
  Indicator indicator;
  IndicatorResult result;
};

void MakeView(const IndicatorResult& base, const TargetResult& t, TargetView* view) {
  view->indicator = *base.indicator;
  view->indicator.target = *t.target;
  view->result = base;
  IndicatorResult& r = view->result;
  r.indicator = &view->indicator;
  r.projection = t.projection;
  r.p_meet = t.p_meet;
  r.required_annual_change = t.required_annual_change;
  r.projected_annual_change = t.projected_annual_change;
  r.pace_for_p50 = t.pace_for_p50;
  r.pace_for_p80 = t.pace_for_p80;
  r.achieved_so_far = t.achieved_so_far;
  r.crossing_year = t.crossing_year;
  r.days_left = t.days_left;
  r.milestone = t.milestone;
  r.progress_class = t.progress_class;
  r.status = t.status;
  r.reason = t.reason;
}

}  // namespace

std::vector<FurtherTargetText> FurtherTargets(const IndicatorResult& result, Language language) {
  std::vector<FurtherTargetText> out;
  for (const TargetResult& t : result.targets) {
    if (t.plan_period) continue;
    TargetView view;
    MakeView(result, t, &view);
    const std::string reason = ReasonSentence(view.result, language);
    out.push_back({Tr(t.long_range ? Msg::kLongRangeGoal : Msg::kFurtherTarget, language),
                   TargetText(view.result, language), ProjectionText(view.result, language),
                   t.p_meet ? DisplayProbability(*t.p_meet) : "—", StatusLabel(t.status, language),
                   reason.empty() ? "—" : reason});
  }
  return out;
}

std::string FurtherTargetLine(const FurtherTargetText& text, Language language) {
  return fmt::format(fmt::runtime(Tr(Msg::kExtraTargetLine, language)), fmt::arg("label", text.label),
                     fmt::arg("target", text.target), fmt::arg("projection", text.projection), fmt::arg("p", text.p),
                     fmt::arg("status", text.status), fmt::arg("reason", text.reason));
}

}  // namespace plancast
