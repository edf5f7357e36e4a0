// End-to-end: which plugins the real `thuky` agrees to run — workspace trust, shadowing, and
// conflicts that must not take a bundled plugin's command away.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"
#include "thuky/version.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kBundled = THUKY_TEST_BUNDLED_PLUGINS;
const std::filesystem::path kLibthuky = THUKY_TEST_LIBTHUKY;

class PluginTrustCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(ws());
    ASSERT_EQ(thuky({"init", "."}).exit_code, 0);
  }
  // Trust is recorded in a config home of the test's own, never the user's.
  RunResult thuky(const std::vector<std::string>& args,
                  std::map<std::string, std::string> env = {}) {
    env.emplace("XDG_CONFIG_HOME", (dir_ / "config-home").string());
    return run_thuky(args, ws(), env);
  }
  std::filesystem::path ws() const { return dir_ / "ws"; }
  std::filesystem::path config() const { return ws() / "thuky.toml"; }
  // A workspace whose thuky.toml asks for the plugins in <ws>/p, where the good fixture is.
  void add_workspace_plugins() {
    copy_fixture_plugin("good", ws() / "p");
    std::string text = read_file(config());
    text.replace(text.find("paths = []"), 10, "paths = [\"p\"]");
    write_file(config(), text);
  }
  std::string untrusted_warning() const {
    return "warning: plugins.paths of '" + config().string() +
           "' skipped: a workspace may come from anyone, so its plugins run only once you trust "
           "it; run 'thuky plugins trust' to allow plugins from '" +
           (ws() / "p").string() + "'\n";
  }
  TempDir dir_;
};

TEST_F(PluginTrustCli, UntrustedWorkspacePluginsAreSkippedWithTheWayToTrustThem) {
  add_workspace_plugins();
  const RunResult r = thuky({"plugins"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.find("good"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, untrusted_warning());
  EXPECT_EQ(thuky({"good", "count"}).exit_code, 2);  // no such command
}

TEST_F(PluginTrustCli, TrustedWorkspacePluginsLoadUntilUntrusted) {
  add_workspace_plugins();
  const RunResult trusted = thuky({"plugins", "trust"});
  ASSERT_EQ(trusted.exit_code, 0) << trusted.err;
  EXPECT_EQ(trusted.out, "Trusted '" + config().string() +
                             "': thuky will load the plugins its plugins.paths lists.\n");
  EXPECT_EQ(read_file(dir_ / "config-home" / "thuky" / "trusted.toml"),
            "# Workspaces whose plugins.paths thuky may load, each keyed by its configuration\n"
            "# file and that file's owner. Managed by 'thuky plugins trust' and 'untrust'.\n\n"
            "[[workspace]]\nconfig = '" +
                config().string() + "'\nowner = " + std::to_string(::geteuid()) + "\n");

  const RunResult listed = thuky({"plugins"});
  EXPECT_EQ(listed.err, "");
  EXPECT_NE(listed.out.find("good           1.2.3      2    available  " + (ws() / "p").string()),
            std::string::npos)
      << listed.out;
  const RunResult ran = thuky({"good", "count"});
  EXPECT_EQ(ran.exit_code, 0) << ran.err;
  EXPECT_EQ(ran.out, "0\n");
  EXPECT_EQ(thuky({"plugins", "trust", ws().string()}).out,
            "'" + config().string() + "' was trusted already.\n");

  const RunResult untrusted = thuky({"plugins", "untrust"});
  EXPECT_EQ(untrusted.out,
            "No longer trusting '" + config().string() + "': its plugins.paths are skipped.\n");
  EXPECT_EQ(thuky({"plugins"}).err, untrusted_warning());
  EXPECT_EQ(thuky({"plugins", "untrust"}).out, "'" + config().string() + "' was not trusted.\n");
}

TEST_F(PluginTrustCli, TrustEndsWhenTheConfigurationChangesHands) {
  if (::geteuid() != 0)
    GTEST_SKIP() << "giving a file to another user needs root";
  add_workspace_plugins();
  ASSERT_EQ(thuky({"plugins", "trust"}).exit_code, 0);
  ASSERT_EQ(::chown(config().c_str(), 65534, 65534), 0);
  EXPECT_EQ(thuky({"plugins"}).err, untrusted_warning());
}

TEST_F(PluginTrustCli, TrustStoreOthersMayWriteTrustsNothing) {
  add_workspace_plugins();
  ASSERT_EQ(thuky({"plugins", "trust"}).exit_code, 0);
  ::chmod((dir_ / "config-home" / "thuky" / "trusted.toml").c_str(), 0666);
  EXPECT_EQ(thuky({"plugins"}).err, untrusted_warning());
}

TEST_F(PluginTrustCli, WorkspaceOthersMayChangeCannotBeTrusted) {
  add_workspace_plugins();
  ::chmod(config().c_str(), 0664);
  const RunResult r = thuky({"plugins", "trust"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, untrusted_warning() + "error: '" + config().string() +
                       "' is writable by its group (mode 0664): refusing to trust it\n");
}

TEST_F(PluginTrustCli, TrustNeedsAWorkspace) {
  const RunResult r = thuky({"plugins", "trust", (dir_ / "config-home").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: '" + (dir_ / "config-home").string() +
                       "' is not a thuky workspace: it has no thuky.toml\n");
}

TEST_F(PluginTrustCli, ShadowingABundledPluginIsShown) {
  const auto mine = dir_ / "mine";
  std::filesystem::create_directories(mine);
  for (const char* file : {"minutes.so", "minutes.plugin.toml"})
    std::filesystem::copy_file(kBundled / file, mine / file);
  const std::map<std::string, std::string> env{{"THUKY_PLUGIN_PATH", mine.string()}};

  const RunResult r = thuky({"plugins"}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("minutes        0.2.0      2    available  " + mine.string() +
                       "\n    shadows: " + (kBundled / "minutes.plugin.toml").string() + "\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("minutes        0.2.0      2    shadowed   " + kBundled.string() +
                       "\n    shadowed by: " + (mine / "minutes.plugin.toml").string() + "\n"),
            std::string::npos)
      << r.out;

  const RunResult json = thuky({"plugins", "--json"}, env);
  EXPECT_NE(json.out.find("\"shadowed_by\" : \"" + (mine / "minutes.plugin.toml").string() + "\""),
            std::string::npos)
      << json.out;
  EXPECT_NE(json.out.find("\"shadows\" : [\n                \"" +
                          (kBundled / "minutes.plugin.toml").string() + "\"\n            ]"),
            std::string::npos)
      << json.out;
  EXPECT_EQ(thuky({"meeting", "list"}, env).exit_code, 0);
}

TEST_F(PluginTrustCli, CorruptNewcomerCannotTakeABundledCommand) {
  // Another id, the same command as the bundled minutes, and a library that is not one.
  write_file(dir_ / "p" / "corrupt.plugin.toml",
             "id = \"corrupt\"\nname = \"Corrupt\"\nversion = \"1.0.0\"\nsdk = 2\n"
             "[[commands]]\nname = \"meeting\"\n");
  write_file(dir_ / "p" / "corrupt.so", std::string(200, 'x'));
  const std::map<std::string, std::string> env{{"THUKY_PLUGIN_PATH", (dir_ / "p").string()}};

  const RunResult meetings = thuky({"meeting", "list"}, env);
  EXPECT_EQ(meetings.exit_code, 0) << meetings.err;
  const RunResult listed = thuky({"plugins"}, env);
  EXPECT_NE(listed.out.find("corrupt        1.0.0      2    disabled   " + (dir_ / "p").string() +
                            "\n    reason: command 'meeting' is already provided by bundled "
                            "plugin 'minutes' ('" +
                            (kBundled / "minutes.plugin.toml").string() + "')\n"),
            std::string::npos)
      << listed.out;
  EXPECT_NE(listed.out.find("minutes        0.2.0      2    available  " + kBundled.string()),
            std::string::npos)
      << listed.out;
}

TEST_F(PluginTrustCli, UserErrorInInitExitsOneAndKeepsThePlugin) {
  copy_fixture_plugin("usererror", dir_ / "p");
  const std::map<std::string, std::string> env{{"THUKY_PLUGIN_PATH", (dir_ / "p").string()}};
  const RunResult failed = thuky({"usererror"}, env);
  EXPECT_EQ(failed.exit_code, 1);
  EXPECT_EQ(failed.err, "error: [plugins.usererror] needs 'greeting'\n");

  const RunResult listed = thuky({"plugins"}, env);
  EXPECT_NE(listed.out.find("usererror      1.0.0      2    available  "), std::string::npos)
      << listed.out;
  auto fixed = env;
  fixed.emplace("THUKY_TEST_SETTING_FIXED", "1");
  const RunResult ran = thuky({"usererror"}, fixed);
  EXPECT_EQ(ran.exit_code, 0) << ran.err;
  EXPECT_EQ(ran.out, "usererror ran\n");
}

TEST_F(PluginTrustCli, CheckReportsAUserErrorInInitWithoutDisablingThePlugin) {
  copy_fixture_plugin("usererror", dir_ / "p");
  const RunResult r = thuky({"--plugin-path", (dir_ / "p").string(), "plugins", "--check"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "warning: plugin 'usererror': [plugins.usererror] needs 'greeting'\n");
  EXPECT_NE(r.out.find("usererror      1.0.0      2    loaded     "), std::string::npos) << r.out;
}

TEST_F(PluginTrustCli, PluginsListsABinaryMismatchWithoutOpeningTheLibrary) {
  copy_fixture_plugin("oldsdk", dir_ / "p");
  const auto marker = dir_ / "loaded.marker";
  const RunResult r = thuky({"--plugin-path", (dir_ / "p").string(), "plugins"},
                            {{"THUKY_TEST_LOAD_MARKER", marker.string()}});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("oldsdk         0.9.0      2    disabled   " + (dir_ / "p").string() +
                       "\n    reason: plugin 'oldsdk' was built for plugin SDK 99.0 but this "
                       "thuky 0.1.0 provides SDK " +
                       std::to_string(kSdkVersion) + "." + std::to_string(kSdkMinorVersion) +
                       "; rebuild it against this SDK (library '" +
                       (dir_ / "p" / "oldsdk.so").string() + "')\n"),
            std::string::npos)
      << r.out;
  EXPECT_FALSE(std::filesystem::exists(marker));
}

TEST_F(PluginTrustCli, LibraryForAnotherToolchainIsAUserError) {
  copy_fixture_plugin("debugstl", dir_ / "p");
  const RunResult r = thuky({"--plugin-path", (dir_ / "p").string(), "debugstl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: plugin 'debugstl' is disabled: plugin 'debugstl' was built with "
            "_GLIBCXX_DEBUG=1 but this thuky was built with _GLIBCXX_DEBUG=0; rebuild it "
            "against this SDK with the same compiler and libraries (library '" +
                (dir_ / "p" / "debugstl.so").string() + "')\n");
}

// The SDK boundary as the dynamic linker sees it (nm -D: the exported symbols).
std::string exported_symbols(const std::filesystem::path& library) {
  return shell("nm -D --defined-only " + quoted(library)).out;
}

TEST(SdkBoundary, UserErrorHasOneTypeInfoInLibthuky) {
  // Its key function puts the type_info in libthuky alone; a plugin refers to that one instead
  // of carrying a private copy, so a catch matches a throw from across the boundary.
  EXPECT_NE(exported_symbols(kLibthuky).find(" _ZTIN5thuky9UserErrorE\n"), std::string::npos);
  const std::string plugin_symbols =
      shell("nm --defined-only " + quoted(fixture_plugin_dir("good") / "good.so")).out;
  EXPECT_EQ(plugin_symbols.find(" _ZTIN5thuky9UserErrorE\n"), std::string::npos);
}

TEST(SdkBoundary, LibthukyExportsTheSdkButNotItsInternals) {
  const std::string symbols = exported_symbols(kLibthuky);
  EXPECT_NE(symbols.find("_ZN5thuky15program_versionEv"), std::string::npos);
  EXPECT_EQ(symbols.find("check_library_file"), std::string::npos);  // host-only
  EXPECT_EQ(symbols.find("unsafe_ancestor"), std::string::npos);
}

}  // namespace
}  // namespace thuky::test
