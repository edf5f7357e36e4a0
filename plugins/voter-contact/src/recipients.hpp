#pragma once
// "Nơi nhận" in order of authority, as Decree 30's Appendix I lists recipients: the higher body
// first (central bodies; the Party committee; the council; the people's committee; the Front;
// delegates and the council's committees; departments and other agencies), bodies of the
// province before those of its communes and wards, "- Lưu: VT." last.

#include <string>
#include <string_view>
#include <vector>

namespace contact {

// Smaller is higher: a body of the central level, then of the province, then of a commune or
// ward; within a level by the kind of body the line names first.
int recipient_rank(std::string_view line);

// Puts `line` ("- Sở Nội vụ;") after every line of its rank or a higher one and before the
// first line of a lower rank: lines already there keep their order (the plan's own recipients
// stay as the user wrote them).
void add_recipient(std::vector<std::string>& lines, std::string line);

}  // namespace contact
