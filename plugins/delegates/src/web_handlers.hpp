#pragma once
// The plugin's JSON handlers for `thuky serve` (docs/sdk.md, "The web extension point"): served
// at /api/p/delegates/<path>, answered from the plugin's own store and rules code — the same
// functions the `thuky election …` commands call. The host checks the session, role and CSRF
// token and holds the store lock; write handlers also work in a savepoint of their own, so a
// refusal (400) leaves the store as it was.
//
//   GET  days                                     election days, newest first
//   GET  days/{day}                               elections, units, polling areas, locks
//   GET  days/{day}/candidates                    each unit's official list, in order
//   GET  days/{day}/check                         `election check` rows
//   GET  days/{day}/voters?area=&q=&offset=&limit= a page of a polling area's voter list
//   GET  days/{day}/tally/{area}/{election}       the ballot and the stored count
//   POST days/{day}/tally/{area}/{election}       store a count: 400 {error, field, problems}
//   GET  days/{day}/results                       units, turnout, winners, status, official
//   POST days/{day}/elections/{election}/lock     mark results official
//   POST days/{day}/elections/{election}/reopen   {reason}: lift the lock

#include <map>
#include <string>

#include "thuky/context.hpp"

namespace delegates {

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

WebAnswer answer_web(thuky::PluginContext& ctx, const WebCall& call);

}  // namespace delegates
