// The voter import's set of citizen-id hashes: each hash new once, whatever its value, and
// still so after the table grows many times.
#include <gtest/gtest.h>

#include "seen_hashes.hpp"

namespace delegates {
namespace {

TEST(SeenHashes, AHashIsNewOnlyTheFirstTime) {
  SeenHashes seen;
  EXPECT_TRUE(seen.insert(42));
  EXPECT_FALSE(seen.insert(42));
  EXPECT_TRUE(seen.insert(43));
}

TEST(SeenHashes, ZeroIsAHashLikeAnyOther) {
  SeenHashes seen;
  EXPECT_TRUE(seen.insert(0));
  EXPECT_FALSE(seen.insert(0));
}

TEST(SeenHashes, EveryOneOfHundredThousandIsKeptThroughGrowth) {
  SeenHashes seen;
  // Hashes that differ only in high bits, the worst case for a table indexed by low bits.
  for (std::uint64_t i = 1; i <= 100000; ++i)
    ASSERT_TRUE(seen.insert(i << 40)) << i;
  std::size_t again = 0;
  for (std::uint64_t i = 1; i <= 100000; ++i)
    again += seen.insert(i << 40) ? 0 : 1;
  EXPECT_EQ(again, 100000u);
  seen.clear();
  EXPECT_TRUE(seen.insert(1ull << 40));
}

}  // namespace
}  // namespace delegates
