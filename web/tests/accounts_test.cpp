#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "person_edit.hpp"
#include "thuky/error.hpp"
#include "thuky/people.hpp"
#include "user_accounts.hpp"

namespace thuky::web {
namespace {

namespace fs = std::filesystem;

PersonInput person(const std::string& name, const std::string& unit = {},
                   const std::string& title = {}) {
  PersonInput p;
  p.full_name = name;
  p.unit = unit;
  p.title = title;
  return p;
}

class WebStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("thuky-web-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    store_ = std::make_unique<Store>(dir_ / "store.db");
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  fs::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(WebStoreTest, AccountsLogInWithTheirPasswordOnly) {
  UserAccounts accounts(*store_);
  EXPECT_EQ(accounts.count(), 0);
  accounts.add("lan", Role::kSecretary, "mật khẩu 1");
  accounts.add("hung", Role::kViewer, "mật khẩu 2");
  EXPECT_EQ(accounts.count(), 2);
  const auto lan = accounts.check_password("lan", "mật khẩu 1");
  ASSERT_TRUE(lan);
  EXPECT_EQ(lan->role, Role::kSecretary);
  EXPECT_FALSE(accounts.check_password("lan", "mật khẩu 2"));
  EXPECT_FALSE(accounts.check_password("nobody", "mật khẩu 1"));
  const auto list = accounts.list();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].name, "hung");
  EXPECT_EQ(accounts.role_of("hung"), Role::kViewer);
  EXPECT_TRUE(accounts.remove("hung"));
  EXPECT_FALSE(accounts.role_of("hung"));
  EXPECT_FALSE(accounts.remove("hung"));
  EXPECT_FALSE(accounts.check_password("hung", "mật khẩu 2"));
  // Never the password itself in the store.
  EXPECT_EQ(store_->db()
                .execAndGet("SELECT count(*) FROM users WHERE password_hash LIKE "
                            "'%mật khẩu%'")
                .getInt64(),
            0);
}

TEST_F(WebStoreTest, BadAccountsAreRefusedNamingTheField) {
  UserAccounts accounts(*store_);
  try {
    accounts.add("lan", Role::kAdmin, "short");
    FAIL() << "a short password was accepted";
  } catch (const UserError& e) {
    EXPECT_EQ(e.location().field, "password");
  }
  try {
    accounts.add("lan hương", Role::kAdmin, "long enough");
    FAIL() << "a name with a space was accepted";
  } catch (const UserError& e) {
    EXPECT_EQ(e.location().field, "name");
  }
  accounts.add("lan", Role::kAdmin, "long enough");
  EXPECT_THROW(accounts.add("lan", Role::kViewer, "long enough"), UserError);
  EXPECT_EQ(accounts.count(), 1);
}

TEST_F(WebStoreTest, RolesReadAndWriteTheirNames) {
  for (Role role : {Role::kAdmin, Role::kSecretary, Role::kViewer})
    EXPECT_EQ(role_from_name(role_name(role)), role);
  EXPECT_FALSE(role_from_name("root"));
  EXPECT_FALSE(can_write(Role::kViewer));
  EXPECT_TRUE(can_write(Role::kSecretary));
}

TEST_F(WebStoreTest, SecondSaveOverAChangedPersonIsRefusedWithWhoChangedIt) {
  PeopleDirectory people(*store_);
  people.upsert(person("Nguyễn Văn An", "UBND xã"), InputLocation{});
  const Person loaded = *people.find_by_code("nguyen-van-an");
  EXPECT_EQ(loaded.version, 1);
  EXPECT_EQ(loaded.changed_by, "");

  const PersonInput first = person("Nguyễn Văn An", "MTTQ xã");
  const Person saved = save_person_edit(people, "nguyen-van-an", first, loaded.version, "lan");
  EXPECT_EQ(saved.version, 2);
  EXPECT_EQ(saved.unit, "MTTQ xã");
  EXPECT_EQ(saved.changed_by, "lan");
  EXPECT_FALSE(saved.changed_at.empty());

  // Another form loaded at version 1 saves after: refused, the first save kept.
  const PersonInput second = person("Nguyễn Văn An", "", "Chủ tịch");
  try {
    save_person_edit(people, "nguyen-van-an", second, loaded.version, "hung");
    FAIL() << "the second save overwrote the first";
  } catch (const VersionConflict& conflict) {
    EXPECT_EQ(conflict.current().changed_by, "lan");
    EXPECT_EQ(conflict.current().version, 2);
    EXPECT_EQ(conflict.current().unit, "MTTQ xã");
  }
  const Person now = *people.find_by_code("nguyen-van-an");
  EXPECT_EQ(now.title, "");
  EXPECT_EQ(now.version, 2);
  // Reloaded, the same change goes through.
  EXPECT_EQ(save_person_edit(people, "nguyen-van-an", second, now.version, "hung").title,
            "Chủ tịch");
  EXPECT_THROW(save_person_edit(people, "nobody", second, 1, "hung"), UserError);
}

TEST_F(WebStoreTest, SearchIgnoresDiacriticsAndPages) {
  PeopleDirectory people(*store_);
  for (const char* name : {"Nguyễn Văn An", "Nguyễn Văn Bình", "Trần Thị Đào", "Nguyên Văn Cường"})
    people.upsert(person(name), InputLocation{});
  auto page = people.search("nguyen van", 0, 2);
  EXPECT_EQ(page.total, 3u);
  ASSERT_EQ(page.people.size(), 2u);
  page = people.search("NGUYEN VAN", 2, 2);
  ASSERT_EQ(page.people.size(), 1u);
  EXPECT_EQ(people.search("dao", 0, 10).people.at(0).full_name, "Trần Thị Đào");
  EXPECT_EQ(people.search("", 0, 10).total, 4u);
  EXPECT_EQ(people.search("100%", 0, 10).total, 0u);  // % is a letter, not a wildcard
}

TEST_F(WebStoreTest, ImportErrorsSayRowAndColumn) {
  // What the import page shows as a table, one error and several.
  for (const std::string bad_rows : {"Đỗ Thị Lan,32/13/1980\n", "Đỗ Thị Lan,32/13/1980\n,1970\n"}) {
    const fs::path file = dir_ / "people.csv";
    std::ofstream(file) << "Họ và tên,Ngày sinh\nVõ Văn Tâm,01/01/1970\n" << bad_rows;
    PeopleDirectory people(*store_);
    try {
      people.import_file(file);
      FAIL() << "a wrong date was imported";
    } catch (const table::ImportErrors& e) {
      ASSERT_GE(e.problems().size(), 1u);
      EXPECT_EQ(e.problems()[0].row, 3);
      EXPECT_EQ(e.problems()[0].column, 2);
      EXPECT_EQ(e.problems()[0].header, "Ngày sinh");
      EXPECT_EQ(e.total(), e.problems().size());
    }
  }
}

TEST_F(WebStoreTest, PasswordChangesOnlyWithTheCurrentOne) {
  UserAccounts accounts(*store_);
  accounts.add("lan", Role::kSecretary, "mật khẩu 1");
  EXPECT_FALSE(accounts.change_password("lan", "sai", "mật khẩu mới"));
  EXPECT_TRUE(accounts.check_password("lan", "mật khẩu 1"));
  try {
    accounts.change_password("lan", "mật khẩu 1", "ngắn");
    FAIL() << "a short password was accepted";
  } catch (const UserError& e) {
    EXPECT_EQ(e.location().field, "password");
  }
  // Eight characters, though more bytes: "mật khẩu" is long enough.
  EXPECT_TRUE(accounts.change_password("lan", "mật khẩu 1", "mật khẩu"));
  EXPECT_FALSE(accounts.check_password("lan", "mật khẩu 1"));
  EXPECT_TRUE(accounts.check_password("lan", "mật khẩu"));
}

}  // namespace
}  // namespace thuky::web
