#include "web_handlers.hpp"

#include "web_contact_handlers.hpp"

namespace contact {
namespace {

using thuky::PluginContext;
using thuky::WebRequest;

// The papers' handler runs the plugin's commands: `run` is this request's.
thuky::WebRouter router(const CommandRunner& run) {
  return thuky::WebRouter()
      .on("GET", "plans", [](PluginContext& ctx, const WebRequest&) { return web::plans(ctx); })
      .on("GET", "plans/{plan}",
          [](PluginContext& ctx, const WebRequest& r) { return web::plan(ctx, r.param("plan")); })
      .on("POST", "plans/{plan}/schedule",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::schedule(ctx, r.param("plan"), r.body);
          })
      .on("POST", "plans/{plan}/pin",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::pin(ctx, r.param("plan"), r.body);
          })
      .on("POST", "plans/{plan}/unpin",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::unpin(ctx, r.param("plan"), r.body);
          })
      .on("GET", "plans/{plan}/opinions",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::opinions(ctx, r.param("plan"));
          })
      .on("POST", "plans/{plan}/opinions",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::add_opinion(ctx, r.param("plan"), r.body);
          })
      .on("POST", "plans/{plan}/opinions/import",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::import_opinion_file(ctx, r.param("plan"), r);
          })
      .on("GET", "plans/{plan}/groups",
          [](PluginContext& ctx, const WebRequest& r) { return web::groups(ctx, r.param("plan")); })
      .on("POST", "plans/{plan}/groups/suggest",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::suggest_groups(ctx, r.param("plan"));
          })
      .on("POST", "plans/{plan}/groups/{group}/confirm",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::confirm_group(ctx, r.param("plan"), r.param("group"));
          })
      .on("POST", "plans/{plan}/groups/{group}/split",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::split_group(ctx, r.param("plan"), r.param("group"), r.body);
          })
      .on("GET", "plans/{plan}/answers",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::answers(ctx, r.param("plan"));
          })
      .on("POST", "plans/{plan}/groups/{group}/answer",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::record_answer(ctx, r.param("plan"), r.param("group"), r.body);
          })
      .on("POST", "plans/{plan}/documents/{kind}", [&run](PluginContext& ctx, const WebRequest& r) {
        return web::documents(ctx, r.param("plan"), r.param("kind"), run);
      });
}

}  // namespace

thuky::WebResponse answer_web(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                              const CommandRunner& run) {
  return router(run).answer(ctx, request);
}

}  // namespace contact
