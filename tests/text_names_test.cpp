#include <gtest/gtest.h>

#include "thuky/error.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky::text {
namespace {

// "ỷ" written as y + combining hook above, "ủ" as u + hook: the NFD forms macOS produces.
const std::string kThuyNfd = "Thu\xCC\x89y";     // Thủy in NFD
const std::string kThuyOldNfd = "Thuy\xCC\x89";  // Thuỷ in NFD

TEST(Normalize, NfdBecomesNfc) {
  EXPECT_FALSE(is_nfc(kThuyNfd));
  EXPECT_EQ(to_nfc(kThuyNfd), "Thủy");
  EXPECT_TRUE(is_nfc("Thủy"));
  EXPECT_EQ(clean_text("  Nguyễn \t Văn   An \n"), "Nguyễn Văn An");
}

TEST(SplitName, FamilyMiddleGiven) {
  const NameParts three = split_name("Nguyễn Thị Mai Thuỷ");
  EXPECT_EQ(three.family, "Nguyễn");
  EXPECT_EQ(three.middle, "Thị Mai");
  EXPECT_EQ(three.given, "Thuỷ");
  const NameParts two = split_name(" Lê  An ");
  EXPECT_EQ(two.family, "Lê");
  EXPECT_EQ(two.middle, "");
  EXPECT_EQ(two.given, "An");
  const NameParts one = split_name("Hải");
  EXPECT_EQ(one.family, "");
  EXPECT_EQ(one.given, "Hải");
  EXPECT_EQ(split_name(kThuyNfd).given, "Thủy");  // stored NFC
}

TEST(MatchKey, ToneMarkPlacementAndNormalisationDoNotMatter) {
  EXPECT_EQ(match_key("Thuỷ"), match_key("Thủy"));
  EXPECT_EQ(match_key("Hoà"), match_key("Hòa"));
  EXPECT_EQ(match_key("khoẻ"), match_key("khỏe"));
  EXPECT_EQ(match_key("Tỉnh uỷ Hà Tĩnh"), match_key("tỉnh ủy  hà tĩnh"));
  EXPECT_EQ(match_key(kThuyNfd), match_key("Thuỷ"));
  EXPECT_EQ(match_key(kThuyOldNfd), match_key("Thủy"));
  EXPECT_EQ(match_key("Nguyễn Thị Mai Thuỷ"), "nguyên3 thi5 mai0 thuy2");
}

TEST(MatchKey, DifferentNamesStayDifferent) {
  EXPECT_NE(match_key("Thủy"), match_key("Thúy"));
  EXPECT_NE(match_key("Thủy"), match_key("Thùy"));
  EXPECT_NE(match_key("Dung"), match_key("Dũng"));
  EXPECT_NE(match_key("Dũng"), match_key("Đũng"));
  EXPECT_NE(match_key("Tú"), match_key("Tứ"));
  EXPECT_NE(match_key("Hương"), match_key("Huong"));
}

TEST(SearchKey, FoldsCaseDiacriticsAndDStroke) {
  EXPECT_EQ(search_key("Giải phóng mặt bằng"), "giai phong mat bang");
  EXPECT_EQ(search_key("ĐẶNG Văn Thành"), "dang van thanh");
  EXPECT_EQ(search_key(kThuyNfd), "thuy");
  EXPECT_EQ(search_key("  Kỳ   Anh "), "ky anh");
}

TEST(Utf8, InvalidBytesAreReportedWithLineAndColumn) {
  const std::string text = "Nguyễn Văn An\nTr\xE2\x80n Bình\n";
  try {
    require_utf8(text, InputLocation{"people.csv", 0, 0, ""});
    FAIL() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              "people.csv:2:3: invalid UTF-8 (byte 0xE2): the text seems to be in a legacy "
              "Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258); convert it to Unicode and "
              "save it as UTF-8 (e.g. with UniKey's converter)");
  }
  EXPECT_NO_THROW(require_utf8("Cộng hòa xã hội chủ nghĩa Việt Nam", {}));
}

TEST(Utf8, LegacyEncodingsReadAsWindows1252AreRecognised) {
  EXPECT_TRUE(looks_like_legacy_encoding("§Æng V¨n Thµnh"));     // TCVN3 (ABC)
  EXPECT_TRUE(looks_like_legacy_encoding("Ñaëng Vaên Thaønh"));  // VNI-Windows
  EXPECT_FALSE(looks_like_legacy_encoding("Đặng Văn Thành, Nguyễn Thị Mai Thuỷ"));
  EXPECT_FALSE(looks_like_legacy_encoding("Cuộc họp kết thúc vào 11 giờ 30"));
  EXPECT_THROW(require_unicode_text("§Æng V¨n Thµnh", {"x.csv", 3, 0, "Họ và tên"}), UserError);
}

ListedPerson person(const std::string& full, std::optional<Date> birth = std::nullopt) {
  return {clean_text(full), split_name(full), birth};
}

TEST(NameOrder, TonesComeAfterLettersInTheirOwnOrder) {
  // ban < bàn < bản < bãn < bán < bạn < bang (domain.md §4), as given names.
  const std::vector<std::string> expected = {"Lê Ban", "Lê Bàn", "Lê Bản", "Lê Bãn",
                                             "Lê Bán", "Lê Bạn", "Lê Bang"};
  std::vector<ListedPerson> people;
  for (auto it = expected.rbegin(); it != expected.rend(); ++it)
    people.push_back(person(*it));
  NameOrder().sort(people);
  std::vector<std::string> sorted;
  for (const auto& p : people)
    sorted.push_back(p.full_name);
  EXPECT_EQ(sorted, expected);
}

TEST(NameOrder, GivenThenFamilyThenMiddleThenBirthDate) {
  const NameOrder order;
  EXPECT_LT(order.compare(person("Trần An"), person("Lê Bình")), 0);      // given first
  EXPECT_LT(order.compare(person("Lê Văn An"), person("Nguyễn An")), 0);  // then family
  EXPECT_LT(order.compare(person("Lê An"), person("Lê Văn An")), 0);      // then middle
  EXPECT_LT(order.compare(person("Lê An", Date{1960, 1, 1}), person("Lê An", Date{1975, 3, 15})),
            0);
  EXPECT_LT(order.compare(person("Lê An", Date{1990, 1, 1}), person("Lê An")), 0);
  EXPECT_EQ(order.compare(person("Nguyễn Thị Hoà"), person("Nguyễn Thị Hòa")), 0);
  EXPECT_EQ(order.compare(person(kThuyNfd), person("Thủy")), 0);
}

}  // namespace
}  // namespace thuky::text
