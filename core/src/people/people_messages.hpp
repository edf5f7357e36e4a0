#pragma once
// The catalogue of the people directory's messages (thuky/message.hpp).

#include "thuky/message.hpp"

namespace thuky::people::msg {

inline constexpr MessageText kNeedsName{"people.needs_name", "a person needs a name",
                                        "mỗi người phải có họ và tên"};
inline constexpr MessageText kCodeUsedTwice{
    "people.code_used_twice", "the code '{code}' is already used by the row {row} of this file",
    "mã “{code}” đã dùng ở dòng {row} của tệp này"};
inline constexpr MessageText kCouldBeAny{
    "people.could_be_any",
    "'{name}' could be any of {count} people already stored ({codes}); give the code (Mã) of the "
    "one you mean",
    "“{name}” có thể là một trong {count} người đã có ({codes}); hãy ghi mã (cột Mã) của người "
    "đó"};

inline constexpr MessageText kAll[] = {kNeedsName, kCodeUsedTwice, kCouldBeAny};

}  // namespace thuky::people::msg
