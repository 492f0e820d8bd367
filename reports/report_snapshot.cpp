#include "reports/report_snapshot.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "engine/input_file.h"
#include "reports/json_positions.h"

namespace plancast {
namespace {

using Json = nlohmann::json;

// report.json files are small; a limit keeps a wrong path (a huge log, a
// device) from eating memory.
constexpr std::uintmax_t kMaxReportBytes = 64u << 20;
// A report nests 5 levels; more is not a report (and keeps the position scan shallow).
constexpr int kMaxReportDepth = 64;
// The format versions this plancast reads (report.json says which it is).
constexpr int kReportFormatVersion = 1;
// Figures beyond this are not what forecast writes (the plan loader refuses
// them too) and would overflow the differences compare takes.
constexpr double kMaxMagnitude = 1e100;

const char* TypeName(const Json& j) {
  if (j.is_null()) return "null";
  if (j.is_boolean()) return "a boolean";
  if (j.is_number()) return "a number";
  if (j.is_string()) return "a string";
  if (j.is_array()) return "an array";
  return "an object";
}

// Every problem names its field (`indicators[3].target.value`) and, from a
// scan of the text, where the value is: `PATH:LINE:COL`.
class Reader {
 public:
  Reader(const std::string& path, const std::string& text, const JsonOffsets& offsets, Diagnostics* diagnostics)
      : path_(path), text_(text), offsets_(offsets), diagnostics_(diagnostics) {}

  void Error(const std::string& where, const std::string& message, const std::string& hint = "") {
    const std::string key = where == "(root)" ? "" : where.rfind("(root).", 0) == 0 ? where.substr(7) : where;
    auto it = offsets_.find(key);
    const SourceLocation at = it == offsets_.end() ? SourceLocation{path_, 0, 0} : LocationOfByte(text_, it->second, path_);
    diagnostics_->Error(at, where + ": " + message, hint);
  }

  void WrongType(const Json& j, const std::string& where, const std::string& expected) {
    Error(where, std::string("expected ") + expected + ", found " + TypeName(j) +
                     (j.is_string() ? " \"" + Shorten(j.get<std::string>()) + "\"" : ""),
          "compare reads report.json files written by `plancast forecast`; numbers are written without quotes");
  }

  std::string String(const Json& j, const char* key, const std::string& where) {
    if (!j.contains(key) || j[key].is_null()) return "";
    if (!j[key].is_string()) {
      WrongType(j[key], where + "." + key, "a string");
      return "";
    }
    return j[key].get<std::string>();
  }

  std::optional<double> Number(const Json& j, const char* key, const std::string& where) {
    if (!j.contains(key) || j[key].is_null()) return std::nullopt;
    if (!j[key].is_number()) {
      WrongType(j[key], where + "." + key, "a number or null");
      return std::nullopt;
    }
    double v = j[key].get<double>();
    if (!std::isfinite(v) || std::fabs(v) > kMaxMagnitude) {
      Error(where + "." + key, "the number " + j[key].dump() + " is out of range (the limit is ±1e100)");
      return std::nullopt;
    }
    return v;
  }

  bool Boolean(const Json& j, const char* key, const std::string& where) {
    if (!j.contains(key) || j[key].is_null()) return false;
    if (!j[key].is_boolean()) {
      WrongType(j[key], where + "." + key, "true or false");
      return false;
    }
    return j[key].get<bool>();
  }

  int Year(const Json& j, const std::string& where) {
    if (!j.contains("year") || !j["year"].is_number_integer()) {
      if (j.contains("year")) {
        WrongType(j["year"], where + ".year", "a whole year");
      } else {
        Error(where + ".year", "expected a whole year");
      }
      return 0;
    }
    const long long year = j["year"].get<long long>();
    if (year < 1 || year > 9999) {
      Error(where + ".year", "year " + std::to_string(year) + " is outside 1..9999");
      return 0;
    }
    return static_cast<int>(year);
  }

  // A field that must be an object (or null / absent).
  const Json* Object(const Json& j, const char* key, const std::string& where) {
    if (!j.contains(key) || j[key].is_null()) return nullptr;
    if (!j[key].is_object()) {
      WrongType(j[key], where + "." + key, "an object or null");
      return nullptr;
    }
    return &j[key];
  }

  std::optional<SnapshotIndicator> Indicator(const Json& j, const std::string& where) {
    if (!j.is_object()) {
      WrongType(j, where, "an object");
      return std::nullopt;
    }
    if (!j.contains("id") || !j["id"].is_string() || j["id"].get<std::string>().empty()) {
      Error(where + ".id", "every indicator needs a non-empty string id");
      return std::nullopt;
    }
    SnapshotIndicator ind;
    ind.id = j["id"].get<std::string>();
    ind.name = String(j, "name", where);
    ind.unit = String(j, "unit", where);
    ind.status = String(j, "status", where);
    ind.p_meet = Number(j, "p_meet", where);
    if (const Json* t = Object(j, "target", where)) {
      const std::string w = where + ".target";
      SnapshotTarget target;
      target.year = Year(*t, w);
      target.value = Number(*t, "value", w);
      target.illustrative = Boolean(*t, "illustrative", w);
      target.kind = String(*t, "kind", w);
      ind.target = target;
    }
    if (const Json* p = Object(j, "projection", where)) {
      const std::string w = where + ".projection";
      ind.projection = SnapshotProjection{Year(*p, w), Number(*p, "value", w), Number(*p, "lo80", w),
                                          Number(*p, "hi80", w), Number(*p, "lo95", w), Number(*p, "hi95", w)};
    }
    if (j.contains("history") && !j["history"].is_null() && !j["history"].is_array()) {
      WrongType(j["history"], where + ".history", "an array");
    } else if (j.contains("history") && j["history"].is_array()) {
      for (size_t i = 0; i < j["history"].size(); ++i) {
        const Json& h = j["history"][i];
        std::string w = where + ".history[" + std::to_string(i) + "]";
        if (!h.is_object()) {
          WrongType(h, w, "an object");
          continue;
        }
        ind.history.push_back(SnapshotPoint{Year(h, w), Number(h, "value", w), String(h, "period", w)});
      }
    }
    ReadPath(j, where, &ind);
    return ind;
  }

 private:
  void ReadPath(const Json& j, const std::string& where, SnapshotIndicator* ind) {
    if (!j.contains("path") || j["path"].is_null()) return;
    if (!j["path"].is_array()) {
      WrongType(j["path"], where + ".path", "an array");
      return;
    }
    ind->has_path = true;
    for (size_t i = 0; i < j["path"].size(); ++i) {
      const Json& p = j["path"][i];
      const std::string w = where + ".path[" + std::to_string(i) + "]";
      if (!p.is_object()) {
        WrongType(p, w, "an object");
        continue;
      }
      const std::optional<double> t = Number(p, "t", w);
      if (!t) continue;  // a point without a place on the axis scores nothing
      ind->path.push_back(SnapshotPathPoint{*t, Number(p, "value", w), Number(p, "lo80", w), Number(p, "hi80", w)});
    }
  }

  static std::string Shorten(const std::string& s) { return s.size() > 40 ? s.substr(0, 40) + "..." : s; }

  std::string path_;
  const std::string& text_;
  const JsonOffsets& offsets_;
  Diagnostics* diagnostics_;
};

std::string ParseErrorMessage(const Json::parse_error& e) {
  std::string what = e.what();
  // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..." -> "syntax error ..."
  std::size_t colon = what.find(": ", what.find("parse error"));
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

// nlohmann throws out_of_range (406) for a number beyond double, e.g. 1e400,
// naming the text but not its place: find the first number token equal to it.
SourceLocation LocationOfNumber(const std::string& text, const std::string& token, const std::string& path) {
  for (std::size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + 1)) {
    const bool starts = at == 0 || std::string(" \t\r\n:,[").find(text[at - 1]) != std::string::npos;
    const std::size_t end = at + token.size();
    const bool ends = end == text.size() || std::string(" \t\r\n,]}").find(text[end]) != std::string::npos;
    if (starts && ends) return LocationOfByte(text, at, path);
  }
  const std::size_t first = text.find(token);  // e.g. '1e400' of "1e400.0", itself not JSON
  return first == std::string::npos ? SourceLocation{path, 0, 0} : LocationOfByte(text, first, path);
}

void CheckFormat(const Json& root, Reader* reader) {
  if (root.contains("format") && root["format"] != "plancast-report") {
    reader->Error("(root).format", "is " + root["format"].dump() + ", not \"plancast-report\"",
                  "pass the report.json written by `plancast forecast`");
  }
  if (!root.contains("format_version")) return;  // the earliest reports had none; their layout is version 1
  const Json& v = root["format_version"];
  if (!v.is_number_integer() || v.get<long long>() != kReportFormatVersion) {
    reader->Error("(root).format_version",
                  "report format version " + v.dump() + " is not supported; this plancast reads version " +
                      std::to_string(kReportFormatVersion),
                  "compare reports written by this plancast version (run `plancast forecast` again), or use "
                  "the plancast that wrote them");
  }
}

}  // namespace

std::optional<ReportSnapshot> ParseReportSnapshot(const std::string& text, const std::string& path,
                                                  Diagnostics* diagnostics) {
  Json root;
  const char* const hint = "compare reads report.json files written by `plancast forecast`";
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    // nlohmann's byte is one past the offending character.
    diagnostics->Error(LocationOfByte(text, e.byte > 0 ? e.byte - 1 : 0, path),
                       "not valid JSON: " + ParseErrorMessage(e), hint);
    return std::nullopt;
  } catch (const Json::out_of_range& e) {
    // "number overflow parsing '1e400'": too large for a double.
    const std::string what = e.what();
    const std::size_t open = what.find('\''), close = what.rfind('\'');
    const std::string token = open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1) : "";
    diagnostics->Error(token.empty() ? SourceLocation{path, 0, 0} : LocationOfNumber(text, token, path),
                       "the number '" + token + "' is too large for a report (the limit is ±1e100)", hint);
    return std::nullopt;
  }
  const JsonScan scan = ScanJsonOffsets(text, kMaxReportDepth);
  if (scan.too_deep_at) {
    diagnostics->Error(LocationOfByte(text, *scan.too_deep_at, path),
                       "nested more than " + std::to_string(kMaxReportDepth) + " levels; not a report.json", hint);
    return std::nullopt;
  }
  Reader reader(path, text, scan.offsets, diagnostics);
  if (!root.is_object() || !root.contains("indicators") || !root["indicators"].is_array()) {
    reader.Error("(root)", "not a plancast report: no `indicators` array",
                 "pass the report.json written by `plancast forecast`, not report.md/csv or the plan");
    return std::nullopt;
  }
  CheckFormat(root, &reader);
  ReportSnapshot snapshot;
  snapshot.path = path;
  if (const Json* plan = reader.Object(root, "plan", "(root)")) {
    snapshot.plan_id = reader.String(*plan, "id", "plan");
    snapshot.plan_name = reader.String(*plan, "name", "plan");
    snapshot.plan_language = reader.String(*plan, "language", "plan");
  }
  snapshot.as_of = reader.String(root, "as_of", "(root)");
  const Json& indicators = root["indicators"];
  for (size_t i = 0; i < indicators.size(); ++i) {
    std::string where = "indicators[" + std::to_string(i) + "]";
    if (auto ind = reader.Indicator(indicators[i], where)) {
      for (const SnapshotIndicator& seen : snapshot.indicators) {
        if (seen.id == ind->id) reader.Error(where + ".id", "duplicate indicator id '" + ind->id + "'");
      }
      snapshot.indicators.push_back(std::move(*ind));
    }
  }
  if (diagnostics->HasErrors()) return std::nullopt;
  return snapshot;
}

std::optional<ReportSnapshot> ReadReportSnapshot(const std::string& path, Diagnostics* diagnostics) {
  // A FIFO, a device, a folder or a huge file is refused before it is opened.
  if (!CheckInputFile(path, kMaxReportBytes, "compare takes OLD/report.json NEW/report.json", diagnostics)) {
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics->Error({path, 0, 0}, std::string("cannot read file: ") + std::strerror(errno),
                       "check the path; compare takes OLD/report.json NEW/report.json");
    return std::nullopt;
  }
  std::ostringstream text;
  char buffer[1 << 16];
  std::size_t total = 0;
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    total += static_cast<std::size_t>(in.gcount());
    if (total > kMaxReportBytes) {
      diagnostics->Error({path, 0, 0}, "file is larger than 64 MiB; not a report.json");
      return std::nullopt;
    }
    text.write(buffer, in.gcount());
  }
  if (in.bad()) {
    diagnostics->Error({path, 0, 0}, "cannot read file (is it a directory?)");
    return std::nullopt;
  }
  return ParseReportSnapshot(text.str(), path, diagnostics);
}

}  // namespace plancast
