#pragma once
// The host's own commands. Each returns an exit code and throws UserError for bad input.

#include <filesystem>

#include "host_session.hpp"

namespace thuky::host {

int run_init(HostSession& session, const std::filesystem::path& dir);
int run_plugins(HostSession& session, bool check);
int run_backup(HostSession& session, const std::filesystem::path& target);

}  // namespace thuky::host
