// Visible text of a rendered HTML report, for tests that check its words.
#pragma once

#include <string>

namespace plancast::testing {

// Visible text of an HTML page: <style> blocks and tags replaced by spaces
// (by hand: std::regex recurses per character and overflows on a whole page).
inline std::string VisibleText(const std::string& html) {
  std::string out;
  for (size_t i = 0; i < html.size();) {
    if (html.compare(i, 7, "<style>") == 0) {
      const size_t end = html.find("</style>", i);
      i = end == std::string::npos ? html.size() : end + 8;
      out += ' ';
    } else if (html[i] == '<') {
      const size_t end = html.find('>', i);
      i = end == std::string::npos ? html.size() : end + 1;
      out += ' ';
    } else {
      out += html[i++];
    }
  }
  return out;
}

}  // namespace plancast::testing
