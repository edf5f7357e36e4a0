// The elected delegates the plugin publishes to others (view delegates_elected_v1): the winners
// of official results only, gone again when the results are reopened.
#include "election_fixture.hpp"

namespace thuky::test {
namespace {

class Elected : public Election {
 protected:
  void SetUp() override {
    Election::SetUp();
    import_day();
    import_candidates();
    const RunResult r = thuky({"election", "tally", "import", sample("tally.csv")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // The view's rows with the people's names, as another plugin reads them.
  std::string elected() {
    SQLite::Database db((dir_ / "thuky.db").string());
    SQLite::Statement q(db,
                        "SELECT v.election_id, v.level, v.unit_number, v.place, p.full_name, "
                        "v.votes, v.locked_at, replace(v.unit_areas, char(10), ' ') FROM "
                        "delegates_elected_v1 v JOIN people p ON p.id = v.person_id ORDER BY "
                        "v.election_id, v.unit_number, v.place");
    std::string out;
    while (q.executeStep()) {
      for (int i = 0; i < q.getColumnCount(); ++i)
        out += (i ? "|" : "") + q.getColumn(i).getString();
      out += '\n';
    }
    return out;
  }
  RunResult at(const std::string& now, const std::vector<std::string>& args) {
    return run_thuky(args, dir_.path(), {{"THUKY_NOW", now}});
  }
};

TEST_F(Elected, TheWinnersOfLockedResultsOnlyAndNoneAfterAReopen) {
  // Counted but not official: nothing for other plugins yet.
  EXPECT_EQ(elected(), "");
  ASSERT_EQ(at("2026-03-16T12:00", {"election", "results", "--lock"}).exit_code, 0);
  // Every winner of `election results` (x), highest count first in each unit; the commune
  // council fills one seat of two (an additional election follows), Võ Thị Thanh is fourth of
  // three seats and not elected.
  const std::string locked = "2026-03-16T12:00:00+07:00";
  const std::string want =
      "dbqh-2026|ĐBQH|3|1|Trần Thị Thu Hằng|4260|" + locked + "|18100 18094 18085 18103\n" +
      "dbqh-2026|ĐBQH|3|2|Nguyễn Văn Đức|3266|" + locked + "|18100 18094 18085 18103\n" +
      "hdnd-tinh-2026|HĐND tỉnh|1|1|Nguyễn Thị Hoa|2232|" + locked + "|18100 18094\n" +
      "hdnd-tinh-2026|HĐND tỉnh|1|2|Hồ Xuân Hòa|2115|" + locked + "|18100 18094\n" +
      "hdnd-tinh-2026|HĐND tỉnh|1|3|Phan Văn Hoan|1760|" + locked + "|18100 18094\n" +
      "hdnd-tinh-2026|HĐND tỉnh|2|1|Trương Công Thanh|1407|" + locked + "|18085 18103\n" +
      "hdnd-tinh-2026|HĐND tỉnh|2|2|Bùi Thị Thái|1300|" + locked + "|18085 18103\n" +
      "hdnd-xa-ky-hoa-2026|HĐND xã|1|1|Hoàng Văn Nghĩa|1535|" + locked + "|18100\n";
  EXPECT_EQ(elected(), want);

  // Reopened: that election's delegates are no longer official; the others stay.
  ASSERT_EQ(at("2026-03-16T15:00", {"election", "results", "--reopen", "--election", "dbqh-2026",
                                    "--reason", "Tổ bầu cử KV01 báo nhầm số phiếu"})
                .exit_code,
            0);
  const std::string without_dbqh = want.substr(want.find("hdnd-tinh-2026"));
  EXPECT_EQ(elected(), without_dbqh);
  EXPECT_EQ(rows("delegates_elected"), 6);

  // Locked again: back, with the new time.
  ASSERT_EQ(at("2026-03-17T08:00", {"election", "results", "--lock"}).exit_code, 0);
  const std::string relocked = "2026-03-17T08:00:00+07:00";
  EXPECT_EQ(elected(), "dbqh-2026|ĐBQH|3|1|Trần Thị Thu Hằng|4260|" + relocked +
                           "|18100 18094 18085 18103\n" +
                           "dbqh-2026|ĐBQH|3|2|Nguyễn Văn Đức|3266|" + relocked +
                           "|18100 18094 18085 18103\n" + without_dbqh);
}

TEST_F(Elected, AReopenOfEveryElectionLeavesNone) {
  ASSERT_EQ(thuky({"election", "results", "--lock"}).exit_code, 0);
  ASSERT_EQ(rows("delegates_elected"), 8);
  ASSERT_EQ(thuky({"election", "results", "--reopen", "--reason", "Kiểm tra lại"}).exit_code, 0);
  EXPECT_EQ(elected(), "");
  EXPECT_EQ(rows("delegates_elected"), 0);
}

}  // namespace
}  // namespace thuky::test
