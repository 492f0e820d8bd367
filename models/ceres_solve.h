// One place for how plancast runs Ceres: dense QR (problems have at most a few
// dozen residuals), single-threaded (parallelism is across series, and one
// thread keeps every fit bit-for-bit reproducible), silent.
#pragma once

namespace ceres {
class Problem;
}

namespace plancast {

// Solves `problem` in place; true when Ceres reports a usable solution.
bool SolveQuietly(ceres::Problem* problem, int max_iterations = 40);

}  // namespace plancast
