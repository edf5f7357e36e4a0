#pragma once
// The catalogue of the name rule's messages (thuky/text/name_check.hpp). The value is shown as
// entered, control characters escaped.

#include "thuky/message.hpp"

namespace thuky::text::msg {

inline constexpr MessageText kNameLikeFormula{
    "name.like_formula",
    "'{value}' begins with '{char}' like a spreadsheet formula: it is not a name; retype the name",
    "“{value}” bắt đầu bằng “{char}” như một công thức bảng tính, không phải họ tên; hãy gõ lại "
    "họ tên"};
inline constexpr MessageText kNameNotLetterFirst{
    "name.not_letter_first", "'{value}' does not begin with a letter, as a name does",
    "“{value}” không bắt đầu bằng chữ cái như họ tên"};
inline constexpr MessageText kNameDigit{"name.digit",
                                        "'{value}' holds the digit '{char}': a name has no digits",
                                        "“{value}” có chữ số “{char}”: họ tên không có chữ số"};
inline constexpr MessageText kNameSymbol{
    "name.symbol", "'{value}' holds '{char}', which is no part of a name",
    "“{value}” có ký tự “{char}”, không phải là một phần của họ tên"};
inline constexpr MessageText kNameControl{
    "name.control", "'{value}' holds a control character (code {code}); retype the name",
    "“{value}” chứa ký tự điều khiển (mã {code}); hãy gõ lại họ tên"};

inline constexpr MessageText kAll[] = {kNameLikeFormula, kNameNotLetterFirst, kNameDigit,
                                       kNameSymbol, kNameControl};

}  // namespace thuky::text::msg
