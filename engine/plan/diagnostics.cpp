#include "engine/plan/diagnostics.h"

#include "engine/plan/unsafe_text.h"

#include <algorithm>
#include <sstream>

namespace plancast {

void Diagnostics::Error(const SourceLocation& where, std::string message, std::string hint) {
  items_.push_back({Severity::kError, where, std::move(message), std::move(hint)});
}

void Diagnostics::Warning(const SourceLocation& where, std::string message, std::string hint) {
  items_.push_back({Severity::kWarning, where, std::move(message), std::move(hint)});
}

void Diagnostics::Note(const SourceLocation& where, std::string message, std::string hint) {
  items_.push_back({Severity::kNote, where, std::move(message), std::move(hint)});
}

bool Diagnostics::HasErrors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

std::string FormatDiagnostic(const Diagnostic& d) {
  std::ostringstream out;
  // Messages quote plan text: escaped, so an ESC in an id cannot run on the
  // terminal nor a newline split the `PATH:LINE:COL` line.
  if (!d.where.file.empty()) {
    out << EscapeForTerminal(d.where.file);
    if (d.where.line > 0) out << ':' << d.where.line << ':' << std::max(d.where.column, 1);
    out << ": ";
  }
  out << (d.severity == Severity::kError     ? "error: "
          : d.severity == Severity::kWarning ? "warning: "
                                             : "note: ")
      << EscapeForTerminal(d.message);
  if (!d.hint.empty()) out << "\n  hint: " << EscapeForTerminal(d.hint);
  return out.str();
}

std::string Diagnostics::ToString() const {
  std::vector<Diagnostic> sorted = items_;
  // Stable: problems on the same line keep the order they were found in.
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.file != b.where.file) return a.where.file < b.where.file;
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
  std::string text;
  for (const Diagnostic& d : sorted) text += FormatDiagnostic(d) + "\n";
  return text;
}

namespace {
size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string ClosestMatch(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(3, word.size() / 3) + 1;
  for (const std::string& candidate : candidates) {
    size_t d = EditDistance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

InputError::InputError(const std::string& message) { diagnostics_.Error({}, message); }

}  // namespace plancast
