#include "thuky/doc/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace thuky::doc {

void render_in_parallel(const std::vector<std::function<void()>>& jobs, unsigned threads) {
  if (threads == 0)
    threads = std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, static_cast<unsigned>(jobs.size()));
  std::vector<std::exception_ptr> errors(jobs.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      try {
        jobs[i]();
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t)
    pool.emplace_back(work);
  work();
  for (auto& thread : pool)
    thread.join();
  for (const auto& error : errors) {
    if (error)
      std::rethrow_exception(error);
  }
}

}  // namespace thuky::doc
