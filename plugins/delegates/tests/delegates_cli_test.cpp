// The delegates plugin end to end: the sample election (samples/election-ha-tinh) through the
// real `thuky` binary.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kSample =
    std::filesystem::path(THUKY_SOURCE_DIR) / "samples" / "election-ha-tinh";

class Election : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(thuky({"init"}).exit_code, 0); }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  std::string sample(const std::string& name) { return (kSample / name).string(); }
  void import_day() {
    const RunResult r = thuky({"election", "import", sample("election.toml")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void import_candidates() {
    for (const auto& [file, election] : std::vector<std::pair<std::string, std::string>>{
             {"candidates-dbqh.csv", "dbqh-2026"},
             {"candidates-hdnd-tinh.csv", "hdnd-tinh-2026"},
             {"candidates-hdnd-xa.csv", "hdnd-xa-ky-hoa-2026"}}) {
      const RunResult r =
          thuky({"election", "candidates", "import", sample(file), "--election", election});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  void import_voters() {
    const RunResult r = thuky({"election", "voters", "import", sample("voters.csv")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // Rows in `table`; 0 when the plugin never created it (nothing was stored).
  int rows(const std::string& table) {
    SQLite::Database db((dir_ / "thuky.db").string());
    if (db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'").getInt() ==
        0)
      return 0;
    return db.execAndGet("SELECT count(*) FROM " + table).getInt();
  }
  // The sample file with each `from` replaced by its `to`, written into the workspace.
  std::string variant(const std::string& name,
                      const std::vector<std::pair<std::string, std::string>>& changes) {
    std::string text = read_file(kSample / name);
    for (const auto& [from, to] : changes) {
      const auto at = text.find(from);
      EXPECT_NE(at, std::string::npos) << from;
      if (at != std::string::npos)
        text.replace(at, from.size(), to);
    }
    write_file(dir_ / name, text);
    return (dir_ / name).string();
  }
  std::string variant(const std::string& name, const std::string& from, const std::string& to) {
    return variant(name, {{from, to}});
  }
  void configure(const std::string& lines) {
    std::string config = read_file(dir_ / "thuky.toml");
    write_file(dir_ / "thuky.toml", config + "\n[plugins.delegates]\n" + lines + "\n");
  }
  TempDir dir_;
};

TEST_F(Election, ImportsTheSampleDay) {
  const RunResult r = thuky({"election", "import", sample("election.toml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Imported election day 'ha-tinh-2026' (3 elections, 4 units, 3 polling areas).\n");
  EXPECT_EQ(r.err, "");
  const RunResult list = thuky({"election", "list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out,
            "ha-tinh-2026  15/03/2026  Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng "
            "nhân dân các cấp nhiệm kỳ 2026–2031\n"
            "  dbqh-2026  ĐBQH: Quốc hội khóa XVI, nhiệm kỳ 2026–2031, 1 units, 2 seats\n"
            "  hdnd-tinh-2026  HĐND tỉnh: Hội đồng nhân dân tỉnh Hà Tĩnh khóa XIX, nhiệm kỳ "
            "2026–2031, 2 units, 5 seats\n"
            "  hdnd-xa-ky-hoa-2026  HĐND xã: Hội đồng nhân dân xã Kỳ Hoa khóa I, nhiệm kỳ "
            "2026–2031, 1 units, 2 seats\n");
}

TEST_F(Election, ReimportUpdatesInPlaceAndKeepsCandidates) {
  import_day();
  import_candidates();
  const int candidates = rows("delegates_candidates");
  const RunResult r =
      thuky({"election", "import",
             variant("election.toml", "{ number = 1, seats = 3,", "{ number = 1, seats = 4,")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Updated election day 'ha-tinh-2026' (3 elections, 4 units, 3 polling areas).\n");
  EXPECT_EQ(rows("delegates_candidates"), candidates);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT seats FROM delegates_units WHERE election_id = "
                          "'hdnd-tinh-2026' AND number = 1")
                .getInt(),
            4);
}

TEST_F(Election, UnitWithCandidatesCannotDisappear) {
  import_day();
  import_candidates();
  const RunResult r = thuky(
      {"election", "import",
       variant(
           "election.toml",
           {{"  { number = 2, seats = 2, areas = [\"phuong-song-tri\", \"xa-ky-xuan\"] },\n", ""},
            {"hdnd-tinh-2026 = 2 }", "hdnd-tinh-2026 = 1 }"}})});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: election 'hdnd-tinh-2026': unit 2 is not in the file but has candidates; "
            "keep it, or remove its candidates first\n");
  EXPECT_EQ(rows("delegates_units"), 4);
}

TEST_F(Election, UnknownKeysAreWarnedWithTheirLine) {
  const RunResult r = thuky({"election", "import",
                             variant("election.toml",
                                     "kind = \"council\"\nbody = \"Hội đồng nhân "
                                     "dân tỉnh Hà Tĩnh\"",
                                     "kind = \"council\"\nseat = 3\nbody = \"Hội đồng nhân dân "
                                     "tỉnh Hà Tĩnh\"")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string file = (dir_ / "election.toml").string();
  EXPECT_EQ(r.err, "warning: " + file + ":39: unknown key 'elections[1].seat' is ignored\n");
}

TEST_F(Election, BadElectionFileNamesLineAndKey) {
  const RunResult r =
      thuky({"election", "import",
             variant("election.toml", "hdnd-tinh-2026 = 2 }", "hdnd-tinh-2026 = 5 }")});
  EXPECT_EQ(r.exit_code, 1);
  const std::string file = (dir_ / "election.toml").string();
  EXPECT_EQ(r.err, "error: " + file +
                       ":72:43: field 'polling_areas[2].units.hdnd-tinh-2026': election "
                       "'hdnd-tinh-2026' has no unit 5\n");
  EXPECT_EQ(rows("delegates_days"), 0);
}

}  // namespace
}  // namespace thuky::test
