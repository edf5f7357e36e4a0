// The law's rules, each on an instance where it alone decides (Law 85/2015/QH13 as amended by
// 83/2025/QH15; domain.md §2).
#include <gtest/gtest.h>

#include "delegates_config.hpp"
#include "rules.hpp"

namespace delegates {
namespace {

using thuky::text::Date;
using thuky::text::PartialDate;

const DelegatesConfig kLaw;  // the defaults are the law's values

TEST(Surplus, NationalAssemblyNeedsTwoMoreWhateverTheSeats) {
  EXPECT_EQ(min_candidates(kLaw, ElectionKind::kNationalAssembly, 1), 3);
  EXPECT_EQ(min_candidates(kLaw, ElectionKind::kNationalAssembly, 2), 4);
  EXPECT_EQ(min_candidates(kLaw, ElectionKind::kNationalAssembly, 3), 5);
  EXPECT_EQ(min_candidates(kLaw, ElectionKind::kNationalAssembly, 7), 9);
}

TEST(Surplus, CouncilNeedsOneTwoOrThreeMoreBySeats) {
  EXPECT_EQ(min_candidates(kLaw, ElectionKind::kCouncil, 1), 2);
  EXPECT_EQ(min_candidates(kLaw, ElectionKind::kCouncil, 2), 3);
  EXPECT_EQ(min_candidates(kLaw, ElectionKind::kCouncil, 3), 5);
  EXPECT_EQ(min_candidates(kLaw, ElectionKind::kCouncil, 4), 7);
  EXPECT_EQ(min_candidates(kLaw, ElectionKind::kCouncil, 6), 9);
}

TEST(Surplus, ConfiguredListsReplaceTheLaw) {
  DelegatesConfig c;
  c.surplus_council = {2, 4};
  EXPECT_EQ(min_candidates(c, ElectionKind::kCouncil, 1), 3);
  EXPECT_EQ(min_candidates(c, ElectionKind::kCouncil, 5), 9);
}

TEST(Age, CountedOnElectionDay) {
  const Date day{2026, 3, 15};
  EXPECT_TRUE(old_enough({2005, 3, 15}, day, 21));   // 21 that very day
  EXPECT_FALSE(old_enough({2005, 3, 16}, day, 21));  // one day short
  EXPECT_TRUE(old_enough({2008, 3, 15}, day, 18));
  EXPECT_FALSE(old_enough({2008, 3, 16}, day, 18));
}

TEST(Age, PartialDatesCountFromTheFirstOfTheMonthOrYear) {
  const Date day{2026, 3, 15};
  // Born "03/2005": counted from 01/03/2005, 21 on election day.
  EXPECT_TRUE(old_enough(*PartialDate::parse("03/2005", true), day, 21));
  // Born "04/2005": counted from 01/04/2005, not yet 21.
  EXPECT_FALSE(old_enough(*PartialDate::parse("04/2005", true), day, 21));
  // Born "2005": counted from 01/01/2005, 21.
  EXPECT_TRUE(old_enough(*PartialDate::parse("2005", true), day, 21));
  // Born "2008": 18 on 15/03/2026, though someone born in December 2008 would not be.
  EXPECT_TRUE(old_enough(*PartialDate::parse("2008", true), day, 18));
  EXPECT_FALSE(old_enough(*PartialDate::parse("2009", true), day, 18));
}

TEST(Turnout, MoreThanHalfOfTheListedVoters) {
  EXPECT_FALSE(turnout_valid(1000, 500));  // exactly half: not valid
  EXPECT_TRUE(turnout_valid(1000, 501));   // one above
  EXPECT_FALSE(turnout_valid(1001, 500));
  EXPECT_TRUE(turnout_valid(1001, 501));
  EXPECT_FALSE(turnout_valid(0, 0));
}

TEST(Winners, MoreThanHalfOfTheValidBallots) {
  // 1000 valid ballots: 500 votes is exactly half and loses; 501 wins.
  const auto out = decide_unit(ElectionKind::kCouncil, 2, 1000,
                               {{1, 500, {1970, 1, 1}}, {2, 501, {1980, 1, 1}}});
  EXPECT_EQ(out.winners, (std::vector<std::int64_t>{2}));
}

TEST(Winners, HighestCountsFirstAtMostTheSeats) {
  const auto out =
      decide_unit(ElectionKind::kCouncil, 2, 1000,
                  {{1, 700, {1970, 1, 1}}, {2, 900, {1980, 1, 1}}, {3, 800, {1975, 1, 1}}});
  EXPECT_EQ(out.winners, (std::vector<std::int64_t>{2, 3}));
  EXPECT_FALSE(out.tie_unresolved);
}

TEST(Winners, TieAtTheCutOffGoesToTheOlder) {
  const auto out = decide_unit(
      ElectionKind::kCouncil, 2, 1000,
      {{1, 900, {1970, 1, 1}}, {2, 700, {1980, 5, 2}}, {3, 700, {1980, 5, 1}}});  // one day older
  EXPECT_EQ(out.winners, (std::vector<std::int64_t>{1, 3}));
  EXPECT_FALSE(out.tie_unresolved);
}

TEST(Winners, TieOfEqualBirthDatesIsLeftToTheBoard) {
  const auto out = decide_unit(ElectionKind::kCouncil, 1, 1000,
                               {{1, 700, {1980, 1, 1}}, {2, 700, {1980, 1, 1}}});
  EXPECT_TRUE(out.tie_unresolved);
}

TEST(AdditionalElection, NationalAssemblyAnySeatLeft) {
  const auto filled =
      decide_unit(ElectionKind::kNationalAssembly, 3, 100, {{1, 60, {}}, {2, 60, {}}, {3, 60, {}}});
  EXPECT_FALSE(filled.additional_election);
  const auto one_left =
      decide_unit(ElectionKind::kNationalAssembly, 3, 100, {{1, 60, {}}, {2, 60, {}}, {3, 50, {}}});
  EXPECT_TRUE(one_left.additional_election);
}

TEST(AdditionalElection, CouncilBelowTwoThirdsOfTheSeats) {
  // 3 seats: 2 filled is exactly two thirds — no additional election; 1 filled is below.
  const auto two =
      decide_unit(ElectionKind::kCouncil, 3, 100, {{1, 60, {}}, {2, 60, {}}, {3, 50, {}}});
  EXPECT_FALSE(two.additional_election);
  const auto one =
      decide_unit(ElectionKind::kCouncil, 3, 100, {{1, 60, {}}, {2, 50, {}}, {3, 50, {}}});
  EXPECT_TRUE(one.additional_election);
}

TEST(Tally, ConsistentCountsHaveNoProblem) {
  EXPECT_TRUE(tally_problems({1000, 900, 900, 900, 880, 20}, {800, 700, 260}, 2).empty());
}

TEST(Tally, EachInconsistencyNamed) {
  EXPECT_EQ(tally_problems({1000, 900, 900, 900, 880, 10}, {}, 2),
            (std::vector<std::string>{"valid 880 + invalid 10 is 890, not the 900 returned"}));
  EXPECT_EQ(tally_problems({1000, 900, 900, 901, 881, 20}, {}, 2),
            (std::vector<std::string>{"901 ballots returned but 900 issued"}));
  EXPECT_EQ(tally_problems({1000, 900, 1001, 900, 880, 20}, {}, 2),
            (std::vector<std::string>{"1001 ballots issued but 1000 voters listed"}));
  EXPECT_EQ(
      tally_problems({1000, 900, 900, 900, 880, 20}, {881}, 2),
      (std::vector<std::string>{"candidate 1 has 881 votes, more than the 880 valid ballots"}));
  // One vote per seat at most: 3 candidates, 2 seats, 880 valid → at most 1760 votes.
  EXPECT_EQ(tally_problems({1000, 900, 900, 900, 880, 20}, {880, 880, 1}, 2),
            (std::vector<std::string>{"1761 votes in all, more than 880 valid ballots × 2 seats"}));
}

// Counts of one say so in the singular: "1 voter listed", not "1 voters listed".
TEST(Tally, OneOfAThingIsSingular) {
  // listed, voted, issued, returned, valid, invalid
  EXPECT_EQ(tally_problems({1, 1, 2, 1, 1, 0}, {}, 1),
            (std::vector<std::string>{"2 ballots issued but 1 voter listed"}));
  EXPECT_EQ(tally_problems({1, 2, 1, 1, 1, 0}, {}, 1),
            (std::vector<std::string>{"2 voted but 1 is on the list"}));
  EXPECT_EQ(tally_problems({3, 2, 2, 2, 1, 1}, {2}, 1),
            (std::vector<std::string>{"candidate 1 has 2 votes, more than the 1 valid ballot",
                                      "2 votes in all, more than 1 valid ballot × 1 seat"}));
  EXPECT_EQ(tally_problems({3, 2, 2, 2, 0, 2}, {1}, 1),
            (std::vector<std::string>{"candidate 1 has 1 vote, more than the 0 valid ballots",
                                      "1 vote in all, more than 0 valid ballots × 1 seat"}));
}

TEST(ReElection, WhenTurnoutIsNotMoreThanHalf) {
  EXPECT_TRUE(re_election_needed(2000, 1000));  // exactly half
  EXPECT_FALSE(re_election_needed(2000, 1001));
  EXPECT_TRUE(re_election_needed(0, 0));  // nobody listed: nothing valid to keep
}

TEST(Winners, NoWinnerAboveHalfLeavesEverySeat) {
  const auto out = decide_unit(ElectionKind::kNationalAssembly, 2, 1000,
                               {{1, 500, {1970, 1, 1}}, {2, 500, {1980, 1, 1}}});
  EXPECT_TRUE(out.winners.empty());
  EXPECT_TRUE(out.additional_election);
}

TEST(Winners, TieAtTheCutOffByAgeWhateverTheListOrder) {
  // The younger first in the input: the older still takes the last seat.
  const auto out = decide_unit(ElectionKind::kCouncil, 1, 1000,
                               {{1, 700, {1990, 1, 1}}, {2, 700, {1960, 12, 31}}});
  EXPECT_EQ(out.winners, (std::vector<std::int64_t>{2}));
}

TEST(AdditionalElection, CouncilTwoThirdsOfSixSeats) {
  // 6 seats: 4 filled is exactly two thirds (none); 3 filled is below (additional election).
  std::vector<CandidateVotes> four, three;
  for (std::int64_t i = 1; i <= 6; ++i) {
    four.push_back({i, i <= 4 ? 60 : 40, {}});
    three.push_back({i, i <= 3 ? 60 : 40, {}});
  }
  EXPECT_FALSE(decide_unit(ElectionKind::kCouncil, 6, 100, four).additional_election);
  EXPECT_TRUE(decide_unit(ElectionKind::kCouncil, 6, 100, three).additional_election);
}

TEST(Tally, EachProblemBlamesItsCount) {
  const auto fields = [](const TallyCounts& t, const std::vector<std::int64_t>& votes) {
    std::vector<std::string> out;
    for (const auto& p : check_tally(t, votes, 2))
      out.push_back(p.field);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(fields({1000, 1001, 900, 900, 880, 20}, {}), (V{"voted"}));
  EXPECT_EQ(fields({1000, 900, 1001, 900, 880, 20}, {}), (V{"issued"}));
  EXPECT_EQ(fields({1000, 900, 900, 901, 881, 20}, {}), (V{"returned"}));
  EXPECT_EQ(fields({1000, 900, 900, 900, 881, 20}, {}), (V{"valid"}));
  EXPECT_EQ(fields({1000, 900, 900, 900, 880, 20}, {1, 881}), (V{"votes2"}));
  EXPECT_EQ(fields({1000, 900, 900, 900, 880, 20}, {880, 880, 1}), (V{"votes"}));
  // At the limits every rule still holds: all voted, all valid, every name on every ballot.
  EXPECT_EQ(fields({900, 900, 900, 900, 900, 0}, {900, 900}), V{});
}

}  // namespace
}  // namespace delegates
