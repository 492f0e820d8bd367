// RFC 4180 records with the position of every field, for data files a
// planner edits in Excel or WPS (history_files).
//
// Fields are separated by ',' and records by line ends (already normalised
// to '\n' by NormalizePlanText). A field that starts with '"' is quoted: it
// may contain ',', line breaks and '""' (one '"'), and must be followed by a
// ',' or the end of the record. Unquoted fields are taken as they are.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/plan/diagnostics.h"
#include "engine/plan/plan_text.h"

namespace plancast {

struct CsvField {
  std::string text;  // unquoted
  size_t offset = 0;  // byte offset of the field's first character (a quote, if quoted)
  bool quoted = false;
};

struct CsvRecord {
  std::vector<CsvField> fields;
  size_t offset = 0;  // byte offset of the record's first character
};

// Splits `text` into records. Malformed quoting (a quote never closed, text
// after a closing quote) is an error at its position; parsing goes on with
// the next record where it can. Returns false when any error was found.
bool ParseCsvRecords(const std::string& text, const TextLocator& locate, std::vector<CsvRecord>* records,
                     Diagnostics* diagnostics);

}  // namespace plancast
