#pragma once
// Rendering many documents (one per polling area, per delegation ...) on every core: each job
// builds and saves its own Document; documents share nothing but the process's glyph-width
// cache, which is thread-safe, so they run side by side. Plugins usually call
// `ctx.documents().render_all(...)`, which reports progress.

#include <functional>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/progress.hpp"

namespace thuky::doc {

// The cores this process may run on: its CPU affinity (taskset, a container's cpuset), not the
// machine's count, so one core given means one thread and no two documents fight over it.
THUKY_API unsigned usable_cores();

// Runs `jobs` on up to `threads` threads (0: one per usable core). Every job runs even if another
// fails; the first exception (in job order) is rethrown once all are done. When `progress` is
// given, it advances once per finished job, called under a lock (a Progress need not be
// thread-safe).
THUKY_API void render_in_parallel(const std::vector<std::function<void()>>& jobs,
                                  unsigned threads = 0, Progress* progress = nullptr);

}  // namespace thuky::doc
