// Streaming `series_id,period,value` reader; see series_csv.h.
#include "engine/plan/series_csv.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <functional>

namespace plancast {
namespace {

constexpr size_t kMaxReported = 20;  // problems listed before giving up

// A field as [begin, end) of the line, without surrounding blanks or quotes.
struct Field {
  const char* begin;
  const char* end;
};

Field Trim(const char* begin, const char* end) {
  while (begin < end && (*begin == ' ' || *begin == '\t')) ++begin;
  while (end > begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) --end;
  if (end - begin >= 2 && *begin == '"' && end[-1] == '"') {
    ++begin;
    --end;
  }
  return {begin, end};
}

// Parses the whole field as a finite number (no allocation: strtod stops at
// the comma or end of line, and must stop exactly at the field's end).
bool ParseNumber(Field f, double* out) {
  if (f.begin == f.end) return false;
  errno = 0;
  char* stop = nullptr;
  double v = std::strtod(f.begin, &stop);
  if (stop != f.end || errno == ERANGE || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

}  // namespace

SeriesCsvReader::SeriesCsvReader(const std::string& path) : path_(path) {
  in_.open(path, std::ios::binary);
  if (!in_) throw InputError(path + ": cannot open series file");
  // Pass 1: validate every row and find out whether series are contiguous.
  // Only a 64-bit hash per run of rows is kept (8 bytes per series), so this
  // stays small however many series there are; a hash collision can only
  // cause an unneeded fallback to the in-memory mode, never a wrong grouping.
  Diagnostics d;
  std::vector<uint64_t> run_hashes;
  std::vector<Row> run;  // the current run's rows, for repeated periods
  Row row;
  while (ReadRow(&row, &d)) {
    if (!run.empty() && row.id == run.front().id) {
      run.push_back(row);
      continue;
    }
    CheckPeriods(run, &d);
    run.assign(1, row);
    run_hashes.push_back(std::hash<std::string>{}(row.id));
    if (d.All().size() >= kMaxReported) break;
  }
  CheckPeriods(run, &d);
  std::sort(run_hashes.begin(), run_hashes.end());
  const bool contiguous =
      std::adjacent_find(run_hashes.begin(), run_hashes.end()) == run_hashes.end();
  run_hashes = std::vector<uint64_t>();
  if (line_ == 0) d.Error({path_, 1, 1}, "empty file", "expected the header series_id,period,value");
  if (d.HasErrors()) throw InputError(std::move(d));
  Rewind();
  if (!contiguous) {
    materialized_ = true;
    while (ReadRow(&row, &d)) {
      auto [it, inserted] = all_.try_emplace(row.id);
      if (inserted) order_.push_back(row.id);
      it->second.push_back(row);
    }
    for (auto& [id, rows] : all_) CheckPeriods(rows, &d);
    if (d.HasErrors()) throw InputError(std::move(d));
  }
}

void SeriesCsvReader::Rewind() {
  in_.clear();
  in_.seekg(0);
  line_ = 0;
  has_pending_ = false;
}

bool SeriesCsvReader::ReadRow(Row* row, Diagnostics* d) {
  std::string& text = line_buffer_;  // reused: no allocation per row
  while (std::getline(in_, text)) {
    ++line_;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (line_ == 1) {
      if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
      if (text != "series_id,period,value")
        d->Error({path_, 1, 1}, "header must be series_id,period,value, found '" + text + "'",
                 "the first line names the three columns in this order");
      continue;
    }
    if (text.find_first_not_of(" \t") == std::string::npos) continue;  // blank line
    size_t c1 = text.find(',');
    size_t c2 = c1 == std::string::npos ? c1 : text.find(',', c1 + 1);
    if (c2 == std::string::npos || text.find(',', c2 + 1) != std::string::npos) {
      d->Error({path_, line_, 1}, "expected 3 comma-separated fields",
               "each row is series_id,period,value");
      continue;
    }
    const char* base = text.c_str();
    Field id = Trim(base, base + c1);
    row->id.assign(id.begin, id.end);
    row->line = line_;
    bool ok = true;
    if (row->id.empty()) {
      d->Error({path_, line_, 1}, "empty series_id", "give every row the id of its series");
      ok = false;
    }
    if (!ParseNumber(Trim(base + c1 + 1, base + c2), &row->period)) {
      d->Error({path_, line_, static_cast<int>(c1) + 2}, "period is not a finite number",
               "use an integer year or index, e.g. 2015");
      ok = false;
    }
    if (!ParseNumber(Trim(base + c2 + 1, base + text.size()), &row->value)) {
      d->Error({path_, line_, static_cast<int>(c2) + 2}, "value is not a finite number",
               "leave missing years out instead of writing NA or an empty value");
      ok = false;
    }
    if (ok) return true;
  }
  return false;
}

namespace {
// A period as written: 2020, 2020.5, 1e+300 (a cast to an integer type would overflow).
std::string FormatPeriod(double period) {
  char text[32];
  std::snprintf(text, sizeof text, "%.15g", period);
  return text;
}
}  // namespace

void SeriesCsvReader::CheckPeriods(std::vector<Row>& rows, Diagnostics* d) const {
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.period < b.period; });
  for (size_t i = 1; i < rows.size(); ++i)
    if (rows[i].period == rows[i - 1].period)
      d->Error({path_, std::max(rows[i].line, rows[i - 1].line), 1},
               "series '" + rows[i].id + "' has a second value for period " +
                   FormatPeriod(rows[i].period),
               "first given on line " + std::to_string(std::min(rows[i].line, rows[i - 1].line)));
}

bool SeriesCsvReader::Finish(SeriesData* series, std::vector<Row>& rows) {
  Diagnostics d;
  CheckPeriods(rows, &d);  // sorts; repeats were already reported by the first pass
  if (d.HasErrors()) throw InputError(std::move(d));
  series->id = rows.front().id;
  series->period.clear();
  series->value.clear();
  for (const Row& r : rows) {
    series->period.push_back(r.period);
    series->value.push_back(r.value);
  }
  return true;
}

bool SeriesCsvReader::Next(SeriesData* series) {
  if (materialized_) {
    if (next_index_ >= order_.size()) return false;
    std::vector<Row> rows = std::move(all_[order_[next_index_]]);
    all_.erase(order_[next_index_++]);
    return Finish(series, rows);
  }
  Diagnostics unused;  // rows were validated in pass 1
  std::vector<Row> rows;
  if (has_pending_) {
    rows.push_back(pending_);
    has_pending_ = false;
  }
  Row row;
  while (ReadRow(&row, &unused)) {
    if (!rows.empty() && row.id != rows.front().id) {
      pending_ = row;
      has_pending_ = true;
      break;
    }
    rows.push_back(row);
  }
  if (rows.empty()) return false;
  return Finish(series, rows);
}

}  // namespace plancast
