#pragma once
// The handlers behind each path of web_handlers.hpp, one function each.

#include <string>

#include "thuky/context.hpp"
#include "web_handlers.hpp"
#include "web_route.hpp"

namespace delegates::web {

// Reading: the day, its lists, the check and the results.
WebAnswer days(thuky::PluginContext& ctx);
WebAnswer day(thuky::PluginContext& ctx, const std::string& day_id);
WebAnswer candidates(thuky::PluginContext& ctx, const std::string& day_id);
WebAnswer check(thuky::PluginContext& ctx, const std::string& day_id);
WebAnswer results(thuky::PluginContext& ctx, const std::string& day_id);
// A page of a polling area's voters: ?area=&q=&offset=&limit= (q: name without diacritics).
WebAnswer voters(thuky::PluginContext& ctx, const std::string& day_id, const Params& params);

// The count of one polling area and level: its ballot and stored tally, and storing one.
WebAnswer tally(thuky::PluginContext& ctx, const std::string& day_id, const std::string& area,
                const std::string& election);
WebAnswer save_tally(thuky::PluginContext& ctx, const std::string& day_id, const std::string& area,
                     const std::string& election, const std::string& body);

// Official results: lock, and reopen with a reason.
WebAnswer lock(thuky::PluginContext& ctx, const std::string& day_id, const std::string& election);
WebAnswer reopen(thuky::PluginContext& ctx, const std::string& day_id, const std::string& election,
                 const std::string& body);

}  // namespace delegates::web
