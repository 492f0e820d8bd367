// Escaping and number formatting used by every report writer.
#define BOOST_TEST_MODULE text_escape
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "reports/number_format.h"
#include "reports/text_escape.h"

using namespace plancast;

BOOST_AUTO_TEST_SUITE(TextEscape)

BOOST_AUTO_TEST_CASE(HtmlEscapesMarkupAndQuotes) {
  BOOST_TEST(EscapeHtml("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  BOOST_TEST(EscapeHtml("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &#39;c&#39;");
  BOOST_TEST(EscapeHtml("研发经费") == "研发经费");
}

BOOST_AUTO_TEST_CASE(MarkdownCellCannotEndTheRowOrOpenTags) {
  BOOST_TEST(EscapeMarkdownCell("a|b") == "a\\|b");
  BOOST_TEST(EscapeMarkdownCell("line1\nline2\r\nline3\rx") == "line1 line2 line3 x");
  BOOST_TEST(EscapeMarkdownCell("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;");
  BOOST_TEST(EscapeMarkdown("**bold** _i_ [l](u) `c` #h ~s~ \\") ==
             "\\*\\*bold\\*\\* \\_i\\_ \\[l\\](u) \\`c\\` \\#h \\~s\\~ \\\\");
  BOOST_TEST(EscapeMarkdownCell("创新|指数") == "创新\\|指数");
  BOOST_TEST(EscapeMarkdown("R&D") == "R&D");
  BOOST_TEST(EscapeMarkdown("&lt; &#60; & ;") == "&amp;lt; &amp;\\#60; & ;");
}

BOOST_AUTO_TEST_CASE(CsvQuotesOnlyWhenNeeded) {
  BOOST_TEST(CsvTextField("plain") == "plain");
  BOOST_TEST(CsvTextField("\"quoted\", comma") == "\"\"\"quoted\"\", comma\"");
  BOOST_TEST(CsvTextField("two\nlines") == "\"two\nlines\"");
  BOOST_TEST(CsvTextField(" padded") == "\" padded\"");
  BOOST_TEST(CsvTextField("") == "");
  BOOST_TEST(CsvTextField("高新技术企业") == "高新技术企业");
}

BOOST_AUTO_TEST_CASE(CsvDefusesSpreadsheetFormulas) {
  BOOST_TEST(CsvTextField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  BOOST_TEST(CsvTextField("+1") == "'+1");
  BOOST_TEST(CsvTextField("@SUM(A1)") == "'@SUM(A1)");
}

BOOST_AUTO_TEST_CASE(InvalidUtf8PassesThroughUnsplit) {
  std::string bad = "a\xff\xfe<";
  BOOST_TEST(EscapeHtml(bad) == "a\xff\xfe&lt;");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(NumberFormat)

BOOST_AUTO_TEST_CASE(RoundsToSixSignificantDigits) {
  BOOST_TEST(RoundSignificant(3.0900000000000003) == 3.09);
  BOOST_TEST(RoundSignificant(0.1 + 0.2) == 0.3);
  BOOST_TEST(RoundSignificant(123456789.0) == 123457000.0);
  BOOST_TEST(RoundSignificant(-0.000123456789) == -0.000123457);
  BOOST_TEST(std::isnan(RoundSignificant(std::nan(""))));
}

BOOST_AUTO_TEST_CASE(MachineNumbersAreShortAndEmptyWhenMissing) {
  BOOST_TEST(MachineNumber(3.0900000000000003) == "3.09");
  BOOST_TEST(MachineNumber(297.0) == "297");
  BOOST_TEST(MachineNumber(-0.125) == "-0.125");
  BOOST_TEST(MachineNumber(std::nullopt) == "");
  BOOST_TEST(MachineNumber(std::numeric_limits<double>::infinity()) == "");
  BOOST_TEST(MachineNumber(std::nan("")) == "");
}

BOOST_AUTO_TEST_CASE(DisplayNumbersHaveAboutFourDigitsAndNoExponent) {
  BOOST_TEST(DisplayNumber(3.09) == "3.09");
  BOOST_TEST(DisplayNumber(65.1) == "65.1");
  BOOST_TEST(DisplayNumber(297) == "297");
  BOOST_TEST(DisplayNumber(0.123456) == "0.1235");
  BOOST_TEST(DisplayNumber(12345.6) == "12346");
  BOOST_TEST(DisplayNumber(1e12) == "1000000000000");
  BOOST_TEST(DisplayNumber(-0.00001) == "0");
  BOOST_TEST(DisplayNumber(std::nan("")) == "—");
  BOOST_TEST(DisplaySigned(0.12) == "+0.12");
  BOOST_TEST(DisplaySigned(-3) == "-3");
  BOOST_TEST(DisplaySigned(0) == "0");
  BOOST_TEST(DisplayNumber(5.6356, kEstimateDigits) == "5.64");
  BOOST_TEST(DisplayNumber(1383.2, kEstimateDigits) == "1383");
  BOOST_TEST(DisplaySigned(0.36349, kEstimateDigits) == "+0.363");
}

BOOST_AUTO_TEST_CASE(ProbabilitiesNeverClaimCertaintyByRounding) {
  BOOST_TEST(DisplayProbability(0.823) == "82%");
  BOOST_TEST(DisplayProbability(0.001) == "<1%");
  BOOST_TEST(DisplayProbability(0.999) == ">99%");
  BOOST_TEST(DisplayProbability(1.0) == "100%");
  BOOST_TEST(DisplayProbability(0.0) == "0%");
}

BOOST_AUTO_TEST_SUITE_END()
