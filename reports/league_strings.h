// Interface text of the league tables (league.md/.html), zh and en.
#pragma once

#include "engine/plan/language.h"

namespace plancast {

enum class LeagueMsg {
  kTitle, kAsOf, kTotal, kTotalLine, kTotalNoTarget, kExpected, kHeldBack, kHeldBackNone, kPlace, kPlaceP, kRegion,
  kParent, kLatest, kProjected, kRange, kTarget, kPMeet, kRequired, kHistorical, kStatus, kNoTarget, kShortBy,
  kOrder, kCount
};

// The text of `key`; fmt-style {name} fields where the message has them.
const char* LeagueText(LeagueMsg key, Language language);

}  // namespace plancast
