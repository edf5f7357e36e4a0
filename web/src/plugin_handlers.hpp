#pragma once
// A plugin's `[[web.handlers]]`: which one a request names, and running it as a command runs
// (loaded, migrated, initialised, in one transaction with its audit entry).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "host_session.hpp"
#include "manifest.hpp"
#include "thuky/web.hpp"

namespace thuky::web {

struct HandlerMatch {
  const host::WebHandlerInfo* handler = nullptr;  // nullptr: the path exists, not the method
  std::map<std::string, std::string> params;      // the {placeholders}' values
};

// The handler of `handlers` that `method` and `path` (below /api/p/<id>/) name. A literal
// segment beats a {placeholder} ("meetings/new" before "meetings/{id}"). nullopt when no
// handler has that path; a match without handler when only the method differs (405).
std::optional<HandlerMatch> match_web_handler(const std::vector<host::WebHandlerInfo>& handlers,
                                              std::string_view method, std::string_view path);

// Runs `request` in `record`'s plugin. A "write" handler's transaction commits (with the audit
// entry) only when the plugin answered below 400 without throwing; anything else rolls back.
// A UserError is 400 {error, field}; an exception is 500 and the server goes on. The answer's
// body is checked to be JSON. Throws host::StoreBusy when the store's lock was not had within
// the busy timeout, whatever the plugin answered (the caller answers it 503).
WebResponse call_web_handler(host::HostSession& session, host::PluginRecord& record,
                             const host::WebHandlerInfo& handler, const WebRequest& request);

}  // namespace thuky::web
