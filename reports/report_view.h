// What the human-readable reports (Markdown, HTML) share: the order in which
// indicators are listed, counts by status, and the plain-language sentences.
//
// Everything returned here is plain text (it may contain plan text such as
// units); each writer escapes it for its own format.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "engine/assessment.h"

namespace plancast {

// Every status, most at risk first (by RiskRank).
std::array<TargetStatus, kTargetStatusCount> StatusesByRisk();

// Number of indicators per status, indexed by static_cast<int>(TargetStatus).
std::array<int, kTargetStatusCount> CountByStatus(const Assessment& assessment);

// Counts by status of one responsible unit's indicators (`owner:`; "" for
// indicators without one).
struct OwnerCounts {
  std::string owner;
  std::array<int, kTargetStatusCount> counts{};
};

// One entry per owner in plan order (indicators without an owner last);
// empty when no indicator names an owner, so such reports are unchanged.
std::vector<OwnerCounts> CountByOwner(const Assessment& assessment);

// Indicators most at risk first: by RiskRank(status), then binding before
// expected, then lower p_meet first, then plan order (so the order is total
// and the same on every run).
std::vector<const IndicatorResult*> IndicatorsByRisk(const Assessment& assessment);

// The meeting's first question (issue 11): off-track and at-risk indicators,
// binding ones first, then by risk and P as IndicatorsByRisk.
std::vector<const IndicatorResult*> AtRisk(const Assessment& assessment);

// Indicators without a verdict (insufficient_data, or no_target without any
// figure; milestones aside): one
// compact table, not a card each.
bool NotJudged(const IndicatorResult& result);
// Why it is not judged: the reason sentence, else the explanation (which
// carries the engine's warnings). Implemented in explanation.cpp.
std::string NotJudgedWhy(const IndicatorResult& result, Language language);

// One line: what the headline rests on and what it leaves out, e.g.
// "The verdict rests on 21 of 35 indicators; 14 are not judged (too few
// figures), 1 of them binding: R&D share."
std::string RestsOnText(const Assessment& assessment, Language language);

// "3.09%" / "297 家" (en: "297 firms"); the unit is printed as written.
std::string ValueWithUnit(double value, const std::string& unit, Language language, int significant = 4);

// A figure of this indicator as a planner writes it: a rank as a whole place
// ("第16位" / "rank 16", never "10.4位"), else ValueWithUnit.
std::string IndicatorValueText(const IndicatorResult& result, double value, Language language,
                               int significant = 4);

// "+0.12 pt/yr", "+7.2%/yr", "+12 家/yr" (zh: "+0.12个百分点/年", ...).
std::string PaceText(const Pace& pace, const std::string& unit, Language language);

// PaceText for this indicator's paces, ranks as places won or lost:
// "每年前进0.83位" / "up 0.83 places a year" (a rank falling is an improvement).
std::string IndicatorPaceText(const IndicatorResult& result, const Pace& pace, Language language);

// Gap sizes: "0.1 pt" for percentages, else ValueWithUnit.
std::string GapText(double gap, const std::string& unit, Language language);

// Years the historical pace spans, falling back to baseline (or first
// observation) .. latest when the engine did not record them.
std::pair<int, int> HistoricalSpan(const IndicatorResult& result);

// The target minus the projected value, signed so that > 0 means short of
// the target whatever the direction (ranks: lower is better).
// REQUIRES: projection and target set.
double Shortfall(const IndicatorResult& result);

// Unit of the target's quantity: "%" for growth targets (an average growth
// rate), else the indicator's unit.
std::string TargetUnit(const Indicator& indicator);

// "4 years 6 months left" style text for `days` (>= 0) in `language`.
std::string TimeLeftText(int days, Language language);

// A few sentences on where the indicator is heading, what pace would close
// the gap and what pace it had, e.g. "At the 2015–2020 trend this reaches
// 3.4% in 2025 (80% interval 3.2–3.6), 0.1 pt short of the target 3.5%. It
// needs +0.12 pt/yr from 2020, it moved +0.1 pt/yr.", then the paces that
// give 50%/80% odds and the time left; milestones get their due-date state.
// Implemented in explanation.cpp.
std::string ExplainIndicator(const IndicatorResult& result, Language language);

// Why a goal has its status, in `language`: "held at off track by the
// binding indicator <name>" when a binding indicator vetoed it, else "".
// (GoalResult::status_reason is English, for tools.)
std::string HeldByText(const Assessment& assessment, const GoalResult& goal, Language language);

// Indicators with a target below a goal (each once; `target: none` ones are
// tracked, not counted), and those of them with a verdict (everything but
// insufficient_data): a score rests on the judged ones only.
int TotalCount(const GoalResult& goal);
int JudgedCount(const GoalResult& goal);
// Indicators of the plan that have a target (all but no_target ones).
int TargetCount(const Assessment& assessment);

// A target's value as the plan states it: "3.5%", a range "3.3–3.7%", or
// "5%左右 (±5%)" / "about 5% (±5%)" for an `about` target; in `unit`.
std::string TargetValueText(const Target& target, const std::string& unit, Language language);

// "2020: 3.09%" style cells; "—" when missing.
std::string LatestText(const IndicatorResult& result, Language language);
std::string TargetText(const IndicatorResult& result, Language language);
// "3.4% (3.2–3.6)"
std::string ProjectionText(const IndicatorResult& result, Language language);
// "+0.12 pt/yr / +0.1 pt/yr"
std::string PacesText(const IndicatorResult& result, Language language);

}  // namespace plancast
