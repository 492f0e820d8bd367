// The reference forecasters every method is compared with, on any scale z:
//
//   naive:  z(t_n + k) = z_n
//   drift:  z(t_n + k) = z_n + k (z_n - z_1) / (t_n - t_1)      (random walk with drift)
//   theta:  simple exponential smoothing of z plus half the slope b of the
//           least-squares line, as in Hyndman & Billah (2003) / R's thetaf():
//           z(n + h) = l_n + b/2 (h - 1 + (1 - (1 - a)^n) / a)
//
// Each returns its textbook error scale (normal): naive s sqrt(h), drift
// s sqrt(h (1 + h / (n - 1))), theta s sqrt(1 + a^2 (h - 1)). Horizons are in
// units of the median spacing of the history, so yearly data count years.
// REQUIRES: series.t.size() >= 2; horizon_t each > series.t.back(). Asserted
// only (debug and sanitizer builds): MethodCache, the one caller, gets a
// history ForecastSeriesMethods has already checked.
#pragma once

#include <vector>

#include "models/point_path.h"

namespace plancast {

PointPath NaiveForecast(const ScaledSeries& series, const std::vector<double>& horizon_t);
PointPath DriftForecast(const ScaledSeries& series, const std::vector<double>& horizon_t);
PointPath ThetaForecast(const ScaledSeries& series, const std::vector<double>& horizon_t);

// Median spacing of the history's times (1 for yearly data).
double MedianStep(const std::vector<double>& t);

// Simple exponential smoothing with the smoothing weight chosen by least
// squares on one-step errors (golden-section search on [0.01, 0.99]).
struct SesFit {
  double alpha = 0.5;
  double level = 0.0;  // l_n
  double sse = 0.0;    // sum of squared one-step errors
};
SesFit FitSes(const std::vector<double>& z);

}  // namespace plancast
