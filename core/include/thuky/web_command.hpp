#pragma once
// SDK 2.4: a web handler that does what one of the plugin's own commands does, exactly as
// `thuky <command>` does it (the papers it prints, every check and message), by running the
// command in process:
//
//   const std::string printed = thuky::run_own_command<MyPlugin>(
//       ctx, {"election", "render", "ballots", "--unit", "3", "--out", dir});
//
// Inline: the plugin's own class and CLI11 stay on the plugin's side of the library boundary.

#include <CLI/CLI.hpp>

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "thuky/context.hpp"
#include "thuky/error.hpp"

namespace thuky {

// Parses and runs `args` (args[0]: the top-level command) on a fresh instance of the plugin `P`
// (its options are its own), with `ctx`; returns what the command printed on standard output
// (which the terminal does not see). A command line it cannot parse is a UserError.
template <class P>
std::string run_own_command(PluginContext& ctx, const std::vector<std::string>& args) {
  P commands;
  CLI::App app{"", "thuky"};
  app.require_subcommand(1, 1);
  commands.add_commands(app, ctx);
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  std::ostringstream printed;
  std::streambuf* const previous = std::cout.rdbuf(printed.rdbuf());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    std::cout.rdbuf(previous);
    throw UserError(e.what());
  } catch (...) {
    std::cout.rdbuf(previous);
    throw;
  }
  std::cout.rdbuf(previous);
  return printed.str();
}

}  // namespace thuky
