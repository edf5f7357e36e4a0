#pragma once
// The one SQLite store of a workspace. The host owns the connection; plugins use it through
// `PluginContext::store()` and never open their own (two SQLite copies in one process can
// corrupt a database through POSIX locks).

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "thuky/export.hpp"
#include "thuky/migration.hpp"

namespace thuky {

struct THUKY_API StoreOptions {
  int busy_timeout_ms = 5000;
  bool create = true;  // create the file when missing
};

class THUKY_API Store {
 public:
  // Opens (or creates) the store: WAL journal, foreign keys on, a busy timeout, and the core
  // schema migrated to the current version.
  explicit Store(const std::filesystem::path& file, StoreOptions options = {});

  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  SQLite::Database& db() noexcept { return db_; }
  const std::filesystem::path& path() const noexcept { return path_; }

  // Applies `component`'s pending migrations in one transaction: all of them or none.
  // Throws UserError when the store is newer than `migrations` knows (made by a newer thuky)
  // or when the versions are not 1, 2, 3 ... in order.
  void migrate(std::string_view component, std::span<const Migration> migrations);

  // The highest migration recorded for `component`, 0 when none.
  int schema_version(std::string_view component);

  // Copies the whole store to `target` with SQLite's online backup (safe while in use).
  void backup_to(const std::filesystem::path& target);

 private:
  std::filesystem::path path_;
  SQLite::Database db_;
};

}  // namespace thuky
