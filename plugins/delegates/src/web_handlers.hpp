#pragma once
// The plugin's JSON handlers for `thuky serve` (docs/sdk.md, "The web extension point"): served
// at /api/p/delegates/<path>, answered from the plugin's own store and rules code — the same
// functions the `thuky election …` commands call. The host checks the session, role and CSRF
// token, holds the store lock and runs a read handler on a read-only snapshot; write handlers
// also work in a savepoint of their own, so a refusal (400) leaves the store as it was.
//
//   GET  days                                     election days, newest first
//   GET  days/{day}                               elections, units, polling areas, locks
//   GET  days/{day}/candidates                    each unit's official list, in order
//   GET  days/{day}/check                         `election check` rows
//   GET  days/{day}/voters?area=&q=&offset=&limit= a page of a polling area's voter list
//   GET  days/{day}/tally/{area}/{election}       the ballot and the stored count
//   POST days/{day}/tally/{area}/{election}       store a count: 400 {error, field, problems}
//   GET  days/{day}/results                       units, turnout, winners, status, official
//   POST days/{day}/elections/{election}/candidates   the list by upload (multipart: file)
//   POST days/{day}/papers/{kind}                 ballots|candidates {election, unit}, voters
//                                                 {area}: the PDFs printed, to preview
//   POST days/{day}/elections/{election}/lock     mark results official
//   POST days/{day}/elections/{election}/reopen   {reason}: lift the lock

#include <functional>
#include <string>
#include <vector>

#include "thuky/context.hpp"
#include "thuky/web.hpp"

namespace delegates {

// Runs one of the plugin's own commands ({"election", "render", ...}) in process, as the
// command line would (thuky::run_own_command), and returns what it printed: the papers are
// printed exactly as `thuky election render` prints them.
using CommandRunner = std::function<std::string(const std::vector<std::string>& args)>;

// Answers `request` (its path the declared one, or a path to match: thuky::WebRouter).
thuky::WebResponse answer_web(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                              const CommandRunner& run = {});

}  // namespace delegates
