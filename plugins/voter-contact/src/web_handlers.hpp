#pragma once
// The plugin's JSON handlers for `thuky serve` (docs/sdk.md, "The web extension point"): served
// at /api/p/voter-contact/<path>, answered with the functions the `thuky contact …` commands
// call. The host checks the session, role and CSRF token, holds the store lock and runs a read
// handler on a read-only snapshot; write handlers also work in a savepoint of their own, so a
// refusal leaves the store as it was.
//
//   GET  plans                                  plan ids and titles
//   GET  plans/{plan}                           groups, localities, slots, the schedule
//   POST plans/{plan}/schedule                  {fresh}: schedule; 400 with the explanation
//   POST plans/{plan}/pin                       {group, locality, date, slot, venue}
//   POST plans/{plan}/unpin                     {group, locality}
//   GET  plans/{plan}/opinions                  the opinions by number
//   POST plans/{plan}/opinions                  one opinion (as `opinions add`)
//   POST plans/{plan}/opinions/import           a table by upload (multipart: file)
//   GET  plans/{plan}/groups                    alike opinions, as stored
//   POST plans/{plan}/groups/suggest            regrouped first (as `opinions groups`)
//   POST plans/{plan}/groups/{group}/confirm
//   POST plans/{plan}/groups/{group}/split      {opinions: [numbers]} (empty: all)
//   GET  plans/{plan}/answers                   requests, answers, days overdue
//   POST plans/{plan}/groups/{group}/answer     {status, agency, answer, date}
//   POST plans/{plan}/documents/{kind}          kind plan|minutes|report: the PDFs rendered

#include <functional>
#include <string>
#include <vector>

#include "thuky/context.hpp"
#include "thuky/web.hpp"

namespace contact {

// Runs one of the plugin's own commands ({"contact", "render", "PLAN", ...}) in process, as
// the command line would (thuky::run_own_command): how the documents are rendered exactly as
// `thuky contact` renders them. Returns what it printed.
using CommandRunner = std::function<std::string(const std::vector<std::string>& args)>;

// Answers `request` (its path the declared one, or a path to match: thuky::WebRouter).
thuky::WebResponse answer_web(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                              const CommandRunner& run);

}  // namespace contact
