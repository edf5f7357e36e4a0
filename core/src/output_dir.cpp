#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>

#include "store_failure.hpp"
#include "thuky/error.hpp"
#include "thuky/output.hpp"

namespace thuky {

void make_output_dir(const std::filesystem::path& dir) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) {
    if (::access(dir.c_str(), W_OK | X_OK) != 0) {
      throw UserError(
          fmt::format("cannot write in '{}': {}", dir.string(), host::errno_text(errno)));
    }
    return;
  }
  // The first part of the path that exists but is no directory is the one to name.
  for (std::filesystem::path part; const auto& name : dir) {
    part /= name;
    if (std::filesystem::exists(part, ec) && !std::filesystem::is_directory(part, ec))
      throw UserError(fmt::format("'{}' is not a directory", part.string()));
  }
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    throw UserError(
        fmt::format("cannot create '{}': {}", dir.string(), host::errno_text(ec.value())));
  }
}

}  // namespace thuky
