// Problems found in a user's input, each pointing at the place to fix.
//
// Validation collects every problem before giving up, so a planner fixes a
// file in one pass. Messages print as `PATH:LINE:COL: error: message` followed
// by an indented `hint:` line when a hint is known.
#pragma once

#include <string>
#include <vector>

#include "engine/plan/types.h"

namespace plancast {

// A note says what plancast did on its own (e.g. converted a file's encoding):
// nothing to fix, but the run must say it.
enum class Severity { kError, kWarning, kNote };

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation where;
  std::string message;
  std::string hint;  // how to fix it; may be empty
};

class Diagnostics {
 public:
  void Error(const SourceLocation& where, std::string message, std::string hint = "");
  void Warning(const SourceLocation& where, std::string message, std::string hint = "");
  void Note(const SourceLocation& where, std::string message, std::string hint = "");

  bool HasErrors() const;
  const std::vector<Diagnostic>& All() const { return items_; }

  // Every diagnostic, one per line (plus hint lines), sorted by file position.
  std::string ToString() const;

 private:
  std::vector<Diagnostic> items_;
};

// `PATH:LINE:COL: error: message` (+ "\n  hint: ..." when a hint exists).
std::string FormatDiagnostic(const Diagnostic& d);

// The closest candidate to `word` by edit distance, or "" when none is close
// enough to be a plausible typo. Used for "did you mean" hints.
std::string ClosestMatch(const std::string& word, const std::vector<std::string>& candidates);

// Thrown for input errors that stop a command (exit code 2). Internal failures
// use other exception types (exit code 1).
class InputError : public std::exception {
 public:
  explicit InputError(Diagnostics diagnostics) : diagnostics_(std::move(diagnostics)) {}
  explicit InputError(const std::string& message);
  const Diagnostics& diagnostics() const { return diagnostics_; }
  const char* what() const noexcept override { return "invalid input"; }

 private:
  Diagnostics diagnostics_;
};

}  // namespace plancast
