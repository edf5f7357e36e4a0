// The likeness of two opinions (opinion_similarity.hpp) on its own: folding, shingles, the
// Jaccard index, and grouping by average linkage.
#include "opinion_similarity.hpp"

#include <gtest/gtest.h>

namespace contact {
namespace {

using Groups = std::vector<std::vector<std::size_t>>;

TEST(OpinionSimilarity, FoldsAccentsAndSplitsOnAnythingElse) {
  const std::vector<std::string> expected = {"quoc", "lo", "1a", "xuong", "cap"};
  EXPECT_EQ(folded_words("Quốc lộ 1A xuống cấp!"), expected);
  // Tone placement and composition do not matter: "hoà" (NFD, old placement) is "hòa".
  EXPECT_EQ(folded_words("ho\u0061\u0300 gia\u0309i"), folded_words("hòa giải"));
}

TEST(OpinionSimilarity, ShinglesLeaveOutCommonWordsAndThePlansPlaces) {
  const OpinionShingler shingler({"xã Kỳ Hoa", "phường Hải Ninh"});
  const Shingles expected = {"chan song", "dung ke", "ke chan", "xay dung"};
  EXPECT_EQ(shingler("Đề nghị xây dựng kè chắn sóng tại xã Kỳ Hoa."), expected);
  EXPECT_EQ(shingler("Cử tri phường Hải Ninh đề nghị"), Shingles{});
  EXPECT_EQ(shingler("Đề nghị nâng cấp"), (Shingles{"nang cap"}));
  EXPECT_EQ(shingler("Bụi"), Shingles{"bui"});
}

TEST(OpinionSimilarity, IsTheJaccardIndexOfTheShingleSets) {
  EXPECT_DOUBLE_EQ(similarity({"a b", "b c"}, {"b c", "c d"}), 1.0 / 3);
  EXPECT_DOUBLE_EQ(similarity({"a b"}, {"a b"}), 1.0);
  EXPECT_DOUBLE_EQ(similarity({"a b"}, {"c d"}), 0.0);
  EXPECT_DOUBLE_EQ(similarity({}, {}), 0.0);
  // Symmetric, and the same request worded twice is alike, an unrelated one is not.
  const OpinionShingler shingler({});
  // 6 word pairs shared of 16 in all.
  const Shingles a =
      shingler("Bờ biển bị sạt lở nghiêm trọng, đề nghị đầu tư xây dựng kè chắn sóng.");
  const Shingles b =
      shingler("Sạt lở bờ biển ngày càng nghiêm trọng, đề nghị sớm xây dựng kè chắn sóng.");
  const Shingles c = shingler("Giá lúa thấp, đề nghị có chính sách hỗ trợ nông dân.");
  EXPECT_DOUBLE_EQ(similarity(a, b), similarity(b, a));
  EXPECT_DOUBLE_EQ(similarity(a, b), 6.0 / 16);
  EXPECT_DOUBLE_EQ(similarity(a, c), 0.0);
}

TEST(OpinionSimilarity, AChainOfAlikePairsIsNotOneGroup) {
  // A like B (1/3), B like C (1/3), A and C share nothing: single linkage would make one group
  // of all three; average linkage joins A and B (the lowest pair of the tie) and leaves C, whose
  // average likeness to {A, B} is 1/6.
  const std::vector<Shingles> items = {
      {"p1", "p2", "p3", "p4"}, {"p3", "p4", "p5", "p6"}, {"p5", "p6", "p7", "p8"}};
  EXPECT_EQ(group_alike(items, 0.3), (Groups{{0, 1}, {2}}));
  // At a lower threshold the chain's average is enough.
  EXPECT_EQ(group_alike(items, 0.15), (Groups{{0, 1, 2}}));
}

TEST(OpinionSimilarity, MostAlikeFirstAndItemsKeptApartNeverShareAGroup) {
  const std::vector<Shingles> items = {{"a", "b", "c"}, {"a", "b", "c", "d"}, {"a", "b", "c"}};
  EXPECT_EQ(group_alike(items, 0.5), (Groups{{0, 1, 2}}));
  // 0 and 2 are the same words, but the user split them: 1 goes with 0 (lowest pair of the tie).
  EXPECT_EQ(group_alike(items, 0.5, {{0, 2}}), (Groups{{0, 1}, {2}}));
  EXPECT_EQ(group_alike({}, 0.3), Groups{});
  EXPECT_EQ(group_alike({{}, {}}, 0.3), (Groups{{0}, {1}}));
}

}  // namespace
}  // namespace contact
