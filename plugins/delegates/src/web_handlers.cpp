#include "web_handlers.hpp"

#include <functional>
#include <vector>

#include "web_election_handlers.hpp"
#include "web_route.hpp"

namespace delegates {
namespace {

using web::Params;

struct Route {
  const char* method;
  const char* pattern;
  std::function<WebAnswer(thuky::PluginContext&, const Params&, const std::string& body)> run;
};

const std::vector<Route>& routes() {
  static const std::vector<Route> table = {
      {"GET", "days", [](auto& ctx, auto&, auto&) { return web::days(ctx); }},
      {"GET", "days/{day}", [](auto& ctx, auto& p, auto&) { return web::day(ctx, p.at("day")); }},
      {"GET", "days/{day}/candidates",
       [](auto& ctx, auto& p, auto&) { return web::candidates(ctx, p.at("day")); }},
      {"GET", "days/{day}/check",
       [](auto& ctx, auto& p, auto&) { return web::check(ctx, p.at("day")); }},
      {"GET", "days/{day}/voters",
       [](auto& ctx, auto& p, auto&) { return web::voters(ctx, p.at("day"), p); }},
      {"GET", "days/{day}/results",
       [](auto& ctx, auto& p, auto&) { return web::results(ctx, p.at("day")); }},
      {"GET", "days/{day}/tally/{area}/{election}",
       [](auto& ctx, auto& p, auto&) {
         return web::tally(ctx, p.at("day"), p.at("area"), p.at("election"));
       }},
      {"POST", "days/{day}/tally/{area}/{election}",
       [](auto& ctx, auto& p, auto& body) {
         return web::save_tally(ctx, p.at("day"), p.at("area"), p.at("election"), body);
       }},
      {"POST", "days/{day}/elections/{election}/lock",
       [](auto& ctx, auto& p, auto&) { return web::lock(ctx, p.at("day"), p.at("election")); }},
      {"POST", "days/{day}/elections/{election}/reopen",
       [](auto& ctx, auto& p, auto& body) {
         return web::reopen(ctx, p.at("day"), p.at("election"), body);
       }},
  };
  return table;
}

}  // namespace

WebAnswer answer_web(thuky::PluginContext& ctx, const WebCall& call) {
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
      return route.run(ctx, params, call.body);
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

}  // namespace delegates
