// report.html of the example plan in a real browser (issue 4, "Tested in a
// real browser"): headless Chromium loads the page with a fresh profile and
// we check what a person sees.
//
//  1. The page as written loads without console messages (it has no scripts,
//     and its Content-Security-Policy turns any attempt to fetch something
//     into a console error, which a control page proves we would see).
//  2. A probe copy (the CSP line removed and a small script appended; the
//     report itself stays script-free) reads the rendered page on a narrow
//     screen (390 px asked; headless Chromium's minimum is 500): overview counts, one drawn chart per indicator, no
//     resource loads, no horizontal page scroll, and whether Chinese glyphs
//     come from a real CJK font rather than "tofu" boxes.
//  3. A screenshot PNG is saved under the build tree (tests/browser-report/).
//
// Skipped, with a message, when no Chromium is installed (PLANCAST_CHROMIUM
// overrides the path); tools/setup.sh installs chromium and fonts-noto-cjk.
#define BOOST_TEST_MODULE browser_report
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string Chromium() {
  const char* env = std::getenv("PLANCAST_CHROMIUM");
  for (std::string path : {std::string(env ? env : ""), std::string("/usr/bin/chromium"),
                           std::string("/usr/bin/chromium-browser")}) {
    if (!path.empty() && ::access(path.c_str(), X_OK) == 0) return path;
  }
  return "";
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs a shell command; stdout and stderr go to files in `dir`. Returns the exit code.
int Run(const std::string& command, const fs::path& dir, std::string* out, std::string* err) {
  fs::path out_file = dir / "cmd.out", err_file = dir / "cmd.err";
  int status = std::system((command + " >" + Quote(out_file) + " 2>" + Quote(err_file)).c_str());
  *out = ReadFile(out_file);
  *err = ReadFile(err_file);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

struct Browser {
  std::string binary;
  fs::path work;
  int runs = 0;

  // One headless run with a fresh profile; `mode` is e.g. "--dump-dom".
  int Open(const fs::path& page, const std::string& mode, const std::string& window, std::string* out,
           std::string* err) {
    fs::path profile = work / ("profile-" + std::to_string(runs++));
    fs::remove_all(profile);
    std::string command = "timeout 120 " + Quote(binary) +
                          " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                          " --disable-background-networking --disable-component-update --disable-sync"
                          " --hide-scrollbars --enable-logging=stderr --v=0 --user-data-dir=" +
                          Quote(profile) + " --window-size=" + window + " " + mode + " " +
                          Quote("file://" + fs::absolute(page).string());
    int code = Run(command, work, out, err);
    fs::remove_all(profile);
    return code;
  }
};

// Console messages Chromium logged ("...:INFO:CONSOLE(12)] "text", source: ...").
std::vector<std::string> ConsoleLines(const std::string& log) {
  std::vector<std::string> lines;
  std::istringstream in(log);
  for (std::string line; std::getline(in, line);) {
    if (line.find(":CONSOLE") != std::string::npos) lines.push_back(line);
  }
  return lines;
}

// Appended to the probe copy only. Reports what the rendered page shows.
const char kProbe[] = R"js(
<script>
(function () {
  var r = {counts: {}, articles: 0, charts_drawn: 0, errors: window.__probeErrors || []};
  document.querySelectorAll('.counts li[data-status]').forEach(function (li) {
    r.counts[li.dataset.status] = parseInt(li.querySelector('.n').textContent, 10);
  });
  document.querySelectorAll('article.indicator').forEach(function (a) {
    r.articles++;
    var svg = a.querySelector('svg.chart');
    if (svg && svg.getBoundingClientRect().width > 200 &&
        svg.querySelectorAll('circle.obs, .milestone-due, .target-mark, .no-data').length > 0) r.charts_drawn++;
  });
  r.not_judged = document.querySelectorAll('tr.not-judged').length;
  r.resources = performance.getEntriesByType('resource').length;
  r.page_width = document.documentElement.scrollWidth;
  r.window_width = window.innerWidth;
  var h1 = document.querySelector('h1');
  var ctx = document.createElement('canvas').getContext('2d');
  ctx.font = '40px ' + getComputedStyle(h1).fontFamily;
  r.cjk_width = ctx.measureText('\u79d1\u6280\u521b\u65b0').width;          // 科技创新
  // Pixels of single glyphs: real Han glyphs differ from each other and from
  // the missing-glyph box; without a CJK font all three are the same box.
  var ink = function (ch) {
    var c = document.createElement('canvas');
    c.width = c.height = 64;
    var g = c.getContext('2d');
    g.font = '48px ' + getComputedStyle(h1).fontFamily;
    g.fillText(ch, 6, 52);
    var d = g.getImageData(0, 0, 64, 64).data, h = 0;
    for (var i = 3; i < d.length; i += 4) h = (h * 31 + d[i]) % 1000000007;
    return h;
  };
  r.glyph_ke = ink('\u79d1');                                                // 科
  r.glyph_ji = ink('\u6280');                                                // 技
  r.glyph_missing = ink('\u{10FFFD}');
  r.title = h1.textContent;
  var pre = document.createElement('pre');
  pre.id = 'plancast-probe';
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
})();
</script>
)js";

const char kErrorCatcher[] =
    "<script>window.__probeErrors=[];window.addEventListener('error',function(e){"
    "window.__probeErrors.push(String(e.message||(e.target&&e.target.outerHTML)));},true);</script>";

fs::path WriteProbeCopy(const std::string& html, const fs::path& dir) {
  std::string probe = std::regex_replace(html, std::regex("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n?"), "");
  size_t head = probe.find("<head>");
  size_t body_end = probe.rfind("</body>");
  BOOST_TEST_REQUIRE(head != std::string::npos);
  BOOST_TEST_REQUIRE(body_end != std::string::npos);
  probe.insert(body_end, kProbe);
  probe.insert(head + 6, kErrorCatcher);
  fs::path path = dir / "probe.html";
  std::ofstream(path, std::ios::binary) << probe;
  return path;
}

fs::path WorkDir() {
  auto& suite = boost::unit_test::framework::master_test_suite();
  fs::path exe = suite.argc > 0 ? fs::absolute(suite.argv[0]) : fs::current_path() / "x";
  fs::path dir = exe.parent_path() / "browser-report";
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_CASE(ExampleReportInHeadlessChromium) {
  Browser browser{Chromium(), WorkDir()};
  if (browser.binary.empty()) {
    BOOST_TEST_MESSAGE("SKIPPED: no Chromium found (install Debian's chromium and fonts-noto-cjk, "
                       "or set PLANCAST_CHROMIUM); report.html was not checked in a browser");
    return;
  }
  std::string out, err;
  fs::path reports = browser.work / "out";
  std::string forecast = Quote(PLANCAST_BINARY) + " forecast " +
                         Quote(std::string(PLANCAST_SOURCE_DIR) + "/targets/pinghu-2025.yaml") + " --out " +
                         Quote(reports) + " --format json,html";
  BOOST_TEST_REQUIRE(Run(forecast, browser.work, &out, &err) == 0, out + err);
  const std::string html = ReadFile(reports / "report.html");
  const json report = json::parse(ReadFile(reports / "report.json"));

  // A control page proves a blocked fetch shows up as a console message.
  fs::path control = browser.work / "control.html";
  std::ofstream(control) << "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv="
                            "\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body>"
                            "<img src=\"https://example.invalid/x.png\"></body></html>";
  BOOST_TEST_REQUIRE(browser.Open(control, "--dump-dom", "800,600", &out, &err) == 0, err);
  BOOST_TEST_REQUIRE(!ConsoleLines(err).empty(), "the console check cannot see errors:\n" + err);

  // 1. The report as written: loads, no console messages at all.
  BOOST_TEST_REQUIRE(browser.Open(reports / "report.html", "--dump-dom", "1280,900", &out, &err) == 0, err);
  BOOST_TEST(out.find("<article class=\"indicator") != std::string::npos);
  for (const std::string& line : ConsoleLines(err)) BOOST_ERROR("console: " << line);

  // 2. The probe copy on a phone-sized screen.
  fs::path probe = WriteProbeCopy(html, browser.work);
  BOOST_TEST_REQUIRE(browser.Open(probe, "--dump-dom", "390,844", &out, &err) == 0, err);
  std::smatch m;
  BOOST_TEST_REQUIRE(std::regex_search(out, m, std::regex("<pre id=\"plancast-probe\">([^<]*)</pre>")), out.substr(0, 500));
  std::string probe_text = std::regex_replace(m[1].str(), std::regex("&quot;"), "\"");
  probe_text = std::regex_replace(probe_text, std::regex("&amp;"), "&");
  const json seen = json::parse(probe_text);
  BOOST_TEST_MESSAGE("probe: " << seen.dump());

  BOOST_TEST(seen["errors"].empty(), seen["errors"].dump());
  BOOST_TEST(seen["resources"] == 0);
  const json& counts = report["summary"]["counts"];
  for (const auto& [status, n] : counts.items()) {
    if (status == "no_target" && n == 0) continue;  // listed only when an indicator has no target
    BOOST_TEST_CONTEXT(status) { BOOST_TEST(seen["counts"][status] == n); }
  }
  // The page's total counts targets; the tracked-only ones are listed after it.
  BOOST_TEST(seen["counts"]["total"] == report["indicators"].size() - counts["no_target"].get<size_t>());
  // Every indicator is a card with a chart, or a row of the compact not-judged table.
  BOOST_TEST(seen["articles"].get<int>() + seen["not_judged"].get<int>() == static_cast<int>(report["indicators"].size()));
  BOOST_TEST(seen["charts_drawn"] == seen["articles"]);
  BOOST_TEST(seen["page_width"].get<int>() <= seen["window_width"].get<int>() + 1, "page scrolls sideways on 390 px");
  // A CJK font draws each Han character one em wide, each with its own shape.
  double cjk = seen["cjk_width"];
  BOOST_TEST(std::abs(cjk - 160.0) < 8.0, "Chinese glyphs are " << cjk << " px wide, expected ~160 (4 x 40px)");
  BOOST_TEST(seen["glyph_ke"] != seen["glyph_ji"], "科 and 技 render alike: missing-glyph boxes (no CJK font?)");
  BOOST_TEST(seen["glyph_ke"] != seen["glyph_missing"], "科 renders as the missing-glyph box (no CJK font?)");
  BOOST_TEST(seen["title"] == report["plan"]["name"]);

  // 3. A screenshot for people.
  fs::path png = browser.work / "report.png";
  BOOST_TEST_REQUIRE(browser.Open(reports / "report.html", "--screenshot=" + Quote(png), "1280,3000", &out, &err) == 0, err);
  std::string bytes = ReadFile(png);
  BOOST_TEST(bytes.size() > 20000u);
  BOOST_TEST(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  BOOST_TEST_MESSAGE("screenshot: " << png.string());
}

// Issue 11, print: the example plan on A4 in at most 8 pages, zh and en,
// with the running header and page numbers (counted in Chromium's PDF).
BOOST_AUTO_TEST_CASE(ExamplePlanPrintsOnAtMostEightA4Pages) {
  Browser browser{Chromium(), WorkDir()};
  if (browser.binary.empty()) {
    BOOST_TEST_MESSAGE("SKIPPED: no Chromium found; print-to-PDF page count not checked");
    return;
  }
  for (const std::string lang : {"zh", "en"}) {
    std::string out, err;
    fs::path reports = browser.work / ("print-" + lang);
    std::string forecast = Quote(PLANCAST_BINARY) + " forecast " +
                           Quote(std::string(PLANCAST_SOURCE_DIR) + "/targets/pinghu-2025.yaml") + " --lang " + lang +
                           " --out " + Quote(reports) + " --format html";
    BOOST_TEST_REQUIRE(Run(forecast, browser.work, &out, &err) == 0, out + err);
    const std::string html = ReadFile(reports / "report.html");
    BOOST_TEST(html.find("@page{size:A4;") != std::string::npos);
    BOOST_TEST(html.find("counter(page)") != std::string::npos);
    BOOST_TEST(html.find("2021-03-31") != std::string::npos);
    fs::path pdf = browser.work / ("report-" + lang + ".pdf");
    fs::remove(pdf);
    BOOST_TEST_REQUIRE(browser.Open(reports / "report.html",
                                    "--no-pdf-header-footer --print-to-pdf=" + Quote(pdf), "1280,900", &out,
                                    &err) == 0, err);
    const std::string bytes = ReadFile(pdf);
    BOOST_TEST_REQUIRE(bytes.rfind("%PDF", 0) == 0u, "no PDF written: " + err);
    std::regex page("/Type\\s*/Page[^s]");
    const auto pages = std::distance(std::sregex_iterator(bytes.begin(), bytes.end(), page), std::sregex_iterator());
    BOOST_TEST_MESSAGE(lang << ": " << pages << " A4 pages");
    BOOST_TEST(pages >= 1);
    BOOST_TEST(pages <= 8, lang << ": " << pages << " pages");
    BOOST_TEST(bytes.find("/MediaBox [0 0 594.9") != std::string::npos);  // A4: 210 mm = 595 pt
  }
}
