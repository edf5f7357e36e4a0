#pragma once
// The plugin's JSON handlers for `thuky serve` (docs/sdk.md, "The web extension point"): served
// at /api/p/voter-contact/<path>, answered with the functions the `thuky contact …` commands
// call. The host checks the session, role and CSRF token and holds the store lock; write
// handlers also work in a savepoint of their own, so a refusal leaves the store as it was.
//
//   GET  plans                                  plan ids and titles
//   GET  plans/{plan}                           groups, localities, slots, the schedule
//   POST plans/{plan}/schedule                  {fresh}: schedule; 400 with the explanation
//   POST plans/{plan}/pin                       {group, locality, date, slot, venue}
//   POST plans/{plan}/unpin                     {group, locality}
//   GET  plans/{plan}/opinions                  the opinions by number
//   POST plans/{plan}/opinions                  one opinion (as `opinions add`)
//   GET  plans/{plan}/groups                    alike opinions, regrouped (as `opinions groups`)
//   POST plans/{plan}/groups/{group}/confirm
//   POST plans/{plan}/groups/{group}/split      {opinions: [numbers]} (empty: all)
//   POST plans/{plan}/documents/{kind}          kind plan|minutes|report: the PDFs rendered

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "thuky/context.hpp"

namespace contact {

// A request as the host hands it (thuky::WebRequest's fields). `path` is relative to the
// plugin's prefix; `params` may already hold the {names} of the declared path.
struct WebCall {
  std::string method, path, body;
  std::map<std::string, std::string> params;
  std::string user;
};

// The answer: HTTP status and a JSON object (errors are {error, field}).
struct WebAnswer {
  int status = 200;
  std::string json;
};

// Runs one of the plugin's own commands ({"contact", "render", "PLAN", ...}) in process, as
// the command line would: how the documents are rendered exactly as `thuky contact` renders
// them. Its standard output is the caller's to capture.
using CommandRunner = std::function<void(const std::vector<std::string>& args)>;

WebAnswer answer_web(thuky::PluginContext& ctx, const WebCall& call, const CommandRunner& run);

}  // namespace contact
