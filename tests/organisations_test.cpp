// The organisations service (ctx.organisations()) and `thuky organisations`: the bodies that
// issue documents, imported from a list in any row order, their Decree 30 header lines kept.
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "thuky/areas.hpp"
#include "thuky/organisations.hpp"
#include "thuky/store.hpp"

namespace thuky {
namespace {

const std::filesystem::path kData = std::filesystem::path(THUKY_TEST_DATA_DIR);
const std::filesystem::path kList = kData / "organisations" / "mttq-ha-tinh.csv";

class Organisations : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteTransaction write(store_);
    AreaDirectory(store_).import_file(kData / "areas" / "ha-tinh-2025.csv");
    write.commit();
  }
  OrganisationDirectory::ImportResult import(const std::filesystem::path& file) {
    WriteTransaction write(store_);
    auto result = organisations_.import_file(file);
    write.commit();
    return result;
  }
  int count() { return store_.db().execAndGet("SELECT count(*) FROM organisations").getInt(); }

  test::TempDir dir_;
  Store store_{dir_ / "s.db"};
  OrganisationDirectory organisations_{store_};
};

TEST_F(Organisations, ABodyMayComeBeforeTheOneItBelongsTo) {
  const auto result = import(kList);
  EXPECT_EQ(result.added, 2);
  const auto btt = organisations_.find_by_code("mttq-ha-tinh-btt");
  ASSERT_TRUE(btt);
  EXPECT_EQ(btt->name, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh");
  EXPECT_EQ(btt->parent_code, "mttq-ha-tinh");
  EXPECT_EQ(btt->area_code, "42");
  EXPECT_EQ(btt->parent_body, (std::vector<std::string>{"ỦY BAN MTTQ VIỆT NAM", "TỈNH HÀ TĨNH"}));
  EXPECT_EQ(btt->issuing_body, (std::vector<std::string>{"BAN THƯỜNG TRỰC"}));
  EXPECT_EQ(btt->symbol, "MTTQ-BTT");
  EXPECT_EQ(btt->place, "Hà Tĩnh");
  EXPECT_EQ(btt->signer_authority, "TM. BAN THƯỜNG TRỰC");
  EXPECT_EQ(organisations_.find_by_id(btt->id)->code, btt->code);
  EXPECT_EQ(organisations_.all().front().code, "mttq-ha-tinh");  // by code
  EXPECT_EQ(import(kList).updated, 2);                           // again: the same bodies
  EXPECT_EQ(count(), 2);
}

TEST_F(Organisations, AnUnknownParentOrAreaOrALoopChangesNothing) {
  test::write_file(dir_ / "p.csv", "Mã,Tên,Cơ quan ban hành,Mã cấp trên\na,A,A,\nb,B,B,z\n");
  try {
    import(dir_ / "p.csv");
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir_ / "p.csv").string() +
                  ":3:4: field 'Mã cấp trên': no organisation with the code 'z' in this file or "
                  "the store; nothing was imported");
  }
  test::write_file(dir_ / "a.csv", "Mã,Tên,Cơ quan ban hành,Mã địa bàn\na,A,A,99\n");
  try {
    import(dir_ / "a.csv");
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir_ / "a.csv").string() +
                  ", line 2, column D \"Mã địa bàn\": no area with the code '99'; import the "
                  "areas first ('thuky areas import'); nothing was imported");
  }
  test::write_file(dir_ / "l.csv", "Mã,Tên,Cơ quan ban hành,Mã cấp trên\na,A,A,b\nb,B,B,a\n");
  EXPECT_THROW(import(dir_ / "l.csv"), UserError);
  EXPECT_EQ(count(), 0);
}

TEST_F(Organisations, CliImportsAndLists) {
  ASSERT_EQ(test::run_thuky({"init"}, dir_.path()).exit_code, 0);
  auto r = test::run_thuky({"areas", "import", (kData / "areas" / "ha-tinh-2025.csv").string()},
                           dir_.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = test::run_thuky({"organisations", "import", kList.string()}, dir_.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported '" + kList.string() + "': 2 added, 0 updated.\n");
  r = test::run_thuky({"organisations", "list"}, dir_.path());
  EXPECT_EQ(r.out,
            "mttq-ha-tinh\tỦy ban MTTQ tỉnh\t\tMTTQ\tHà Tĩnh\n"
            "mttq-ha-tinh-btt\tBan Thường trực\tmttq-ha-tinh\tMTTQ-BTT\tHà Tĩnh\n");
  // The list written out imports back as it was.
  r = test::run_thuky({"organisations", "list", "--out", "o.csv"}, dir_.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = test::run_thuky({"organisations", "import", "o.csv"}, dir_.path());
  EXPECT_EQ(r.out, "Imported 'o.csv': 0 added, 2 updated.\n") << r.err;
  r = test::run_thuky({"organisations", "list", "--json"}, dir_.path());
  EXPECT_NE(r.out.find("\"parent_body\": \"ỦY BAN MTTQ VIỆT NAM | TỈNH HÀ TĨNH\""),
            std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace thuky
