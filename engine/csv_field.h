// One RFC 4180 text field for every CSV plancast writes (report.csv and the
// backtest's --forecasts file), so both quote and guard the same way.
#pragma once

#include <string>
#include <string_view>

namespace plancast {

// One RFC 4180 field of text. Quoted (with "" for ") when it contains a
// comma, quote, CR or LF, or starts/ends with a space. Text that a
// spreadsheet would run as a formula (first character = + - @ TAB CR) is
// prefixed with an apostrophe, the usual defence against CSV injection.
std::string CsvTextField(std::string_view text);

}  // namespace plancast
