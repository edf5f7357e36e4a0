#pragma once
// SQLite failures that come from the environment — another thuky holding the store past the
// busy timeout, a full disk, an I/O error — are neither the user's input nor a bug in thuky.
// These turn them into the cause in words, so that they exit 1 and never blame an input file.

#include <sqlite3.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "thuky/error.hpp"
#include "thuky/export.hpp"

namespace thuky::host {

// "the store 'thuky.db' is busy: another thuky command has been writing for more than 5 s; ..."
std::string store_busy_message(const std::filesystem::path& store, int busy_timeout_ms);

// The store's lock not had within the busy timeout: another process is writing. A UserError of
// its own type (exit 1 with store_busy_message) so that a caller may wait and try again, and
// the web interface answers it 503 rather than as a mistake in the request. Exported: thrown in
// libthuky, caught in the executable.
class THUKY_API StoreBusy : public UserError {
 public:
  StoreBusy(const std::filesystem::path& store, int busy_timeout_ms);
  ~StoreBusy() override;  // out of line: one type_info, in libthuky
  int busy_timeout_ms() const noexcept { return busy_timeout_ms_; }

 private:
  int busy_timeout_ms_;
};

// Whether `error_text` carries SQLite's "database is locked" (or "database table is locked").
THUKY_API bool says_store_busy(std::string_view error_text);

// True for errno values that describe the machine, not thuky: no space, read-only, not a
// directory, name too long, permission denied, I/O error ...
bool is_environment_errno(int error);

// `error` (an errno value) in words, lower case: "no space left on device".
std::string errno_text(int error);

// The cause in words when `error_text` carries SQLite's message for a failure of the
// environment (busy, full, I/O); `db`, the store's connection (may be null), tells the OS
// error. nullopt for anything else (a constraint, a syntax error: those are input or bugs).
std::optional<std::string> environment_failure(sqlite3* db, const std::filesystem::path& store,
                                               int busy_timeout_ms, std::string_view error_text);

// Throws that failure when `error_text` is one (StoreBusy for busy, else a UserError with the
// cause); returns otherwise.
void throw_environment_failure(sqlite3* db, const std::filesystem::path& store, int busy_timeout_ms,
                               std::string_view error_text);

}  // namespace thuky::host
