// Chart geometry: axes cover history, fan and target; ticks are round; marks stay in the frame.
#define BOOST_TEST_MODULE svg_chart
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <regex>

#include "reports/svg_chart.h"
#include "tests/reports/sample_assessment.h"

using namespace plancast;

namespace {

void CheckCovers(const AxisRange& r, double lo, double hi) {
  BOOST_TEST(r.lo <= lo);
  BOOST_TEST(r.hi >= hi);
  BOOST_TEST(!r.ticks.empty());
  for (double t : r.ticks) {
    BOOST_TEST(t >= r.lo - 1e-9);
    BOOST_TEST(t <= r.hi + 1e-9);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(NiceRangesAreRoundAndCoverTheData) {
  AxisRange r = NiceRange(2.61, 3.7, 6);
  CheckCovers(r, 2.61, 3.7);
  BOOST_TEST(r.ticks.size() <= 6u);
  BOOST_TEST(r.lo == 2.5);
  BOOST_TEST(r.hi == 3.75);
  BOOST_TEST(r.ticks[1] == 2.75);  // step 0.25, without binary noise
  AxisRange big = NiceRange(5.48, 8500, 6);
  CheckCovers(big, 5.48, 8500);
  BOOST_TEST(big.ticks.size() <= 6u);
  AxisRange flat = NiceRange(7, 7, 6);
  CheckCovers(flat, 7, 7);
  BOOST_TEST(flat.hi > flat.lo);
  AxisRange zero = NiceRange(0, 0, 6);
  BOOST_TEST(zero.hi > zero.lo);
  AxisRange negative = NiceRange(-3.2, -0.4, 6);
  CheckCovers(negative, -3.2, -0.4);
}

BOOST_AUTO_TEST_CASE(AxesIncludeHistoryFanAndTarget) {
  auto run = testing::MakeSampleRun();
  const IndicatorResult& rd = run->assessment.indicators[0];
  ChartGeometry g = ComputeChartGeometry(rd);
  CheckCovers(g.x, 2015, 2025);
  CheckCovers(g.y, 2.61, 3.7);  // first observation .. hi95 of the fan
  for (double t : g.x.ticks) BOOST_TEST(t == std::round(t));  // whole years only
}

BOOST_AUTO_TEST_CASE(ATargetOutsideTheFanWidensTheAxes) {
  auto run = testing::MakeSampleRun();
  Indicator& ind = run->plan.indicators[0];
  ind.target->value = 9.0;
  ind.target->year = 2030;
  ChartGeometry g = ComputeChartGeometry(run->assessment.indicators[0]);
  CheckCovers(g.x, 2015, 2030);
  CheckCovers(g.y, 2.61, 9.0);
}

BOOST_AUTO_TEST_CASE(DecreasingRankAndLowerBandBelowHistory) {
  auto run = testing::MakeSampleRun();
  IndicatorResult& r = run->assessment.indicators[2];
  r.path = testing::LinearPath(2020, 297, 2025, 150, 40);  // lo95 = 150 - 300 = -150
  ChartGeometry g = ComputeChartGeometry(r);
  CheckCovers(g.y, -150, 400);
}

BOOST_AUTO_TEST_CASE(NonNegativeDataKeepsTheAxisAtOrAboveZero) {
  auto run = testing::MakeSampleRun();
  ChartGeometry g = ComputeChartGeometry(run->assessment.indicators[1]);  // 5.48 .. 85
  BOOST_TEST(g.y.lo >= 0.0);
  CheckCovers(g.y, 5.48, 85);
}

BOOST_AUTO_TEST_CASE(NonFiniteValuesAreIgnored) {
  auto run = testing::MakeSampleRun();
  IndicatorResult& r = run->assessment.indicators[0];
  r.path[3].hi95 = std::nan("");
  r.path[4].lo95 = std::numeric_limits<double>::infinity();
  ChartGeometry g = ComputeChartGeometry(r);
  BOOST_TEST(std::isfinite(g.y.lo));
  BOOST_TEST(std::isfinite(g.y.hi));
  BOOST_TEST(g.y.hi < 10.0);
  std::string svg = RenderSvgChart(r, "c0", Language::kEn);
  BOOST_TEST(svg.find("nan") == std::string::npos);
  BOOST_TEST(svg.find("inf") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(ShortSpansStillGetWholeYearTicks) {
  auto run = testing::MakeSampleRun();
  IndicatorResult& r = run->assessment.indicators[3];  // one observation in 2020, target 2025
  run->plan.indicators[3].target->year = 2021;
  ChartGeometry g = ComputeChartGeometry(r);
  BOOST_TEST(g.x.ticks == std::vector<double>({2020, 2021}));
}

BOOST_AUTO_TEST_CASE(SeriesBreaksAreFoundAndDrawnHollow) {
  auto run = testing::MakeSampleRun();
  const IndicatorResult& rd = run->assessment.indicators[0];
  BOOST_TEST(SeriesBreaks(rd.indicator->history) == std::vector<size_t>({3}));
  std::string svg = RenderSvgChart(rd, "c0", Language::kZh);
  size_t hollow = 0, all = 0;
  for (size_t p = svg.find("<circle class=\"obs"); p != std::string::npos; p = svg.find("<circle class=\"obs", p + 1)) {
    ++all;
    const std::string hollow_mark = "<circle class=\"obs obs-after-break\"";
    if (svg.compare(p, hollow_mark.size(), hollow_mark) == 0) ++hollow;
  }
  BOOST_TEST(all == 6u);
  BOOST_TEST(hollow == 3u);
  BOOST_TEST(svg.find("口径变化: 新口径") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(EveryMarkIsInsideTheViewBox) {
  auto run = testing::MakeSampleRun();
  for (const IndicatorResult& r : run->assessment.indicators) {
    ChartGeometry g = ComputeChartGeometry(r);
    std::string svg = RenderSvgChart(r, "c", Language::kEn);
    std::regex coordinate(R"((?:cx|cy|x1|x2|y1|y2)="(-?[0-9.]+)\"|(-?[0-9.]+),(-?[0-9.]+))");
    for (std::sregex_iterator it(svg.begin(), svg.end(), coordinate), end; it != end; ++it) {
      for (int k = 1; k <= 3; ++k) {
        if (!(*it)[k].matched) continue;
        double v = std::stod((*it)[k]);
        BOOST_TEST(v >= -1.0, (*it)[0].str());
        BOOST_TEST(v <= g.width + 1.0, (*it)[0].str());
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(ChartMarksForEveryPart) {
  auto run = testing::MakeSampleRun();
  std::string svg = RenderSvgChart(run->assessment.indicators[0], "c0", Language::kEn);
  for (const char* mark : {"class=\"band95\"", "class=\"band80\" fill=\"url(#c0-hatch)\"", "class=\"fitted\"",
                           "class=\"projection\"", "class=\"target-mark\"", "class=\"target-line\"",
                           "<pattern id=\"c0-hatch\"", ">Year</text>", ">%</text>"}) {
    BOOST_TEST(svg.find(mark) != std::string::npos, mark);
  }
  std::string none = RenderSvgChart(run->assessment.indicators[3], "c3", Language::kEn);  // one point, no path
  BOOST_TEST(none.find("band95") == std::string::npos);
  BOOST_TEST(none.find("class=\"projection\"") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(OnlyLevelAndRankTargetsSitOnTheValueAxis) {
  auto run = testing::MakeSampleRun();
  Indicator& ind = run->plan.indicators[2];  // firms, 200..297, path to 490 at most
  ind.target->value = 5000;                  // a five-year total, far above any yearly value
  ind.target->kind = TargetKind::kCumulative;
  ChartGeometry g = ComputeChartGeometry(run->assessment.indicators[2]);
  BOOST_TEST(g.y.hi < 1000);
  std::string svg = RenderSvgChart(run->assessment.indicators[2], "c2", Language::kEn);
  BOOST_TEST(svg.find("target-mark") == std::string::npos);
  ind.target->kind = TargetKind::kLevel;
  BOOST_TEST(ComputeChartGeometry(run->assessment.indicators[2]).y.hi >= 5000);
}

BOOST_AUTO_TEST_CASE(NoObservationsSaysSo) {
  auto run = testing::MakeSampleRun();
  run->plan.indicators[3].history.clear();
  std::string svg = RenderSvgChart(run->assessment.indicators[3], "c3", Language::kZh);
  BOOST_TEST(svg.find("<text class=\"no-data\"") != std::string::npos);
  BOOST_TEST(svg.find(">无数据</text>") != std::string::npos);
}
