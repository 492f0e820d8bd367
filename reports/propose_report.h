// propose.md / propose.json and the terminal table of `plancast propose`:
// per indicator, the latest figure and the value reached by the year with
// each chance, with the yearly pace from the latest figure it implies.
// Plan text is escaped per format; numbers as in the reports.
#pragma once

#include <string>
#include <vector>

#include "engine/propose.h"
#include "engine/plan/language.h"

namespace plancast {

// {"md", "json"}.
std::vector<std::string> ProposalFormatNames();

// REQUIRES: a name from ProposalFormatNames() (else std::invalid_argument).
std::string RenderProposal(const std::string& format, const Proposal& proposal, Language language,
                           const std::string& version);

// A few lines for the terminal (plan text escaped for it).
std::string ProposalTerminalTable(const Proposal& proposal, Language language);

}  // namespace plancast
