#include "web_handlers.hpp"

#include "web_election_handlers.hpp"

namespace delegates {
namespace {

using thuky::PluginContext;
using thuky::WebRequest;

// The papers' handler runs the plugin's commands: `run` is this request's.
thuky::WebRouter router(const CommandRunner& run) {
  return thuky::WebRouter()
      .on("GET", "days", [](PluginContext& ctx, const WebRequest&) { return web::days(ctx); })
      .on("GET", "days/{day}",
          [](PluginContext& ctx, const WebRequest& r) { return web::day(ctx, r.param("day")); })
      .on("GET", "days/{day}/candidates",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::candidates(ctx, r.param("day"));
          })
      .on("GET", "days/{day}/check",
          [](PluginContext& ctx, const WebRequest& r) { return web::check(ctx, r.param("day")); })
      .on("GET", "days/{day}/results",
          [](PluginContext& ctx, const WebRequest& r) { return web::results(ctx, r.param("day")); })
      .on("GET", "days/{day}/voters",
          [](PluginContext& ctx, const WebRequest& r) { return web::voters(ctx, r); })
      .on("GET", "days/{day}/tally/{area}/{election}",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::tally(ctx, r.param("day"), r.param("area"), r.param("election"));
          })
      .on("POST", "days/{day}/tally/{area}/{election}",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::save_tally(ctx, r.param("day"), r.param("area"), r.param("election"),
                                   r.body, r.user);
          })
      .on("POST", "days/{day}/elections/{election}/candidates",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::import_candidates(ctx, r.param("day"), r.param("election"), r);
          })
      .on("POST", "days/{day}/elections/{election}/lock",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::lock(ctx, r.param("day"), r.param("election"));
          })
      .on("POST", "days/{day}/elections/{election}/reopen",
          [](PluginContext& ctx, const WebRequest& r) {
            return web::reopen(ctx, r.param("day"), r.param("election"), r.body);
          })
      .on("POST", "days/{day}/papers/{kind}", [&run](PluginContext& ctx, const WebRequest& r) {
        return web::papers(ctx, r.param("day"), r.param("kind"), r, run);
      });
}

}  // namespace

thuky::WebResponse answer_web(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                              const CommandRunner& run) {
  return router(run).answer(ctx, request);
}

}  // namespace delegates
