#include "engine/plan/history_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "engine/plan/csv_records.h"
#include "engine/plan/number_parsing.h"
#include "engine/plan/periods.h"
#include "engine/plan/plan_text.h"
#include "engine/plan/text_encoding.h"
#include "engine/plan/yaml_safety.h"

namespace plancast {
namespace {

const std::vector<std::string> kRequiredColumns = {"indicator", "period", "value"};
const std::vector<std::string> kColumns = {"region", "indicator", "period", "value", "note", "source", "basis"};

std::string Trim(const std::string& s) {
  size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

std::string Where(const SourceLocation& at) {
  return at.file + ":" + std::to_string(at.line) + ":" + std::to_string(std::max(at.column, 1));
}

std::string Hex(unsigned char c) {
  static const char* hex = "0123456789ABCDEF";
  return std::string{hex[c >> 4], hex[c & 15]};
}

// Column name -> index in the record, from the header row; empty on error.
std::map<std::string, size_t> ReadHeader(const CsvRecord& header, const TextLocator& locate,
                                         Diagnostics* diagnostics) {
  std::map<std::string, size_t> columns;
  bool ok = true;
  for (size_t k = 0; k < header.fields.size(); ++k) {
    const std::string name = Trim(header.fields[k].text);
    const SourceLocation at = locate.AtOffset(header.fields[k].offset);
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end()) {
      const std::string closest = ClosestMatch(name, kColumns);
      diagnostics->Error(at, "unknown column '" + name + "' in the header",
                         (closest.empty() ? "" : "did you mean '" + closest + "'? ") +
                             "the columns are indicator,period,value and optionally region,note,source,basis");
      ok = false;
    } else if (!columns.emplace(name, k).second) {
      diagnostics->Error(at, "column '" + name + "' appears twice in the header", "keep one column of each name");
      ok = false;
    }
  }
  for (const std::string& required : kRequiredColumns) {
    if (columns.count(required) == 0) {
      diagnostics->Error(locate.AtOffset(header.offset), "the header has no '" + required + "' column",
                         "the first row names the columns: indicator,period,value (then note,source,basis if used)");
      ok = false;
    }
  }
  if (!ok) columns.clear();
  return columns;
}

bool IsBlank(const CsvRecord& record) {
  return record.fields.size() == 1 && !record.fields[0].quoted && Trim(record.fields[0].text).empty();
}

class CsvJoiner {
 public:
  CsvJoiner(const std::string& text, const std::string& path, Plan* plan, Diagnostics* diagnostics)
      : locate_(text, path), plan_(plan), diagnostics_(diagnostics) {
    for (size_t i = 0; i < plan->indicators.size(); ++i) {
      ids_.push_back(plan->indicators[i].id);
      index_[plan->indicators[i].id] = i;
      // What the YAML and earlier files hold, so a repeat names where it was first.
      for (const Observation& o : plan->indicators[i].history) seen_.emplace(Key(0, i, o.period), o.where);
    }
    for (size_t r = 0; r < plan->regions.size(); ++r) {
      region_ids_.push_back(plan->regions[r].id);
      region_index_[plan->regions[r].id] = r;
    }
    if (!plan->regions.empty() && !plan->regional) {
      plan->regional = std::make_shared<RegionalHistories>();
      plan->regional->histories.assign(plan->regions.size(),
                                       std::vector<std::vector<Observation>>(plan->indicators.size()));
    }
  }

  void Join(const std::string& text) {
    std::vector<CsvRecord> records;
    if (!ParseCsvRecords(text, locate_, &records, diagnostics_)) return;
    while (!records.empty() && IsBlank(records.back())) records.pop_back();
    if (records.empty()) {
      diagnostics_->Error(locate_.File(), "the history file is empty",
                          "start it with the header row indicator,period,value");
      return;
    }
    columns_ = ReadHeader(records[0], locate_, diagnostics_);
    if (columns_.empty()) return;
    if (!CheckRegionColumn(records[0])) return;
    for (size_t r = 1; r < records.size(); ++r) {
      if (!IsBlank(records[r])) JoinRow(records[r], records[0].fields.size());
    }
  }

 private:
  using PeriodKey = std::tuple<size_t, size_t, long, long>;  // region + 1 (0: none), indicator, first day, last day
  static PeriodKey Key(size_t region, size_t indicator, const Period& p) {
    return {region, indicator, p.start.day_number(), p.end.day_number()};
  }

  // A plan with `regions:` reads files with a `region` column; one without, files without it.
  bool CheckRegionColumn(const CsvRecord& header) {
    const bool has = columns_.count("region") > 0;
    if (has == !plan_->regions.empty()) return true;
    diagnostics_->Error(has ? At(header.fields[columns_.at("region")]) : locate_.AtOffset(header.offset),
                        has ? "the history file has a 'region' column but the plan lists no regions"
                            : "the plan lists regions but the history file has no 'region' column",
                        has ? "list the regions under 'regions:' in the plan, or remove the column"
                            : "start the header with region,indicator,period,value");
    return false;
  }

  // Index + 1 of the row's region (0 in a plan without regions); nullopt after an error.
  std::optional<size_t> RowRegion(const CsvRecord& row) {
    const CsvField* field = Column(row, "region");
    if (field == nullptr) return 0;
    const std::string id = Trim(field->text);
    auto found = region_index_.find(id);
    if (found != region_index_.end()) return found->second + 1;
    const std::string closest = ClosestMatch(id, region_ids_);
    diagnostics_->Error(At(*field), id.empty() ? "the region is missing" : "unknown region '" + id + "'",
                        closest.empty() ? "the region column holds ids from the plan's 'regions:'"
                                        : "did you mean '" + closest + "'?");
    return std::nullopt;
  }

  const CsvField* Column(const CsvRecord& row, const std::string& name) const {
    auto it = columns_.find(name);
    return it == columns_.end() ? nullptr : &row.fields[it->second];
  }
  SourceLocation At(const CsvField& field) const { return locate_.AtOffset(field.offset); }

  void JoinRow(const CsvRecord& row, size_t header_size) {
    if (row.fields.size() != header_size) {
      bool one_more = row.fields.size() == header_size + 1;
      diagnostics_->Error(locate_.AtOffset(row.offset),
                          "this row has " + std::to_string(row.fields.size()) + " fields; the header has " +
                              std::to_string(header_size),
                          one_more ? "a comma inside a figure or a note splits it: use a decimal point (3.09), or "
                                     "put the field in quotes (\"a, b\")"
                                   : "give one field per header column, separated by commas");
      return;
    }
    const CsvField& id_field = *Column(row, "indicator");
    const CsvField& period_field = *Column(row, "period");
    const CsvField& value_field = *Column(row, "value");
    const std::string id = Trim(id_field.text);
    auto found = index_.find(id);
    const std::optional<size_t> region = RowRegion(row);
    bool ok = region.has_value();
    if (found == index_.end()) {
      const std::string closest = ClosestMatch(id, ids_);
      diagnostics_->Error(At(id_field), id.empty() ? "the indicator is missing" : "unknown indicator '" + id + "'",
                          closest.empty() ? "the indicator column holds ids from the plan's 'indicators:'"
                                          : "did you mean '" + closest + "'?");
      ok = false;
    }
    std::string error;
    const std::string label = Trim(period_field.text);
    std::optional<Period> period = ParsePeriod(label, &error);
    if (!period) {
      diagnostics_->Error(At(period_field), "'" + label + "' is not a period", error);
      ok = false;
    }
    ParsedNumber number = ParseNumber(Trim(value_field.text));
    if (!number.ok) {
      diagnostics_->Error(At(value_field), "value: " + number.message, number.hint);
      ok = false;
    }
    if (!ok) return;
    Indicator& indicator = plan_->indicators[found->second];
    if (!indicator.formula.empty()) {
      diagnostics_->Error(At(id_field), "derived indicator '" + id + "' has rows in a history file",
                          "its history is computed from the formula's inputs; remove these rows");
      return;
    }
    if (!indicator.rank_of.empty()) {
      diagnostics_->Error(At(id_field), "rank '" + id + "' has rows in a history file",
                          "each region's rank is computed from the regions' '" + indicator.rank_of +
                              "' figures; remove these rows");
      return;
    }
    Observation obs;
    obs.period = *period;
    obs.year = period->end.year();
    obs.t = period->kind == PeriodKind::kYear ? obs.year
            : indicator.is_flow               ? FlowTime(*period)
                                              : LevelTime(*period);
    obs.value = number.value;
    obs.where = At(value_field);
    if (const CsvField* f = Column(row, "note")) obs.note = Trim(f->text);
    if (const CsvField* f = Column(row, "source")) obs.source = Trim(f->text);
    if (const CsvField* f = Column(row, "basis")) obs.basis = Trim(f->text);
    // A map, not a scan of the history: a 10 MiB file of one indicator is ~400k rows.
    if (*region > 0) {  // repeats are found once every file is read (CheckRegionalRepeats)
      plan_->regional->histories[*region - 1][found->second].push_back(std::move(obs));
      return;
    }
    auto [same, inserted] = seen_.emplace(Key(*region, found->second, obs.period), obs.where);
    if (!inserted) {
      const SourceLocation& first = same->second;
      const bool in_yaml = first.file == plan_->file;
      diagnostics_->Error(At(period_field),
                          in_yaml ? "'" + id + "' " + label + " is given both here and in the plan at " + Where(first)
                                  : "period " + label + " of '" + id + "' appears twice (first at " + Where(first) +
                                        ")",
                          in_yaml ? "keep each figure in one place: delete this row or the plan's history entry"
                                  : "keep one row per indicator and period");
      return;
    }
    indicator.history.push_back(obs);
  }

  TextLocator locate_;
  Plan* plan_;
  Diagnostics* diagnostics_;
  std::vector<std::string> ids_;
  std::map<std::string, size_t> index_;
  std::map<std::string, size_t> columns_;
  std::map<PeriodKey, SourceLocation> seen_;
  std::vector<std::string> region_ids_;
  std::map<std::string, size_t> region_index_;
};

std::optional<std::string> ReadFromDisk(const std::string& path, const std::string& as_written,
                                        const SourceLocation& where, Diagnostics* diagnostics) {
  namespace fs = std::filesystem;
  std::error_code error;
  const std::string shown = as_written == path ? "'" + path + "'" : "'" + as_written + "' (" + path + ")";
  if (!fs::is_regular_file(path, error)) {
    diagnostics->Error(where, std::string(fs::exists(path, error) ? "history file is not a regular file: "
                                                                  : "no such history file: ") + shown,
                       "history_files paths are relative to the plan file's folder");
    return std::nullopt;
  }
  const auto size = fs::file_size(path, error);
  if (!error && size > kMaxPlanBytes) {
    std::ostringstream mib;
    mib.precision(1);
    mib << std::fixed << size / 1048576.0;
    diagnostics->Error(where, "history file " + shown + " is " + mib.str() + " MiB; the limit is " +
                                  std::to_string(kMaxPlanBytes / 1048576) + " MiB",
                       "a history file holds one row per figure; split bulk data into several files");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  if (!in) {
    diagnostics->Error(where, "cannot read history file " + shown, "check that it is readable");
    return std::nullopt;
  }
  buffer << in.rdbuf();  // an empty file sets failbit: it is reported as empty later
  return buffer.str();
}

// A region's figure for one indicator and period given twice (in one file or
// two). Checked once over the sorted histories: a map of every row seen would
// cost more than the rows themselves at 140,000 series.
void CheckRegionalRepeats(const Plan& plan, Diagnostics* diagnostics) {
  for (size_t r = 0; r < plan.regional->histories.size(); ++r) {
    for (size_t i = 0; i < plan.indicators.size(); ++i) {
      const std::vector<Observation>& history = plan.regional->histories[r][i];
      for (size_t k = 1; k < history.size(); ++k) {
        for (size_t j = k; j-- > 0 && history[j].t == history[k].t;) {
          if (history[j].period.start != history[k].period.start || history[j].period.end != history[k].period.end) {
            continue;
          }
          diagnostics->Error(history[k].where, "period " + history[k].period.label + " of '" + plan.indicators[i].id +
                                                   "' in region '" + plan.regions[r].id + "' appears twice (first at " +
                                                   Where(history[j].where) + ")",
                             "keep one row per region, indicator and period");
          break;
        }
      }
    }
  }
}

}  // namespace

DataFileReader DiskDataFileReader() { return ReadFromDisk; }

std::string ResolveDataPath(const std::string& plan_file, const std::string& path) {
  std::filesystem::path p(path);
  if (p.is_absolute()) return path;
  return (std::filesystem::path(plan_file).parent_path() / p).string();
}

void JoinHistoryCsv(const std::string& text, const std::string& path, Plan* plan, Diagnostics* diagnostics) {
  CsvJoiner(text, path, plan, diagnostics).Join(text);
}

void JoinHistoryFiles(const std::vector<HistoryFileRef>& files, const DataFileReader& reader, Plan* plan,
                      Diagnostics* diagnostics) {
  for (const HistoryFileRef& file : files) {
    const std::string path = ResolveDataPath(plan->file, file.path);
    std::optional<std::string> raw = reader(path, file.path, file.where, diagnostics);
    if (!raw) continue;
    DecodedText decoded = DecodeDataText(*raw);
    if (!decoded.ok) {
      const std::string prefix = NormalizePlanText(decoded.utf8);
      diagnostics->Error(TextLocator(prefix, path).AtOffset(prefix.size()),
                         "the history file is neither UTF-8 nor GB18030 (byte 0x" + Hex(decoded.bad_byte) + ")",
                         "save it from Excel/WPS as \"CSV UTF-8\" (or as CSV in the Chinese Windows default)");
      continue;
    }
    if (decoded.encoding == TextEncoding::kGb18030) {
      diagnostics->Note({path, 0, 0}, "read as GB18030 (not valid UTF-8) and converted to UTF-8",
                        "saving the file as \"CSV UTF-8\" makes this note go away");
    }
    const std::string text = NormalizePlanText(decoded.utf8);
    if (text.find('\0') != std::string::npos) {
      diagnostics->Error(TextLocator(text, path).AtOffset(text.find('\0')), "the history file contains a NUL byte",
                         "a history file is text; was a spreadsheet (.xlsx) renamed to .csv?");
      continue;
    }
    JoinHistoryCsv(text, path, plan, diagnostics);
  }
  const auto by_time = [](const Observation& a, const Observation& b) { return a.t < b.t; };
  for (Indicator& indicator : plan->indicators) {
    std::stable_sort(indicator.history.begin(), indicator.history.end(), by_time);
  }
  if (!plan->regional) return;
  for (auto& region : plan->regional->histories) {
    for (auto& history : region) std::stable_sort(history.begin(), history.end(), by_time);
  }
  CheckRegionalRepeats(*plan, diagnostics);
}

}  // namespace plancast
