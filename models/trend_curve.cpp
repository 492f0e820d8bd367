// Normalisation and anchoring shared by the trend curves; see trend_curve.h.
#include "models/trend_curve.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace plancast {

CurveFrame::CurveFrame(const CurveInput& in) {
  double max_abs = 0.0;
  for (double v : in.y) max_abs = std::max(max_abs, std::fabs(v));
  y_scale = max_abs > 0 ? max_abs : 1.0;
  for (size_t i = 0; i < in.t.size(); ++i) {
    s.push_back(in.t[i] - in.t.back());
    v.push_back(in.y[i] / y_scale);
  }
  double sum = 0.0;
  for (size_t i = 1; i < v.size(); ++i) sum += std::fabs(v[i] - v[i - 1]);
  huber_delta = v.size() > 1 && sum > 0 ? sum / (v.size() - 1) : 0.1;
}

SaturatingStart ProfileCeiling(const CurveFrame& frame, const std::vector<double>& ceilings,
                               const std::function<double(double)>& linearise,
                               const std::function<double(double)>& shape) {
  const size_t n = frame.s.size();
  double ms = 0;
  for (double s : frame.s) ms += s;
  ms /= n;
  double sxx = 0;
  for (double s : frame.s) sxx += (s - ms) * (s - ms);
  SaturatingStart best;
  double best_sse = std::numeric_limits<double>::infinity();
  std::vector<double> g(n);
  for (double k : ceilings) {
    double mg = 0;
    for (size_t i = 0; i < n; ++i) {
      g[i] = linearise(std::clamp(frame.v[i] / k, 1e-9, 1 - 1e-9));
      mg += g[i];
    }
    mg /= n;
    double sxy = 0;
    for (size_t i = 0; i < n; ++i) sxy += (frame.s[i] - ms) * (g[i] - mg);
    double b = sxx > 0 ? sxy / sxx : 0.0;
    double a = mg - b * ms;
    double sse = 0;
    for (size_t i = 0; i < n; ++i) {
      double r = frame.v[i] - k * shape(a + b * frame.s[i]);
      sse += r * r;
    }
    if (sse < best_sse) {
      best_sse = sse;
      best = {k, a, b};
    }
  }
  return best;
}

PointPath NotEligible(const std::string& why) {
  PointPath p;
  p.why_not = why;
  return p;
}

PointPath AnchoredPath(const CurveInput& in, const CurveFrame& frame,
                       const std::function<double(double)>& curve, int num_params) {
  const SeriesScale& scale = *in.scale;
  const double f_last = curve(0.0) * frame.y_scale;
  const double y_last = in.y.back();
  const double z_last = in.scaled->Last();
  PointPath p;
  for (double t : in.horizon_t) {
    double f = curve(t - in.t.back()) * frame.y_scale;
    double z;
    if (scale.kind() == ScaleKind::kIdentity) {
      z = y_last + f - f_last;
    } else {
      z = z_last + scale.Forward(f) - scale.Forward(f_last);
    }
    if (!std::isfinite(z)) return NotEligible("curve leaves the range of the series' scale");
    p.center.push_back(z);
  }
  p.fitted.resize(in.t.size());
  for (size_t i = 0; i < in.t.size(); ++i) {
    double f = curve(frame.s[i]);
    double r = frame.v[i] - f;
    p.sse += r * r;
    p.fitted[i] = scale.Forward(f * frame.y_scale);
  }
  p.num_params = num_params;
  p.ok = true;
  return p;
}

}  // namespace plancast
