#include "thuky/doc/parallel.hpp"

#include "thuky/doc/documents.hpp"

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace thuky::doc {

unsigned usable_cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return static_cast<unsigned>(CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

void render_in_parallel(const std::vector<std::function<void()>>& jobs, unsigned threads,
                        Progress* progress) {
  if (threads == 0)
    threads = usable_cores();
  threads = std::min<unsigned>(threads, static_cast<unsigned>(jobs.size()));
  std::vector<std::exception_ptr> errors(jobs.size());
  std::atomic<std::size_t> next{0};
  std::mutex progress_lock;
  const auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      try {
        jobs[i]();
      } catch (...) {
        errors[i] = std::current_exception();
      }
      if (progress) {
        const std::lock_guard lock(progress_lock);
        progress->advance();
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

void Documents::render_all(std::string_view what, const std::vector<std::function<void()>>& jobs,
                           unsigned threads) {
  progress_.start(what, jobs.size());
  try {
    render_in_parallel(jobs, threads, &progress_);
  } catch (...) {
    progress_.finish();
    throw;
  }
  progress_.finish();
}

}  // namespace thuky::doc
