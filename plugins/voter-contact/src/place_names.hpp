#pragma once
// Names of places as Vietnamese running text writes them: the kind of an administrative unit
// or a part of one in lower case ("xã Kỳ Hoa", "thôn Tân Hòa", "tổ dân phố 5"), its proper name
// capitalised; the first letter of a line or a table cell in capitals ("Xã Kỳ Hoa").

#include <string>
#include <string_view>

namespace contact {

// "Hội trường UBND xã Kỳ Hoa, Thôn Tân Hòa, Xã Kỳ Hoa" → "..., thôn Tân Hòa, xã Kỳ Hoa": the
// kind that opens the text or a part after a comma, in lower case.
std::string in_sentence(std::string_view place);

// The same, at the start of a line or a cell: "thôn Tân Hòa, xã Kỳ Hoa" → "Thôn Tân Hòa, xã Kỳ
// Hoa".
std::string at_line_start(std::string_view place);

}  // namespace contact
