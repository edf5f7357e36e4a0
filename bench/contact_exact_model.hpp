#pragma once
// The scheduling problem as an exact integer model (CPLEX LP format) for GLPK's glpsol, to
// compare the voter-contact solver's score with the proven optimum on small rounds.

#include <filesystem>
#include <optional>

#include "schedule/problem.hpp"

namespace contact::bench {

// Writes the model: the same hard constraints and the same objective as schedule::score
// (preferences, slot costs, load n², consecutive long days, travel), without the
// moved-session term (no stored schedule).
void write_lp(const schedule::Problem& problem, const std::filesystem::path& file);

struct Optimum {
  bool feasible = false;  // an integer solution exists (found within the time limit)
  bool proven = false;    // optimal, or proven infeasible; false when the time limit cut it short
  long long objective = 0;
  double seconds = 0;
};

// Runs glpsol on `lp`; nothing when glpsol is missing or its answer cannot be read.
std::optional<Optimum> solve_with_glpsol(const std::filesystem::path& lp, int time_limit_s);

}  // namespace contact::bench
