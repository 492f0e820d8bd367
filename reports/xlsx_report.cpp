// report.xlsx: the office's 指标完成情况表 and the raw history, for the
// spreadsheet the plan office keeps (issue 11; docs/reports.md).
//
// libxlsxwriter (1.1.4 in Debian 12) only writes to a file name, so the
// workbook is built in a private scratch folder, read back as bytes and the
// folder removed: the bytes then go through the atomic folder writer with the
// other formats, so the all-or-nothing guarantee is unchanged. Numbers are
// number cells (rounded like report.json, so a reader compares them exactly)
// with number formats; the creation time stamped in docProps is the run's
// as-of date, so the same run gives the same bytes.
#include <xlsxwriter.h>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "engine/plan/text_encoding.h"
#include "reports/number_format.h"
#include "reports/reason_text.h"
#include "reports/report_strings.h"
#include "reports/report_view.h"
#include "reports/report_writer.h"
#include "reports/xlsx_labels.h"

namespace plancast {
namespace {

// Fill colours of the status cells: the report.html palette, lightened so the
// text stays readable on screen and in a grey print.
lxw_color_t StatusFill(TargetStatus s) {
  switch (s) {
    case TargetStatus::kOffTrack: return 0xF4C7C3;
    case TargetStatus::kAtRisk: return 0xFCE8B2;
    case TargetStatus::kOnTrack: return 0xC8E6C9;
    case TargetStatus::kAchieved: return 0xBBDEFB;
    case TargetStatus::kInsufficientData: return 0xE0E0E0;
  }
  return LXW_COLOR_WHITE;
}

// Decimals that show a figure of this size with about 3 significant digits
// (at most 4 decimals): 3.09 -> 2, 65.1 -> 1, 297 -> 0, 0.5 -> 3. The cell keeps
// every digit; the format only decides what the sheet shows.
int DecimalsFor(double magnitude) {
  if (!std::isfinite(magnitude) || magnitude == 0) return 2;
  const int digits = static_cast<int>(std::floor(std::log10(std::fabs(magnitude)))) + 1;
  return std::clamp(3 - digits, 0, 4);
}

// Excel number-format text for `decimals`, with an optional literal suffix
// ("%/年") and sign (paces are signed).
std::string NumberFormat(int decimals, const std::string& suffix, bool sign) {
  std::string body = decimals > 0 ? "0." + std::string(decimals, '0') : "0";
  std::string literal;
  for (char c : suffix) {
    if (c != '"') literal += c;  // a quote would end the literal
  }
  const std::string tail = literal.empty() ? "" : "\"" + literal + "\"";
  if (!sign) return "#,##" + body + tail;
  return "+" + body + tail + ";-" + body + tail + ";0" + tail;
}

// libxlsxwriter formats belong to the workbook; one per distinct look.
class Formats {
 public:
  explicit Formats(lxw_workbook* book) : book_(book) {}

  lxw_format* Header() {
    if (!header_) {
      header_ = workbook_add_format(book_);
      format_set_bold(header_);
      format_set_text_wrap(header_);
      format_set_align(header_, LXW_ALIGN_VERTICAL_CENTER);
      format_set_bg_color(header_, 0xDDE3EA);
      format_set_border(header_, LXW_BORDER_THIN);
    }
    return header_;
  }
  lxw_format* Number(const std::string& num_format) {
    lxw_format*& f = numbers_[num_format];
    if (!f) {
      f = workbook_add_format(book_);
      format_set_num_format(f, num_format.c_str());
    }
    return f;
  }
  lxw_format* Wrap() {
    if (!wrap_) {
      wrap_ = workbook_add_format(book_);
      format_set_text_wrap(wrap_);
      format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    }
    return wrap_;
  }
  lxw_format* Status(TargetStatus s) {
    lxw_format*& f = status_[static_cast<int>(s)];
    if (!f) {
      f = workbook_add_format(book_);
      format_set_bg_color(f, StatusFill(s));
      format_set_bold(f);
    }
    return f;
  }

 private:
  lxw_workbook* book_;
  lxw_format* header_ = nullptr;
  lxw_format* wrap_ = nullptr;
  std::map<std::string, lxw_format*> numbers_;
  std::map<int, lxw_format*> status_;
};

// Plan text as a cell can hold it: the XML inside an .xlsx must be valid
// UTF-8 without control characters, or Excel calls the whole file damaged.
// Invalid bytes become U+FFFD (as in report.json), controls a space.
std::string CellText(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const size_t n = Utf8SequenceLength(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    out += n == 1 && c < 0x20 && c != '\n' && c != '\t' ? std::string(" ") : text.substr(i, n);
    i += n;
  }
  return out;
}

void Text(lxw_worksheet* ws, int row, int col, const std::string& text, lxw_format* f = nullptr) {
  if (!text.empty()) worksheet_write_string(ws, row, col, CellText(text).c_str(), f);
}

// A number cell, or nothing when missing: an empty cell is what a planner's
// formulas skip, a "—" string would break them.
void Number(lxw_worksheet* ws, int row, int col, std::optional<double> value, lxw_format* f) {
  if (value && std::isfinite(*value)) worksheet_write_number(ws, row, col, *value, f);
}

// "%/年", "个百分点/年", "家/年" (en "%/yr", " pt/yr", " firms/yr"): the unit a pace cell shows.
std::string PaceSuffix(const Pace& pace, const std::string& unit, Language l) {
  if (pace.kind == PaceKind::kGrowthRate) return XlsxLabel(XlsxText::kPerYearGrowth, l);
  if (unit == "%") return XlsxLabel(XlsxText::kPerYearPoints, l);
  return (l == Language::kEn ? " " : "") + unit + XlsxLabel(XlsxText::kPerYearSuffix, l);
}

std::optional<double> Rounded(std::optional<double> v) {
  if (!v) return std::nullopt;
  return RoundSignificant(*v);
}
std::optional<double> PaceRounded(const std::optional<Pace>& p) {
  return p ? Rounded(p->value) : std::nullopt;
}

// The reason a planner reads: the verdict's sentence, else why it is not judged.
std::string ReasonCell(const IndicatorResult& r, Language l) {
  std::string reason = ReasonSentence(r, l);
  if (reason.empty() && NotJudged(r)) reason = NotJudgedWhy(r, l);
  return reason;
}

void WriteProgressRow(lxw_worksheet* ws, Formats& formats, int row, const IndicatorResult& r, Language l) {
  const Indicator& ind = *r.indicator;
  const bool from_plan = ind.formula.empty();
  const bool rank = ind.target && ind.target->kind == TargetKind::kRank;
  const double scale = ind.target ? ind.target->value : r.latest ? r.latest->value : NAN;
  lxw_format* value = formats.Number(NumberFormat(rank ? 0 : DecimalsFor(scale), "", false));
  lxw_format* year = formats.Number("0");
  lxw_format* share = formats.Number("0%");
  int c = 0;
  Text(ws, row, c++, ind.name);
  Text(ws, row, c++, ind.unit);
  Text(ws, row, c++, Tr(ind.binding ? Msg::kBinding : Msg::kExpected, l));
  auto plan_figure = [&](const std::optional<YearValue>& yv) -> std::optional<double> {
    if (!yv) return std::nullopt;
    return from_plan && !yv->provisional ? std::optional(yv->value) : Rounded(yv->value);
  };
  Number(ws, row, c++, plan_figure(r.baseline), value);
  Number(ws, row, c++, plan_figure(r.latest), value);
  Number(ws, row, c++, r.latest ? std::optional<double>(r.latest->year) : std::nullopt, year);
  const bool numeric_target = ind.target && ind.target->kind != TargetKind::kMilestone;
  lxw_format* target_format = ind.target && ind.target->kind == TargetKind::kGrowth
                                  ? formats.Number(NumberFormat(2, "%", false))
                                  : value;
  Number(ws, row, c++, numeric_target ? std::optional(ind.target->value) : std::nullopt, target_format);
  Number(ws, row, c++, ind.target ? std::optional<double>(ind.target->year) : std::nullopt, year);
  const auto& p = r.projection;
  Number(ws, row, c++, p ? Rounded(p->value) : std::nullopt, target_format);
  Number(ws, row, c++, p ? Rounded(p->lo80) : std::nullopt, target_format);
  Number(ws, row, c++, p ? Rounded(p->hi80) : std::nullopt, target_format);
  Number(ws, row, c++, Rounded(r.p_meet), share);
  for (const std::optional<Pace>* pace : {&r.required_annual_change, &r.historical_annual_change}) {
    lxw_format* f = *pace ? formats.Number(NumberFormat(rank ? 1 : 2, PaceSuffix(**pace, ind.unit, l), true)) : nullptr;
    Number(ws, row, c++, PaceRounded(*pace), f);
  }
  Number(ws, row, c++, r.schedule ? Rounded(r.schedule->time_elapsed) : std::nullopt, share);
  Number(ws, row, c++, r.schedule ? Rounded(r.schedule->task_done) : std::nullopt, share);
  Text(ws, row, c++, StatusLabel(r.status, l), formats.Status(r.status));
  Text(ws, row, c++, ReasonCell(r, l), formats.Wrap());
}

void WriteHeader(lxw_worksheet* ws, Formats& formats, const std::vector<std::string>& headers) {
  for (size_t c = 0; c < headers.size(); ++c) Text(ws, 0, static_cast<int>(c), headers[c], formats.Header());
  worksheet_set_row(ws, 0, 32, nullptr);
  worksheet_freeze_panes(ws, 1, 1);  // the header row and the indicator names stay in view
}

void WriteProgressSheet(lxw_workbook* book, Formats& formats, const Assessment& a, Language l) {
  lxw_worksheet* ws = workbook_add_worksheet(book, XlsxLabel(XlsxText::kProgressSheet, l));
  WriteHeader(ws, formats, XlsxProgressHeaders(a.plan->baseline_year, l));
  const double widths[] = {28, 10, 8, 11, 11, 8, 11, 8, 11, 11, 11, 9, 14, 14, 9, 9, 11, 60};
  for (size_t c = 0; c < sizeof(widths) / sizeof(widths[0]); ++c)
    worksheet_set_column(ws, static_cast<int>(c), static_cast<int>(c), widths[c], nullptr);
  int row = 1;
  for (const IndicatorResult& r : a.indicators) WriteProgressRow(ws, formats, row++, r, l);
  worksheet_autofilter(ws, 0, 0, row - 1, static_cast<int>(sizeof(widths) / sizeof(widths[0])) - 1);
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_repeat_rows(ws, 0, 0);
}

void WriteHistorySheet(lxw_workbook* book, Formats& formats, const Assessment& a, Language l) {
  lxw_worksheet* ws = workbook_add_worksheet(book, XlsxLabel(XlsxText::kHistorySheet, l));
  WriteHeader(ws, formats, XlsxHistoryHeaders(l));
  const double widths[] = {28, 10, 10, 12, 30, 30};
  for (size_t c = 0; c < sizeof(widths) / sizeof(widths[0]); ++c)
    worksheet_set_column(ws, static_cast<int>(c), static_cast<int>(c), widths[c], nullptr);
  int row = 1;
  for (const IndicatorResult& r : a.indicators) {
    const Indicator& ind = *r.indicator;
    lxw_format* value = formats.Number(NumberFormat(DecimalsFor(ind.history.empty() ? NAN : ind.history.back().value), "", false));
    for (const Observation& o : ind.history) {
      Text(ws, row, 0, ind.name);
      Text(ws, row, 1, o.period.label.empty() ? std::to_string(o.year) : o.period.label);
      Number(ws, row, 2, ind.formula.empty() ? o.value : RoundSignificant(o.value), value);
      Text(ws, row, 3, ind.unit);
      Text(ws, row, 4, o.note);
      Text(ws, row, 5, o.source.empty() ? ind.source : o.source);
      ++row;
    }
  }
}

// A scratch folder of our own for the one file libxlsxwriter insists on
// writing; removed whatever happens.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "plancast-xlsx-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a scratch folder for report.xlsx in " + pattern);
    path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::filesystem::path File(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

time_t AsOfTime(const boost::gregorian::date& as_of) {
  // 0 would make libxlsxwriter stamp the clock; a report without an as-of gets 1980-01-01.
  if (as_of.is_special()) return 315532800;
  const boost::posix_time::ptime midnight(as_of);
  return static_cast<time_t>((midnight - boost::posix_time::ptime(boost::gregorian::date(1970, 1, 1))).total_seconds());
}

}  // namespace

std::string RenderXlsxReport(const Assessment& assessment, const ReportOptions& options) {
  const Language l = options.language;
  ScratchFolder scratch;
  const std::string path = scratch.File("report.xlsx").string();
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) throw std::runtime_error("cannot start report.xlsx in " + path);
  const std::string title = CellText(assessment.plan->name);
  lxw_doc_properties properties = {};
  properties.title = const_cast<char*>(title.c_str());
  properties.created = AsOfTime(assessment.run.as_of);  // not the wall clock: same run, same bytes
  workbook_set_properties(book, &properties);
  Formats formats(book);
  WriteProgressSheet(book, formats, assessment, l);
  WriteHistorySheet(book, formats, assessment, l);
  const lxw_error error = workbook_close(book);
  if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write report.xlsx: ") + lxw_strerror(error));
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  if (!in) throw std::runtime_error("cannot read back report.xlsx from " + path);
  return bytes.str();
}

}  // namespace plancast
