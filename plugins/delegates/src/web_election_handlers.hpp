#pragma once
// The handlers behind each path of web_handlers.hpp, one function each.

#include <string>

#include "thuky/context.hpp"
#include "thuky/web.hpp"
#include "web_handlers.hpp"

namespace delegates::web {

using thuky::WebResponse;

// Reading: the day, its lists, the check and the results.
WebResponse days(thuky::PluginContext& ctx);
WebResponse day(thuky::PluginContext& ctx, const std::string& day_id);
WebResponse candidates(thuky::PluginContext& ctx, const std::string& day_id);
WebResponse check(thuky::PluginContext& ctx, const std::string& day_id);
WebResponse results(thuky::PluginContext& ctx, const std::string& day_id);
// A page of a polling area's voters: ?area=&q=&offset=&limit= (q: name without diacritics).
WebResponse voters(thuky::PluginContext& ctx, const thuky::WebRequest& request);

// The count of one polling area and level: its ballot and stored tally, and storing one.
WebResponse tally(thuky::PluginContext& ctx, const std::string& day_id, const std::string& area,
                  const std::string& election);
// `body` carries the version the count was loaded at: 409 {error, changed_by, changed_at,
// tally} when it was saved since; `user` signs the new version.
WebResponse save_tally(thuky::PluginContext& ctx, const std::string& day_id,
                       const std::string& area, const std::string& election,
                       const std::string& body, const std::string& user);

// The list of candidates of one election by upload (params "file", "file_name",
// "skip_invalid"): {added, updated, removed, rejected, rejects}; 422 by row and column.
WebResponse import_candidates(thuky::PluginContext& ctx, const std::string& day_id,
                              const std::string& election, const thuky::WebRequest& request);

// The papers of `kind` printed by `election render` through `run`: {kind, files: [{name, path}]}.
WebResponse papers(thuky::PluginContext& ctx, const std::string& day_id, const std::string& kind,
                   const thuky::WebRequest& request, const CommandRunner& run);

// Official results: lock, and reopen with a reason.
WebResponse lock(thuky::PluginContext& ctx, const std::string& day_id, const std::string& election);
WebResponse reopen(thuky::PluginContext& ctx, const std::string& day_id,
                   const std::string& election, const std::string& body);

}  // namespace delegates::web
