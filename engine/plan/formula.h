// A derived indicator's formula, e.g. "high_tech_va / industrial_va * 100",
// parsed and evaluated by muparser (the only file that sees it).
#pragma once

#include <cstddef>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace plancast {

// Limits on one formula (docs/reliability.md): text length and parenthesis
// nesting, checked before muparser sees the text.
constexpr std::size_t kMaxFormulaLength = 1000;
constexpr int kMaxFormulaDepth = 32;

class Formula {
 public:
  // Parses `text`. On failure returns nullopt and sets `*error` to a message
  // a planner can act on (muparser's reason and the position in the text).
  static std::optional<Formula> Parse(const std::string& text, std::string* error);

  Formula(Formula&&) noexcept;
  Formula& operator=(Formula&&) noexcept;
  ~Formula();

  // Indicator ids the formula reads, sorted, without duplicates.
  const std::vector<std::string>& Variables() const;

  // Value for `values` given in Variables() order. Division by zero and the
  // like give inf/NaN (muparser does not throw): callers check isfinite.
  double Evaluate(const std::vector<double>& values) const;

 private:
  struct Impl;
  explicit Formula(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace plancast
