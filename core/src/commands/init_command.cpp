#include <fmt/format.h>

#include <iostream>

#include "commands/builtin_commands.hpp"
#include "workspace.hpp"

namespace thuky::host {

int run_init(HostSession& /*session*/, const std::filesystem::path& dir) {
  const auto config_file = init_workspace(dir);
  std::cout << fmt::format(
      "Created a thuky workspace in '{}': {} (edit the organisation header there) and the store "
      "thuky.db.\n",
      std::filesystem::absolute(dir).lexically_normal().string(), config_file.filename().string());
  return 0;
}

}  // namespace thuky::host
