// The areas service (ctx.areas()) and `thuky areas`: the official list in any row order, the
// tree, names found within a parent whatever the tone placement or the kind written before.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "thuky/areas.hpp"
#include "thuky/store.hpp"

namespace thuky {
namespace {

const std::filesystem::path kList =
    std::filesystem::path(THUKY_TEST_DATA_DIR) / "areas" / "ha-tinh-2025.csv";

class Areas : public ::testing::Test {
 protected:
  AreaDirectory::ImportResult import(const std::filesystem::path& file) {
    WriteTransaction write(store_);
    auto result = areas_.import_file(file);
    write.commit();
    return result;
  }
  test::TempDir dir_;
  Store store_{dir_ / "s.db"};
  AreaDirectory areas_{store_};
};

TEST_F(Areas, AChildMayComeBeforeItsParent) {
  const auto result = import(kList);
  EXPECT_EQ(result.added, 4);
  const auto province = areas_.find_by_code("42");
  ASSERT_TRUE(province);
  EXPECT_EQ(province->full_name(), "tỉnh Hà Tĩnh");
  const auto wards = areas_.children(province->id);
  ASSERT_EQ(wards.size(), 3u);
  EXPECT_EQ(wards[0].code, "18070");
  EXPECT_EQ(wards[0].full_name(), "phường Hoành Sơn");
  EXPECT_EQ(areas_.path_to(wards[2].id).front().code, "42");
  EXPECT_EQ(import(kList).updated, 4);  // again: the same areas
}

TEST_F(Areas, NamesAreFoundWithinTheirParentAsPeopleWriteThem) {
  import(kList);
  const auto province = areas_.find_by_code("42")->id;
  EXPECT_EQ(areas_.find_by_name("Kì Hoa", province).size(), 0u);  // another spelling, not ours
  EXPECT_EQ(areas_.find_by_name("KỲ HOA", province).at(0).code, "18100");
  EXPECT_EQ(areas_.find_by_name("xã Kỳ Hoa", province).at(0).code, "18100");
  EXPECT_EQ(areas_.find_by_name("phường Kỳ Hoa", province).size(), 0u);  // wrong kind
  EXPECT_EQ(areas_.find_by_name("Kỳ Hoa", std::nullopt).size(), 0u);     // not top level
  EXPECT_EQ(areas_.find_by_name("Kỳ Hoa", province, text::Date{2025, 6, 30}).size(), 0u);
  EXPECT_EQ(areas_.find_by_name("Kỳ Hoa", province, text::Date{2025, 7, 1}).size(), 1u);
}

TEST_F(Areas, AMissingParentOrALoopChangesNothing) {
  test::write_file(dir_ / "a.csv", "Mã,Tên,Cấp,Mã cấp trên\n1,A,Tỉnh,\n2,B,Xã,9\n");
  try {
    import(dir_ / "a.csv");
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir_ / "a.csv").string() +
                  ":3:4: field 'Mã cấp trên': no area with the code '9' in this file or the "
                  "store; nothing was imported");
  }
  test::write_file(dir_ / "b.csv", "Mã,Tên,Cấp,Mã cấp trên\n1,A,Tỉnh,2\n2,B,Xã,1\n");
  EXPECT_THROW(import(dir_ / "b.csv"), UserError);
  EXPECT_EQ(store_.db().execAndGet("SELECT count(*) FROM areas").getInt(), 0);
}

TEST_F(Areas, CliImportsAndListsTheTree) {
  ASSERT_EQ(test::run_thuky({"init"}, dir_.path()).exit_code, 0);
  auto r = test::run_thuky({"areas", "import", kList.string()}, dir_.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported '" + kList.string() + "': 4 added, 0 updated.\n");
  r = test::run_thuky({"areas", "list"}, dir_.path());
  EXPECT_EQ(r.out,
            "42\tHà Tĩnh\ttỉnh\t\t\t\n"
            "18070\tHoành Sơn\tphường\t42\t01/07/2025\t\n"
            "18073\tKỳ Trinh\tphường\t42\t01/07/2025\t\n"
            "18100\tKỳ Hoa\txã\t42\t01/07/2025\t\n");
  r = test::run_thuky({"areas", "list", "--under", "77"}, dir_.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: no area with the code '77'; 'thuky areas list' shows them\n");
}

}  // namespace
}  // namespace thuky
