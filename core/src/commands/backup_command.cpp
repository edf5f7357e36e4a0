#include <fmt/format.h>

#include <iostream>

#include "commands/builtin_commands.hpp"

namespace thuky::host {

int run_backup(HostSession& session, const std::filesystem::path& target) {
  Store& store = session.store();
  store.backup_to(target);
  std::cout << fmt::format("Backed up '{}' to '{}'.\n", store.path().string(), target.string());
  return 0;
}

}  // namespace thuky::host
