#include "engine/plan/formula.h"

#include <muParser.h>

#include <algorithm>
#include <deque>
#include <limits>
#include <map>

namespace plancast {

struct Formula::Impl {
  mu::Parser parser;
  std::deque<double> storage;  // muparser keeps pointers into it: a deque never moves elements
  std::vector<std::string> names;
  std::vector<double*> slots;  // slots[i] is the storage of names[i]
};

namespace {
// muparser asks for storage the first time it meets an unknown name.
double* CreateVariable(const char* /*name*/, void* user_data) {
  auto* storage = static_cast<std::deque<double>*>(user_data);
  storage->push_back(0.0);
  return &storage->back();
}
// muparser's language is wider than a formula's: `a,b` is a list that
// evaluates to its last item (`rd_share * 1,5` is the constant 5) and `=`,
// `+=`, ... assign to a variable. Both are refused before muparser sees the
// text; comparisons (`<=`, `>=`, `==`, `!=`) stay. Returns "" when fine.
std::string OutsideTheLanguage(const std::string& text) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return "the formula is empty";
  // Bounded cost: muparser's parser recurses per nesting level.
  if (text.size() > kMaxFormulaLength) {
    return "the formula is " + std::to_string(text.size()) + " characters long; the limit is " +
           std::to_string(kMaxFormulaLength);
  }
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
    if (depth > kMaxFormulaDepth) {
      return "parentheses nest more than " + std::to_string(kMaxFormulaDepth) + " levels (at character " +
             std::to_string(i + 1) + " of the formula)";
    }
  }
  for (size_t i = 0; i < text.size(); ++i) {
    const std::string at = " (at character " + std::to_string(i + 1) + " of the formula)";
    if (text[i] == ',') {
      return "',' is not part of a formula; write decimals with a point (1.5), not a comma" + at;
    }
    if (text[i] != '=') continue;
    const char before = i > 0 ? text[i - 1] : ' ';
    const bool comparison = before == '<' || before == '>' || before == '!' ||
                            (i + 1 < text.size() && text[i + 1] == '=') || (before == '=' && i >= 1);
    if (!comparison) return "'=' (assignment) is not part of a formula; write only the expression" + at;
  }
  return "";
}
}  // namespace

Formula::Formula(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Formula::Formula(Formula&&) noexcept = default;
Formula& Formula::operator=(Formula&&) noexcept = default;
Formula::~Formula() = default;

std::optional<Formula> Formula::Parse(const std::string& text, std::string* error) {
  if (const std::string problem = OutsideTheLanguage(text); !problem.empty()) {
    if (error != nullptr) *error = problem;
    return std::nullopt;
  }
  auto impl = std::make_unique<Impl>();
  try {
    impl->parser.DefineNameChars("0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.");
    impl->parser.SetVarFactory(CreateVariable, &impl->storage);
    impl->parser.SetExpr(text);
    // GetUsedVar parses the expression and creates every variable it reads.
    const mu::varmap_type used = impl->parser.GetUsedVar();
    for (const auto& [name, slot] : used) {
      impl->names.push_back(name);
      impl->slots.push_back(slot);
    }
    impl->parser.Eval();  // surfaces errors GetUsedVar leaves for evaluation
  } catch (mu::Parser::exception_type& e) {
    if (error != nullptr) {
      *error = e.GetMsg();
      if (e.GetPos() != static_cast<int>(mu::string_type::npos)) {
        *error += " (at character " + std::to_string(e.GetPos() + 1) + " of the formula)";
      }
    }
    return std::nullopt;
  }
  return Formula(std::move(impl));
}

const std::vector<std::string>& Formula::Variables() const { return impl_->names; }

double Formula::Evaluate(const std::vector<double>& values) const {
  for (size_t i = 0; i < impl_->slots.size() && i < values.size(); ++i) *impl_->slots[i] = values[i];
  try {
    return impl_->parser.Eval();
  } catch (mu::Parser::exception_type&) {
    return std::numeric_limits<double>::quiet_NaN();
  }
}

}  // namespace plancast
