// End-to-end: the real `thuky` binary, run in temporary workspaces.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace thuky::test {
namespace {

class Cli : public ::testing::Test {
 protected:
  RunResult thuky(const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& env = {}) {
    return run_thuky(args, dir_.path(), env);
  }
  void init() { ASSERT_EQ(thuky({"init"}).exit_code, 0); }
  TempDir dir_;
};

TEST_F(Cli, VersionNamesProgramAndSdk) {
  const RunResult r = thuky({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "thuky 0.1.0 (plugin SDK 2.0)\n");
}

TEST_F(Cli, InitCreatesConfigAndMigratedStore) {
  const RunResult r = thuky({"init", "ws"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Created a thuky workspace in '" + (dir_ / "ws").string() +
                       "': thuky.toml (edit the organisation header there) and the store "
                       "thuky.db.\n");
  EXPECT_TRUE(std::filesystem::exists(dir_ / "ws" / "thuky.toml"));
  SQLite::Database db((dir_ / "ws" / "thuky.db").string());
  EXPECT_EQ(
      db.execAndGet("SELECT max(version) FROM schema_migrations WHERE component='core'").getInt(),
      4);

  const RunResult again = thuky({"init", "ws"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.err, "error: '" + (dir_ / "ws" / "thuky.toml").string() +
                           "' already exists: this is a thuky workspace already\n");
}

TEST_F(Cli, PluginsListsTheBundledPlugins) {
  const RunResult r = thuky({"plugins"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* id : {"delegates", "minutes", "voter-contact"}) {
    EXPECT_NE(r.out.find(std::string("\n") + id), std::string::npos) << r.out;
  }
  EXPECT_EQ(r.out.rfind("ID             VERSION    SDK  STATE      PATH\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("minutes        0.2.0      2    available  "), std::string::npos);
}

TEST_F(Cli, PluginsCheckLoadsEveryPluginAndReportsFailures) {
  copy_fixture_plugin("good", dir_ / "p");
  copy_fixture_plugin("throwinit", dir_ / "p");
  const RunResult r = thuky({"--plugin-path", (dir_ / "p").string(), "plugins", "--check"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("good           1.2.3      2    loaded     " + (dir_ / "p").string()),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("    reason: plugin 'throwinit' failed in init: cannot reach the "
                       "fixture's service\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("minutes        0.2.0      2    loaded"), std::string::npos) << r.out;
}

TEST_F(Cli, PluginsJson) {
  const RunResult r = thuky({"plugins", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\" : \"minutes\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"state\" : \"available\""), std::string::npos) << r.out;
  // The documents a plugin renders, from its manifest.
  EXPECT_NE(r.out.find("\"id\" : \"minutes\",\n                    \"title\" : \"Biên bản\""),
            std::string::npos)
      << r.out;
}

TEST_F(Cli, HelpListsPluginCommandsWithoutOpeningAnyLibrary) {
  copy_fixture_plugin("good", dir_ / "p");
  const auto marker = dir_ / "loaded.marker";
  const std::map<std::string, std::string> env = {{"THUKY_PLUGIN_PATH", (dir_ / "p").string()},
                                                  {"THUKY_TEST_LOAD_MARKER", marker.string()}};
  const RunResult help = thuky({"--help"}, env);
  ASSERT_EQ(help.exit_code, 0) << help.err;
  for (const char* line : {"  meeting ", "  election ", "  contact ",
                           "  good                        Fixture command: note, fail"}) {
    EXPECT_NE(help.out.find(line), std::string::npos) << line << "\n" << help.out;
  }
  EXPECT_FALSE(std::filesystem::exists(marker)) << "--help opened a plugin library";

  init();
  const RunResult run = thuky({"good", "count"}, env);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(std::filesystem::exists(marker)) << "running a command must load its plugin";
}

TEST_F(Cli, CommandRunsInOneTransactionThatRollsBackOnError) {
  init();
  copy_fixture_plugin("good", dir_ / "p");
  const std::map<std::string, std::string> env = {{"THUKY_PLUGIN_PATH", (dir_ / "p").string()}};
  const RunResult ok = thuky({"good", "note", "Hà Tĩnh"}, env);
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(ok.out, "noted: Hà Tĩnh\n");

  const RunResult failed = thuky({"good", "note", "Kỳ Anh", "--fail"}, env);
  EXPECT_EQ(failed.exit_code, 1);
  EXPECT_EQ(failed.err, "error: failing after the insert, as asked\n");

  const RunResult crashed = thuky({"good", "crash"}, env);
  EXPECT_EQ(crashed.exit_code, 3);
  EXPECT_EQ(crashed.err, "internal error: fixture bug\n");

  EXPECT_EQ(thuky({"good", "count"}, env).out, "1\n");
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(
      db.execAndGet("SELECT max(version) FROM schema_migrations WHERE component='good'").getInt(),
      2);
}

TEST_F(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(thuky({"--no-such-option"}).exit_code, 2);
  EXPECT_EQ(thuky({}).exit_code, 2);
  init();
  const RunResult r = thuky({"meeting", "bogus"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "A subcommand is required\nRun with --help for more information.\n");
}

TEST_F(Cli, PluginCommandHelpComesFromThePlugin) {
  const RunResult r = thuky({"meeting", "--help"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Usage: thuky meeting [OPTIONS] SUBCOMMAND"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  list "), std::string::npos) << r.out;
}

TEST_F(Cli, NoWorkspaceIsExplained) {
  const RunResult r = thuky({"meeting", "list"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: no thuky workspace here: no thuky.toml in '" + dir_.path().string() +
                       "' or its parents; run 'thuky init' first, or pass --config FILE or --db "
                       "FILE\n");
}

TEST_F(Cli, WorkspaceIsFoundFromASubdirectory) {
  init();
  std::filesystem::create_directories(dir_ / "a" / "b");
  const RunResult r = run_thuky({"meeting", "list"}, dir_ / "a" / "b");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "warning: no meetings in the store yet\n");
}

TEST_F(Cli, BackupWritesACopyOfTheStore) {
  init();
  const RunResult r = thuky({"backup", "copy.db"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Backed up '" + (dir_ / "thuky.db").string() + "' to 'copy.db'.\n");
  SQLite::Database copy((dir_ / "copy.db").string());
  EXPECT_EQ(copy.execAndGet("SELECT count(*) FROM schema_migrations").getInt(), 4);
  EXPECT_EQ(thuky({"backup", "copy.db"}).exit_code, 1);
}

TEST_F(Cli, BrokenConfigStillListsPluginsButCommandsReportIt) {
  write_file(dir_ / "thuky.toml", "[page]\npaper = \"A4\"\nmargins = [\n");
  const RunResult plugins = thuky({"plugins"});
  EXPECT_EQ(plugins.exit_code, 0) << plugins.err;
  const RunResult r = thuky({"meeting", "list"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("error: " + (dir_ / "thuky.toml").string() + ":", 0), 0u) << r.err;
}

TEST_F(Cli, UnknownConfigKeysAreWarned) {
  init();
  write_file(dir_ / "thuky.toml", read_file(dir_ / "thuky.toml") + "\n[pgae]\npaper = \"A5\"\n");
  const RunResult r = thuky({"meeting", "list"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning: " + (dir_ / "thuky.toml").string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(": unknown key 'pgae' is ignored"), std::string::npos) << r.err;
}

TEST_F(Cli, ConfigTableOfAnUnknownPluginIsWarned) {
  init();
  write_file(dir_ / "thuky.toml",
             read_file(dir_ / "thuky.toml") + "\n[plugins.minute]\nsheet_columns = []\n");
  const RunResult r = thuky({"plugins"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find(": [plugins.minute] names no installed plugin; it is ignored"),
            std::string::npos)
      << r.err;
}

TEST_F(Cli, StoreFromANewerThukyIsRefused) {
  init();
  {
    SQLite::Database db((dir_ / "thuky.db").string(), SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO schema_migrations(component, version, name) VALUES ('core', 9, 'x')");
  }
  const RunResult r = thuky({"meeting", "list"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("has schema version 9 for 'core', but this thuky knows only up to version "
                       "4; it was written by a newer thuky: upgrade thuky to use it"),
            std::string::npos)
      << r.err;
}

TEST_F(Cli, SafeModeIgnoresExtraPlugins) {
  copy_fixture_plugin("good", dir_ / "p");
  const RunResult r =
      thuky({"--safe-mode", "plugins"}, {{"THUKY_PLUGIN_PATH", (dir_ / "p").string()}});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.find("good"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("minutes"), std::string::npos) << r.out;
}

TEST_F(Cli, DisabledPluginCommandExplainsWhy) {
  copy_fixture_plugin("throwinit", dir_ / "p");
  const RunResult r = thuky({"--plugin-path", (dir_ / "p").string(), "throwinit"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err,
            "error: plugin 'throwinit' is disabled: plugin 'throwinit' failed in init: cannot "
            "reach the fixture's service\n");
}

}  // namespace
}  // namespace thuky::test
