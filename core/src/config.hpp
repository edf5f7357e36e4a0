#pragma once
// Reading thuky.toml into Settings: every value checked for its type and range, every unknown
// key reported with its line and column.

#include <toml++/toml.h>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/settings.hpp"

namespace thuky::host {

// `thuky serve`'s [serve] table: HTTPS with the office's certificate when both are set. Host
// only (no plugin reads it), so it stays out of the SDK's Settings.
struct THUKY_API ServeConfig {
  std::filesystem::path certificate;  // PEM, resolved against thuky.toml's folder
  std::filesystem::path key;
};

struct THUKY_API LoadedConfig {
  Settings settings;
  ServeConfig serve;
  toml::table plugin_tables;  // [plugins.<id>] tables, keyed by plugin id
  std::map<std::string, std::pair<int, int>> plugin_table_positions;  // id → line, column
  std::vector<std::string> warnings;  // "thuky.toml:12:1: unknown key 'page.colour'"
};

// Reads and checks `file`. Throws UserError naming file, line, column and key on a syntax
// error, a wrong type or a value out of range. Relative paths are resolved against the file.
THUKY_API LoadedConfig load_config(const std::filesystem::path& file);

// Parses configuration text; `source_name` is used in messages, `base_dir` for relative paths.
THUKY_API LoadedConfig parse_config(std::string_view text, const std::string& source_name,
                                    const std::filesystem::path& base_dir);

// The documented default configuration (config/thuky.toml), as written by `thuky init`.
THUKY_API std::string_view default_config_text();

}  // namespace thuky::host
