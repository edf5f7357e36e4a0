#pragma once
// Finds plugins through their manifests, and loads one only when its command runs.
//
// Discovery reads manifests only; no plugin code runs until `load()`. A plugin that cannot be
// used is kept in the list as disabled, with a reason that names the versions and paths
// involved, and every other plugin keeps working.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "manifest.hpp"
#include "thuky/entry.hpp"
#include "thuky/export.hpp"

namespace thuky::host {

// kShadowed: another copy with the same id comes earlier in the search path and is used
// instead (e.g. a bundled plugin replaced through THUKY_PLUGIN_PATH, the user's choice).
enum class PluginState { kAvailable, kLoaded, kDisabled, kShadowed };
THUKY_API const char* to_string(PluginState state);

struct THUKY_API PluginRecord {
  std::filesystem::path manifest_file;
  Manifest manifest;  // id and paths are known even when the rest of the manifest is bad
  PluginState state = PluginState::kAvailable;
  std::string reason;  // why it is disabled
  bool bundled = false;
  const abi::Entry* entry = nullptr;           // set once loaded
  std::filesystem::path shadowed_by;           // manifest of the copy used instead (kShadowed)
  std::vector<std::filesystem::path> shadows;  // manifests of the copies this one replaces

  bool usable() const noexcept {
    return state == PluginState::kAvailable || state == PluginState::kLoaded;
  }
};

struct THUKY_API PluginSearch {
  std::vector<std::filesystem::path> dirs;     // in order: THUKY_PLUGIN_PATH, config, bundled
  std::filesystem::path bundled_dir;           // the install (or build) directory of thuky
  std::vector<std::string> disabled_ids;       // from the configuration
  std::vector<std::string> reserved_commands;  // the host's own commands
};

class THUKY_API PluginRegistry {
 public:
  explicit PluginRegistry(const PluginSearch& search);

  const std::vector<PluginRecord>& plugins() const noexcept { return plugins_; }
  std::vector<PluginRecord>& plugins() noexcept { return plugins_; }
  PluginRecord* find(std::string_view id);
  // The available or loaded plugin that provides top-level command `command`.
  PluginRecord* find_by_command(std::string_view command);
  // The plugin that lists `command` in its manifest, whatever its state.
  const PluginRecord* owner_of_command(std::string_view command) const;

  // Checks the library's ELF file (entry symbol, ABI stamp) without running any of its code,
  // opens it, checks its entry against the manifest and this SDK, then creates the plugin
  // object. On failure the record becomes disabled and false is returned.
  // Loading an already loaded plugin does nothing and returns true.
  bool load(PluginRecord& record);

  // Runs the checks `load()` makes from the ELF file (entry symbol, ABI stamp) without opening
  // the library: no plugin code runs. On refusal the record becomes disabled; returns whether
  // it is still usable.
  bool inspect(PluginRecord& record);

  // Marks a loaded plugin disabled (e.g. its init failed).
  static void disable(PluginRecord& record, std::string reason);

 private:
  void scan_directory(const std::filesystem::path& dir, bool bundled);
  static void check_library(PluginRecord& record, const std::filesystem::path& real_dir);
  // Same id twice: the first usable copy in search order wins, the others are shadowed.
  void resolve_ids(const PluginSearch& search);
  // Same command twice: bundled plugins claim theirs first, so a newcomer never takes a
  // working bundled plugin's command away; then the others, in search order.
  void resolve_commands(const PluginSearch& search);
  // `requires = [...]`: a plugin whose required plugin is missing, disabled or too old is
  // disabled, with the reason.
  void resolve_requirements();

  std::vector<PluginRecord> plugins_;
};

// The bundled plugin directory: <dir of the executable>/../<libdir>/thuky/plugins.
THUKY_API std::filesystem::path bundled_plugin_dir();

// Splits a colon-separated list such as THUKY_PLUGIN_PATH, dropping empty parts.
THUKY_API std::vector<std::filesystem::path> split_path_list(std::string_view list);

}  // namespace thuky::host
