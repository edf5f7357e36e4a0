#pragma once
// Writing output files: the checks and clean-up around an AtomicFile.

#include <filesystem>
#include <string_view>

namespace thuky::host {

// Removes the temporary files (".name.pdf.XXXXXX") that writers killed before their rename
// left in `dir`, once per directory and process: those no live writer holds locked.
void remove_stale_temp_files(const std::filesystem::path& dir);

// Throws UserError when `file`'s name, or its temporary name, is too long for its directory.
void check_file_name_length(const std::filesystem::path& file);

// Writes `bytes` to the existing file `path`, replacing its contents. Throws UserError naming
// `shown` (the final file) with the cause: "no space left on device".
void write_whole_file(const std::filesystem::path& path, std::string_view bytes,
                      const std::filesystem::path& shown);

}  // namespace thuky::host
