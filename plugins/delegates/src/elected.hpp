#pragma once
// The elected delegates other plugins read through the view `delegates_elected_v1`: the
// winners of official results only, recorded when they are locked and removed on a reopen.

#include <string>

#include "thuky/store.hpp"

namespace delegates {

// Records the winners of every unit of `election_id` as the results decide them now; run it
// in the transaction that locks them. Returns how many.
int record_elected(thuky::Store& store, const std::string& election_id);

// Removes them: the results are no longer official.
void forget_elected(thuky::Store& store, const std::string& election_id);

}  // namespace delegates
