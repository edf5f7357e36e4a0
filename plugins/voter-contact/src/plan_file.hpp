#pragma once
// Reads a plan file (TOML). Throws UserError naming file, line and key; keys it does not know
// are not errors but come back as warnings ("plan.toml:12:1: unknown key 'venu' is ignored").

#include <filesystem>
#include <string>
#include <vector>

#include "plan.hpp"
#include "thuky/people.hpp"

namespace contact {

struct PlanFile {
  Plan plan;
  std::vector<std::string> warnings;
};

PlanFile read_plan_file(const std::filesystem::path& file, thuky::PeopleDirectory& people);

}  // namespace contact
