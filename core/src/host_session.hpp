#pragma once
// One run of `thuky`: the configuration, the store (opened on first use), the plugin registry,
// the logger. Built from the global command-line options.

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audit/host_audit_log.hpp"
#include "config.hpp"
#include "console_logger.hpp"
#include "plugin_registry.hpp"
#include "thuky/clock.hpp"
#include "thuky/export.hpp"
#include "thuky/store.hpp"

namespace thuky::host {

struct THUKY_API GlobalOptions {
  std::string config_file;                // --config
  std::string db;                         // --db
  std::vector<std::string> plugin_paths;  // --plugin-path (repeatable)
  bool safe_mode = false;                 // --safe-mode
  int verbose = 0;                        // -v
  bool quiet = false;                     // --quiet
  bool json = false;                      // --json
};

// The commands the host itself provides; no plugin may take these names.
THUKY_API const std::vector<std::string>& builtin_command_names();

class THUKY_API HostSession {
 public:
  explicit HostSession(GlobalOptions options);

  const GlobalOptions& options() const noexcept { return options_; }
  void set_json_output(bool on) noexcept { options_.json = on; }
  // The settings; throws the configuration's error if thuky.toml could not be read.
  const Settings& settings() const;
  // thuky.toml's [serve] table (`thuky serve` only); throws as settings() does.
  const ServeConfig& serve_config() const;
  // The user's `[plugins.<id>]` table as written (empty when absent).
  const toml::table& plugin_table(const std::string& id) const;
  // That table checked against the manifest's `[config.*]` schema, every declared key set
  // (the user's value or the default). Read without loading the plugin; throws UserError
  // naming the configuration file, line, column and key of a wrong value. Unknown keys are
  // warned about once.
  const toml::table& plugin_config(const Manifest& manifest);
  // Where `[plugins.<id>].<key>` is written, for a plugin's own checks of its values.
  InputLocation plugin_config_location(const std::string& id, std::string_view key) const;
  // The configuration file in use, if any.
  const std::optional<std::filesystem::path>& config_file() const noexcept { return config_file_; }

  // The workspace store, opened on first use. Throws UserError when there is no workspace.
  Store& store();
  bool store_is_open() const noexcept { return store_ != nullptr; }
  // True when store() has a store to open (a workspace, or --db).
  bool has_store() const noexcept { return !options_.db.empty() || config_file_.has_value(); }
  // When `error_text` reports the store's last failure and that came from the environment
  // (busy past the timeout, disk full, I/O error): the cause in words. nullopt otherwise.
  std::optional<std::string> store_failure(std::string_view error_text);

  // One clock per run, so every document of a command carries the same date.
  const Clock& clock();

  PluginRegistry& registry() { return *registry_; }
  ConsoleLogger& log() { return logger_; }
  TerminalProgress& progress() { return progress_; }
  // This command's audit entry (see thuky/audit.hpp).
  HostAuditLog& audit() { return audit_; }
  // Appends the audit entry of a core command to the store, then commits `transaction`: the
  // entry exists exactly when the write does.
  void commit_audited(WriteTransaction& transaction);

 private:
  // The configuration's plugins.paths, if the user trusts this workspace (else a warning).
  void add_trusted_config_paths(std::vector<std::filesystem::path>& dirs);

  GlobalOptions options_;
  ConsoleLogger logger_;
  TerminalProgress progress_;
  HostAuditLog audit_;
  std::optional<std::filesystem::path> config_file_;
  LoadedConfig config_;
  std::optional<std::string> config_error_;  // reported when a command needs the settings
  std::map<std::string, toml::table> checked_plugin_configs_;
  std::unique_ptr<Store> store_;
  std::optional<Clock> clock_;
  std::unique_ptr<PluginRegistry> registry_;
};

}  // namespace thuky::host
