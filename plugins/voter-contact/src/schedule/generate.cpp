#include "schedule/generate.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace contact::schedule {
namespace {

// A small deterministic generator (SplitMix64): the same numbers on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }

 private:
  std::uint64_t state_;
};

}  // namespace

Problem generate(const GeneratorOptions& options) {
  Random random(options.seed);
  Problem p;
  const int days = options.weeks * 7;
  for (int d = 0; d < days; ++d) {
    p.days.push_back(fmt::format("day {}", d + 1));
    p.day_closed.push_back(d % 7 >= 5 ? "weekend" : "");
  }
  p.slots = {{"sáng", 7 * 60 + 30, 11 * 60, 0},
             {"chiều", 13 * 60 + 30, 17 * 60, 0},
             {"tối", 19 * 60, 21 * 60, 20}};
  for (int l = 0; l < options.localities; ++l) {
    Locality locality{fmt::format("locality {}", l + 1), {}, {}, 80 + random.below(220)};
    for (int d = 0; d < days; ++d) {
      if (random.chance(10))
        locality.closed_days.push_back(d);
    }
    if (random.chance(20)) {
      for (int i = 0; i < 2; ++i)
        locality.preferred_days.push_back(random.below(days));
      std::sort(locality.preferred_days.begin(), locality.preferred_days.end());
    }
    // The first venue is too small a third of the time; a second one then holds everyone.
    const int attendance = locality.attendance;
    p.localities.push_back(std::move(locality));
    const int capacity = attendance - 60 + random.below(200);
    p.venues.push_back({l, fmt::format("venue {}a", l + 1), capacity});
    if (capacity < attendance || random.chance(20))
      p.venues.push_back({l, fmt::format("venue {}b", l + 1), attendance + random.below(200)});
  }
  // Each group: a unit of consecutive localities, 3 to 6 delegates of its own; a tenth of the
  // groups also take the first delegate of the group before them (one person, two groups).
  int next_locality = 0;
  for (int g = 0; g < options.groups; ++g) {
    Group group{fmt::format("group {}", g + 1), {}, 2};
    const int size = 3 + random.below(4);
    for (int i = 0; i < size; ++i) {
      Person person{fmt::format("delegate {}.{}", g + 1, i + 1), {}};
      for (int d = 0; d < days; ++d) {
        if (random.chance(4))
          person.absent_days.push_back(d);
      }
      group.members.push_back(static_cast<int>(p.people.size()));
      p.people.push_back(std::move(person));
    }
    if (g > 0 && random.chance(10))
      group.members.push_back(p.groups[g - 1].members.front());
    const int remaining_groups = options.groups - g;
    const int count = (options.localities - next_locality) / remaining_groups;
    for (int i = 0; i < count; ++i) {
      const int l = next_locality + i;
      p.sessions.push_back({g, l, std::nullopt, std::nullopt});
      if (i > 0)
        p.travel.push_back({l - 1, l, 20 + random.below(70)});
      if (i > 1 && random.chance(30))
        p.travel.push_back({l - 2, l, 60 + random.below(200)});
    }
    next_locality += count;
    p.groups.push_back(std::move(group));
  }
  return p;
}

}  // namespace contact::schedule
