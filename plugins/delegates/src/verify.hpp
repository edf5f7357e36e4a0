#pragma once
// `election verify CODE`: which printed list a verification code belongs to, and whether the
// store's data still is what that paper shows.

#include <ostream>
#include <string>

#include "thuky/context.hpp"

namespace delegates {

// Prints what the code covers (list, election day, unit or polling area, when printed) and
// whether it matches; UserError (exit 1) for an unknown code and for a list that no longer
// matches, saying what changed: the heading, rows added, changed or gone.
void verify_code(thuky::PluginContext& ctx, const std::string& typed, std::ostream& out);

}  // namespace delegates
