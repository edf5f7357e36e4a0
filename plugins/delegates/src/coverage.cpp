#include "coverage.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "printed_rows.hpp"

namespace delegates {

std::vector<std::string> areas_without_polling_area(const ElectionDay& day, const Election& e,
                                                    const Unit& unit) {
  std::vector<std::string> out;
  for (const auto& code : unit.areas) {
    const bool covered =
        std::any_of(day.polling_areas.begin(), day.polling_areas.end(), [&](const PollingArea& p) {
          const auto at = p.units.find(e.id);
          return at != p.units.end() && at->second == unit.number &&
                 std::find(p.areas.begin(), p.areas.end(), code) != p.areas.end();
        });
    if (!covered)
      out.push_back(code);
  }
  return out;
}

std::string areas_without_polling_area_named(const ElectionDay& day, const Election& e,
                                             const Unit& unit) {
  std::string areas;
  for (const auto& code : areas_without_polling_area(day, e, unit))
    areas += fmt::format("{}{} ({})", areas.empty() ? "" : ", ", area_list(day, {code}), code);
  return areas;
}

std::string coverage_problem(const ElectionDay& day, const Election& e, const Unit& unit) {
  const auto missing = areas_without_polling_area(day, e, unit);
  if (missing.empty())
    return {};
  const std::string areas = areas_without_polling_area_named(day, e, unit);
  return fmt::format(
      "{} ({}), unit {}: no polling area votes in {} for this unit, so its voters had nowhere "
      "to vote and the unit's results cannot be declared; add a polling area for {} to the "
      "election file (units = {{ {} = {} }}) and import it again with 'thuky election import'",
      e.level, e.id, unit.number, areas, missing.size() == 1 ? "it" : "each", e.id, unit.number);
}

}  // namespace delegates
