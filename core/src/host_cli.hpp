#pragma once

#include "thuky/export.hpp"

namespace thuky::host {

// The whole `thuky` program: parses the command line, dispatches to the host's commands or a
// plugin's, and returns the exit code (see thuky::ExitCode). Never throws.
THUKY_API int run_host(int argc, char** argv) noexcept;

}  // namespace thuky::host
