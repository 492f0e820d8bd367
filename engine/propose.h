// `plancast propose`: what each indicator reaches by a year with given
// chances — the figures a bureau needs when it drafts the next plan's
// targets (issue 12 item 7).
//
// The value reached by year Y "with chance c" is the level the projection for
// Y exceeds with probability c: for an increasing indicator its (1 − c)
// quantile (80% chance: the 20th percentile), for a decreasing one the c
// quantile (the mirror). Higher chances give less ambitious values. The
// projections are forecast's own (engine/assess.h ProjectPlan): same
// forecaster, seed and draws.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/assess.h"

namespace plancast {

struct ProposeOptions {
  AssessOptions assess;         // as_of, seed, method (scenario and owner are not used)
  int year = 0;                 // the year the values are for
  std::vector<double> chances;  // each in (0, 1), e.g. {0.5, 0.8, 0.95}
};

struct ProposedValue {
  double chance = 0.0;
  double value = 0.0;
  std::optional<Pace> pace;  // constant pace from the latest figure to `value` in the year
};

struct ProposalRow {
  const Indicator* indicator = nullptr;  // points into Proposal::plan
  std::optional<YearValue> latest;
  PaceKind pace_kind = PaceKind::kSlope;
  std::vector<ProposedValue> values;  // one per chance, in the order asked; empty when none
  std::string why_none;               // "no_data", "one_figure" or "no_projection" when `values` is empty
};

struct Proposal {
  std::shared_ptr<const Plan> plan;  // as seen at as-of
  boost::gregorian::date as_of;
  std::uint64_t seed = 0;
  int year = 0;
  int latest_data_year = 0;  // the latest year with a figure in the plan (0: none)
  std::vector<double> chances;
  std::vector<ProposalRow> rows;  // plan order
};

// The chance-c value from draws of the year: see the header comment.
double ValueReachedWithChance(const std::vector<double>& draws, Direction direction, double chance);

// REQUIRES: every chance in (0, 1). Throws InputError when `year` is before
// the latest figures known at as-of, or more than 100 years after as-of.
Proposal ProposeTargets(const Plan& plan, const ProposeOptions& options);

}  // namespace plancast
