#include <gtest/gtest.h>

#include <unicode/coll.h>

#include <algorithm>
#include <memory>

#include "thuky/error.hpp"
#include "thuky/text/name_check.hpp"
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

// Invisible formatting goes; a Unicode space is a space (NBSP would glue two words into one
// part of the name).
TEST(NameCheck, InvisibleFormattingIsCleanedAway) {
  EXPECT_EQ(clean_name("Nguyễn\u00A0Văn\u2007An"), "Nguyễn Văn An");
  EXPECT_EQ(clean_name("\uFEFFNguyễn\u200B Văn\u200C\u200D\u2060 An\u00AD "), "Nguyễn Văn An");
  EXPECT_EQ(clean_name("  Lê\u3000\u202F Thị  Hoa "), "Lê Thị Hoa");
  EXPECT_EQ(clean_name("Thu\xCC\x89y"), "Thủy");  // NFC
  EXPECT_EQ(clean_name("\u200B"), "");
  EXPECT_EQ(split_name(clean_name("Nguyễn\u00A0Văn\u00A0An")).middle, "Văn");
}

std::string problem_of(std::string_view name) {
  const auto p = name_problem(name);
  return p ? p->english() + " | " + p->vietnamese() : "";
}

TEST(NameCheck, WhatNoNameHoldsIsRefused) {
  for (const char* fine :
       {"Nguyễn Văn An", "X", "Ksor H'Luân", "Ksor H’Luân", "Y Moan Niê", "Nguyễn Văn Thạnh (Lâm)",
        "Lê Thị \"Út\" Hoa", "Lê Thị “Út” Hoa", "Jean-Pierre Dupont", "Nguyễn T. Hoa",
        "Đặng Minh Châu (Hòa thượng Thích Bảo Nghiêm)", "Công Tằng Tôn Nữ Hà"})
    EXPECT_EQ(problem_of(fine), "") << fine;
  EXPECT_EQ(problem_of("=1+1"),
            "'=1+1' begins with '=' like a spreadsheet formula: it is not a name; retype the name "
            "| “=1+1” bắt đầu bằng “=” như một công thức bảng tính, không phải họ tên; hãy gõ lại "
            "họ tên");
  EXPECT_EQ(problem_of("+Lê An"),
            "'+Lê An' begins with '+' like a spreadsheet formula: it is not a name; retype the "
            "name | “+Lê An” bắt đầu bằng “+” như một công thức bảng tính, không phải họ tên; hãy "
            "gõ lại họ tên");
  EXPECT_EQ(problem_of("'Nguyễn Văn A"),
            "''Nguyễn Văn A' does not begin with a letter, as a name does | “'Nguyễn Văn A” không "
            "bắt đầu bằng chữ cái như họ tên");
  EXPECT_EQ(problem_of("Lê Văn 2"),
            "'Lê Văn 2' holds the digit '2': a name has no digits | “Lê Văn 2” có chữ số “2”: họ "
            "tên không có chữ số");
  EXPECT_EQ(problem_of("Lê An @x"),
            "'Lê An @x' holds '@', which is no part of a name | “Lê An @x” có ký tự “@”, không "
            "phải là một phần của họ tên");
  EXPECT_EQ(problem_of("Lê + An").rfind("'Lê + An' holds '+', which", 0), 0u);
  EXPECT_EQ(
      problem_of("Lê\x1b[31mAn"),
      "'Lê\\x1b[31mAn' holds a control character (code 27); retype the name | “Lê\\x1b[31mAn” "
      "chứa ký tự điều khiển (mã 27); hãy gõ lại họ tên");
  EXPECT_EQ(
      problem_of("Lê An\u0085").rfind("'Lê An\\u0085' holds a control character (code 133)", 0),
      0u);  // C1 control
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

std::vector<std::string> sorted_names(const std::vector<std::string>& names, NameOrderKind kind) {
  std::vector<ListedPerson> people;
  for (auto it = names.rbegin(); it != names.rend(); ++it)
    people.push_back(person(*it));
  NameOrder(kind).sort(people);
  std::vector<std::string> sorted;
  for (const auto& p : people)
    sorted.push_back(p.full_name);
  return sorted;
}

constexpr auto kPublished = NameOrderKind::kPublished;
constexpr auto kDictionary = NameOrderKind::kDictionary;

TEST(SplitName, AnAliasInParenthesesIsNotPartOfTheName) {
  const NameParts chau = split_name("Đặng Minh Châu (Hòa thượng Thích Bảo Nghiêm)");
  EXPECT_EQ(chau.family, "Đặng");
  EXPECT_EQ(chau.middle, "Minh");
  EXPECT_EQ(chau.given, "Châu");
  EXPECT_EQ(split_name("Nguyễn Thiện Thức (Nguyễn Thành Phúc)").given, "Thức");
  EXPECT_EQ(split_name("Y Jone Ktull (Ama Drim)").given, "Ktull");
  EXPECT_EQ(split_name("Y Jone Ktull (Ama Drim)").family, "Y");
  EXPECT_EQ(split_name("Nguyễn Văn Thạnh (Lâm)").given, "Thạnh");
  EXPECT_EQ(split_name("Nguyễn Văn Thạnh(Lâm)").given, "Thạnh");
  EXPECT_EQ(split_name("Lê (Sáu) Văn Tám").middle, "Văn");
  const NamePartViews views = split_name_views("Nguyễn  Văn Thạnh (Lâm) ");
  EXPECT_EQ(views.family, "Nguyễn");
  EXPECT_EQ(views.middle, "Văn");
  EXPECT_EQ(views.given, "Thạnh");
}

TEST(SplitName, ApostrophesStayInTheLiteralLastWord) {
  EXPECT_EQ(split_name("Ksor H'Luân").given, "H'Luân");
  EXPECT_EQ(split_name("Ksor H'Luân").family, "Ksor");
  EXPECT_EQ(split_name("Niê H′Dry").given, "H′Dry");
}

TEST(NameOrder, PublishedOrderTreatsATonedVowelAsTheNextLetter) {
  // ban < bang < bàn < bản < bãn < bán < bạn: the tone is part of the letter.
  EXPECT_EQ(sorted_names({"Lê Ban", "Lê Bang", "Lê Bàn", "Lê Bản", "Lê Bãn", "Lê Bán", "Lê Bạn"},
                         kPublished),
            (std::vector<std::string>{"Lê Ban", "Lê Bang", "Lê Bàn", "Lê Bản", "Lê Bãn", "Lê Bán",
                                      "Lê Bạn"}));
  // a à ả ã á ạ ă … â …: the toned a's come before ă.
  EXPECT_EQ(sorted_names({"Lê Ăn", "Lê Ạn", "Lê Ân", "Lê An"}, kPublished),
            (std::vector<std::string>{"Lê An", "Lê Ạn", "Lê Ăn", "Lê Ân"}));
}

TEST(NameOrder, DictionaryOrderComparesLettersFirstAndTonesLast) {
  // ban < bàn < bản < bãn < bán < bạn < bang (domain.md §4).
  EXPECT_EQ(sorted_names({"Lê Ban", "Lê Bàn", "Lê Bản", "Lê Bãn", "Lê Bán", "Lê Bạn", "Lê Bang"},
                         kDictionary),
            (std::vector<std::string>{"Lê Ban", "Lê Bàn", "Lê Bản", "Lê Bãn", "Lê Bán", "Lê Bạn",
                                      "Lê Bang"}));
}

// The pairs of the 2021 National Assembly list that dictionary order gets the other way round.
struct PublishedPair {
  const char* first;
  const char* second;
};
constexpr PublishedPair kPublishedPairs[] = {
    {"Lê Minh Hoan", "Phạm Văn Hòa"},
    {"Zơ Râm Duy", "Lê Văn Dũng"},
    {"Trần Sỹ Thanh", "Chu Thị Hồng Thái"},
    {"Hoàng Văn Nghiệm", "Phạm Trọng Nghĩa"},
};

TEST(NameOrder, PublishedPairsInBothOrders) {
  const NameOrder published(kPublished);
  const NameOrder dictionary(kDictionary);
  for (const auto& pair : kPublishedPairs) {
    EXPECT_LT(published.compare(person(pair.first), person(pair.second)), 0) << pair.first;
    EXPECT_GT(published.compare(person(pair.second), person(pair.first)), 0) << pair.first;
    EXPECT_GT(dictionary.compare(person(pair.first), person(pair.second)), 0) << pair.first;
    EXPECT_LT(dictionary.compare(person(pair.second), person(pair.first)), 0) << pair.first;
  }
}

TEST(NameOrder, AliasesInParenthesesDoNotCount) {
  for (const auto kind : {kPublished, kDictionary}) {
    const NameOrder order(kind);
    EXPECT_EQ(order.compare(person("Nguyễn Văn Thạnh (Lâm)"), person("Nguyễn Văn Thạnh")), 0);
    // Châu, not Nghiêm: before "Lê Văn Chiến".
    EXPECT_LT(order.compare(person("Đặng Minh Châu (Hòa thượng Thích Bảo Nghiêm)"),
                            person("Lê Văn Chiến")),
              0);
    // Ktull, not Drim: after "Lê Văn Hùng".
    EXPECT_GT(order.compare(person("Y Jone Ktull (Ama Drim)"), person("Lê Văn Hùng")), 0);
    // Thức, not Phúc: after "Lê Văn Tân".
    EXPECT_GT(order.compare(person("Nguyễn Thiện Thức (Nguyễn Thành Phúc)"), person("Lê Tân")), 0);
    // Explicit parts holding an alias are read the same way.
    const ListedPerson explicit_parts{
        "Nguyễn Văn Thạnh (Lâm)", {"Nguyễn", "Văn", "Thạnh (Lâm)"}, std::nullopt};
    EXPECT_EQ(order.sort_key(explicit_parts), order.sort_key(person("Nguyễn Văn Thạnh")));
  }
}

TEST(NameOrder, ApostrophesAndPrimesAreNotLetters) {
  for (const auto kind : {kPublished, kDictionary}) {
    const NameOrder order(kind);
    EXPECT_EQ(order.compare(person("Niê H′Dry"), person("Niê H'Dry")), 0);
    EXPECT_EQ(order.compare(person("Ksor H'Hen"), person("Ksor HHen")), 0);
    // "hdry" < "hen" < "hlong"; the apostrophe neither sorts first nor last.
    EXPECT_EQ(sorted_names({"Ksor Hlong", "Ksor H'Hen", "Niê H′Dry"}, kind),
              (std::vector<std::string>{"Niê H′Dry", "Ksor H'Hen", "Ksor Hlong"}));
  }
}

TEST(NameOrder, ToneMarkPlacementAndNormalisationDoNotMatter) {
  for (const auto kind : {kPublished, kDictionary}) {
    const NameOrder order(kind);
    EXPECT_EQ(order.compare(person("Nguyễn Thị Hoà"), person("Nguyễn Thị Hòa")), 0);
    EXPECT_EQ(order.compare(person("Lê Thuỷ"), person("Lê Thủy")), 0);
    EXPECT_EQ(order.compare(person("Lê Khoẻ"), person("Lê Khỏe")), 0);
    EXPECT_EQ(order.compare(person("Lê Thùy"), person("Lê Thuỳ")), 0);
    EXPECT_EQ(order.compare(person(kThuyNfd), person("Thủy")), 0);
    EXPECT_EQ(order.compare(person(kThuyOldNfd), person("Thủy")), 0);
    EXPECT_EQ(order.compare(person("LÊ VĂN AN"), person("Lê Văn An")), 0);
    EXPECT_EQ(order.sort_key(person("Tỉnh Uỷ")), order.sort_key(person("tỉnh ủy")));
    // Placement never reaches another syllable or another name: Hoài, Hoàng still differ.
    EXPECT_NE(order.compare(person("Lê Hoài"), person("Lê Hòa")), 0);
    EXPECT_EQ(order.compare(person("Lê Hoàng"), person("Lê Hòang")), 0);
  }
  // Both read with the tone where the 2021 list prints it ("Hòa"): so Hoài (o, à, i) comes
  // before Hoà (ò, a) in published order.
  EXPECT_LT(NameOrder(kPublished).compare(person("Lê Hoài"), person("Lê Hoà")), 0);
}

TEST(NameOrder, GivenThenFamilyThenMiddleThenBirthDate) {
  for (const auto kind : {kPublished, kDictionary}) {
    const NameOrder order(kind);
    EXPECT_LT(order.compare(person("Trần An"), person("Lê Bình")), 0);      // given first
    EXPECT_LT(order.compare(person("Lê Văn An"), person("Nguyễn An")), 0);  // then family
    EXPECT_LT(order.compare(person("Lê An"), person("Lê Văn An")), 0);      // then middle
    EXPECT_LT(order.compare(person("Lê An", Date{1960, 1, 1}), person("Lê An", Date{1975, 3, 15})),
              0);
    EXPECT_LT(order.compare(person("Lê An", Date{1990, 1, 1}), person("Lê An")), 0);
    EXPECT_LT(order.compare(person("Lê An", Date{1990, 1, 1}), person("Lê An", Date{1990, 1, 2})),
              0);
    EXPECT_EQ(order.compare(person("Lê An"), person("Lê An")), 0);
  }
}

TEST(NameOrder, EqualNamesAreOrderedByBirthDateAndKeepInputOrderOtherwise) {
  std::vector<ListedPerson> people = {
      person("Nguyễn Văn An"), person("Nguyễn Văn An", Date{1975, 3, 15}), person("Nguyễn Văn Ân"),
      person("NGUYỄN VĂN AN"), person("Nguyễn Văn An", Date{1960, 1, 1})};
  NameOrder().sort(people);
  std::vector<std::string> sorted;
  for (const auto& p : people)
    sorted.push_back(p.full_name + (p.birth_date ? " " + p.birth_date->dmy() : ""));
  EXPECT_EQ(sorted,
            (std::vector<std::string>{"Nguyễn Văn An 01/01/1960", "Nguyễn Văn An 15/03/1975",
                                      "Nguyễn Văn An", "NGUYỄN VĂN AN", "Nguyễn Văn Ân"}));
}

TEST(NameOrder, SortKeyBytesOrderLikeCompare) {
  const std::vector<std::string> names = {"Lê Minh Hoan",
                                          "Phạm Văn Hòa",
                                          "Zơ Râm Duy",
                                          "Lê Văn Dũng",
                                          "Trần Sỹ Thanh",
                                          "Chu Thị Hồng Thái",
                                          "Hải",
                                          "Thái Ngọc Hải",
                                          "Lê An",
                                          "Lê Văn An",
                                          "Lê Anh",
                                          "Tôn Nữ Thị Ngọc",
                                          "Y Jone Ktull (Ama Drim)",
                                          "Ksor H'Luân",
                                          "Đỗ Anh",
                                          "Dương Anh"};
  for (const auto kind : {kPublished, kDictionary}) {
    const NameOrder order(kind);
    for (const auto& a : names) {
      for (const auto& b : names) {
        const int by_key = order.sort_key(person(a)).compare(order.sort_key(person(b)));
        const int sign = by_key < 0 ? -1 : by_key > 0 ? 1 : 0;
        EXPECT_EQ(sign, order.compare(person(a), person(b))) << a << " / " << b;
      }
    }
  }
}

TEST(NameOrder, DictionaryOrderAgreesWithIcuVietnameseCollation) {
  // Single words with modern tone placement: ICU's "vi" collation (letters, then tones at the
  // second level) is the reference for dictionary order.
  const std::vector<std::string> words = {
      "an",   "ân",   "ăn",    "anh",   "ánh",  "bà",    "ba",   "bạ",    "bang",   "bàng", "bình",
      "binh", "bính", "dung",  "dũng",  "duy",  "đào",   "đạo",  "em",    "êm",     "hòa",  "hoan",
      "hồng", "hợp",  "hùng",  "huy",   "hưng", "hương", "ngọc", "nghĩa", "nghiệm", "ơn",   "ôn",
      "on",   "thái", "thanh", "thành", "tú",   "tư",    "từ",   "uyên",  "ưng",    "yến",  "zơ"};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> vi(icu::Collator::createInstance(icu::Locale("vi"), status));
  ASSERT_TRUE(U_SUCCESS(status));
  vi->setStrength(icu::Collator::SECONDARY);
  std::vector<std::string> by_icu = words;
  std::stable_sort(by_icu.begin(), by_icu.end(), [&](const std::string& a, const std::string& b) {
    UErrorCode s = U_ZERO_ERROR;
    return vi->compareUTF8(a, b, s) == UCOL_LESS;
  });
  EXPECT_EQ(sorted_names(words, kDictionary), by_icu);
}

TEST(NameOrder, ExplainsThePartAndTheLetterThatDecide) {
  const NameOrder published(kPublished);
  EXPECT_EQ(published.explain(person("Phạm Văn Hòa"), person("Lê Minh Hoan")),
            "'Lê Minh Hoan' comes before 'Phạm Văn Hòa' in the published order:\n"
            "- the given names (tên) decide: 'Hoan' before 'Hòa', letter 2: 'o' comes before "
            "'ò' (tone ngang before huyền: a vowel with a tone is a letter of its own, right "
            "after the plain one)\n");
  const NameOrder dictionary(kDictionary);
  EXPECT_EQ(dictionary.explain(person("Lê Minh Hoan"), person("Phạm Văn Hòa")),
            "'Phạm Văn Hòa' comes before 'Lê Minh Hoan' in the dictionary order:\n"
            "- the given names (tên) decide: 'Hòa' ends where 'Hoan' goes on with 'n': a "
            "shorter name comes first\n");
  EXPECT_EQ(dictionary.explain(person("Lê Bán"), person("Lê Bàn")),
            "'Lê Bàn' comes before 'Lê Bán' in the dictionary order:\n"
            "- the given names (tên) decide: 'Bàn' before 'Bán': the same letters; in word 1 "
            "the tone huyền comes before sắc\n");
  EXPECT_EQ(published.explain(person("Lê Văn Anh"), person("Đỗ Anh")),
            "'Đỗ Anh' comes before 'Lê Văn Anh' in the published order:\n"
            "- the given names (tên) are the same: 'Anh'\n"
            "- the family names (họ) decide: 'Đỗ' before 'Lê', letter 1: 'đ' comes before 'l'\n");
  EXPECT_EQ(published.explain(person("Lê An"), person("Lê An", Date{1960, 1, 1})),
            "'Lê An (01/01/1960)' comes before 'Lê An' in the published order:\n"
            "- the given names (tên) are the same: 'An'\n"
            "- the family names (họ) are the same: 'Lê'\n"
            "- the middle names (đệm) are the same: none\n"
            "- the birth date decides: 01/01/1960 is known, the other is not (unknown dates "
            "come last)\n");
  EXPECT_EQ(published.explain(person("Nguyễn Thị Hoà"), person("Nguyễn Thị Hòa")),
            "'Nguyễn Thị Hoà' and 'Nguyễn Thị Hòa' are equal in the published order: the same "
            "letters and tones and the same birth date; a list keeps them in the order "
            "entered.\n");
}

}  // namespace
}  // namespace thuky::text
