#include "reports/indicator_figures.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "reports/number_format.h"

namespace plancast {
namespace {

bool IsEnglish(Language language) { return language == Language::kEn; }

// Units whose figures are things counted one by one: no 0.4 firms, no -74 firms.
bool IsCountUnit(const std::string& unit) {
  static const std::array<const char*, 16> kCounts = {"家", "个", "人", "项", "件", "所", "座", "次",
                                                      "名", "台", "户", "只", "支", "批", "人次", "套"};
  return std::any_of(kCounts.begin(), kCounts.end(), [&](const char* c) { return unit == c; });
}

// Powers of ten of the money units a plan writes, in yuan.
int MoneyPower(const std::string& unit) {
  if (unit == "元") return 0;
  if (unit == "万元") return 4;
  if (unit == "亿元") return 8;
  return -1;
}

std::string WithUnit(const std::string& number, const std::string& unit, Language language) {
  if (unit.empty()) return number;
  if (unit == "%" || unit == "‰" || !IsEnglish(language)) return number + unit;
  return number + " " + unit;
}

std::string Place(long place, const FigureStyle& style, Language language) {
  return IsEnglish(language) ? fmt::format("rank {}", place) : fmt::format("第{}{}", place, style.unit);
}

double Scaled(const FigureStyle& style, double value) { return value * std::pow(10.0, style.shift); }

// Whole figures of counts and ranks: a place is at least 1, a count at least 0.
long Whole(const FigureStyle& style, double value) {
  return std::max(style.rank ? 1L : 0L, std::lround(value));
}

// Where an estimate (and its range) is rounded: 3 significant digits of the central value.
int EstimatePlace(const FigureStyle& style, double central) {
  return RoundingPlace(Scaled(style, central), kEstimateDigits);
}

}  // namespace

FigureStyle StyleFor(const IndicatorResult& result, const std::string& unit) {
  const Indicator& ind = *result.indicator;
  FigureStyle style;
  style.unit = unit;
  style.rank = ind.target && ind.target->kind == TargetKind::kRank && unit == ind.unit;
  style.points = unit == "%";
  style.count = !style.rank && IsCountUnit(unit);
  // The figures written in this unit: the history, and the target when it is in it.
  double largest = 0.0;
  const bool target_in_unit = ind.target && (ind.target->kind == TargetKind::kGrowth) == (unit == "%");
  auto consider = [&](double v) {
    if (!std::isfinite(v)) return;
    largest = std::max(largest, std::fabs(v));
  };
  if (unit == ind.unit) {
    for (const Observation& o : ind.history) {
      consider(o.value);
      style.written_decimals = std::max(style.written_decimals, WrittenDecimals(o.value));
    }
  }
  if (target_in_unit) {
    consider(ind.target->value);
    style.written_decimals = std::max(style.written_decimals, WrittenDecimals(ind.target->value));
  }
  if (result.projection) consider(result.projection->value);
  // One money unit per indicator: 亿元 once a figure reaches 1亿, 万元 once one reaches 1万.
  const int power = MoneyPower(unit);
  if (power >= 0 && largest > 0.0) {
    const double yuan = largest * std::pow(10.0, power);
    const int chosen = yuan >= 1e8 ? 8 : yuan >= 1e4 ? 4 : 0;
    style.shift = power - chosen;
    style.unit = chosen == 8 ? "亿元" : chosen == 4 ? "万元" : "元";
  }
  return style;
}

std::string PlanFigure(const FigureStyle& style, double value, Language language) {
  if (!std::isfinite(value)) return "—";
  if (style.rank) return Place(Whole(style, value), style, language);
  return WithUnit(ShiftedExact(value, style.shift), style.unit, language);
}

std::string EstimateFigure(const FigureStyle& style, double value, Language language) {
  if (!std::isfinite(value)) return "—";
  if (style.rank) return Place(Whole(style, value), style, language);
  if (style.count) return WithUnit(std::to_string(Whole(style, value)), style.unit, language);
  return WithUnit(NumberAtPlace(Scaled(style, value), EstimatePlace(style, value)), style.unit, language);
}

std::string EstimateRange(const FigureStyle& style, double central, double lo, double hi, Language language) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) return "—";
  std::string range;
  if (style.count || style.rank) {
    range = fmt::format("{}–{}", Whole(style, lo), Whole(style, hi));
  } else {
    const int place = EstimatePlace(style, central);
    range = fmt::format("{}–{}", NumberAtPlace(Scaled(style, lo), place), NumberAtPlace(Scaled(style, hi), place));
  }
  if (style.rank) return IsEnglish(language) ? range : range + style.unit;
  return WithUnit(range, style.unit, language);
}

std::string EstimateWithRange(const FigureStyle& style, double central, double lo, double hi,
                              Language language) {
  return fmt::format("{} ({})", EstimateFigure(style, central, language),
                     EstimateRange(style, central, lo, hi, language));
}

std::string GapFigure(const FigureStyle& style, double gap, Language language) {
  const double size = std::fabs(gap);
  if (!std::isfinite(size)) return "—";
  if (style.points) {
    return IsEnglish(language) ? PointsNumber(size, style.written_decimals) + " pt"
                               : PointsNumber(size, style.written_decimals) + "个百分点";
  }
  if (style.rank) {
    const long places = std::lround(size);
    return IsEnglish(language) ? fmt::format("{} place{}", places, places == 1 ? "" : "s")
                               : fmt::format("{}{}", places, style.unit);
  }
  if (style.count) return WithUnit(std::to_string(std::lround(size)), style.unit, language);
  return WithUnit(NumberAtPlace(Scaled(style, size), RoundingPlace(Scaled(style, size), kEstimateDigits)), style.unit,
                  language);
}

double InStyleUnit(const FigureStyle& style, double value) { return Scaled(style, value); }

std::string PaceNumber(const FigureStyle& style, double pace) {
  if (!std::isfinite(pace)) return "—";
  std::string number = style.points ? PointsNumber(pace, style.written_decimals)
                                    : DisplayNumber(std::fabs(Scaled(style, pace)), kEstimateDigits);
  if (number.find_first_not_of("0.") == std::string::npos) return "0";
  return (pace < 0 ? "-" : "+") + number;
}

}  // namespace plancast
