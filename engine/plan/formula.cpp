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
}  // namespace

Formula::Formula(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Formula::Formula(Formula&&) noexcept = default;
Formula& Formula::operator=(Formula&&) noexcept = default;
Formula::~Formula() = default;

std::optional<Formula> Formula::Parse(const std::string& text, std::string* error) {
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
