#pragma once
// Upper case the Vietnamese way (ICU "vi"): "Đoàn công tác" → "ĐOÀN CÔNG TÁC".

#include <string>
#include <string_view>
#include "thuky/export.hpp"

namespace thuky::text {

THUKY_API std::string to_upper(std::string_view utf8);
// Only the first letter: "đồng chí Hà Văn Hùng" → "Đồng chí Hà Văn Hùng".
THUKY_API std::string upper_first(std::string_view utf8);
// "Buổi làm việc với ..." → "buổi làm việc với ...".
THUKY_API std::string lower_first(std::string_view utf8);

}  // namespace thuky::text
