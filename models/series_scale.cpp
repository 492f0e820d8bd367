// Choice of modelling scale; see series_scale.h.
#include "models/series_scale.h"

#include <algorithm>
#include <cmath>

namespace plancast {

SeriesScale SeriesScale::Choose(const std::vector<double>& values, const SeriesTraits& traits) {
  SeriesScale scale;
  scale.clamp_ = traits.bounds;
  const Bounds& b = traits.bounds;
  auto all_above = [&](double lo) {
    return std::all_of(values.begin(), values.end(), [lo](double v) { return v > lo; });
  };
  auto all_below = [&](double hi) {
    return std::all_of(values.begin(), values.end(), [hi](double v) { return v < hi; });
  };
  if (b.HasLower() && b.HasUpper() && b.hi > b.lo && all_above(b.lo) && all_below(b.hi)) {
    scale.kind_ = ScaleKind::kLogit;
    scale.lo_ = b.lo;
    scale.hi_ = b.hi;
  } else if (!b.HasUpper() && b.HasLower() && all_above(b.lo)) {
    scale.kind_ = ScaleKind::kLog;
    scale.lo_ = b.lo;
  } else if (!b.HasUpper() && !b.HasLower() && traits.positive && all_above(0.0)) {
    scale.kind_ = ScaleKind::kLog;
    scale.lo_ = 0.0;
  }
  return scale;
}

SeriesScale SeriesScale::Identity(const Bounds& bounds) {
  SeriesScale scale;
  scale.clamp_ = bounds;
  return scale;
}

double SeriesScale::Forward(double y) const {
  switch (kind_) {
    case ScaleKind::kLog:
      return std::log(y - lo_);
    case ScaleKind::kLogit:
      return std::log((y - lo_) / (hi_ - y));
    case ScaleKind::kIdentity:
      break;
  }
  return y;
}

double SeriesScale::ForwardInside(double y) const {
  // Relative margin from a bound: far below any real resolution of the data,
  // far above double rounding.
  constexpr double kMargin = 1e-6;
  switch (kind_) {
    case ScaleKind::kLog: {
      double floor = lo_ + kMargin * std::max(std::fabs(lo_), 1.0);
      return Forward(std::isfinite(y) ? std::max(y, floor) : floor);
    }
    case ScaleKind::kLogit: {
      double pad = kMargin * (hi_ - lo_);
      return Forward(std::clamp(std::isfinite(y) ? y : lo_ + pad, lo_ + pad, hi_ - pad));
    }
    case ScaleKind::kIdentity:
      break;
  }
  return y;
}

double SeriesScale::Backward(double z) const {
  switch (kind_) {
    case ScaleKind::kLog:
      return lo_ + std::exp(std::min(z, 700.0));
    case ScaleKind::kLogit: {
      // Stable inverse logit: (hi - lo) * sigmoid(z) + lo.
      double s = z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
      return lo_ + (hi_ - lo_) * s;
    }
    case ScaleKind::kIdentity:
      break;
  }
  return std::clamp(z, clamp_.lo, clamp_.hi);
}

std::vector<double> SeriesScale::Forward(const std::vector<double>& y) const {
  std::vector<double> z(y.size());
  for (size_t i = 0; i < y.size(); ++i) z[i] = Forward(y[i]);
  return z;
}

const char* SeriesScale::Name() const {
  switch (kind_) {
    case ScaleKind::kLog:
      return "log";
    case ScaleKind::kLogit:
      return "logit";
    case ScaleKind::kIdentity:
      break;
  }
  return "identity";
}

}  // namespace plancast
