# Generates N synthetic yearly series for the benchmark (series_id,period,value).
#   awk -v n=100000 -v seed=42 -f tools/bench_series.awk > series.csv
# Lengths 12..40 years ending in 2020. Each series is, at random, a random
# walk with drift on the log scale (60%), a noisy logistic curve (25%) or a
# noisy straight line (15%), so every model in plancast has real work to do.
# Deterministic for a given seed (mawk/gawk srand + rand).
function gauss() {  # Box-Muller
  return sqrt(-2 * log(1 - rand())) * cos(6.283185307179586 * rand())
}
BEGIN {
  if (n == "") n = 100000
  if (seed == "") seed = 42
  srand(seed)
  print "series_id,period,value"
  for (s = 1; s <= n; ++s) {
    len = 12 + int(rand() * 29)
    kind = rand()
    level = 10 + rand() * 990
    drift = -0.02 + rand() * 0.10
    vol = 0.02 + rand() * 0.12
    ceiling = level * (2 + rand() * 4)
    rate = 0.1 + rand() * 0.4
    mid = rand() * len
    slope = level * (rand() * 0.08 - 0.02)
    x = log(level)
    for (i = 0; i < len; ++i) {
      if (kind < 0.60) {
        x += drift + vol * gauss()
        v = exp(x)
      } else if (kind < 0.85) {
        v = ceiling / (1 + exp(-rate * (i - mid))) * (1 + vol / 3 * gauss())
      } else {
        v = level + slope * i + level * vol / 2 * gauss()
      }
      if (v <= 0) v = 0.01
      printf "S%06d,%d,%.6g\n", s, 2020 - len + 1 + i, v
    }
  }
}
