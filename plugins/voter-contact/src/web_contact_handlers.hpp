#pragma once
// The handlers behind each path of web_handlers.hpp, one function each.

#include <string>

#include "thuky/context.hpp"
#include "thuky/web.hpp"
#include "web_handlers.hpp"

namespace contact::web {

using thuky::WebResponse;

// The plan and its schedule; scheduling, pinning and unpinning (the stored schedule changes).
WebResponse plans(thuky::PluginContext& ctx);
WebResponse plan(thuky::PluginContext& ctx, const std::string& plan_id);
WebResponse schedule(thuky::PluginContext& ctx, const std::string& plan_id,
                     const std::string& body);
WebResponse pin(thuky::PluginContext& ctx, const std::string& plan_id, const std::string& body);
WebResponse unpin(thuky::PluginContext& ctx, const std::string& plan_id, const std::string& body);

// What voters said, and the groups of alike requests.
WebResponse opinions(thuky::PluginContext& ctx, const std::string& plan_id);
WebResponse add_opinion(thuky::PluginContext& ctx, const std::string& plan_id,
                        const std::string& body);
// Opinions from an uploaded table (params "file", "file_name", "skip_invalid"), as
// `opinions import`: {added, updated, rejected, rejects}; 422 by row and column.
WebResponse import_opinion_file(thuky::PluginContext& ctx, const std::string& plan_id,
                                const thuky::WebRequest& request);
// The groups as stored; suggest_groups regroups the opinions not confirmed first (a write, as
// `contact opinions groups` is).
WebResponse groups(thuky::PluginContext& ctx, const std::string& plan_id);
WebResponse suggest_groups(thuky::PluginContext& ctx, const std::string& plan_id);
WebResponse confirm_group(thuky::PluginContext& ctx, const std::string& plan_id,
                          const std::string& group);
WebResponse split_group(thuky::PluginContext& ctx, const std::string& plan_id,
                        const std::string& group, const std::string& body);

// The agencies' answers: every request with its answer, status and days overdue (as
// `opinions unanswered` counts them); recording one ({status, agency, answer, date}).
WebResponse answers(thuky::PluginContext& ctx, const std::string& plan_id);
WebResponse record_answer(thuky::PluginContext& ctx, const std::string& plan_id,
                          const std::string& group, const std::string& body);

// The papers: "plan" (kế hoạch, calendars, notices), "minutes" (biên bản), "report" (báo cáo).
WebResponse documents(thuky::PluginContext& ctx, const std::string& plan_id,
                      const std::string& kind, const CommandRunner& run);

}  // namespace contact::web
