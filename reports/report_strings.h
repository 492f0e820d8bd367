// Interface text of the reports in Chinese and English, from one table.
//
// Plan text (names, units, notes) is never translated: it is printed as the
// plan wrote it. Only the words around it come from here. Some strings are
// fmt patterns with named fields ({year}, {value}, ...); both languages of a
// key use the same fields (tests/reports/report_strings_test.cpp checks that
// every key has both languages and matching fields).
#pragma once

#include <string>

#include "engine/assessment.h"

namespace plancast {

enum class Msg {
  kStatusAchieved, kStatusOnTrack, kStatusAtRisk, kStatusOffTrack, kStatusInsufficientData, kStatusNoTarget,
  kProgressTargetMet, kProgressSignificant, kProgressModerate, kProgressInsufficient,
  kProgressMovingAway, kProgressNotAssessable,
  kReportTitle, kAsOf, kPeriod, kRegion, kSeed, kOverview, kCountsByStatus, kTotal,
  kBindingIndicators, kBinding, kExpected, kGoals, kIndicatorsByRisk, kDetails,
  kColIndicator, kColLatest, kColTarget, kColProjection, kColProbability, kColPace, kColStatus, kColReason,
  kGaps, kIllustrative, kIllustrativeNote, kNoBinding,
  kChartYear, kLegendHistory, kLegendFitted, kLegendProjection, kLegendBand80, kLegendBand95,
  kLegendTarget, kLegendBreak, kLegendBackCalculated, kLegendProvisional, kLegendBand95Clipped, kChartRankUnit,
  kModel, kWarnings, kSchedule, kScheduleValue, kProgressClass, kCrossingYear, kNotes,
  kGeneratedBy, kSource, kNoTarget, kNoData,
  kTrendSpan, kTrendRecent, kGapShort, kGapBeyond, kGapEqual,
  kExplainProjected, kExplainProjectedRank, kExplainNeeds, kExplainMoved, kExplainCrossing, kExplainAchieved,
  kExplainInsufficient, kExplainNoTarget,
  kPaceGrowth, kPaceSlopePoints, kPaceSlopeUnit, kGapPoints, kRankPaceUp, kRankPaceDown, kRankPaceSteady,
  kCompareTitle, kCompareRuns, kStatusChanges, kProjectionDrift, kNewData, kEditedTargets,
  kAdded, kRemoved, kBefore, kAfter, kNone, kWorse, kBetter, kChange,
  kOutsideInterval, kRevised, kAddedPoints,
  kDue, kTargetCumulative, kTargetGrowth, kTargetRank, kTimeLeft, kInversePace,
  kMilestoneDone, kMilestoneOnTime, kMilestoneDueSoon, kMilestoneOverdue,
  kScenario, kScenarioComparison, kBaselineTrend, kAssumptions, kOverall, kProgressScore, kPAllBinding,
  kDerived, kDerivedFrom, kHeldBy,
  kByOwner, kColOwner, kNoOwner,
  kRestsOn, kRestsOnBinding, kFirstAssessment, kCompareSummary, kCliSummary, kCliWritten, kAtRiskTitle, kNoneAtRisk, kNotJudgedTitle, kColPaceNeeded,
  kTrackRecord, kTrackSummary, kTrackNothingYet, kTrackNoPaths, kTrackWithoutPath, kColYear, kColEarlierProjection,
  kColActual, kColError, kColInside80, kYes, kNo,
  kFinalEvaluation, kFinalSummary, kFinalRateNote, kFinalColOutcome, kFinalColRate, kFinalMet, kFinalMissed,
  kFinalNoData, kFinalLatestIs,
  kProposeTitle, kProposeIntro, kProposeColChance, kProposeHowToRead, kProposeNone, kProposeNoData,
  kProposeOneFigure, kProposeNoProjection,
  kLongRangeGoal, kFurtherTarget, kExtraTargetLine,
  kAboutValue, kTargetGrowthBand,
  kAnnualTitle, kColAnnualTarget, kColAnnualActual, kAnnualAhead, kAnnualBehind, kAnnualPending,
  kCount  // number of keys; not a message
};

// The text of `key` in `language`. Returns "" only if the table lacks the
// key, which the tests catch.
const char* Tr(Msg key, Language language);

// Labels for enum values shown to people.
const char* StatusLabel(TargetStatus status, Language language);
const char* ProgressClassLabel(ProgressClass progress, Language language);

}  // namespace plancast
