#pragma once
// The council whose delegates meet the voters, as the round's papers name it in sentences.

#include <string>

#include "plan.hpp"
#include "thuky/areas.hpp"

namespace contact {

// "Hội đồng nhân dân tỉnh": the council of the area the plan's localities belong to (the
// province for its communes and wards); "Hội đồng nhân dân" when the areas tree does not say.
std::string council_name(thuky::AreaDirectory& areas, const Plan& plan);

// "Hội đồng nhân dân tỉnh" as "Nơi nhận" abbreviates it: "HĐND tỉnh".
std::string council_short_name(const std::string& council);

}  // namespace contact
