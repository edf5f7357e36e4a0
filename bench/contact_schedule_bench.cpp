// The voter-contact scheduler at a province's and at the nation's scale (after the 2025 reform:
// ~100–170 communes and wards and 20–60 delegate groups in a province; 3.321 nationally, ~700
// groups), and its score against the proven optimum of an exact model (GLPK) on small rounds.
//   bench_contact_schedule [--no-exact]
#include <fmt/format.h>

#include <chrono>
#include <cstring>
#include <filesystem>

#include "contact_exact_model.hpp"
#include "schedule/generate.hpp"
#include "schedule/solver.hpp"

namespace {

using contact::schedule::GeneratorOptions;

constexpr int kTimeLimitSeconds = 60;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void scale(const char* name, GeneratorOptions options) {
  const auto problem = contact::schedule::generate(options);
  double best = 1e9;
  contact::schedule::Result result;
  for (int run = 0; run < 3; ++run) {
    const auto start = std::chrono::steady_clock::now();
    result = contact::schedule::solve(problem);
    best = std::min(best, seconds_since(start));
  }
  const auto greedy = contact::schedule::solve(problem, {.max_passes = 0});
  fmt::print(
      "{:<22} {:>5} localities {:>4} groups {:>5} sessions {:>2} weeks: {:>8.3f} s  "
      "score {:>7} (greedy alone {:>7})  unplaced {}  broken rules {}\n",
      name, options.localities, options.groups, problem.sessions.size(), options.weeks, best,
      result.score.total, greedy.score.total, result.unplaced.size(),
      contact::schedule::violations(problem, result.placements).size());
}

void exact(int localities, int groups, std::uint64_t seed) {
  const auto problem = contact::schedule::generate(
      {.localities = localities, .groups = groups, .weeks = 1, .seed = seed});
  const auto start = std::chrono::steady_clock::now();
  const auto result = contact::schedule::solve(problem);
  const double solver_s = seconds_since(start);
  const auto lp = std::filesystem::temp_directory_path() /
                  fmt::format("contact-exact-{}-{}-{}.lp", localities, groups, seed);
  contact::bench::write_lp(problem, lp);
  const auto optimum = contact::bench::solve_with_glpsol(lp, kTimeLimitSeconds);
  const std::string head =
      fmt::format("{:>3} sessions {} groups seed {}:", problem.sessions.size(), groups, seed);
  if (!optimum) {
    fmt::print("{} glpsol missing or failed (see {}.log)\n", head, lp.string());
    return;
  }
  if (!optimum->feasible || !result.feasible()) {
    fmt::print("{} solver leaves {} unplaced; glpsol: {} in {:.1f} s\n", head,
               result.unplaced.size(),
               optimum->feasible ? "a schedule exists"
               : optimum->proven ? "proven infeasible"
                                 : "no schedule found in the time limit",
               optimum->seconds);
    return;
  }
  const double gap = optimum->objective
                         ? 100.0 * (result.score.total - optimum->objective) / optimum->objective
                         : 0.0;
  fmt::print("{} solver {:>5} in {:.4f} s; {} {:>5} in {:.1f} s; gap {:+.1f}%\n", head,
             result.score.total, solver_s,
             optimum->proven ? "optimum" : "glpsol's best (not proven)", optimum->objective,
             optimum->seconds, gap);
}

}  // namespace

int main(int argc, char** argv) {
  const bool with_exact = !(argc > 1 && std::strcmp(argv[1], "--no-exact") == 0);
  fmt::print("== scheduler\n");
  scale("province, small", {.localities = 100, .groups = 20, .weeks = 2, .seed = 1});
  scale("province, large", {.localities = 170, .groups = 60, .weeks = 2, .seed = 2});
  scale("nation", {.localities = 3321, .groups = 700, .weeks = 2, .seed = 3});
  scale("nation, 3 weeks", {.localities = 3321, .groups = 700, .weeks = 3, .seed = 4});
  if (!with_exact)
    return 0;
  fmt::print("== against the exact model (GLPK glpsol; apt-get install glpk-utils)\n");
  for (std::uint64_t seed = 1; seed <= 4; ++seed)
    exact(10, 3, seed);
  for (std::uint64_t seed = 1; seed <= 3; ++seed)
    exact(16, 4, seed);
  // Tight: 6 to 8 sessions a group in one week of 5 days, at most 2 a day.
  for (std::uint64_t seed = 1; seed <= 4; ++seed)
    exact(24, 4, seed);
  for (std::uint64_t seed = 1; seed <= 4; ++seed)
    exact(32, 4, seed);
  return 0;
}
