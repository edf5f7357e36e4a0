#pragma once
// Official results keep what they rest on: while an election's results are locked, an import
// (the election file, a candidate list) may not change a unit's seats, its areas, its polling
// areas or its candidates, or add or remove a unit; the results and the delegates published
// from them (delegates_elected_v1) would no longer agree. Imports take a picture of the locked
// units first and compare it after their changes, before they commit.

#include <map>
#include <string>
#include <utility>

#include "thuky/store.hpp"

namespace delegates {

// What each unit of every locked election rests on, by (election id, unit number).
struct LockedUnits {
  std::map<std::pair<std::string, int>, std::map<std::string, std::string>> units;
};

LockedUnits locked_units(thuky::Store& store);

// UserError naming the election and the first unit `before` describes differently now, saying
// to reopen the results first; nothing when they are unchanged.
void refuse_changed_locked_units(thuky::Store& store, const LockedUnits& before);

}  // namespace delegates
