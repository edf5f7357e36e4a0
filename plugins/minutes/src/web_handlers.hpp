#pragma once
// The minutes plugin's `[[web.handlers]]` (minutes.plugin.toml): meetings, their form, the
// attendance page at the door, rendering, tasks. The pages are in plugins/minutes/web/.

#include <functional>
#include <string>
#include <vector>

#include "thuky/context.hpp"
#include "thuky/web.hpp"

namespace minutes {

// Runs one of the plugin's own commands as `thuky` would (thuky/web_command.hpp) and returns
// what it printed: a meeting file uploaded is imported exactly as `meeting import` does.
using CommandRunner = std::function<std::string(const std::vector<std::string>& args)>;

void answer_web_request(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                        thuky::WebResponse& response, const CommandRunner& run);

}  // namespace minutes
