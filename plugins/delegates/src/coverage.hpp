#pragma once
// Every area of a unit needs a polling area voting in that unit, or its voters have nowhere to
// vote for it. `election check` warns (the file may still be being written); the results of such
// a unit are not declared: its minutes would say every polling area of the unit counted while a
// commune of it had none, and the board signs that paper.

#include <string>
#include <vector>

#include "model.hpp"

namespace delegates {

// The codes of the unit's areas no polling area votes in for it, in the unit's order.
std::vector<std::string> areas_without_polling_area(const ElectionDay& day, const Election& e,
                                                    const Unit& unit);

// Those areas as a list says them: "xã Kỳ Anh (18094), xã Kỳ Xuân (18103)"; empty when none.
std::string areas_without_polling_area_named(const ElectionDay& day, const Election& e,
                                             const Unit& unit);

// Why the results of the unit cannot be declared yet, naming those areas and the fix; empty
// when every area of it has a polling area.
std::string coverage_problem(const ElectionDay& day, const Election& e, const Unit& unit);

}  // namespace delegates
