#include "reports/text_escape.h"

#include <cctype>

namespace plancast {

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

// "&name;" or "&#123;": text a Markdown renderer would turn into another
// character. A lone & (as in "R&D") is shown literally and stays readable.
bool StartsEntity(std::string_view text, size_t amp) {
  size_t i = amp + 1;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '#')) ++i;
  return i > amp + 1 && i < text.size() && text[i] == ';';
}

}  // namespace

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '&': out += StartsEntity(text, i) ? "&amp;" : "&"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r':
        // A CRLF becomes one space, a lone CR or LF too.
        if (i + 1 < text.size() && text[i + 1] == '\n') break;
        out += ' ';
        break;
      case '\n': out += ' '; break;
      case '\\': case '`': case '*': case '_': case '[': case ']':
      case '#': case '|': case '~':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::string EscapeMarkdownCell(std::string_view text) { return EscapeMarkdown(text); }

}  // namespace plancast
