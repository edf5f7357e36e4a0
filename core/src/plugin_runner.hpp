#pragma once
// Runs a plugin's command: load the library, apply its migrations, init it, run the command
// in one transaction.

#include <memory>
#include <string>
#include <vector>

#include "host_session.hpp"
#include "plugin_context.hpp"
#include "thuky/export.hpp"

namespace thuky::host {

// Loads and initialises `record`'s plugin and checks that it provides every command its
// manifest lists. On failure the record is disabled (with the reason) and nullptr returned,
// except for a UserError from the plugin's init, which is thrown and leaves it available.
THUKY_API std::unique_ptr<HostPluginContext> activate_plugin(HostSession& session,
                                                             PluginRecord& record);

// Runs `args` (args[0] = the top-level command) in `record`'s plugin; returns the exit code.
THUKY_API int run_plugin_command(HostSession& session, PluginRecord& record,
                                 const std::vector<std::string>& args);

}  // namespace thuky::host
