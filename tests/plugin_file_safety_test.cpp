// Plugins that someone other than the user (or root) could have slipped in are refused, with
// the reason, before their library is opened.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "host_session.hpp"
#include "plugin_registry.hpp"
#include "support/test_support.hpp"

namespace thuky::host {
namespace {

using test::copy_fixture_plugin;
using test::TempDir;
using test::write_file;

constexpr uid_t kSomeoneElse = 65534;  // nobody

class PluginFileSafety : public ::testing::Test {
 protected:
  void SetUp() override { ::setenv("THUKY_TEST_LOAD_MARKER", marker().c_str(), 1); }
  void TearDown() override { ::unsetenv("THUKY_TEST_LOAD_MARKER"); }
  std::filesystem::path marker() const { return dir_ / "loaded.marker"; }

  // The one plugin found in `dir`; fails the test unless there is exactly one.
  PluginRecord scan(const std::filesystem::path& dir) {
    PluginSearch search;
    search.dirs = {dir};
    search.reserved_commands = builtin_command_names();
    PluginRegistry registry(search);
    EXPECT_EQ(registry.plugins().size(), 1u);
    return registry.plugins().empty() ? PluginRecord{} : registry.plugins().front();
  }
  // `library = "<value>"` in a copy of the good fixture's manifest, on line 5.
  std::filesystem::path good_with_library(const std::string& value) {
    copy_fixture_plugin("good", dir_ / "p");
    const auto manifest = dir_ / "p" / "good.plugin.toml";
    std::string text = test::read_file(manifest);
    const auto line5 = text.find("summary");
    text.insert(line5, "library = \"" + value + "\"\n");
    write_file(manifest, text);
    return manifest;
  }
  TempDir dir_;
};

TEST_F(PluginFileSafety, GroupWritableDirectoryIsRefused) {
  copy_fixture_plugin("good", dir_ / "p");
  ::chmod((dir_ / "p").c_str(), 0775);
  const PluginRecord record = scan(dir_ / "p");
  EXPECT_EQ(record.state, PluginState::kDisabled);
  EXPECT_EQ(record.reason, "plugin directory '" + (dir_ / "p").string() +
                               "' is writable by its group (mode 0775); refusing to load from it");
}

TEST_F(PluginFileSafety, GroupWritableLibraryIsRefused) {
  copy_fixture_plugin("good", dir_ / "p");
  ::chmod((dir_ / "p" / "good.so").c_str(), 0775);
  EXPECT_EQ(scan(dir_ / "p").reason,
            "library '" + (dir_ / "p" / "good.so").string() +
                "' is writable by its group (mode 0775); refusing to load from it");
}

TEST_F(PluginFileSafety, GroupWritableManifestIsRefused) {
  copy_fixture_plugin("good", dir_ / "p");
  ::chmod((dir_ / "p" / "good.plugin.toml").c_str(), 0664);
  EXPECT_EQ(scan(dir_ / "p").reason,
            "manifest '" + (dir_ / "p" / "good.plugin.toml").string() +
                "' is writable by its group (mode 0664); refusing to load from it");
}

TEST_F(PluginFileSafety, LibraryOwnedByAnotherUserIsRefused) {
  if (::geteuid() != 0)
    GTEST_SKIP() << "giving a file to another user needs root";
  copy_fixture_plugin("good", dir_ / "p");
  ASSERT_EQ(::chown((dir_ / "p" / "good.so").c_str(), kSomeoneElse, kSomeoneElse), 0);
  // root runs thuky here, so "you" and root are one; someone else is still someone else.
  EXPECT_EQ(scan(dir_ / "p").reason, "library '" + (dir_ / "p" / "good.so").string() +
                                         "' is owned by uid 65534, neither you nor root; "
                                         "refusing to load from it");
}

TEST_F(PluginFileSafety, DirectoryOwnedByAnotherUserIsRefused) {
  if (::geteuid() != 0)
    GTEST_SKIP() << "giving a directory to another user needs root";
  copy_fixture_plugin("good", dir_ / "p");
  ASSERT_EQ(::chown((dir_ / "p").c_str(), kSomeoneElse, kSomeoneElse), 0);
  EXPECT_EQ(scan(dir_ / "p").reason, "plugin directory '" + (dir_ / "p").string() +
                                         "' is owned by uid 65534, neither you nor root; "
                                         "refusing to load from it");
}

TEST_F(PluginFileSafety, LibraryPathLeavingTheDirectoryIsRefused) {
  const auto manifest = good_with_library("../outside/evil.so");
  EXPECT_EQ(scan(dir_ / "p").reason,
            "bad manifest: " + manifest.string() +
                ":5:11: field 'library': '../outside/evil.so' must be a file name in the "
                "manifest's directory: a plugin's library sits beside its manifest");
}

TEST_F(PluginFileSafety, AbsoluteLibraryPathIsRefused) {
  const auto manifest = good_with_library("/usr/lib/evil.so");
  EXPECT_EQ(scan(dir_ / "p").reason,
            "bad manifest: " + manifest.string() +
                ":5:11: field 'library': '/usr/lib/evil.so' must be a file name in the "
                "manifest's directory: a plugin's library sits beside its manifest");
}

TEST_F(PluginFileSafety, LibrarySymlinkLeavingTheDirectoryIsRefused) {
  copy_fixture_plugin("good", dir_ / "p");
  std::filesystem::create_directories(dir_ / "outside");
  std::filesystem::rename(dir_ / "p" / "good.so", dir_ / "outside" / "good.so");
  std::filesystem::create_symlink(dir_ / "outside" / "good.so", dir_ / "p" / "good.so");
  const auto real_dir = std::filesystem::canonical(dir_.path());
  EXPECT_EQ(scan(dir_ / "p").reason,
            "library '" + (dir_ / "p" / "good.so").string() + "' resolves to '" +
                (real_dir / "outside" / "good.so").string() + "', outside the plugin directory '" +
                (real_dir / "p").string() + "'; refusing to load from it");
}

TEST_F(PluginFileSafety, LibrarySymlinkWithinTheDirectoryIsAccepted) {
  copy_fixture_plugin("good", dir_ / "p");
  std::filesystem::rename(dir_ / "p" / "good.so", dir_ / "p" / "good.so.1");
  std::filesystem::create_symlink("good.so.1", dir_ / "p" / "good.so");
  const PluginRecord record = scan(dir_ / "p");
  EXPECT_EQ(record.state, PluginState::kAvailable) << record.reason;
}

TEST_F(PluginFileSafety, DirectoryInsideOneOthersMayWriteIsRefused) {
  copy_fixture_plugin("good", dir_ / "open" / "p");
  ::chmod((dir_ / "open").c_str(), 0777);
  const PluginRecord record = scan(dir_ / "open" / "p");
  EXPECT_EQ(record.reason, "plugin directory '" + (dir_ / "open" / "p").string() +
                               "': it is inside '" + (dir_ / "open").string() +
                               "', which other users may write to (mode 0777): they could "
                               "replace it; refusing to load from it");
  EXPECT_FALSE(std::filesystem::exists(marker()));
}

TEST_F(PluginFileSafety, OwnDirectoryInsideAStickyOneIsAccepted) {
  // As in /tmp: others may add entries, but cannot rename or remove ours.
  copy_fixture_plugin("good", dir_ / "sticky" / "p");
  ::chmod((dir_ / "sticky").c_str(), 01777);
  const PluginRecord record = scan(dir_ / "sticky" / "p");
  EXPECT_EQ(record.state, PluginState::kAvailable) << record.reason;
}

TEST_F(PluginFileSafety, DirectoryInsideSomeoneElsesIsRefused) {
  if (::geteuid() != 0)
    GTEST_SKIP() << "giving a directory to another user needs root";
  std::filesystem::create_directories(dir_ / "sticky" / "theirs");
  copy_fixture_plugin("good", dir_ / "sticky" / "theirs" / "p");
  ::chmod((dir_ / "sticky").c_str(), 01777);
  ASSERT_EQ(::chown((dir_ / "sticky" / "theirs").c_str(), kSomeoneElse, kSomeoneElse), 0);
  EXPECT_EQ(scan(dir_ / "sticky" / "theirs" / "p").reason,
            "plugin directory '" + (dir_ / "sticky" / "theirs" / "p").string() +
                "': it is inside '" + (dir_ / "sticky" / "theirs").string() +
                "', owned by uid 65534, neither you nor root; refusing to load from it");
}

}  // namespace
}  // namespace thuky::host
