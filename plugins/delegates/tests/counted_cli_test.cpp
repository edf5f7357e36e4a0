// Counts keep what they counted: a candidate import or an election re-import that would remove
// or move a counted candidate or polling area, or change the candidates of a counted unit, is a
// clear refusal (exit 1, naming what blocks it) and leaves the store as it was.
#include "election_fixture.hpp"

namespace thuky::test {
namespace {

class Counted : public Election {
 protected:
  void SetUp() override {
    Election::SetUp();
    import_day();
    import_candidates();
    const RunResult r = thuky({"election", "tally", "import", sample("tally.csv")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    before_ = snapshot();
  }
  // Everything the refusals must leave as it was.
  std::string snapshot() {
    SQLite::Database db((dir_ / "thuky.db").string());
    SQLite::Statement q(db,
                        "SELECT polling_area, election_id, unit_number FROM "
                        "delegates_polling_units ORDER BY 1, 2");
    std::string units;
    while (q.executeStep()) {
      units += q.getColumn(0).getString() + " " + q.getColumn(1).getString() + " " +
               q.getColumn(2).getString() + "\n";
    }
    return thuky({"election", "candidates", "list"}).out +
           thuky({"election", "tally", "list"}).out + units;
  }
  RunResult import_candidates_from(const std::string& text) {
    write_file(dir_ / "candidates.csv", text);
    return thuky({"election", "candidates", "import", (dir_ / "candidates.csv").string(),
                  "--election", "hdnd-tinh-2026"});
  }
  void expect_unchanged() {
    EXPECT_EQ(snapshot(), before_);
    EXPECT_EQ(rows("delegates_candidates"), 15);
    EXPECT_EQ(rows("delegates_polling_areas"), 5);
    EXPECT_EQ(rows("delegates_tallies"), 12);
  }
  const std::string list_ = read_file(kSample / "candidates-hdnd-tinh.csv");
  const std::string thanh_ = "2,Trương Công Thanh,30/04/1979";
  std::string before_;
};

TEST_F(Counted, ACountedCandidateCannotBeRemoved) {
  std::string list = list_;
  const auto at = list.find(thanh_);
  list.erase(at, list.find('\n', at) + 1 - at);
  const RunResult r = import_candidates_from(list);
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "error: Trương Công Thanh is not in 'candidates.csv' but has votes in the count of KX01: "
      "keep the candidate, or set the counts again without them first\n";
  EXPECT_EQ(r.err, expected);
  expect_unchanged();
}

TEST_F(Counted, ACountedCandidateCannotMoveToAnotherUnit) {
  std::string list = list_;
  list[list.find(thanh_)] = '1';
  const RunResult r = import_candidates_from(list);
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "error: hdnd-tinh-2026: the count of KX01 has votes for Trương Công Thanh, but Trương Công "
      "Thanh would stand in unit 1 and KX01 vote in unit 2; a counted polling area or candidate "
      "cannot move to another unit\n";
  EXPECT_EQ(r.err, expected);
  expect_unchanged();
}

TEST_F(Counted, ACountedUnitTakesNoNewCandidate) {
  const auto at = list_.find(thanh_);
  std::string added = list_.substr(at, list_.find('\n', at) + 1 - at);
  added.replace(0, thanh_.size(), "2,Trương Văn Mới,01/01/1980");
  const RunResult r = import_candidates_from(list_ + added);
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "error: hdnd-tinh-2026: Trương Văn Mới would stand in unit 2, but the count of KX01 has no "
      "votes for them; the candidates of a counted unit cannot change\n";
  EXPECT_EQ(r.err, expected);
  expect_unchanged();
}

TEST_F(Counted, ACountedPollingAreaCannotBeRemoved) {
  const RunResult r =
      thuky({"election", "import", variant("election.toml", "code = \"ST01\"", "code = \"ST02\"")});
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "error: polling area 'ST01' is not in the file but has counts; keep it in the file\n";
  EXPECT_EQ(r.err, expected);
  expect_unchanged();
}

TEST_F(Counted, ACountedPollingAreaCannotMoveToAnotherUnit) {
  const RunResult r =
      thuky({"election", "import",
             variant("election.toml", "units = { dbqh-2026 = 3, hdnd-tinh-2026 = 2 }",
                     "units = { dbqh-2026 = 3, hdnd-tinh-2026 = 1 }")});
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "error: hdnd-tinh-2026: the count of ST01 has votes for Trương Công Thanh, but Trương "
      "Công Thanh would stand in unit 2 and ST01 vote in unit 1; a counted polling area or "
      "candidate cannot "
      "move to another unit\n";
  EXPECT_EQ(r.err, expected);
  expect_unchanged();
}

TEST_F(Counted, ACountedPollingAreaCannotLeaveTheElection) {
  const RunResult r =
      thuky({"election", "import",
             variant("election.toml", "units = { dbqh-2026 = 3, hdnd-tinh-2026 = 2 }",
                     "units = { dbqh-2026 = 3 }")});
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "error: hdnd-tinh-2026: the count of ST01 has votes for Trương Công Thanh, but Trương "
      "Công Thanh would stand in unit 2 and ST01 not vote in this election; a counted polling area "
      "or "
      "candidate cannot move to another unit\n";
  EXPECT_EQ(r.err, expected);
  expect_unchanged();
}

TEST_F(Counted, TheSameFilesImportAgain) {
  EXPECT_EQ(thuky({"election", "import", sample("election.toml")}).exit_code, 0);
  EXPECT_EQ(import_candidates_from(list_).exit_code, 0);
  EXPECT_EQ(snapshot(), before_);
}

}  // namespace
}  // namespace thuky::test
