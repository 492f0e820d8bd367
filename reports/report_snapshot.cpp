#include "reports/report_snapshot.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

namespace plancast {
namespace {

using Json = nlohmann::json;

// report.json files are small; a limit keeps a wrong path (a huge log, a
// device) from eating memory.
constexpr std::size_t kMaxReportBytes = 64u << 20;

// Structure problems have no line number (nlohmann keeps none after parsing);
// the JSON path in the message says where.
class Reader {
 public:
  Reader(const std::string& path, Diagnostics* diagnostics) : path_(path), diagnostics_(diagnostics) {}

  void Error(const std::string& where, const std::string& message, const std::string& hint = "") {
    diagnostics_->Error({path_, 0, 0}, where + ": " + message, hint);
  }

  std::string String(const Json& j, const char* key, const std::string& where) {
    if (!j.contains(key) || j[key].is_null()) return "";
    if (!j[key].is_string()) {
      Error(where + "." + key, "expected a string");
      return "";
    }
    return j[key].get<std::string>();
  }

  std::optional<double> Number(const Json& j, const char* key, const std::string& where) {
    if (!j.contains(key) || j[key].is_null()) return std::nullopt;
    if (!j[key].is_number()) {
      Error(where + "." + key, "expected a number or null");
      return std::nullopt;
    }
    double v = j[key].get<double>();
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
  }

  int Year(const Json& j, const std::string& where) {
    if (!j.contains("year") || !j["year"].is_number_integer()) {
      Error(where + ".year", "expected a whole year");
      return 0;
    }
    return j["year"].get<int>();
  }

  std::optional<SnapshotIndicator> Indicator(const Json& j, const std::string& where) {
    if (!j.is_object()) {
      Error(where, "expected an object");
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
    if (j.contains("target") && j["target"].is_object()) {
      const Json& t = j["target"];
      SnapshotTarget target;
      target.year = Year(t, where + ".target");
      target.value = Number(t, "value", where + ".target");
      target.illustrative = t.contains("illustrative") && t["illustrative"].is_boolean() && t["illustrative"].get<bool>();
      target.kind = String(t, "kind", where + ".target");
      ind.target = target;
    }
    if (j.contains("projection") && j["projection"].is_object()) {
      const Json& p = j["projection"];
      std::string w = where + ".projection";
      ind.projection = SnapshotProjection{Year(p, w), Number(p, "value", w), Number(p, "lo80", w),
                                          Number(p, "hi80", w), Number(p, "lo95", w), Number(p, "hi95", w)};
    }
    if (j.contains("history") && j["history"].is_array()) {
      for (size_t i = 0; i < j["history"].size(); ++i) {
        const Json& h = j["history"][i];
        std::string w = where + ".history[" + std::to_string(i) + "]";
        if (!h.is_object()) {
          Error(w, "expected an object");
          continue;
        }
        ind.history.push_back(SnapshotPoint{Year(h, w), Number(h, "value", w), String(h, "period", w)});
      }
    }
    return ind;
  }

 private:
  std::string path_;
  Diagnostics* diagnostics_;
};

// nlohmann reports a byte offset; people want line and column.
SourceLocation LocationOfByte(const std::string& text, std::size_t byte, const std::string& path) {
  SourceLocation where{path, 1, 1};
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;  // count characters, not UTF-8 continuation bytes
    }
  }
  return where;
}

std::string ParseErrorMessage(const Json::parse_error& e) {
  std::string what = e.what();
  // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..." -> "syntax error ..."
  std::size_t colon = what.find(": ", what.find("parse error"));
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

std::optional<ReportSnapshot> ParseReportSnapshot(const std::string& text, const std::string& path,
                                                  Diagnostics* diagnostics) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    // nlohmann's byte is one past the offending character.
    diagnostics->Error(LocationOfByte(text, e.byte > 0 ? e.byte - 1 : 0, path),
                       "not valid JSON: " + ParseErrorMessage(e), "compare reads report.json files written by `plancast forecast`");
    return std::nullopt;
  }
  Reader reader(path, diagnostics);
  if (!root.is_object() || !root.contains("indicators") || !root["indicators"].is_array()) {
    reader.Error("(root)", "not a plancast report: no `indicators` array",
                 "pass the report.json written by `plancast forecast`, not report.md/csv or the plan");
    return std::nullopt;
  }
  ReportSnapshot snapshot;
  snapshot.path = path;
  if (root.contains("plan") && root["plan"].is_object()) {
    snapshot.plan_id = reader.String(root["plan"], "id", "plan");
    snapshot.plan_name = reader.String(root["plan"], "name", "plan");
    snapshot.plan_language = reader.String(root["plan"], "language", "plan");
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
