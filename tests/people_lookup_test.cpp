// The people service plugins use (ctx.people()): many by id, by name, "code or inline name".
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "thuky/people.hpp"
#include "thuky/store.hpp"

namespace thuky {
namespace {

class PeopleLookup : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteTransaction write(store_);
    for (const auto& [code, name, birth, unit] :
         std::vector<std::array<std::string, 4>>{{"a1", "Nguyễn Văn An", "1980-02-01", "Kỳ Tân"},
                                                 {"a2", "Nguyễn Văn An", "1985-04-03", "Kỳ Hoa"},
                                                 {"b1", "Lê Thị Hoà", "", ""}}) {
      PersonInput in;
      in.code = code;
      in.full_name = name;
      in.birth_date = birth;
      in.unit = unit;
      ids_.push_back(people_.upsert(in, {}).id);
    }
    write.commit();
  }
  test::TempDir dir_;
  Store store_{dir_ / "s.db"};
  PeopleDirectory people_{store_};
  std::vector<std::int64_t> ids_;
};

TEST_F(PeopleLookup, ManyByIdLeavesOutUnknownIds) {
  const auto found = people_.find_many({ids_[2], 999, ids_[0]});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found.at(ids_[0]).code, "a1");
  EXPECT_EQ(found.at(ids_[2]).full_name, "Lê Thị Hoà");
  std::vector<std::int64_t> many(1200, ids_[1]);  // more than one query's worth
  EXPECT_EQ(people_.find_many(many).size(), 1u);
}

TEST_F(PeopleLookup, ByNameIgnoresToneStyleAndCaseAndNarrowsByBirthDate) {
  EXPECT_EQ(people_.find_by_name("LÊ THỊ HÒA").size(), 1u);  // new tone placement, capitals
  EXPECT_EQ(people_.find_by_name("Nguyễn Văn An").size(), 2u);
  const auto born_1985 = people_.find_by_name("Nguyễn Văn An", "1985-04-03");
  ASSERT_EQ(born_1985.size(), 1u);
  EXPECT_EQ(born_1985[0].code, "a2");
}

TEST_F(PeopleLookup, ResolveTakesACodeOrAnUnambiguousName) {
  EXPECT_EQ(people_.resolve("a2", {})->full_name, "Nguyễn Văn An");
  EXPECT_EQ(people_.resolve("Lê Thị Hòa", {})->code, "b1");
  EXPECT_FALSE(people_.resolve("Trần Văn Mới", {}));
  try {
    people_.resolve("Nguyễn Văn An", {"hop.toml", 7, 3, "chair"});
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_STREQ(e.what(),
                 "hop.toml:7:3: field 'chair': 2 people are called 'Nguyễn Văn An': a1 (born "
                 "1980-02-01, Kỳ Tân), a2 (born 1985-04-03, Kỳ Hoa); write the code of the one "
                 "you mean");
  }
}

}  // namespace
}  // namespace thuky
