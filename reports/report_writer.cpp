// The format table behind `--format`: one name per writer.
#include "reports/report_writer.h"

#include <stdexcept>

namespace plancast {
namespace {

struct FormatEntry {
  const char* name;
  std::string (*render)(const Assessment&, const ReportOptions&);
};

const FormatEntry kFormats[] = {
    {"md", RenderMarkdownReport},
    {"json", RenderJsonReport},
    {"csv", RenderCsvReport},
    {"html", RenderHtmlReport},
    {"xlsx", RenderXlsxReport},
};

}  // namespace

std::vector<std::string> ReportFormatNames() {
  std::vector<std::string> names;
  for (const FormatEntry& f : kFormats) names.push_back(f.name);
  return names;
}

std::string RenderReport(const std::string& format, const Assessment& assessment, const ReportOptions& options) {
  for (const FormatEntry& f : kFormats) {
    if (format == f.name) return f.render(assessment, options);
  }
  // A programmer error: the CLI validates --format against ReportFormatNames().
  throw std::invalid_argument("unknown report format: " + format);
}

}  // namespace plancast
