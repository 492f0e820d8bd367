#include "engine/csv_field.h"

namespace plancast {

std::string CsvTextField(std::string_view text) {
  std::string value;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r')) {
    value += '\'';
  }
  value.append(text);
  bool needs_quotes = !value.empty() && (value.front() == ' ' || value.back() == ' ');
  for (char c : value) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') needs_quotes = true;
  }
  if (!needs_quotes) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace plancast
