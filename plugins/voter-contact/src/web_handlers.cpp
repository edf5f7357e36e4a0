#include "web_handlers.hpp"

#include <vector>

#include "web_contact_handlers.hpp"
#include "web_route.hpp"

namespace contact {
namespace {

using web::Params;

struct Route {
  const char* method;
  const char* pattern;
  std::function<WebAnswer(thuky::PluginContext&, const Params&, const std::string& body,
                          const CommandRunner& run)>
      answer;
};

const std::vector<Route>& routes() {
  static const std::vector<Route> table = {
      {"GET", "plans", [](auto& ctx, auto&, auto&, auto&) { return web::plans(ctx); }},
      {"GET", "plans/{plan}",
       [](auto& ctx, auto& p, auto&, auto&) { return web::plan(ctx, p.at("plan")); }},
      {"POST", "plans/{plan}/schedule",
       [](auto& ctx, auto& p, auto& body, auto&) {
         return web::schedule(ctx, p.at("plan"), body);
       }},
      {"POST", "plans/{plan}/pin",
       [](auto& ctx, auto& p, auto& body, auto&) { return web::pin(ctx, p.at("plan"), body); }},
      {"POST", "plans/{plan}/unpin",
       [](auto& ctx, auto& p, auto& body, auto&) { return web::unpin(ctx, p.at("plan"), body); }},
      {"GET", "plans/{plan}/opinions",
       [](auto& ctx, auto& p, auto&, auto&) { return web::opinions(ctx, p.at("plan")); }},
      {"POST", "plans/{plan}/opinions",
       [](auto& ctx, auto& p, auto& body, auto&) {
         return web::add_opinion(ctx, p.at("plan"), body);
       }},
      {"GET", "plans/{plan}/groups",
       [](auto& ctx, auto& p, auto&, auto&) { return web::groups(ctx, p.at("plan")); }},
      {"POST", "plans/{plan}/groups/{group}/confirm",
       [](auto& ctx, auto& p, auto&, auto&) {
         return web::confirm_group(ctx, p.at("plan"), p.at("group"));
       }},
      {"POST", "plans/{plan}/groups/{group}/split",
       [](auto& ctx, auto& p, auto& body, auto&) {
         return web::split_group(ctx, p.at("plan"), p.at("group"), body);
       }},
      {"POST", "plans/{plan}/documents/{kind}",
       [](auto& ctx, auto& p, auto&, auto& run) {
         return web::documents(ctx, p.at("plan"), p.at("kind"), run);
       }},
  };
  return table;
}

}  // namespace

WebAnswer answer_web(thuky::PluginContext& ctx, const WebCall& call, const CommandRunner& run) {
  const std::string path = web::relative_path(call.path);
  bool path_known = false;
  for (const Route& route : routes()) {
    Params params;
    if (!web::match_route(route.pattern, path, call.params, params))
      continue;
    path_known = true;
    if (call.method != route.method)
      continue;
    try {
      return route.answer(ctx, params, call.body, run);
    } catch (const web::Refusal& e) {
      return web::error_answer(400, e.what(), e.field());
    } catch (const thuky::UserError& e) {
      return web::error_answer(400, e.what(), e.location().field);
    } catch (const std::out_of_range&) {  // a {param} the host did not hand over
      return web::error_answer(400, "incomplete path '" + path + "'");
    }
  }
  if (path_known)
    return web::error_answer(405, call.method + " is not allowed on '" + path + "'");
  return web::error_answer(404, "no handler for '" + path + "'");
}

}  // namespace contact
