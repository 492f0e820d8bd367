// Escaping plan text for each output format, so that nothing a plan says can
// change the structure of a report (issue 7, "Nothing leaks").
//
// Every function takes UTF-8 text as written in the plan and returns text that
// the target format shows literally. Invalid UTF-8 passes through unchanged;
// these functions only replace ASCII characters, so they never split a
// multi-byte sequence.
#pragma once

#include "engine/csv_field.h"

#include <string>
#include <string_view>

namespace plancast {

// For HTML text and attribute values (double or single quoted): & < > " '.
std::string EscapeHtml(std::string_view text);

// For Markdown running text: backslash-escapes Markdown punctuation
// (\ ` * _ [ ] # | ~) and writes < > as entities (& too when it would start
// an entity like "&lt;"), so a name like `<script>` or `**x**` shows as
// written in any renderer, and "R&D" stays readable. Line breaks become
// spaces: plan text never starts a line, so it cannot open a list, a quote,
// a heading or a table row.
std::string EscapeMarkdown(std::string_view text);

// For one Markdown table cell: the same rules; with | escaped and line
// breaks gone, a cell cannot end its row.
std::string EscapeMarkdownCell(std::string_view text);

// CsvTextField (one RFC 4180 field, guarded against spreadsheet formulas)
// lives in engine/csv_field.h, shared with the backtest's forecasts CSV.

}  // namespace plancast
