// Numbers as a planner writes them (issue 11): the formatter, table by table
// (money, counts, shares, points, ranks, time left, zh and en), and the
// example plan's report.md / report.html free of the forms the review found.
#define BOOST_TEST_MODULE indicator_figures
#include <boost/test/unit_test.hpp>

#include <regex>
#include <string>
#include <vector>

#include "reports/indicator_figures.h"
#include "reports/number_format.h"
#include "reports/report_view.h"
#include "tests/support/run_cli.h"

using namespace plancast;

namespace {

// An indicator with history, a target and a projection, as the formatter sees it.
struct Case {
  Indicator indicator;
  IndicatorResult result;
  Case(const std::string& unit, std::vector<double> history, double target, double projection,
       TargetKind kind = TargetKind::kLevel) {
    indicator.unit = unit;
    int year = 2018;
    for (double v : history) {
      Observation o;
      o.year = year++;
      o.value = v;
      indicator.history.push_back(o);
    }
    Target t;
    t.kind = kind;
    t.year = 2025;
    t.value = target;
    indicator.target = t;
    result.indicator = &indicator;
    result.projection = ProjectionSummary{};
    result.projection->year = 2025;
    result.projection->value = projection;
  }
  Case(const Case&) = delete;
  FigureStyle Style() const { return StyleFor(result, indicator.unit); }
};

}  // namespace

BOOST_AUTO_TEST_CASE(GenericNumberRules) {
  struct Row { double value; int digits; int decimals; };
  for (const Row& row : std::vector<Row>{{1.9002, 3, 2}, {19002, 3, 0}, {0.0773, 2, 3}, {9.996, 3, 1}, {0, 3, 2}}) {
    BOOST_TEST(DecimalsFor(row.value, row.digits) == row.decimals, row.value);
  }
  BOOST_TEST(FixedNumber(1.9002, 2) == "1.90");
  BOOST_TEST(FixedNumber(-0.001, 2) == "0.00");
  BOOST_TEST(WrittenDecimals(5.31) == 2);
  BOOST_TEST(WrittenDecimals(65.1) == 1);
  BOOST_TEST(WrittenDecimals(300) == 0);
  struct Shift { double value; int power; const char* text; };
  for (const Shift& row : std::vector<Shift>{{13800, -4, "1.38"}, {20000, -4, "2"}, {956.8, -4, "0.09568"},
                                             {0.5, 4, "5000"}, {35.43, 0, "35.43"}, {-12345, -4, "-1.2345"},
                                             {7273, -4, "0.7273"}}) {
    BOOST_TEST(ShiftedExact(row.value, row.power) == row.text, row.value);
  }
  struct Points { double value; int written; const char* text; };
  for (const Points& row : std::vector<Points>{{0.303, 2, "0.30"}, {0.138, 2, "0.14"}, {2.14, 1, "2.1"},
                                               {0.98, 1, "1.0"}, {5.39, 2, "5.4"}, {0.004, 1, "0.004"}, {0.8, 0, "0.8"},
                                               {-0.12, 2, "0.12"}}) {
    BOOST_TEST(PointsNumber(row.value, row.written) == row.text, row.value);
  }
  struct Left { int days; double years; };
  for (const Left& row : std::vector<Left>{{1736, 4.8}, {1005, 2.8}, {3, 0.1}, {0, 0.0}, {-5, 0.0}}) {
    BOOST_TEST(YearsLeft(row.days) == row.years, row.days);
  }
}

BOOST_AUTO_TEST_CASE(MoneyOneUnitPerIndicatorChosenBySize) {
  struct Row {
    const char* unit;
    std::vector<double> history;
    double target, projection, lo, hi;
    const char* zh_latest;
    const char* zh_estimate;
    const char* en_estimate;
  };
  const std::vector<Row> rows = {
      // The review's "19002万元 (9837–36713)".
      {"万元", {9000, 13800}, 20000, 19002, 9837, 36713, "1.38亿元", "1.90亿元 (0.98–3.67亿元)",
       "1.90 亿元 (0.98–3.67 亿元)"},
      // Below 1亿 everywhere: stays 万元, three digits.
      {"万元", {800, 956.8}, 1200, 1103.4, 900.2, 1310.7, "956.8万元", "1100万元 (900–1310万元)",
       "1100 万元 (900–1310 万元)"},
      // Already 亿元, stays so.
      {"亿元", {25.1, 35.43}, 60, 47.61, 28.2, 80.5, "35.43亿元", "47.6亿元 (28.2–80.5亿元)",
       "47.6 亿元 (28.2–80.5 亿元)"},
      // 亿元 under 1亿 reads as 万元.
      {"亿元", {0.31, 0.42}, 0.6, 0.5123, 0.4, 0.66, "4200万元", "5120万元 (4000–6600万元)",
       "5120 万元 (4000–6600 万元)"},
  };
  for (const Row& row : rows) {
    Case c(row.unit, row.history, row.target, row.projection);
    const FigureStyle style = c.Style();
    BOOST_TEST(PlanFigure(style, row.history.back(), Language::kZh) == row.zh_latest);
    BOOST_TEST(EstimateWithRange(style, row.projection, row.lo, row.hi, Language::kZh) == row.zh_estimate);
    BOOST_TEST(EstimateWithRange(style, row.projection, row.lo, row.hi, Language::kEn) == row.en_estimate);
  }
  Case c("万元", {9000, 13800}, 20000, 22152);
  BOOST_TEST(PlanFigure(c.Style(), 20000, Language::kZh) == "2亿元");
  BOOST_TEST(GapFigure(c.Style(), -2152, Language::kZh) == "0.215亿元");
  BOOST_TEST(PaceNumber(c.Style(), 1500) == "+0.15");  // a pace in the same unit
}

BOOST_AUTO_TEST_CASE(CountsAreWholeAndNeverNegative) {
  Case c("家", {200, 297}, 300, 172.4, TargetKind::kCumulative);
  const FigureStyle style = c.Style();
  BOOST_TEST(style.count);
  BOOST_TEST(EstimateWithRange(style, 172.4, -73.8, 687.2, Language::kZh) == "172家 (0–687家)");
  BOOST_TEST(EstimateWithRange(style, 172.4, -73.8, 687.2, Language::kEn) == "172 家 (0–687 家)");
  BOOST_TEST(GapFigure(style, 32.8, Language::kZh) == "33家");
  BOOST_TEST(PlanFigure(style, 297, Language::kZh) == "297家");
  // "件/万人" is a ratio, not a count: it keeps its decimals.
  Case ratio("件/万人", {27.1, 40.3}, 65, 63.21);
  BOOST_TEST(!ratio.Style().count);
  BOOST_TEST(EstimateFigure(ratio.Style(), 63.21, Language::kZh) == "63.2件/万人");
}

BOOST_AUTO_TEST_CASE(SharesAndPointsToTheDataPrecision) {
  Case c("%", {4.71, 5.31}, 6, 5.697);
  const FigureStyle style = c.Style();
  BOOST_TEST(style.points);
  BOOST_TEST(style.written_decimals == 2);
  BOOST_TEST(EstimateWithRange(style, 5.697, 4.241, 7.612, Language::kZh) == "5.70% (4.24–7.61%)");
  BOOST_TEST(GapFigure(style, 0.303, Language::kZh) == "0.30个百分点");
  BOOST_TEST(GapFigure(style, 0.303, Language::kEn) == "0.30 pt");
  BOOST_TEST(PaceNumber(style, 0.138) == "+0.14");
  BOOST_TEST(PaceNumber(style, -0.0773) == "-0.08");
  BOOST_TEST(PlanFigure(style, 5.31, Language::kZh) == "5.31%");  // as written
}

BOOST_AUTO_TEST_CASE(RanksAreWholePlacesInBothLanguages) {
  Case c("位", {25, 17}, 12, 16.03, TargetKind::kRank);
  const FigureStyle style = c.Style();
  BOOST_TEST(style.rank);
  BOOST_TEST(EstimateWithRange(style, 16.03, 5.78, 30.7, Language::kZh) == "第16位 (6–31位)");
  BOOST_TEST(EstimateWithRange(style, 16.03, 5.78, 30.7, Language::kEn) == "rank 16 (6–31)");
  BOOST_TEST(EstimateRange(style, 2, -0.4, 5, Language::kZh) == "1–5位");  // no place above the first
  BOOST_TEST(GapFigure(style, 4.03, Language::kZh) == "4位");
  BOOST_TEST(GapFigure(style, 4.03, Language::kEn) == "4 places");
  BOOST_TEST(GapFigure(style, 1.2, Language::kEn) == "1 place");
}

BOOST_AUTO_TEST_CASE(TimeLeftHasOneForm) {
  BOOST_TEST(TimeLeftText(1736, Language::kZh) == "还剩4.8年。");
  BOOST_TEST(TimeLeftText(1736, Language::kEn) == "4.8 years left.");
  BOOST_TEST(TimeLeftText(20, Language::kZh) == "还剩0.1年。");
}

// The forms the review of the example plan found (issue 11, "Numbers"), in
// report.md and report.html of both languages.
BOOST_AUTO_TEST_CASE(ExamplePlanHasNoneOfTheOldBadForms) {
  const auto dir = testing::FreshTempDir("figures");
  const std::vector<std::pair<std::string, std::regex>> bad = {
      {"five-digit 万元 figure (write 亿元)", std::regex("[0-9]{5,}(\\.[0-9]+)?万元")},
      {"negative lower bound", std::regex("[–(]-[0-9]|区间-[0-9]|interval -[0-9]")},
      // A place is whole; a pace of places a year ("每年前进0.83位") may not be.
      {"fractional place", std::regex("(^|[^进退0-9.])[0-9]+\\.[0-9]+位")},
      {"three-decimal points", std::regex("[0-9]\\.[0-9]{3,}个百分点|[0-9]\\.[0-9]{3,} pt")},
      {"time left in months or days", std::regex("个月|[0-9]天|months? left|days left")},
      {"rank said as a level", std::regex("达到[0-9]+位|达到第[0-9]+位")},
      {"fractional firms", std::regex("[0-9]\\.[0-9]+ ?家(?!/)")},
      {"estimate with more than 3 digits in 万元", std::regex("[0-9]{5,}–[0-9]{5,}")},
  };
  for (const std::string lang : {"zh", "en"}) {
    auto run = testing::RunPlancast("forecast targets/pinghu-2025.yaml --lang " + lang + " --format md,html --out '" +
                                    (dir / lang).string() + "'");
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    for (const char* file : {"report.md", "report.html"}) {
      // What a reader sees: the text, chart labels included, not the markup or the style sheet.
      std::string text = testing::ReadFile(dir / lang / file);
      text = std::regex_replace(text, std::regex("<style[\\s\\S]*?</style>"), " ");
      text = std::regex_replace(text, std::regex("<[^>]*>"), " ");
      for (const auto& [what, pattern] : bad) {
        std::smatch m;
        const bool found = std::regex_search(text, m, pattern);
        const std::string match = found ? m.str() : "";
        BOOST_TEST(!found, lang << "/" << file << ": " << what << ": " << match);
      }
    }
  }
  std::filesystem::remove_all(dir);
}
