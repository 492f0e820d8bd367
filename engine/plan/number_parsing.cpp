#include "engine/plan/number_parsing.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace plancast {
namespace {

// Hand-written scanners, not std::regex: libstdc++'s regex recurses per
// character and overflows the stack on a long scalar (~100k digits).
size_t SkipDigits(const std::string& s, size_t i) {
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  return i;
}

size_t SkipSign(const std::string& s) { return !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0; }

// [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?
bool IsDecimal(const std::string& s) {
  size_t i = SkipSign(s);
  size_t int_end = SkipDigits(s, i);
  bool int_digits = int_end > i;
  i = int_end;
  if (i < s.size() && s[i] == '.') {
    size_t frac_end = SkipDigits(s, i + 1);
    if (!int_digits && frac_end == i + 1) return false;
    i = frac_end;
  } else if (!int_digits) {
    return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_end = SkipDigits(s, i);
    if (exp_end == i) return false;
    i = exp_end;
  }
  return i == s.size();
}

// [+-]?\d{1,3}(,\d{3})+(\.\d+)?  e.g. 1,234 or 12,345,678.5
bool HasThousandsSeparators(const std::string& s) {
  size_t i = SkipSign(s);
  size_t end = SkipDigits(s, i);
  if (end == i || end - i > 3) return false;
  int groups = 0;
  for (i = end; i < s.size() && s[i] == ','; i = end, ++groups) {
    end = SkipDigits(s, i + 1);
    if (end - i - 1 != 3) return false;
  }
  if (groups == 0) return false;
  if (i < s.size() && s[i] == '.') {
    end = SkipDigits(s, i + 1);
    if (end == i + 1) return false;
    i = end;
  }
  return i == s.size();
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Messages quote at most 40 bytes of a scalar (cut at a UTF-8 boundary).
std::string Abbreviate(const std::string& text) {
  if (text.size() <= 40) return text;
  size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

ParsedNumber Fail(const std::string& text, std::string message, std::string hint) {
  ParsedNumber result;
  result.message = message.empty() ? "'" + Abbreviate(text) + "' is not a number" : std::move(message);
  result.hint = std::move(hint);
  return result;
}

// Explains the common ways a figure copied from a document is not a number.
ParsedNumber Explain(const std::string& text) {
  if (!text.empty() && text.back() == '%' && IsDecimal(text.substr(0, text.size() - 1))) {
    return Fail(text, "", "drop the '%': write " + text.substr(0, text.size() - 1) +
                              " and let the indicator's unit say \"%\"");
  }
  if (text.find(',') != std::string::npos) {
    if (HasThousandsSeparators(text)) {
      std::string without = text;
      without.erase(std::remove(without.begin(), without.end(), ','), without.end());
      return Fail(text, "", "write numbers without thousands separators: " + without);
    }
    std::string dotted = text;
    std::replace(dotted.begin(), dotted.end(), ',', '.');
    if (IsDecimal(dotted)) return Fail(text, "", "use a decimal point, not a comma: " + dotted);
  }
  for (const char* scale : {"万", "亿", "千"}) {
    std::string suffix = scale;
    std::string digits = EndsWith(text, suffix) ? text.substr(0, text.size() - suffix.size()) : "";
    if (IsDecimal(digits)) {
      return Fail(text, "", "write the plain number " + digits + " and put the scale in the unit, e.g. unit: \"" +
                                suffix + "元\"");
    }
  }
  if (text.empty() || text == "~" || Lower(text) == "null") {
    return Fail(text, "a number is missing here", "write a number, e.g. 3.09");
  }
  return Fail(text, "", "write a plain decimal number such as 3.09");
}

// Largest magnitude accepted: far beyond any plan's figure, far enough from
// 1.7e308 that fits, intervals and chart axes cannot overflow.
constexpr double kMaxMagnitude = 1e100;

}  // namespace

ParsedNumber ParseNumber(const std::string& text, bool allow_infinity) {
  std::string lower = Lower(text.size() <= 16 ? text : "");
  std::string unsigned_lower = lower.substr(SkipSign(lower));
  if (unsigned_lower == ".inf" || unsigned_lower == "inf" || unsigned_lower == "infinity") {
    if (allow_infinity) {
      ParsedNumber result;
      result.ok = true;
      result.value = (lower[0] == '-' ? -1 : 1) * std::numeric_limits<double>::infinity();
      return result;
    }
    return Fail(text, "'" + text + "' is not a finite number", "write a finite value");
  }
  if (unsigned_lower == ".nan" || unsigned_lower == "nan") {
    return Fail(text, "'" + text + "' is not a finite number",
                "leave the period out of the history when there is no figure for it");
  }
  if (!IsDecimal(text)) return Explain(text);

  // from_chars rejects a leading '+'; IsDecimal has vetted the rest.
  const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
  ParsedNumber result;
  auto [end, error] = std::from_chars(begin, text.data() + text.size(), result.value);
  if (error == std::errc::result_out_of_range) {
    // Too large (1e999, a pasted run of digits) or too small (1e-999).
    return Fail(text, "'" + Abbreviate(text) + "' is out of the range of finite numbers", "write a finite value");
  }
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(result.value)) {
    return Explain(text);
  }
  // Finite but near the end of double's range (1.7e308), fits and chart axes
  // overflow: the forecast came out as 1e-5 and report.html looped forever.
  if (std::fabs(result.value) > kMaxMagnitude) {
    return Fail(text, "'" + Abbreviate(text) + "' is too large: plancast accepts numbers up to 1e100",
                "check the figure; or write it in a larger unit, e.g. 亿元 instead of 元");
  }
  result.ok = true;
  return result;
}

std::optional<int> ParseYear(const std::string& text) {
  if (text.size() != 4 || SkipDigits(text, 0) != 4) return std::nullopt;
  return std::stoi(text);
}

}  // namespace plancast
