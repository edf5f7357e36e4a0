// Who may stand on a voter or candidate list, end to end: names checked by the host's one
// rule, the age rule in the plugin's catalogue (Vietnamese in the rejects file), a voter
// struck off and put back, one person twice in a file, and imports that keep quiet under -q.
#include "election_fixture.hpp"

namespace thuky::test {
namespace {

const std::string kVoterHeader =
    "Khu vực bỏ phiếu,Họ và tên,Ngày sinh,Giới tính,Hộ,Nơi cư trú,Số định danh cá nhân\n";

TEST_F(Election, VoterAndCandidateNamesAreCheckedAsNames) {
  import_day();
  write_file(dir_ / "v.csv", kVoterHeader +
                                 "KV01,=1+1,1980,Nam,,,\n"
                                 "KV01,Lê Văn 2,1980,Nam,,,\n"
                                 "KV01,'Nguyễn Văn A,1980,Nam,,,\n"
                                 "KV01,Trần@Văn Ba,1980,Nam,,,\n");
  const RunResult r = thuky({"election", "voters", "import", "v.csv"});
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "error: v.csv: 4 errors in 4 rows; nothing was imported:\n"
      "  line 2, column B \"Họ và tên\": '=1+1' begins with '=' like a spreadsheet formula: it is "
      "not a name; retype the name\n"
      "  line 3, column B \"Họ và tên\": 'Lê Văn 2' holds the digit '2': a name has no digits\n"
      "  line 4, column B \"Họ và tên\": ''Nguyễn Văn A' does not begin with a letter, as a name "
      "does\n"
      "  line 5, column B \"Họ và tên\": 'Trần@Văn Ba' holds '@', which is no part of a name\n"
      "Correct them and import again, or import with --skip-invalid to take the valid rows and "
      "write the others to 'v.rejected.csv'\n";
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(rows("delegates_voters"), 0);

  // A late voter: the same rule; a no-break space is a space, a zero-width one goes.
  RunResult add = thuky({"election", "voters", "add", "--area", "KV01", "--name", "+Lê An",
                         "--birth", "1980", "--gender", "nam"});
  EXPECT_EQ(add.exit_code, 1);
  EXPECT_EQ(add.err,
            "error: field '--name': '+Lê An' begins with '+' like a spreadsheet formula: it is "
            "not a name; retype the name\n");
  add = thuky({"election", "voters", "add", "--area", "KV01", "--name",
               "Phan\u00A0Văn\u200B\u00A0Mới", "--birth", "1980", "--gender", "nam"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_EQ(add.out, "Added Phan Văn Mới to 'KV01' as number 1.\n");
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT full_name || '|' || family_name || '|' || middle_name || '|' || "
                          "given_name FROM delegates_voters")
                .getString(),
            "Phan Văn Mới|Phan|Văn|Mới");

  write_file(dir_ / "c.csv",
             "Đơn vị bầu cử,Họ và tên,Ngày sinh,Giới tính,Dân tộc\n"
             "3,Ngô Văn Lâm,12/05/1980,Nam,Kinh\n"
             "3,@Ngô Thị Hoa,12/05/1980,Nữ,Kinh\n");
  const RunResult c =
      thuky({"election", "candidates", "import", "c.csv", "--election", "dbqh-2026"});
  EXPECT_EQ(c.exit_code, 1);
  EXPECT_EQ(c.err,
            "error: c.csv, line 3, column B \"Họ và tên\": '@Ngô Thị Hoa' begins with '@' like a "
            "spreadsheet formula: it is not a name; retype the name; nothing was imported\n");
  EXPECT_EQ(rows("people"), 0);
}

// The rejects file's "Lỗi" is Vietnamese throughout: the age rule is in the plugin's catalogue.
TEST_F(Election, TheAgeRuleSpeaksVietnameseInTheRejectsFile) {
  import_day();
  write_file(dir_ / "v.csv", kVoterHeader +
                                 "KV01,Lê Văn Già,1980,Nam,,,\n"
                                 "KV01,Lê Văn Trẻ,16/03/2008,Nam,,,\n"
                                 "KV01,Lê Văn Sai,1980,Ông,,,\n");
  const RunResult r = thuky({"election", "voters", "import", "v.csv", "--skip-invalid"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string rejects = read_file(dir_ / "v.rejected.csv");
  const std::string expected =
      "KV01,Lê Văn Trẻ,16/03/2008,Nam,,,,\"cột C: sinh 16/03/2008, đến ngày bầu cử 15/03/2026 "
      "mới 17 tuổi; cử tri phải đủ 18 tuổi trở lên\"\r\n"
      "KV01,Lê Văn Sai,1980,Ông,,,,\"cột D: “Ông” không thuộc các giá trị: Nam, Nữ\"\r\n";
  EXPECT_NE(rejects.find(expected), std::string::npos) << rejects;
  const RunResult young = thuky({"election", "voters", "add", "--area", "KV01", "--name",
                                 "Lê Văn Nhỏ", "--birth", "2009", "--gender", "nam"});
  EXPECT_EQ(young.exit_code, 1);
  EXPECT_EQ(young.err,
            "error: field '--birth': 2009 is 17 on election day 15/03/2026; a voter must be at "
            "least 18\n");
}

TEST_F(Election, AStruckOffVoterIsPutBackWithTheSameNumber) {
  import_day();
  import_voters();
  RunResult r = thuky({"election", "voters", "restore", "KV02", "2", "--reason", "Xóa nhầm"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: Nguyễn Thị Hòa (number 2 of 'KV02') is not struck off\n");
  ASSERT_EQ(
      thuky({"election", "voters", "remove", "KV02", "2", "--reason", "Đã chuyển đi nơi khác"})
          .exit_code,
      0);
  r = thuky({"election", "voters", "restore", "KV02", "2", "--reason", " "});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: field '--reason': say why the voter is put back (e.g. \"Xóa nhầm\")\n");
  r = thuky({"election", "voters", "restore", "KV02", "9", "--reason", "Xóa nhầm"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: no voter number 9 on the list of 'KV02'\n");
  r = thuky({"election", "voters", "restore", "KV02", "2", "--reason", "Xóa nhầm"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Restored number 2 of 'KV02' to the list.\n");
  const RunResult list = thuky({"election", "voters", "list", "--area", "KV02"});
  EXPECT_EQ(list.out.substr(0, list.out.find('\n', list.out.find('\n') + 1) + 1),
            "KV02\t1\tHồ Văn Sơn\t04/04/1965\tnam\tKinh\tx\tx\tx\t\n"
            "KV02\t2\tNguyễn Thị Hòa\t1968\tnữ\tKinh\tx\tx\tx\t\n");
  EXPECT_EQ(rows("delegates_voters"), 33);
  // Both reasons are in the log.
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT changes FROM audit_log ORDER BY id DESC LIMIT 1").getString(),
            "delegates_voters: 1 restored (KV02/2: Xóa nhầm (struck off: Đã chuyển đi nơi khác))");
  r = thuky({"election", "voters", "restore", "KV02", "2", "--reason", "Xóa nhầm"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: Nguyễn Thị Hòa (number 2 of 'KV02') is not struck off\n");
}

// Without a citizen id nothing refuses one person twice: the same name, birth date, household
// and residence in one polling area is a warning naming both lines (namesakes exist).
TEST_F(Election, OnePersonTwiceInAVoterFileIsWarnedAbout) {
  import_day();
  write_file(dir_ / "v.csv", kVoterHeader +
                                 "KV01,Lê Văn An,1980,Nam,H1,thôn A,\n"
                                 "KV01,Lê Thị Bình,1982,Nữ,H1,thôn A,\n"
                                 "KV01,Lê Văn An,1980,Nam,H2,thôn A,\n"  // another household
                                 "KV02,Lê Văn An,1980,Nam,H1,thôn A,\n"  // another area
                                 "KV01,Lê Văn An,1980,Nam,H1,thôn A,\n"
                                 "KV01,Lê Thị Bình,1982,Nữ,H1,thôn A,042182000001\n");
  const RunResult r = thuky({"election", "voters", "import", "v.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 'v.csv': 6 voters in 2 polling areas.\n");
  const std::string expected =
      "warning: v.csv:6: 'Lê Văn An' (1980) is also on line 2, in the same polling area 'KV01' "
      "with the same household and residence: one voter listed twice, or namesakes? If one, "
      "strike the later off ('thuky election voters remove')\n"
      "warning: v.csv:7: 'Lê Thị Bình' (1982) is also on line 3, in the same polling area 'KV01' "
      "with the same household and residence: one voter listed twice, or namesakes? If one, "
      "strike the later off ('thuky election voters remove')\n";
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(rows("delegates_voters"), 6);
}

// -q: errors only. The import's "Imported …" line goes; the rows left out are still said.
TEST_F(Election, QuietImportsSayOnlyWhatWasLeftOut) {
  RunResult r = thuky({"-q", "election", "import", sample("election.toml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  r = thuky({"-q", "election", "voters", "import", sample("voters.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  r = thuky({"-q", "election", "candidates", "import", sample("candidates-dbqh.csv"), "--election",
             "dbqh-2026"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  write_file(dir_ / "p.csv", "Họ và tên,Ngày sinh\nLê Văn An,1980\nLê Văn Bình,31/02/1980\n");
  r = thuky({"-q", "people", "import", "p.csv", "--skip-invalid"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string expected =
      "1 row was not imported; it is in 'p.rejected.csv' with the reason in the column \"Lỗi\": "
      "correct it there and import that file.\n";
  EXPECT_EQ(r.out, expected);
  r = thuky({"people", "import", "p.csv", "--skip-invalid"});
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "Imported 'p.csv': 0 added, 1 updated.");
}

}  // namespace
}  // namespace thuky::test
