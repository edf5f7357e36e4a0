#pragma once

#include <CLI/CLI.hpp>
#include <optional>

#include "host_session.hpp"
#include "thuky/export.hpp"

namespace thuky::host {

// Commands the `thuky` executable adds to the host's own: `serve` and `users` (web/), which
// live outside libthuky so that plugins do not carry an HTTP server. Their names are in
// builtin_command_names(), so no plugin takes them.
class THUKY_API ExtraCommands {
 public:
  virtual ~ExtraCommands() = default;
  virtual void add_to(CLI::App& app) = 0;
  // Runs the command the command line chose when it is one of these; nullopt otherwise.
  virtual std::optional<int> run_parsed(HostSession& session) = 0;
};

// The whole `thuky` program: parses the command line, dispatches to the host's commands, the
// `extra` ones or a plugin's, and returns the exit code (see thuky::ExitCode). Never throws.
THUKY_API int run_host(int argc, char** argv, ExtraCommands* extra = nullptr) noexcept;

}  // namespace thuky::host
