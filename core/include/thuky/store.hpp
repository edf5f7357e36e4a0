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
  // SQLite's locking is unreliable on NFS, SMB/CIFS, sshfs ...: such stores are refused unless
  // the user says they know (`[store] allow_network_filesystem = true`).
  bool allow_network_filesystem = false;
};

class THUKY_API Store {
 public:
  // Opens (or creates) the store: WAL journal, foreign keys on, a busy timeout, and the core
  // schema migrated to the current version. Throws UserError for a zero-length file (damage,
  // never a store being created: new stores appear complete) and for a network filesystem.
  explicit Store(const std::filesystem::path& file, StoreOptions options = {});

  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  SQLite::Database& db() noexcept { return db_; }
  const std::filesystem::path& path() const noexcept { return path_; }
  int busy_timeout_ms() const noexcept { return busy_timeout_ms_; }

  // Applies `component`'s pending migrations in one write transaction: all of them or none.
  // Safe when several thuky start at once: the version is read again under the write lock.
  // Throws UserError when the store is newer than `migrations` knows (made by a newer thuky)
  // or when the versions are not 1, 2, 3 ... in order.
  void migrate(std::string_view component, std::span<const Migration> migrations);

  // The highest migration recorded for `component`, 0 when none.
  int schema_version(std::string_view component);

  // Copies the whole store to `target` with SQLite's online backup (safe while in use).
  void backup_to(const std::filesystem::path& target);

 private:
  std::filesystem::path path_;
  int busy_timeout_ms_;
  SQLite::Database db_;
};

// The store's write lock for one unit of work, taken at the start (BEGIN IMMEDIATE) and waited
// for up to the busy timeout. Every command that writes uses one: a deferred BEGIN that reads
// first cannot wait when it later needs to write, and fails at once with "database is locked".
// Throws UserError saying the store is busy when the wait runs out. Rolls back unless
// commit() was called. Inside another transaction (a plugin command's) it is a savepoint:
// the lock is held already, and a failure undoes this part alone.
class THUKY_API WriteTransaction {
 public:
  explicit WriteTransaction(Store& store);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  void commit();

 private:
  Store& store_;
  bool open_ = false;
  bool nested_ = false;
};

}  // namespace thuky
