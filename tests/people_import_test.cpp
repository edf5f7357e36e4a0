// `thuky people import` on the table SDK: identity by code, lookalikes reported, Excel's CSV
// variants, every error of a file, --skip-invalid and its rejects file, export round trips.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "support/people_workspace.hpp"

namespace thuky::test {
namespace {

class PeopleImport : public PeopleWorkspace {};

TEST_F(PeopleImport, DifferentCodesAreDifferentPeopleAndLookalikesAreReported) {
  write_file(dir_ / "p.csv",
             "Mã,Họ và tên,Đơn vị,Ngày sinh\n"
             "a1,Nguyễn Văn An,Xã Kỳ Tân,01/02/1980\n"
             "a2,Nguyễn Văn An,Xã Kỳ Tân,03/04/1985\n");
  const RunResult r = thuky({"people", "import", "p.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 'p.csv': 2 added, 0 updated.\n");
  EXPECT_EQ(r.err,
            "warning: p.csv:3: 'a2' and 'a1' have the same name and unit: stored as two people; "
            "if they are one, correct the codes in the file and import again\n");
  EXPECT_EQ(count(), 2);
  EXPECT_EQ(thuky({"people", "list"}).out,
            "a1\tNguyễn Văn An\t01/02/1980\t\tXã Kỳ Tân\n"
            "a2\tNguyễn Văn An\t03/04/1985\t\tXã Kỳ Tân\n");
}

TEST_F(PeopleImport, WithoutCodesAConflictingBirthDateIsAnotherPerson) {
  write_file(dir_ / "p.csv",
             "Họ và tên,Đơn vị,Ngày sinh\n"
             "Nguyễn Văn An,Xã Kỳ Tân,01/02/1980\n"
             "Nguyễn Văn An,Xã Kỳ Tân,03/04/1985\n");
  const RunResult r = thuky({"people", "import", "p.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 'p.csv': 2 added, 0 updated.\n");
  EXPECT_EQ(thuky({"people", "list"}).out,
            "nguyen-van-an\tNguyễn Văn An\t01/02/1980\t\tXã Kỳ Tân\n"
            "nguyen-van-an-2\tNguyễn Văn An\t03/04/1985\t\tXã Kỳ Tân\n");
  // Now a row that fits both (same name and unit, no birth date) must say which one.
  write_file(dir_ / "q.csv", "Họ và tên,Đơn vị,Điện thoại\nNguyễn Văn An,Xã Kỳ Tân,0912345678\n");
  const RunResult q = thuky({"people", "import", "q.csv"});
  EXPECT_EQ(q.exit_code, 1);
  EXPECT_EQ(q.err,
            "error: q.csv, line 2, column A \"Họ và tên\": 'Nguyễn Văn An' could be any of 2 "
            "people already stored (nguyen-van-an, nguyen-van-an-2); give the code (Mã) of the "
            "one you mean; nothing was imported\n");
}

TEST_F(PeopleImport, ACodeUsedTwiceInOneFileIsAnError) {
  write_file(dir_ / "p.csv", "Mã,Họ và tên\nx1,Lê Văn An\nx2,Trần Thị Bình\nx1,Phạm Văn Cường\n");
  const RunResult r = thuky({"people", "import", "p.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: p.csv, line 4, column A \"Mã\": the code 'x1' is already used by the row 2 of "
            "this file; nothing was imported\n");
  EXPECT_EQ(count(), 0);
}

TEST_F(PeopleImport, AnUpdateKeepsWhatTheFileLeavesOut) {
  write_file(dir_ / "a.csv",
             "Mã,Họ và tên,Điện thoại,Email\nh1,Hà Văn Hùng,0912 345 678,hung@mttq.vn\n");
  write_file(dir_ / "b.csv", "Mã,Họ và tên,Chức vụ\nh1,Hà Văn Hùng,Chủ tịch\n");
  ASSERT_EQ(thuky({"people", "import", "a.csv"}).exit_code, 0);
  ASSERT_EQ(thuky({"people", "import", "b.csv"}).out, "Imported 'b.csv': 0 added, 1 updated.\n");
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT phone || '|' || email || '|' || title FROM people").getString(),
            "0912345678|hung@mttq.vn|Chủ tịch");
}

TEST_F(PeopleImport, SemicolonsTitleRowsAndExcelSeparatorLine) {
  // Excel in a locale with a decimal comma writes ';'; offices put a title above the header.
  write_file(dir_ / "vn.csv",
             "\xEF\xBB\xBF"
             "DANH SÁCH CÁN BỘ;;\r\n"
             ";;\r\n"
             "STT;Họ và tên;Ngày sinh;Đơn vị\r\n"
             "1;Hà Văn Hùng;02/03/1965;\r\n"
             "2;Lê Thị Thu Hương;1988;\"Phòng Tổ chức; Hành chính\"\r\n");
  RunResult r = thuky({"people", "import", "vn.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 'vn.csv': 2 added, 0 updated.\n");
  write_file(dir_ / "sep.csv", "sep=\t\nHọ và tên\tĐơn vị\nPhan Duy Vĩnh\tThị uỷ, Kỳ Anh\n");
  r = thuky({"people", "import", "sep.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(thuky({"people", "list"}).out,
            "ha-van-hung\tHà Văn Hùng\t02/03/1965\t\t\n"
            "le-thi-thu-huong\tLê Thị Thu Hương\t1988\t\tPhòng Tổ chức; Hành chính\n"
            "phan-duy-vinh\tPhan Duy Vĩnh\t\t\tThị uỷ, Kỳ Anh\n");
}

TEST_F(PeopleImport, EveryErrorOfTheFileIsListedWithRowAndColumn) {
  std::string csv = "Họ và tên,Giới tính,Ngày sinh,Điện thoại,Email\n";
  csv += "Lê Văn An,Nam,01/01/1980,0912345678,an@x.vn\n";  // fine
  csv += ",Nữ,,,\n";                                       // no name
  csv += "Trần Bình,Ông,30/02/1990,12ab,binh@\n";          // three errors
  for (int i = 0; i < 25; ++i)
    csv += "Người Thứ " + std::string(1, static_cast<char>('A' + i)) + ",,,,khong-phai-email\n";
  write_file(dir_ / "bad.csv", csv);
  const RunResult r = thuky({"people", "import", "bad.csv"});
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected_start =
      "error: bad.csv: 30 errors in 27 rows; nothing was imported:\n"
      "  line 3, column A \"Họ và tên\": is empty, but every row needs it\n"
      "  line 4, column B \"Giới tính\": 'Ông' is not one of: Nam, Nữ\n"
      "  line 4, column C \"Ngày sinh\": '30/02/1990' is not a date like 15/09/1970 (or "
      "09/1970, or 1970 when the day is unknown)\n"
      "  line 4, column D \"Điện thoại\": '12ab' is not a phone number like 0912 345 678\n"
      "  line 4, column E \"Email\": 'binh@' is not an email address like ten@donvi.gov.vn\n"
      "  line 5, column E \"Email\": 'khong-phai-email' is not an email address like "
      "ten@donvi.gov.vn\n";
  EXPECT_EQ(r.err.substr(0, expected_start.size()), expected_start);
  EXPECT_NE(r.err.find("\n  … and 10 more\nCorrect them and import again, or import with "
                       "--skip-invalid to take the valid rows and write the others to "
                       "'bad.rejected.csv'\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(count(), 0);
}

TEST_F(PeopleImport, SkipInvalidWritesTheValidRowsAndARejectsFileThatImportsOnceFixed) {
  write_file(dir_ / "p.csv",
             "Họ và tên,Ngày sinh,Đơn vị\n"
             "Lê Văn An,01/01/1980,Xã A\n"
             "Trần Thị Bình,31/02/1990,\"Xã B, huyện C\"\n"
             "Phạm Văn Cường,1975,Xã C\n");
  RunResult r = thuky({"people", "import", "p.csv", "--skip-invalid"});
  EXPECT_EQ(r.exit_code, 0) << "the rows left out are the ones --skip-invalid asked to skip";
  EXPECT_EQ(r.out,
            "Imported 'p.csv': 2 added, 0 updated.\n"
            "1 row was not imported; it is in 'p.rejected.csv' with the reason in the column "
            "\"Lỗi\": correct it there and import that file.\n");
  EXPECT_EQ(count(), 2);
  const std::string rejects = read_file(dir_ / "p.rejected.csv");
  EXPECT_EQ(rejects,
            "\xEF\xBB\xBFHọ và tên,Ngày sinh,Đơn vị,Lỗi\r\n"
            "Trần Thị Bình,31/02/1990,\"Xã B, huyện C\",\"cột B: “31/02/1990” không phải là "
            "ngày tháng (viết như 15/09/1970; không rõ ngày thì 09/1970, không rõ tháng thì "
            "1970)\"\r\n");
  // The user corrects the date in Excel and imports the file as it is: "Lỗi" is not data.
  std::string fixed = rejects;
  fixed.replace(fixed.find("31/02/1990,"), 10, "28/02/1990");
  write_file(dir_ / "p.rejected.csv", fixed);
  r = thuky({"people", "import", "p.rejected.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(count(), 3);
}

TEST_F(PeopleImport, FilesThatAreNotUtf8TextAreNamedForWhatTheyAre) {
  write_file(dir_ / "u16.csv", std::string("\xFF\xFEH\0o\0", 6));
  EXPECT_EQ(thuky({"people", "import", "u16.csv"}).err,
            "error: 'u16.csv' is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 "
            "(Comma delimited)\" or as .xlsx\n");
  write_file(dir_ / "bin.csv", std::string("PK\3\4\0\0\x14\0\0\0binary", 16));
  EXPECT_EQ(thuky({"people", "import", "bin.csv"}).err,
            "error: 'bin.csv' is not a text file (it holds binary data); a table must be .csv "
            "(UTF-8) or .xlsx\n");
  write_file(dir_ / "old.xls", "whatever");
  EXPECT_EQ(thuky({"people", "import", "old.xls"}).err,
            "error: 'old.xls' is an old Excel 97-2003 workbook (.xls); open it in Excel or "
            "LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8\n");
  // TCVN3 text read as Windows-1252 is valid UTF-8 that no Vietnamese would write.
  write_file(dir_ / "tcvn.csv", "Họ và tên,Đơn vị\nLê Văn An,\xC2\xA7\xC3\x86ng V\xC2\xA8n\n");
  const RunResult r = thuky({"people", "import", "tcvn.csv"});
  EXPECT_EQ(r.err.rfind("error: tcvn.csv, line 2, column B \"Đơn vị\": '§Æng V¨n' looks like "
                        "text typed in a legacy Vietnamese encoding",
                        0),
            0u)
      << r.err;
}

TEST_F(PeopleImport, ValuesOutsideTheHeaderAndRepeatedHeadersAreErrors) {
  write_file(dir_ / "extra.csv", "Họ và tên,Đơn vị\nLê Văn An,Xã A,ghi chú lạc\n");
  EXPECT_EQ(thuky({"people", "import", "extra.csv"}).err,
            "error: extra.csv, line 2, column C: a value in a column without a header; add the "
            "header or remove the value; nothing was imported\n");
  write_file(dir_ / "twice.csv", "Họ và tên,Đơn vị,Ho va ten\nLê Văn An,Xã A,Lê An\n");
  EXPECT_EQ(thuky({"people", "import", "twice.csv"}).err,
            "error: twice.csv, line 1: column C \"Ho va ten\" repeats column A \"Họ và tên\"; "
            "keep one of them\n");
  write_file(dir_ / "none.csv", "Tên cơ quan\nỦy ban\n");
  EXPECT_EQ(thuky({"people", "import", "none.csv"}).err,
            "error: none.csv: no header row with the columns Họ và tên (and optionally Mã, Họ, "
            "Tên đệm, Tên, Chức vụ, Đơn vị, Giới tính, Ngày sinh, Điện thoại, Email) in its first "
            "30 rows\n");
  EXPECT_EQ(count(), 0);
}

TEST_F(PeopleImport, ControlCharactersAreRefusedAndNeverEchoedRaw) {
  write_file(dir_ / "esc.csv", "Họ và tên\nLê \x1b[31mVăn An\n");
  EXPECT_EQ(thuky({"people", "import", "esc.csv"}).err,
            "error: esc.csv, line 2, column A \"Họ và tên\": 'Lê \\x1B[31mVăn An' holds a control "
            "character (code 27); retype the cell; nothing was imported\n");
}

// One rule of what a name is (thuky/text/name_check.hpp): invisible formatting is taken out
// silently, visible content no name holds is refused with its row and column.
TEST_F(PeopleImport, NamesAreCheckedAsNames) {
  write_file(dir_ / "p.csv",
             "Họ và tên,Đơn vị\n"
             "=1+1,Xã A\n"
             "'Nguyễn Văn A,Xã A\n"
             "Lê Văn 2,Xã A\n"
             "@Trần Bình,Xã A\n"
             "Phạm Văn # Cường,Xã A\n"
             "'=HYPERLINK(1),Xã A\n");
  RunResult r = thuky({"people", "import", "p.csv"});
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "error: p.csv: 6 errors in 6 rows; nothing was imported:\n"
      "  line 2, column A \"Họ và tên\": '=1+1' begins with '=' like a spreadsheet formula: it is "
      "not a name; retype the name\n"
      "  line 3, column A \"Họ và tên\": ''Nguyễn Văn A' does not begin with a letter, as a name "
      "does\n"
      "  line 4, column A \"Họ và tên\": 'Lê Văn 2' holds the digit '2': a name has no digits\n"
      "  line 5, column A \"Họ và tên\": '@Trần Bình' begins with '@' like a spreadsheet "
      "formula: it is not a name; retype the name\n"
      "  line 6, column A \"Họ và tên\": 'Phạm Văn # Cường' holds '#', which is no part of a "
      "name\n"
      "  line 7, column A \"Họ và tên\": '=HYPERLINK(1)' begins with '=' like a spreadsheet "
      "formula: it is not a name; retype the name\n"
      "Correct them and import again, or import with --skip-invalid to take the valid rows and "
      "write the others to 'p.rejected.csv'\n";
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(count(), 0);
  // A no-break space (U+00A0) between the words and a zero-width space (U+200B), a BOM
  // (U+FEFF) and a word joiner (U+2060) inside them: the name the user sees, in three parts.
  write_file(dir_ / "q.csv",
             "Họ và tên,Đơn vị\n"
             "Nguyễn\xC2\xA0Văn\xC2\xA0\xC2\xA0"
             "An\xE2\x80\x8B,Xã A\n"
             "\xEF\xBB\xBFTrần Thị\xE2\x81\xA0 Bình,Xã B\n"
             "Ksor H'Luân,Xã C\n");
  r = thuky({"people", "import", "q.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string json = thuky({"--json", "people", "list"}).out;
  EXPECT_NE(json.find("\"name\": \"Nguyễn Văn An\", \"family\": \"Nguyễn\", \"middle\": "
                      "\"Văn\", \"given\": \"An\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"name\": \"Trần Thị Bình\", \"family\": \"Trần\", \"middle\": "
                      "\"Thị\", \"given\": \"Bình\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"name\": \"Ksor H'Luân\""), std::string::npos) << json;
  // The same rule for `people add`.
  r = thuky({"people", "add", "Lê Văn 3"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: field 'Họ và tên': 'Lê Văn 3' holds the digit '3': a name has no "
            "digits\n");
}

TEST_F(PeopleImport, ExportedListsImportBackToTheSameRows) {
  write_file(
      dir_ / "p.csv",
      "Mã,Họ và tên,Giới tính,Ngày sinh,Chức vụ,Đơn vị,Điện thoại,Email\n"
      "h1,Hà Văn Hùng,Nam,02/03/1965,\"UVBTV Tỉnh ủy, Chủ tịch\",Ủy ban MTTQ tỉnh,0912345678,"
      "hung@mttq.vn\n"
      "t1,Nguyễn Thị Mai Thuỷ,Nữ,09/1970,Phó Chủ tịch,\"Ủy ban \"\"MTTQ\"\" tỉnh\",,\n");
  ASSERT_EQ(thuky({"people", "import", "p.csv"}).exit_code, 0);
  const std::string json_before = thuky({"--json", "people", "list"}).out;
  RunResult r = thuky({"people", "list", "--out", "export.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Wrote 2 people to 'export.csv'.\n");
  EXPECT_EQ(read_file(dir_ / "export.csv"),
            "\xEF\xBB\xBFMã,Họ và tên,Họ,Tên đệm,Tên,Ngày sinh,Giới tính,Chức vụ,Đơn vị,Điện "
            "thoại,Email\r\n"
            "h1,Hà Văn Hùng,Hà,Văn,Hùng,02/03/1965,nam,\"UVBTV Tỉnh ủy, Chủ tịch\",Ủy ban MTTQ "
            "tỉnh,0912345678,hung@mttq.vn\r\n"
            "t1,Nguyễn Thị Mai Thuỷ,Nguyễn,Thị Mai,Thuỷ,09/1970,nữ,Phó Chủ tịch,\"Ủy ban "
            "\"\"MTTQ\"\" tỉnh\",,\r\n");
  TempDir other;
  ASSERT_EQ(run_thuky({"init"}, other.path()).exit_code, 0);
  r = run_thuky({"people", "import", (dir_ / "export.csv").string()}, other.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(run_thuky({"--json", "people", "list"}, other.path()).out, json_before);
  EXPECT_EQ(json_before,
            "{\"people\": [\n"
            "  {\"code\": \"h1\", \"name\": \"Hà Văn Hùng\", \"family\": \"Hà\", \"middle\": "
            "\"Văn\", \"given\": \"Hùng\", \"birth_date\": \"1965-03-02\", \"gender\": \"nam\", "
            "\"title\": \"UVBTV Tỉnh ủy, Chủ tịch\", \"unit\": \"Ủy ban MTTQ tỉnh\", \"phone\": "
            "\"0912345678\", \"email\": \"hung@mttq.vn\"},\n"
            "  {\"code\": \"t1\", \"name\": \"Nguyễn Thị Mai Thuỷ\", \"family\": \"Nguyễn\", "
            "\"middle\": \"Thị Mai\", \"given\": \"Thuỷ\", \"birth_date\": \"1970-09\", "
            "\"gender\": \"nữ\", \"title\": \"Phó Chủ tịch\", \"unit\": \"Ủy ban \\\"MTTQ\\\" "
            "tỉnh\", \"phone\": \"\", \"email\": \"\"}\n"
            "]}\n");
}

}  // namespace
}  // namespace thuky::test

namespace thuky::test {
namespace {

TEST_F(PeopleImport, ListsFollowTheConfiguredNameOrderAndKeysFollowTheConfiguration) {
  write_file(dir_ / "p.csv", "Họ và tên\nPhạm Văn Hòa\nLê Minh Hoan\n");
  ASSERT_EQ(thuky({"people", "import", "p.csv"}).exit_code, 0);
  // Published order: the toned vowel is the next letter, so Hoan comes before Hòa.
  EXPECT_EQ(thuky({"people", "list"}).out,
            "le-minh-hoan\tLê Minh Hoan\t\t\t\npham-van-hoa\tPhạm Văn Hòa\t\t\t\n");
  SQLite::Database db((dir_ / "thuky.db").string(), SQLite::OPEN_READWRITE);
  EXPECT_EQ(db.execAndGet("SELECT group_concat(code, ' ') FROM (SELECT code FROM people "
                          "ORDER BY sort_key)")
                .getString(),
            "le-minh-hoan pham-van-hoa");
  // The dictionary order puts tones last; a list follows the configuration at once...
  std::string config = read_file(dir_ / "thuky.toml");
  const auto at = config.find("name_order = \"published\"");
  ASSERT_NE(at, std::string::npos);
  config.replace(at, 25, "name_order = \"dictionary\"");
  write_file(dir_ / "thuky.toml", config);
  EXPECT_EQ(thuky({"people", "list"}).out,
            "pham-van-hoa\tPhạm Văn Hòa\t\t\t\nle-minh-hoan\tLê Minh Hoan\t\t\t\n");
  // ...and the next write re-keys the store.
  ASSERT_EQ(thuky({"people", "add", "Trần Sỹ Thanh"}).exit_code, 0);
  EXPECT_EQ(db.execAndGet("SELECT group_concat(code, ' ') FROM (SELECT code FROM people "
                          "ORDER BY sort_key)")
                .getString(),
            "pham-van-hoa le-minh-hoan tran-sy-thanh");
  EXPECT_EQ(
      db.execAndGet("SELECT value FROM store_settings WHERE key = 'people.name_order'").getString(),
      "dictionary");
}

}  // namespace
}  // namespace thuky::test

namespace thuky::test {
namespace {

TEST_F(PeopleImport, ExcelWorkbooksImportAndExportRoundTrips) {
  write_file(
      dir_ / "p.csv",
      "Mã,Họ và tên,Giới tính,Ngày sinh,Chức vụ,Đơn vị,Điện thoại,Email\n"
      "h1,Hà Văn Hùng,Nam,02/03/1965,\"UVBTV Tỉnh ủy, Chủ tịch\",Ủy ban MTTQ tỉnh,0912345678,"
      "hung@mttq.vn\n"
      "t1,Nguyễn Thị Mai Thuỷ,Nữ,09/1970,Phó Chủ tịch,Ủy ban MTTQ tỉnh,,\n"
      "y1,Y Moan Niê,Nam,1958,,,,\n");
  ASSERT_EQ(thuky({"people", "import", "p.csv"}).exit_code, 0);
  const std::string before = thuky({"--json", "people", "list"}).out;
  RunResult r = thuky({"people", "list", "--out", "danh-sach.xlsx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Wrote 3 people to 'danh-sach.xlsx'.\n");
  TempDir other;
  ASSERT_EQ(run_thuky({"init"}, other.path()).exit_code, 0);
  r = run_thuky({"people", "import", (dir_ / "danh-sach.xlsx").string()}, other.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported '" + (dir_ / "danh-sach.xlsx").string() + "': 3 added, 0 updated.\n");
  EXPECT_EQ(run_thuky({"--json", "people", "list"}, other.path()).out, before);
  // A sheet that is not there is named with the sheets the workbook has.
  r = run_thuky({"people", "import", (dir_ / "danh-sach.xlsx").string(), "--sheet", "Khác"},
                other.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("Khác"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("people"), std::string::npos) << r.err;
}

TEST_F(PeopleImport, AWorkbookFromLibreOfficeIsReadBelowItsMergedTitle) {
  // The fixture's header is on row 2, under a title merged over A1:G1; its "Phụ cấp" column is
  // not a column of people, and the message names the row Calc shows.
  const RunResult r =
      thuky({"people", "import", std::string(THUKY_TEST_DATA_DIR) + "/xlsx/libreoffice.xlsx"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: " + std::string(THUKY_TEST_DATA_DIR) +
                       "/xlsx/libreoffice.xlsx, row 2: column E \"Phụ cấp\" is not a column of "
                       "people; expected Họ và tên (and optionally Mã, Họ, Tên đệm, Tên, Chức vụ, "
                       "Đơn vị, Giới tính, Ngày sinh, Điện thoại, Email)\n");
  EXPECT_EQ(count(), 0);
}

}  // namespace
}  // namespace thuky::test

namespace thuky::test {
namespace {

TEST_F(PeopleImport, ManyPossibleDuplicatesAreCountedNotAllPrinted) {
  std::string csv = "Mã,Họ và tên,Đơn vị\n";
  for (int i = 0; i <= 12; ++i)
    csv += "c" + std::to_string(i) + ",Nguyễn Văn An,Xã Kỳ Tân\n";
  write_file(dir_ / "p.csv", csv);
  const RunResult r = thuky({"people", "import", "p.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 'p.csv': 13 added, 0 updated.\n");
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 11) << r.err;
  EXPECT_NE(r.err.find("warning: … and 2 more possible duplicates\n"), std::string::npos) << r.err;
  EXPECT_EQ(count(), 13);
}

}  // namespace
}  // namespace thuky::test
