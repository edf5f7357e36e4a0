#include "store_failure.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cerrno>
#include <cstring>

namespace thuky::host {

std::string store_busy_message(const std::filesystem::path& store, int busy_timeout_ms) {
  return fmt::format(
      "the store '{}' is busy: another thuky command has been writing for more than {:g} s; "
      "try again when it has finished (or raise store.busy_timeout_ms)",
      store.string(), busy_timeout_ms / 1000.0);
}

bool is_environment_errno(int error) {
  switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
    case EROFS:
    case EACCES:
    case EPERM:
    case ENOTDIR:
    case EISDIR:
    case ENAMETOOLONG:
    case ENOENT:
    case EEXIST:
    case EIO:
    case ELOOP:
    case EMFILE:
    case ENFILE:
      return true;
    default:
      return false;
  }
}

std::string errno_text(int error) {
  std::string text = std::strerror(error);
  if (!text.empty())
    text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

std::optional<std::string> environment_failure(sqlite3* db, const std::filesystem::path& store,
                                               int busy_timeout_ms, std::string_view error_text) {
  if (!db)
    return std::nullopt;
  const int code = sqlite3_extended_errcode(db);
  // Only the connection's own last failure: an older one may have been handled already.
  const std::string_view message = sqlite3_errmsg(db);
  if (message.empty() || error_text.find(message) == std::string_view::npos)
    return std::nullopt;
  const int system_error = sqlite3_system_errno(db);
  switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return store_busy_message(store, busy_timeout_ms);
    case SQLITE_FULL:
      return fmt::format("cannot write the store '{}': {}", store.string(),
                         errno_text(system_error != 0 ? system_error : ENOSPC));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
      return fmt::format("cannot use the store '{}': {}", store.string(),
                         system_error != 0 ? errno_text(system_error) : std::string(message));
    default:
      return std::nullopt;
  }
}

}  // namespace thuky::host
