// The scheduler on tiny rounds where one constraint alone decides, and on generated ones.
#include <gtest/gtest.h>

#include "schedule/generate.hpp"
#include "schedule/solver.hpp"

namespace contact::schedule {
namespace {

// One group of one delegate visiting `localities` localities (one venue each) over `days` days
// with morning and afternoon slots.
Problem tiny(int days, int localities = 1) {
  Problem p;
  for (int d = 0; d < days; ++d) {
    p.days.push_back("d" + std::to_string(d));
    p.day_closed.push_back("");
  }
  p.slots = {{"morning", 7 * 60 + 30, 10 * 60 + 30, 0},
             {"afternoon", 13 * 60 + 30, 16 * 60 + 30, 0}};
  p.people = {{"Anna", {}}};
  p.groups = {{"Group 1", {0}, 2}};
  for (int l = 0; l < localities; ++l) {
    p.localities.push_back({"L" + std::to_string(l), {}, {}, 0});
    p.venues.push_back({l, "V" + std::to_string(l), 0});
    p.sessions.push_back({0, l, std::nullopt, std::nullopt});
  }
  return p;
}

Result solved(const Problem& p) {
  Result r = solve(p);
  EXPECT_TRUE(violations(p, r.placements).empty());
  EXPECT_EQ(r.score.total, score(p, r.placements).total);
  return r;
}

TEST(Schedule, ClosedDaysAreNeverUsed) {
  Problem p = tiny(3);
  p.day_closed = {"weekend", "", "public holiday"};
  const Result r = solved(p);
  ASSERT_TRUE(r.feasible());
  EXPECT_EQ(r.placements[0].day, 1);
}

TEST(Schedule, ALocalityThatCannotHostIsNotVisitedThatDay) {
  Problem p = tiny(2);
  p.localities[0].closed_days = {0};
  EXPECT_EQ(solved(p).placements[0].day, 1);
}

TEST(Schedule, AnAbsentDelegateKeepsTheGroupAway) {
  Problem p = tiny(2);
  p.people[0].absent_days = {0};
  EXPECT_EQ(solved(p).placements[0].day, 1);
}

TEST(Schedule, TheVenueMustHoldTheVoters) {
  Problem p = tiny(1);
  p.localities[0].attendance = 200;
  p.venues[0].capacity = 150;
  p.venues.push_back({0, "Big hall", 250});
  EXPECT_EQ(solved(p).placements[0].venue, 1);
}

TEST(Schedule, AVenueHoldsOneSessionAtATime) {
  Problem p = tiny(1);
  p.people.push_back({"Binh", {}});
  p.groups.push_back({"Group 2", {1}, 2});
  p.sessions.push_back({1, 0, std::nullopt, std::nullopt});
  const Result r = solved(p);
  ASSERT_TRUE(r.feasible());
  EXPECT_NE(r.placements[0].slot, r.placements[1].slot);
}

TEST(Schedule, APersonInTwoGroupsIsNeverInTwoPlaces) {
  Problem p = tiny(1, 2);
  p.sessions.pop_back();
  p.people.push_back({"Binh", {}});
  p.groups.push_back({"Group 2", {1, 0}, 2});  // Anna is in both groups
  p.sessions.push_back({1, 1, std::nullopt, std::nullopt});
  const Result r = solved(p);
  ASSERT_TRUE(r.feasible());
  EXPECT_NE(r.placements[0].slot, r.placements[1].slot);
  p.groups[1].members = {1};  // without her the same slot costs nothing more
  const Result apart = solved(p);
  EXPECT_EQ(apart.placements[0].slot, apart.placements[1].slot);
}

TEST(Schedule, AGroupHoldsAtMostItsSessionsADay) {
  Problem p = tiny(2, 2);
  p.groups[0].max_per_day = 1;
  p.weights.load = 0;  // so that only the limit spreads them
  const Result r = solved(p);
  ASSERT_TRUE(r.feasible());
  EXPECT_NE(r.placements[0].day, r.placements[1].day);
  p.groups[0].max_per_day = 2;
  const Result together = solved(p);
  EXPECT_EQ(together.placements[0].day, together.placements[1].day);
}

TEST(Schedule, TravelMustFitBetweenSlots) {
  Problem p = tiny(1, 2);
  p.slots.push_back({"evening", 19 * 60, 21 * 60, 0});
  p.travel = {{0, 1, 200}};  // more than morning→afternoon (180), afternoon→evening (150)
  p.weights.travel_per_10_minutes = 0;
  const Result r = solved(p);
  ASSERT_TRUE(r.feasible());
  EXPECT_EQ(std::min(r.placements[0].slot, r.placements[1].slot), 0);
  EXPECT_EQ(std::max(r.placements[0].slot, r.placements[1].slot), 2);
}

TEST(Schedule, PreferredDaysAreChosen) {
  Problem p = tiny(3);
  p.localities[0].preferred_days = {2};
  const Result r = solved(p);
  EXPECT_EQ(r.placements[0].day, 2);
  EXPECT_EQ(r.score.not_preferred, 0);
}

TEST(Schedule, LoadIsBalancedAndTravelAvoided) {
  Problem p = tiny(2, 4);
  const Result r = solved(p);
  int first_day = 0;
  for (const auto& a : r.placements)
    first_day += a.day == 0 ? 1 : 0;
  EXPECT_EQ(first_day, 2);  // 2 + 2 costs less than 3 + 1
  EXPECT_EQ(r.score.load, 2 * 10 * 4);
  EXPECT_EQ(r.score.consecutive, 30);  // two long days in a row cannot be avoided here
}

TEST(Schedule, NoPossibleDayNamesEveryReason) {
  Problem p = tiny(4);
  p.day_closed = {"weekend", "", "", ""};
  p.localities[0].closed_days = {1};
  p.people[0].absent_days = {2};
  p.localities[0].attendance = 300;
  p.venues[0].capacity = 200;
  const Result r = solved(p);
  ASSERT_EQ(r.unplaced.size(), 1u);
  EXPECT_EQ(r.unplaced[0].session, 0);
  EXPECT_EQ(r.unplaced[0].reason,
            "no possible day: weekend (d0); the locality cannot host (d1); delegate Anna cannot "
            "attend (d2); no venue holds the 300 voters expected (d3)");
  EXPECT_FALSE(r.placements[0].placed());
}

TEST(Schedule, NoFreeTimeNamesWhatHoldsIt) {
  Problem p = tiny(1, 3);  // one day, two slots, three localities
  const Result r = solved(p);
  ASSERT_EQ(r.unplaced.size(), 1u);
  EXPECT_EQ(r.unplaced[0].reason,
            "all 2 possible times are taken: Group 1 already has 2 sessions that day (2×); Group 1 "
            "is at L0 then (1×); Group 1 is at L1 then (1×)");
  p.groups[0].max_per_day = 3;
  const Result busy = solved(p);
  ASSERT_EQ(busy.unplaced.size(), 1u);
  EXPECT_EQ(busy.unplaced[0].reason,
            "all 2 possible times are taken: Group 1 is at L0 then (1×); "
            "Group 1 is at L1 then (1×)");
}

TEST(Schedule, NoVenue) {
  Problem p = tiny(1);
  p.venues.clear();
  EXPECT_EQ(solved(p).unplaced.at(0).reason, "no venue is listed for the locality");
}

TEST(Schedule, PinsAreKeptAndOthersPlanAroundThem) {
  Problem p = tiny(2, 2);
  p.sessions[1].pinned = Placement{1, 1, 1};
  const Result r = solved(p);
  ASSERT_TRUE(r.feasible());
  EXPECT_EQ(r.placements[1], (Placement{1, 1, 1}));
  EXPECT_EQ(r.placements[0].day, 0);  // balance: the other day
}

TEST(Schedule, APinThatBreaksARuleIsReported) {
  Problem p = tiny(2, 2);
  p.localities[1].closed_days = {1};
  p.sessions[1].pinned = Placement{1, 0, 1};
  const Result r = solved(p);
  ASSERT_EQ(r.unplaced.size(), 1u);
  EXPECT_EQ(r.unplaced[0].session, 1);
  EXPECT_EQ(r.unplaced[0].reason, "pinned to d1 morning, but the locality cannot host");
  p.localities[1].closed_days.clear();
  p.sessions[0].pinned = Placement{1, 0, 0};
  const Result clash = solved(p);
  ASSERT_EQ(clash.unplaced.size(), 1u);
  EXPECT_EQ(clash.unplaced[0].reason, "pinned to d1 morning, but Group 1 is at L0 then");
}

TEST(Schedule, ReplanningMovesAsFewSessionsAsItCan) {
  Problem p = generate({.localities = 120, .groups = 30, .weeks = 2, .seed = 7});
  const Result first = solved(p);
  ASSERT_TRUE(first.feasible());
  for (std::size_t s = 0; s < p.sessions.size(); ++s)
    p.sessions[s].previous = first.placements[s];
  // A locality now cannot host on the day it was given.
  const int s = 10;
  p.localities[p.sessions[s].locality].closed_days.push_back(first.placements[s].day);
  const Result again = solved(p);
  ASSERT_TRUE(again.feasible());
  EXPECT_EQ(again.score.moved_sessions, 1);
  EXPECT_NE(again.placements[s].day, first.placements[s].day);
}

TEST(Schedule, TheSameInputGivesTheSameSchedule) {
  const Problem p = generate({.localities = 150, .groups = 40, .weeks = 2, .seed = 3});
  const Result a = solved(p);
  const Result b = solved(p);
  EXPECT_EQ(a.placements, b.placements);
  EXPECT_EQ(a.score.total, b.score.total);
  EXPECT_TRUE(a.feasible());
}

TEST(Schedule, LocalSearchImprovesOnGreedy) {
  const Problem p = generate({.localities = 150, .groups = 40, .weeks = 2, .seed = 5});
  const Result greedy = solve(p, {.max_passes = 0});
  const Result full = solved(p);
  EXPECT_LT(full.score.total, greedy.score.total);
}

}  // namespace
}  // namespace contact::schedule
