#pragma once
// A workspace is a directory with a thuky.toml; commands find it in the current directory or
// a parent, as git finds its repository.

#include <filesystem>
#include <optional>

namespace thuky::host {

inline constexpr const char* kConfigFileName = "thuky.toml";

// The nearest thuky.toml at or above `start`, if any.
std::optional<std::filesystem::path> find_config_file(const std::filesystem::path& start);

// Creates `dir` (if needed) with the default thuky.toml and an empty, migrated store.
// Throws UserError if `dir` already holds a thuky.toml. Returns the config file's path.
std::filesystem::path init_workspace(const std::filesystem::path& dir);

}  // namespace thuky::host
