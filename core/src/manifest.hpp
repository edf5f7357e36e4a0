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
  // `list = true`: run without arguments, the command prints a table::ListOutput; `thuky serve`
  // shows its records on the plugin's page.
  bool list = false;
};

struct DocumentInfo {
  std::string id;     // e.g. "minutes"
  std::string title;  // e.g. "Biên bản"
};

// `[[web.handlers]]`: a JSON handler the plugin answers in Plugin::web_request (SDK 2.3).
struct WebHandlerInfo {
  std::string method;  // GET, POST, PUT or DELETE
  std::string path;    // as declared: "meetings/{id}/attendance"
  bool write = false;  // access = "write": a viewer is refused, the answer may commit
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
  // `uses = [...]` (SDK 2.4): plugins read when installed, whose absence is no error; their
  // migrations come first when they are there (plugin_runner.cpp).
  std::vector<Requirement> uses;
  std::vector<WebHandlerInfo> web_handlers;  // `[[web.handlers]]`
  // `[web] assets = "<folder>"` beside the manifest, served at /p/<id>/; empty when none.
  std::filesystem::path web_assets;
  std::string web_title;  // `[web] title`: the link to the plugin's pages in the navigation
};

// Reads a manifest; throws UserError naming the file, line and key of the first problem.
THUKY_API Manifest read_manifest(const std::filesystem::path& file);

// True for a `[[web.handlers]]` path: segments of a-z, 0-9, '-', '_', '.' or `{name}`.
bool is_valid_web_path(const std::string& path);

// True for names a plugin id may take: lower-case ASCII letters, digits and '-'.
bool is_valid_plugin_id(const std::string& id);

}  // namespace thuky::host
