#pragma once
// `thuky contact elected`: the delegates elected in official results, whom a plan's group can
// take as members (`members_from = { election = "...", units = [...] }`).

#include <string>

#include "thuky/context.hpp"

namespace contact {

// Every election's (or `election_id`'s) elected delegates; --json, --out FILE.csv|.xlsx.
void list_elected(thuky::PluginContext& ctx, const std::string& election_id,
                  const std::string& out_file);

}  // namespace contact
