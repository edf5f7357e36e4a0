#pragma once
// A plugin's list command (`list = true` in its manifest's [[commands]]) run for the web: in
// process, read-only on a snapshot (it never waits for a writer, and a write is refused as the
// plugin's bug), its list taken from table::ListOutput rather than printed.

#include "host_session.hpp"
#include "list_page.hpp"
#include "manifest.hpp"
#include "thuky/web.hpp"

namespace thuky::web {

// Runs `command` of `record`'s plugin with no argument; answers the `window` of its list as
// ListPage::json() makes it, or an error: 400 {error, field} for the user's mistake (a wrong
// setting, an argument the command needs), 503 for a disabled plugin or a busy store, 500 for
// the plugin's bug (it wrote, failed, or printed no list).
WebResponse run_list_command(host::HostSession& session, host::PluginRecord& record,
                             const host::CommandInfo& command, ListWindow window);

}  // namespace thuky::web
