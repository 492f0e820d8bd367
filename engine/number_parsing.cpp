#include "engine/number_parsing.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <regex>

namespace plancast {
namespace {

const std::regex& DecimalPattern() {
  static const std::regex pattern(R"([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)");
  return pattern;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

ParsedNumber Fail(const std::string& text, std::string message, std::string hint) {
  ParsedNumber result;
  result.message = message.empty() ? "'" + text + "' is not a number" : std::move(message);
  result.hint = std::move(hint);
  return result;
}

// Explains the common ways a figure copied from a document is not a number.
ParsedNumber Explain(const std::string& text) {
  if (!text.empty() && text.back() == '%' &&
      std::regex_match(text.substr(0, text.size() - 1), DecimalPattern())) {
    return Fail(text, "", "drop the '%': write " + text.substr(0, text.size() - 1) +
                              " and let the indicator's unit say \"%\"");
  }
  if (text.find(',') != std::string::npos) {
    std::string without = text;
    without.erase(std::remove(without.begin(), without.end(), ','), without.end());
    bool thousands = std::regex_match(text, std::regex(R"([+-]?\d{1,3}(,\d{3})+(\.\d+)?)"));
    if (thousands) {
      return Fail(text, "", "write numbers without thousands separators: " + without);
    }
    std::string dotted = text;
    std::replace(dotted.begin(), dotted.end(), ',', '.');
    if (std::regex_match(dotted, DecimalPattern())) {
      return Fail(text, "", "use a decimal point, not a comma: " + dotted);
    }
  }
  for (const char* scale : {"万", "亿", "千"}) {
    std::string suffix = scale;
    if (EndsWith(text, suffix) &&
        std::regex_match(text.substr(0, text.size() - suffix.size()), DecimalPattern())) {
      return Fail(text, "", "write the plain number " + text.substr(0, text.size() - suffix.size()) +
                                " and put the scale in the unit, e.g. unit: \"" + suffix + "元\"");
    }
  }
  if (text.empty() || text == "~" || Lower(text) == "null") {
    return Fail(text, "a number is missing here", "write a number, e.g. 3.09");
  }
  return Fail(text, "", "write a plain decimal number such as 3.09");
}

}  // namespace

ParsedNumber ParseNumber(const std::string& raw, bool allow_infinity) {
  std::string text = raw;
  std::string lower = Lower(text);
  std::string unsigned_lower = lower;
  if (!lower.empty() && (lower[0] == '+' || lower[0] == '-')) unsigned_lower = lower.substr(1);
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
                "leave the year out of the history when there is no figure for it");
  }
  if (!std::regex_match(text, DecimalPattern())) return Explain(text);

  // from_chars rejects a leading '+'; the pattern has already vetted the rest.
  const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
  ParsedNumber result;
  auto [end, error] = std::from_chars(begin, text.data() + text.size(), result.value);
  if (error == std::errc::result_out_of_range) {
    // Underflow (1e-999) rounds to zero harmlessly; overflow is an error.
    bool overflow = text.find_first_of("eE") != std::string::npos &&
                    text.find("e-") == std::string::npos && text.find("E-") == std::string::npos;
    if (overflow) {
      return Fail(text, "'" + text + "' is too large to be a finite number", "write a finite value");
    }
    result.value = 0.0;
  } else if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(result.value)) {
    return Explain(text);
  }
  result.ok = true;
  return result;
}

std::optional<int> ParseYear(const std::string& text) {
  static const std::regex pattern(R"(\d{4})");
  if (!std::regex_match(text, pattern)) return std::nullopt;
  return std::stoi(text);
}

}  // namespace plancast
