// The stylesheet of report.html, inlined into the page (no external files).
#pragma once

namespace plancast {

// Screen, narrow-screen (< 640 px) and print rules. Status colours are CSS
// variables; every status also differs by badge border style and label text,
// so nothing depends on colour alone.
extern const char kReportStylesheet[];

}  // namespace plancast
