#include "reports/warning_text.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <optional>

namespace plancast {
namespace {

struct WarningPattern {
  const char* english;  // literal text with {} for each variable part
  const char* chinese;  // fmt pattern over the parts: {0}, {1}, ...
};

const WarningPattern kPatterns[] = {
    {"{} observation(s) after the as-of date {} were ignored", "数据截至日{1}之后的{0}个观测值未纳入"},
    {"no observation known at the as-of date", "数据截至日尚无观测值"},
    {"stale: the figure for {} was expected by {} and is still missing", "数据滞后：{0}年的数值应于{1}前发布，目前仍缺"},
    {"too little history to project (needs at least two observations)", "历史数据不足，无法预测（至少需要两个观测值）"},
    {"no target set: projected to the plan's end only", "未设目标：仅预测至规划期末"},
    {"no value can be projected for {}", "无法预测{0}年的数值"},
    {"a growth target needs a positive value for {} (the baseline year)", "增速目标需要{0}年（基期）的正数值"},
    {"a cumulative target on a stock needs its value for {}", "存量指标的累计目标需要{0}年的数值"},
    {"cumulative target: no value for {}, so the sum cannot be formed", "累计目标：缺少{0}年的数值，无法累加"},
    {"formula gives no finite value for {} (division by zero?)", "公式在{0}年无有效值（是否除以零？）"},
    {"an input cannot be projected, so neither can this", "有输入指标无法预测，本指标也无法预测"},
    {"{} simulated value(s) of the formula fell outside the bounds [{}, {}] and were held at them; "
     "check that the inputs measure compatible things",
     "公式的{0}个模拟值超出取值范围[{1}, {2}]，已按边界截断；请检查各输入指标的口径是否一致"},
    {"{} covers {}% of {}: the amount so far ({}) is annualised pro rata and provisional",
     "{0}覆盖{2}年的{1}%：目前累计{3}，已按比例折算为全年，属初步数"},
    {"values on basis {} put on basis {} with the plan's shift (x{} {})",
     "口径“{0}”的数值已按规划给定的换算（×{2} {3}）调整到口径“{1}”"},
    {"series break: values on basis {} scaled by an estimated x{} to basis {}",
     "统计口径变化：口径“{0}”的数值按估计系数×{1}换算到口径“{2}”"},
    {"series break: values on basis {} shifted by an estimated {} to basis {}",
     "统计口径变化：口径“{0}”的数值按估计差值{1}调整到口径“{2}”"},
    {"series break: {} value(s) on basis {} left out of the fit, too few points to estimate the shift to basis {} "
     "(give it under basis_shifts)",
     "统计口径变化：口径“{1}”的{0}个数值未参与拟合——数据太少，无法估计与口径“{2}”之间的差异（可在 basis_shifts 中给出）"},
    {"scenario path has no interval: too little history to estimate one", "情景路径没有区间：历史数据不足以估计"},
};

// Matches `text` against `pattern`, collecting the text in place of each {}.
// Literal chunks must appear in order; a {} takes the shortest text before the next chunk.
std::optional<std::vector<std::string>> Match(const std::string& pattern, const std::string& text) {
  std::vector<std::string> chunks;
  size_t start = 0;
  for (size_t at; (at = pattern.find("{}", start)) != std::string::npos; start = at + 2) {
    chunks.push_back(pattern.substr(start, at - start));
  }
  chunks.push_back(pattern.substr(start));
  if (text.compare(0, chunks[0].size(), chunks[0]) != 0) return std::nullopt;
  std::vector<std::string> parts;
  size_t position = chunks[0].size();
  for (size_t c = 1; c < chunks.size(); ++c) {
    const bool last = c + 1 == chunks.size();
    const size_t found = last ? (text.size() >= chunks[c].size() &&
                                         text.compare(text.size() - chunks[c].size(), chunks[c].size(), chunks[c]) == 0
                                     ? text.size() - chunks[c].size()
                                     : std::string::npos)
                              : text.find(chunks[c], position);
    if (found == std::string::npos || found < position) return std::nullopt;
    parts.push_back(text.substr(position, found - position));
    position = found + chunks[c].size();
  }
  return parts;
}

}  // namespace

std::string LocalizeWarning(const std::string& warning, Language language) {
  if (language != Language::kZh) return warning;
  for (const WarningPattern& p : kPatterns) {
    const auto parts = Match(p.english, warning);
    if (!parts) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const std::string& part : *parts) args.push_back(part == "(unnamed)" ? std::string("未注明") : part);
    try {
      return fmt::vformat(p.chinese, args);
    } catch (const fmt::format_error&) {
      return warning;
    }
  }
  return warning;
}

std::vector<std::string> KnownWarningPatterns() {
  std::vector<std::string> all;
  for (const WarningPattern& p : kPatterns) all.push_back(p.english);
  return all;
}

}  // namespace plancast
