// Parsing of vocabulary flags; see vocabulary_flags.h.
#include "cli/vocabulary_flags.h"

#include <sstream>

#include "engine/plan/diagnostics.h"

namespace plancast {
namespace {

// "did you mean 'drift'? known methods: default, linear, ..."
std::string Hint(const std::string& name, const std::vector<std::string>& known, const std::string& what,
                 const std::string& list) {
  const std::string closest = ClosestMatch(name, known);
  return (closest.empty() ? "" : "did you mean '" + closest + "'? ") + "known " + what + ": " + list;
}

// Adds an error to `d` and returns nullopt when `name` is not a method.
std::optional<ForecastMethod> ParseOne(const std::string& name, Diagnostics* d) {
  std::optional<ForecastMethod> method = ParseForecastMethod(name);
  if (!method)
    d->Error({"--method", 0, 0}, "unknown forecast method '" + name + "'",
             Hint(name, ForecastMethodNames(), "methods", ForecastMethodList()));
  return method;
}

}  // namespace

ForecastMethod ParseMethodFlag(const std::string& name) {
  Diagnostics d;
  const std::optional<ForecastMethod> method = ParseOne(name, &d);
  if (!method) throw InputError(std::move(d));
  return *method;
}

std::vector<ForecastMethod> ParseMethodListFlag(const std::string& list) {
  std::vector<ForecastMethod> methods;
  if (list.empty()) return methods;
  Diagnostics d;
  std::stringstream in(list);
  std::string name;
  while (std::getline(in, name, ','))
    if (std::optional<ForecastMethod> method = ParseOne(name, &d)) methods.push_back(*method);
  if (d.HasErrors()) throw InputError(std::move(d));
  return methods;
}

Language ParseLanguageFlag(const std::string& flag, const std::string& code) {
  if (std::optional<Language> language = ParseLanguage(code)) return *language;
  Diagnostics d;
  d.Error({flag, 0, 0}, "unknown report language '" + code + "'",
          Hint(code, LanguageCodes(), "languages", LanguageCodeList()));
  throw InputError(std::move(d));
}

}  // namespace plancast
