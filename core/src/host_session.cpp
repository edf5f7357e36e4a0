#include "host_session.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "store_failure.hpp"
#include "thuky/doc/glyph_coverage.hpp"
#include "thuky/error.hpp"
#include "workspace.hpp"
#include "workspace_trust.hpp"

namespace thuky::host {
namespace {

Verbosity verbosity_of(const GlobalOptions& o) {
  if (o.quiet)
    return Verbosity::kQuiet;
  return o.verbose > 0 ? Verbosity::kVerbose : Verbosity::kNormal;
}

}  // namespace

const std::vector<std::string>& builtin_command_names() {
  static const std::vector<std::string> names = {
      "init",  "plugins",       "backup", "names", "document", "people",
      "areas", "organisations", "log",    "help",  "serve",    "users"};  // serve, users: web/
  return names;
}

HostSession::HostSession(GlobalOptions options)
    : options_(std::move(options)), logger_(verbosity_of(options_)), progress_(!options_.quiet) {
  if (!options_.config_file.empty()) {
    config_file_ = std::filesystem::absolute(options_.config_file);
  } else {
    config_file_ = find_config_file(std::filesystem::current_path());
  }
  config_ = parse_config("", "(defaults)", std::filesystem::current_path());
  if (config_file_) {
    try {
      config_ = load_config(*config_file_);
      for (const auto& warning : config_.warnings)
        logger_.warn(warning);
    } catch (const UserError& e) {
      // Keep going on defaults so that --help and `plugins` still work; commands that need
      // the settings report the error.
      config_error_ = e.what();
      config_ = parse_config("", "(defaults)", std::filesystem::current_path());
    }
  }

  // Text entered from now on is checked against the fonts that will print it.
  doc::set_printing_fonts(config_.settings.fonts);

  PluginSearch search;
  search.bundled_dir = bundled_plugin_dir();
  search.reserved_commands = builtin_command_names();
  if (!options_.safe_mode) {
    if (const char* env = std::getenv("THUKY_PLUGIN_PATH")) {
      for (auto& dir : split_path_list(env))
        search.dirs.push_back(std::move(dir));
    }
    for (const auto& dir : options_.plugin_paths)
      search.dirs.emplace_back(dir);
    add_trusted_config_paths(search.dirs);
    search.disabled_ids = config_.settings.disabled_plugins;
  }
  search.dirs.push_back(search.bundled_dir);
  registry_ = std::make_unique<PluginRegistry>(search);
  // A [plugins.<id>] table for a plugin that is not installed is most likely a typo.
  for (const auto& [id, table] : config_.plugin_tables) {
    bool known = false;
    for (const auto& record : registry_->plugins())
      known = known || record.manifest.id == id.str();
    if (!known) {
      const auto [line, column] = config_.plugin_table_positions[std::string(id.str())];
      logger_.warn(fmt::format("{}:{}:{}: [plugins.{}] names no installed plugin; it is ignored",
                               config_.settings.config_file.string(), line, column, id.str()));
    }
  }
}

void HostSession::add_trusted_config_paths(std::vector<std::filesystem::path>& dirs) {
  const auto& paths = config_.settings.plugin_paths;
  if (paths.empty() || !config_file_)
    return;
  if (is_trusted(*config_file_)) {
    dirs.insert(dirs.end(), paths.begin(), paths.end());
    return;
  }
  std::string listed;
  for (const auto& dir : paths)
    listed += (listed.empty() ? "'" : ", '") + dir.string() + "'";
  logger_.warn(
      fmt::format("plugins.paths of '{}' skipped: a workspace may come from anyone, so "
                  "its plugins run only once you trust it; run 'thuky plugins trust' to "
                  "allow plugins from {}",
                  config_file_->string(), listed));
}

const Settings& HostSession::settings() const {
  if (config_error_)
    throw UserError(*config_error_);
  return config_.settings;
}

const ServeConfig& HostSession::serve_config() const {
  (void)settings();  // the configuration's error, if any
  return config_.serve;
}

const toml::table& HostSession::plugin_table(const std::string& id) const {
  static const toml::table empty;
  const toml::node* node = config_.plugin_tables.get(id);
  return node && node->is_table() ? *node->as_table() : empty;
}

const toml::table& HostSession::plugin_config(const Manifest& manifest) {
  if (auto found = checked_plugin_configs_.find(manifest.id);
      found != checked_plugin_configs_.end())
    return found->second;
  const toml::table& user = plugin_table(manifest.id);
  if (!manifest.config)
    return user;  // no schema declared: the plugin checks its own table
  settings();     // a broken configuration file is reported first
  CheckedConfig checked = check_plugin_config(*manifest.config, user, manifest.id,
                                              config_.settings.config_file.string());
  for (const auto& warning : checked.warnings)
    logger_.warn(warning);
  return checked_plugin_configs_.emplace(manifest.id, std::move(checked.values)).first->second;
}

InputLocation HostSession::plugin_config_location(const std::string& id,
                                                  std::string_view key) const {
  InputLocation where{config_.settings.config_file.string(), 0, 0,
                      fmt::format("plugins.{}.{}", id, key)};
  // A key in a group is dotted ("targets.women"), as the manifest's schema names it.
  if (const toml::node* node = plugin_table(id).at_path(key).node()) {
    where.line = static_cast<int>(node->source().begin.line);
    where.column = static_cast<int>(node->source().begin.column);
  }
  return where;
}

const Clock& HostSession::clock() {
  if (!clock_)
    clock_ = Clock::from_environment();
  return *clock_;
}

Store& HostSession::store() {
  if (store_)
    return *store_;
  std::filesystem::path file;
  if (!options_.db.empty()) {
    file = options_.db;
  } else if (config_file_) {
    file = settings().store_path;
  } else {
    throw UserError(fmt::format(
        "no thuky workspace here: no {} in '{}' or its parents; run 'thuky init' first, or "
        "pass --config FILE or --db FILE",
        kConfigFileName, std::filesystem::current_path().string()));
  }
  store_ = std::make_unique<Store>(
      file, StoreOptions{.busy_timeout_ms = config_.settings.busy_timeout_ms,
                         .create = true,
                         .allow_network_filesystem = config_.settings.allow_network_filesystem});
  return *store_;
}

void HostSession::commit_audited(WriteTransaction& transaction) {
  audit_.write_entry(store(), "core");
  transaction.commit();
  audit_.entries_committed();
}

std::optional<std::string> HostSession::store_failure(std::string_view error_text) {
  if (!store_)
    return std::nullopt;
  return environment_failure(store_->db().getHandle(), store_->path(), store_->busy_timeout_ms(),
                             error_text);
}

}  // namespace thuky::host
