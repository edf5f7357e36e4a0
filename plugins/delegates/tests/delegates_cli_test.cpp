// The delegates plugin end to end: the sample election (samples/election-ha-tinh) through the
// real `thuky` binary.
#include <array>

#include "election_fixture.hpp"

namespace thuky::test {
namespace {

TEST_F(Election, ImportsTheSampleDay) {
  const RunResult r = thuky({"election", "import", sample("election.toml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Imported election day 'ha-tinh-2026' (3 elections, 4 units, 5 polling areas).\n");
  EXPECT_EQ(r.err, "");
  const RunResult list = thuky({"election", "list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out,
            "ha-tinh-2026  15/03/2026  Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng "
            "nhân dân các cấp nhiệm kỳ 2026–2031\n"
            "  dbqh-2026  ĐBQH: Quốc hội khóa XVI, nhiệm kỳ 2026–2031, 1 unit, 2 seats\n"
            "  hdnd-tinh-2026  HĐND tỉnh: Hội đồng nhân dân tỉnh Hà Tĩnh khóa XIX, nhiệm kỳ "
            "2026–2031, 2 units, 5 seats\n"
            "  hdnd-xa-ky-hoa-2026  HĐND xã: Hội đồng nhân dân xã Kỳ Hoa khóa I, nhiệm kỳ "
            "2026–2031, 1 unit, 2 seats\n");
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
            "Updated election day 'ha-tinh-2026' (3 elections, 4 units, 5 polling areas).\n");
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
  const RunResult r =
      thuky({"election", "import",
             variant("election.toml",
                     {{"  { number = 2, seats = 2, areas = [\"18085\", \"18103\"] },\n", ""},
                      {"hdnd-tinh-2026 = 2 }", "hdnd-tinh-2026 = 1 }"},
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
  EXPECT_EQ(r.err, "warning: " + file + ":25:1: unknown key 'elections[1].seat' is ignored\n");
}

TEST_F(Election, BadElectionFileNamesLineAndKey) {
  const RunResult r =
      thuky({"election", "import",
             variant("election.toml", "hdnd-tinh-2026 = 2 }", "hdnd-tinh-2026 = 5 }")});
  EXPECT_EQ(r.exit_code, 1);
  const std::string file = (dir_ / "election.toml").string();
  EXPECT_EQ(r.err, "error: " + file +
                       ":63:43: field 'polling_areas[2].units.hdnd-tinh-2026': election "
                       "'hdnd-tinh-2026' has no unit 5\n");
  EXPECT_EQ(rows("delegates_days"), 0);
}

TEST_F(Election, CandidatesListInTheOfficialOrder) {
  import_day();
  import_candidates();
  // Published order: given name first (Hoa < Hoan < Hòa: a toned vowel is its own letter after
  // the plain one; Thanh < Thái; D < Đ), then family, middle, and the earlier birth date.
  const RunResult r = thuky({"election", "candidates", "list", "--election", "hdnd-tinh-2026"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "hdnd-tinh-2026\t1\t1\tNguyễn Thị Hoa\t15/09/1980\tnữ\tKinh\tBí thư Đảng ủy xã\n"
            "hdnd-tinh-2026\t1\t2\tNguyễn Thị Hoa\t02/01/1992\tnữ\tKinh\tChuyên viên\n"
            "hdnd-tinh-2026\t1\t3\tPhan Văn Hoan\t03/03/1988\tnam\tKinh\tGiám đốc Công ty TNHH "
            "Hoan Phát\n"
            "hdnd-tinh-2026\t1\t4\tHồ Xuân Hòa\t1969\tnam\tKinh\tChủ tịch Ủy ban nhân dân xã\n"
            "hdnd-tinh-2026\t1\t5\tVõ Thị Thanh\t25/12/1990\tnữ\tKinh\tHiệu trưởng\n"
            "hdnd-tinh-2026\t2\t1\tTrương Công Thanh\t30/04/1979\tnam\tKinh\tQuản đốc phân xưởng\n"
            "hdnd-tinh-2026\t2\t2\tBùi Thị Thái\t14/02/1985\tnữ\tKinh\tTrạm trưởng Trạm Y tế\n"
            "hdnd-tinh-2026\t2\t3\tLê Minh Tuấn\t07/07/1976\tnam\tKinh\tBí thư Đảng ủy phường\n");
  const RunResult na = thuky({"election", "candidates", "list", "--election", "dbqh-2026"});
  ASSERT_EQ(na.exit_code, 0) << na.err;
  EXPECT_EQ(na.out,
            "dbqh-2026\t3\t1\tĐặng Quốc Dũng\t20/11/1983\tnam\tKinh\tBác sĩ\n"
            "dbqh-2026\t3\t2\tNguyễn Văn Đức\t1975\tnam\tKinh\tGiám đốc Hợp tác xã nông nghiệp\n"
            "dbqh-2026\t3\t3\tTrần Thị Thu Hằng\t12/05/1978\tnữ\tKinh\tPhó Chủ tịch Hội đồng nhân "
            "dân tỉnh\n"
            "dbqh-2026\t3\t4\tLương Thị Hoa\t08/1986\tnữ\tThái\tGiáo viên\n");
  // Every candidate is a person of the directory.
  EXPECT_EQ(rows("people"), 15);
}

TEST_F(Election, CandidatesListAsJsonAndSpreadsheet) {
  import_day();
  import_candidates();
  const RunResult r = thuky({"election", "candidates", "list", "--election", "hdnd-xa-ky-hoa-2026",
                             "--unit", "1", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("{\"candidates\": [\n  {\"election\": \"hdnd-xa-ky-hoa-2026\", \"unit\": "
                       "1, \"number\": 1, \"name\": \"Dương Văn Duy\", \"birth_date\": "
                       "\"1972-09-09\""),
            std::string::npos)
      << r.out;
  const RunResult out = thuky({"election", "candidates", "list", "--out", "ung-cu-vien.csv"});
  ASSERT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.out, "Wrote 15 candidates to 'ung-cu-vien.csv'.\n");
  const std::string csv = read_file(dir_ / "ung-cu-vien.csv");
  EXPECT_NE(
      csv.find(
          "hdnd-xa-ky-hoa-2026,1,3,Hoàng Văn Nghĩa,11/11/1982,nam,\"xã Kỳ Hoa, tỉnh Hà Tĩnh\""),
      std::string::npos)
      << csv;
}

TEST_F(Election, CandidateImportErrorsNameRowAndColumnAndStoreNothing) {
  import_day();
  write_file(dir_ / "bad.csv",
             "Đơn vị bầu cử,Họ và tên,Ngày sinh,Giới tính,Dân tộc\n"
             "3,Ngô Văn Lâm,12/05/1980,Nam,Kinh\n"
             "7,Lê Văn Tám,12/05/1980,Nam,Kinh\n"
             "3,Trần Văn Trẻ,16/03/2005,Nam,Kinh\n"
             "3,Hà Thị Thu,2005,X,Kinh\n"
             "3,Ngô Văn Lâm,12/05/1980,Nam,Kinh\n"
             "3,Phạm Thị Vừa,03/2005,Nữ,\n");
  const RunResult r =
      thuky({"election", "candidates", "import", "bad.csv", "--election", "dbqh-2026"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: bad.csv: 5 errors in 5 rows; nothing was imported:\n"
            "  line 3, column A \"Đơn vị bầu cử\": election 'dbqh-2026' has no unit 7\n"
            "  line 4, column C \"Ngày sinh\": 16/03/2005 is 20 on election day 15/03/2026; a "
            "candidate must be at least 21\n"
            "  line 5, column D \"Giới tính\": 'X' is not one of: Nam, Nữ\n"
            "  line 6, column B \"Họ và tên\": the same person as row 2: a candidate stands in "
            "one unit per level\n"
            "  line 7, column E \"Dân tộc\": is empty, but every row needs it\n"
            "Correct them and import again, or import with --skip-invalid to take the valid rows "
            "and write the others to 'bad.rejected.csv'\n");
  EXPECT_EQ(rows("delegates_candidates"), 0);
  EXPECT_EQ(rows("people"), 0);
}

TEST_F(Election, CandidateAgeCountsPartialDatesFromTheFirst) {
  import_day();
  // "03/2005" counts from 01/03/2005: 21 on 15/03/2026. "04/2005" is not.
  write_file(dir_ / "ages.csv",
             "Đơn vị bầu cử,Họ và tên,Ngày sinh,Giới tính,Dân tộc\n"
             "3,Phạm Thị Vừa,03/2005,Nữ,Kinh\n"
             "3,Phạm Văn Chưa,04/2005,Nam,Kinh\n");
  const RunResult r = thuky({"election", "candidates", "import", "ages.csv", "--election",
                             "dbqh-2026", "--skip-invalid"});
  // Exit 0 and the valid row stored: leaving the invalid one out was the user's choice.
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string expected =
      "Imported 'ages.csv' into dbqh-2026: 1 added, 0 updated, 0 removed.\n"
      "1 row was not imported; it is in 'ages.rejected.csv' with the reason in the column "
      "\"Lỗi\": correct it there and import that file.\n";
  EXPECT_EQ(r.out, expected);
  EXPECT_EQ(rows("delegates_candidates"), 1);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM audit_documents WHERE path LIKE "
                          "'%ages.rejected.csv'")
                .getInt(),
            1);
  EXPECT_NE(read_file(dir_ / "ages.rejected.csv")
                .find("cột C: sinh 04/2005, đến ngày bầu cử 15/03/2026 mới 20 tuổi; người ứng "
                      "cử phải đủ 21 tuổi trở lên"),
            std::string::npos);
}

TEST_F(Election, CandidateReimportUpdatesAndDropsWhoLeftTheUnitList) {
  import_day();
  import_candidates();
  const std::string file =
      variant("candidates-hdnd-xa.csv",
              {{"1,Hoàng Thị Nghiệm", "1,Hoàng Thị Nghiệm"},
               {"Trưởng thôn", "Trưởng thôn Đông Hà"},
               {"\n1,Dương Văn Duy,09/09/1972,Nam,\"xã Kỳ Hoa, tỉnh Hà Tĩnh\",\"thôn Đông Hà, xã "
                "Kỳ Hoa\",Kinh,Phật giáo,9/12,,,,,Nông dân,Thôn Đông Hà,,,x",
                ""}});
  const RunResult r =
      thuky({"election", "candidates", "import", file, "--election", "hdnd-xa-ky-hoa-2026"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Imported '" + file + "' into hdnd-xa-ky-hoa-2026: 0 added, 2 updated, 1 removed.\n");
  const RunResult list =
      thuky({"election", "candidates", "list", "--election", "hdnd-xa-ky-hoa-2026"});
  EXPECT_EQ(list.out,
            "hdnd-xa-ky-hoa-2026\t1\t1\tHoàng Thị Nghiệm\t1995\tnữ\tKinh\tKế toán\n"
            "hdnd-xa-ky-hoa-2026\t1\t2\tHoàng Văn Nghĩa\t11/11/1982\tnam\tKinh\tTrưởng thôn Đông "
            "Hà\n");
  // The person stays in the directory: only the candidacy is gone.
  EXPECT_EQ(rows("people"), 15);
}

TEST_F(Election, VotersKeepTheFileOrderAndLateOnesContinueTheNumbering) {
  import_day();
  const RunResult r = thuky({"election", "voters", "import", sample("voters.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported '" + sample("voters.csv") + "': 33 voters in 5 polling areas.\n");
  const RunResult added =
      thuky({"election", "voters", "add", "--area", "KV02", "--name", "Phan Văn Mới", "--birth",
             "1/1/1990", "--gender", "nam", "--ethnicity", "Kinh", "--level", "ĐBQH"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(added.out, "Added Phan Văn Mới to 'KV02' as number 7.\n");
  const RunResult removed =
      thuky({"election", "voters", "remove", "KV02", "2", "--reason", "Đã chuyển đi nơi khác"});
  ASSERT_EQ(removed.exit_code, 0) << removed.err;
  EXPECT_EQ(removed.out, "Struck off number 2 of 'KV02'.\n");
  const RunResult list = thuky({"election", "voters", "list", "--area", "KV02"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out,
            "KV02\t1\tHồ Văn Sơn\t04/04/1965\tnam\tKinh\tx\tx\tx\t\n"
            "KV02\t2\tNguyễn Thị Hòa\t1968\tnữ\tKinh\tx\tx\tx\tXóa tên: Đã chuyển đi nơi khác\n"
            "KV02\t3\tHồ Thị Quỳnh\t22/12/1999\tnữ\tKinh\tx\tx\tx\t\n"
            "KV02\t4\tVõ Văn Tâm\t13/07/1980\tnam\tKinh\tx\tx\tx\t\n"
            "KV02\t5\tPhan Thị Yến\t19/05/1983\tnữ\tKinh\tx\tx\tx\t\n"
            "KV02\t6\tVõ Thị Ánh\t08/03/2006\tnữ\tKinh\tx\tx\tx\t\n"
            "KV02\t7\tPhan Văn Mới\t01/01/1990\tnam\tKinh\tx\t\t\tBổ sung\n");
  // Struck off twice: refused, nothing renumbered.
  const RunResult again = thuky({"election", "voters", "remove", "KV02", "2", "--reason", "x"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.err,
            "error: Nguyễn Thị Hòa (number 2 of 'KV02') is struck off already: Đã chuyển đi nơi "
            "khác\n");
}

TEST_F(Election, AListIsImportedOnceAndACitizenIsOnOneList) {
  import_day();
  import_voters();
  const RunResult twice = thuky({"election", "voters", "import", sample("voters.csv")});
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.err.find("  line 2, column B \"Khu vực bỏ phiếu\": polling area 'KV01' has its "
                           "list already (10 voters): add late voters with 'thuky election "
                           "voters add'\n"),
            std::string::npos)
      << twice.err;
  EXPECT_EQ(rows("delegates_voters"), 33);
  const RunResult moved =
      thuky({"election", "voters", "add", "--area", "KV02", "--name", "Nguyễn Văn Bình", "--birth",
             "12/03/1958", "--gender", "nam", "--citizen-id", "042058000111"});
  EXPECT_EQ(moved.exit_code, 1);
  EXPECT_EQ(moved.err,
            "error: field '--citizen-id': already on the list of KV01 number 1: a citizen is on "
            "exactly one list\n");
}

// A first list loads without the citizen index, which is built at the end (a citizen listed
// twice in that first file is still found: VoterImportErrorsNameRowAndColumnAndStoreNothing).
TEST_F(Election, CitizenIndexIsBuiltAfterAFirstBulkLoad) {
  import_day();
  import_voters();
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                          "'delegates_voters_citizen'")
                .getInt(),
            1);
  EXPECT_EQ(rows("delegates_voters"), 33);
}

TEST_F(Election, SkipInvalidKeepsTheValidVotersOfAFirstList) {
  import_day();
  write_file(dir_ / "twice.csv",
             "Khu vực bỏ phiếu,Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân\n"
             "KV01,Trần Văn Tư,1990,Nam,042090000001\n"
             "KV01,Lê Thị Năm,1991,Nữ,042191000002\n"
             "KV02,Trần Văn Tư,1990,Nam,042090000001\n");
  const RunResult r = thuky({"election", "voters", "import", "twice.csv", "--skip-invalid"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string expected =
      "Imported 'twice.csv': 2 voters in 1 polling area.\n"
      "1 row was not imported; it is in 'twice.rejected.csv' with the reason in the column "
      "\"Lỗi\": correct it there and import that file.\n";
  EXPECT_EQ(r.out, expected);
  EXPECT_EQ(rows("delegates_voters"), 2);
  EXPECT_NE(read_file(dir_ / "twice.rejected.csv")
                .find("cột E: đã có tên trong danh sách cử tri KV01, số thứ tự 1: mỗi công dân "
                      "chỉ có tên trong một danh sách"),
            std::string::npos);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                          "'delegates_voters_citizen'")
                .getInt(),
            1);
}

// The STT a file gives is the voter-card number: checked against the list's order, never
// replaced. A gap, a repeat or a reversed list is refused by row, with the number expected.
TEST_F(Election, AFilesSttIsCheckedNeverRenumbered) {
  import_day();
  write_file(dir_ / "stt.csv",
             "STT,Khu vực bỏ phiếu,Họ và tên,Ngày sinh,Giới tính,Hộ\n"
             "1,KV01,Trần Văn Tư,1990,Nam,H-1\n"
             "3,KV01,Lê Thị Năm,1991,Nữ,H-1\n"
             "1,KV02,Ngô Văn Sáu,1992,Nam,H-2\n"
             "2,KV02,Ngô Thị Bảy,1993,Nữ,H-2\n");
  const RunResult r = thuky({"election", "voters", "import", "stt.csv"});
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "error: stt.csv, line 3, column A \"STT\": STT 3 is not this voter's place on the list "
      "of 'KV01': the next number there is 2 (a voter's number on the list is the voter-card "
      "number: numbers follow the rows without gaps or repeats; correct the STT column or the "
      "rows above); nothing was imported\n";
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(rows("delegates_voters"), 0);

  std::string file = read_file(dir_ / "stt.csv");
  file.replace(file.find("3,KV01"), 1, "2");
  write_file(dir_ / "stt.csv", file);
  const RunResult fixed = thuky({"election", "voters", "import", "stt.csv"});
  ASSERT_EQ(fixed.exit_code, 0) << fixed.err;
  SQLite::Database db((dir_ / "thuky.db").string());
  // The household column ("Hộ", not "Họ") is kept.
  const std::string stored =
      "KV01 1 Trần Văn Tư H-1|KV01 2 Lê Thị Năm H-1|KV02 1 Ngô Văn Sáu "
      "H-2|KV02 2 Ngô Thị Bảy H-2";
  EXPECT_EQ(db.execAndGet("SELECT group_concat(polling_area || ' ' || card || ' ' || full_name || "
                          "' ' || household, '|') FROM (SELECT * FROM delegates_voters ORDER BY "
                          "polling_area, card)")
                .getString(),
            stored);
}

// A rejected voter keeps no number (cards run without gaps), so the rows of its polling area
// below it no longer follow: each names the rejected row, not only "out of order". Another
// area, and a row refused for its own STT, are not affected; nothing is renumbered.
TEST_F(Election, RowsAfterARejectedVoterNameIt) {
  import_day();
  write_file(dir_ / "stt.csv",
             "STT,Khu vực bỏ phiếu,Họ và tên,Ngày sinh,Giới tính\n"
             "1,KV01,Trần Văn Tư,1990,Nam\n"
             "2,KV01,Lê Thị Năm,31/02/1991,Nữ\n"
             "3,KV01,Ngô Văn Sáu,1992,Nam\n"
             "1,KV02,Phan Văn Tám,1994,Nam\n"
             "3,KV02,Phan Thị Chín,1995,Nữ\n"
             "2,KV02,Phan Văn Mười,1996,Nam\n");
  // All or nothing: the same words in English, and nothing stored.
  const RunResult refused = thuky({"election", "voters", "import", "stt.csv"});
  EXPECT_EQ(refused.exit_code, 1);
  const std::string said =
      "error: stt.csv: 3 errors in 3 rows; nothing was imported:\n"
      "  line 3, column D \"Ngày sinh\": '31/02/1991' is not a date like 15/09/1970 (or "
      "09/1970, or 1970 when the day is unknown)\n"
      "  line 4, column A \"STT\": STT 3 is not this voter's place on the list of 'KV01': the "
      "next number there is 2, since the row of 'KV01' on line 3 above was rejected and keeps no "
      "number (numbers follow the rows without gaps; correct that row)\n"
      "  line 6, column A \"STT\": STT 3 is not this voter's place on the list of 'KV02': the "
      "next number there is 2 (a voter's number on the list is the voter-card number: numbers "
      "follow the rows without gaps or repeats; correct the STT column or the rows above)\n"
      "Correct them and import again, or import with --skip-invalid to take the valid rows and "
      "write the others to 'stt.rejected.csv'\n";
  EXPECT_EQ(refused.err, said);
  EXPECT_EQ(rows("delegates_voters"), 0);

  const RunResult r = thuky({"election", "voters", "import", "stt.csv", "--skip-invalid"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string expected =
      "Imported 'stt.csv': 3 voters in 2 polling areas.\n"
      "3 rows were not imported; they are in 'stt.rejected.csv' with the reason in the column "
      "\"Lỗi\": correct them there and import that file.\n";
  EXPECT_EQ(r.out, expected);
  SQLite::Database db((dir_ / "thuky.db").string());
  const std::string stored = "KV01 1 Trần Văn Tư|KV02 1 Phan Văn Tám|KV02 2 Phan Văn Mười";
  EXPECT_EQ(db.execAndGet("SELECT group_concat(polling_area || ' ' || card || ' ' || full_name, "
                          "'|') FROM (SELECT * FROM delegates_voters ORDER BY polling_area, card)")
                .getString(),
            stored);
  const std::string rejects = read_file(dir_ / "stt.rejected.csv");
  const std::string after_rejected =
      "cột A: STT 3 không đúng thứ tự trong danh sách cử tri khu vực “KV01”: số tiếp theo ở đó "
      "là 2, vì dòng 3 phía trên của khu vực này bị loại nên không giữ số thứ tự (số thứ tự nối "
      "tiếp nhau không bỏ sót; hãy sửa dòng đó)";
  EXPECT_NE(rejects.find(after_rejected), std::string::npos) << rejects;
  const std::string out_of_order =
      "cột A: STT 3 không đúng thứ tự trong danh sách cử tri khu vực “KV02”: số tiếp theo ở đó là "
      "2 (";
  EXPECT_NE(rejects.find(out_of_order), std::string::npos) << rejects;
}

TEST_F(Election, VoterImportErrorsNameRowAndColumnAndStoreNothing) {
  import_day();
  write_file(dir_ / "bad.csv",
             "Khu vực bỏ phiếu,Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,HĐND xã\n"
             "KV09,Ngô Văn Lâm,12/05/1980,Nam,,\n"
             "KV01,Lê Văn Tám,16/03/2008,Nam,,x\n"
             "ST01,Trần Văn Ba,1990,Nam,,x\n"
             "KV01,Trần Văn Tư,1990,Nam,042090000001,x\n"
             "KV02,Trần Văn Tư,1990,Nam,042090000001,x\n");
  const RunResult r = thuky({"election", "voters", "import", "bad.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: bad.csv: 4 errors in 4 rows; nothing was imported:\n"
            "  line 2, column A \"Khu vực bỏ phiếu\": no polling area 'KV09' on ha-tinh-2026 "
            "(polling areas: KV01, KV02, ST01, KA01, KX01)\n"
            "  line 3, column C \"Ngày sinh\": 16/03/2008 is 17 on election day 15/03/2026; a "
            "voter must be at least 18\n"
            "  line 4, column F \"HĐND xã\": polling area 'ST01' does not vote for HĐND xã\n"
            "  line 6, column E \"Số định danh cá nhân\": already on the list of KV01 number 1: a "
            "citizen is on exactly one list\n"
            "Correct them and import again, or import with --skip-invalid to take the valid rows "
            "and write the others to 'bad.rejected.csv'\n");
  EXPECT_EQ(rows("delegates_voters"), 0);
}

TEST_F(Election, CheckPassesTheSampleWithItsSmallPollingAreas) {
  configure("voters_per_polling_area = [5, 4000]");
  import_day();
  import_candidates();
  import_voters();
  const RunResult r = thuky({"election", "check"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ok\tcandidates\tdbqh-2026 unit 3\t2 seats: 4 candidates, at least 4 "
                       "needed (2 + 2)\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("ok\tcomposition\tdbqh-2026 (all units)\tethnic minorities 1/4 (25,00%), "
                       "target 18%\n"),
            std::string::npos);
  EXPECT_NE(r.out.find("ok\tvoters\tKV02\t6 voters on the list; 5 to 4.000 allowed\n"),
            std::string::npos);
  EXPECT_EQ(r.out.find("FAIL"), std::string::npos) << r.out;
  // Every commune of every unit has a polling area.
  EXPECT_EQ(r.out.find("polling areas"), std::string::npos) << r.out;
}

TEST_F(Election, CheckFailsEachLegalRuleAndExitsOne) {
  import_day();
  import_candidates();
  import_voters();
  configure("voters_per_polling_area = [6, 4000]\ncandidate_min_age = 32");
  // One candidate fewer in the province's unit 1: 3 seats need 5.
  const std::string file =
      variant("candidates-hdnd-tinh.csv",
              {{"\n1,Phan Văn Hoan,03/03/1988,Nam,\"xã Kỳ Anh, tỉnh Hà Tĩnh\",\"xã Kỳ Anh, tỉnh Hà "
                "Tĩnh\",Kinh,Không,12/12,Cử nhân Quản trị kinh doanh,,,,Giám đốc Công ty TNHH Hoan "
                "Phát,Công ty TNHH Hoan Phát,,,",
                ""}});
  const RunResult reduced =
      thuky({"election", "candidates", "import", file, "--election", "hdnd-tinh-2026"});
  ASSERT_EQ(reduced.exit_code, 0) << reduced.err;
  EXPECT_EQ(reduced.out,
            "Imported '" + file + "' into hdnd-tinh-2026: 0 added, 7 updated, 1 removed.\n");
  const RunResult r = thuky({"--json", "election", "check"});
  EXPECT_EQ(r.exit_code, 1);
  // Under --json the failure, too, is JSON.
  EXPECT_EQ(r.err,
            "{\"error\": {\"exit_code\": 1, \"message\": \"3 rules of the law are not met on "
            "ha-tinh-2026\"}}\n");
  for (const char* failure :
       {"{\"status\": \"FAIL\", \"rule\": \"candidates\", \"scope\": \"hdnd-tinh-2026 unit 1\", "
        "\"detail\": \"3 seats: 4 candidates, at least 5 needed (3 + 2)\"}",
        "{\"status\": \"FAIL\", \"rule\": \"age\", \"scope\": \"hdnd-xa-ky-hoa-2026 unit 1\", "
        "\"detail\": \"Hoàng Thị Nghiệm (1995) is 31 on election day; a candidate must be at "
        "least 32\"}",
        "{\"status\": \"FAIL\", \"rule\": \"voters\", \"scope\": \"ST01\", \"detail\": \"5 "
        "voters on the list; 6 to 4.000 allowed\"}"}) {
    EXPECT_NE(r.out.find(failure), std::string::npos) << failure << "\n" << r.out;
  }
}

TEST_F(Election, CheckFlagsACandidateInTwoElectionsOfOneLevel) {
  import_day();
  import_candidates();
  // A second commune council: Hoàng Văn Nghĩa stands in both.
  const std::string day = variant(
      "election.toml",
      {{"[[polling_areas]]\ncode = \"KV01\"",
        "[[elections]]\nid = \"hdnd-xa-ky-anh-2026\"\nlevel = \"HĐND xã\"\nkind = \"council\"\n"
        "body = \"Hội đồng nhân dân xã Kỳ Anh\"\nterm = \"khóa I, nhiệm kỳ 2026–2031\"\n"
        "units = [{ number = 1, seats = 1, areas = [\"18094\"] }]\n\n"
        "[[polling_areas]]\ncode = \"KV01\""}});
  ASSERT_EQ(thuky({"election", "import", day}).exit_code, 0);
  write_file(dir_ / "ky-anh.csv",
             "Đơn vị bầu cử,Họ và tên,Ngày sinh,Giới tính,Dân tộc\n"
             "1,Hoàng Văn Nghĩa,11/11/1982,Nam,Kinh\n");
  ASSERT_EQ(
      thuky({"election", "candidates", "import", "ky-anh.csv", "--election", "hdnd-xa-ky-anh-2026"})
          .exit_code,
      0);
  const RunResult r = thuky({"election", "check"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("FAIL\tlisted twice\tHĐND xã\ta candidate stands in hdnd-xa-ky-hoa-2026 "
                       "unit 1, hdnd-xa-ky-anh-2026 unit 1: one unit per level\n"),
            std::string::npos)
      << r.out;
}

// The same name (tone placement, case aside) and full birth date on two lists is flagged; a
// partial birth date, two namesakes of one list and a voter struck off are not. The first list
// loads without the index the check walks (built at the end); a late addition goes into it.
TEST_F(Election, CheckFlagsAVoterOnTwoLists) {
  import_day();
  write_file(dir_ / "voters.csv",
             "Khu vực bỏ phiếu,Họ và tên,Ngày sinh,Giới tính\n"
             "KV01,Nguyễn Văn An,01/02/1980,Nam\n"
             "KV01,Lê Thị Bé,1975,Nữ\n"
             "KV01,Trần Văn Cả,03/03/1970,Nam\n"
             "KV01,Trần Văn Cả,03/03/1970,Nam\n"
             "KV01,Lê Thị Thuỷ,05/05/1990,Nữ\n"
             "KV02,Lê Thị Bé,1975,Nữ\n"
             "KV02,Phạm Thị Dung,04/04/1985,Nữ\n"
             "KV02,NGUYỄN VĂN AN,01/02/1980,Nam\n"
             "ST01,Phạm Thị Dung,04/04/1985,Nữ\n"
             "ST01,Lê Thị Thủy,05/05/1990,Nữ\n");
  ASSERT_EQ(thuky({"election", "voters", "import", "voters.csv"}).exit_code, 0);
  ASSERT_EQ(thuky({"election", "voters", "add", "--area", "ST01", "--name", "Nguyễn Văn An",
                   "--birth", "01/02/1980", "--gender", "nam"})
                .exit_code,
            0);
  ASSERT_EQ(thuky({"election", "voters", "remove", "ST01", "1", "--reason", "Đã chết"}).exit_code,
            0);
  const RunResult r = thuky({"election", "check"});
  std::string twice;
  for (std::size_t at = r.out.find("\tlisted twice\tvoters\t"); at != std::string::npos;
       at = r.out.find("\tlisted twice\tvoters\t", at + 1)) {
    const auto start = r.out.rfind('\n', at) + 1;
    twice += r.out.substr(start, r.out.find('\n', at) + 1 - start);
  }
  const std::string expected =
      "warn\tlisted twice\tvoters\tLê Thị Thuỷ (05/05/1990) on KV01 number 5, ST01 number 2: one "
      "citizen, or namesakes?\n"
      "warn\tlisted twice\tvoters\tNGUYỄN VĂN AN (01/02/1980) on KV01 number 1, KV02 number 3, "
      "ST01 number 3: one citizen, or namesakes?\n";
  EXPECT_EQ(twice, expected) << r.out;
  // The printed report names the lists, not their codes.
  ASSERT_EQ(thuky({"election", "check", "--pdf", "pdf/kiem-tra.pdf"}).exit_code, 1);
  const std::string printed =
      "NGUYỄN VĂN AN (01/02/1980) có tên trong danh sách cử tri của khu vực bỏ phiếu số 1 - thôn "
      "Đông Hà (số thứ tự 1), khu vực bỏ phiếu số 2 - thôn Tây Hà (số thứ tự 3) và khu vực bỏ "
      "phiếu số 1 - tổ dân phố Hồng Hà (số thứ tự 3): một cử tri hay người trùng tên?";
  EXPECT_NE(flat(text_of("kiem-tra.pdf")).find(printed), std::string::npos)
      << text_of("kiem-tra.pdf");
  // Three listed in ST01, one struck off: two on the list.
  const std::string st01 = "FAIL\tvoters\tST01\t2 voters on the list; 300 to 4.000 allowed\n";
  EXPECT_NE(r.out.find(st01), std::string::npos) << r.out;
}

TEST_F(Election, RendersEveryPaperOfTheDay) {
  import_day();
  import_candidates();
  import_voters();
  const RunResult r = thuky({"election", "render", "--out", "pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "pdf/dbqh-2026-dv03-danh-sach-ung-cu-vien.pdf\npdf/dbqh-2026-dv03-phieu-bau.pdf\n"
            "pdf/hdnd-tinh-2026-dv01-danh-sach-ung-cu-vien.pdf\n"
            "pdf/hdnd-tinh-2026-dv01-phieu-bau.pdf\n"
            "pdf/hdnd-tinh-2026-dv02-danh-sach-ung-cu-vien.pdf\n"
            "pdf/hdnd-tinh-2026-dv02-phieu-bau.pdf\n"
            "pdf/hdnd-xa-ky-hoa-2026-dv01-danh-sach-ung-cu-vien.pdf\n"
            "pdf/hdnd-xa-ky-hoa-2026-dv01-phieu-bau.pdf\n"
            "pdf/ha-tinh-2026-KV01-danh-sach-cu-tri.pdf\n"
            "pdf/ha-tinh-2026-KV02-danh-sach-cu-tri.pdf\n"
            "pdf/ha-tinh-2026-ST01-danh-sach-cu-tri.pdf\n"
            "pdf/ha-tinh-2026-KA01-danh-sach-cu-tri.pdf\n"
            "pdf/ha-tinh-2026-KX01-danh-sach-cu-tri.pdf\n");
}

TEST_F(Election, BallotPrintsTheListOrderWithBirthDatesForEqualNames) {
  import_day();
  import_candidates();
  ASSERT_EQ(thuky({"election", "render", "--doc", "ballots", "--election", "hdnd-tinh-2026",
                   "--unit", "1", "--out", "pdf"})
                .exit_code,
            0);
  EXPECT_EQ(text_of("hdnd-tinh-2026-dv01-phieu-bau.pdf"),
            "Dấu của Tổ bầu cử\n"
            "PHIẾU BẦU CỬ\n"
            "Đại biểu Hội đồng nhân dân tỉnh Hà Tĩnh\n"
            "khóa XIX, nhiệm kỳ 2026–2031\n"
            "Đơn vị bầu cử số 1 - Số đại biểu được bầu: 3\n"
            "Bà Nguyễn Thị Hoa (15/09/1980)\n"
            "Bà Nguyễn Thị Hoa (02/01/1992)\n"
            "Ông Phan Văn Hoan\n"
            "Ông Hồ Xuân Hòa\n"
            "Bà Võ Thị Thanh\n"
            "\f");
  const PdfLayout layout = pdf_words(dir_ / "pdf" / "hdnd-tinh-2026-dv01-phieu-bau.pdf");
  EXPECT_NEAR(layout.page_width, 419.5, 1);  // A5
  EXPECT_NEAR(layout.page_height, 595.3, 1);
  // The seal box caption is the first thing on the page, top left.
  ASSERT_FALSE(layout.words.empty());
  EXPECT_EQ(layout.words[0].text, "Dấu");
  EXPECT_LT(layout.words[0].x_min, layout.page_width / 3);
}

// The colour of page 1 of `pdf` at `x_mm`, `y_mm` from its top left corner.
std::array<int, 3> colour_at(const std::filesystem::path& pdf, double x_mm, double y_mm) {
  const auto points = [](double mm) { return static_cast<int>(mm * 72 / 25.4); };
  const ShellResult r = shell("pdftoppm -r 72 -f 1 -l 1 -x " + std::to_string(points(x_mm)) +
                              " -y " + std::to_string(points(y_mm)) + " -W 1 -H 1 " + quoted(pdf));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  if (r.out.size() < 3)
    return {-1, -1, -1};
  const auto byte = [&](std::size_t from_end) {
    return static_cast<int>(static_cast<unsigned char>(r.out[r.out.size() - from_end]));
  };
  return {byte(3), byte(2), byte(1)};
}

// The committee decides each level's colour ([plugins.delegates] ballot_colours): the National
// Assembly's ballot has a pink frame, the province's yellow, the commune's none (white paper),
// unless configured otherwise.
TEST_F(Election, BallotsOfEachLevelPrintTheirColour) {
  import_day();
  import_candidates();
  const auto render = [&] {
    const RunResult r = thuky({"election", "render", "--doc", "ballots", "--out", "pdf"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  };
  render();
  // Half-way down the left edge, inside the 3 mm frame that starts 4 mm from the paper's edge.
  const auto frame = [&](const std::string& pdf) {
    return colour_at(dir_ / "pdf" / pdf, 5.5, 105);
  };
  using Rgb = std::array<int, 3>;
  EXPECT_EQ(frame("dbqh-2026-dv03-phieu-bau.pdf"), (Rgb{0xE7, 0x73, 0x9C}));
  EXPECT_EQ(frame("hdnd-tinh-2026-dv01-phieu-bau.pdf"), (Rgb{0xF0, 0xC4, 0x19}));
  EXPECT_EQ(frame("hdnd-xa-ky-hoa-2026-dv01-phieu-bau.pdf"), (Rgb{255, 255, 255}));
  configure("ballot_colours.commune = \"xanh\"");
  render();
  EXPECT_EQ(frame("hdnd-xa-ky-hoa-2026-dv01-phieu-bau.pdf"), (Rgb{0x3C, 0x8D, 0xD9}));
}

// A ballot without names is nothing a polling team could use: asked for ballots, the unit
// without candidates is refused and nothing is printed; with every paper, its ballot is left
// out with a warning naming it, and the rest print.
TEST_F(Election, ABallotWithoutCandidatesIsRefusedOrLeftOutWithAWarning) {
  import_day();
  const RunResult dbqh = thuky({"election", "candidates", "import", sample("candidates-dbqh.csv"),
                                "--election", "dbqh-2026"});
  ASSERT_EQ(dbqh.exit_code, 0) << dbqh.err;
  const RunResult refused = thuky({"election", "render", "--doc", "ballots", "--out", "pdf"});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_EQ(refused.out, "");
  const std::string said =
      "error: HĐND tỉnh (hdnd-tinh-2026), unit 1: no candidates, so no ballot to print; import "
      "the list of candidates first ('thuky election candidates import')\n";
  EXPECT_EQ(refused.err, said);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "pdf" / "dbqh-2026-dv03-phieu-bau.pdf"));

  const RunResult all = thuky({"election", "render", "--out", "pdf"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  const std::string warned =
      "warning: HĐND tỉnh (hdnd-tinh-2026), unit 1: no candidates, so no ballot to print; import "
      "the list of candidates first ('thuky election candidates import')\n"
      "warning: HĐND tỉnh (hdnd-tinh-2026), unit 2: no candidates, so no ballot to print; import "
      "the list of candidates first ('thuky election candidates import')\n"
      "warning: HĐND xã (hdnd-xa-ky-hoa-2026), unit 1: no candidates, so no ballot to print; "
      "import the list of candidates first ('thuky election candidates import')\n";
  EXPECT_EQ(all.err, warned);
  EXPECT_NE(all.out.find("pdf/dbqh-2026-dv03-phieu-bau.pdf\n"), std::string::npos) << all.out;
  EXPECT_EQ(all.out.find("hdnd-tinh-2026-dv01-phieu-bau.pdf"), std::string::npos) << all.out;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "pdf" / "dbqh-2026-dv03-phieu-bau.pdf"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "pdf" / "hdnd-tinh-2026-dv01-phieu-bau.pdf"));
}

TEST_F(Election, CandidateListHasTheUnitAndTheOfficialOrder) {
  import_day();
  import_candidates();
  ASSERT_EQ(thuky({"election", "render", "--doc", "candidates", "--election", "hdnd-xa-ky-hoa-2026",
                   "--out", "pdf"})
                .exit_code,
            0);
  const std::string text = flat(text_of("hdnd-xa-ky-hoa-2026-dv01-danh-sach-ung-cu-vien.pdf"));
  ASSERT_NE(code_in(text), "");
  EXPECT_EQ(text,
            "ỦY BAN BẦU CỬ XÃ KỲ HOA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc DANH SÁCH CHÍNH THỨC Những người ứng cử đại biểu Hội đồng nhân dân xã Kỳ "
            "Hoa khóa I, nhiệm kỳ 2026–2031 Đơn vị bầu cử số 1: gồm xã Kỳ Hoa. Số đại biểu được "
            "bầu: 2. Số người ứng cử: 3. STT Họ và tên Ngày, tháng, năm sinh Giới tính Quê quán "
            "Nơi ở hiện nay Dân tộc Tôn giáo Giáo dục phổ thông Chuyên môn, nghiệp vụ Học hàm, "
            "học vị Lý luận chính trị Ngoại ngữ Nghề nghiệp, chức vụ Nơi công tác Ngày vào Đảng "
            "Là đại biểu QH, HĐND "
            "1 Dương Văn Duy 09/09/1972 Nam xã Kỳ Hoa, tỉnh Hà Tĩnh thôn Đông Hà, xã Kỳ Hoa Kinh "
            "Phật giáo 9/12 Nông dân Thôn Đông Hà "
            "2 Hoàng Thị Nghiệm 1995 Nữ xã Kỳ Hoa, tỉnh Hà Tĩnh thôn Tây Hà, xã Kỳ Hoa Kinh "
            "Không 12/12 Cử nhân Kế toán Sơ cấp Kế toán Hợp tác xã Tây Hà "
            "3 Hoàng Văn Nghĩa 11/11/1982 Nam xã Kỳ Hoa, tỉnh Hà Tĩnh thôn Đông Hà, xã Kỳ Hoa "
            "Kinh Không 12/12 Trung cấp Nông nghiệp Trung cấp Trưởng thôn Thôn Đông Hà "
            "06/06/2008 Đại biểu HĐND xã Kỳ Hoa khóa XX "
            "Danh sách gồm 3 người, xếp theo vần chữ cái A, B, C (tên, họ, tên đệm). "
            "Kỳ Hoa, ngày …… tháng …… năm 2026 TM. ỦY BAN BẦU CỬ CHỦ TỊCH "
            "Mã kiểm tra danh sách: " +
                code_in(text) + " - Trang 1/1  ");
}

TEST_F(Election, VoterListKeepsNumbersStrikesRemovedVotersAndTotals) {
  import_day();
  import_voters();
  ASSERT_EQ(thuky({"election", "voters", "add", "--area", "KV02", "--name", "Phan Văn Mới",
                   "--birth", "1/1/1990", "--gender", "nam", "--ethnicity", "Kinh", "--temporary",
                   "--residence", "thôn Tây Hà, xã Kỳ Hoa", "--level", "ĐBQH"})
                .exit_code,
            0);
  ASSERT_EQ(thuky({"election", "voters", "remove", "KV02", "2", "--reason", "Đã chết"}).exit_code,
            0);
  ASSERT_EQ(
      thuky({"election", "render", "--doc", "voters", "--area", "KV02", "--out", "pdf"}).exit_code,
      0);
  const std::string text = flat(text_of("ha-tinh-2026-KV02-danh-sach-cu-tri.pdf"));
  ASSERT_NE(code_in(text), "");
  EXPECT_EQ(text,
            "ỦY BAN NHÂN DÂN XÃ KỲ HOA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
            "phúc DANH SÁCH CỬ TRI Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân "
            "dân các cấp nhiệm kỳ 2026–2031 Khu vực bỏ phiếu số 2 - thôn Tây Hà, xã Kỳ Hoa "
            "STT Họ và tên Ngày sinh Nam/ Nữ Dân tộc Nghề nghiệp Nơi thường trú Nơi tạm trú Bầu "
            "ĐBQH Bầu HĐND tỉnh Bầu HĐND xã Ghi chú "
            "1 Hồ Văn Sơn 04/04/1965 Nam Kinh Làm ruộng thôn Tây Hà, xã Kỳ Hoa x x x "
            "2 Nguyễn Thị Hòa 1968 Nữ Kinh Làm ruộng thôn Tây Hà, xã Kỳ Hoa x x x Xóa tên: Đã "
            "chết "
            "3 Hồ Thị Quỳnh 22/12/1999 Nữ Kinh Kế toán thôn Tây Hà, xã Kỳ Hoa x x x "
            "4 Võ Văn Tâm 13/07/1980 Nam Kinh Thợ xây thôn Tây Hà, xã Kỳ Hoa x x x "
            "5 Phan Thị Yến 19/05/1983 Nữ Kinh Làm ruộng thôn Tây Hà, xã Kỳ Hoa x x x "
            "6 Võ Thị Ánh 08/03/2006 Nữ Kinh Sinh viên thôn Tây Hà, xã Kỳ Hoa x x x "
            "7 Phan Văn Mới 01/01/1990 Nam Kinh thôn Tây Hà, xã Kỳ Hoa x Bổ sung "
            "Tổng số cử tri: 6 (nam: 3, nữ: 3); bầu ĐBQH: 6; bầu HĐND tỉnh: 5; bầu HĐND xã: 5. "
            "Số cử tri bị xóa tên khỏi danh sách: 1. Kỳ Hoa, ngày …… tháng …… năm 2026 "
            "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH "
            "Mã kiểm tra danh sách: " +
                code_in(text) + " - Trang 1/1  ");
  const auto file = dir_ / "pdf" / "ha-tinh-2026-KV02-danh-sach-cu-tri.pdf";
  const PdfLayout layout = pdf_words(file);
  EXPECT_GT(layout.page_width, layout.page_height);  // landscape
  // The struck-off voter's name has a line through it; the others do not.
  const GreyImage page = render_page(file, 1, 144);
  const double scale = page.width / layout.page_width;
  const auto struck = [&](const std::string& word) {
    for (const auto& w : layout.words) {
      if (w.text != word)
        continue;
      const int x0 = static_cast<int>(w.x_min * scale), x1 = static_cast<int>(w.x_max * scale);
      for (int y = static_cast<int>(w.y_min * scale); y <= static_cast<int>(w.y_max * scale); ++y) {
        int dark = 0;
        for (int x = x0; x < x1; ++x)
          dark += page.pixels[static_cast<std::size_t>(y * page.width + x)] < 128;
        if (dark >= (x1 - x0) * 9 / 10)
          return true;
      }
      return false;
    }
    ADD_FAILURE() << "no word " << word;
    return false;
  };
  EXPECT_TRUE(struck("Nguyễn"));
  EXPECT_TRUE(struck("1968"));
  EXPECT_FALSE(struck("Quỳnh"));
  EXPECT_FALSE(struck("Sơn"));
}

// The National Election Council publishes the official list of the National Assembly's
// candidates (Law 85/2015 Art. 57): its name heads and signs it, at its seat.
TEST_F(Election, TheNationalAssemblysListIsTheNationalElectionCouncils) {
  import_day();
  import_candidates();
  ASSERT_EQ(thuky({"election", "render", "--doc", "candidates", "--election", "dbqh-2026", "--out",
                   "pdf"})
                .exit_code,
            0);
  const std::string text = flat(text_of("dbqh-2026-dv03-danh-sach-ung-cu-vien.pdf"));
  const std::string head = "HỘI ĐỒNG BẦU CỬ QUỐC GIA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  EXPECT_EQ(text.substr(0, head.size()), head) << text;
  const std::string signed_by =
      "Hà Nội, ngày …… tháng …… năm 2026 TM. HỘI ĐỒNG BẦU CỬ QUỐC GIA "
      "CHỦ TỊCH";
  EXPECT_NE(text.find(signed_by), std::string::npos) << text;
  EXPECT_EQ(text.find("ỦY BAN BẦU CỬ"), std::string::npos) << text;
}

// A ward's polling area votes for no commune council: its list has no column for one, and its
// totals count only the levels it votes in.
TEST_F(Election, AVoterListHasAColumnForEachLevelItsAreaVotesIn) {
  import_day();
  import_voters();
  ASSERT_EQ(
      thuky({"election", "render", "--doc", "voters", "--area", "ST01", "--out", "pdf"}).exit_code,
      0);
  const std::string text = flat(text_of("ha-tinh-2026-ST01-danh-sach-cu-tri.pdf"));
  const std::string columns =
      "Nơi thường trú Nơi tạm trú Bầu ĐBQH Bầu HĐND tỉnh Ghi chú 1 Trương Văn Long 10/10/1960 "
      "Nam Kinh Hưu trí tổ dân phố Hồng Hà, phường Sông Trí x x ";
  EXPECT_NE(text.find(columns), std::string::npos) << text;
  EXPECT_EQ(text.find("HĐND xã"), std::string::npos) << text;
  const std::string totals = "; bầu ĐBQH: ";
  EXPECT_NE(text.find(totals), std::string::npos) << text;
}

}  // namespace
}  // namespace thuky::test
