#include "thuky/store.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core_schema.hpp"
#include "network_filesystem.hpp"
#include "store_failure.hpp"
#include "store_files.hpp"
#include "thuky/error.hpp"

namespace thuky {
namespace {

std::filesystem::path directory_of(const std::filesystem::path& file) {
  return file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
}

// The checks that must come before SQLite touches the file.
void check_before_open(const std::filesystem::path& file, const StoreOptions& options) {
  if (!options.allow_network_filesystem) {
    if (const auto network = host::network_filesystem_of(directory_of(file))) {
      throw UserError(fmt::format(
          "the store '{}' is on a network filesystem ({}), where SQLite's file locking does "
          "not work: two thuky commands at once could corrupt it; move the workspace to a "
          "local disk, or, if only this computer ever uses the store, set "
          "allow_network_filesystem = true in [store] of thuky.toml",
          file.string(), *network));
    }
  }
  std::error_code ec;
  const bool exists = std::filesystem::exists(file, ec);
  if (!exists && !options.create)
    throw UserError(fmt::format("store '{}' does not exist", file.string()));
  // New stores are linked into place complete, so an empty file is damage, not a store
  // another thuky is creating.
  if (exists && std::filesystem::is_regular_file(file, ec) &&
      std::filesystem::file_size(file, ec) == 0 && !ec) {
    throw UserError(fmt::format(
        "'{}' is empty: it is not a thuky store (a copy or a disk that failed?); restore a "
        "backup or delete it to start anew",
        file.string()));
  }
}

SQLite::Database open_database(const std::filesystem::path& file, const StoreOptions& options) {
  check_before_open(file, options);
  if (options.create)
    host::create_store_file(file);
  try {
    return SQLite::Database(file.string(), SQLite::OPEN_READWRITE, options.busy_timeout_ms);
  } catch (const SQLite::Exception& e) {
    throw UserError(fmt::format("cannot open store '{}': {}", file.string(), e.what()));
  }
}

}  // namespace

Store::Store(const std::filesystem::path& file, StoreOptions options)
    : path_(file), busy_timeout_ms_(options.busy_timeout_ms), db_(open_database(file, options)) {
  try {
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA foreign_keys = ON");
    // SQLite's default page cache is 2 MiB: an import into a store of a million people would
    // read the same index pages from the file again and again. 64 MiB is taken only as used.
    db_.exec("PRAGMA cache_size = -65536");
    db_.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " component TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
        " PRIMARY KEY (component, version))");
  } catch (const SQLite::Exception& e) {
    host::throw_environment_failure(db_.getHandle(), path_, busy_timeout_ms_, e.what());
    throw UserError(fmt::format("'{}' is not a usable thuky store: {}", file.string(), e.what()));
  }
  migrate("core", host::core_migrations());
}

int Store::schema_version(std::string_view component) {
  SQLite::Statement query(db_,
                          "SELECT coalesce(max(version), 0) FROM schema_migrations "
                          "WHERE component = ?");
  query.bind(1, std::string(component));
  query.executeStep();
  return query.getColumn(0).getInt();
}

void Store::migrate(std::string_view component, std::span<const Migration> migrations) {
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    if (migrations[i].version != static_cast<int>(i) + 1) {
      throw std::logic_error(
          fmt::format("migrations of '{}' must be numbered 1, 2, 3 ...: "
                      "entry {} has version {}",
                      component, i + 1, migrations[i].version));
    }
  }
  const int known = static_cast<int>(migrations.size());
  const auto check_not_newer = [&](int current) {
    if (current > known) {
      throw UserError(fmt::format(
          "store '{}' has schema version {} for '{}', but this thuky knows only up to version "
          "{}; it was written by a newer thuky: upgrade thuky to use it",
          path_.string(), current, component, known));
    }
  };
  int current = schema_version(component);
  check_not_newer(current);
  if (current == known)
    return;  // the common case needs no write lock

  WriteTransaction transaction(*this);
  // Another thuky starting at the same time may have migrated while this one waited.
  current = schema_version(component);
  check_not_newer(current);
  if (current == known)
    return;
  for (int v = current + 1; v <= known; ++v) {
    const Migration& m = migrations[static_cast<std::size_t>(v - 1)];
    try {
      db_.exec(m.sql);
    } catch (const SQLite::Exception& e) {
      host::throw_environment_failure(db_.getHandle(), path_, busy_timeout_ms_, e.what());
      throw std::runtime_error(
          fmt::format("migration {} of '{}' ({}) failed: {}", v, component, m.name, e.what()));
    }
    SQLite::Statement record(db_,
                             "INSERT INTO schema_migrations(component, version, name) "
                             "VALUES (?, ?, ?)");
    record.bind(1, std::string(component));
    record.bind(2, v);
    record.bind(3, m.name);
    record.exec();
  }
  transaction.commit();
}

void Store::backup_to(const std::filesystem::path& target) {
  host::backup_store(db_, target);
}

WriteTransaction::WriteTransaction(Store& store) : store_(store) {
  if (sqlite3_get_autocommit(store_.db().getHandle()) == 0) {
    // Inside the command's transaction: a savepoint, undone alone if this part fails.
    store_.db().exec("SAVEPOINT thuky_write");
    nested_ = true;
    open_ = true;
    return;
  }
  try {
    store_.db().exec("BEGIN IMMEDIATE");
  } catch (const SQLite::Exception& e) {
    host::throw_environment_failure(store_.db().getHandle(), store_.path(),
                                    store_.busy_timeout_ms(), e.what());
    throw;
  }
  open_ = true;
}

WriteTransaction::~WriteTransaction() {
  if (open_) {
    // Never throws: a failed rollback leaves SQLite to roll back when the connection closes.
    sqlite3_exec(store_.db().getHandle(),
                 nested_ ? "ROLLBACK TO thuky_write; RELEASE thuky_write" : "ROLLBACK", nullptr,
                 nullptr, nullptr);
  }
}

void WriteTransaction::commit() {
  try {
    store_.db().exec(nested_ ? "RELEASE thuky_write" : "COMMIT");
  } catch (const SQLite::Exception& e) {
    host::throw_environment_failure(store_.db().getHandle(), store_.path(),
                                    store_.busy_timeout_ms(), e.what());
    throw;
  }
  open_ = false;
}

}  // namespace thuky
