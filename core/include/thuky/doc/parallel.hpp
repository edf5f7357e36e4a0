#pragma once
// Rendering many documents (one per polling area, per delegation ...) on every core: each job
// builds and saves its own Document; documents share nothing, so they run side by side.

#include <functional>
#include <vector>
#include "thuky/export.hpp"

namespace thuky::doc {

// Runs `jobs` on up to `threads` threads (0: one per core). Every job runs even if another
// fails; the first exception (in job order) is rethrown once all are done.
THUKY_API void render_in_parallel(const std::vector<std::function<void()>>& jobs,
                                  unsigned threads = 0);

}  // namespace thuky::doc
