// Units and polling areas cover areas of the core areas tree, named by their code: an unknown
// code, one not in force on the election day, or areas declared in the file are refused with
// the file, line and field, and nothing is stored; documents print the tree's names.
#include "election_fixture.hpp"

namespace thuky::test {
namespace {

TEST_F(Election, AnAreaCodeTheTreeDoesNotKnowIsRefused) {
  const std::string file =
      variant("election.toml", "areas = [\"18085\", \"18103\"]", "areas = [\"18085\", \"18999\"]");
  const RunResult r = thuky({"election", "import", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: " + file +
                       ":29:46: field 'elections[1].units[1].areas': unknown area '18999': no "
                       "area of the areas tree has this code (import the official list with "
                       "'thuky areas import')\n");
  EXPECT_EQ(rows("delegates_days"), 0);
  EXPECT_EQ(rows("delegates_units"), 0);
}

TEST_F(Election, AnAreaNotInForceOnTheElectionDayIsRefused) {
  write_file(dir_ / "old.csv",
             "Mã,Tên,Cấp,Mã cấp trên,Hiệu lực từ,Hiệu lực đến\n"
             "18097,Kỳ Tân,Xã,42,01/01/2000,30/06/2025\n");
  ASSERT_EQ(thuky({"areas", "import", (dir_ / "old.csv").string()}).exit_code, 0);
  const std::string file = variant("election.toml",
                                   "code = \"ST01\"\nname = \"Khu vực bỏ phiếu "
                                   "số 1 - tổ dân phố Hồng Hà\"\nareas = [\"18085\"]",
                                   "code = \"ST01\"\nname = \"Khu vực bỏ phiếu số 1 - tổ dân phố "
                                   "Hồng Hà\"\nareas = [\"18097\"]");
  const RunResult r = thuky({"election", "import", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: " + file +
                       ":62:10: field 'polling_areas[2].areas': area '18097' (xã Kỳ Tân) is not "
                       "in force on 15/03/2026\n");
  EXPECT_EQ(rows("delegates_polling_areas"), 0);
}

TEST_F(Election, AreasDeclaredInTheFileAreRefused) {
  const std::string file = variant("election.toml", "[[elections]]\nid = \"dbqh-2026\"",
                                   "[[areas]]\ncode = \"xa-ky-hoa\"\nname = \"xã Kỳ Hoa\"\n\n"
                                   "[[elections]]\nid = \"dbqh-2026\"");
  const RunResult r = thuky({"election", "import", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: " + file +
                       ":11:1: field 'areas': areas are no longer declared in the election "
                       "file: import the official list with 'thuky areas import FILE.csv' and "
                       "name areas by their code in units and polling areas\n");
  EXPECT_EQ(rows("delegates_days"), 0);
}

// The names come from the tree: renamed there, the next list prints the new name.
TEST_F(Election, ListsPrintTheTreesNamesOfTheAreas) {
  import_day();
  import_candidates();
  write_file(dir_ / "renamed.csv",
             "Mã,Tên,Cấp,Mã cấp trên,Hiệu lực từ,Hiệu lực đến\n"
             "18103,Kỳ Xuân Mới,Xã,42,01/07/2025,\n");
  ASSERT_EQ(thuky({"areas", "import", (dir_ / "renamed.csv").string()}).exit_code, 0);
  ASSERT_EQ(thuky({"election", "render", "--doc", "candidates", "--election", "hdnd-tinh-2026",
                   "--out", "pdf"})
                .exit_code,
            0);
  const std::string text = flat(text_of("hdnd-tinh-2026-dv02-danh-sach-ung-cu-vien.pdf"));
  EXPECT_NE(text.find("Đơn vị bầu cử số 2: gồm phường Sông Trí, xã Kỳ Xuân Mới."),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace thuky::test
