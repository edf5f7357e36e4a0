#pragma once
// SQLite failures that come from the environment — another thuky holding the store past the
// busy timeout, a full disk, an I/O error — are neither the user's input nor a bug in thuky.
// These turn them into the cause in words, so that they exit 1 and never blame an input file.

#include <sqlite3.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace thuky::host {

// "the store 'thuky.db' is busy: another thuky command has been writing for more than 5 s; ..."
std::string store_busy_message(const std::filesystem::path& store, int busy_timeout_ms);

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

}  // namespace thuky::host
