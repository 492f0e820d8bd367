#include "engine/indicator_bounds.h"

#include <algorithm>
#include <string>

#include "engine/pace.h"

namespace plancast {
namespace {

bool Mentions(const Indicator& indicator, const char* word) {
  return indicator.name.find(word) != std::string::npos || indicator.id.find(word) != std::string::npos;
}

bool IsGrowthRate(const Indicator& indicator) {
  return Mentions(indicator, "增速") || Mentions(indicator, "增长率") || Mentions(indicator, "growth") ||
         Mentions(indicator, "Growth");
}

}  // namespace

Bounds EffectiveBounds(const Indicator& indicator) {
  if (indicator.bounds) return *indicator.bounds;
  const auto& h = indicator.history;
  const bool nonnegative = std::all_of(h.begin(), h.end(), [](const Observation& o) { return o.value >= 0; });
  const bool within_100 = std::all_of(h.begin(), h.end(), [](const Observation& o) { return o.value <= 100; });
  Bounds bounds;
  if (IsGrowthRate(indicator) || !nonnegative) return bounds;
  if (indicator.unit.find('%') != std::string::npos) {
    if (within_100) bounds = Bounds{0.0, 100.0};
    return bounds;
  }
  if (indicator.is_flow || ChoosePaceKind(indicator) == PaceKind::kGrowthRate) bounds.lo = 0.0;
  return bounds;
}

}  // namespace plancast
