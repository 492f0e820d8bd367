#include "reports/method_appendix.h"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "reports/text_escape.h"

namespace plancast {
namespace {

struct Entry {
  MethodText key;
  const char* en;
  const char* zh;
};

const Entry kLabels[] = {
    {MethodText::kTitle, "Method", "方法说明"},
    {MethodText::kHow,
     "Each indicator's trend is fitted to its history and simulated forward many times; the chance of meeting a "
     "target is the share of simulated paths that meet it.",
     "根据各指标的历史数据拟合趋势并多次模拟其未来走势；达标概率为模拟结果中达到目标的比例。"},
    {MethodText::kSeed, "Random seed: {seed} (the same plan, as-of date and seed give identical reports)",
     "随机种子：{seed}（同一规划、同一数据截至日和同一种子得到完全相同的报告）"},
    {MethodText::kModels, "Models used", "各指标所用模型"},
};

// Indicator name and its models, for those projected by a model.
std::vector<std::pair<std::string, std::string>> Models(const Assessment& a) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const IndicatorResult& r : a.indicators)
    if (!r.model_description.empty()) out.emplace_back(r.indicator->name, r.model_description);
  return out;
}

std::string SeedLine(const Assessment& a, Language l) {
  return fmt::format(fmt::runtime(MethodLabel(MethodText::kSeed, l)), fmt::arg("seed", a.run.seed));
}

}  // namespace

const char* MethodLabel(MethodText key, Language language) {
  for (const Entry& e : kLabels)
    if (e.key == key) return language == Language::kEn ? e.en : e.zh;
  return "";
}

std::string MethodAppendixMarkdown(const Assessment& a, Language l) {
  std::string out = fmt::format("## {}\n\n{}\n\n- {}\n", MethodLabel(MethodText::kTitle, l),
                                MethodLabel(MethodText::kHow, l), SeedLine(a, l));
  const auto models = Models(a);
  if (!models.empty()) {
    out += fmt::format("- {}{}\n", MethodLabel(MethodText::kModels, l), l == Language::kZh ? "：" : ":");
    for (const auto& [name, description] : models)
      out += fmt::format("  - {}: {}\n", EscapeMarkdown(name), EscapeMarkdown(description));
  }
  return out + "\n";
}

std::string MethodAppendixHtml(const Assessment& a, Language l) {
  std::string out = fmt::format("<section class=\"method\" id=\"method\">\n<h2>{}</h2>\n<p>{}</p>\n<ul><li>{}</li>",
                                MethodLabel(MethodText::kTitle, l), MethodLabel(MethodText::kHow, l),
                                EscapeHtml(SeedLine(a, l)));
  const auto models = Models(a);
  if (!models.empty()) {
    out += fmt::format("<li>{}{}<ul>", MethodLabel(MethodText::kModels, l), l == Language::kZh ? "：" : ":");
    for (const auto& [name, description] : models)
      out += fmt::format("<li>{}: {}</li>", EscapeHtml(name), EscapeHtml(description));
    out += "</ul></li>";
  }
  return out + "</ul>\n</section>\n";
}

}  // namespace plancast
