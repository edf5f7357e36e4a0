#pragma once
// The minutes plugin's `[[web.handlers]]` (minutes.plugin.toml): meetings, their form, the
// attendance page at the door, rendering, tasks. The pages are in plugins/minutes/web/.

#include "thuky/context.hpp"
#include "thuky/web.hpp"

namespace minutes {

void answer_web_request(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                        thuky::WebResponse& response);

}  // namespace minutes
