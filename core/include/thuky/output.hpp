#pragma once
// The directory documents are written to, checked with errors a user can act on.

#include <filesystem>

#include "thuky/export.hpp"

namespace thuky {

// Creates `dir` and its parents if missing, and checks it can be written in. Throws UserError
// with the cause: "'afile' is not a directory", "cannot create 'x': permission denied",
// "cannot write in 'x': read-only file system".
THUKY_API void make_output_dir(const std::filesystem::path& dir);

}  // namespace thuky
