#pragma once
// Synthetic rounds of voter contact for benchmarks and tests: a province (or the country) of
// communes grouped into election units, one delegate group per unit, some delegates in two
// groups, venues, closed days, absences, preferences and travel times. The same seed gives the
// same problem.

#include <cstdint>

#include "schedule/problem.hpp"

namespace contact::schedule {

struct GeneratorOptions {
  int localities = 120;
  int groups = 30;
  int weeks = 2;  // the window: whole weeks from a Monday; weekends closed
  std::uint64_t seed = 1;
};

Problem generate(const GeneratorOptions& options);

}  // namespace contact::schedule
