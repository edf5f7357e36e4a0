#pragma once
// Reads a plan file (TOML). Throws UserError naming file, line and key; keys it does not know
// are not errors but come back as warnings ("plan.toml:12:1: unknown key 'venu' is ignored").

#include <filesystem>
#include <string>
#include <vector>

#include "elected_delegates.hpp"
#include "plan.hpp"
#include "thuky/areas.hpp"
#include "thuky/organisations.hpp"
#include "thuky/people.hpp"

namespace contact {

struct PlanFile {
  Plan plan;
  std::vector<std::string> warnings;
};

// The services a plan refers to: members are people (code or name) or the delegates elected in
// an election (`members_from`), localities are areas (code, or name under the plan's `area`),
// organisers are organisations (code).
struct PlanDirectories {
  thuky::PeopleDirectory& people;
  thuky::AreaDirectory& areas;
  thuky::OrganisationDirectory& organisations;
  const ElectedDelegates& elected;
};

PlanFile read_plan_file(const std::filesystem::path& file, const PlanDirectories& directories);

}  // namespace contact
