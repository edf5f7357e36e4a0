// How a plugin's command meets the store: a provider's schema comes before its consumer's
// (`requires`), and a command that declared itself read-only reads without the write lock and
// may not write.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace thuky::test {
namespace {

class PluginStoreAccess : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run_thuky({"init"}, dir_.path()).exit_code, 0);
    copy_fixture_plugin("provider", dir_ / "p");
    copy_fixture_plugin("consumer", dir_ / "p");
  }
  RunResult thuky(const std::vector<std::string>& args) {
    return run_thuky(args, dir_.path(), {{"THUKY_PLUGIN_PATH", (dir_ / "p").string()}});
  }
  int count(const std::string& sql) {
    SQLite::Database db((dir_ / "thuky.db").string());
    return db.execAndGet(sql).getInt();
  }
  TempDir dir_;
};

// consumer's migration is a view on provider's view: it fails unless provider's migrations
// ran first, and no provider command has run in this store.
TEST_F(PluginStoreAccess, RequiredProvidersSchemaIsAppliedBeforeTheConsumers) {
  const RunResult r = thuky({"consumer", "list"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "first\n");
  EXPECT_EQ(count("SELECT max(version) FROM schema_migrations WHERE component = 'provider'"), 2);
  EXPECT_EQ(count("SELECT max(version) FROM schema_migrations WHERE component = 'consumer'"), 1);
  // Applied once: the provider's own command finds its schema in place.
  const RunResult provider = thuky({"provider"});
  ASSERT_EQ(provider.exit_code, 0) << provider.err;
  EXPECT_EQ(provider.out, "1\n");
}

TEST_F(PluginStoreAccess, ReadOnlyCommandCompletesWhileAnotherConnectionHoldsTheWriteLock) {
  ASSERT_EQ(thuky({"consumer", "add"}).exit_code, 0);  // schema in place, a second row
  // A waiting reader would fail after 0.3 s ("the store is busy"), not wait 5 s.
  set_busy_timeout(dir_.path(), 300);
  SQLite::Database holder((dir_ / "thuky.db").string(), SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");  // another thuky in the middle of a long import
  holder.exec("INSERT INTO provider_things(name) VALUES ('uncommitted')");
  const RunResult r = thuky({"consumer", "list"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "added\nfirst\n");  // the committed snapshot
  holder.exec("ROLLBACK");
}

TEST_F(PluginStoreAccess, WriteFromAReadOnlyCommandIsRefusedAsABugNamingTheCommand) {
  const RunResult r = thuky({"consumer", "sneak"});
  EXPECT_EQ(r.exit_code, 3);
  const std::string expected =
      "internal error: 'consumer sneak' declared itself read-only (ctx.declare_read_only()), "
      "yet tried to insert into 'provider_things'; the write was refused and the store is "
      "unchanged\n";
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(count("SELECT count(*) FROM provider_things"), 1);
}

}  // namespace
}  // namespace thuky::test
