// Typed, diagnosed access to the fields of a YAML map (plan loader internals).
//
// Includes yaml-cpp: only the plan loader's .cpp files may include this
// header. Each accessor reports a problem (wrong type, missing, not a number,
// unknown key with "did you mean") at the offending node and carries on, so a
// file's problems are all reported in one run. Accessors return std::nullopt
// when the field is absent or invalid.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/plan/diagnostics.h"
#include "engine/plan/plan_text.h"

namespace plancast {

struct LoadContext {
  const TextLocator& locate;
  Diagnostics* diagnostics;
  // yaml-cpp marks an empty value (`name:`) at the token *after* it, often on
  // the next line; such values are registered here with their key so that
  // problems with them point at the key instead.
  std::vector<std::pair<YAML::Node, YAML::Node>>* empty_values = nullptr;

  // Remembers `key` as the place to report the empty `value` (no-op unless null).
  void NoteEmptyValue(const YAML::Node& key, const YAML::Node& value) const;
  SourceLocation Where(const YAML::Node& node) const;
  void Error(const YAML::Node& node, const std::string& message, const std::string& hint = "") const;
  void Warning(const YAML::Node& node, const std::string& message, const std::string& hint = "") const;
};

// "a list", "a map", "text", "nothing": for "should be X, not Y" messages.
std::string DescribeNodeType(const YAML::Node& node);

class MapFields {
 public:
  // `map` must be a YAML map. `what` names it in messages ("indicator 'rd_share'").
  // Keys not in `allowed` are reported as unknown, with the closest allowed key.
  MapFields(const YAML::Node& map, std::vector<std::string> allowed, std::string what,
            const LoadContext& context);

  // The value under `key`, or nullptr when absent.
  const YAML::Node* Find(const std::string& key) const;
  SourceLocation Where() const { return context_.Where(map_); }
  const YAML::Node& node() const { return map_; }
  const std::string& what() const { return what_; }

  // Reports "`what` is missing required key `key`" when `required` and absent.
  std::optional<std::string> Text(const std::string& key, bool required) const;
  std::optional<double> Number(const std::string& key, bool required, bool allow_infinity = false) const;
  std::optional<int> Year(const std::string& key, bool required) const;
  std::optional<bool> Bool(const std::string& key) const;
  // One of `choices`; otherwise an error listing them (and the closest).
  std::optional<std::string> Choice(const std::string& key, const std::vector<std::string>& choices,
                                    bool required) const;

 private:
  const YAML::Node* Required(const std::string& key, bool required) const;

  YAML::Node map_;
  std::vector<std::pair<std::string, YAML::Node>> entries_;  // values, in file order
  std::string what_;
  const LoadContext& context_;
};

// Scalar accessors usable on any node (list items, history values).
std::optional<std::string> ScalarText(const YAML::Node& node, const std::string& field,
                                      const LoadContext& context);
std::optional<double> ScalarNumber(const YAML::Node& node, const std::string& field,
                                   const LoadContext& context, bool allow_infinity = false);

}  // namespace plancast
