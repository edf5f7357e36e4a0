#pragma once
// The papers' numbers from the workspace's document register (thuky::DocumentRegister): a
// number the meeting file leaves out is taken from the register; one it gives is recorded there
// and checked against the register's dates.

#include <string>
#include <vector>

#include "meeting.hpp"
#include "thuky/settings.hpp"
#include "thuky/store.hpp"

namespace minutes {

// Fills the empty numbers of `m` (invitation GM, minutes BB, notice TB) and records the given
// ones; returns warnings for numbers that run against their dates. Call inside a transaction.
std::vector<std::string> number_papers(Meeting& m, thuky::Store& store, const thuky::Settings& s);

}  // namespace minutes
