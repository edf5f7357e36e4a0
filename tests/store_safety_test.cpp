// A store is never silently replaced, started over or written through a link: empty files,
// `init` over an existing store, backups onto symbolic links, network filesystems.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>

#include "config.hpp"
#include "network_filesystem.hpp"
#include "support/test_support.hpp"
#include "thuky/error.hpp"
#include "thuky/store.hpp"

namespace thuky::test {
namespace {

TEST(StoreSafety, ZeroLengthStoreIsRefusedAndLeftAlone) {
  TempDir dir;
  ASSERT_EQ(run_thuky({"init"}, dir.path()).exit_code, 0);
  std::filesystem::resize_file(dir / "thuky.db", 0);
  const RunResult r = run_thuky({"people", "list"}, dir.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: '" + (dir / "thuky.db").string() +
                       "' is empty: it is not a thuky store (a copy or a disk that failed?); "
                       "restore a backup or delete it to start anew\n");
  EXPECT_EQ(std::filesystem::file_size(dir / "thuky.db"), 0u);
}

TEST(StoreSafety, NewStoreIsNeverEmptyOnDisk) {
  TempDir dir;
  { Store store(dir / "s.db"); }
  EXPECT_GT(std::filesystem::file_size(dir / "s.db"), 0u);
  // No temporary file is left beside it.
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
    names.push_back(entry.path().filename().string());
  EXPECT_EQ(names, std::vector<std::string>{"s.db"});
}

TEST(StoreSafety, InitDoesNotTouchAnExistingStore) {
  TempDir dir;
  ASSERT_EQ(run_thuky({"init"}, dir.path()).exit_code, 0);
  ASSERT_EQ(run_thuky({"people", "add", "Nguyễn Văn An"}, dir.path()).exit_code, 0);
  std::filesystem::remove(dir / "thuky.toml");  // lost
  const std::string before = read_file(dir / "thuky.db");

  const RunResult r = run_thuky({"init"}, dir.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: '" + (dir / "thuky.db").string() +
                       "' already exists: 'thuky init' never touches an existing store; move "
                       "it away to start anew, or write thuky.toml beside it to use it\n");
  EXPECT_EQ(read_file(dir / "thuky.db"), before);
  EXPECT_FALSE(std::filesystem::exists(dir / "thuky.toml"));
}

TEST(StoreSafety, BackupOntoADanglingSymlinkIsRefused) {
  TempDir dir;
  ASSERT_EQ(run_thuky({"init"}, dir.path()).exit_code, 0);
  std::filesystem::create_symlink(dir / "elsewhere.db", dir / "backup.db");
  const RunResult r = run_thuky({"backup", "backup.db"}, dir.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: 'backup.db' is a symbolic link; a backup is never written through one: "
            "choose a new file name\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "elsewhere.db"));
  EXPECT_TRUE(std::filesystem::is_symlink(dir / "backup.db"));
}

TEST(StoreSafety, BackupIsACompleteStoreWithTheUmasksMode) {
  TempDir dir;
  ASSERT_EQ(run_thuky({"init"}, dir.path()).exit_code, 0);
  ASSERT_EQ(run_thuky({"people", "add", "Nguyễn Văn An"}, dir.path()).exit_code, 0);
  const mode_t old_mask = ::umask(077);
  const RunResult r = run_thuky({"backup", "copy.db"}, dir.path());
  ::umask(old_mask);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::filesystem::status(dir / "copy.db").permissions(),
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  SQLite::Database copy((dir / "copy.db").string());
  EXPECT_EQ(copy.execAndGet("SELECT count(*) FROM people").getInt(), 1);
}

TEST(StoreSafety, NetworkFilesystemsAreRecognisedByTheirMagicNumbers) {
  using host::network_filesystem_name;
  EXPECT_EQ(network_filesystem_name(0x6969, ""), "NFS");
  EXPECT_EQ(network_filesystem_name(0x517B, ""), "SMB");
  EXPECT_EQ(network_filesystem_name(0xFF534D42, ""), "SMB/CIFS");
  EXPECT_EQ(network_filesystem_name(0xFE534D42, ""), "SMB2");
  EXPECT_EQ(network_filesystem_name(0x65735546, "fuse.sshfs"), "sshfs");
  // Local ones: ext4, tmpfs, btrfs, xfs, overlayfs, and FUSE that is local (ntfs-3g).
  for (unsigned long local : {0xEF53UL, 0x01021994UL, 0x9123683EUL, 0x58465342UL, 0x794C7630UL})
    EXPECT_EQ(network_filesystem_name(local, ""), std::nullopt) << std::hex << local;
  EXPECT_EQ(network_filesystem_name(0x65735546, "fuseblk"), std::nullopt);
  EXPECT_EQ(network_filesystem_name(0x65735546, "fuse.ntfs-3g"), std::nullopt);
}

TEST(StoreSafety, LocalDirectoryIsNoNetworkFilesystem) {
  TempDir dir;
  EXPECT_EQ(host::network_filesystem_of(dir.path()), std::nullopt);
}

TEST(StoreSafety, AllowNetworkFilesystemIsReadFromTheStoreTable) {
  const auto defaults = host::parse_config("", "t.toml", "/w");
  EXPECT_FALSE(defaults.settings.allow_network_filesystem);
  const auto on = host::parse_config("[store]\nallow_network_filesystem = true\n", "t.toml", "/w");
  EXPECT_TRUE(on.settings.allow_network_filesystem);
  EXPECT_TRUE(on.warnings.empty());
  try {
    host::parse_config("[store]\nallow_network_filesystem = 1\n", "t.toml", "/w");
    FAIL() << "an integer was accepted";
  } catch (const UserError& e) {
    EXPECT_STREQ(e.what(),
                 "t.toml:2:28: field 'store.allow_network_filesystem': expected a boolean, "
                 "found an integer");
  }
}

int people(Store& store) {
  return store.db().execAndGet("SELECT count(*) FROM people").getInt();
}

void add_person(Store& store, const std::string& code) {
  store.db().exec(
      "INSERT INTO people(code, full_name, family_name, middle_name, given_name, "
      "match_key, search_key) VALUES ('" +
      code + "', 'x', '', '', 'x', 'x', 'x')");
}

TEST(WriteTransaction, WaitsForTheBusyTimeoutThenSaysTheStoreIsBusy) {
  TempDir dir;
  Store holder(dir / "s.db");
  WriteTransaction held(holder);
  Store store(dir / "s.db", StoreOptions{.busy_timeout_ms = 200});
  const auto started = std::chrono::steady_clock::now();
  try {
    WriteTransaction blocked(store);
    FAIL() << "the write lock was taken twice";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              "the store '" + (dir / "s.db").string() +
                  "' is busy: another thuky command has been writing for more than 0.2 s; try "
                  "again when it has finished (or raise store.busy_timeout_ms)");
  }
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(200));
}

TEST(WriteTransaction, RollsBackUnlessCommittedAndNestsAsASavepoint) {
  TempDir dir;
  Store store(dir / "s.db");
  {
    WriteTransaction outer(store);
    add_person(store, "a");
    {
      WriteTransaction inner(store);
      add_person(store, "b");
    }  // not committed: b goes, a stays
    EXPECT_EQ(people(store), 1);
    {
      WriteTransaction inner(store);
      add_person(store, "c");
      inner.commit();
    }
    EXPECT_EQ(people(store), 2);
  }  // the outer one not committed: nothing stays
  EXPECT_EQ(people(store), 0);
  {
    WriteTransaction outer(store);
    add_person(store, "d");
    outer.commit();
  }
  EXPECT_EQ(people(store), 1);
}

}  // namespace
}  // namespace thuky::test
