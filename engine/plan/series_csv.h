// Reader for `series_id,period,value` CSV files (the backtest input), one
// series at a time so memory stays flat however many series a file holds.
//
// Rows may come in any order. The constructor checks every row first (all
// problems are reported at once as PATH:LINE:COL diagnostics) and notes
// whether each series' rows are contiguous (8 bytes per series); if so, Next()
// streams series in file order with O(longest series) memory, otherwise it
// falls back to holding the whole file in memory (the only way to group
// scattered rows). Within a series the
// values are returned sorted by period; a repeated period is an error.
#pragma once

#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/plan/diagnostics.h"

namespace plancast {

struct SeriesData {
  std::string id;
  std::vector<double> period;  // strictly increasing
  std::vector<double> value;
};

class SeriesCsvReader {
 public:
  // Throws InputError (exit 2) when the file is missing or any row is invalid.
  explicit SeriesCsvReader(const std::string& path);

  // Fills `series` with the next series; false once every series was read.
  bool Next(SeriesData* series);

  // True when rows of some series were scattered (whole file held in memory).
  bool materialized() const { return materialized_; }

 private:
  struct Row {
    std::string id;
    double period = 0.0;
    double value = 0.0;
    int line = 0;
  };
  // Reads the next data row; false at end of file. Appends problems to `d`.
  bool ReadRow(Row* row, Diagnostics* d);
  void Rewind();
  bool Finish(SeriesData* series, std::vector<Row>& rows);
  // Sorts `rows` (one series) by period and reports repeated periods.
  void CheckPeriods(std::vector<Row>& rows, Diagnostics* d) const;

  std::string path_;
  std::ifstream in_;
  int line_ = 0;
  std::string line_buffer_;
  std::vector<std::string> fields_;  // the current row's fields, reused
  std::vector<int> columns_;          // and where each starts (1-based)
  bool materialized_ = false;
  Row pending_;
  bool has_pending_ = false;
  std::map<std::string, std::vector<Row>> all_;  // materialized mode only
  std::vector<std::string> order_;               // ids in order of first appearance
  size_t next_index_ = 0;
};

}  // namespace plancast
