#include <gtest/gtest.h>
#include <sys/stat.h>

#include "host_session.hpp"
#include "plugin_registry.hpp"
#include "plugin_runner.hpp"
#include "support/test_support.hpp"
#include "thuky/version.hpp"

namespace thuky::host {
namespace {

using test::copy_fixture_plugin;
using test::read_file;
using test::TempDir;
using test::write_file;

PluginSearch search_in(std::vector<std::filesystem::path> dirs) {
  PluginSearch search;
  search.dirs = std::move(dirs);
  search.reserved_commands = builtin_command_names();
  return search;
}

const PluginRecord& only(const PluginRegistry& registry) {
  EXPECT_EQ(registry.plugins().size(), 1u);
  return registry.plugins().front();
}

// "2.1": this SDK's major and minor version.
std::string sdk() {
  return std::to_string(kSdkVersion) + "." + std::to_string(kSdkMinorVersion);
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

// Each test loads libraries into this process; a marker proves whether a library was opened.
class PluginLoader : public ::testing::Test {
 protected:
  void SetUp() override { ::setenv("THUKY_TEST_LOAD_MARKER", marker().c_str(), 1); }
  void TearDown() override { ::unsetenv("THUKY_TEST_LOAD_MARKER"); }
  std::filesystem::path marker() const { return dir_ / "loaded.marker"; }
  TempDir dir_;
};

TEST_F(PluginLoader, GoodPluginIsAvailableWithoutBeingOpened) {
  copy_fixture_plugin("good", dir_ / "p");
  PluginRegistry registry(search_in({dir_ / "p"}));
  const PluginRecord& record = only(registry);
  EXPECT_EQ(record.manifest.id, "good");
  EXPECT_EQ(record.manifest.version, "1.2.3");
  EXPECT_EQ(record.manifest.commands.at(0).name, "good");
  EXPECT_EQ(record.state, PluginState::kAvailable);
  EXPECT_EQ(record.manifest.library, dir_ / "p" / "good.so");
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

TEST_F(PluginLoader, GoodPluginLoads) {
  copy_fixture_plugin("good", dir_ / "p");
  PluginRegistry registry(search_in({dir_ / "p"}));
  PluginRecord* record = registry.find("good");
  ASSERT_NE(record, nullptr);
  ASSERT_TRUE(registry.load(*record)) << record->reason;
  EXPECT_EQ(record->state, PluginState::kLoaded);
  EXPECT_STREQ(record->entry->id, "good");
  EXPECT_EQ(registry.find_by_command("good"), record);
}

TEST_F(PluginLoader, ManifestForAnotherSdkIsRefusedBeforeOpening) {
  copy_fixture_plugin("good", dir_ / "p");
  const auto manifest = dir_ / "p" / "good.plugin.toml";
  write_file(manifest, replace(test::read_file(manifest), "sdk = 2", "sdk = 7"));
  PluginRegistry registry(search_in({dir_ / "p"}));
  const PluginRecord& record = only(registry);
  EXPECT_EQ(record.state, PluginState::kDisabled);
  EXPECT_EQ(record.reason, "built for plugin SDK 7, but thuky 0.1.0 provides SDK 2 (manifest '" +
                               manifest.string() + "'); rebuild the plugin against this thuky");
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

// Loads fixture `name` from its own directory and returns why it was refused.
std::string refusal_of(const std::string& name, const std::filesystem::path& dir) {
  copy_fixture_plugin(name, dir);
  PluginRegistry registry(search_in({dir}));
  PluginRecord* record = registry.find(name);
  if (!record)
    return "not available: " + only(registry).reason;
  EXPECT_FALSE(registry.load(*record));
  EXPECT_EQ(record->state, PluginState::kDisabled);
  return record->reason;
}

TEST_F(PluginLoader, LibraryStampedForAnotherSdkIsRefusedBeforeItRuns) {
  EXPECT_EQ(refusal_of("oldsdk", dir_ / "p"),
            "plugin 'oldsdk' was built for plugin SDK 99.0 but this thuky 0.1.0 provides SDK " +
                sdk() + "; rebuild it against this SDK (library '" +
                (dir_ / "p" / "oldsdk.so").string() + "')");
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

TEST_F(PluginLoader, LibraryForANewerMinorSdkIsRefusedBeforeItRuns) {
  EXPECT_EQ(refusal_of("newminor", dir_ / "p"),
            "plugin 'newminor' was built for plugin SDK " + std::to_string(kSdkVersion) + "." +
                std::to_string(kSdkMinorVersion + 1) + " but this thuky 0.1.0 provides SDK " +
                sdk() + "; upgrade thuky, or rebuild the plugin against this SDK (library '" +
                (dir_ / "p" / "newminor.so").string() + "')");
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

TEST_F(PluginLoader, LibraryWithoutAbiStampIsRefusedBeforeItRuns) {
  EXPECT_EQ(refusal_of("nostamp", dir_ / "p"),
            "library '" + (dir_ / "p" / "nostamp.so").string() +
                "' carries no ABI stamp (section .thuky_abi): it was built for a plugin SDK "
                "before 2.0 or without THUKY_PLUGIN(...); rebuild it against this SDK");
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

TEST_F(PluginLoader, LibraryBuiltWithDebugContainersIsRefusedBeforeItRuns) {
  EXPECT_EQ(refusal_of("debugstl", dir_ / "p"),
            "plugin 'debugstl' was built with _GLIBCXX_DEBUG=1 but this thuky was built with "
            "_GLIBCXX_DEBUG=0; rebuild it against this SDK with the same compiler and libraries "
            "(library '" +
                (dir_ / "p" / "debugstl.so").string() + "')");
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

TEST_F(PluginLoader, LibraryWithoutEntrySymbolIsRefusedBeforeItRuns) {
  EXPECT_EQ(refusal_of("noentry", dir_ / "p"),
            "library '" + (dir_ / "p" / "noentry.so").string() +
                "' has no entry symbol 'thuky_plugin_entry': it is not a thuky plugin, or it was "
                "built without THUKY_PLUGIN(...)");
  // Its constructor writes the marker: the library was never opened.
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

TEST_F(PluginLoader, CorruptLibraryIsRefusedAndOthersKeepWorking) {
  copy_fixture_plugin("good", dir_ / "p");
  write_file(dir_ / "p" / "corrupt.plugin.toml",
             "id = \"corrupt\"\nname = \"Corrupt\"\nversion = \"1.0.0\"\nsdk = 2\n"
             "[[commands]]\nname = \"corrupt\"\n");
  write_file(dir_ / "p" / "corrupt.so", std::string(200, 'x'));  // longer than an ELF header
  PluginRegistry registry(search_in({dir_ / "p"}));
  PluginRecord* corrupt = registry.find("corrupt");
  ASSERT_NE(corrupt, nullptr);
  EXPECT_FALSE(registry.load(*corrupt));
  EXPECT_EQ(corrupt->reason, "cannot open library '" + (dir_ / "p" / "corrupt.so").string() +
                                 "': invalid ELF header");

  PluginRecord* good = registry.find("good");
  ASSERT_NE(good, nullptr);
  EXPECT_TRUE(registry.load(*good)) << good->reason;
}

TEST_F(PluginLoader, InitThatThrowsDisablesThePlugin) {
  copy_fixture_plugin("throwinit", dir_ / "p");
  write_file(dir_ / "thuky.toml", "");
  GlobalOptions options;
  options.config_file = (dir_ / "thuky.toml").string();
  options.plugin_paths = {(dir_ / "p").string()};
  HostSession session(options);
  PluginRecord* record = session.registry().find("throwinit");
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(activate_plugin(session, *record), nullptr);
  EXPECT_EQ(record->state, PluginState::kDisabled);
  EXPECT_EQ(record->reason,
            "plugin 'throwinit' failed in init: cannot reach the fixture's service");
  // The bundled plugins are unaffected.
  PluginRecord* minutes = session.registry().find("minutes");
  ASSERT_NE(minutes, nullptr);
  EXPECT_NE(activate_plugin(session, *minutes), nullptr) << minutes->reason;
}

TEST_F(PluginLoader, WorldWritableDirectoryIsRefused) {
  copy_fixture_plugin("good", dir_ / "p");
  ::chmod((dir_ / "p").c_str(), 0777);
  PluginRegistry registry(search_in({dir_ / "p"}));
  const PluginRecord& record = only(registry);
  EXPECT_EQ(record.state, PluginState::kDisabled);
  EXPECT_EQ(record.reason,
            "plugin directory '" + (dir_ / "p").string() +
                "' is writable by other users (mode 0777); refusing to load from it");
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

TEST_F(PluginLoader, WorldWritableLibraryIsRefused) {
  copy_fixture_plugin("good", dir_ / "p");
  ::chmod((dir_ / "p" / "good.so").c_str(), 0757);
  PluginRegistry registry(search_in({dir_ / "p"}));
  EXPECT_EQ(only(registry).reason, "library '" + (dir_ / "p" / "good.so").string() +
                                       "' is writable by other users (mode 0757); refusing to "
                                       "load from it");
}

TEST_F(PluginLoader, DuplicateIdKeepsTheFirstInSearchOrder) {
  copy_fixture_plugin("good", dir_ / "first");
  copy_fixture_plugin("good", dir_ / "second");
  PluginRegistry registry(search_in({dir_ / "first", dir_ / "second"}));
  ASSERT_EQ(registry.plugins().size(), 2u);
  const auto first = dir_ / "first" / "good.plugin.toml";
  const auto second = dir_ / "second" / "good.plugin.toml";
  EXPECT_EQ(registry.plugins()[0].state, PluginState::kAvailable);
  EXPECT_EQ(registry.plugins()[0].shadows, std::vector<std::filesystem::path>{second});
  EXPECT_EQ(registry.plugins()[1].state, PluginState::kShadowed);
  EXPECT_EQ(registry.plugins()[1].shadowed_by, first);
  EXPECT_EQ(registry.plugins()[1].reason,
            "shadowed by '" + first.string() + "', earlier in the plugin search path");
  EXPECT_EQ(registry.find("good")->manifest_file, first);
}

TEST_F(PluginLoader, CommandConflictNeverDisablesABundledPlugin) {
  copy_fixture_plugin("good", dir_ / "bundled");
  // A newcomer earlier in the search path, with another id, claims the bundled plugin's command.
  write_file(dir_ / "user" / "thief.plugin.toml",
             "id = \"thief\"\nname = \"T\"\nversion = \"1\"\nsdk = 2\n"
             "[[commands]]\nname = \"good\"\n");
  write_file(dir_ / "user" / "thief.so", std::string(200, 'x'));
  PluginSearch search = search_in({dir_ / "user", dir_ / "bundled"});
  search.bundled_dir = dir_ / "bundled";
  PluginRegistry registry(search);
  ASSERT_EQ(registry.plugins().size(), 2u);
  const PluginRecord& thief = registry.plugins()[0];
  EXPECT_EQ(thief.state, PluginState::kDisabled);
  EXPECT_EQ(thief.reason, "command 'good' is already provided by bundled plugin 'good' ('" +
                              (dir_ / "bundled" / "good.plugin.toml").string() + "')");
  ASSERT_NE(registry.find_by_command("good"), nullptr);
  EXPECT_EQ(registry.find_by_command("good")->manifest.id, "good");
}

TEST_F(PluginLoader, CommandConflictBetweenNewcomersKeepsTheFirst) {
  copy_fixture_plugin("good", dir_ / "first");
  write_file(dir_ / "second" / "thief.plugin.toml",
             "id = \"thief\"\nname = \"T\"\nversion = \"1\"\nsdk = 2\n"
             "[[commands]]\nname = \"good\"\n");
  write_file(dir_ / "second" / "thief.so", "");
  PluginRegistry registry(search_in({dir_ / "first", dir_ / "second"}));
  EXPECT_EQ(registry.plugins()[1].reason, "command 'good' is already provided by plugin 'good' ('" +
                                              (dir_ / "first" / "good.plugin.toml").string() +
                                              "')");
}

TEST_F(PluginLoader, BadManifestNamesFileLineAndKey) {
  write_file(dir_ / "p" / "broken.plugin.toml", "id = \"broken\"\nname = \"B\"\nversion = 3\n");
  PluginRegistry registry(search_in({dir_ / "p"}));
  const PluginRecord& record = only(registry);
  EXPECT_EQ(record.manifest.id, "broken");
  EXPECT_EQ(record.reason, "bad manifest: " + (dir_ / "p" / "broken.plugin.toml").string() +
                               ":3:11: field 'version': expected a non-empty string");
}

TEST_F(PluginLoader, LibraryAndManifestMustAgree) {
  copy_fixture_plugin("good", dir_ / "p");
  const auto manifest = dir_ / "p" / "good.plugin.toml";
  write_file(manifest, replace(test::read_file(manifest), "1.2.3", "2.0.0"));
  PluginRegistry registry(search_in({dir_ / "p"}));
  PluginRecord* record = registry.find("good");
  ASSERT_NE(record, nullptr);
  EXPECT_FALSE(registry.load(*record));
  EXPECT_EQ(record->reason, "library '" + (dir_ / "p" / "good.so").string() +
                                "' is plugin 'good' 1.2.3, but its manifest '" + manifest.string() +
                                "' says 'good' 2.0.0");
}

TEST_F(PluginLoader, MissingLibraryAndReservedCommandsAreRefused) {
  write_file(dir_ / "p" / "ghost.plugin.toml",
             "id = \"ghost\"\nname = \"G\"\nversion = \"1\"\nsdk = 2\n");
  write_file(dir_ / "q" / "thief.plugin.toml",
             "id = \"thief\"\nname = \"T\"\nversion = \"1\"\nsdk = 2\n"
             "[[commands]]\nname = \"backup\"\n");
  write_file(dir_ / "q" / "thief.so", "");
  PluginRegistry registry(search_in({dir_ / "p", dir_ / "q"}));
  ASSERT_EQ(registry.plugins().size(), 2u);
  EXPECT_EQ(registry.plugins()[0].reason,
            "library '" + (dir_ / "p" / "ghost.so").string() + "' named by '" +
                (dir_ / "p" / "ghost.plugin.toml").string() + "' does not exist");
  EXPECT_EQ(registry.plugins()[1].reason, "command 'backup' is one of thuky's own");
}

TEST_F(PluginLoader, ConfigurationCanDisableAPlugin) {
  copy_fixture_plugin("good", dir_ / "p");
  PluginSearch search = search_in({dir_ / "p"});
  search.disabled_ids = {"good"};
  PluginRegistry registry(search);
  EXPECT_EQ(only(registry).reason, "disabled in the configuration (plugins.disabled)");
  EXPECT_EQ(registry.find_by_command("good"), nullptr);
}

TEST(PluginPath, SplitsOnColons) {
  EXPECT_EQ(split_path_list("/a::/b:"), (std::vector<std::filesystem::path>{"/a", "/b"}));
  EXPECT_TRUE(split_path_list("").empty());
}

// `requires = [...]`: a plugin that reads another plugin's data is usable only with it.
std::string requirement_state(const TempDir& dir, const std::string& requires_line) {
  copy_fixture_plugin("good", dir / "p");
  copy_fixture_plugin("usererror", dir / "p");
  const auto manifest = dir / "p" / "usererror.plugin.toml";
  write_file(manifest, replace(read_file(manifest), "sdk = 2\n", "sdk = 2\n" + requires_line));
  PluginRegistry registry(search_in({dir / "p"}));
  for (const auto& record : registry.plugins()) {
    if (record.manifest.id == "usererror")
      return record.usable() ? "available" : record.reason;
  }
  return "(not found)";
}

TEST_F(PluginLoader, ARequiredPluginMustBePresentAndRecentEnough) {
  EXPECT_EQ(requirement_state(dir_, "requires = [\"good >= 1.2\"]\n"), "available");
  EXPECT_EQ(requirement_state(dir_, "requires = [\"good >= 1.10\"]\n"),
            "requires 'good >= 1.10', but the installed 'good' is version 1.2.3 ('" +
                (dir_ / "p" / "good.plugin.toml").string() + "')");
  EXPECT_EQ(requirement_state(dir_, "requires = [\"delegates\"]\n"),
            "requires 'delegates', but plugin 'delegates' is not installed");
  EXPECT_EQ(requirement_state(dir_, "requires = [\"good > 1\"]\n"),
            "bad manifest: " + (dir_ / "p" / "usererror.plugin.toml").string() +
                ":5:13: field 'requires': expected \"<plugin id>\", \"<plugin id> >= "
                "<version>\" or \"<plugin id> = <version>\"");
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

// `uses = [...]` (SDK 2.4): a plugin read when it is there, required by nobody: the consumer
// stays usable without it or with an older one; a malformed entry is a bad manifest all the same.
TEST_F(PluginLoader, AUsedPluginMayBeAbsentOrOlder) {
  EXPECT_EQ(requirement_state(dir_, "uses = [\"delegates >= 0.3\"]\n"), "available");
  EXPECT_EQ(requirement_state(dir_, "uses = [\"good >= 1.10\"]\n"), "available");
  EXPECT_EQ(requirement_state(dir_, "uses = [\"good > 1\"]\n"),
            "bad manifest: " + (dir_ / "p" / "usererror.plugin.toml").string() +
                ":5:9: field 'uses': expected \"<plugin id>\", \"<plugin id> >= <version>\" "
                "or \"<plugin id> = <version>\"");
}

}  // namespace
}  // namespace thuky::host
