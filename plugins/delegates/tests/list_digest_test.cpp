// The verification code of a printed list: stable for the same rows, different for any change
// a reader could see, and typed back in any of the ways people type it.
#include <gtest/gtest.h>

#include <regex>

#include "list_digest.hpp"

namespace delegates {
namespace {

ListDigest two_voters(const std::string& second_name = "Trần Thị Lan", bool struck = false) {
  ListDigest d("voters", {"XÃ KỲ HOA", "Bầu cử 2026", "KV01"});
  d.row("number 1", {"1", "Nguyễn Văn Bình", "12/03/1958"});
  d.row("number 2", {"2", second_name, "05/1961"}, struck);
  return d;
}

TEST(ListDigest, CodeIsTwelveCrockfordCharactersInThreeGroups) {
  EXPECT_TRUE(std::regex_match(two_voters().code(),
                               std::regex("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-"
                                          "[0-9A-HJKMNP-TV-Z]{4}")))
      << two_voters().code();
}

TEST(ListDigest, SameRowsSameCode) {
  EXPECT_EQ(two_voters().code(), two_voters().code());
  EXPECT_EQ(two_voters().rows_text(), two_voters().rows_text());
}

TEST(ListDigest, AnyVisibleChangeChangesTheCode) {
  const std::string code = two_voters().code();
  EXPECT_NE(two_voters("Trần Thị Lân").code(), code);        // one tone mark
  EXPECT_NE(two_voters("Trần Thị Lan", true).code(), code);  // struck through
  ListDigest added = two_voters();
  added.row("number 3", {"3", "Hồ Văn Sơn", "1965"});
  EXPECT_NE(added.code(), code);
  ListDigest heading("voters", {"XÃ KỲ HOA", "Bầu cử 2026", "KV02"});
  heading.row("number 1", {"1", "Nguyễn Văn Bình", "12/03/1958"});
  heading.row("number 2", {"2", "Trần Thị Lan", "05/1961"});
  EXPECT_NE(heading.code(), code);
  EXPECT_EQ(heading.rows_text(), two_voters().rows_text());
  EXPECT_NE(heading.heading_digest(), two_voters().heading_digest());
}

TEST(ListDigest, CellBoundariesCount) {
  ListDigest a("voters", {});
  a.row("1", {"ab", "c"});
  ListDigest b("voters", {});
  b.row("1", {"a", "bc"});
  EXPECT_NE(a.code(), b.code());
}

TEST(ListDigest, TypedCodesReadTheCrockfordWay) {
  EXPECT_EQ(canonical_code("7KQ2-MX4D-9TBA"), "7KQ2-MX4D-9TBA");
  EXPECT_EQ(canonical_code("7kq2 mx4d 9tba"), "7KQ2-MX4D-9TBA");
  EXPECT_EQ(canonical_code("7KQ2MX4D9TBA"), "7KQ2-MX4D-9TBA");
  EXPECT_EQ(canonical_code("OIL2-MX4D-9TBA"), "0112-MX4D-9TBA");
  EXPECT_EQ(canonical_code("7KQ2-MX4D-9TB"), "");   // 11 characters
  EXPECT_EQ(canonical_code("7KQ2-MX4D-9TBU"), "");  // U is not in the alphabet
}

}  // namespace
}  // namespace delegates
