#include <fmt/format.h>

#include <iostream>

#include "commands/builtin_commands.hpp"
#include "config.hpp"
#include "thuky/error.hpp"
#include "workspace.hpp"

namespace thuky::host {

int run_init(HostSession& /*session*/, const std::filesystem::path& dir) {
  // A store without its thuky.toml (lost, or never there) holds data: never start over it.
  const auto absolute_dir = std::filesystem::absolute(dir).lexically_normal();
  const auto store = parse_config("", "(defaults)", absolute_dir).settings.store_path;
  std::error_code ec;
  if (!std::filesystem::exists(absolute_dir / kConfigFileName, ec) &&
      std::filesystem::symlink_status(store, ec).type() != std::filesystem::file_type::not_found) {
    throw UserError(fmt::format(
        "'{}' already exists: 'thuky init' never touches an existing store; move it away to "
        "start anew, or write {} beside it to use it",
        store.string(), kConfigFileName));
  }
  const auto config_file = init_workspace(dir);
  std::cout << fmt::format(
      "Created a thuky workspace in '{}': {} (edit the organisation header there) and the store "
      "thuky.db.\n",
      absolute_dir.string(), config_file.filename().string());
  return 0;
}

}  // namespace thuky::host
