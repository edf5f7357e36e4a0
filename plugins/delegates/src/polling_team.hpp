#pragma once
// The polling team of a polling area (Tổ bầu cử): who the tally minutes name by role and who
// signs them. Written in the election file beside the polling area:
//
//   team = { leader = "Ông Nguyễn Văn Hùng", secretary = "Bà Lê Thị Hạnh",
//            members = ["Ông Trần Văn Nam", "Bà Phạm Thị Hoa"] }
//
// Optional: without it the minutes keep the form's blanks, to fill by hand.

#include <string>
#include <vector>

#include "model.hpp"
#include "thuky/toml_input.hpp"

namespace delegates {

// The team of the polling area table `area`, in the form's order (leader, deputy, secretary,
// members); empty when it has no `team`. Each name starts with "Ông" or "Bà", as printed.
std::vector<TeamMember> read_polling_team(const thuky::TomlTable& area);

// The name under a signature: the member's name without its salutation ("Nguyễn Văn Hùng");
// "" when the team has nobody in that role.
std::string signer(const std::vector<TeamMember>& team, const std::string& role);

// The members' names without salutations, for the document to keep each whole on a line.
std::vector<std::string> team_names(const std::vector<TeamMember>& team);

// One member a line, "role<TAB>name", as the store keeps it.
std::string team_to_text(const std::vector<TeamMember>& team);
std::vector<TeamMember> team_from_text(const std::string& text);

}  // namespace delegates
