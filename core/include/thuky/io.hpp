#pragma once
// Reading input files, with the error a user can act on.

#include <filesystem>
#include <string>
#include "thuky/export.hpp"

namespace thuky {

// The whole file, as bytes. Throws UserError naming the file and the reason it cannot be read.
THUKY_API std::string read_input_file(const std::filesystem::path& file);

}  // namespace thuky
