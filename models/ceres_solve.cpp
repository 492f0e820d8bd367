// See ceres_solve.h.
#include "models/ceres_solve.h"

#include <ceres/ceres.h>

namespace plancast {

bool SolveQuietly(ceres::Problem* problem, int max_iterations) {
  ceres::Solver::Options options;
  options.linear_solver_type = ceres::DENSE_QR;
  options.max_num_iterations = max_iterations;
  options.logging_type = ceres::SILENT;
  options.minimizer_progress_to_stdout = false;
  options.num_threads = 1;
  ceres::Solver::Summary summary;
  ceres::Solve(options, problem, &summary);
  return summary.IsSolutionUsable() && summary.termination_type != ceres::FAILURE;
}

}  // namespace plancast
