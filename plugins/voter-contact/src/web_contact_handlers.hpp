#pragma once
// The handlers behind each path of web_handlers.hpp, one function each.

#include <string>

#include "thuky/context.hpp"
#include "web_handlers.hpp"

namespace contact::web {

// The plan and its schedule; scheduling, pinning and unpinning (the stored schedule changes).
WebAnswer plans(thuky::PluginContext& ctx);
WebAnswer plan(thuky::PluginContext& ctx, const std::string& plan_id);
WebAnswer schedule(thuky::PluginContext& ctx, const std::string& plan_id, const std::string& body);
WebAnswer pin(thuky::PluginContext& ctx, const std::string& plan_id, const std::string& body);
WebAnswer unpin(thuky::PluginContext& ctx, const std::string& plan_id, const std::string& body);

// What voters said, and the groups of alike requests.
WebAnswer opinions(thuky::PluginContext& ctx, const std::string& plan_id);
WebAnswer add_opinion(thuky::PluginContext& ctx, const std::string& plan_id,
                      const std::string& body);
WebAnswer groups(thuky::PluginContext& ctx, const std::string& plan_id);
WebAnswer confirm_group(thuky::PluginContext& ctx, const std::string& plan_id,
                        const std::string& group);
WebAnswer split_group(thuky::PluginContext& ctx, const std::string& plan_id,
                      const std::string& group, const std::string& body);

// The papers: "plan" (kế hoạch, calendars, notices), "minutes" (biên bản), "report" (báo cáo).
WebAnswer documents(thuky::PluginContext& ctx, const std::string& plan_id, const std::string& kind,
                    const CommandRunner& run);

}  // namespace contact::web
