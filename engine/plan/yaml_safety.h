// Checks on plan text that must pass before yaml-cpp builds a node tree.
//
// yaml-cpp 0.7 accepts things a hand-edited plan must not contain, or fails on
// them unhelpfully: invalid UTF-8 passes through, duplicate keys silently keep
// one value, an alias can build a cyclic node (a naive walk overflows the
// stack) or expand exponentially ("billion laughs"), deep nesting throws
// DeepRecursion("bad file"), and a tab in indentation gives a cryptic message.
// These functions find all of that first, with positions and hints, so the
// loader only ever walks a finite, alias-free, duplicate-free tree.
#pragma once

#include <cstddef>
#include <string>

#include "engine/plan/diagnostics.h"
#include "engine/plan/plan_text.h"

namespace plancast {

// Largest plan file accepted. Real plans are a few hundred KiB at most; the
// limit keeps a pasted data dump from exhausting memory.
constexpr size_t kMaxPlanBytes = 10 * 1024 * 1024;

// Deepest nesting of maps and lists accepted (a plan needs about 8; yaml-cpp
// itself gives up near 500 with an unhelpful message).
constexpr int kMaxPlanDepth = 64;

// The most indicators one plan file may declare under `indicators:` (a
// province-level plan has a few hundred; docs/reliability.md). Counted in the
// pre-scan, so an oversized plan is refused before a node tree is built.
constexpr size_t kMaxIndicators = 20000;

// Size, UTF-8 validity and tabs in indentation. `text` is already normalised
// (NormalizePlanText). Returns false, with diagnostics, when parsing must stop.
bool CheckPlanBytes(const std::string& text, const TextLocator& locate, Diagnostics* diagnostics);

// Streams YAML events without building nodes: syntax errors, more than one
// document, anchors/aliases, nesting depth, duplicate keys and the number of
// indicators (stops at the one past kMaxIndicators). Returns false,
// with diagnostics, when the text must not be loaded.
bool PreScanYaml(const std::string& text, const TextLocator& locate, Diagnostics* diagnostics);

}  // namespace plancast
