// Report writers: one function per format, each rendering an Assessment to text.
//
// Writers return the whole document as a string and never touch the file
// system; the caller writes all formats atomically (engine/atomic_output.h), so a
// failed run never leaves a half-written report. Every piece of plan text is
// escaped for its format.
#pragma once

#include <string>
#include <vector>

#include "engine/assessment.h"

namespace plancast {

struct ReportOptions {
  Language language = Language::kZh;  // interface text only; plan text is as written
};

std::string RenderMarkdownReport(const Assessment& assessment, const ReportOptions& options);
std::string RenderJsonReport(const Assessment& assessment, const ReportOptions& options);
std::string RenderCsvReport(const Assessment& assessment, const ReportOptions& options);
// report.html: one self-contained page (inline CSS and SVG charts, no scripts,
// no external resources); see docs/reports.md.
std::string RenderHtmlReport(const Assessment& assessment, const ReportOptions& options);
// report.xlsx (bytes of the workbook): the 指标完成情况表 and the raw history.
std::string RenderXlsxReport(const Assessment& assessment, const ReportOptions& options);

// Formats known to `--format`: {"md", "json", "csv", "html", "xlsx"}; all of them by default.
std::vector<std::string> ReportFormatNames();

// Renders one format by name ("md" -> report.md text). REQUIRES: a name from
// ReportFormatNames(); any other throws std::invalid_argument (a logic_error:
// the CLI validates --format first).
std::string RenderReport(const std::string& format, const Assessment& assessment,
                         const ReportOptions& options);

}  // namespace plancast
