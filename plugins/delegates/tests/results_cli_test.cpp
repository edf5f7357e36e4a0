// The count and its results end to end: tallies set and imported (every consistency rule with
// its message, the store unchanged on error), results per unit, the lock and its reopening.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "election_fixture.hpp"

namespace thuky::test {
namespace {

class Results : public Election {
 protected:
  void SetUp() override {
    Election::SetUp();
    import_day();
    import_candidates();
  }
  // At a fixed moment, so lock times are known.
  RunResult at_noon(const std::vector<std::string>& args) {
    return run_thuky(args, dir_.path(), {{"THUKY_NOW", "2026-03-16T12:00"}});
  }
  void import_tally() {
    const RunResult r = thuky({"election", "tally", "import", sample("tally.csv")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string stored_tallies() { return thuky({"election", "tally", "list"}).out; }
  // `election tally set` with the counts of KV01 for the National Assembly, `changes` applied.
  RunResult set_kv01(const std::map<std::string, std::string>& changes = {}) {
    std::map<std::string, std::string> o = {{"--listed", "1245"},          {"--voted", "1198"},
                                            {"--issued", "1198"},          {"--returned", "1198"},
                                            {"--valid", "1180"},           {"--invalid", "18"},
                                            {"--votes", "389,708,920,319"}};
    for (const auto& [k, v] : changes)
      o[k] = v;
    std::vector<std::string> args = {"election", "tally",      "set", "--area",
                                     "KV01",     "--election", "ĐBQH"};
    for (const auto& [k, v] : o) {
      args.push_back(k);
      args.push_back(v);
    }
    return at_noon(args);
  }
};

TEST_F(Results, ImportStoresEveryCountInBallotOrder) {
  const RunResult r = thuky({"election", "tally", "import", sample("tally.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported '" + sample("tally.csv") + "': 12 counts.\n");
  EXPECT_EQ(rows("delegates_tallies"), 12);
  EXPECT_EQ(rows("delegates_tally_votes"), 5 * 4 + 3 * 5 + 2 * 3 + 2 * 3);
  const RunResult list = thuky({"election", "tally", "list", "--area", "ST01"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out,
            "ST01\tĐBQH\t1532\t1470\t1470\t1470\t1447\t23\t492\t854\t1143\t376\n"
            "ST01\tHĐND tỉnh\t1532\t1470\t1470\t1470\t1443\t27\t895\t823\t664\t\n");
}

TEST_F(Results, TallyListImportsBack) {
  import_tally();
  const auto before = stored_tallies();
  const RunResult out = thuky({"election", "tally", "list", "--out", (dir_ / "back.csv").string()});
  ASSERT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.out, "Wrote 12 counts to '" + (dir_ / "back.csv").string() + "'.\n");
  const RunResult again = thuky({"election", "tally", "import", (dir_ / "back.csv").string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(stored_tallies(), before);
  EXPECT_EQ(rows("delegates_tallies"), 12);
}

TEST_F(Results, ImportErrorsNameLineColumnAreaAndLevelAndChangeNothing) {
  import_tally();
  const auto before = stored_tallies();
  std::string text = read_file(kSample / "tally.csv");
  text += "KV09,ĐBQH,1,1,1,1,1,0,1,0,0,0\n";
  text += "ST01,HĐND xã,1532,1470,1470,1470,1443,27,895,823,664\n";
  text += "KV01,ĐBQH,1245,1198,1198,1198,1180,18,389,708,920,319\n";
  text += "KV01,HĐND huyện,1245,1198,1198,1198,1180,18,389,708,920,319\n";
  text += "KV01,hdnd-xa-ky-hoa-2026,1245,1198,1198,1198,1183,15,426,,864\n";
  text += "KV01,HĐND tỉnh,1245,1198,1198,1198,1177,21,836,518,659,777\n";
  text += "KV02,HĐND xã,986,951,951,952,940,12,324,464,671\n";
  text += "KV02,HĐND xã,986,951,951,951,938,13,939,0,0\n";
  text += "KV02,HĐND xã,986,951,951,951,938,12,324,464,671\n";
  text += "KV02,ĐBQH,986,951,987,951,940,11,296,578,719,268\n";
  text += "KV02,ĐBQH,986,987,951,951,940,11,296,578,719,268\n";
  text += "KV02,ĐBQH,986,951,951,951,940,11,296,578,719,-2\n";
  write_file(dir_ / "tally.csv", text);
  const RunResult r = thuky({"election", "tally", "import", (dir_ / "tally.csv").string()});
  EXPECT_EQ(r.exit_code, 1);
  const std::string file = (dir_ / "tally.csv").string();
  EXPECT_EQ(
      r.err,
      "error: " + file +
          ": 12 errors in 12 rows; nothing was imported:\n"
          "  line 14, column A \"Khu vực bỏ phiếu\": no polling area 'KV09' on ha-tinh-2026 "
          "(KV01, KV02, ST01, KA01, KX01)\n"
          "  line 15, column B \"Cuộc bầu cử\": ST01 does not vote in HĐND xã "
          "(hdnd-xa-ky-hoa-2026)\n"
          "  line 16, column B \"Cuộc bầu cử\": KV01, ĐBQH: counted already on line 2\n"
          "  line 17, column B \"Cuộc bầu cử\": no election 'HĐND huyện' on ha-tinh-2026; it has "
          "ĐBQH (dbqh-2026), HĐND tỉnh (hdnd-tinh-2026), HĐND xã (hdnd-xa-ky-hoa-2026)\n"
          "  line 18, column J \"Ứng cử viên 2\": KV01, hdnd-xa-ky-hoa-2026: no count for "
          "candidate 2\n"
          "  line 19, column M \"Ứng cử viên 5\": KV01, HĐND tỉnh: the ballot of unit 1 has 5 "
          "names; give 5 vote counts, not 4\n"
          "  line 20, column F \"Số phiếu thu vào\": KV02, HĐND xã: 952 ballots returned but 951 "
          "issued\n"
          "  line 21, column I \"Ứng cử viên 1\": KV02, HĐND xã: candidate 1 has 939 votes, more "
          "than the 938 valid ballots\n"
          "  line 22, column G \"Số phiếu hợp lệ\": KV02, HĐND xã: valid 938 + invalid 12 is "
          "950, not the 951 returned\n"
          "  line 23, column E \"Số phiếu phát ra\": KV02, ĐBQH: 987 ballots issued but 986 "
          "voters listed\n"
          "  line 24, column D \"Số cử tri đã bỏ phiếu\": KV02, ĐBQH: 987 voted but 986 are on "
          "the list\n"
          "  line 25, column L \"Ứng cử viên 4\": a count cannot be negative\n"
          "Correct them and import again, or import with --skip-invalid to take the valid rows "
          "and write the others to '" +
          (dir_ / "tally.rejected.csv").string() + "'\n");
  EXPECT_EQ(stored_tallies(), before);
}

TEST_F(Results, SetChecksEachRuleAndNamesAreaAndLevel) {
  EXPECT_EQ(set_kv01().out, "Set the count of KV01, ĐBQH.\n");
  const auto before = stored_tallies();
  const std::vector<std::pair<std::map<std::string, std::string>, std::string>> cases = {
      {{{"--voted", "1246"}}, "1246 voted but 1245 are on the list"},
      {{{"--issued", "1246"}, {"--returned", "1198"}},
       "1246 ballots issued but 1245 voters listed"},
      {{{"--returned", "1199"}, {"--valid", "1181"}}, "1199 ballots returned but 1198 issued"},
      {{{"--invalid", "17"}}, "valid 1180 + invalid 17 is 1197, not the 1198 returned"},
      {{{"--votes", "0,1181,0,0"}}, "candidate 2 has 1181 votes, more than the 1180 valid ballots"},
      // Two seats: one valid ballot approves two names at most.
      {{{"--votes", "1180,1180,1,0"}}, "2361 votes in all, more than 1180 valid ballots × 2 seats"},
      {{{"--votes", "389,708,920"}}, "the ballot of unit 3 has 4 names; give 4 vote counts, not 3"},
  };
  for (const auto& [changes, message] : cases) {
    const RunResult r = set_kv01(changes);
    EXPECT_EQ(r.exit_code, 1) << message;
    EXPECT_EQ(r.err, "error: KV01, ĐBQH: " + message + "\n");
  }
  EXPECT_EQ(stored_tallies(), before);
  const RunResult other = at_noon(
      {"election", "tally",   "set",     "--area",    "ST01",     "--election", "HĐND xã",
       "--listed", "1",       "--voted", "1",         "--issued", "1",          "--returned",
       "1",        "--valid", "1",       "--invalid", "0",        "--votes",    "1,0,0"});
  EXPECT_EQ(other.exit_code, 1);
  EXPECT_EQ(other.err, "error: ST01 does not vote in HĐND xã (hdnd-xa-ky-hoa-2026)\n");
}

TEST_F(Results, WinnersAndFlagsPerUnit) {
  import_tally();
  const RunResult r = thuky({"election", "results"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(
      r.out,
      "dbqh-2026\t3\t96,24%\t1\tĐặng Quốc Dũng\t1799\t32,99%\t\telected\t\n"
      "dbqh-2026\t3\t96,24%\t2\tNguyễn Văn Đức\t3266\t59,89%\tx\telected\t\n"
      "dbqh-2026\t3\t96,24%\t3\tTrần Thị Thu Hằng\t4260\t78,12%\tx\telected\t\n"
      "dbqh-2026\t3\t96,24%\t4\tLương Thị Hoa\t1474\t27,03%\t\telected\t\n"
      // Four above half for three seats: the three highest, Võ Thị Thanh is not elected.
      "hdnd-tinh-2026\t1\t96,38%\t1\tNguyễn Thị Hoa\t2232\t70,34%\tx\telected\t\n"
      "hdnd-tinh-2026\t1\t96,38%\t2\tNguyễn Thị Hoa\t1417\t44,66%\t\telected\t\n"
      "hdnd-tinh-2026\t1\t96,38%\t3\tPhan Văn Hoan\t1760\t55,47%\tx\telected\t\n"
      "hdnd-tinh-2026\t1\t96,38%\t4\tHồ Xuân Hòa\t2115\t66,66%\tx\telected\t\n"
      "hdnd-tinh-2026\t1\t96,38%\t5\tVõ Thị Thanh\t1633\t51,47%\t\telected\t\n"
      "hdnd-tinh-2026\t2\t96,05%\t1\tTrương Công Thanh\t1407\t61,85%\tx\telected\t\n"
      "hdnd-tinh-2026\t2\t96,05%\t2\tBùi Thị Thái\t1300\t57,14%\tx\telected\t\n"
      "hdnd-tinh-2026\t2\t96,05%\t3\tLê Minh Tuấn\t1053\t46,29%\t\telected\t\n"
      // One of two council seats filled: fewer than two thirds, an additional election.
      "hdnd-xa-ky-hoa-2026\t1\t96,32%\t1\tDương Văn Duy\t750\t35,36%\t\tadditional_election\t\n"
      "hdnd-xa-ky-hoa-2026\t1\t96,32%\t2\tHoàng Thị Nghiệm\t1032\t48,66%\t\t"
      "additional_election\t\n"
      "hdnd-xa-ky-hoa-2026\t1\t96,32%\t3\tHoàng Văn Nghĩa\t1535\t72,37%\tx\t"
      "additional_election\t\n");
}

TEST_F(Results, NothingDecidedUntilEveryPollingAreaHasCounted) {
  ASSERT_EQ(set_kv01().exit_code, 0);
  const RunResult r = thuky({"election", "results", "--election", "dbqh-2026", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err,
            "warning: 1 unit is not counted in every polling area yet: nothing decided there\n");
  EXPECT_NE(r.out.find("\"areas\": \"1/5\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"elected\": \"x\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"status\": \"incomplete\""), std::string::npos) << r.out;
  const RunResult lock = thuky({"election", "results", "--lock", "--election", "dbqh-2026"});
  EXPECT_EQ(lock.exit_code, 1);
  EXPECT_EQ(lock.err,
            "error: ĐBQH (dbqh-2026), unit 3: 1 of 5 polling areas counted; lock the results "
            "when every polling area has counted\n");
  EXPECT_EQ(rows("delegates_results_locks"), 0);
}

TEST_F(Results, HalfOfTheListedVotersMeansReElectionOneMoreIsValid) {
  // 2.000 listed, 1.000 voted: exactly half, not more — re-election, nobody elected.
  const auto count = [&](const std::string& area, int listed, int voted) {
    const std::string v = std::to_string(voted);
    return at_noon({"election",
                    "tally",
                    "set",
                    "--area",
                    area,
                    "--election",
                    "dbqh-2026",
                    "--listed",
                    std::to_string(listed),
                    "--voted",
                    v,
                    "--issued",
                    v,
                    "--returned",
                    v,
                    "--valid",
                    v,
                    "--invalid",
                    "0",
                    "--votes",
                    fmt::format("{},{},0,0", voted, voted)})
        .exit_code;
  };
  ASSERT_EQ(count("KV01", 1000, 500), 0);
  ASSERT_EQ(count("KV02", 400, 200), 0);
  ASSERT_EQ(count("ST01", 200, 100), 0);
  ASSERT_EQ(count("KA01", 200, 100), 0);
  ASSERT_EQ(count("KX01", 200, 100), 0);
  const auto statuses = [&] {
    return thuky({"election", "results", "--election", "dbqh-2026", "--json"}).out;
  };
  std::string out = statuses();
  EXPECT_NE(out.find("\"turnout\": \"50,00%\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"status\": \"re_election\""), std::string::npos) << out;
  EXPECT_EQ(out.find("\"elected\": \"x\""), std::string::npos) << out;
  ASSERT_EQ(count("ST01", 200, 101), 0);  // one voter more than half
  out = statuses();
  EXPECT_NE(out.find("\"status\": \"elected\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"name\": \"Đặng Quốc Dũng\", \"birth_date\": \"1983-11-20\", "
                     "\"votes\": 1001, \"percent\": \"100,00%\", \"elected\": \"x\""),
            std::string::npos)
      << out;
}

TEST_F(Results, LockedResultsRefuseChangesUntilReopenedWithAReason) {
  import_tally();
  const RunResult lock = at_noon({"election", "results", "--lock"});
  ASSERT_EQ(lock.exit_code, 0) << lock.err;
  EXPECT_EQ(lock.out,
            "Marked official the results of dbqh-2026, hdnd-tinh-2026, hdnd-xa-ky-hoa-2026.\n");
  const auto before = stored_tallies();
  const std::string locked =
      "the results of ĐBQH (dbqh-2026) are official since 2026-03-16T12:00:00+07:00: reopen "
      "them first with 'thuky election results --reopen --election dbqh-2026 --reason TEXT'";
  const RunResult set = set_kv01({{"--votes", "389,708,920,320"}});
  EXPECT_EQ(set.exit_code, 1);
  EXPECT_EQ(set.err, "error: KV01, ĐBQH: " + locked + "\n");
  const RunResult import = thuky({"election", "tally", "import", sample("tally.csv")});
  EXPECT_EQ(import.exit_code, 1);
  EXPECT_EQ(import.err.substr(0, import.err.find('\n')),
            "error: " + sample("tally.csv") + ": 12 errors in 12 rows; nothing was imported:");
  EXPECT_NE(import.err.find("  line 2, column B \"Cuộc bầu cử\": KV01, ĐBQH: " + locked + "\n"),
            std::string::npos)
      << import.err;
  EXPECT_EQ(stored_tallies(), before);

  const RunResult again = thuky({"election", "results", "--lock", "--election", "ĐBQH"});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_EQ(again.err, "warning: the results of dbqh-2026 were already official\n");

  const RunResult no_reason = thuky({"election", "results", "--reopen"});
  EXPECT_EQ(no_reason.exit_code, 2);
  EXPECT_EQ(rows("delegates_results_locks"), 3);
  for (const std::string blank : {"", "   "}) {
    const RunResult r =
        thuky({"election", "results", "--reopen", "--election", "ĐBQH", "--reason", blank});
    EXPECT_EQ(r.exit_code, 1);
    const std::string expected =
        "error: field '--reason': say why the results are reopened (it is recorded)\n";
    EXPECT_EQ(r.err, expected);
  }
  EXPECT_EQ(rows("delegates_results_locks"), 3);
  EXPECT_EQ(rows("delegates_results_reopenings"), 0);

  const RunResult reopen = run_thuky({"election", "results", "--reopen", "--election", "ĐBQH",
                                      "--reason", "Tổ bầu cử KV01 báo nhầm số phiếu"},
                                     dir_.path(), {{"THUKY_NOW", "2026-03-16T15:30"}});
  ASSERT_EQ(reopen.exit_code, 0) << reopen.err;
  EXPECT_EQ(reopen.out, "Reopened the results of dbqh-2026.\n");
  EXPECT_EQ(rows("delegates_results_locks"), 2);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT election_id || '|' || locked_at || '|' || reopened_at || '|' || "
                          "reason FROM delegates_results_reopenings")
                .getString(),
            "dbqh-2026|2026-03-16T12:00:00+07:00|2026-03-16T15:30:00+07:00|Tổ bầu cử KV01 báo "
            "nhầm số phiếu");
  EXPECT_EQ(db.execAndGet("SELECT changes FROM audit_log ORDER BY id DESC LIMIT 1").getString(),
            "delegates_results_locks: 1 reopened (dbqh-2026: Tổ bầu cử KV01 báo nhầm số phiếu)");
  EXPECT_EQ(set_kv01({{"--votes", "389,708,920,320"}}).exit_code, 0);
}

// An official result stands on its unit: the election file and the candidate lists cannot
// change a locked unit's seats, areas, polling areas or candidates until it is reopened.
// The voter lists the official results were counted against are frozen with them: a voter is
// neither struck off nor put back until the results are reopened.
TEST_F(Results, LockedResultsFreezeTheVoterListsTheyCountedAgainst) {
  ASSERT_EQ(thuky({"election", "voters", "import", sample("voters.csv")}).exit_code, 0);
  ASSERT_EQ(
      thuky({"election", "voters", "remove", "KV02", "2", "--reason", "Đã chuyển đi"}).exit_code,
      0);
  import_tally();
  ASSERT_EQ(at_noon({"election", "results", "--lock"}).exit_code, 0);
  const std::string locked =
      "error: the results of ĐBQH (dbqh-2026) are official since 2026-03-16T12:00:00+07:00 and "
      "were counted against the voter list of 'KV02': reopen them first with 'thuky election "
      "results --reopen --election dbqh-2026 --reason TEXT'\n";
  RunResult r = thuky({"election", "voters", "restore", "KV02", "2", "--reason", "Xóa nhầm"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, locked);
  r = thuky({"election", "voters", "remove", "KV02", "3", "--reason", "Đã mất"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, locked);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT group_concat(card) FROM delegates_voters WHERE polling_area = "
                          "'KV02' AND removed_reason IS NOT NULL")
                .getString(),
            "2");
  ASSERT_EQ(thuky({"election", "results", "--reopen", "--election", "dbqh-2026", "--reason",
                   "Sửa danh sách"})
                .exit_code,
            0);
  ASSERT_EQ(thuky({"election", "results", "--reopen", "--election", "hdnd-tinh-2026", "--reason",
                   "Sửa danh sách"})
                .exit_code,
            0);
  ASSERT_EQ(thuky({"election", "results", "--reopen", "--election", "hdnd-xa-ky-hoa-2026",
                   "--reason", "Sửa danh sách"})
                .exit_code,
            0);
  r = thuky({"election", "voters", "restore", "KV02", "2", "--reason", "Xóa nhầm"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(Results, LockedUnitsRefuseAnImportThatChangesWhatTheResultsRestOn) {
  import_tally();
  ASSERT_EQ(at_noon({"election", "results", "--lock"}).exit_code, 0);
  const std::string results = thuky({"election", "results"}).out;
  const RunResult seats =
      thuky({"election", "import",
             variant("election.toml", "{ number = 3, seats = 2,", "{ number = 3, seats = 3,")});
  EXPECT_EQ(seats.exit_code, 1);
  const std::string refused =
      "error: ĐBQH (dbqh-2026), unit 3: the results are official since "
      "2026-03-16T12:00:00+07:00 and this import would change its seats; reopen them first with "
      "'thuky election results --reopen --election dbqh-2026 --reason TEXT'\n";
  EXPECT_EQ(seats.err, refused);
  EXPECT_EQ(seats.out, "");
  EXPECT_EQ(thuky({"election", "results"}).out, results);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(
      db.execAndGet("SELECT seats FROM delegates_units WHERE election_id = 'dbqh-2026'").getInt(),
      2);
  // The same file again changes nothing and is taken.
  EXPECT_EQ(thuky({"election", "import", sample("election.toml")}).exit_code, 0);
  ASSERT_EQ(thuky({"election", "results", "--reopen", "--election", "dbqh-2026", "--reason",
                   "Sửa số đại biểu được bầu"})
                .exit_code,
            0);
  const RunResult reopened = thuky({"election", "import", (dir_ / "election.toml").string()});
  EXPECT_EQ(reopened.exit_code, 0) << reopened.err;
}

TEST_F(Results, TallyMinutesOfAPollingAreaAndLevel) {
  import_tally();
  const RunResult r = thuky({"election", "render", "--doc", "tally", "--area", "ST01", "--election",
                             "dbqh-2026", "--out", "pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "pdf/ha-tinh-2026-ST01-dbqh-2026-bien-ban-kiem-phieu.pdf\n");
  EXPECT_EQ(
      flat(text_of("ha-tinh-2026-ST01-dbqh-2026-bien-ban-kiem-phieu.pdf")),
      std::string("Mẫu số 20/HĐBC-QH TỈNH HÀ TĨNH PHƯỜNG SÔNG TRÍ TỔ BẦU CỬ SỐ 1 CỘNG HÒA XÃ HỘI "
                  "CHỦ NGHĨA "
                  "VIỆT NAM Độc lập - Tự do - Hạnh phúc BIÊN BẢN Kết quả kiểm phiếu bầu cử đại "
                  "biểu Quốc hội khóa XVI, nhiệm kỳ 2026–2031 Đơn vị bầu cử số 3 Hồi …… giờ …… "
                  "phút, ngày 15 tháng 3 năm 2026, Tổ bầu cử khu vực bỏ phiếu số 1 - tổ dân phố "
                  "Hồng Hà, phường Sông Trí, đơn vị bầu cử số 3, gồm có: 1. Ông (bà) "
                  "…………………, Tổ trưởng; 2. Ông (bà) …………………, Thư ký; 3. Ông (bà) …………………, Ủy viên; "
                  "4. Ông (bà) …………………, Ủy viên; 5. Ông (bà) …………………, Ủy viên; sau khi kết thúc "
                  "cuộc bỏ phiếu, đã tiến hành kiểm phiếu tại ………………… với sự chứng kiến của hai "
                  "cử tri không phải là người ứng cử: 1. Ông (bà) …………………; 2. Ông (bà) …………………. "
                  "Kết quả kiểm phiếu như sau: 1. Tổng số cử tri của khu vực bỏ phiếu: 1.532. 2. "
                  "Số cử tri đã tham gia bỏ phiếu: 1.470, đạt 95,95% tổng số cử tri. 3. Số phiếu "
                  "phát ra: 1.470. 4. Số phiếu thu vào: 1.470. 5. Số phiếu hợp lệ: 1.447. 6. Số "
                  "phiếu không hợp lệ: 23. 7. Số phiếu bầu cho mỗi người ứng cử (xếp theo thứ tự "
                  "trên phiếu bầu): STT Họ và tên Số phiếu bầu 1 Ông Đặng Quốc Dũng 492 2 Ông "
                  "Nguyễn Văn Đức 854 3 Bà Trần Thị Thu Hằng 1.143 4 Bà Lương Thị Hoa 376  2 8. "
                  "Khiếu nại, tố cáo: nhận được …………………; đã giải quyết …………………; chuyển đến Ban "
                  "bầu cử …………………. Biên bản này được lập thành 03 bản và được gửi đến Ban bầu "
                  "cử, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp "
                  "xã./. CỬ TRI CHỨNG KIẾN (Ký, ghi rõ họ tên) CỬ TRI CHỨNG KIẾN (Ký, ghi rõ họ "
                  "tên) THƯ KÝ (Ký, ghi rõ họ tên) TM. TỔ BẦU CỬ TỔ TRƯỞNG (Ký, ghi rõ họ tên, "
                  "đóng dấu)  "));
}

// A polling area not named "Khu vực bỏ phiếu số N - …": its team is headed by its name, and no
// paper prints the store's code ("KV01").
TEST_F(Results, ATeamOfAnUnnumberedPollingAreaIsHeadedByItsName) {
  ASSERT_EQ(thuky({"election", "import",
                   variant("election.toml", "name = \"Khu vực bỏ phiếu số 1 - thôn Đông Hà\"",
                           "name = \"Nhà văn hóa thôn Đông Hà\"")})
                .exit_code,
            0);
  import_tally();
  ASSERT_EQ(thuky({"election", "render", "--doc", "tally", "--area", "KV01", "--election",
                   "dbqh-2026", "--out", "pdf"})
                .exit_code,
            0);
  const std::string text = flat(text_of("ha-tinh-2026-KV01-dbqh-2026-bien-ban-kiem-phieu.pdf"));
  const std::string heading =
      "Mẫu số 20/HĐBC-QH TỈNH HÀ TĨNH XÃ KỲ HOA TỔ BẦU CỬ NHÀ VĂN HÓA THÔN ĐÔNG HÀ ";
  EXPECT_EQ(text.substr(0, heading.size()), heading);
  const std::string opening =
      "ngày 15 tháng 3 năm 2026, Tổ bầu cử khu vực bỏ phiếu Nhà văn hóa thôn Đông Hà, xã Kỳ Hoa, "
      "đơn vị bầu cử số 3, gồm có:";
  EXPECT_NE(text.find(opening), std::string::npos) << text;
  EXPECT_EQ(text.find("KV01"), std::string::npos) << text;
}

// The Council issues its forms anew for each election: the numbers are settings.
TEST_F(Results, FormNumbersComeFromTheSettings) {
  import_tally();
  configure("forms.tally_council = \"Mẫu số 19/HĐBC-HĐND\"\nforms.tally_national_assembly = \"\"");
  for (const char* election : {"hdnd-xa-ky-hoa-2026", "dbqh-2026"}) {
    const RunResult r = thuky({"election", "render", "--doc", "tally", "--area", "KV02",
                               "--election", election, "--out", "pdf"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const std::string council =
      flat(text_of("ha-tinh-2026-KV02-hdnd-xa-ky-hoa-2026-bien-ban-kiem-phieu.pdf"));
  const std::string expected = "Mẫu số 19/HĐBC-HĐND TỈNH HÀ TĨNH XÃ KỲ HOA TỔ BẦU CỬ SỐ 2 ";
  EXPECT_EQ(council.substr(0, expected.size()), expected);
  const std::string national = flat(text_of("ha-tinh-2026-KV02-dbqh-2026-bien-ban-kiem-phieu.pdf"));
  const std::string unnumbered = "TỈNH HÀ TĨNH XÃ KỲ HOA TỔ BẦU CỬ SỐ 2 ";
  EXPECT_EQ(national.substr(0, unnumbered.size()), unnumbered);
}

TEST_F(Results, ResultsMinutesProposeAnAdditionalElection) {
  import_tally();
  const RunResult r = thuky({"election", "render", "--doc", "results", "--election",
                             "hdnd-xa-ky-hoa-2026", "--out", "pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "pdf/hdnd-xa-ky-hoa-2026-dv01-bien-ban-ket-qua-bau-cu.pdf\n"
            "pdf/hdnd-xa-ky-hoa-2026-bien-ban-tong-ket.pdf\n");
  EXPECT_EQ(
      flat(text_of("hdnd-xa-ky-hoa-2026-dv01-bien-ban-ket-qua-bau-cu.pdf")),
      std::string("Mẫu số 26/HĐBC-HĐND ỦY BAN BẦU CỬ XÃ KỲ HOA BAN BẦU CỬ ĐẠI BIỂU HĐND XÃ "
                  "ĐƠN VỊ BẦU CỬ SỐ 1 "
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc BIÊN BẢN Xác "
                  "định kết quả bầu cử đại biểu Hội đồng nhân dân xã Kỳ Hoa khóa I, nhiệm kỳ "
                  "2026–2031 ở đơn vị bầu cử số 1 Hồi …… giờ …… phút, ngày …… tháng …… năm 2026, "
                  "tại …………………, Ban bầu cử đơn vị bầu cử số 1 đã họp để xác định kết quả bầu cử "
                  "ở đơn vị bầu cử. Đơn vị bầu cử số 1 gồm: xã Kỳ Hoa. Ban bầu cử đã nhận biên "
                  "bản kết quả kiểm phiếu của 2 trên 2 khu vực bỏ phiếu thuộc đơn vị bầu cử và "
                  "xác định kết quả như sau: Số đại biểu được bầu: 2. Số người ứng cử: 3. 1. "
                  "Tổng số cử tri trong danh sách cử tri: 2.231. 2. Số cử tri đã tham gia bỏ "
                  "phiếu: 2.149, đạt 96,32% tổng số cử tri. 3. Số phiếu phát ra: 2.149. 4. Số "
                  "phiếu thu vào: 2.148. 5. Số phiếu hợp lệ: 2.121. 6. Số phiếu không hợp lệ: "
                  "27. 7. Số phiếu bầu cho mỗi người ứng cử (xếp theo thứ tự trên phiếu bầu): "
                  "STT Họ và tên Số phiếu bầu Tỷ lệ so với số phiếu hợp lệ 1 Ông Dương Văn Duy "
                  "750 35,36% 2 Bà Hoàng Thị Nghiệm 1.032 48,66% 3 Ông Hoàng Văn Nghĩa 1.535 "
                  "72,37% 8. Căn cứ kết quả trên, những người trúng cử (được quá một nửa tổng số "
                  "phiếu hợp lệ, theo thứ tự số phiếu từ cao xuống thấp): 1 người. - Ông Hoàng "
                  "Văn Nghĩa, 1.535 phiếu, đạt 72,37% số phiếu hợp lệ. Số người trúng cử (1) "
                  "chưa đủ số đại biểu được bầu (2). Ban bầu cử đề nghị tổ chức bầu cử thêm ở "
                  "đơn vị bầu cử số 1.  2 9. Khiếu nại, tố cáo: nhận được …………………; đã giải quyết "
                  "…………………; chuyển đến Ủy ban bầu cử …………………. Biên bản này được lập thành 04 "
                  "bản./. THƯ KÝ (Ký, ghi rõ họ tên) PHÓ TRƯỞNG BAN (Ký, ghi rõ họ tên) TM. BAN "
                  "BẦU CỬ TRƯỞNG BAN (Ký, ghi rõ họ tên, đóng dấu)  "));
}

TEST_F(Results, ResultsMinutesWaitForEveryCount) {
  ASSERT_EQ(set_kv01().exit_code, 0);
  const RunResult r =
      thuky({"election", "render", "--doc", "results", "--election", "dbqh-2026", "--out", "pdf"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: ĐBQH (dbqh-2026), unit 3: 1 of 5 polling areas counted; the results minutes "
            "need every count\n");
}

// A commune of a unit without a polling area: its voters had nowhere to vote, and the results
// minutes would say the board received the counts of "2 trên 2 khu vực bỏ phiếu" of the unit.
// The listing says the unit is undecided and why (status no_polling_area, the commune; a warning
// with the fix) and succeeds, text or JSON alike; its minutes and the lock are refused (exit 1).
// The units whose communes all have one keep their results.
TEST_F(Results, NoResultsForAUnitWithACommuneWithoutPollingArea) {
  const std::string day = variant("election.toml",
                                  "\n[[polling_areas]]\ncode = \"KA01\"\n"
                                  "name = \"Khu vực bỏ phiếu số 1 - thôn Bắc Sơn\"\n"
                                  "areas = [\"18094\"]\n"
                                  "units = { dbqh-2026 = 3, hdnd-tinh-2026 = 1 }\n",
                                  "");
  ASSERT_EQ(thuky({"election", "import", day}).exit_code, 0);
  std::string tally = read_file(kSample / "tally.csv");
  for (auto at = tally.find("KA01,"); at != std::string::npos; at = tally.find("KA01,"))
    tally.erase(at, tally.find('\n', at) + 1 - at);
  write_file(dir_ / "tally.csv", tally);
  ASSERT_EQ(thuky({"election", "tally", "import", (dir_ / "tally.csv").string()}).exit_code, 0);
  const std::string problem =
      "HĐND tỉnh (hdnd-tinh-2026), unit 1: no polling area votes in xã Kỳ Anh (18094) for this "
      "unit, so its voters had nowhere to vote and the unit's results cannot be declared; add a "
      "polling area for it to the election file (units = { hdnd-tinh-2026 = 1 }) and import it "
      "again with 'thuky election import'";

  // `election check` warns (the file may still be being written).
  const RunResult check = thuky({"election", "check"});
  const std::string warning =
      "warn\tpolling areas\thdnd-tinh-2026 unit 1\tno polling area in xã Kỳ Anh (18094) votes "
      "in this unit: its voters have nowhere to vote\n";
  EXPECT_NE(check.out.find(warning), std::string::npos) << check.out;

  const RunResult results = thuky({"election", "results", "--election", "hdnd-tinh-2026"});
  EXPECT_EQ(results.exit_code, 0);
  EXPECT_EQ(results.err, "warning: " + problem + "\n");
  const std::string undecided =
      "hdnd-tinh-2026\t1\t96,32%\t1\tNguyễn Thị Hoa\t1491\t70,36%\t\tno_polling_area\t\n";
  EXPECT_EQ(results.out.substr(0, undecided.size()), undecided) << results.out;
  EXPECT_NE(results.out.find("\tx\telected\t\n"), std::string::npos) << results.out;  // unit 2

  const RunResult listed = thuky({"election", "results", "--election", "hdnd-tinh-2026", "--json"});
  EXPECT_EQ(listed.exit_code, 0);
  EXPECT_EQ(listed.err, "warning: " + problem + "\n");
  const nlohmann::json rows_of = nlohmann::json::parse(listed.out)["results"];
  ASSERT_EQ(rows_of.size(), 8u) << listed.out;
  for (const auto& row : rows_of) {
    const bool first = row["unit"] == 1;
    EXPECT_EQ(row["status"], first ? "no_polling_area" : "elected") << row.dump();
    EXPECT_EQ(row["no_polling_area_in"], first ? "xã Kỳ Anh (18094)" : "") << row.dump();
    if (first) {
      EXPECT_EQ(row["elected"], "") << row.dump();
    }
  }

  const RunResult minutes = thuky(
      {"election", "render", "--doc", "results", "--election", "hdnd-tinh-2026", "--out", "pdf"});
  EXPECT_EQ(minutes.exit_code, 1);
  EXPECT_EQ(minutes.err, "error: " + problem + "\n");
  EXPECT_FALSE(
      std::filesystem::exists(dir_ / "pdf" / "hdnd-tinh-2026-dv01-bien-ban-ket-qua-bau-cu.pdf"));
  const RunResult other = thuky({"election", "render", "--doc", "results", "--election",
                                 "hdnd-tinh-2026", "--unit", "2", "--out", "pdf"});
  EXPECT_EQ(other.exit_code, 0) << other.err;
  EXPECT_EQ(other.out, "pdf/hdnd-tinh-2026-dv02-bien-ban-ket-qua-bau-cu.pdf\n");

  const RunResult lock = thuky({"election", "results", "--lock", "--election", "hdnd-tinh-2026"});
  EXPECT_EQ(lock.exit_code, 1);
  EXPECT_EQ(lock.err, "error: " + problem + "\n");
  EXPECT_EQ(rows("delegates_results_locks"), 0);
  // The commune council has every commune covered: its results stand.
  EXPECT_EQ(thuky({"election", "results", "--election", "HĐND xã"}).exit_code, 0);
}

TEST_F(Results, PackageTravelsUpAndATamperedOneIsRefused) {
  import_tally();
  const std::string package = (dir_ / "goi").string();
  const RunResult out = thuky({"election", "results", "export", package, "--election", "ĐBQH"});
  ASSERT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.out, "Wrote the results package '" + package + "' (8 files):\n" + package +
                         "/results.json\n" + package +
                         "/ha-tinh-2026-KV01-dbqh-2026-bien-ban-kiem-phieu.pdf\n" + package +
                         "/ha-tinh-2026-KV02-dbqh-2026-bien-ban-kiem-phieu.pdf\n" + package +
                         "/ha-tinh-2026-ST01-dbqh-2026-bien-ban-kiem-phieu.pdf\n" + package +
                         "/ha-tinh-2026-KA01-dbqh-2026-bien-ban-kiem-phieu.pdf\n" + package +
                         "/ha-tinh-2026-KX01-dbqh-2026-bien-ban-kiem-phieu.pdf\n" + package +
                         "/dbqh-2026-dv03-bien-ban-ket-qua-bau-cu.pdf\n" + package +
                         "/SHA256SUMS\n");
  EXPECT_EQ(
      shell("cd " + quoted(std::filesystem::path(package)) + " && sha256sum --quiet -c SHA256SUMS")
          .exit_code,
      0);
  const std::string results = thuky({"election", "results", "--election", "ĐBQH"}).out;

  // The committee above: the same day and candidates, no counts yet.
  TempDir above;
  const auto run = [&](const std::vector<std::string>& args) {
    return run_thuky(args, above.path());
  };
  ASSERT_EQ(run({"init"}).exit_code, 0);
  ASSERT_EQ(run({"areas", "import", sample("areas.csv")}).exit_code, 0);
  ASSERT_EQ(run({"election", "import", sample("election.toml")}).exit_code, 0);
  ASSERT_EQ(run({"election", "candidates", "import", sample("candidates-dbqh.csv"), "--election",
                 "dbqh-2026"})
                .exit_code,
            0);
  const auto counts_above = [&] {
    SQLite::Database db((above / "thuky.db").string());
    return db.execAndGet("SELECT count(*) FROM delegates_tallies").getInt();
  };

  // One vote changed after export: refused, nothing stored.
  const std::string tampered = (above / "tampered").string();
  std::filesystem::copy(package, tampered);
  std::string json = read_file(std::filesystem::path(tampered) / "results.json");
  json.replace(json.find("\"votes\": 389"), 12, "\"votes\": 398");
  write_file(std::filesystem::path(tampered) / "results.json", json);
  const RunResult bad = run({"election", "results", "import", tampered});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ(bad.err, "error: " + tampered +
                         "/results.json: its SHA-256 does not match SHA256SUMS: the package was "
                         "changed after it was exported; nothing was imported\n");
  EXPECT_EQ(counts_above(), 0);

  // A file slipped in: refused too.
  const std::string extra = (above / "extra").string();
  std::filesystem::copy(package, extra);
  write_file(std::filesystem::path(extra) / "ghi-chu.txt", "thêm\n");
  const RunResult added = run({"election", "results", "import", extra});
  EXPECT_EQ(added.exit_code, 1);
  EXPECT_EQ(added.err, "error: " + extra +
                           "/ghi-chu.txt: not in SHA256SUMS: the package was changed after it was "
                           "exported; nothing was imported\n");
  EXPECT_EQ(counts_above(), 0);

  const RunResult good = run({"election", "results", "import", package});
  ASSERT_EQ(good.exit_code, 0) << good.err;
  EXPECT_EQ(good.out,
            "Checked the SHA-256 sums of '" + package + "' and imported 5 counts of dbqh-2026.\n");
  EXPECT_EQ(counts_above(), 5);
  EXPECT_EQ(run({"election", "results", "--election", "ĐBQH"}).out, results);
}

TEST_F(Results, SummaryMinutesOfTheCommitteeOnceEveryUnitIsDecided) {
  import_tally();
  const RunResult r = thuky(
      {"election", "render", "--doc", "results", "--election", "hdnd-tinh-2026", "--out", "pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string files =
      "pdf/hdnd-tinh-2026-dv01-bien-ban-ket-qua-bau-cu.pdf\n"
      "pdf/hdnd-tinh-2026-dv02-bien-ban-ket-qua-bau-cu.pdf\n"
      "pdf/hdnd-tinh-2026-bien-ban-tong-ket.pdf\n";
  EXPECT_EQ(r.out, files);
  const std::string expected = flat(
      "Mẫu số 27/HĐBC-HĐND\nỦY BAN BẦU CỬ\nTỈNH HÀ TĨNH\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBIÊN BẢN\n"
      "Tổng kết cuộc bầu cử đại biểu Hội đồng nhân dân\n"
      "tỉnh Hà Tĩnh khóa XIX, nhiệm kỳ 2026–2031\n"
      "Số đơn vị bầu cử: 2. Tổng số đại biểu được bầu: 5. Tổng số người ứng cử: 8.\n"
      "1. Tổng số cử tri trong danh sách cử tri: 5.747.\n"
      "2. Số cử tri đã tham gia bỏ phiếu: 5.531, đạt 96,24% tổng số cử tri.\n"
      "3. Số phiếu phát ra: 5.531.\n4. Số phiếu thu vào: 5.531.\n"
      "5. Số phiếu hợp lệ: 5.448.\n6. Số phiếu không hợp lệ: 83.\n"
      "7. Kết quả ở từng đơn vị bầu cử:\n"
      "Đơn vị bầu cử số 1 (3 đại biểu được bầu; cử tri đã tham gia bỏ phiếu: 3.218, đạt\n"
      "96,38%): 3 người trúng cử:\n"
      "- Bà Nguyễn Thị Hoa (15/09/1980), 2.232 phiếu, đạt 70,34% số phiếu hợp lệ;\n"
      "- Ông Hồ Xuân Hòa, 2.115 phiếu, đạt 66,66% số phiếu hợp lệ;\n"
      "- Ông Phan Văn Hoan, 1.760 phiếu, đạt 55,47% số phiếu hợp lệ.\n"
      "Đơn vị bầu cử số 2 (2 đại biểu được bầu; cử tri đã tham gia bỏ phiếu: 2.313, đạt\n"
      "96,05%): 2 người trúng cử:\n"
      "- Ông Trương Công Thanh, 1.407 phiếu, đạt 61,85% số phiếu hợp lệ;\n"
      "- Bà Bùi Thị Thái, 1.300 phiếu, đạt 57,14% số phiếu hợp lệ.\n"
      "8. Tổng số người trúng cử: 5 trên 5 đại biểu được bầu.\n"
      "9. Những việc quan trọng đã xảy ra trong cuộc bầu cử: ………………….\n"
      "Biên bản này được lập thành 06 bản./.\n"
      "PHÓ CHỦ TỊCH\n(Ký, ghi rõ họ tên)\nTM. ỦY BAN BẦU CỬ\nCHỦ TỊCH\n"
      "(Ký, ghi rõ họ tên, đóng dấu)\n\f");
  EXPECT_EQ(flat(text_of("hdnd-tinh-2026-bien-ban-tong-ket.pdf")), expected);
}

TEST_F(Results, NoSummaryWhileAUnitIsCountingNorForTheNationalAssembly) {
  std::string tally = read_file(kSample / "tally.csv");
  tally.erase(tally.find("ST01,HĐND tỉnh"));
  write_file(dir_ / "tally.csv", tally);
  ASSERT_EQ(thuky({"election", "tally", "import", (dir_ / "tally.csv").string()}).exit_code, 0);
  const RunResult all = thuky({"election", "render", "--out", "pdf"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_EQ(all.out.find("hdnd-tinh-2026-bien-ban-tong-ket"), std::string::npos);
  EXPECT_EQ(all.out.find("dbqh-2026-bien-ban-tong-ket"), std::string::npos);
  EXPECT_NE(all.out.find("hdnd-xa-ky-hoa-2026-bien-ban-tong-ket"), std::string::npos);
}

}  // namespace
// A committee reads its results and checks while another process writes (a long voter import,
// a team's count): reading never waits for the write lock, so it never fails as "busy".
TEST_F(Results, ResultsAndTheCheckAreReadWhileAnotherProcessWrites) {
  import_tally();
  set_busy_timeout(dir_.path(), 300);  // a waiting read would fail after 0.3 s
  const std::string before = thuky({"election", "results"}).out;
  SQLite::Database holder((dir_ / "thuky.db").string(), SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");  // another thuky in the middle of a long write

  const RunResult results = thuky({"election", "results"});
  EXPECT_EQ(results.exit_code, 0) << results.err;
  EXPECT_EQ(results.out, before);
  const RunResult check = thuky({"election", "check"});
  EXPECT_NE(check.out.find("candidates"), std::string::npos) << check.err;
  EXPECT_EQ(check.err.find("busy"), std::string::npos) << check.err;
  // Locking writes: it waits, and says so when the lock is held too long.
  const RunResult lock = thuky({"election", "results", "--lock", "--election", "ĐBQH"});
  EXPECT_EQ(lock.exit_code, 1);
  EXPECT_NE(lock.err.find("is busy"), std::string::npos) << lock.err;
  holder.exec("ROLLBACK");
}

}  // namespace thuky::test
