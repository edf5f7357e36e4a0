#pragma once
// A plugin's `<id>.plugin.toml`: read and checked without opening the plugin's library, so
// `thuky --help` and `thuky plugins` never run plugin code.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "plugin_config_schema.hpp"
#include "plugin_requirement.hpp"
#include "thuky/export.hpp"

namespace thuky::host {

struct CommandInfo {
  std::string name;     // top-level command, e.g. "meeting"
  std::string summary;  // one line for `thuky --help`
};

struct DocumentInfo {
  std::string id;     // e.g. "minutes"
  std::string title;  // e.g. "Biên bản"
};

struct Manifest {
  std::filesystem::path file;     // the manifest itself
  std::filesystem::path library;  // the shared library, in the manifest's directory
  std::string id;
  std::string name;
  std::string version;
  int sdk_version = 0;
  std::string summary;
  std::vector<CommandInfo> commands;
  std::vector<DocumentInfo> documents;
  // `[config.<key>]`: the plugin's settings; nullopt when the manifest declares none (its
  // `[plugins.<id>]` table is then handed over unchecked).
  std::optional<ConfigSchema> config;
  std::vector<Requirement> requirements;  // `requires = [...]`
};

// Reads a manifest; throws UserError naming the file, line and key of the first problem.
THUKY_API Manifest read_manifest(const std::filesystem::path& file);

// True for names a plugin id may take: lower-case ASCII letters, digits and '-'.
bool is_valid_plugin_id(const std::string& id);

}  // namespace thuky::host
