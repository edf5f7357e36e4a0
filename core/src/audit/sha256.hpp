#pragma once
// SHA-256 as lowercase hex, as `sha256sum` prints it: what the audit log stores for every
// document written, so that a printed file can be matched to its entry.

#include <filesystem>
#include <string>
#include <string_view>

namespace thuky::host {

std::string sha256_hex(std::string_view bytes);
// Of a file's contents; throws std::runtime_error when it cannot be read.
std::string sha256_hex_of_file(const std::filesystem::path& file);

}  // namespace thuky::host
