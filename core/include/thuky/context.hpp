#pragma once
// What the host hands a plugin: the services it may use, and nothing more.

#include <toml++/toml.h>

#include <filesystem>

#include "thuky/audit.hpp"
#include "thuky/export.hpp"
#include "thuky/logger.hpp"
#include "thuky/progress.hpp"
#include "thuky/settings.hpp"
#include "thuky/store.hpp"

namespace thuky {

class THUKY_API PluginContext {
 public:
  virtual ~PluginContext() = default;

  // The workspace store. Opened on first use; throws UserError when there is no workspace.
  virtual Store& store() = 0;
  // The host configuration (organisation header, page, fonts, output directory, ...).
  virtual const Settings& settings() const = 0;
  // This plugin's own table, `[plugins.<id>]` in thuky.toml; empty when absent.
  virtual const toml::table& plugin_config() const = 0;
  virtual Logger& log() = 0;
  virtual Progress& progress() = 0;
  // True when the user asked for --json output from commands that print data.
  virtual bool json_output() const = 0;
  // The command's entry in the store's audit log: say which rows it touched.
  virtual AuditLog& audit() = 0;
};

}  // namespace thuky
