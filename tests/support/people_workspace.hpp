#pragma once
// A fresh workspace (`thuky init`) for end-to-end tests of the people commands.

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace thuky::test {

class PeopleWorkspace : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(run_thuky({"init"}, dir_.path()).exit_code, 0); }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  // Rows in the people table.
  int count() {
    SQLite::Database db((dir_ / "thuky.db").string());
    return db.execAndGet("SELECT count(*) FROM people").getInt();
  }
  TempDir dir_;
};

}  // namespace thuky::test
