#pragma once
// The scheduling problem of a round of voter contact, as plain data: no store, no files. Days
// are the calendar days of the round's window (index 0 = its first day); slots are the parts of
// a day (morning, afternoon, evening); every other reference is an index into a vector here.

#include <compare>
#include <optional>
#include <string>
#include <vector>

namespace contact::schedule {

struct Slot {
  std::string name;  // "sáng"
  int starts = 0;    // minutes after midnight
  int ends = 0;
  int cost = 0;  // soft: a penalty for using it (an evening slot)
};

struct Locality {
  std::string name;
  std::vector<int> closed_days;     // hard: days it cannot host
  std::vector<int> preferred_days;  // soft: empty means no preference
  int attendance = 0;               // expected voters: the venue must hold them
};

struct Venue {
  int locality = 0;
  std::string name;
  int capacity = 0;  // 0: unknown, holds anyone
};

struct Person {
  std::string name;
  std::vector<int> absent_days;  // hard: days the delegate cannot attend
};

struct Group {
  std::string name;
  std::vector<int> members;  // people; one person may be in several groups
  int max_per_day = 2;
};

// Where and when a session takes place.
struct Placement {
  int day = -1;
  int slot = -1;
  int venue = -1;
  bool placed() const { return day >= 0; }
  auto operator<=>(const Placement&) const = default;
};

// One group meeting the voters of one locality.
struct Session {
  int group = 0;
  int locality = 0;
  std::optional<Placement> pinned;    // fixed by hand: kept whatever it costs
  std::optional<Placement> previous;  // the stored schedule: moving away from it costs
};

// Travel time between two localities, when known (both directions).
struct Travel {
  int from = 0;
  int to = 0;
  int minutes = 0;
};

// Soft constraints, in points; the solver minimises their sum.
struct Weights {
  int not_preferred = 60;         // a session off its locality's preferred days
  int load = 10;                  // a group's day with n sessions costs load·n² (balance)
  int consecutive = 30;           // a group's long day (2+ sessions) right after another long day
  int travel_per_10_minutes = 5;  // travel between two sessions of a group on one day
  int moved = 1000;               // a session placed elsewhere than in the stored schedule
};

struct Problem {
  std::vector<std::string> days;        // label per day of the window ("24/11/2026")
  std::vector<std::string> day_closed;  // why no session can be held ("weekend"), "" when open
  std::vector<Slot> slots;
  std::vector<Locality> localities;
  std::vector<Venue> venues;
  std::vector<Person> people;
  std::vector<Group> groups;
  std::vector<Session> sessions;
  std::vector<Travel> travel;
  Weights weights;
};

}  // namespace contact::schedule
