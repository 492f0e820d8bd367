// Chart geometry: axes cover history, fan and target; ticks are round; marks stay in the frame.
#define BOOST_TEST_MODULE svg_chart
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <regex>
#include <set>

#include "reports/number_format.h"
#include "tests/support/run_cli.h"

#include "reports/svg_chart.h"
#include "tests/reports/sample_assessment.h"

using namespace plancast;

namespace {

namespace tt = boost::test_tools;

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

// y coordinates of `<tag class="css" ... attr="...">` marks.
std::vector<double> Attr(const std::string& svg, const std::string& start, const std::string& attr) {
  std::vector<double> out;
  std::regex mark(start + "[^>]*? " + attr + "=\"(-?[0-9.]+)\"");
  for (std::sregex_iterator it(svg.begin(), svg.end(), mark), end; it != end; ++it) out.push_back(std::stod((*it)[1]));
  return out;
}

// The y values of a polygon's points.
std::vector<double> PolygonYs(const std::string& svg, const std::string& css) {
  std::vector<double> out;
  std::smatch m;
  if (!std::regex_search(svg, m, std::regex("<polygon class=\"" + css + "\"[^>]*points=\"([^\"]*)\""))) return out;
  std::string points = m[1];
  std::regex pair("(-?[0-9.]+),(-?[0-9.]+)");
  for (std::sregex_iterator it(points.begin(), points.end(), pair), end; it != end; ++it) out.push_back(std::stod((*it)[2]));
  return out;
}

// The classes of the marks a chart or legend draws, as legend kinds.
std::set<std::string> MarkKinds(const std::string& svg) {
  std::set<std::string> kinds;
  const std::vector<std::pair<std::string, std::string>> marks = {
      {"class=\"obs\"", "observed"},          {"obs-after-break", "break"},   {"obs-derived", "back-calculated"},
      {"class=\"fitted\"", "fitted"},         {"class=\"projection\"", "projection"},
      {"class=\"band80\"", "band80"},         {"class=\"band95\"", "band95"}, {"class=\"clip-mark\"", "clipped"},
      {"class=\"target-mark\"", "target"}};
  for (const auto& [needle, kind] : marks) {
    if (svg.find(needle) != std::string::npos) kinds.insert(kind);
  }
  return kinds;
}

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
  CheckCovers(g.y, 2.61, 3.6);  // first observation .. hi80 of the fan (the 95% band is clipped)
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
  r.path = testing::LinearPath(2020, 297, 2025, 150, 40);  // lo80 = 150 - 200 = -50, lo95 = -150
  ChartGeometry g = ComputeChartGeometry(r);
  CheckCovers(g.y, -50, 400);
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

BOOST_AUTO_TEST_CASE(SeriesBreaksAreFoundAndDrawnAsSquares) {
  auto run = testing::MakeSampleRun();
  const IndicatorResult& rd = run->assessment.indicators[0];
  BOOST_TEST(SeriesBreaks(rd.indicator->history) == std::vector<size_t>({3}));
  std::string svg = RenderSvgChart(rd, "c0", Language::kZh);
  BOOST_TEST(Count(svg, "<circle class=\"obs\"") == 3u);
  BOOST_TEST(Count(svg, "<rect class=\"obs obs-after-break\"") == 3u);
  BOOST_TEST(svg.find("口径变化: 新口径") != std::string::npos);
}

// Issue 11: a figure the plan worked out (its note says 推算) is hollow, a published one filled.
BOOST_AUTO_TEST_CASE(BackCalculatedPointsAreHollow) {
  auto run = testing::MakeSampleRun();
  run->plan.indicators[2].history[0].note = "由 2020 年累计 297 家减去五年新增推算";
  const IndicatorResult& r = run->assessment.indicators[2];
  std::string svg = RenderSvgChart(r, "c2", Language::kZh);
  BOOST_TEST(Count(svg, "<circle class=\"obs obs-derived\"") == 1u);
  BOOST_TEST(Count(svg, "<circle class=\"obs\"") == 2u);
  BOOST_TEST(svg.find("（推算值）") == std::string::npos);  // the tooltip is plain text in parentheses
  BOOST_TEST(svg.find("(推算值)") != std::string::npos);
  std::string legend = RenderChartLegend(r, "c2", Language::kZh);
  BOOST_TEST(legend.find("推算值") != std::string::npos);
  BOOST_TEST(legend.find("实际值") != std::string::npos);
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

// Issue 11: the target is drawn for every kind, as a value of the plotted series.
BOOST_AUTO_TEST_CASE(TheTargetIsDrawnForEveryKind) {
  auto run = testing::MakeSampleRun();
  Indicator& ind = run->plan.indicators[2];  // firms, 200..297 (baseline 2020: 297)
  IndicatorResult& r = run->assessment.indicators[2];
  r.baseline = YearValue{2020, 297};
  ind.target->kind = TargetKind::kCumulative;  // a stock's increase: 297 + 300 by 2025
  ind.target->value = 300;
  BOOST_TEST(*ChartedSeries(r).target_level == 597.0);
  BOOST_TEST(ComputeChartGeometry(r).y.hi >= 597);
  BOOST_TEST(RenderSvgChart(r, "c2", Language::kEn).find("target-mark") != std::string::npos);
  ind.target->kind = TargetKind::kGrowth;  // 8% a year from 297 in 2020
  ind.target->value = 8;
  BOOST_TEST(*ChartedSeries(r).target_level == 297 * std::pow(1.08, 5), tt::tolerance(1e-9));
  BOOST_TEST(RenderSvgChart(r, "c2", Language::kEn).find("target-mark") != std::string::npos);

  // A five-year total of a flow: the running total from the plan's first year against the total.
  ind.is_flow = true;
  ind.target->kind = TargetKind::kCumulative;
  ind.target->value = 100;
  ind.history = {testing::Obs(2019, 30), testing::Obs(2021, 18), testing::Obs(2022, 22)};
  r.fitted.clear();
  r.projection = ProjectionSummary{2025, 95, 80, 110, 70, 120};
  ChartSeries series = ChartedSeries(r, 2021);
  BOOST_TEST_REQUIRE(series.points.size() == 2u);  // 2019 is before the plan
  BOOST_TEST(series.points[1].value == 40.0);      // 18 + 22
  BOOST_TEST(*series.target_level == 100.0);
  ChartGeometry g = ComputeChartGeometry(r, 2021);
  BOOST_TEST(g.y.hi >= 110);
  BOOST_TEST(g.x.lo >= 2020.0);
  std::string svg = RenderSvgChart(r, "c2", Language::kZh, 2021);
  BOOST_TEST(svg.find("target-mark") != std::string::npos);
  BOOST_TEST(svg.find("class=\"band80\"") != std::string::npos);
  BOOST_TEST(svg.find("class=\"band95\"") == std::string::npos);  // no yearly fan of amounts on a total

  // Nothing reported yet: the plan period, not a range of centuries around one year.
  ind.history.clear();
  r.projection.reset();
  ChartGeometry empty = ComputeChartGeometry(r, 2021);
  BOOST_TEST(empty.x.lo >= 2020.0);
  BOOST_TEST(empty.x.hi <= 2026.0);
  BOOST_TEST(empty.x.ticks.front() == 2021.0);
}

BOOST_AUTO_TEST_CASE(NoObservationsSaysSo) {
  auto run = testing::MakeSampleRun();
  run->plan.indicators[3].history.clear();
  std::string svg = RenderSvgChart(run->assessment.indicators[3], "c3", Language::kZh);
  BOOST_TEST(svg.find("<text class=\"no-data\"") != std::string::npos);
  BOOST_TEST(svg.find(">无数据</text>") != std::string::npos);
}

// Issue 11: a better rank is higher on the chart (smaller y), the first place at the top.
BOOST_AUTO_TEST_CASE(RankAxesPutTheFirstPlaceAtTheTop) {
  auto run = testing::MakeSampleRun();
  Indicator& ind = run->plan.indicators[0];
  ind.target->kind = TargetKind::kRank;
  ind.target->value = 8;
  ind.unit = "位";
  ind.history = {testing::Obs(2017, 25), testing::Obs(2019, 11)};
  IndicatorResult& r = run->assessment.indicators[0];
  r.fitted.clear();
  r.path = testing::LinearPath(2019, 11, 2025, 10, 1);
  ChartGeometry g = ComputeChartGeometry(r);
  BOOST_TEST(g.inverted);
  BOOST_TEST(g.Y(1) < g.Y(10));
  for (double t : g.y.ticks) BOOST_TEST((t >= 1 && t == std::round(t)), t);  // whole places only
  std::string svg = RenderSvgChart(r, "c0", Language::kZh);
  std::vector<double> ys = Attr(svg, "<circle class=\"obs\"", "cy");
  BOOST_TEST_REQUIRE(ys.size() == 2u);
  BOOST_TEST(ys[1] < ys[0]);  // 11th (2019) above 25th (2017)
  std::vector<double> target = Attr(svg, "<line class=\"target-line\"", "y1");
  BOOST_TEST_REQUIRE(target.size() == 1u);
  BOOST_TEST(target[0] < ys[1]);  // the 8th place is above the 11th
}

// Issue 11: the unit stands upright above the value axis.
BOOST_AUTO_TEST_CASE(TheUnitIsUpright) {
  auto run = testing::MakeSampleRun();
  for (const IndicatorResult& r : run->assessment.indicators) {
    std::string svg = RenderSvgChart(r, "c", Language::kZh);
    BOOST_TEST(svg.find("rotate(-90)") == std::string::npos);
  }
  std::string svg = RenderSvgChart(run->assessment.indicators[2], "c", Language::kZh);
  BOOST_TEST(svg.find("text-anchor=\"start\">家</text>") != std::string::npos);
}

// Issue 11: the 80% band and the target lie inside the plot; the 95% band is
// drawn, clipped to the plot, with a mark where it leaves.
BOOST_AUTO_TEST_CASE(TheEightyBandAndTargetAreInsideThePlot) {
  auto run = testing::MakeSampleRun();
  IndicatorResult& r = run->assessment.indicators[0];
  r.path = testing::LinearPath(2020, 3.09, 2025, 3.4, 0.1);  // 80%: 3.4 +- 0.5 by 2025
  for (ChartPoint& p : r.path) {  // a long-tailed 95% band: 3.4 +- 5 by 2025
    p.lo95 = p.value - 10 * (p.value - p.lo80);
    p.hi95 = p.value + 10 * (p.hi80 - p.value);
  }
  ChartGeometry g = ComputeChartGeometry(r);
  std::string svg = RenderSvgChart(r, "c0", Language::kEn);
  std::vector<double> band = PolygonYs(svg, "band80");
  BOOST_TEST_REQUIRE(!band.empty());
  for (double y : band) {
    BOOST_TEST(y >= g.top - 0.1);
    BOOST_TEST(y <= g.height - g.bottom + 0.1);
  }
  for (double y : Attr(svg, "<line class=\"target-line\"", "y1")) {
    BOOST_TEST(y >= g.top);
    BOOST_TEST(y <= g.height - g.bottom);
  }
  BOOST_TEST(g.y.hi < 3.4 + 5);  // the 95% band runs off ...
  BOOST_TEST(svg.find("<g clip-path=\"url(#c0-plot)\"><polygon class=\"band95\"") != std::string::npos);  // ... drawn clipped
  BOOST_TEST(Count(svg, "class=\"clip-mark\"") >= 1u);  // ... with a mark
  BOOST_TEST(RenderChartLegend(r, "c0", Language::kEn).find("95% interval runs off the chart") != std::string::npos);
}

// Issue 11: the legend lists exactly what the chart draws.
BOOST_AUTO_TEST_CASE(TheLegendListsOnlyWhatIsDrawn) {
  auto run = testing::MakeSampleRun();
  run->plan.indicators[1].history[0].note = "back-calculated from the 2020 figure";
  for (size_t i = 0; i < run->assessment.indicators.size(); ++i) {
    const IndicatorResult& r = run->assessment.indicators[i];
    const std::string id = "c" + std::to_string(i);
    std::string svg = RenderSvgChart(r, id, Language::kEn);
    std::string legend = RenderChartLegend(r, id, Language::kEn);
    BOOST_TEST((MarkKinds(legend) == MarkKinds(svg)), r.indicator->id);
  }
  // The one-figure indicator draws neither fan nor projection, and its legend says none.
  std::string legend = RenderChartLegend(run->assessment.indicators[3], "c3", Language::kEn);
  BOOST_TEST(legend.find("projection") == std::string::npos);
  BOOST_TEST(legend.find("80% interval") == std::string::npos);
}

// Issue 11 on the example plan: every chart starts at its first figure (not
// before), its legend matches its marks, and the text reads at phone width.
BOOST_AUTO_TEST_CASE(ExamplePlanChartsStartAtTheirHistory) {
  const auto dir = testing::FreshTempDir("charts");
  for (const std::string lang : {"zh", "en"}) {
    auto run = testing::RunPlancast("forecast targets/pinghu-2025.yaml --format html --lang " + lang + " --out '" +
                                    (dir / lang).string() + "'");
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    const std::string html = testing::ReadFile(dir / lang / "report.html");
    std::regex chart("<svg class=\"chart status[\\s\\S]*?</svg>(?:<figcaption[\\s\\S]*?</figcaption></figure>\\s*<ul class=\"legend\">[\\s\\S]*?</ul>)?");
    size_t charts = 0;
    for (std::sregex_iterator it(html.begin(), html.end(), chart), end; it != end; ++it) {
      const std::string svg = (*it)[0];
      ++charts;
      BOOST_TEST(svg.find("viewBox=\"0 0 480 270\"") != std::string::npos);
      BOOST_TEST(svg.find("rotate(-90)") == std::string::npos);
      // First x tick against the first year with a figure.
      std::regex tick(R"(<text class="tick" x="[0-9.]+" y="[0-9.]+" text-anchor="middle">([0-9]+)</text>)");
      std::regex point(R"(<title>([0-9]{4})[^<]*</title>)");
      std::smatch first_tick, first_point;
      BOOST_TEST_REQUIRE(std::regex_search(svg, first_tick, tick));
      if (std::regex_search(svg, first_point, point)) {
        BOOST_TEST(std::stoi(first_tick[1]) >= std::stoi(first_point[1]), svg.substr(0, 200));
      }
      const size_t legend_at = svg.find("<ul class=\"legend\">");
      if (legend_at != std::string::npos) {
        BOOST_TEST((MarkKinds(svg.substr(legend_at)) == MarkKinds(svg.substr(0, legend_at))));
      }
    }
    BOOST_TEST(charts >= 9u);
    // Text size at a 400 px phone: the view box scales by about 370 / 480.
    std::smatch narrow;
    BOOST_TEST_REQUIRE(std::regex_search(html, narrow, std::regex(R"(max-width:640px\)\{[^@]*\.chart text\{font-size:([0-9]+)px)")));
    BOOST_TEST(std::stoi(narrow[1]) * 370.0 / 480.0 >= 11.0);
  }
  std::filesystem::remove_all(dir);
}
