#pragma once
// Creating a store file and copying one. Both appear under their name complete or not at all,
// so a zero-length store is always damage, never a store another thuky is still creating.

#include <SQLiteCpp/Database.h>

#include <filesystem>

namespace thuky::host {

// Creates an empty WAL store at `file` unless something exists there: built under a temporary
// name beside it and linked into place, so that concurrent first commands see either nothing
// or a valid store. Losing the race to another thuky is fine.
void create_store_file(const std::filesystem::path& file);

// Copies `source` to the new file `target` with SQLite's online backup, through a temporary
// file renamed into place. Refuses an existing target and a symbolic link (even a dangling
// one: the copy would land wherever it points).
void backup_store(SQLite::Database& source, const std::filesystem::path& target);

}  // namespace thuky::host
