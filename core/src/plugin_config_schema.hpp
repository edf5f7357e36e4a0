#pragma once
// A plugin's settings declared in its manifest (`[config.<key>]` tables): type, default, help,
// allowed values. The host checks `[plugins.<id>]` of thuky.toml against it without loading the
// plugin, and hands the plugin a table where every declared key has a checked value.
//
//   [config.list_absentees]
//   type = "boolean"
//   default = true
//   help = "List absent invitees in the minutes"
//
// A table without `type` groups keys under a dotted name (`[plugins.<id>.targets]` or
// `targets.women = 40` in thuky.toml), with an optional `help` line of its own:
//
//   [config.targets]
//   help = "Composition targets of a list, in percent"
//   [config.targets.women]
//   type = "float"
//   ...
//
// Lists of whole numbers (`type = "integer-list"`) take `min`/`max` for each item and
// `min_items`/`max_items` for their length.

#include <toml++/toml.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "thuky/export.hpp"

namespace thuky::host {

enum class ConfigType { kString, kInteger, kFloat, kBoolean, kDate, kStringList, kIntegerList };
THUKY_API const char* to_string(ConfigType type);

struct THUKY_API ConfigKey {
  std::string name;  // dotted inside a group: "targets.women"
  ConfigType type = ConfigType::kString;
  std::string help;
  std::vector<std::string> choices;                 // for strings and string lists; empty = any
  std::optional<double> min, max;                   // for numbers, and each item of a number list
  std::optional<std::size_t> min_items, max_items;  // for lists
};

// A table of keys: `[config.targets]` without a type.
struct THUKY_API ConfigGroup {
  std::string name;  // dotted: "targets", "surplus"
  std::string help;  // may be empty
};

struct THUKY_API ConfigSchema {
  std::vector<ConfigKey> keys;      // in manifest order, a group's keys after it
  std::vector<ConfigGroup> groups;  // in manifest order
  toml::table defaults;             // every key's default, of its type, nested by group
  const ConfigKey* find(std::string_view name) const;
  const ConfigGroup* find_group(std::string_view name) const;
};

// Reads `[config.*]` of a manifest; throws UserError naming the manifest, line and key.
THUKY_API ConfigSchema read_config_schema(const toml::table& config,
                                          const std::filesystem::path& manifest);

struct THUKY_API CheckedConfig {
  toml::table values;                 // every declared key, the user's value or the default
  std::vector<std::string> warnings;  // "other.toml:7:1: unknown key 'plugins.minutes.x' ..."
};

// Checks the user's `[plugins.<id>]` table; `source` is the configuration file's name.
// Throws UserError naming the file, line, column and key of a wrong value.
THUKY_API CheckedConfig check_plugin_config(const ConfigSchema& schema, const toml::table& user,
                                            const std::string& plugin_id,
                                            const std::string& source);

// A value as it would be written in thuky.toml: `true`, `"a"`, `["a", "b"]`, `0.3`.
THUKY_API std::string value_text(const toml::node& value);

// The key's default as it would be written in thuky.toml.
THUKY_API std::string default_text(const ConfigSchema& schema, const ConfigKey& key);

}  // namespace thuky::host
