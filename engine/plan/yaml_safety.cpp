#include "engine/plan/yaml_safety.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "engine/plan/text_encoding.h"

namespace plancast {
namespace {

bool CheckUtf8(const std::string& text, const TextLocator& locate, Diagnostics* diagnostics) {
  for (size_t i = 0; i < text.size();) {
    size_t n = Utf8SequenceLength(text, i);
    if (n == 0) {
      diagnostics->Error(locate.AtOffset(i), "the file is not valid UTF-8 (byte 0x" +
                                                 [&] {
                                                   static const char* hex = "0123456789ABCDEF";
                                                   unsigned char c = static_cast<unsigned char>(text[i]);
                                                   return std::string{hex[c >> 4], hex[c & 15]};
                                                 }() + ")",
                         "save the plan as UTF-8 (in Excel/WPS/Notepad: \"Save as\" -> UTF-8); "
                         "GBK/GB18030 files are not supported");
      return false;
    }
    if (n == 1 && text[i] == '\0') {
      diagnostics->Error(locate.AtOffset(i), "the file contains a NUL byte",
                         "a plan is a text file; was a binary file (e.g. .xlsx) renamed to .yaml?");
      return false;
    }
    i += n;
  }
  return true;
}

bool CheckTabs(const std::string& text, const TextLocator& locate, Diagnostics* diagnostics) {
  bool ok = true;
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    size_t first = text.find_first_not_of(" \t", line_start);
    if (first > line_end) first = line_end;
    // Only the indentation can hold a bad tab: searching to the end of the
    // file for every line made this quadratic (seconds for 5,000 indicators).
    size_t tab = std::find(text.begin() + line_start, text.begin() + first, '\t') - text.begin();
    bool blank_or_comment = first == line_end || text[first] == '#';
    if (tab < first && !blank_or_comment) {
      diagnostics->Error(locate.AtOffset(tab), "tab character in indentation",
                         "YAML indents with spaces only; replace the tab with spaces");
      ok = false;
    }
    line_start = line_end + 1;
  }
  return ok;
}

// Thrown by the event handler to stop scanning a document that is too deep.
struct TooDeep {
  YAML::Mark mark;
};

// Thrown when a document starts where the previous one did: yaml-cpp 0.7 then
// hands out empty documents forever (e.g. for a stray ',' at document level).
struct Stuck {
  YAML::Mark mark;
};

// Thrown at the indicator past kMaxIndicators: scanning further only costs time.
struct TooManyIndicators {
  YAML::Mark mark;
};

class PreScanHandler : public YAML::EventHandler {
 public:
  PreScanHandler(const TextLocator& locate, Diagnostics* diagnostics)
      : locate_(locate), diagnostics_(diagnostics) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (documents_ > 0 && mark.pos == last_start_) throw Stuck{mark};
    last_start_ = mark.pos;
    if (++documents_ == 2) second_start_ = mark;
  }
  // Called once the whole text was scanned (a stuck scan has no second document).
  void Finish() {
    if (documents_ >= 2) {
      Error(second_start_, "a plan file holds one YAML document; this starts a second one",
            "remove the '---' separator, or split the file into two plans");
    }
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { Node(mark, anchor, "~"); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    Node(mark, YAML::NullAnchor, "*");
    AliasError(mark, "YAML aliases (*name) are not supported in plan files");
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    Node(mark, anchor, value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Node(mark, anchor, "");
    Push(mark, false);
  }
  void OnSequenceEnd() override { frames_.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    Node(mark, anchor, "");
    Push(mark, true);
  }
  void OnMapEnd() override { frames_.pop_back(); }

  int documents() const { return documents_; }

 private:
  struct Frame {
    bool is_map = false;
    bool expecting_key = true;
    std::unordered_map<std::string, YAML::Mark> keys;
    bool is_indicator_list = false;  // the top-level `indicators:` list
    bool key_is_indicators = false;  // top level: the last key read was `indicators`
    size_t items = 0;                // direct children, counted in the indicator list only
  };

  void Push(const YAML::Mark& mark, bool is_map) {
    if (static_cast<int>(frames_.size()) >= kMaxPlanDepth) throw TooDeep{mark};
    frames_.push_back(Frame{is_map, true, {}});
    frames_.back().is_indicator_list = !is_map && value_of_indicators_;
  }

  // Every node passes here; in a map, nodes alternate key, value, key, ...
  void Node(const YAML::Mark& mark, YAML::anchor_t anchor, const std::string& scalar) {
    if (anchor != YAML::NullAnchor) AliasError(mark, "YAML anchors (&name) are not supported in plan files");
    value_of_indicators_ = false;
    if (frames_.empty()) return;
    Frame& frame = frames_.back();
    if (frame.is_indicator_list && ++frame.items > kMaxIndicators) throw TooManyIndicators{mark};
    if (!frame.is_map) return;
    bool is_key = frame.expecting_key;
    frame.expecting_key = !frame.expecting_key;
    if (frames_.size() == 1) {
      if (!is_key) value_of_indicators_ = frame.key_is_indicators;
      frame.key_is_indicators = is_key && scalar == "indicators";
    }
    if (!is_key || scalar.empty() || scalar == "*") return;
    auto [it, inserted] = frame.keys.emplace(scalar, mark);
    if (!inserted) {
      Error(mark, "duplicate key '" + scalar + "' (first written at line " +
                      std::to_string(it->second.line + 1) + ")",
            "YAML would silently keep only one of the two values; remove or rename one");
    }
  }

  void AliasError(const YAML::Mark& mark, const std::string& message) {
    if (++alias_errors_ > 5) return;  // "billion laughs" has dozens; five make the point
    Error(mark, message, "write the value out in full at each place it is needed");
  }

  void Error(const YAML::Mark& mark, const std::string& message, const std::string& hint) {
    diagnostics_->Error(locate_.At(mark.line, mark.column), message, hint);
  }

  const TextLocator& locate_;
  Diagnostics* diagnostics_;
  std::vector<Frame> frames_;
  bool value_of_indicators_ = false;  // the node just seen is the value of the top-level `indicators`
  int documents_ = 0;
  int last_start_ = -1;
  YAML::Mark second_start_;
  int alias_errors_ = 0;
};

}  // namespace

bool CheckPlanBytes(const std::string& text, const TextLocator& locate, Diagnostics* diagnostics) {
  if (text.size() > kMaxPlanBytes) {
    std::ostringstream size;
    size.precision(1);
    size << std::fixed << text.size() / 1048576.0;
    diagnostics->Error(locate.File(), "the plan file is " + size.str() + " MiB; the limit is " +
                                          std::to_string(kMaxPlanBytes / 1048576) + " MiB",
                       "a plan holds targets and yearly figures; keep bulk data in separate files");
    return false;
  }
  if (!CheckUtf8(text, locate, diagnostics)) return false;
  return CheckTabs(text, locate, diagnostics);
}

namespace {

// Lines `line - 1` and `line` (0-based) of `text`, where a syntax error's cause usually is.
std::string NearbyLines(const std::string& text, int line) {
  std::istringstream in(text);
  std::string current, nearby;
  for (int i = 0; std::getline(in, current) && i <= line; ++i) {
    if (i >= line - 1) nearby += current + "\n";
  }
  return nearby;
}

// The likeliest fix for a syntax error, judged from the lines around it.
std::string SyntaxHint(const std::string& text, int line) {
  const std::string nearby = line >= 0 ? NearbyLines(text, line) : "";
  if (nearby.find("\xEF\xBC\x9A") != std::string::npos) {  // U+FF1A FULLWIDTH COLON
    return "a full-width colon '：' does not separate a key from its value: type the ASCII ':' followed by a space";
  }
  for (size_t at = nearby.find(':'); at != std::string::npos; at = nearby.find(':', at + 1)) {
    const char next = at + 1 < nearby.size() ? nearby[at + 1] : ' ';
    if (next != ' ' && next != '\n' && next != '/' && next != ':') {
      return "put a space after ':' between a key and its value, e.g. 'value: 3.09'";
    }
  }
  return "check indentation and quoting on this line or the one before; text "
         "containing ': ' or starting with [ { * & ! | > % @ needs quotes";
}

}  // namespace

bool PreScanYaml(const std::string& text, const TextLocator& locate, Diagnostics* diagnostics) {
  size_t errors_before = diagnostics->All().size();
  std::istringstream in(text);
  PreScanHandler handler(locate, diagnostics);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(handler)) {
    }
    handler.Finish();
  } catch (const Stuck& e) {
    const size_t at = static_cast<size_t>(e.mark.pos);
    const bool printable = at < text.size() && text[at] > ' ' && text[at] < 0x7f;
    const std::string what = printable ? std::string("'") + text[at] + "'" : "text";
    diagnostics->Error(locate.At(e.mark.line, e.mark.column), "YAML syntax error: unexpected " + what,
                       "',' separates items only inside [...] or {...}; text containing it "
                       "or starting with [ { * & ! | > % @ needs quotes");
  } catch (const TooManyIndicators& e) {
    diagnostics->Error(locate.At(e.mark.line, e.mark.column),
                       "this is indicator number " + std::to_string(kMaxIndicators + 1) +
                           "; a plan file may declare at most " + std::to_string(kMaxIndicators) + " indicators",
                       "a plan tracks the indicators of one plan office (hundreds at most); split the file "
                       "into several plans, e.g. one per department or topic");
  } catch (const TooDeep& e) {
    diagnostics->Error(locate.At(e.mark.line, e.mark.column),
                       "lists and maps are nested more than " + std::to_string(kMaxPlanDepth) +
                           " levels deep",
                       "a plan needs only a few levels; check for unclosed brackets '[' or '{'");
  } catch (const YAML::DeepRecursion& e) {
    diagnostics->Error(locate.At(e.mark.line, e.mark.column), "lists and maps are nested too deeply",
                       "check for unclosed brackets '[' or '{'");
  } catch (const YAML::ParserException& e) {
    SourceLocation where = e.mark.is_null() ? locate.File() : locate.At(e.mark.line, e.mark.column);
    diagnostics->Error(where, "YAML syntax error: " + e.msg, SyntaxHint(text, e.mark.is_null() ? -1 : e.mark.line));
  }
  return diagnostics->All().size() == errors_before;
}

}  // namespace plancast
