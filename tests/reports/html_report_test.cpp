// report.html: self-contained, escaped, well-formed, overview and charts complete.
#define BOOST_TEST_MODULE html_report
#include <boost/test/unit_test.hpp>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "reports/report_writer.h"
#include "tests/reports/sample_assessment.h"

using namespace plancast;

namespace {

std::string Html(const Assessment& a, Language lang = Language::kZh) {
  return RenderHtmlReport(a, ReportOptions{lang});
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
  return n;
}

// Checks that every element opened is closed in order. Returns "" or what broke.
std::string CheckNesting(const std::string& html) {
  static const std::set<std::string> kVoid = {"meta", "br", "hr", "img", "input", "link"};
  std::regex tag(R"(<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>)");
  std::vector<std::string> stack;
  for (std::sregex_iterator it(html.begin(), html.end(), tag), end; it != end; ++it) {
    std::string name = (*it)[2];
    bool closing = (*it)[1] == "/", self_closing = (*it)[3] == "/";
    if (kVoid.count(name) || self_closing) continue;
    if (!closing) {
      stack.push_back(name);
    } else if (stack.empty() || stack.back() != name) {
      return "unexpected </" + name + "> at offset " + std::to_string(it->position());
    } else {
      stack.pop_back();
    }
  }
  return stack.empty() ? "" : "unclosed <" + stack.back() + ">";
}

}  // namespace

BOOST_AUTO_TEST_CASE(SelfContainedWithoutScriptsOrExternalResources) {
  auto run = testing::MakeSampleRun();
  std::string html = Html(run->assessment);
  for (const char* forbidden : {"http:", "https:", "//cdn", "<script", "<link", "<img", "src=", "@import", "@font-face"}) {
    BOOST_TEST(html.find(forbidden) == std::string::npos, forbidden);
  }
  // The only url() references are the in-page hatch patterns.
  std::regex url(R"(url\(([^)]*)\))");
  for (std::sregex_iterator it(html.begin(), html.end(), url), end; it != end; ++it) {
    BOOST_TEST((*it)[1].str().rfind("#", 0) == 0u, (*it)[0].str());
  }
  BOOST_TEST(html.find("Content-Security-Policy") != std::string::npos);
  BOOST_TEST(html.find("<meta charset=\"utf-8\">") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(PlanTextIsEscapedEverywhere) {
  auto run = testing::MakeSampleRun();
  run->plan.indicators[2].id = "x\"><script>alert(2)</script>";
  run->assessment.goals[1].indicator_ids[0] = run->plan.indicators[2].id;
  run->plan.indicators[2].unit = "<u>家</u>";
  for (Language lang : {Language::kZh, Language::kEn}) {
    std::string html = Html(run->assessment, lang);
    BOOST_TEST(html.find("<script>") == std::string::npos);
    BOOST_TEST(html.find("<b>企业主体") == std::string::npos);
    BOOST_TEST(html.find("<i>测试") == std::string::npos);
    BOOST_TEST(html.find("<u>") == std::string::npos);
    BOOST_TEST(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    BOOST_TEST(html.find("&lt;b&gt;企业主体&lt;/b&gt; &amp; &quot;quoted&quot;") != std::string::npos);
    BOOST_TEST(CheckNesting(html) == "");
  }
}

BOOST_AUTO_TEST_CASE(OverviewCountsMatchTheResults) {
  auto run = testing::MakeSampleRun();
  run->assessment.indicators[1].status = TargetStatus::kOffTrack;  // now 2 off track, 0 on track
  std::string html = Html(run->assessment);
  BOOST_TEST(html.find("data-status=\"off_track\" data-count=\"2\"") != std::string::npos);
  BOOST_TEST(html.find("data-status=\"on_track\" data-count=\"0\"") != std::string::npos);
  BOOST_TEST(html.find("data-status=\"total\" data-count=\"5\"") != std::string::npos);
  BOOST_TEST(html.find("平湖市“十四五”科技创新规划 &lt;i&gt;测试&lt;/i&gt;") != std::string::npos);
  BOOST_TEST(html.find("2021-06-30") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(GoalTreeNestsChildrenAndMarksBinding) {
  auto run = testing::MakeSampleRun();
  std::string html = Html(run->assessment, Language::kEn);
  size_t tree = html.find("<ul class=\"goal-tree\">");
  size_t tree_end = html.find("</ul>\n", tree);
  BOOST_TEST_REQUIRE(tree != std::string::npos);
  std::string t = html.substr(tree, tree_end - tree);
  size_t top = t.find("创新能力显著提升"), sub = t.find("企业主体"), pipe = t.find("a|b");
  BOOST_TEST(top < sub);
  BOOST_TEST(sub < pipe);
  BOOST_TEST(Count(t, "<span class=\"tag binding\">binding</span>") == 2u);
  BOOST_TEST(Count(t, "class=\"badge status-") == 8u);  // whole plan + 2 goals + 5 indicators
}

BOOST_AUTO_TEST_CASE(TableSortedByRiskAndOneChartPerIndicator) {
  auto run = testing::MakeSampleRun();
  std::string html = Html(run->assessment);
  size_t body = html.find("<tbody>");
  body = html.find("<tbody>", body + 1);  // the first table lists only what is at risk
  std::vector<std::string> order = {"研究与试验发展经费", "a|b", "&lt;script&gt;", "高新技术产业增加值"};
  size_t last = body;
  for (const std::string& name : order) {
    size_t pos = html.find(name, last);
    BOOST_TEST(pos != std::string::npos, name);
    last = pos;
  }
  BOOST_TEST(last < html.find("</tbody>", body));
  // The indicator without data is a row of the not-judged table, not an empty chart.
  BOOST_TEST(Count(html, "<article class=\"indicator") == 4u);
  BOOST_TEST(Count(html, "<svg class=\"chart") == 4u);
  BOOST_TEST(Count(html, "<figcaption class=\"explanation\">") == 4u);
  BOOST_TEST(Count(html, "<tr class=\"not-judged\"") == 1u);
  BOOST_TEST(html.find("预计2025年达到3.40%") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(IdsAreUniqueSoAnchorsAndPatternsResolve) {
  auto run = testing::MakeSampleRun();
  std::string html = Html(run->assessment);
  std::regex id(R"re( id="([^"]*)")re");
  std::set<std::string> ids;
  for (std::sregex_iterator it(html.begin(), html.end(), id), end; it != end; ++it) {
    BOOST_TEST(ids.insert((*it)[1]).second, (*it)[1].str());
  }
  std::regex href(R"re(href="#([^"]*)")re");
  for (std::sregex_iterator it(html.begin(), html.end(), href), end; it != end; ++it) {
    BOOST_TEST(ids.count((*it)[1]) == 1u, (*it)[1].str());
  }
}

BOOST_AUTO_TEST_CASE(InterfaceLanguageAndIllustrativeTargets) {
  auto run = testing::MakeSampleRun();
  std::string en = Html(run->assessment, Language::kEn);
  std::string zh = Html(run->assessment, Language::kZh);
  BOOST_TEST(en.find("<html lang=\"en\">") != std::string::npos);
  BOOST_TEST(zh.find("<html lang=\"zh-CN\">") != std::string::npos);
  BOOST_TEST(en.find(">Overview<") != std::string::npos);
  BOOST_TEST(zh.find(">总览<") != std::string::npos);
  BOOST_TEST(zh.find("Overview") == std::string::npos);
  BOOST_TEST(en.find("<span class=\"tag illustrative\">illustrative</span>") != std::string::npos);
  BOOST_TEST(zh.find("标 † 的目标值为示意值") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(PrintAndNarrowScreenRules) {
  auto run = testing::MakeSampleRun();
  std::string html = Html(run->assessment);
  BOOST_TEST(html.find("@media print") != std::string::npos);
  BOOST_TEST(html.find("break-inside:avoid") != std::string::npos);
  BOOST_TEST(html.find("@media (max-width:640px)") != std::string::npos);
  BOOST_TEST(html.find("name=\"viewport\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(Deterministic) {
  auto a = testing::MakeSampleRun();
  auto b = testing::MakeSampleRun();
  BOOST_TEST(Html(a->assessment) == Html(b->assessment));
}

BOOST_AUTO_TEST_CASE(RollUpScenarioDerivedAndMilestone) {
  auto run = testing::MakeSampleRun();
  Scenario scenario;
  scenario.name = "<fast>";
  scenario.description = "R&D +12%/yr";
  run->assessment.scenario = &scenario;
  IndicatorResult& rd = run->assessment.indicators[0];
  rd.baseline_trend = BaselineComparison{ProjectionSummary{2025, 3.3, 3.1, 3.5, 3.0, 3.6}, 0.2, TargetStatus::kOffTrack};
  rd.scenario_assumptions = {"from 2022: +12%/yr"};
  run->plan.indicators[3].target->kind = TargetKind::kMilestone;
  run->plan.indicators[3].target->due = boost::gregorian::date(2023, 12, 31);
  run->assessment.indicators[3].milestone = MilestoneCheck{MilestoneState::kDone, boost::gregorian::date(2023, 12, 31),
                                                           boost::gregorian::date(2021, 3, 1), 914};
  std::string html = Html(run->assessment, Language::kEn);
  BOOST_TEST(CheckNesting(html) == "");
  BOOST_TEST(html.find("<p class=\"scenario\"><strong>Scenario: &lt;fast&gt;</strong> — R&amp;D +12%/yr</p>") !=
             std::string::npos);
  BOOST_TEST(html.find("<dt>Baseline trend</dt><dd>2025: 3.30% (3.10–3.50%) · 20% <span class=\"badge status-off_track\">") !=
             std::string::npos);
  BOOST_TEST(html.find("progress score 62% (4 of 5 indicators judged) · P(all binding targets met) 30% — held at off track by the binding "
                       "indicator 研究与试验发展经费支出占GDP比重") != std::string::npos);
  BOOST_TEST(html.find("class=\"goal overall\"") != std::string::npos);
  BOOST_TEST(html.find("<dt>Derived indicators</dt><dd>hitech_va / industrial_va * 100 (derived from hitech_va, "
                       "industrial_va)</dd>") != std::string::npos);
  BOOST_TEST(html.find("<svg class=\"chart milestone status-insufficient_data\"") != std::string::npos);
  BOOST_TEST(html.find("class=\"target-mark milestone-due\"") != std::string::npos);
  BOOST_TEST(html.find("class=\"obs milestone-done\"") != std::string::npos);
  BOOST_TEST(html.find("Done on 2021-03-01 (due 2023-12-31).") != std::string::npos);
  BOOST_TEST(Count(html, "<svg class=\"chart") == 5u);
}

BOOST_AUTO_TEST_CASE(InsufficientDataStillSaysThePaceNeeded) {
  auto run = testing::MakeSampleRun();
  run->assessment.indicators[3].required_annual_change = testing::MakePace(-0.6, PaceKind::kSlope, 2020, 2025);
  std::string html = Html(run->assessment, Language::kEn);
  BOOST_TEST(html.find("Too little usable data to project (1 observations in the plan). too little history to project "
                       "(needs at least two observations). It "
                       "needs -0.6 位/yr from 2020.") != std::string::npos);
}
