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

StoreBusy::StoreBusy(const std::filesystem::path& store, int busy_timeout_ms)
    : UserError(store_busy_message(store, busy_timeout_ms)), busy_timeout_ms_(busy_timeout_ms) {}

StoreBusy::~StoreBusy() = default;

bool says_store_busy(std::string_view error_text) {
  // By message, not by the connection's error code: the rollback that runs while the error
  // unwinds has reset that code by the time anyone reports the error.
  for (int code : {SQLITE_BUSY, SQLITE_LOCKED}) {
    if (error_text.find(sqlite3_errstr(code)) != std::string_view::npos)
      return true;
  }
  return false;
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
  // By message, as says_store_busy.
  const auto says = [error_text](int code) {
    return error_text.find(sqlite3_errstr(code)) != std::string_view::npos;
  };
  // The OS error behind an I/O failure, when it is one worth naming.
  const int system_error = db ? sqlite3_system_errno(db) : 0;
  const bool system_error_known = system_error != 0 && is_environment_errno(system_error);
  if (says_store_busy(error_text))
    return store_busy_message(store, busy_timeout_ms);
  if (says(SQLITE_FULL)) {
    const bool quota = system_error == EDQUOT || system_error == EFBIG;
    return fmt::format("cannot write the store '{}': {}", store.string(),
                       errno_text(quota ? system_error : ENOSPC));
  }
  for (int code : {SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_READONLY}) {
    if (says(code)) {
      return fmt::format("cannot use the store '{}': {}", store.string(),
                         system_error_known ? errno_text(system_error) : sqlite3_errstr(code));
    }
  }
  return std::nullopt;
}

void throw_environment_failure(sqlite3* db, const std::filesystem::path& store, int busy_timeout_ms,
                               std::string_view error_text) {
  if (says_store_busy(error_text))
    throw StoreBusy(store, busy_timeout_ms);
  if (auto cause = environment_failure(db, store, busy_timeout_ms, error_text))
    throw UserError(*cause);
}

}  // namespace thuky::host
