#pragma once
// Counts keep what they counted: once a polling team's count is stored, the candidates it has
// votes for and the polling area itself cannot vanish or move to another unit under it (one of
// the two rules of what a unit's decision rests on, unit_basis.hpp). Imports that change
// candidates, units or polling areas ask here first and refuse (exit 1, the store unchanged)
// instead of running into the store's foreign keys.

#include <cstdint>
#include <string>

#include "thuky/store.hpp"

namespace delegates {

// Why the candidate `id`, which `file` no longer lists, cannot be removed (it has votes in a
// stored count), or empty.
std::string counted_candidate_problem(thuky::Store& store, std::int64_t id,
                                      const std::string& file);

// Why the polling area `code` of `day_id`, which the election file no longer has, cannot be
// removed (it has stored counts), or empty.
std::string counted_polling_area_problem(thuky::Store& store, const std::string& day_id,
                                         const std::string& code);

// Why the stored counts of `election_id` no longer fit its units — a candidate added to a unit
// that was counted, a counted candidate or polling area moved to another unit or out of the
// election — or empty. Called after the changes, before the caller commits, by
// UnitBasis::refuse_changes.
std::string counts_problem(thuky::Store& store, const std::string& election_id);

}  // namespace delegates
