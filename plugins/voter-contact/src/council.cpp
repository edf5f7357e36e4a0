#include "council.hpp"

namespace contact {
namespace {
const std::string kCouncil = "Hội đồng nhân dân";
}

std::string council_name(thuky::AreaDirectory& areas, const Plan& plan) {
  for (const LocalityDef& l : plan.localities) {
    if (l.area_id == 0)
      continue;
    const auto area = areas.find_by_id(l.area_id);
    if (!area || !area->parent_id)
      continue;
    const auto parent = areas.find_by_id(*area->parent_id);
    if (parent && !parent->kind.empty())
      return kCouncil + " " + parent->kind;
  }
  return kCouncil;
}

std::string council_short_name(const std::string& council) {
  if (council.rfind(kCouncil, 0) != 0)
    return council;
  return "HĐND" + council.substr(kCouncil.size());
}

}  // namespace contact
