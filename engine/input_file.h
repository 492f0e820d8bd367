// Checks on an input path before it is opened: a FIFO or a device would block
// or never end, a huge file would exhaust memory. Used for the backtest's
// series CSV; the plan loader has the same checks for plans (10 MiB).
#pragma once

#include <cstdint>
#include <string>

#include "engine/plan/diagnostics.h"

namespace plancast {

// True iff `path` is a regular file (after symlinks) of at most `max_bytes`;
// otherwise adds a `PATH: error:` saying why (no such file, a FIFO, a
// device, a folder, a symlink loop, its size and the limit) and returns false.
// `size_hint` is the hint for a file that is too big.
bool CheckInputFile(const std::string& path, std::uintmax_t max_bytes, const std::string& size_hint,
                    Diagnostics* diagnostics);

}  // namespace plancast
