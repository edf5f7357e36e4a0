#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "thuky/error.hpp"
#include "thuky/store.hpp"

namespace thuky {
namespace {

using test::TempDir;

bool table_exists(Store& store, const std::string& name) {
  SQLite::Statement q(store.db(), "SELECT count(*) FROM sqlite_master WHERE name = ?");
  q.bind(1, name);
  q.executeStep();
  return q.getColumn(0).getInt() == 1;
}

int migration_rows(Store& store, const std::string& component) {
  SQLite::Statement q(store.db(), "SELECT count(*) FROM schema_migrations WHERE component = ?");
  q.bind(1, component);
  q.executeStep();
  return q.getColumn(0).getInt();
}

const std::vector<Migration> kThree = {
    {1, "a", "CREATE TABLE t_a (x INTEGER)"},
    {2, "b", "CREATE TABLE t_b (x INTEGER)"},
    {3, "c", "INSERT INTO t_a VALUES (1); INSERT INTO t_b VALUES (2);"},
};

TEST(Store, NewStoreHasCoreSchemaWalAndForeignKeys) {
  TempDir dir;
  Store store(dir / "s.db");
  EXPECT_EQ(store.schema_version("core"), 4);
  for (const char* table : {"people", "organisations", "areas", "positions"}) {
    EXPECT_TRUE(table_exists(store, table)) << table;
  }
  EXPECT_EQ(store.db().execAndGet("PRAGMA journal_mode").getString(), "wal");
  EXPECT_EQ(store.db().execAndGet("PRAGMA foreign_keys").getInt(), 1);
  EXPECT_THROW(store.db().exec("INSERT INTO positions(person_id, title) VALUES (999, 'x')"),
               SQLite::Exception);
}

TEST(Store, MigrationsApplyInOrderOnce) {
  TempDir dir;
  Store store(dir / "s.db");
  store.migrate("demo", kThree);
  EXPECT_EQ(store.schema_version("demo"), 3);
  EXPECT_EQ(migration_rows(store, "demo"), 3);
  store.migrate("demo", kThree);  // idempotent: nothing runs again
  EXPECT_EQ(migration_rows(store, "demo"), 3);
  EXPECT_EQ(store.db().execAndGet("SELECT count(*) FROM t_a").getInt(), 1);

  SQLite::Statement order(store.db(),
                          "SELECT group_concat(name, ',') FROM (SELECT name FROM "
                          "schema_migrations WHERE component = 'demo' ORDER BY version)");
  order.executeStep();
  EXPECT_EQ(order.getColumn(0).getString(), "a,b,c");
}

TEST(Store, OnlyPendingMigrationsRunAfterAnUpgrade) {
  TempDir dir;
  {
    Store store(dir / "s.db");
    store.migrate("demo", std::span(kThree).first(1));
    EXPECT_EQ(store.schema_version("demo"), 1);
  }
  Store reopened(dir / "s.db");
  reopened.migrate("demo", kThree);
  EXPECT_EQ(reopened.schema_version("demo"), 3);
  EXPECT_EQ(reopened.db().execAndGet("SELECT count(*) FROM t_b").getInt(), 1);
}

TEST(Store, FailingMigrationRollsBackEveryPendingOne) {
  TempDir dir;
  Store store(dir / "s.db");
  const std::vector<Migration> broken = {
      {1, "a", "CREATE TABLE t_a (x INTEGER)"},
      {2, "b", "CREATE TABLE t_b (x INTEGER)"},
      {3, "bad", "INSERT INTO no_such_table VALUES (1)"},
  };
  try {
    store.migrate("demo", broken);
    FAIL() << "expected the migration to fail";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              "migration 3 of 'demo' (bad) failed: no such table: no_such_table");
  }
  EXPECT_EQ(store.schema_version("demo"), 0);
  EXPECT_FALSE(table_exists(store, "t_a"));
  EXPECT_FALSE(table_exists(store, "t_b"));
}

TEST(Store, RefusesAStoreNewerThanTheProgram) {
  TempDir dir;
  Store store(dir / "s.db");
  store.migrate("demo", kThree);
  try {
    store.migrate("demo", std::span(kThree).first(2));
    FAIL() << "expected a refusal";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              "store '" + (dir / "s.db").string() +
                  "' has schema version 3 for 'demo', but this thuky knows only up to version 2; "
                  "it was written by a newer thuky: upgrade thuky to use it");
  }
}

TEST(Store, RejectsMigrationsWithGaps) {
  TempDir dir;
  Store store(dir / "s.db");
  const std::vector<Migration> gap = {{1, "a", "SELECT 1"}, {3, "c", "SELECT 1"}};
  EXPECT_THROW(store.migrate("demo", gap), std::logic_error);
  EXPECT_EQ(store.schema_version("demo"), 0);
}

TEST(Store, BackupCopiesEverythingAndNeverOverwrites) {
  TempDir dir;
  Store store(dir / "s.db");
  store.migrate("demo", kThree);
  store.backup_to(dir / "copy.db");
  Store copy(dir / "copy.db");
  EXPECT_EQ(copy.schema_version("demo"), 3);
  EXPECT_EQ(copy.db().execAndGet("SELECT x FROM t_b").getInt(), 2);
  EXPECT_THROW(store.backup_to(dir / "copy.db"), UserError);
}

TEST(Store, NotADatabaseIsAUserError) {
  TempDir dir;
  test::write_file(dir / "junk.db", std::string(4096, 'x'));
  try {
    Store store(dir / "junk.db");
    FAIL() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()), "'" + (dir / "junk.db").string() +
                                         "' is not a usable thuky store: file is not a database");
  }
}

}  // namespace
}  // namespace thuky
