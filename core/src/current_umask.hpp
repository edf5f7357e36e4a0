#pragma once
// The process's umask, which decides the mode of the files thuky creates (they may hold
// personal data: the user's umask says who may read them).

#include <sys/types.h>

namespace thuky::host {

// Read from /proc/self/status, not set and reset with umask(2): that would race with other
// threads creating files (documents are rendered in parallel).
mode_t current_umask();

}  // namespace thuky::host
