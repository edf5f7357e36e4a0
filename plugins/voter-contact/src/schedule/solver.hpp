#pragma once
// The scheduler: every hard constraint met, the soft ones (Weights) as low as it can find,
// the same result for the same input.

#include <string>
#include <vector>

#include "schedule/problem.hpp"

namespace contact::schedule {

struct Score {
  long long total = 0;
  long long not_preferred = 0, slots = 0, load = 0, consecutive = 0, travel = 0, moved = 0;
  int moved_sessions = 0;
};

// A session that could not be placed, and what blocks it.
struct Unplaced {
  int session = 0;
  std::string reason;
};

struct Result {
  std::vector<Placement> placements;  // one per session; unplaced ones have day -1
  std::vector<Unplaced> unplaced;     // empty when the schedule is complete
  Score score;
  bool feasible() const { return unplaced.empty(); }
};

struct SolveOptions {
  int max_passes = 50;  // local search passes over every session; stops earlier at no gain
};

Result solve(const Problem& problem, const SolveOptions& options = {});

// The soft score of any placements (recomputed from scratch).
Score score(const Problem& problem, const std::vector<Placement>& placements);

// Where session `s` may go before any other session is placed: the days, slots and venues that
// every rule of its own allows (in day, venue, slot order). For exact models (bench/).
std::vector<Placement> possible_placements(const Problem& problem, int s);

// Every broken hard constraint, in words; empty when there is none. Unplaced sessions are not
// counted here.
std::vector<std::string> violations(const Problem& problem,
                                    const std::vector<Placement>& placements);

}  // namespace contact::schedule
