// Streaming `series_id,period,value` reader; see series_csv.h.
#include "engine/plan/series_csv.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/plan/unsafe_text.h"

namespace plancast {
namespace {

constexpr size_t kMaxReported = 20;  // problems listed before giving up

// Figures beyond these magnitudes are refused, as in a plan (number_parsing):
// near double's limit the fits overflow (inf scores), and a subnormal such as
// 4.94e-324 has lost its precision (strtod says ERANGE).
constexpr double kMaxMagnitude = 1e100;
constexpr double kMinMagnitude = 1e-300;

// Why a field is not a usable number.
enum class NumberProblem { kNone, kNotANumber, kTooLarge, kTooSmall };

// Parses the whole field as a finite number; "" and "nan"/"inf" are not numbers.
NumberProblem ParseNumber(const std::string& f, double* out) {
  if (f.empty()) return NumberProblem::kNotANumber;
  errno = 0;
  char* stop = nullptr;
  double v = std::strtod(f.c_str(), &stop);
  if (stop != f.c_str() + f.size() || std::isnan(v)) return NumberProblem::kNotANumber;
  if (std::isinf(v)) {
    // "inf" written as such is no number; 1e999 overflowed.
    return errno == ERANGE ? NumberProblem::kTooLarge : NumberProblem::kNotANumber;
  }
  if (std::fabs(v) > kMaxMagnitude) return NumberProblem::kTooLarge;
  if (v != 0.0 && std::fabs(v) < kMinMagnitude) return NumberProblem::kTooSmall;
  *out = v;
  return NumberProblem::kNone;
}

std::string NumberMessage(const char* what, const std::string& field, NumberProblem problem) {
  switch (problem) {
    case NumberProblem::kTooLarge: return std::string(what) + " '" + field + "' is too large (the limit is ±1e100)";
    case NumberProblem::kTooSmall:
      return std::string(what) + " '" + field + "' is too close to zero to compute with (smaller than 1e-300)";
    default: return std::string(what) + " is not a finite number";
  }
}

// One RFC 4180 line: fields split at commas, a field in double quotes may
// hold commas and "" for a quote. Blanks around a field are dropped. Returns
// false with `error` and `error_column` (1-based) when a quote is unclosed or
// followed by text. `columns` gets each field's first column.
bool SplitCsvLine(const std::string& text, std::vector<std::string>* fields, std::vector<int>* columns,
                  std::string* error, int* error_column) {
  fields->clear();
  columns->clear();
  const size_t n = text.size();
  size_t i = 0;
  while (true) {
    while (i < n && (text[i] == ' ' || text[i] == '\t')) ++i;
    columns->push_back(static_cast<int>(i) + 1);
    std::string field;
    if (i < n && text[i] == '"') {
      const size_t open = i++;
      while (true) {
        if (i >= n) {
          *error = "a quoted field is not closed (a quote is missing, or the field spans lines)";
          *error_column = static_cast<int>(open) + 1;
          return false;
        }
        if (text[i] == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      while (i < n && (text[i] == ' ' || text[i] == '\t')) ++i;
      if (i < n && text[i] != ',') {
        *error = "text after a closing quote";
        *error_column = static_cast<int>(i) + 1;
        return false;
      }
    } else {
      const size_t start = i;
      while (i < n && text[i] != ',') ++i;
      size_t end = i;
      while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
      field.assign(text, start, end - start);
    }
    fields->push_back(std::move(field));
    if (i >= n) return true;
    ++i;  // the comma
  }
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
    std::string split_error;
    int split_column = 1;
    if (!SplitCsvLine(text, &fields_, &columns_, &split_error, &split_column)) {
      d->Error({path_, line_, split_column}, split_error, "quote a field as \"gr,ow\"; write a quote inside it as \"\"");
      continue;
    }
    if (fields_.size() != 3) {
      d->Error({path_, line_, 1}, "expected 3 comma-separated fields, found " + std::to_string(fields_.size()),
               "each row is series_id,period,value; quote a field that holds a comma");
      continue;
    }
    row->id = fields_[0];
    row->line = line_;
    bool ok = true;
    if (row->id.empty()) {
      d->Error({path_, line_, 1}, "empty series_id", "give every row the id of its series");
      ok = false;
    } else if (auto found = FindControlCharacter(row->id, /*allow_tab_newline=*/false)) {
      // A NUL split a series silently in tools that read C strings.
      d->Error({path_, line_, columns_[0]}, "series_id contains " + found->description + " at character " +
                                                std::to_string(found->character + 1),
               "series ids are printable text");
      ok = false;
    }
    if (NumberProblem p = ParseNumber(fields_[1], &row->period); p != NumberProblem::kNone) {
      d->Error({path_, line_, columns_[1]}, NumberMessage("period", fields_[1], p),
               "use an integer year or index, e.g. 2015");
      ok = false;
    }
    if (NumberProblem p = ParseNumber(fields_[2], &row->value); p != NumberProblem::kNone) {
      d->Error({path_, line_, columns_[2]}, NumberMessage("value", fields_[2], p),
               p == NumberProblem::kNotANumber ? "leave missing years out instead of writing NA or an empty value"
                                               : "rescale the series to a unit that keeps its values within 1e-300..1e100");
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
