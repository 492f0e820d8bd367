// Running independent pieces of work on several threads with results that do
// not depend on how many: ParallelFor's pieces write only their own slots;
// OrderedParallel hands results to `consume` in index order on the calling
// thread, at most 2 * threads ahead of it (memory stays flat in `n`).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace plancast {

// The first exception of any piece is rethrown once every thread has stopped.
inline void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& work) {
  if (threads <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) work(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto run = [&] {
    for (size_t i; !failed && (i = next++) < n;) {
      try {
        work(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mutex);
        if (!error) error = std::current_exception();
        failed = true;
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(run);
  for (std::thread& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

template <typename T>
void OrderedParallel(size_t n, int threads, const std::function<T(size_t)>& work,
                     const std::function<void(size_t, T&)>& consume) {
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) {
      T result = work(i);
      consume(i, result);
    }
    return;
  }
  std::mutex mutex;
  std::condition_variable changed;
  std::map<size_t, T> done;
  size_t next_task = 0, next_consumed = 0;
  const size_t window = 2 * static_cast<size_t>(threads);
  bool stop = false;
  std::exception_ptr error;
  auto fail = [&](std::exception_ptr e) {
    std::lock_guard<std::mutex> lock(mutex);
    if (!error) error = e;
    stop = true;
  };
  auto run = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stop || next_task >= n || next_task < next_consumed + window; });
        if (stop || next_task >= n) return;
        i = next_task++;
      }
      try {
        T result = work(i);
        std::lock_guard<std::mutex> lock(mutex);
        done.emplace(i, std::move(result));
      } catch (...) {
        fail(std::current_exception());
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(run);
  try {
    while (true) {
      T result;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stop || next_consumed >= n || done.count(next_consumed) > 0; });
        if (stop || next_consumed >= n) break;
        auto it = done.find(next_consumed);
        result = std::move(it->second);
        done.erase(it);
      }
      consume(next_consumed, result);
      {
        std::lock_guard<std::mutex> lock(mutex);
        ++next_consumed;
      }
      changed.notify_all();
    }
  } catch (...) {
    fail(std::current_exception());
    changed.notify_all();
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    stop = true;
  }
  changed.notify_all();
  for (std::thread& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace plancast
