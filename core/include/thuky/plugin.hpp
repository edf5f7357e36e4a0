#pragma once
// The interface a plugin implements. See samples/hello-plugin for a complete small plugin and
// plugins/minutes for a full one.
//
//   class Hello final : public thuky::Plugin {
//    public:
//     static constexpr const char* kId = "hello";       // must equal the manifest's id
//     static constexpr const char* kVersion = "1.0.0";  // must equal the manifest's version
//     void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override { ... }
//   };
//   THUKY_PLUGIN(Hello)

#include <CLI/CLI.hpp>

#include <vector>

#include "thuky/context.hpp"
#include "thuky/export.hpp"
#include "thuky/migration.hpp"
#include "thuky/web.hpp"

namespace thuky {

class THUKY_API Plugin {
 public:
  virtual ~Plugin() = default;

  // Numbered schema changes for this plugin's own tables (prefix them with the plugin id).
  virtual std::vector<Migration> migrations() const { return {}; }

  // Called once after the migrations are applied. Keep it cheap: it runs on every command.
  virtual void init(PluginContext& /*ctx*/) {}

  // Adds this plugin's top-level commands (those its manifest lists) to `thuky` as CLI11
  // subcommands whose callbacks do the work. Throw thuky::UserError for the user's mistakes.
  virtual void add_commands(CLI::App& thuky, PluginContext& ctx) = 0;

  // --- SDK 2.3 (after the older virtuals, so that plugins built for 2.2 keep loading) ------
  // Answers a `[[web.handlers]]` entry of the manifest (see thuky/web.hpp); `request.path` is
  // the declared path. Throw thuky::UserError for the user's mistakes (400 with the field).
  // The default answers 404: a plugin without handlers need not override it.
  virtual void web_request(PluginContext& /*ctx*/, const WebRequest& /*request*/,
                           WebResponse& response) {
    response.status = 404;
    response.json = R"({"error": "this plugin has no such web handler"})";
  }
};

}  // namespace thuky
