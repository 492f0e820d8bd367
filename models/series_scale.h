// The scale a series is modelled on, so that forecasts respect its bounds.
//
//   log:      z = log(y - lo)                  positive amounts and counts
//   logit:    z = log((y - lo) / (hi - y))     shares and other two-sided ranges
//   identity: z = y                            anything else (values may cross 0)
//
// Models work on z; Backward() maps any real z into the open bounded range, so
// quantiles stay ordered and never cross a bound. Identity results are clamped.
#pragma once

#include <vector>

#include "models/forecaster.h"

namespace plancast {

enum class ScaleKind { kIdentity, kLog, kLogit };

class SeriesScale {
 public:
  // Log when positive (traits.positive, or a finite lower bound below every
  // value and no upper bound); logit when both bounds are finite and every
  // value lies strictly inside; identity otherwise.
  static SeriesScale Choose(const std::vector<double>& values, const SeriesTraits& traits);
  // Raw values, clamped to `bounds` on the way back (the reference methods).
  static SeriesScale Identity(const Bounds& bounds);

  double Forward(double y) const;
  // Forward() of y pulled just inside the scale's open range first, so a value
  // at or beyond a bound (e.g. a negative level from a linear reference on a
  // log scale) maps to a finite z instead of NaN.
  double ForwardInside(double y) const;
  double Backward(double z) const;
  std::vector<double> Forward(const std::vector<double>& y) const;
  ScaleKind kind() const { return kind_; }
  const char* Name() const;

 private:
  ScaleKind kind_ = ScaleKind::kIdentity;
  double lo_ = 0.0;
  double hi_ = 0.0;
  Bounds clamp_;
};

}  // namespace plancast
