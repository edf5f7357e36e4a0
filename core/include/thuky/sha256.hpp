#pragma once
// SHA-256 as 64 lowercase hex digits, as `sha256sum` prints it (OpenSSL EVP inside libthuky):
// the audit log's checksum of every document, a results package's SHA256SUMS, a printed list's
// verification code. One implementation, so every plugin's digest is the host's.

#include <filesystem>
#include <string>
#include <string_view>

#include "thuky/export.hpp"

namespace thuky {

THUKY_API std::string sha256_hex(std::string_view bytes);

// Of a file's contents, read in blocks (any size). Throws UserError "<file>: cannot be read"
// when it cannot be opened or read.
THUKY_API std::string sha256_hex_of_file(const std::filesystem::path& file);

}  // namespace thuky
