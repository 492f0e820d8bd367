#include "engine/plan/yaml_fields.h"

#include "engine/plan/unsafe_text.h"

#include <algorithm>

#include "engine/plan/number_parsing.h"

namespace plancast {

void LoadContext::NoteEmptyValue(const YAML::Node& key, const YAML::Node& value) const {
  if (empty_values != nullptr && value.IsNull()) empty_values->emplace_back(value, key);
}

SourceLocation LoadContext::Where(const YAML::Node& node) const {
  if (empty_values != nullptr && node.IsNull()) {
    for (const auto& [value, key] : *empty_values) {
      if (value.is(node)) return Where(key);
    }
  }
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return locate.File();
  return locate.At(mark.line, mark.column);
}

void LoadContext::Error(const YAML::Node& node, const std::string& message, const std::string& hint) const {
  diagnostics->Error(Where(node), message, hint);
}

void LoadContext::Warning(const YAML::Node& node, const std::string& message,
                          const std::string& hint) const {
  diagnostics->Warning(Where(node), message, hint);
}

std::string DescribeNodeType(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Scalar: {
      // Quote at most 40 bytes, cut at a UTF-8 character boundary.
      const std::string& text = node.Scalar();
      if (text.size() <= 40) return "'" + text + "'";
      size_t cut = 40;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      return "'" + text.substr(0, cut) + "...'";
    }
    default: return "nothing";
  }
}

MapFields::MapFields(const YAML::Node& map, std::vector<std::string> allowed, std::string what,
                     const LoadContext& context)
    : map_(map), what_(std::move(what)), context_(context) {
  for (auto it = map.begin(); it != map.end(); ++it) {
    // Copies: it-> yields a temporary proxy, so a reference would dangle.
    const YAML::Node key = it->first;
    if (!key.IsScalar()) {
      context_.Error(key, "a key in " + what_ + " is " + DescribeNodeType(key) + ", not a name",
                     "keys are plain words such as name or unit");
      continue;
    }
    const std::string& name = key.Scalar();
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string closest = ClosestMatch(name, allowed);
      std::string hint;
      if (!closest.empty()) {
        hint = "did you mean '" + closest + "'?";
      } else {
        hint = "allowed keys:";
        for (const std::string& a : allowed) hint += " " + a;
      }
      context_.Error(key, "unknown key '" + name + "' in " + what_, hint);
      continue;
    }
    entries_.emplace_back(name, it->second);
    context_.NoteEmptyValue(key, entries_.back().second);
  }
}

const YAML::Node* MapFields::Find(const std::string& key) const {
  for (const auto& entry : entries_) {
    if (entry.first == key) return &entry.second;
  }
  return nullptr;
}

const YAML::Node* MapFields::Required(const std::string& key, bool required) const {
  const YAML::Node* node = Find(key);
  if (node == nullptr && required) {
    context_.Error(map_, what_ + " is missing required key '" + key + "'",
                   "add '" + key + ": ...' (see docs/plan-format.md)");
  }
  return node;
}

namespace {
// 'bounds' but not 'history 2019 of 'x'': composite names carry their own quotes.
std::string Quoted(const std::string& field) {
  return field.find(' ') == std::string::npos ? "'" + field + "'" : field;
}
}  // namespace

std::optional<std::string> ScalarText(const YAML::Node& node, const std::string& field,
                                      const LoadContext& context) {
  if (!node.IsScalar()) {
    context.Error(node, Quoted(field) + " should be text, not " + DescribeNodeType(node),
                  node.IsNull() ? "write a value after the colon" : "write it on one line, quoted if needed");
    return std::nullopt;
  }
  // YAML escapes ("\0", "\e", "\x85") bring control characters the UTF-8
  // pre-scan of the raw text cannot see.
  if (auto found = FindControlCharacter(node.Scalar(), /*allow_tab_newline=*/true)) {
    context.Error(node, Quoted(field) + " contains " + found->description + " at character " +
                            std::to_string(found->character + 1) + " of its text",
                  "remove it; plan text may hold tabs and line breaks, but no other control characters");
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<double> ScalarNumber(const YAML::Node& node, const std::string& field,
                                   const LoadContext& context, bool allow_infinity) {
  if (node.IsNull()) {
    context.Error(node, Quoted(field) + " has no value", "write a number, e.g. 3.09");
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    context.Error(node, Quoted(field) + " should be a number, not " + DescribeNodeType(node));
    return std::nullopt;
  }
  ParsedNumber parsed = ParseNumber(node.Scalar(), allow_infinity);
  if (!parsed.ok) {
    context.Error(node, field + ": " + parsed.message, parsed.hint);
    return std::nullopt;
  }
  return parsed.value;
}

std::optional<std::string> MapFields::Text(const std::string& key, bool required) const {
  const YAML::Node* node = Required(key, required);
  if (node == nullptr) return std::nullopt;
  if (node->IsNull()) {
    if (required) context_.Error(*node, "'" + key + "' in " + what_ + " is empty", "write a value after the colon");
    return std::nullopt;
  }
  return ScalarText(*node, key, context_);
}

std::optional<double> MapFields::Number(const std::string& key, bool required, bool allow_infinity) const {
  const YAML::Node* node = Required(key, required);
  if (node == nullptr) return std::nullopt;
  return ScalarNumber(*node, key, context_, allow_infinity);
}

std::optional<int> MapFields::Year(const std::string& key, bool required) const {
  const YAML::Node* node = Required(key, required);
  if (node == nullptr) return std::nullopt;
  std::optional<int> year = node->IsScalar() ? ParseYear(node->Scalar()) : std::nullopt;
  if (!year) {
    context_.Error(*node, "'" + key + "' should be a year, not " + DescribeNodeType(*node),
                   "write a four-digit year such as 2025");
  }
  return year;
}

std::optional<bool> MapFields::Bool(const std::string& key) const {
  const YAML::Node* node = Find(key);
  if (node == nullptr) return std::nullopt;
  if (node->IsScalar()) {
    std::string v = node->Scalar();
    std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
    if (v == "true") return true;
    if (v == "false") return false;
  }
  context_.Error(*node, "'" + key + "' should be true or false, not " + DescribeNodeType(*node),
                 "write true or false");
  return std::nullopt;
}

std::optional<std::string> MapFields::Choice(const std::string& key, const std::vector<std::string>& choices,
                                             bool required) const {
  std::optional<std::string> text = Text(key, required);
  if (!text) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), *text) != choices.end()) return text;
  std::string listed = choices.size() > 2 ? "one of " : "";
  for (size_t i = 0; i < choices.size(); ++i) {
    listed += (i == 0 ? "" : choices.size() > 2 ? ", " : " or ") + choices[i];
  }
  std::string closest = ClosestMatch(*text, choices);
  context_.Error(*Find(key), "'" + key + "' must be " + listed + ", not " + DescribeNodeType(*Find(key)),
                 closest.empty() ? "write " + listed : "did you mean '" + closest + "'?");
  return std::nullopt;
}

}  // namespace plancast
