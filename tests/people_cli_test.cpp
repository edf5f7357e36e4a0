// `thuky people`: the shared directory, end to end.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "support/people_workspace.hpp"

namespace thuky::test {
namespace {

class People : public PeopleWorkspace {};

TEST_F(People, ImportAddsThenUpdatesAndListsInOfficialOrder) {
  write_file(dir_ / "p.csv",
             "Họ và tên,Chức vụ,Đơn vị,Giới tính,Ngày sinh\n"
             "Nguyễn Thị Mai Thuỷ,Phó Chủ tịch,Ủy ban MTTQ tỉnh,Nữ,\n"
             "Hà Văn Hùng,\"UVBTV Tỉnh ủy, Chủ tịch\",Ủy ban MTTQ tỉnh,Nam,02/03/1965\n"
             "Đặng Văn Thành,Bí thư Thị uỷ,Thị uỷ Kỳ Anh,nam,\n");
  RunResult r = thuky({"people", "import", "p.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 'p.csv': 3 added, 0 updated.\n");
  r = thuky({"people", "import", "p.csv"});
  EXPECT_EQ(r.out, "Imported 'p.csv': 0 added, 3 updated.\n");
  EXPECT_EQ(count(), 3);
  EXPECT_EQ(thuky({"people", "list"}).out,
            "ha-van-hung\tHà Văn Hùng\t02/03/1965\tUVBTV Tỉnh ủy, Chủ tịch\tỦy ban MTTQ tỉnh\n"
            "dang-van-thanh\tĐặng Văn Thành\t\tBí thư Thị uỷ\tThị uỷ Kỳ Anh\n"
            "nguyen-thi-mai-thuy\tNguyễn Thị Mai Thuỷ\t\tPhó Chủ tịch\tỦy ban MTTQ tỉnh\n");
}

TEST_F(People, SamePersonWithOtherTonePlacementOrNfdIsADuplicate) {
  write_file(dir_ / "a.csv", "Ho va ten,Don vi\nNguyễn Thị Mai Thuỷ,Ủy ban MTTQ tỉnh\n");
  // New-style tone placement, typed in NFD, other header spelling, same unit.
  write_file(dir_ / "b.csv",
             "HỌ VÀ TÊN,ĐƠN VỊ,ĐIỆN THOẠI\nNguye\xCC\x82\xCC\x83n Thi\xCC\xA3 Mai Thu\xCC\x89y,"
             "Ủy ban MTTQ tỉnh,0912 345 678\n");
  ASSERT_EQ(thuky({"people", "import", "a.csv"}).exit_code, 0);
  const RunResult r = thuky({"people", "import", "b.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 'b.csv': 0 added, 1 updated.\n");
  EXPECT_EQ(count(), 1);
  // A namesake in another unit is another person.
  write_file(dir_ / "c.csv", "Họ và tên,Đơn vị\nNguyễn Thị Mai Thuỷ,Hội Phụ nữ\n");
  EXPECT_EQ(thuky({"people", "import", "c.csv"}).out, "Imported 'c.csv': 1 added, 0 updated.\n");
}

TEST_F(People, BadRowNamesLineColumnAndFieldAndChangesNothing) {
  write_file(
      dir_ / "p.csv",
      "Họ và tên,Ngày sinh,Giới tính\nLê Văn An,01/01/1980,Nam\nTrần Thị Bình,31/02/1990,Nữ\n");
  RunResult r = thuky({"people", "import", "p.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: p.csv, line 3, column B \"Ngày sinh\": '31/02/1990' is not a date like "
            "15/09/1970 (or 09/1970, or 1970 when the day is unknown); nothing was imported\n");
  EXPECT_EQ(count(), 0) << "the first row must be rolled back too";

  write_file(dir_ / "g.csv", "Họ và tên,Giới tính\nLê Văn An,Ông\n");
  r = thuky({"people", "import", "g.csv"});
  EXPECT_EQ(r.err,
            "error: g.csv, line 2, column B \"Giới tính\": 'Ông' is not one of: Nam, Nữ; nothing "
            "was imported\n");
}

TEST_F(People, UnknownColumnsAndBrokenQuotesAreReported) {
  write_file(dir_ / "u.csv", "Họ và tên,Quê quán\nLê Văn An,Hà Tĩnh\n");
  EXPECT_EQ(thuky({"people", "import", "u.csv"}).err,
            "error: u.csv, line 1: column B \"Quê quán\" is not a column of people; expected Họ "
            "và tên (and optionally Mã, Họ, Tên đệm, Tên, Chức vụ, Đơn vị, Giới tính, Ngày sinh, "
            "Điện thoại, Email)\n");
  write_file(dir_ / "q.csv", "Họ và tên,Chức vụ\nLê Văn An,\"Chủ tịch\n");
  EXPECT_EQ(thuky({"people", "import", "q.csv"}).err,
            "error: q.csv:2:11: a quoted field is never closed (missing '\"')\n");
  write_file(dir_ / "l.csv", "Họ và tên\n\xA7\xC6ng V\xA8n Th\xB5nh\n");
  EXPECT_EQ(thuky({"people", "import", "l.csv"}).err.rfind("error: l.csv:2:1: invalid UTF-8", 0),
            0u);
  EXPECT_EQ(count(), 0);
}

TEST_F(People, ErrorsUnderJsonCarryTheirLocation) {
  write_file(dir_ / "q.csv", "Họ và tên,Chức vụ\nLê Văn An,\"Chủ tịch\n");
  const auto r = thuky({"--json", "people", "import", "q.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "{\"error\": {\"exit_code\": 1, \"message\": \"a quoted field is never closed "
            "(missing '\\\"')\", \"file\": \"q.csv\", \"line\": 2, \"column\": 11}}\n");
  EXPECT_EQ(count(), 0);
}

TEST_F(People, ExplicitNamePartsOverrideTheSplit) {
  write_file(dir_ / "p.csv", "Họ và tên,Họ,Tên đệm,Tên\nY Moan Niê,Niê,,Y Moan\n");
  ASSERT_EQ(thuky({"people", "import", "p.csv"}).exit_code, 0);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(
      db.execAndGet("SELECT family_name || '|' || middle_name || '|' || given_name FROM people")
          .getString(),
      "Niê||Y Moan");
}

TEST_F(People, AddFromTheCommandLine) {
  RunResult r = thuky({"people", "add", "Phan Duy Vĩnh", "--title", "Chủ tịch HĐND thị xã",
                       "--birth", "05/06/1970", "--gender", "nam"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Added Phan Duy Vĩnh (phan-duy-vinh).\n");
  r = thuky({"people", "add", "Phan Duy Vĩnh", "--birth", "05/06/1970", "--phone", "0912"});
  EXPECT_EQ(r.out, "Updated Phan Duy Vĩnh (phan-duy-vinh).\n");
  EXPECT_EQ(thuky({"people", "add", "Lê An", "--birth", "31/02/1970"}).err,
            "error: field '--birth': '31/02/1970' is not a date like 15/09/1970 (or 09/1970, or "
            "1970)\n");
  // A year alone is a partial birth date, stored as what is known.
  r = thuky({"people", "add", "Lê An", "--birth", "1970"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(thuky({"people", "list"}).out,
            "le-an\tLê An\t1970\t\t\nphan-duy-vinh\tPhan Duy Vĩnh\t05/06/1970\tChủ tịch HĐND "
            "thị xã\t\n");
}

}  // namespace
}  // namespace thuky::test

namespace thuky::test {
namespace {

TEST_F(People, EditChangesOnlyTheFieldsGiven) {
  ASSERT_EQ(thuky({"people", "add", "Phan Duy Vĩnh", "--title", "Chủ tịch HĐND thị xã", "--unit",
                   "Thị uỷ Kỳ Anh"})
                .exit_code,
            0);
  RunResult r = thuky({"people", "edit", "phan-duy-vinh", "--title", "Bí thư Thị uỷ"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Updated Phan Duy Vĩnh (phan-duy-vinh).\n");
  EXPECT_EQ(thuky({"people", "list"}).out,
            "phan-duy-vinh\tPhan Duy Vĩnh\t\tBí thư Thị uỷ\tThị uỷ Kỳ Anh\n");
  EXPECT_EQ(count(), 1);
  EXPECT_EQ(thuky({"people", "edit", "nobody", "--title", "x"}).err,
            "error: no person with code 'nobody'; 'thuky people list' shows the codes\n");
}

}  // namespace
}  // namespace thuky::test

namespace thuky::test {
namespace {

TEST_F(People, ExcelCsvWithBomCrlfAndQuotedCommasImports) {
  write_file(dir_ / "excel.csv",
             "\xEF\xBB\xBFHọ và tên,Chức vụ,Đơn vị\r\n"
             "\"Hà Văn Hùng\",\"UVBTV Tỉnh ủy, Chủ tịch\",\"Ủy ban MTTQ tỉnh\"\r\n"
             ",,\r\n"
             "\"Lê Thị \"\"Út\"\" Hoa\",Chuyên viên,Văn phòng\r\n");
  const RunResult r = thuky({"people", "import", "excel.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 'excel.csv': 2 added, 0 updated.\n");
  EXPECT_EQ(thuky({"people", "list"}).out,
            "le-thi-ut-hoa\tLê Thị \"Út\" Hoa\t\tChuyên viên\tVăn phòng\n"
            "ha-van-hung\tHà Văn Hùng\t\tUVBTV Tỉnh ủy, Chủ tịch\tỦy ban MTTQ tỉnh\n");
}

}  // namespace
}  // namespace thuky::test
