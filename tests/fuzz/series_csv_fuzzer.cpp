// libFuzzer target: any byte string as a `plancast backtest` series CSV.
//
// SeriesCsvReader reads from a path (it streams, and rewinds for a second
// pass), so each input is written to a per-process scratch file first. Checks
// beyond the sanitizers: bad input surfaces only as InputError with at least
// one positioned diagnostic, and every series handed out has matching,
// finite, strictly increasing periods. Built by cmake/Fuzzing.cmake; run by
// tools/fuzz.sh.
#include <unistd.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "engine/plan/diagnostics.h"
#include "engine/plan/series_csv.h"

namespace {

void Require(bool ok, const char* what) {
  if (!ok) {
    fprintf(stderr, "series_csv_fuzzer: invariant broken: %s\n", what);
    std::abort();
  }
}

const std::string& ScratchPath() {
  static const std::string path = "/tmp/plancast-csv-fuzz-" + std::to_string(::getpid()) + ".csv";
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  {
    std::ofstream out(ScratchPath(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    plancast::SeriesCsvReader reader(ScratchPath());
    plancast::SeriesData series;
    while (reader.Next(&series)) {
      Require(!series.id.empty(), "series ids are not empty");
      Require(!series.period.empty(), "a series has at least one row");
      Require(series.period.size() == series.value.size(), "one value per period");
      for (size_t i = 0; i < series.period.size(); ++i) {
        Require(std::isfinite(series.period[i]) && std::isfinite(series.value[i]), "finite numbers");
        Require(i == 0 || series.period[i - 1] < series.period[i], "periods strictly increasing");
      }
    }
  } catch (const plancast::InputError& e) {
    const auto& all = e.diagnostics().All();
    Require(!all.empty(), "an InputError carries a diagnostic");
    for (const plancast::Diagnostic& d : all) {
      Require(d.where.line >= 1 && d.where.column >= 1, "CSV problems point at a line and column");
    }
    Require(!e.diagnostics().ToString().empty(), "diagnostics format");
  }
  return 0;
}
