#include "thuky/store.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include "core_schema.hpp"
#include "thuky/error.hpp"

namespace thuky {
namespace {

int open_flags(const StoreOptions& options) {
  return SQLite::OPEN_READWRITE | (options.create ? SQLite::OPEN_CREATE : 0);
}

SQLite::Database open_database(const std::filesystem::path& file, const StoreOptions& options) {
  if (!options.create && !std::filesystem::exists(file)) {
    throw UserError(fmt::format("store '{}' does not exist", file.string()));
  }
  try {
    return SQLite::Database(file.string(), open_flags(options), options.busy_timeout_ms);
  } catch (const SQLite::Exception& e) {
    throw UserError(fmt::format("cannot open store '{}': {}", file.string(), e.what()));
  }
}

}  // namespace

Store::Store(const std::filesystem::path& file, StoreOptions options)
    : path_(file), db_(open_database(file, options)) {
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
  const int current = schema_version(component);
  if (current > known) {
    throw UserError(fmt::format(
        "store '{}' has schema version {} for '{}', but this thuky knows only up to version {}; "
        "it was written by a newer thuky: upgrade thuky to use it",
        path_.string(), current, component, known));
  }
  if (current == known)
    return;

  SQLite::Transaction transaction(db_);
  for (int v = current + 1; v <= known; ++v) {
    const Migration& m = migrations[static_cast<std::size_t>(v - 1)];
    try {
      db_.exec(m.sql);
    } catch (const SQLite::Exception& e) {
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
  if (std::filesystem::exists(target)) {
    throw UserError(fmt::format("'{}' already exists; choose a new file name", target.string()));
  }
  try {
    SQLite::Database destination(target.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup backup(destination, db_);
    backup.executeStep(-1);
  } catch (const SQLite::Exception& e) {
    std::error_code ignored;
    std::filesystem::remove(target, ignored);
    throw UserError(fmt::format("backup to '{}' failed: {}", target.string(), e.what()));
  }
}

}  // namespace thuky
