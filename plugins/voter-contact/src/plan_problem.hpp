#pragma once
// A stored plan as a scheduling problem, and the solver's answer back as the plan's sessions.

#include <string>
#include <vector>

#include "plan.hpp"
#include "schedule/problem.hpp"
#include "schedule/solver.hpp"

namespace contact {

struct PlanProblem {
  schedule::Problem problem;
  std::vector<Visit> visits;  // session i of the problem is visits[i]
};

PlanProblem to_problem(const Plan& plan, std::vector<Visit> visits,
                       const schedule::Weights& weights = {});

// The visits with the result's placements (pins kept).
std::vector<Visit> with_placements(const Plan& plan, const PlanProblem& pp,
                                   const schedule::Result& result);

// "xã Kỳ Hoa (Tổ đại biểu số 1): <reason>", one a line.
std::string describe_unplaced(const PlanProblem& pp, const schedule::Result& result);

}  // namespace contact
