#include "workspace.hpp"

#include <fmt/format.h>

#include <fstream>

#include "config.hpp"
#include "thuky/error.hpp"
#include "thuky/store.hpp"

namespace thuky::host {

std::optional<std::filesystem::path> find_config_file(const std::filesystem::path& start) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(start, ec);
  while (!dir.empty()) {
    const auto candidate = dir / kConfigFileName;
    if (std::filesystem::is_regular_file(candidate, ec))
      return candidate;
    if (dir == dir.root_path())
      break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

std::filesystem::path init_workspace(const std::filesystem::path& relative_dir) {
  const auto dir = std::filesystem::absolute(relative_dir).lexically_normal();
  const auto config_file = dir / kConfigFileName;
  if (std::filesystem::exists(config_file)) {
    throw UserError(fmt::format("'{}' already exists: this is a thuky workspace already",
                                config_file.string()));
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec)
    throw UserError(fmt::format("cannot create '{}': {}", dir.string(), ec.message()));
  {
    std::ofstream out(config_file, std::ios::binary);
    out << default_config_text();
    if (!out)
      throw UserError(fmt::format("cannot write '{}'", config_file.string()));
  }
  const LoadedConfig config = load_config(config_file);
  Store store(config.settings.store_path);
  return config_file;
}

}  // namespace thuky::host
