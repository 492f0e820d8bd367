// Naive, drift and theta forecasts; see reference_methods.h.
#include "models/reference_methods.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace plancast {
namespace {

// Horizon in steps of the history's median spacing.
std::vector<double> HorizonSteps(const ScaledSeries& s, const std::vector<double>& horizon_t) {
  double step = MedianStep(s.t);
  std::vector<double> h(horizon_t.size());
  for (size_t i = 0; i < h.size(); ++i) h[i] = (horizon_t[i] - s.t.back()) / step;
  return h;
}

// SSE of one-step SES errors for a given alpha, with the initial level set to
// its least-squares value (the errors are linear in it, so it is closed form).
SesFit SesForAlpha(const std::vector<double>& z, double alpha) {
  double g = 0.0, w = 1.0;  // forecast part without l0, and l0's weight
  double sww = 0.0, swr = 0.0;
  std::vector<double> r(z.size()), wt(z.size());
  for (size_t i = 0; i < z.size(); ++i) {
    r[i] = z[i] - g;
    wt[i] = w;
    sww += w * w;
    swr += w * r[i];
    g = alpha * z[i] + (1 - alpha) * g;
    w *= (1 - alpha);
  }
  double l0 = swr / sww;
  SesFit fit;
  fit.alpha = alpha;
  for (size_t i = 0; i < z.size(); ++i) {
    double e = r[i] - wt[i] * l0;
    fit.sse += e * e;
  }
  fit.level = g + w * l0;
  return fit;
}

}  // namespace

double MedianStep(const std::vector<double>& t) {
  std::vector<double> d;
  for (size_t i = 1; i < t.size(); ++i) d.push_back(t[i] - t[i - 1]);
  if (d.empty()) return 1.0;
  std::nth_element(d.begin(), d.begin() + d.size() / 2, d.end());
  double m = d[d.size() / 2];
  return m > 0 ? m : 1.0;
}

SesFit FitSes(const std::vector<double>& z) {
  // Golden-section search; the SSE is smooth and nearly always unimodal in alpha.
  const double kPhi = 0.5 * (std::sqrt(5.0) - 1.0);
  double a = 0.01, b = 0.99;
  double c = b - kPhi * (b - a), d = a + kPhi * (b - a);
  SesFit fc = SesForAlpha(z, c), fd = SesForAlpha(z, d);
  for (int iter = 0; iter < 30; ++iter) {
    if (fc.sse <= fd.sse) {
      b = d;
      d = c;
      fd = fc;
      c = b - kPhi * (b - a);
      fc = SesForAlpha(z, c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + kPhi * (b - a);
      fd = SesForAlpha(z, d);
    }
  }
  return fc.sse <= fd.sse ? fc : fd;
}

PointPath NaiveForecast(const ScaledSeries& s, const std::vector<double>& horizon_t) {
  assert(s.t.size() >= 2 && (horizon_t.empty() || horizon_t.front() > s.t.back()));  // see the header
  PointPath p;
  p.ok = true;
  size_t n = s.z.size();
  double ss = 0.0;
  for (size_t i = 1; i < n; ++i) ss += (s.z[i] - s.z[i - 1]) * (s.z[i] - s.z[i - 1]);
  double sigma = std::sqrt(ss / (n - 1));
  for (double h : HorizonSteps(s, horizon_t)) {
    p.center.push_back(s.Last());
    p.sigma.push_back(sigma * std::sqrt(h));
  }
  p.fitted.assign(n, std::nan(""));
  for (size_t i = 1; i < n; ++i) p.fitted[i] = s.z[i - 1];
  p.sse = ss;
  return p;
}

PointPath DriftForecast(const ScaledSeries& s, const std::vector<double>& horizon_t) {
  assert(s.t.size() >= 2 && (horizon_t.empty() || horizon_t.front() > s.t.back()));  // see the header
  PointPath p;
  p.ok = true;
  size_t n = s.z.size();
  double step = MedianStep(s.t);
  double steps_total = s.TimeSpan() / step;
  double slope = (s.Last() - s.z.front()) / steps_total;  // per median step
  // Residual spread of the increments around the drift, per unit step.
  double ss = 0.0;
  for (size_t i = 1; i < n; ++i) {
    double dt = (s.t[i] - s.t[i - 1]) / step;
    double e = s.z[i] - s.z[i - 1] - slope * dt;
    ss += e * e / dt;
  }
  double sigma = n > 2 ? std::sqrt(ss / (n - 2)) : 0.0;
  for (double h : HorizonSteps(s, horizon_t)) {
    p.center.push_back(s.Last() + slope * h);
    p.sigma.push_back(sigma * std::sqrt(h * (1.0 + h / steps_total)));
  }
  p.fitted.assign(n, std::nan(""));
  for (size_t i = 1; i < n; ++i) p.fitted[i] = s.z[i - 1] + slope * (s.t[i] - s.t[i - 1]) / step;
  p.num_params = 1;
  p.sse = ss;
  return p;
}

PointPath ThetaForecast(const ScaledSeries& s, const std::vector<double>& horizon_t) {
  assert(s.t.size() >= 2 && (horizon_t.empty() || horizon_t.front() > s.t.back()));  // see the header
  PointPath p;
  size_t n = s.z.size();
  if (n < 3) {
    p.why_not = "theta needs 3 points";
    return p;
  }
  p.ok = true;
  // Least-squares slope against the observation index, as thetaf() does.
  double mean_i = (n - 1) / 2.0, mean_z = 0.0;
  for (double v : s.z) mean_z += v;
  mean_z /= n;
  double sxy = 0.0, sxx = 0.0;
  for (size_t i = 0; i < n; ++i) {
    sxy += (i - mean_i) * (s.z[i] - mean_z);
    sxx += (i - mean_i) * (i - mean_i);
  }
  double b = sxy / sxx;
  SesFit ses = FitSes(s.z);
  double a = ses.alpha;
  double sigma = std::sqrt(ses.sse / (n - 2));
  double offset = (1.0 - std::pow(1.0 - a, static_cast<double>(n))) / a;
  for (double h : HorizonSteps(s, horizon_t)) {
    p.center.push_back(ses.level + 0.5 * b * (h - 1.0 + offset));
    p.sigma.push_back(sigma * std::sqrt(1.0 + a * a * std::max(h - 1.0, 0.0)));
  }
  p.num_params = 3;
  p.sse = ses.sse;
  return p;
}

}  // namespace plancast
